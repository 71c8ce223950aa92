"""Export the whole corpus: every extraction as JSON Lines, or one Parquet file per table."""

from __future__ import annotations

import io
from typing import Any

from dateline.store import Store


def export_jsonl(store: Store, out: io.TextIOBase | Any) -> int:
    """Write every stored extraction as one JSON object per line (the `extract --format json` shape)."""
    n = 0
    for ex in store.iter_extractions():
        out.write(ex.model_dump_json() + "\n")
        n += 1
    return n


EXPORT_TABLES = {
    "articles": "SELECT aid, id, sha256, date, date_precision, date_start, date_end, title, url, source, body_start, text FROM articles",
    "people": "SELECT pid, name, type, manual FROM people",
    "entities": "SELECT a.id AS article, e.id, e.name, e.type, e.gender, e.person_id, e.link_reason"
                " FROM entities e JOIN articles a ON a.aid = e.aid",
    "mentions": "SELECT a.id AS article, m.entity_id, m.start_char, m.end_char, m.text, m.kind"
                " FROM mentions m JOIN articles a ON a.aid = m.aid",
    "quotes": "SELECT a.id AS article, a.date, q.id, q.kind, q.text, q.start_char, q.end_char, q.speaker, e.person_id,"
              " q.cue, q.addressee, q.channel, q.confidence, q.nested_in FROM quotes q JOIN articles a ON a.aid = q.aid"
              " LEFT JOIN entities e ON e.aid = q.aid AND e.id = q.speaker",
    "times": "SELECT a.id AS article, t.id, t.text, t.start_char, t.end_char, t.type, t.value, t.interval_start,"
             " t.interval_end, t.certain, t.role, t.anchor FROM times t JOIN articles a ON a.aid = t.aid",
    "facts": "SELECT a.id AS article, f.id, f.relation, f.subject, s.person_id AS subject_person, f.object,"
             " o.person_id AS object_person, f.value, f.as_of, f.born_start, f.born_end, f.time_id, f.evidence_start,"
             " f.evidence_end, f.evidence_text, f.confidence FROM facts f JOIN articles a ON a.aid = f.aid"
             " LEFT JOIN entities s ON s.aid = f.aid AND s.id = f.subject"
             " LEFT JOIN entities o ON o.aid = f.aid AND o.id = f.object",
}


def export_parquet(store: Store, directory: str) -> dict[str, int]:
    """Write one Parquet file per table into ``directory``; returns row counts."""
    from pathlib import Path

    import pyarrow as pa
    import pyarrow.parquet as pq

    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, sql in EXPORT_TABLES.items():
        rows = store.rows(sql)
        table = pa.Table.from_pylist(rows) if rows else pa.table({k: pa.array([], pa.string()) for k in _columns(sql)})
        pq.write_table(table, target / f"{name}.parquet")
        counts[name] = len(rows)
    return counts


def _columns(sql: str) -> list[str]:
    select = sql.split(" FROM ", 1)[0].removeprefix("SELECT ")
    return [c.strip().split(" AS ")[-1].split(".")[-1] for c in select.split(",")]
