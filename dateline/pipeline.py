"""Article -> Extraction: composes the extractors/ stages in their one fixed order."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from dateline import nlp as nlp_mod
from dateline.errors import ExtractionError
from dateline.extractors.entities import extract_entities
from dateline.extractors.facts import extract_facts
from dateline.extractors.quotes import extract_quotes
from dateline.extractors.times import extract_times
from dateline.model import Article, Extraction
from dateline.read import Rejected, from_dated_text


def extract_doc(doc: Doc, article: Article, *, timings: dict[str, float] | None = None) -> Extraction:
    """Run every stage on a parsed article. Stage order matters: quotes resolve speakers
    to entities, and facts read entities and time values. ``timings``, if given,
    accumulates seconds per stage (the benchmark reads it)."""
    stage = "entities"
    clock = time.perf_counter
    try:
        t0 = clock()
        entities = extract_entities(doc)
        t1 = clock()
        stage = "times"
        times = extract_times(doc, article)
        t2 = clock()
        stage = "quotes"
        quotes = extract_quotes(doc, entities)
        t3 = clock()
        stage = "facts"
        facts = extract_facts(doc, article, entities, times)
        t4 = clock()
    except Exception as exc:  # any stage bug becomes a per-article error, never a lost batch
        raise ExtractionError("E101", article_id=article.id, stage=stage, reason=f"{type(exc).__name__}: {exc}") from exc
    if timings is not None:
        for name, seconds in (("entities", t1 - t0), ("times", t2 - t1), ("quotes", t3 - t2), ("facts", t4 - t3)):
            timings[name] = timings.get(name, 0.0) + seconds
    return Extraction(article=article.meta(), entities=entities, quotes=quotes, times=times, facts=facts)


def extract_many(
    articles: Iterable[Article],
    *,
    model: str = nlp_mod.DEFAULT_MODEL,
    nlp: Language | None = None,
    batch_size: int = nlp_mod.BATCH_SIZE,
    timings: dict[str, float] | None = None,
) -> Iterator[Extraction | Rejected]:
    """Extract from many articles with one pipeline, batched. An article whose extraction
    fails is yielded as ``Rejected`` with the reason; the rest go on."""
    language = nlp or nlp_mod.load(model)
    for doc in nlp_mod.pipe(articles, nlp=language, batch_size=batch_size):
        article = doc._.article
        try:
            yield extract_doc(doc, article, timings=timings)
        except ExtractionError as exc:
            yield Rejected(article.source or article.id, exc.args[0], article_id=article.id)


def extract_article(article: Article, *, nlp: Language) -> Extraction:
    """Extract from one Article already read; raises ExtractionError if a stage fails."""
    return extract_doc(next(nlp_mod.pipe([article], nlp=nlp)), article)


def extract(text: str, *, date: str | None = None, model: str = nlp_mod.DEFAULT_MODEL, article_id: str = "article") -> Extraction:
    """Extract from one article given as dated text (or plain text with ``date``)."""
    article = from_dated_text(text, source=article_id, article_id=article_id, date=date)
    return extract_article(article, nlp=nlp_mod.load(model))
