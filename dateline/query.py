"""Questions across the corpus: search, quotes by a person, person reports, timelines, facts as of a
date and contradictions. Every function takes an open ``Store`` and mirrors one CLI command.

Results are lists of flat dataclasses, so the CLI can print them as a table, JSON Lines or CSV.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from itertools import combinations
from typing import Any, Iterable, Optional, Sequence

from dateline import ages
from dateline.errors import QueryError
from dateline.link import merge as _merge
from dateline.link import split as _split
from dateline.model import date_interval
from dateline.names import normalize, vocab
from dateline.store import Row, Store

__all__ = [
    "Evidence", "SearchHit", "QuoteRow", "PersonReport", "FactRow", "TimelineEvent", "Conflict",
    "search", "quotes", "find_people", "person", "timeline", "facts", "conflicts", "merge", "split",
    "export_jsonl", "export_parquet", "to_json_lines", "to_csv", "page", "MAX_SEARCH_TERMS", "MAX_SEARCH_CHARS",
]


# -- result types ----------------------------------------------------------------------------------


@dataclass
class Evidence:
    article: str
    date: Optional[str]
    start: int
    end: int
    text: str


@dataclass
class SearchHit:
    kind: str  # "quote" or "article"
    article: str
    date: Optional[str]
    speaker: Optional[str]
    snippet: str
    score: float


@dataclass
class QuoteRow:
    article: str
    date: Optional[str]
    person: Optional[int]
    speaker: Optional[str]
    text: str
    cue: Optional[str]
    channel: Optional[str]
    kind: str
    start: Optional[int]
    end: Optional[int]


@dataclass
class FactRow:
    relation: str
    value: Optional[str]
    other: Optional[str]  # the related person, for relations between people
    other_person: Optional[int]
    as_of: Optional[str]
    when: Optional[str]  # linked time value, if the text gives one
    evidence: Evidence
    direction: str = "out"  # "in" when the person is the fact's object ("X's son" seen from the son)


@dataclass
class PersonReport:
    person: int
    name: str
    type: str
    aliases: list[str]
    articles: int
    quote_count: int
    born: Optional[tuple[str, str]]
    facts: list[FactRow] = field(default_factory=list)
    relations: list[FactRow] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


@dataclass
class TimelineEvent:
    start: Optional[str]
    end: Optional[str]
    kind: str  # "born", "fact", "event" or "quote"
    what: str
    article: str
    evidence: str

    @property
    def certain(self) -> bool:
        return self.start == self.end


@dataclass
class Conflict:
    kind: str  # "age", "spouse" or "death"
    person: int
    name: str
    detail: str
    first: Evidence
    second: Evidence


# -- output ------------------------------------------------------------------------------------------


def flatten(record: Any) -> dict[str, Any]:
    """One flat dict per record, ready for a spreadsheet: nested evidence becomes evidence_* columns,
    a list becomes one cell of its items joined by '; ' (records in a list are summarised by joined(),
    never left as JSON)."""
    out: dict[str, Any] = {}
    for key, value in (asdict(record) if hasattr(record, "__dataclass_fields__") else record).items():
        if isinstance(value, dict):
            for k, v in value.items():
                out[f"{key}_{k}"] = v
        elif isinstance(value, (list, tuple)):
            out[key] = joined(value)
        else:
            out[key] = value
    return out


def joined(items: Sequence[Any]) -> str:
    """A list as one readable cell: '1991-08-05..1992-05-31' for a range, 'a; b' for names, and for
    facts 'relation value (article)'."""
    if len(items) == 2 and all(isinstance(i, str) and i[:4].isdigit() for i in items):
        return f"{items[0]}..{items[1]}"
    parts = []
    for item in items:
        if isinstance(item, dict) and "relation" in item:
            other = item.get("other") or item.get("value") or ""
            rel = item["relation"] + (" of" if item.get("direction") == "in" else "")
            parts.append(f"{rel} {other} ({item.get('evidence', {}).get('article', '')})".strip())
        elif isinstance(item, dict):
            parts.append(", ".join(f"{k}={v}" for k, v in item.items()))
        else:
            parts.append(str(item))
    return "; ".join(parts)


def to_json_lines(records: Iterable[Any]) -> str:
    return "".join(json.dumps(asdict(r), ensure_ascii=False, default=str) + "\n" for r in records)


def to_csv(records: Sequence[Any]) -> str:
    rows = [flatten(r) for r in records]
    buf = io.StringIO()
    if rows:
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return buf.getvalue()


# -- helpers ------------------------------------------------------------------------------------------


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


def _person_quotes_sql(where: str = "") -> str:
    return (
        "SELECT a.id AS article, a.date, a.date_start, a.date_end, e.person_id, COALESCE(p.name, e.name) AS speaker,"
        " q.text, q.cue, q.cue_span, q.channel, q.kind, q.start_char, q.end_char"
        " FROM quotes q JOIN articles a ON a.aid = q.aid"
        " JOIN entities e ON e.aid = q.aid AND e.id = q.speaker LEFT JOIN people p ON p.pid = e.person_id"
        " WHERE e.person_id = ?" + where
    )


# -- queries ------------------------------------------------------------------------------------------


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


def quotes(
    store: Store, *, by: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
    channel: Optional[str] = None, limit: Optional[int] = None,
) -> list[QuoteRow]:
    """Quotes by a person (or by anyone), optionally within dates (by the article date) and on one
    channel; any subset of the filters works."""
    first, last = parse_day(since, "--since"), parse_day(until, "--until")
    where, extra = "", []
    # An article dated only to a month counts if any of its days falls in the window.
    if first:
        where += " AND a.date_end >= ?"
        extra.append(first.isoformat())
    if last:
        where += " AND a.date_start <= ?"
        extra.append(last.isoformat())
    if channel:
        where += " AND LOWER(q.channel) = ?"
        extra.append(plain(channel, "--channel").lower())
    out = []
    order = " ORDER BY a.date_start, a.aid, q.seq" + (f" LIMIT {int(limit)}" if limit else "")
    if by is None:
        # Anyone's quotes, those with no stated speaker too.
        sql = _person_quotes_sql(where).replace(" JOIN entities e", " LEFT JOIN entities e").replace(
            " WHERE e.person_id = ?", " WHERE 1 = 1")
        batches = [store.rows(sql + order, extra)]
    else:
        batches = [store.rows(_person_quotes_sql(where) + order, (pid, *extra)) for pid in _require(store, by)]
    for rows in batches:
        for r in rows:
            out.append(QuoteRow(r["article"], r["date"], r["person_id"], r["speaker"], r["text"], r["cue"], r["channel"],
                                r["kind"], r["start_char"], r["end_char"]))
    return out


def person(store: Store, name: str) -> list[PersonReport]:
    """Everything known about each person the name can mean (two namesakes give two reports)."""
    reports = []
    for pid in _require(store, name):
        p = store.one("SELECT pid, name, type FROM people WHERE pid = ?", (pid,))
        assert p is not None
        aliases = sorted({
            r["text"] for r in store.rows(
                "SELECT DISTINCT al.text FROM aliases al JOIN entities e ON e.aid = al.aid AND e.id = al.entity_id"
                " WHERE e.person_id = ?", (pid,))
        })
        n_articles = store.one("SELECT COUNT(DISTINCT aid) AS n FROM entities WHERE person_id = ?", (pid,))
        n_quotes = store.one(
            "SELECT COUNT(*) AS n FROM quotes q JOIN entities e ON e.aid = q.aid AND e.id = q.speaker WHERE e.person_id = ?",
            (pid,),
        )
        rows = _fact_rows(store, pid)
        born = ages.intersect(rng for _, rng in _birth_ranges(rows))
        links = [
            f"{r['article']}: {r['link_reason']}"
            for r in store.rows(
                "SELECT a.id AS article, e.link_reason FROM entities e JOIN articles a ON a.aid = e.aid"
                " WHERE e.person_id = ? ORDER BY a.date_start, a.aid", (pid,))
        ]
        facts_: list[FactRow] = []
        relations: list[FactRow] = []
        for r in rows:
            (relations if r["object_person"] is not None or r["direction"] == "in" else facts_).append(_fact_row(r))
        reports.append(PersonReport(
            person=pid, name=p["name"], type=p["type"], aliases=aliases,
            articles=int(n_articles["n"]) if n_articles else 0, quote_count=int(n_quotes["n"]) if n_quotes else 0,
            born=(born[0].isoformat(), born[1].isoformat()) if born else None,
            facts=facts_, relations=relations, links=links,
        ))
    return reports


def timeline(store: Store, name: str) -> list[TimelineEvent]:
    """Dated events, facts and quotes of a person in calendar order (earliest possible day first);
    each event keeps the range of days it can denote."""
    events: list[TimelineEvent] = []
    for pid in _require(store, name):
        rows = _fact_rows(store, pid)
        ranges = _birth_ranges(rows)
        born = ages.intersect(rng for _, rng in ranges)
        if born:
            events.append(TimelineEvent(born[0].isoformat(), born[1].isoformat(), "born",
                                        f"born (from {len(ranges)} stated age(s))", ranges[0][0]["article"], ranges[0][0]["ev_text"]))
        for r in rows:
            start, end = _when(r)
            other = r["subject_name"] if r["direction"] == "in" else r["object_name"]
            # "child of Samuel Okafor" (she is his child) vs "child: Kofi" (Kofi is her child).
            if r["direction"] == "in":
                what = f"{r['relation']} of {other}"
            elif other or r["value"] is not None:
                what = f"{r['relation']}: {other or r['value']}"
            else:
                what = r["relation"]
            kind = "event" if _is_event(r["relation"], r["value"]) else "fact"
            events.append(TimelineEvent(start, end, kind, what, r["article"], r["ev_text"]))
        for q in store.rows(_person_quotes_sql() + " ORDER BY a.date_start, a.aid, q.seq", (pid,)):
            events.append(TimelineEvent(q["date_start"], q["date_end"], "quote", f"{q['speaker']}: {q['text']}", q["article"], q["text"]))
    order = {"born": 0, "event": 1, "fact": 2, "quote": 3}
    events.sort(key=lambda e: (e.start or "9999", e.end or "9999", order[e.kind]))
    return events


def facts(store: Store, name: str, *, as_of: str) -> list[FactRow]:
    """Facts known on a day, with the age on that day from the birth ranges of every article.

    A fact counts from its article's date; a spouse stops counting after a divorce from, or the
    death of, that spouse. If the stated ages cannot all be true, the age row says so."""
    day = parse_day(as_of, "--as-of")
    assert day is not None
    iso = day.isoformat()
    out: list[FactRow] = []
    for pid in _require(store, name):
        rows = _fact_rows(store, pid)
        ranges = _birth_ranges(rows)
        if ranges:
            born = ages.intersect(rng for _, rng in ranges)
            if born is None:
                value = "unknown: the stated ages conflict (see dateline conflicts)"
            elif day < born[0]:
                value = "not born yet"
            else:
                died = [_when(d) for d in _deaths(store, pid)]
                died_by = min((date.fromisoformat(e) for s, e in died if s and e and s <= iso), default=None)
                if died_by is not None and died_by <= day:
                    # The dead have no present age: the age reached, as `dateline age` says it
                    span = next((s, e) for s, e in died if s and e and date.fromisoformat(e) == died_by)
                    death = (date.fromisoformat(span[0]), died_by)
                    stated = next((int(r["value"]) for r, _ in ranges if _when(r) == span and str(r["value"]).isdigit()), None)
                    value = ages.died_aged(born, death, stated)
                else:
                    young, old = ages.age_range_on(born, day)
                    value = ages.describe_ages(max(young, 0), old)
            sources = "; ".join(f"{r['article']} {r['ev_text']!r}" for r, _ in ranges)
            ev = ranges[0][0]
            out.append(FactRow("age", value, None, None, iso, None,
                               Evidence(ev["article"], ev["date"], ev["ev_start"], ev["ev_end"], sources)))
        ended = _ended_partners(store, rows, iso, pid)
        for r in rows:
            start, _ = _when(r)
            if r["born_start"] or (start and start > iso):
                continue
            if _is("spouse", r["relation"], r["value"]) and _partner(r, pid) in ended:
                continue
            out.append(_fact_row(r))
    return out


def _ended_partners(store: Store, rows: list[Row], iso: str, pid: int) -> set[int]:
    """Partners a person had divorced, or who had died, by day ``iso``."""
    ended = {_partner(r, pid) for r in rows
             if _is("divorce", r["relation"], r["value"]) and _partner(r, pid) and (_when(r)[0] or "") <= iso}
    for r in rows:
        partner = _partner(r, pid)
        if _is("spouse", r["relation"], r["value"]) and partner is not None:
            if any((_when(d)[0] or "9999") <= iso for d in _deaths(store, partner)):
                ended.add(partner)
    return {p for p in ended if p is not None}


def _deaths(store: Store, pid: int) -> list[Row]:
    return [r for r in store.rows(_FACT_SQL + " WHERE s.person_id = ?", (pid,)) if _is("death", r["relation"], r["value"])]


def conflicts(store: Store) -> list[Conflict]:
    """Facts from different articles that cannot all be true, each with both pieces of evidence."""
    out: list[Conflict] = []
    people = store.rows(
        "SELECT DISTINCT p.pid, p.name FROM people p JOIN entities e ON e.person_id = p.pid"
        " JOIN facts f ON f.aid = e.aid AND (f.subject = e.id OR f.object = e.id) ORDER BY p.pid"
    )
    for p in people:
        pid, name = int(p["pid"]), p["name"]
        rows = _fact_rows(store, pid)
        # Ages: two stated ages that no single birth date fits.
        for (a, ra), (b, rb) in combinations(_birth_ranges(rows), 2):
            if a["article"] != b["article"] and ages.intersect([ra, rb]) is None:
                out.append(Conflict("age", pid, name,
                                    f"born {ra[0]}..{ra[1]} vs {rb[0]}..{rb[1]}: no birth date fits both",
                                    _evidence(a), _evidence(b)))
        # Spouses: a second spouse while the first marriage had not ended.
        spouses = [r for r in rows if _is("spouse", r["relation"], r["value"]) and (r["object_person"] or r["subject_person"])]
        for a, b in combinations(spouses, 2):
            pa = _partner(a, pid)
            pb = _partner(b, pid)
            if pa is None or pb is None or pa == pb or a["article"] == b["article"]:
                continue
            first, second = sorted((a, b), key=lambda r: _when(r)[0] or "")
            partner = _partner(first, pid)
            since, until = _when(first)[0] or "", _when(second)[1] or "9999"
            if not _marriage_ended(store, rows, pid, partner, since, until):
                out.append(Conflict("spouse", pid, name,
                                    f"spouse of {first['object_name'] if first['direction'] == 'out' else first['subject_name']}"
                                    f" and of {second['object_name'] if second['direction'] == 'out' else second['subject_name']}"
                                    " with no divorce or death recorded between",
                                    _evidence(first), _evidence(second)))
        # Death, then a later article quoting the person in the present tense.
        for d in _deaths(store, pid):
            died_by = _when(d)[1] or ""
            for q in store.rows(_person_quotes_sql(" AND a.date_start > ?") + " ORDER BY a.date_start", (pid, died_by)):
                cue = json.loads(q["cue_span"])["text"] if q["cue_span"] else ""
                if cue and present_tense(cue):
                    out.append(Conflict("death", pid, name,
                                        f"died by {died_by}, but quoted later with present-tense {cue!r}",
                                        _evidence(d),
                                        Evidence(q["article"], q["date"], q["start_char"] or 0, q["end_char"] or 0, q["text"])))
    return out


def _partner(r: Row, pid: int) -> Optional[int]:
    return r["object_person"] if r["direction"] == "out" else r["subject_person"]


def _marriage_ended(store: Store, rows: list[Row], pid: int, partner: Optional[int], since: str, until: str) -> bool:
    for r in rows:
        if _is("divorce", r["relation"], r["value"]) and _partner(r, pid) in (partner, None):
            if since <= (_when(r)[0] or "") <= until:
                return True
    if partner is not None:
        for d in _deaths(store, partner):
            if (_when(d)[0] or "9999") <= until:
                return True
    return False


# -- corrections and export ---------------------------------------------------------------------------


def merge(store: Store, keep: str, other: str) -> int:
    """Fold the person ``other`` into ``keep`` (ids like '#3' or unambiguous names)."""
    a, b = one_person(store, keep), one_person(store, other)
    if a == b:
        raise QueryError("E303", name=keep)
    _merge(store, a, b)
    return a


def split(store: Store, who: str, article_ids: list[str]) -> int:
    """Give the mentions of a person in these articles to a new person; returns the new id."""
    pid = one_person(store, who)
    try:
        return _split(store, pid, article_ids)
    except LookupError:
        raise QueryError("E304", name=who, articles=", ".join(article_ids)) from None


def one_person(store: Store, name: str) -> int:
    found = _require(store, name)
    if len(found) > 1:
        raise QueryError("E305", name=name, ids=", ".join(f"#{p}" for p in found), first=f"#{found[0]}")
    return found[0]


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
              " q.cue, q.addressee, q.channel, q.confidence FROM quotes q JOIN articles a ON a.aid = q.aid"
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


def field_names(cls: type) -> list[str]:
    return [f.name for f in fields(cls)]
