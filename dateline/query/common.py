"""What every corpus question shares: input checks and limits, resolving a name to people, and the
fact and quote rows of one person."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Optional

from dateline.errors import QueryError
from dateline.model import date_interval
from dateline.names import normalize, vocab
from dateline.query.records import Evidence, FactRow
from dateline.store import Row, Store

# Documented in the README (Limits): a search longer than this is refused with E306, so that no
# question costs more than a bounded full-text match (400 repeated words took 17 s on SQLite).
MAX_SEARCH_TERMS = 32
MAX_SEARCH_CHARS = 1_000
# Person ids are 64-bit integers in both backends; a longer '#id' can only match nobody.
_MAX_ID = 2**63 - 1
_WORDS = re.compile(r"\w+")


def plain(value: str, what: str) -> str:
    """User text bound for SQL: a NUL character is refused (PostgreSQL cannot hold one)."""
    if "\0" in value:
        raise QueryError("E308", what=what)
    return value


def check_search(text: str) -> None:
    plain(text, "the search")
    if len(text) > MAX_SEARCH_CHARS:
        raise QueryError("E306", what="the search", size=len(text), unit="characters", limit=MAX_SEARCH_CHARS)
    terms = len(_WORDS.findall(text))
    if terms > MAX_SEARCH_TERMS:
        raise QueryError("E306", what="the search", size=terms, unit="words", limit=MAX_SEARCH_TERMS)


def page(records: list[Any], limit: Optional[int], offset: int) -> list[Any]:
    """One page of results: ``offset`` records skipped, at most ``limit`` kept."""
    return records[offset:] if limit is None else records[offset : offset + limit]


def parse_day(value: Optional[str], flag: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(plain(value, flag))
    except ValueError:
        raise QueryError("E302", value=value, flag=flag) from None


def _relations(kind: str) -> set[str]:
    return set(vocab()[f"{kind}_relations"])


def _is(kind: str, relation: str, value: Optional[str]) -> bool:
    """A fact is of a kind either by its relation ('death') or as an event ('event' = 'death')."""
    words = _relations(kind)
    return relation in words or (relation == "event" and (value or "").lower() in words)


def _is_event(relation: str, value: Optional[str]) -> bool:
    return _is("event", relation, value)


def present_tense(cue_word: str) -> bool:
    """Is an attribution verb in the present ('says', 'tells') rather than the past?"""
    word = cue_word.lower().split()[-1] if cue_word.strip() else ""
    return bool(word) and not word.endswith("ed") and word not in set(vocab()["past_tense_cues"])


def find_people(store: Store, name: str) -> list[int]:
    """People a name can mean: '#12' or '12' is a person id; otherwise full names before aliases."""
    key = plain(name, "a name").strip().lstrip("#")
    if key.isascii() and key.isdigit():
        if int(key) > _MAX_ID:
            return []
        return [int(key)] if store.one("SELECT pid FROM people WHERE pid = ?", (int(key),)) else []
    norm = normalize(name)
    rows = store.rows(
        "SELECT e.person_id AS pid, MAX(al.full_name) AS full_name FROM aliases al"
        " JOIN entities e ON e.aid = al.aid AND e.id = al.entity_id"
        " WHERE al.norm = ? AND e.person_id IS NOT NULL GROUP BY e.person_id ORDER BY e.person_id",
        (norm,),
    )
    full = [int(r["pid"]) for r in rows if r["full_name"]]
    return full or [int(r["pid"]) for r in rows]


def _require(store: Store, name: str) -> list[int]:
    found = find_people(store, name)
    if not found:
        key = name.strip().lstrip("#")
        gone = store.one("SELECT into_pid, name FROM merged_people WHERE pid = ?", (int(key),)) if key.isdigit() and int(key) <= _MAX_ID else None
        if gone:
            into = store.one("SELECT name FROM people WHERE pid = ?", (gone["into_pid"],))
            raise QueryError("E309", old=int(key), new=int(gone["into_pid"]), name=into["name"] if into else gone["name"])
        raise QueryError("E301", name=name)
    return found


def _evidence(row: Row, prefix: str = "") -> Evidence:
    return Evidence(
        article=row[prefix + "article"], date=row[prefix + "date"], start=row[prefix + "ev_start"],
        end=row[prefix + "ev_end"], text=row[prefix + "ev_text"],
    )


_FACT_SQL = (
    "SELECT f.relation, f.value, f.as_of, f.born_start, f.born_end, f.evidence_start AS ev_start,"
    " f.evidence_end AS ev_end, f.evidence_text AS ev_text, a.id AS article, a.date, a.date_start, a.date_end,"
    " s.person_id AS subject_person, o.person_id AS object_person, COALESCE(op.name, o.name) AS object_name,"
    " COALESCE(sp.name, s.name) AS subject_name, t.value AS time_value, t.interval_start, t.interval_end"
    " FROM facts f JOIN articles a ON a.aid = f.aid"
    " JOIN entities s ON s.aid = f.aid AND s.id = f.subject LEFT JOIN people sp ON sp.pid = s.person_id"
    " LEFT JOIN entities o ON o.aid = f.aid AND o.id = f.object LEFT JOIN people op ON op.pid = o.person_id"
    " LEFT JOIN times t ON t.aid = f.aid AND t.id = f.time_id"
)


def _fact_rows(store: Store, pid: int) -> list[Row]:
    out = store.rows(_FACT_SQL + " WHERE s.person_id = ? ORDER BY a.date_start, a.aid, f.seq", (pid,))
    for r in out:
        r["direction"] = "out"
    incoming = store.rows(
        _FACT_SQL + " WHERE o.person_id = ? AND (s.person_id IS NULL OR s.person_id <> ?) ORDER BY a.date_start, a.aid, f.seq",
        (pid, pid),
    )
    for r in incoming:
        r["direction"] = "in"
    return out + incoming


def _fact_row(r: Row) -> FactRow:
    incoming = r["direction"] == "in"
    return FactRow(
        relation=r["relation"],
        value=r["value"],
        other=r["subject_name"] if incoming else r["object_name"],
        other_person=r["subject_person"] if incoming else r["object_person"],
        as_of=r["as_of"] or r["date"],
        when=r["time_value"],
        evidence=_evidence(r),
        direction=r["direction"],
    )


def _when(r: Row) -> tuple[Optional[str], Optional[str]]:
    """The days a fact can refer to: its linked time interval, else its article's date."""
    if r.get("interval_start"):
        return r["interval_start"], r["interval_end"]
    try:
        span = date_interval(r["as_of"]) if r.get("as_of") else None
    except ValueError:  # a TIMEX3 value that is no calendar date (PAST_REF): fall back to the article
        span = None
    if span:
        return span[0].isoformat(), span[1].isoformat()
    return r["date_start"], r["date_end"]


