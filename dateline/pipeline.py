"""Article -> Extraction: composes the extract/ stages in their one fixed order."""

from __future__ import annotations

from typing import Iterable, Iterator, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc

from dateline import nlp as nlp_mod
from dateline.errors import ExtractionError
from dateline.extract.entities import extract_entities
from dateline.extract.facts import extract_facts
from dateline.extract.quotes import extract_quotes
from dateline.extract.times import extract_times
from dateline.model import Article, Extraction
from dateline.read import Rejected, from_dated_text


def extract_doc(doc: Doc, article: Article) -> Extraction:
    """Run every stage on a parsed article. Stage order matters: quotes resolve speakers
    to entities, and facts read entities and time values."""
    stage = "entities"
    try:
        entities = extract_entities(doc)
        stage = "times"
        times = extract_times(doc, article)
        stage = "quotes"
        quotes = extract_quotes(doc, entities)
        stage = "facts"
        facts = extract_facts(doc, article, entities, times)
    except Exception as exc:  # any stage bug becomes a per-article error, never a lost batch
        raise ExtractionError("E101", article_id=article.id, stage=stage, reason=f"{type(exc).__name__}: {exc}") from exc
    return Extraction(article=article.meta(), entities=entities, quotes=quotes, times=times, facts=facts)


def extract_many(
    articles: Iterable[Article],
    *,
    model: str = nlp_mod.DEFAULT_MODEL,
    nlp: Optional[Language] = None,
    batch_size: int = nlp_mod.BATCH_SIZE,
) -> Iterator[Union[Extraction, Rejected]]:
    """Extract from many articles with one pipeline, batched. An article whose extraction
    fails is yielded as ``Rejected`` with the reason; the rest go on."""
    language = nlp or nlp_mod.load(model)
    for doc in nlp_mod.pipe(articles, nlp=language, batch_size=batch_size):
        article = doc._.article
        try:
            yield extract_doc(doc, article)
        except ExtractionError as exc:
            yield Rejected(article.source or article.id, exc.args[0])


def extract(text: str, *, date: Optional[str] = None, model: str = nlp_mod.DEFAULT_MODEL, article_id: str = "article") -> Extraction:
    """Extract from one article given as dated text (or plain text with ``date``)."""
    article = from_dated_text(text, source=article_id, article_id=article_id, date=date)
    language = nlp_mod.load(model)
    doc = next(nlp_mod.pipe([article], nlp=language))
    return extract_doc(doc, article)
