"""What the relative rules' matches mean: days around a weekday, clock times, weekdays, today and
tonight, holidays, 'last week', 'two years ago', plural units, sets and fuzzy references."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable, Optional

from dateline.extractors.timenorm.anchoring import (
    CLOCK_REACH,
    Context,
    Tense,
    last_day,
    month_day,
    prev_quarter,
    season_value,
    weekday_resolve,
    year_earlier,
)
from dateline.extractors.timenorm.dates import add_months, holiday_day, iso_week, quarter_of, shift_quarter, weekend
from dateline.extractors.timenorm.patterns import (
    CLOCK_DAY_AHEAD,
    DAY_PARTS,
    FUZZY,
    HOLIDAYS,
    MONTH,
    PART,
    SEASON,
    SEASONS,
    SETS,
    TIME_UNITS,
    UNITS,
    VAGUE_DURATIONS,
    WEEKDAY,
    ZONE_SUFFIX,
    Candidate,
    month_num,
    weekday_num,
)
from dateline.extractors.timenorm.values import clock_value, duration, fmt_num, on_day, parse_num, premod, unit_code

_FIGURE_BEFORE = re.compile(r"(?:\d\s*(?:million|billion)?|cents|a\s+share|from|with)\s+$", re.IGNORECASE)
def normalize_relative(c: Candidate, surface: str, ctx: Context, text: str):
    """(type, value or resolver[, extras]) for a relative rule's candidate, or None to drop it."""
    m, rule = c.m, c.rule
    g = m.groupdict()
    low = surface.lower()

    if rule == "day_around":
        sub = day_phrase(g["rest"])
        if sub is None:
            return None
        step = -1 if g["dir"].lower() == "before" else 1
        return "DATE", lambda r, t: (date.fromisoformat(sub(r, t)) + timedelta(days=step)).isoformat() if r else "XXXX-XX-XX"

    if rule == "day_rel":
        # 'the next day': the day after the one the story last named (that day is its anchor)
        step = -1 if (g.get("rel") or g.get("dir") or "").lower() in ("previous", "preceding", "prior", "before") else 1
        part = DAY_PARTS.get((g.get("u") or "").lower())
        named = last_day(ctx)
        extras = {"anchor": named[0] if named else None}
        if named:
            fixed = on_day(named[1] + timedelta(days=step), part)
            return ("TIME" if part else "DATE"), lambda r, t: fixed, extras
        return ("TIME" if part else "DATE"), lambda r, t: on_day(r + timedelta(days=step), part) if r else "XXXX-XX-XX", extras

    if rule == "ord_unit":
        # news: 'the second day (of the strike)', 'a third consecutive week' is the day or week it
        # is now. A history counts from an event it seldom dates: the day stays unknown
        if g["u"].lower() == "day":
            return "DATE", lambda r, t: r.isoformat() if r and t != "narrative" else "XXXX-XX-XX"
        return "DATE", lambda r, t: iso_week(r) if r and t != "narrative" else "XXXX-WXX"

    if rule == "hours_of":
        inner = g["rest"]
        sub = day_phrase(inner)
        if sub is None:
            return None
        part = "MO" if g["adj"].lower() in ("early", "small", "wee", "morning") else "NI"
        pm = re.search(PART, inner, re.IGNORECASE)
        if pm:
            part = DAY_PARTS.get(pm.group(0).lower(), part)
        return "TIME", lambda r, t: sub(r, t) + "T" + part

    if rule in ("clock_day", "day_clock"):
        clock = clock_value(g["c"])
        if clock is None:
            return None
        clock += ZONE_SUFFIX.get(g.get("z") or "", "")
        day = g.get("day")
        if day:
            sub = day_phrase(day)
            if sub is None:
                return None
            return "TIME", lambda r, t: sub(r, t) + "T" + clock
        # a day named just after ('at 5:34 a.m. local time on March 20, 2003') dates the clock
        ahead = CLOCK_DAY_AHEAD.match(text, c.end, c.end + 60)
        if ahead:
            mo, dd = month_num(ahead.group("m")), int(ahead.group("d"))
            if ahead.group("y"):
                fixed = f"{ahead.group('y')}-{mo:02d}-{dd:02d}T{clock}"
                return "TIME", lambda r, t: fixed
            return "TIME", lambda r, t: (month_day(r, t, mo, dd) if r else f"XXXX-{mo:02d}-{dd:02d}") + "T" + clock
        # a bare clock time belongs to the day just mentioned ('on Oct. 23 ... at 10 p.m.')
        near = ctx.last_value if ctx.last_value and ctx.at - ctx.last_value_at < CLOCK_REACH else None
        if near and re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", near):
            day_value = near[:10]
            return "TIME", lambda r, t: day_value + "T" + clock
        return "TIME", lambda r, t: (r.isoformat() if r else "XXXX-XX-XX") + "T" + clock

    if rule == "weekday":
        wd, rel = weekday_num(g["wd"]), g.get("rel")
        if rel and rel.lower() in ("on", "that"):
            rel = None
        wd_part = DAY_PARTS.get((g.get("part") or "").lower())
        typ = "TIME" if wd_part else "DATE"

        def res_wd(r: Optional[date], t: Tense, wd=wd, rel=rel, part=wd_part) -> str:
            if r is None:
                return f"XXXX-WXX-{wd}" + (f"T{part}" if part else "")
            return on_day(weekday_resolve(r, wd, rel, t), part)

        return typ, res_wd

    if rule == "dayword":
        w = re.sub(r"\s+", " ", g["w"].lower())
        dw_part = DAY_PARTS.get((g.get("part") or "").lower())
        off = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2, "the day after tomorrow": 2}[w]
        if w == "tonight":
            dw_part = "NI"
        typ = "TIME" if dw_part else "DATE"
        return typ, lambda r, t: (on_day(r + timedelta(days=off), dw_part) if r else "XXXX-XX-XX" + (f"T{dw_part}" if dw_part else ""))

    if rule == "this_part":
        rel, part = g["rel"].lower(), DAY_PARTS[g["part"].lower()]
        if rel == "the" and part == "NI":
            return None  # 'in the night' is seldom one night: the dev gold leaves it untagged
        off = {"this": 0, "that": 0, "the": 0, "last": -1 if part == "NI" else -1, "tomorrow": 1, "yesterday": -1}[rel]
        if rel == "last" and part != "NI":
            return None
        return "TIME", lambda r, t: (on_day(r + timedelta(days=off), part) if r else f"XXXX-XX-XXT{part}")

    if rule == "overnight":
        part = DAY_PARTS.get(re.sub(r"\s+", " ", g["part"].lower()), "NI")
        if part == "AF" and "mid" not in low:
            return None
        sub = day_phrase(g["day"]) if g.get("day") else None
        if sub is not None:
            return "TIME", lambda r, t: sub(r, t) + "T" + part
        return "TIME", lambda r, t: (on_day(r, part) if r else f"XXXX-XX-XXT{part}")

    if rule == "holiday":
        code = HOLIDAYS[re.sub(r"\s+", " ", g["h"].lower())]
        rel = (g.get("rel") or "").lower()
        if g.get("y"):  # 'Christmas 2007'
            return "DATE", holiday_day(code, int(g["y"])).isoformat()

        def res_h(r: Optional[date], t: Tense, code=code, rel=rel) -> str:
            if r is None:
                return "XXXX-" + code if code[-1].isdigit() else "XXXX-XX-XX"
            y = r.year
            d = holiday_day(code, y)
            if rel == "last" or (not rel and t == "past"):
                if d > r:
                    d = holiday_day(code, y - 1)
            elif rel == "next" or (not rel and t == "future"):
                if d < r:
                    d = holiday_day(code, y + 1)
            return d.isoformat()

        return "DATE", res_h

    if rule == "rel_unit":
        return _rel_unit(g, low, ctx, text[max(0, c.start - 40) : c.start], text[c.end : c.end + 4])

    if rule == "season":
        s = SEASONS[g["s"].lower()]
        if g.get("y"):
            return "DATE", f"{g['y']}-{s}", {"mod": premod(g.get("pm"))}
        before = text[max(0, c.start - 20) : c.start]
        cued = re.search(r"\b(?:in|the|during|this|last|next|by|until|since|over)\s+$", before, re.IGNORECASE)
        # 'the fall and winter': a season joined to one
        paired = re.search(SEASON + r"\s+and\s+$", before, re.IGNORECASE)
        if not (g.get("pm") or cued or paired or low.startswith("the")):
            return None
        return "DATE", lambda r, t: season_value(r, s, "", t), {"mod": premod(g.get("pm"))}

    if rule == "num_unit":
        return _num_unit(g, low, ctx, text[max(0, c.start - 20) : c.start])

    if rule == "rel_plural":
        code = unit_code(g["u"])
        if g["rel"].lower() == "past" and not g.get("the"):
            return "DATE", "PAST_REF"  # 'in past years': some time before now, not a stretch
        if g["rel"].lower() == "recent" and not g.get("the") and code in ("Y", "D") and not ctx.narrative:
            # 'in recent years': TimeBank marks it PAST_REF (3 of 5; 'recent days' 1 of 1), but
            # 'recent months' and 'recent weeks' as vague durations (4 of 4)
            return "DATE", "PAST_REF"
        return "DURATION", duration(None, code)

    if rule == "bare_plural":
        code = unit_code(g["u"])
        if g.get("dir"):
            d = g["dir"].strip().lower()
            return "DATE", "FUTURE_REF" if d == "later" else "PAST_REF"
        return "DURATION", duration(None, code)

    if rule == "ahead":
        return "DURATION", duration(None, unit_code(g["u"]))

    if rule == "the_unit":
        u = g["u"].lower()
        w = re.sub(r"\s+", " ", g["w"].lower())
        if w in ("the entire", "the whole") or (w == "the full" and u != "year"):
            return "DURATION", duration(1, unit_code(u))
        if g.get("ended"):
            return "DURATION", duration(1, unit_code(u))
        # 'the end of the month': the month the story is in, its end as the mod
        ends = {"mod": premod(g.get("pm"))}
        if u == "year":
            return "DATE", lambda r, t: str(r.year) if r else "XXXX", ends
        if u == "month":
            return "DATE", lambda r, t: f"{r.year}-{r.month:02d}" if r else "XXXX-XX", ends
        if g.get("pm"):
            return None
        if u == "day" and w == "the" and re.search(r"\b(?:early|late|later|earlier)\s+in\s+$", text[max(0, c.start - 12) : c.start], re.IGNORECASE):
            # 'later in the day': the day the story is about
            return "DATE", lambda r, t: r.isoformat() if r else "XXXX-XX-XX"
        if u == "week":
            if w == "the":
                # 'for the week' names a week the text has in mind, not necessarily this one
                return "DATE", lambda r, t: f"{r.year}-WXX" if r else "XXXX-WXX"
            return "DATE", lambda r, t: iso_week(r) if r else "XXXX-WXX"
        if u == "weekend":
            return "DATE", lambda r, t: weekend(r, 0 if r is None or r.isoweekday() >= 6 or t == "future" else -1)
        if u == "day" and w in ("that", "the same", "that same"):
            return "DATE", lambda r, t: r.isoformat() if r else "XXXX-XX-XX"
        if u == "decade":
            return "DURATION", "P10Y"
        return None

    if rule == "set_every":
        q = g["q"].lower()
        u = g["u"]
        n = g.get("n")
        every: Optional[float] = 1.0
        if n and n.lower() == "other":
            every = 2.0
        elif n:
            every = parse_num(n)
        if re.fullmatch(WEEKDAY, u, re.IGNORECASE) and u[0].isupper():
            return "SET", f"XXXX-WXX-{weekday_num(u)}"
        if re.fullmatch(MONTH, u):
            return "SET", f"XXXX-{month_num(u):02d}"
        lu = u.lower()
        if lu in ("morning", "evening", "night", "afternoon"):
            return "SET", f"XXXX-XX-XXT{DAY_PARTS[lu]}"
        if lu in SEASONS:
            return "SET", f"XXXX-{SEASONS[lu]}"
        if q == "a" and lu.endswith("s"):
            return None
        return "SET", duration(every, unit_code(u))

    if rule == "year_end":
        # 'since year-end' looks back to the last one; otherwise the current year's end
        back = -1 if (g.get("pre") or "").strip().lower() == "since" else 0
        if g["w"].lower().startswith("month"):
            # 'At month's end': the month the story is in, else the article's
            told = ctx.last_value[:7] if ctx.last_value and re.match(r"\d{4}-\d\d(?!\d)", ctx.last_value) else None
            return "DATE", lambda r, t: told or (f"{r.year}-{r.month:02d}" if r else "XXXX-XX"), {"mod": "END"}
        return "DATE", lambda r, t: (str(r.year + back) if r else "XXXX"), {"mod": "END"}

    if rule == "to_date":
        return "DATE", "PRESENT_REF"

    if rule == "long_adj":
        plural = g["u"].lower() not in UNITS
        n = parse_num(g["n"]) if g.get("n") else (None if plural else 1)
        return "DURATION", duration(n, unit_code(g["u"]))

    if rule == "vague_duration":
        return "DURATION", VAGUE_DURATIONS[re.sub(r"\s+", " ", g["w"].lower())]

    if rule == "set_word":
        return "SET", SETS[g["w"].lower()]

    if rule == "set_weekdays":
        set_part = g.get("part") or g.get("part1")
        p = ("T" + DAY_PARTS[set_part.lower()[:-1]]) if set_part else ""
        return "SET", f"XXXX-WXX-{weekday_num(g.get('wd') or g['wd1'])}{p}"

    if rule == "fuzzy":
        w = re.sub(r"\s+", " ", g["w"].lower())
        if FUZZY[w] == "PRESENT_REF" and re.search(r"\bthen[\s-]+$", text[max(0, c.start - 6) : c.start], re.IGNORECASE):
            return "DATE", "PAST_REF"  # 'the then current price': present then, past now
        return "DATE", FUZZY[w]
    return None