def _birth_ranges(rows: list[Row]) -> list[tuple[Row, tuple[date, date]]]:
    return [
        (r, (date.fromisoformat(r["born_start"]), date.fromisoformat(r["born_end"])))
        for r in rows
        if r["direction"] == "out" and r["born_start"]
    ]


# The quotations that count as a person's own (see ``_person_quotes_sql``), as a condition on ``q``.
TOP_LEVEL = " AND q.nested_in IS NULL"


def _person_quotes_sql(where: str = "") -> str:
    """A person's quotations, top-level only: a nested one (`'I told him "no"'`) is part of the
    quotation around it, so it is neither listed nor counted on its own."""
    return (
        "SELECT a.id AS article, a.date, a.date_start, a.date_end, e.person_id, COALESCE(p.name, e.name) AS speaker,"
        " q.text, q.cue, q.cue_span, q.channel, q.kind, q.start_char, q.end_char, q.nested_in"
        " FROM quotes q JOIN articles a ON a.aid = q.aid"
        " JOIN entities e ON e.aid = q.aid AND e.id = q.speaker LEFT JOIN people p ON p.pid = e.person_id"
        " WHERE e.person_id = ?" + TOP_LEVEL + where
    )


def one_person(store: Store, name: str) -> int:
    found = _require(store, name)
    if len(found) > 1:
        raise QueryError("E305", name=name, ids=", ".join(f"#{p}" for p in found), first=f"#{found[0]}")
    return found[0]


def _deaths(store: Store, pid: int) -> list[Row]:
    return [r for r in store.rows(_FACT_SQL + " WHERE s.person_id = ?", (pid,)) if _is("death", r["relation"], r["value"])]


def _partner(r: Row, pid: int) -> Optional[int]:
    return r["object_person"] if r["direction"] == "out" else r["subject_person"]
