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
    qhits = store.search_quotes(text, limit, offset)
    if qhits:
        marks = ", ".join("?" for _ in qhits)
        info = {
            r["qid"]: r
            for r in store.rows(
                "SELECT q.qid, a.id AS article, a.date, COALESCE(p.name, e.name) AS speaker FROM quotes q"
                " JOIN articles a ON a.aid = q.aid LEFT JOIN entities e ON e.aid = q.aid AND e.id = q.speaker"
                f" LEFT JOIN people p ON p.pid = e.person_id WHERE q.qid IN ({marks})",
                [h["qid"] for h in qhits],
            )
        }
        for h in qhits:
            r = info[h["qid"]]
            hits.append(SearchHit("quote", r["article"], r["date"], r["speaker"], h["snippet"], round(float(h["score"]), 4)))
    ahits = store.search_articles(text, limit, offset)
    if ahits:
        marks = ", ".join("?" for _ in ahits)
        info = {r["aid"]: r for r in store.rows(f"SELECT aid, id, date FROM articles WHERE aid IN ({marks})", [h["aid"] for h in ahits])}
        for h in ahits:
            r = info[h["aid"]]
            snippet = " ".join(h["snippet"].split())
            hits.append(SearchHit("article", r["id"], r["date"], None, snippet, round(float(h["score"]), 4)))
    return hits
