"""Finds time expressions in plain text and normalizes them to TIMEX3 values (no spaCy needed).

Every relative expression is resolved by a small function of the reference day; when the
article date is only month- or year-precise, that function is run on every day the article
date can denote and the results are merged, so an expression the date cannot fix comes out with
X's in its value, the widest interval, and ``certain=False``.

The modules, one job each: ``patterns`` (recognition), ``rules`` and ``relative`` (what a match
means), ``dates`` (calendar arithmetic), ``anchoring`` (article date, last date, tense),
``values`` (value formatting) and ``intervals`` (intervals and certainty).
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from typing import Callable, Optional

from dateline.extractors.timenorm.anchoring import (
    Context,
    Tense,
    anaphoric,
    anchor_durations,
    is_dateline,
    is_narrative,
    last_day,
    strongly_anaphoric,
    told_anchor,
)
from dateline.extractors.timenorm.dates import quarter_of, shift
from dateline.extractors.timenorm.intervals import merge_values, value_interval
from dateline.extractors.timenorm.patterns import PRIORITY, Candidate, keep, scan, span_of
from dateline.extractors.timenorm.rules import normalize
from dateline.extractors.timenorm.values import Found, duration, parse_num, unit_code
from dateline.model import date_interval

_PREV_NEXT = re.compile(r"(?i)the\s+(?:previous|following)$")

__all__ = ["Found", "find_candidates", "merge_values", "tag", "value_interval"]
_ATTRIBUTIVE_BEFORE = re.compile(r"(?:\bthe|\ba|\ban|'s|’s)\s+$", re.IGNORECASE)


def _attributive_year(c: Candidate, text: str) -> bool:
    """'the 1978 Treaty', 'the 1992 protests': a year that names a thing, not the story's time,
    so it does not become the date that later bare dates count from."""
    return (
        c.rule == "year"
        and _ATTRIBUTIVE_BEFORE.search(text, max(0, c.start - 6), c.start) is not None
        and re.match(r"\s+[A-Za-z]", text[c.end : c.end + 2]) is not None
    )


_RESULTS_OUT = re.compile(r"\b(?:reported|posted|announced|had|earned|lost)\b[^.;!?]*$", re.IGNORECASE)


def _day_count(c: Candidate) -> bool:
    """'two days later', 'three weeks earlier': a count of days or weeks from a date."""
    return c.rule == "num_unit" and bool(c.m.group("dir")) and unit_code(c.m.group("u")) in ("D", "W")


def _bare_clock(c: Candidate) -> bool:
    return c.rule in ("clock_day", "day_clock") and not c.m.groupdict().get("day")


def find_candidates(text: str) -> list[Candidate]:
    """Every rule's matches; overlaps are settled longest first, then by rule order."""
    cands: list[Candidate] = []
    for name, m in scan(text):
        if m.end() > m.start():
            c = Candidate(m.start(), m.end(), name, m)
            s, e = span_of(c)
            # filter before settling overlaps, so a rejected long match leaves room for a shorter one
            if keep(c, text, text[s:e]) and normalize(c, text[s:e], Context(), text) is not None:
                cands.append(c)
    cands.sort(key=lambda c: (-(c.end - c.start), PRIORITY[c.rule], c.start))
    # The spans taken so far do not overlap, so kept sorted by start their ends are sorted too,
    # and the one span that could overlap [s, e) is the last one starting before e (a scan of
    # every span taken made this quadratic in the number of time expressions).
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Candidate] = []
    for c in cands:
        s, e = span_of(c)
        if s >= e:
            if any(s < b and a < e for a, b in zip(starts, ends, strict=True)):
                continue
        else:
            k = bisect.bisect_left(starts, e) - 1
            if k >= 0 and ends[k] > s:
                continue
        k = bisect.bisect_left(starts, s)
        starts.insert(k, s)
        ends.insert(k, e)
        chosen.append(c)
    chosen.sort(key=lambda c: span_of(c)[0])
    return chosen



