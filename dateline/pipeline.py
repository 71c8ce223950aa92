"""Article -> Extraction: composes the extractors/ stages in their one fixed order."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from dateline import nlp as nlp_mod
from dateline.errors import ExtractionError
from dateline.extractors.entities import extract_entities
from dateline.extractors.entities.quotedkin import add_quoted_kin
from dateline.extractors.facts import extract_facts
from dateline.extractors.quotes import extract_quotes
from dateline.extractors.times import extract_times
from dateline.model import Article, Extraction
from dateline.read import Rejected, from_dated_text


@dataclass(frozen=True)
class Budget:
    """A time budget: ``seconds`` allowed, ending at ``deadline`` (a ``time.monotonic()`` value)."""

    seconds: float
    deadline: float

    @classmethod
    def start(cls, seconds: float) -> Budget:
        return cls(seconds, time.monotonic() + seconds)

    def spent(self) -> bool:
        return time.monotonic() > self.deadline


def extract_doc(
    doc: Doc, article: Article, *, timings: dict[str, float] | None = None, budget: Budget | None = None
) -> Extraction:
    """Run every stage on a parsed article. Stage order matters: quotes resolve speakers
    to entities, and facts read entities and time values. ``timings``, if given,
    accumulates seconds per stage (the benchmark reads it). Once ``budget`` is spent the next
    stage is not started: ExtractionError E103."""
    stage = "entities"
    clock = time.perf_counter

    def in_time() -> None:
        if budget is not None and budget.spent():
            raise _OverBudget

    try:
        t0 = clock()
        entities = extract_entities(doc)
        t1 = clock()
        in_time()
        stage = "times"
        times = extract_times(doc, article)
        t2 = clock()
        in_time()
        stage = "quotes"
        quotes = extract_quotes(doc, entities)
        entities = add_quoted_kin(doc, entities, quotes)  # ("My father was ...": whose, once the speaker is known)
        t3 = clock()
        in_time()
        stage = "facts"
        facts = extract_facts(doc, article, entities, times, quotes)
        t4 = clock()
    except _OverBudget:
        assert budget is not None  # only in_time() raises _OverBudget, and only with a budget
        raise ExtractionError("E103", article_id=article.id, seconds=budget.seconds) from None
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


class _OverBudget(Exception):
    pass


def extract_article(article: Article, *, nlp: Language, budget: float | None = None) -> Extraction:
    """Extract from one Article already read; raises ExtractionError if a stage fails, or
    E103 when ``budget`` seconds pass (checked between parse chunks and between stages)."""
    if budget is None:
        return extract_doc(next(nlp_mod.pipe([article], nlp=nlp)), article)
    limit = Budget.start(budget)
    try:
        doc = next(nlp_mod.pipe([article], nlp=nlp, deadline=limit.deadline))
    except TimeoutError:
        raise ExtractionError("E103", article_id=article.id, seconds=budget) from None
    if limit.spent():
        raise ExtractionError("E103", article_id=article.id, seconds=budget)
    return extract_doc(doc, article, budget=limit)


def extract(text: str, *, date: str | None = None, model: str = nlp_mod.DEFAULT_MODEL, article_id: str = "article") -> Extraction:
    """Extract from one article given as dated text (or plain text with ``date``)."""
    article = from_dated_text(text, source=article_id, article_id=article_id, date=date)
    return extract_article(article, nlp=nlp_mod.load(model))
