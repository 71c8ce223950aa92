"""Time expressions normalized against the article date (TIMEX3 values with intervals)."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.model import Article, TimeExpr


def extract_times(doc: Doc, article: Article) -> list[TimeExpr]:
    return []