def day_phrase(phrase: str) -> Optional[Callable[[Optional[date], Tense], str]]:
    """Resolver for a short day phrase: a weekday (with last/this/next), today, a month day."""
    p = re.sub(r"\s+", " ", phrase.strip())
    pl = p.lower()
    m = re.match(r"(?:(last|this|next|on)\s+)?(" + WEEKDAY + r")", p, re.IGNORECASE)
    if m and m.group(2)[0].isupper():
        wd, rel = weekday_num(m.group(2)), m.group(1)
        rel = None if rel and rel.lower() == "on" else rel
        return lambda r, t: weekday_resolve(r, wd, rel, t).isoformat() if r else "XXXX-XX-XX"
    for w, off in (("today", 0), ("tonight", 0), ("yesterday", -1), ("tomorrow", 1)):
        if pl.startswith(w):
            # a def, not a lambda: mypy cannot infer a lambda whose extra defaulted parameter binds the loop value
            def res_off(r: Optional[date], t: Tense, off: int = off) -> str:
                return (r + timedelta(days=off)).isoformat() if r else "XXXX-XX-XX"

            return res_off
    m = re.match(r"(" + MONTH + r")\s+(\d{1,2})", p)
    if m:
        mo, d = month_num(m.group(1)), int(m.group(2))
        return lambda r, t: month_day(r, t, mo, d)
    return None