def tag(
    text: str,
    article_date: Optional[str],
    *,
    tense_at: Optional[Callable[[int], Tense]] = None,
    policy: str = "honest",
) -> list[Found]:
    """Find and normalize the time expressions of ``text`` against ``article_date``.

    ``tense_at(offset)`` tells the tense of the clause around an offset (from a parse) and
    decides whether a bare weekday or month points back or forward. ``policy="honest"``
    (default) leaves what an imprecise article date cannot fix uncertain; ``"end-of-period"``
    assumes the article was written on the last day of its period (value fixed, still
    ``certain=False``).
    """
    period = date_interval(article_date) if article_date else None
    if period is None:
        refs: list[date] = []
    elif period[0] == period[1]:
        refs = [period[0]]
    else:
        refs = [period[0] + timedelta(days=i) for i in range((period[1] - period[0]).days + 1)]
    # an assumed day fixes the value, never the certainty: that still needs every day to agree
    assumed = {"end-of-period": refs[-1:], "start-of-period": refs[:1]}.get(policy) if len(refs) > 1 else None
    ctx = Context()
    out: list[Found] = []
    cands = find_candidates(text)
    narrative = ctx.narrative = is_narrative(text, cands, period)
    anchor: Optional[date] = None
    anchor_is_day = False  # a story date of a year or a month cannot date a bare clock time
    for c in cands:
        s, e = span_of(c)
        surface = text[s:e]
        tense = tense_at(s) if tense_at else None
        ctx.at = s
        use_refs = refs
        coarse: Optional[str] = None
        told = None
        if not narrative and strongly_anaphoric(c):
            told = told_anchor(ctx, re.sub(r"\s+", " ", (c.m.groupdict().get("unit") or c.m.groupdict().get("u") or "").lower()))
        named_day = None
        if c.rule == "weekday" and _PREV_NEXT.match(c.m.group("rel") or ""):
            # 'the previous Friday', 'the following Monday' count from the day the story last named
            named_day = last_day(ctx)
        elif c.rule == "this_part" and (c.m.group("rel") or "").lower() in ("that", "the"):
            # 'On March 3 ... that afternoon', '... in the morning': the part of the day just named
            named_day = last_day(ctx)
        if told is not None:
            use_refs, tense = [told], "narrative"
        elif named_day is not None:
            use_refs, tense = [named_day[1]], "narrative"
        elif anchor is not None and ((narrative and anaphoric(c)) or strongly_anaphoric(c)) and (anchor_is_day or not _bare_clock(c)):
            # a history narrative: relative expressions follow the story's last date, not the DCT
            # (a story date within days of the article's own, 'yesterday' in a court report, is
            # the article's present: a past clause still points back from it)
            near_now = bool(refs) and anchor_is_day and abs((anchor - refs[-1]).days) <= 7 and tense in ("past", "future")
            use_refs, tense = [anchor], tense if near_now else "narrative"
            # ('in 1915 ... four days later': a year or a month counted on in days reaches a day
            # of that year that the text does not fix: '1915-XX-XX', not the year's first days)
            coarse = None if anchor_is_day or not _day_count(c) else unit_code(c.m.group("u"))
        spec = normalize(c, surface, ctx, text)
        if spec is None:
            continue
        typ, val = spec[0], spec[1]
        f = Found(start=s, end=e, type=typ, value="", rule=c.rule)
        if c.rule == "num_unit" and not narrative:
            direction = (c.m.group("dir") or "").strip().lower()
            named = last_day(ctx) if direction in ("later", "earlier") else None
            n = parse_num(c.m.group("n"))
            if n is not None and c.m.group("half"):
                n += 0.5
            code = unit_code(c.m.group("u"))
            countable = named is not None and n is not None and n == int(n) and code in ("D", "W")
            if direction == "later" or countable or (direction == "earlier" and code in ("D", "W")):
                # news convention: 'three days later' is the duration; a history's is the date reached.
                # After a named day it is anchored there: 'on March 3 ... two days later' reaches March 5
                f.end = e = c.m.start("dir")
                typ, val = "DURATION", duration(n, code)
                f.type = typ
                if named is not None and n is not None and countable:
                    sign = 1 if direction == "later" else -1
                    f.role, f.anchor = "anchored", named[0]
                    f.anchored_value = shift(named[1], sign * int(n), code).isoformat()
        if len(spec) > 2:
            f.role, f.mod = spec[2].get("role") or f.role, spec[2].get("mod")
            f.anchor = spec[2].get("anchor") or f.anchor
        if named_day is not None:
            f.anchor = named_day[0]
        if callable(val):
            if not use_refs:
                f.value, f.certain = val(None, tense), False
            else:
                try:
                    values = [val(r, tense) for r in use_refs]
                    f.certain = len(set(values)) == 1
                    if assumed and use_refs is refs:
                        values = [val(r, tense) for r in assumed]
                    ivs = [value_interval(v) for v in values]
                except (OverflowError, ValueError):
                    # 'yesterday' in an article dated 0001-01-01 (or 'next year' at 9999) falls
                    # outside the calendar: leave it unresolved rather than lose the article.
                    values, ivs, f.certain = [val(None, tense)], [None], False
                f.value = merge_values(values)
                if all(ivs):
                    f.interval = (min(i[0] for i in ivs).isoformat(), max(i[1] for i in ivs).isoformat())  # type: ignore[index]
        else:
            f.value = val
            iv = value_interval(val) if typ in ("DATE", "TIME") else None
            if iv:
                f.interval = (iv[0].isoformat(), iv[1].isoformat())
        if coarse is not None and f.type == "DATE" and re.match(r"\d{4}-(?:\d{2}-\d{2}|W\d{2})$", f.value or ""):
            f.value = f"{f.value[:4]}-XX-XX" if coarse == "D" else f"{f.value[:4]}-WXX"
            f.interval = None
        # a quarter still to come ('the third quarter of 1990') is not the one being reported
        current = "%d-Q%d" % quarter_of(refs[-1]) if refs else ""
        # ... unless results for it are already out: a fiscal quarter ('reported a decline in
        # fourth-quarter earnings' in November)
        reported = not refs or f.value < current or (
            f.value == current and _RESULTS_OUT.search(text, max(0, s - 60), s) is not None
        )
        if re.fullmatch(r"\d{4}-Q[1-4]", f.value) and reported and (
            (c.rule in ("quarter", "rel_unit", "quarter_ref") and "year" not in surface.lower())
            or (c.rule == "quarter_of_year" and c.m.group("o") and (c.m.group("rel") or "").lower() == "this")
        ):
            ctx.last_quarter = f.value
            ctx.last_quarter_at = s
        elif f.value == "P1Y" and re.match(r"(?i)the\s+(?:fiscal\s+)?year", surface):
            # 'net for the year ended Aug. 31 ... down from $9.7 million last year': after the
            # year's figures, a nearby 'last year' is the year before, not the year-ago quarter
            ctx.last_quarter_at = -(10**9)
        day = date.fromisoformat(f.interval[0]) if f.interval and f.interval[0] == f.interval[1] else None
        if typ in ("DATE", "TIME") and day and is_dateline(text, s, e):
            # the story's own date heads it: it dates the story, and is no day the story tells of
            if len(refs) > 1 and day in refs:
                refs, assumed = [day], None
        elif typ in ("DATE", "TIME") and c.rule != "ord_unit":  # 'the second day' names no day to count on
            ctx.last_value = f.value
            ctx.last_value_at = s
            ctx.history.append((s, f.value))
            if day and f.certain and c.rule not in ("year_earlier",):
                ctx.days.append((s, surface, day))
            # a decade or century ('two decades earlier') is too coarse to date what follows
            if (
                f.interval and f.certain and (not callable(val) or narrative) and c.rule not in ("year_earlier",)
                and re.match(r"\d{4}", f.value) and not _attributive_year(c, text)
            ):
                anchor = date.fromisoformat(f.interval[0])
                anchor_is_day = f.interval[0] == f.interval[1]
        out.append(f)
    anchor_durations(text, out)
    return out
