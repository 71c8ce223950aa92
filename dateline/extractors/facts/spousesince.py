"""A spouse 'since' a year: 'He is survived by Marit, his wife since 1971', 'her husband since
1988, Tom Reid': the two were wed that year."""

from __future__ import annotations

import re
from typing import Optional

from dateline.extractors.facts.context import LIKELY, _Ctx, _named
from dateline.model import TimeExpr

_SPOUSE_SINCE = re.compile(r"\b([Hh]is|[Hh]er)\s+(?:wife|husband|spouse)(?=\s+since\s)")


def _spouse_since(ctx: _Ctx) -> None:
    """'He is survived by Marit, his wife since 1971', 'her husband since 1988, Tom Reid': a
    spouse 'since' a year was wed that year."""
    text = ctx.text
    body = ctx.article.body_start
    if text.find("since", body) < 0 or all(text.find(w, body) < 0 for w in ("wife", "husband", "spouse")):
        return  # (every match holds its noun and is followed by "since": most articles have neither)
    for m in _SPOUSE_SINCE.finditer(text, body):
        owner = ctx.covering(m.start(1), m.end(1))
        since = _since_time(ctx, m.end())
        if owner is None or since is None:
            continue
        # ("with Tina, 65, his wife since 1984": past an age apposed first)
        aged = re.search(r",\s+\d{1,3}$", text[max(0, m.start() - 8) : m.start() - 2])
        named_end = m.start() - 2 - (len(aged.group(0)) if aged else 0)
        partner = ctx.ending_at(named_end) if text[m.start() - 2 : m.start()] == ", " else None
        after = re.match(r",\s+", text[since.end : since.end + 4])
        partner = partner or (ctx.starting_at(since.end + after.end()) if after else None)
        if partner is None or partner[1] is owner[1] or not _named(owner[1]):
            continue
        ctx.add("event", owner[1], min(partner[0].start, m.start()), max(partner[0].end, since.end), obj=partner[1],
                value="marriage", time=since.id, confidence=LIKELY)


def _since_time(ctx: _Ctx, at: int) -> Optional[TimeExpr]:
    """The year or date right after "since" at ``at`` ("married since 2012"): when a married
    state began, which is a wedding's time; not a span ("since the war") nor a bare clause."""
    m = re.match(r"\s+since\s+", ctx.text[at : at + 12])
    if m is None:
        return None
    start = at + m.end()
    t = next((t for t in ctx.times_overlapping(start, start + 1) if t.start == start), None)
    return t if t is not None and re.search(r"\b\d{4}\b", ctx.text[t.start : t.end]) else None