def _rel_unit(g: dict, low: str, ctx: Context, before: str = "", after: str = ""):
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    unit = re.sub(r"\s+", " ", g["unit"].lower())
    mod = premod(g.get("pm"))
    extras = {"mod": mod}
    base = rel.replace("the ", "")
    if base in ("next", "coming") and rel.startswith("the") and unit in ("decade", "century"):
        # 'the next decade': ten years from now (TimeBank's convention)
        return "DURATION", duration(1, unit_code(unit)), extras
    if base in ("past", "last") and rel.startswith("the") and unit in ("week", "month", "year", "weekend", "fiscal year", "decade", "century"):
        # 'in the last week', 'over the past month': a stretch of time ending now. Without the
        # preposition it names the previous one: 'the last week was quiet', 'the past weekend'.
        # A year or decade is the previous calendar one in news whatever the preposition (the
        # TimeBank gold: 'in the past year' 1988, 'in the last decade' 198, 3 of 3); a history's gold
        # keeps the stretch (P1Y). 'the past year of talks' is always the stretch.
        stretch = bool(_STRETCH_BEFORE.search(before) or mod)
        long_unit = unit in ("year", "fiscal year", "decade", "century")
        if ctx.narrative:
            stretch = stretch or unit in ("decade", "century")
        elif long_unit:
            stretch = False
        if stretch or re.match(r"\s+of\b", after):
            return "DURATION", duration(1, unit_code(unit.replace("fiscal ", ""))), extras
        base = "last"
    if base == "recent":
        return "DATE", "PAST_REF", extras
    if base == "latest":
        if unit == "quarter":
            return "DATE", lambda r, t: (ctx.last_quarter or prev_quarter(r, ctx, 1)) if r else "XXXX-QX", extras
        if unit in ("year", "fiscal year"):
            return "DATE", lambda r, t: str(r.year - 1) if r else "XXXX", extras  # the last one completed
        return None
    k = {"this": 0, "current": 0, "that": 0, "same": 0, "last": -1, "past": -1, "previous": -1,
         "next": 1, "coming": 1, "following": 1}.get(base)
    if k is None:
        return None
    if unit in SEASONS:
        s = SEASONS[unit]
        return "DATE", lambda r, t: season_value(r, s, base, t), extras
    if unit == "year" and k == -1 and not mod and _FIGURE_BEFORE.search(before):
        # '$3 million last year' in a quarterly report compares with the year-ago quarter
        return "DATE", lambda r, t: year_earlier(r, ctx) if r else "XXXX", extras
    if unit in ("year", "fiscal year"):
        return "DATE", lambda r, t: str(r.year + k) if r else "XXXX", extras
    if unit == "month":
        return "DATE", lambda r, t: add_months(r.replace(day=1), k).strftime("%Y-%m") if r else "XXXX-XX", extras
    if unit == "week":
        return "DATE", lambda r, t: iso_week(r + timedelta(weeks=k)) if r else "XXXX-WXX", extras
    if unit == "weekend":
        kk = k
        if base in ("this", "that", "same"):
            return "DATE", lambda r, t: weekend(r, 0), extras
        if base in ("last", "past", "previous"):
            return "DATE", lambda r, t: weekend(r, 0 if r and r.isoweekday() == 7 else -1), extras
        return "DATE", lambda r, t: weekend(r, kk if r is None or r.isoweekday() < 6 else kk), extras
    if unit == "quarter":
        def res_q(r: Optional[date], t: Tense) -> str:
            if r is None:
                return "XXXX-QX"
            y, q = shift_quarter(*quarter_of(r), k)
            return f"{y}-Q{q}"
        return "DATE", res_q, extras
    if unit == "decade":
        return "DATE", lambda r, t: str(r.year // 10 + k) if r else "XXX", extras
    if unit == "century":
        return "DATE", lambda r, t: f"{r.year // 100 + k:02d}" if r else "XX", extras
    return None


_STRETCH_BEFORE = re.compile(r"\b(?:in|over|during|within|for|throughout|through|across|from|since|of)\s+$", re.IGNORECASE)
_MODAL_BEFORE = re.compile(r"\b(?:will|may|can|shall|'ll|to|hope|hopes|hoped)\s+$", re.IGNORECASE)


def _num_unit(g: dict, low: str, ctx: Context, before: str = ""):
    n_text = g["n"]
    n = parse_num(n_text)
    if g.get("half") and n is not None:
        n += 0.5
    code = unit_code(g["u"])
    u_word = g["u"].lower().rstrip("s")
    d = (g.get("dir") or "").strip().lower()
    rel = (g.get("rel") or "").strip().lower()
    if code == "X":
        return None
    if n_text.lower() == "one" and code == "D" and not d and not rel and _MODAL_BEFORE.search(before):
        return "DATE", "FUTURE_REF"  # 'will one day be': some day to come, not a day long
    if g.get("hy") == "-" and not d:
        return "DURATION", duration(n, code)
    if d in ("ago", "earlier", "back", "previously", "before", "prior") or (d == "later" or d in ("from now", "hence")):
        sign = 1 if d in ("later", "from now", "hence") else -1
        if n is None:
            return "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF"
        if d in ("before", "prior"):
            return "DURATION", duration(n, code)
        k = int(n) if n == int(n) else n

        def res(r: Optional[date], t: Tense) -> str:
            if r is None:
                return "XXXX-XX-XX"
            if code == "D":
                return (r + timedelta(days=sign * k)).isoformat()
            if code == "W":
                return iso_week(r + timedelta(weeks=sign * k))
            if code == "M":
                return add_months(r.replace(day=1), int(sign * k)).strftime("%Y-%m")
            if code == "Q":
                return "%d-Q%d" % shift_quarter(*quarter_of(r), int(sign * k))
            if code == "Y":
                if k == 1 and sign < 0 and d == "earlier" and ctx.last_quarter:
                    return year_earlier(r, ctx)
                return str(r.year + int(sign * k))
            if code == "DE":
                return str((r.year + int(sign * k * 10)) // 10)
            if code in ("H", "M") or u_word in TIME_UNITS:
                return r.isoformat()
            return str(r.year)

        if u_word in TIME_UNITS:
            return "DURATION", duration(n, code)
        return "DATE", res
    if d in ("after", "since", "into"):
        pass
    if code == "WE" and n is not None:
        return "DURATION", f"P{fmt_num(n * 2)}D"
    if rel in ("next", "coming", "following") and n is None:
        return "DURATION", duration(None, code)
    return "DURATION", duration(n, code)
