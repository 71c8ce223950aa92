"""Overviews of a corpus for browsing: the list of people, corpus counts, quotes per month and
channel, and who is quoted (the /sources view). Like dateline.query, every function takes an open
``Store`` and returns flat dataclasses, so the CLI, the JSON API and the web pages share them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from dateline.query import FactRow
from dateline.query.common import TOP_LEVEL
from dateline.store import Store

SORTS = {
    "quotes": "quotes DESC, articles DESC, p.pid",
    "articles": "articles DESC, quotes DESC, p.pid",
    "name": "p.name, p.pid",
    "id": "p.pid",
}


@dataclass
class PersonRow:
    person: int
    name: str
    type: str
    articles: int
    quotes: int


@dataclass
class CorpusCounts:
    articles: int
    people: int
    quotes: int
    first_date: Optional[str]
    last_date: Optional[str]


@dataclass
class MonthCount:
    month: str
    channel: str
    quotes: int


@dataclass
class SourceRow:
    """Quotes in one month by one kind of speaker on one channel (the numbers behind /sources)."""

    month: str
    speaker: str  # a person's or organization's name, or "(not stated)"
    speaker_type: str  # PERSON, ORG, ORG_OR_PRODUCT or "" when no speaker is stated
    organization: str  # the speaker's employer as the text states it, else the speaker if an org, else ""
    gender: str  # "female", "male" or "not stated": only what the text says
    channel: str
    quotes: int


def people(store: Store, *, sort: str = "quotes", kind: Optional[str] = None, limit: Optional[int] = None) -> list[PersonRow]:
    """Every corpus person (and organization) with how many articles mention them and how many
    quotes they have."""
    where, params = "", []
    if kind:
        where = " WHERE p.type = ?"
        params.append(kind)
    sql = (
        "SELECT p.pid, p.name, p.type,"
        " (SELECT COUNT(DISTINCT e.aid) FROM entities e WHERE e.person_id = p.pid) AS articles,"
        " (SELECT COUNT(*) FROM quotes q JOIN entities e ON e.aid = q.aid AND e.id = q.speaker WHERE e.person_id = p.pid"
        + TOP_LEVEL + ") AS quotes"
        f" FROM people p{where} ORDER BY {SORTS[sort]}" + (f" LIMIT {int(limit)}" if limit else "")
    )
    return [PersonRow(int(r["pid"]), r["name"], r["type"], int(r["articles"]), int(r["quotes"])) for r in store.rows(sql, params)]


def counts(store: Store) -> CorpusCounts:
    a = store.one("SELECT COUNT(*) AS n, MIN(date_start) AS first, MAX(date_end) AS last FROM articles") or {}
    p = store.one("SELECT COUNT(*) AS n FROM people") or {}
    q = store.one("SELECT COUNT(*) AS n FROM quotes q WHERE 1 = 1" + TOP_LEVEL) or {}
    return CorpusCounts(int(a.get("n") or 0), int(p.get("n") or 0), int(q.get("n") or 0), a.get("first"), a.get("last"))


def relation_sentence(name: str, f: FactRow) -> tuple[str, str, str]:
    """A relation as (left, words, right), read left to right: ("Kofi", "child of", "Mara Okafor").

    A fact relation(subject, object) says the object is the subject's <relation>; seen from either
    end it reads the same way, so the direction is never lost."""
    other = f.other or f.value or "?"
    if f.direction == "in":
        return name, f"{f.relation} of", other
    return other, f"{f.relation} of", name


def quotes_per_month(store: Store, pid: int) -> list[MonthCount]:
    """A person's quotes counted per month (of the article date) and channel."""
    rows = store.rows(
        "SELECT SUBSTR(a.date_start, 1, 7) AS month, COALESCE(q.channel, '') AS channel, COUNT(*) AS n"
        " FROM quotes q JOIN articles a ON a.aid = q.aid JOIN entities e ON e.aid = q.aid AND e.id = q.speaker"
        " WHERE e.person_id = ?" + TOP_LEVEL + " GROUP BY SUBSTR(a.date_start, 1, 7), COALESCE(q.channel, '') ORDER BY month, channel",
        (pid,),
    )
    return [MonthCount(r["month"] or "", r["channel"] or "(not stated)", int(r["n"])) for r in rows]


