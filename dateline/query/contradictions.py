"""Contradictions across the corpus: ages no birth date fits, two spouses at once, quotes after a death."""

from __future__ import annotations

import json
from itertools import combinations
from typing import Optional

from dateline import ages
from dateline.query.common import (
    _birth_ranges,
    _deaths,
    _evidence,
    _fact_rows,
    _is,
    _partner,
    _person_quotes_sql,
    _when,
    present_tense,
)
from dateline.query.records import Conflict, Evidence
from dateline.store import Row, Store


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
        # Death, then a later article quoting the person in the present tense. Words quoted inside
        # someone else's quotation (`"He always told me 'keep going'"`) were said before, at no date.
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
