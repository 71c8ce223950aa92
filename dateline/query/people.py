"""Questions about one person: their quotes, a report, a timeline and the facts known on a day."""

from __future__ import annotations

from datetime import date
from typing import Optional

from dateline import ages
from dateline.query.common import (
    TOP_LEVEL,
    _birth_ranges,
    _deaths,
    _fact_row,
    _fact_rows,
    _is,
    _is_event,
    _partner,
    _person_quotes_sql,
    _require,
    _when,
    parse_day,
    plain,
)
from dateline.query.records import Evidence, FactRow, PersonReport, QuoteRow, TimelineEvent
from dateline.store import Row, Store


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
                                r["kind"], r["start_char"], r["end_char"], r["nested_in"]))
    return out


def person(store: Store, name: str) -> list[PersonReport]:
    """Everything known about each person the name can mean (two namesakes give two reports)."""
    reports = []
    for pid in _require(store, name):
        # One statement for the person and their quote count: each statement costs a round trip
        # and a plan, which dominated this call on PostgreSQL.
        p = store.one(
            "SELECT p.name, p.type, (SELECT COUNT(*) FROM quotes q JOIN entities e ON e.aid = q.aid AND e.id = q.speaker"
            " WHERE e.person_id = p.pid" + TOP_LEVEL + ") AS n_quotes FROM people p WHERE p.pid = ?",
            (pid,),
        )
        assert p is not None
        aliases = sorted({
            r["text"] for r in store.rows(
                "SELECT DISTINCT al.text FROM aliases al JOIN entities e ON e.aid = al.aid AND e.id = al.entity_id"
                " WHERE e.person_id = ?", (pid,))
        })
        rows = _fact_rows(store, pid)
        born = ages.intersect(rng for _, rng in _birth_ranges(rows))
        linked = store.rows(
            "SELECT a.id AS article, e.link_reason FROM entities e JOIN articles a ON a.aid = e.aid"
            " WHERE e.person_id = ? ORDER BY a.date_start, a.aid", (pid,))
        links = [f"{r['article']}: {r['link_reason']}" for r in linked]
        facts_: list[FactRow] = []
        relations: list[FactRow] = []
        for r in rows:
            (relations if r["object_person"] is not None or r["direction"] == "in" else facts_).append(_fact_row(r))
        reports.append(PersonReport(
            person=pid, name=p["name"], type=p["type"], aliases=aliases,
            articles=len({r["article"] for r in linked}), quote_count=int(p["n_quotes"] or 0),
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
