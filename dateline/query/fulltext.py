"""Full-text search over quotes (with their speaker) and article bodies."""

from __future__ import annotations

from dateline.query.common import check_search
from dateline.query.records import SearchHit
from dateline.store import Store


def search(store: Store, text: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
    """Full-text search over quotes (with their speaker) and article text, best first per kind;
    ``limit`` and ``offset`` page each kind. Over MAX_SEARCH_TERMS words or MAX_SEARCH_CHARS
    characters is refused (E306)."""
    check_search(text)
    hits: list[SearchHit] = []
    for h in store.search_quotes(text, limit, offset):
        hits.append(SearchHit("quote", h["article"], h["date"], h["speaker"], h["snippet"], round(float(h["score"]), 4)))
    for h in store.search_articles(text, limit, offset):
        snippet = " ".join(h["snippet"].split())
        hits.append(SearchHit("article", h["article"], h["date"], None, snippet, round(float(h["score"]), 4)))
    return hits