def sources(store: Store) -> list[SourceRow]:
    """Who is quoted, per month, speaker, organization, stated gender and channel."""
    rows = store.rows(
        "SELECT SUBSTR(a.date_start, 1, 7) AS month, COALESCE(p.name, e.name) AS speaker, COALESCE(p.type, e.type) AS stype,"
        " e.gender, COALESCE(q.channel, '') AS channel, e.person_id,"
        " (SELECT MIN(COALESCE(o.name, f.value)) FROM facts f LEFT JOIN entities o ON o.aid = f.aid AND o.id = f.object"
        "   WHERE f.aid = q.aid AND f.subject = q.speaker AND f.relation = 'employer') AS employer,"
        " COUNT(*) AS n"
        " FROM quotes q JOIN articles a ON a.aid = q.aid LEFT JOIN entities e ON e.aid = q.aid AND e.id = q.speaker"
        " LEFT JOIN people p ON p.pid = e.person_id WHERE 1 = 1" + TOP_LEVEL +
        " GROUP BY SUBSTR(a.date_start, 1, 7), COALESCE(p.name, e.name), COALESCE(p.type, e.type), e.gender,"
        " COALESCE(q.channel, ''), e.person_id, q.aid, q.speaker ORDER BY month, speaker"
    )
    merged: dict[tuple[str, str, str, str, str, str], int] = {}
    for r in rows:
        stype = r["stype"] or ""
        org = r["employer"] or (r["speaker"] if stype and stype != "PERSON" else "")
        gender = r["gender"] if r["gender"] in ("female", "male") else "not stated"
        key = (r["month"] or "", r["speaker"] or "(not stated)", stype, org or "", gender, r["channel"] or "(not stated)")
        merged[key] = merged.get(key, 0) + int(r["n"])
    return [SourceRow(m, sp, st, org, g, ch, n) for (m, sp, st, org, g, ch), n in sorted(merged.items())]


QUOTE_CSV = (
    "SELECT q.text AS quote, COALESCE(p.name, e.name) AS speaker, e.person_id AS speaker_id, q.kind, q.cue, q.channel,"
    " a.id AS article, a.date, a.title, a.url, q.start_char AS start, q.end_char AS end, q.nested_in"
    " FROM quotes q JOIN articles a ON a.aid = q.aid LEFT JOIN entities e ON e.aid = q.aid AND e.id = q.speaker"
    " LEFT JOIN people p ON p.pid = e.person_id ORDER BY a.date_start, a.aid, q.seq"
)


def export_csv(store: Store, directory: str) -> dict[str, int]:
    """quotes.csv and people.csv in ``directory``: one flat row per quote and per person, lists
    joined with '; ', so that both open cleanly in a spreadsheet. Returns row counts."""
    import csv
    from pathlib import Path

    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    quotes = store.rows(QUOTE_CSV)
    aliases: dict[int, set[str]] = {}
    for r in store.rows("SELECT DISTINCT e.person_id, al.text FROM aliases al"
                        " JOIN entities e ON e.aid = al.aid AND e.id = al.entity_id WHERE e.person_id IS NOT NULL"):
        aliases.setdefault(int(r["person_id"]), set()).add(r["text"])
    people_rows = [
        {"person": p.person, "name": p.name, "type": p.type, "articles": p.articles, "quotes": p.quotes,
         "aliases": "; ".join(sorted(aliases.get(p.person, ())))}
        for p in people(store, sort="id")
    ]
    counts_ = {}
    for name, rows, columns in (
        ("quotes", quotes, ["quote", "speaker", "speaker_id", "kind", "cue", "channel", "article", "date", "title", "url", "start", "end",
                             "nested_in"]),
        ("people", people_rows, ["person", "name", "type", "articles", "quotes", "aliases"]),
    ):
        with (target / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
        counts_[name] = len(rows)
    return counts_
