"""What each rule's match means: explicit dates, years, decades, centuries and quarters become a
TIMEX3 type and a value, or a resolver of the reference day; the relative rules are in
``relative``."""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Optional

from dateline.extractors.timenorm.anchoring import (
    Context,
    Tense,
    month_day,
    month_resolve,
    prev_quarter,
    same_period_back,
    year_earlier,
)
from dateline.extractors.timenorm.dates import iso_week, quarter_of
from dateline.extractors.timenorm.patterns import (
    DATA,
    DAY_PARTS,
    DAYNUM,
    MONTH,
    ORDINALS,
    SEASONS,
    YEAR4,
    Candidate,
    month_num,
)
from dateline.extractors.timenorm.relative import normalize_relative
from dateline.extractors.timenorm.values import fmt_num, parse_num, premod

_FORECAST = re.compile(
    r"\b(?:expects?|expected|expecting|forecasts?|forecasting|projects?|projected|predicts?|predicted|"
    r"estimates?|estimated|anticipates?|anticipated|outlook|guidance|targets?)\b[^.;!?]*$",
    re.IGNORECASE,
)


# 'August and September 1914', '26 June - 4 August 1952', 'July-November 1954': a date joined to a
# later one that has its year shares that year
_JOINED_YEAR = re.compile(
    r"\s*(?:-|–|,?\s+(?:and|to|through|until|or)\s+)\s*(?:" + DAYNUM + r"\s+)?(?:" + MONTH + r")(?:\s+" + DAYNUM
    + r"(?:st|nd|rd|th)?)?,?\s+(?P<y>" + YEAR4 + r")\b(?!\s*(?:BC|B\.C\.))"
)


_QUARTER_ENDED = re.compile(r"\s+(?:that\s+|which\s+)?end(?:ed|ing|s)\s+(?P<m>" + MONTH + r")\s+(?P<d>" + DAYNUM + r")\b(?:,?\s+(?P<y>" + YEAR4 + r")\b)?")


def _joined_year(text: str, end: int) -> Optional[int]:
    m = _JOINED_YEAR.match(text, end)
    return int(m.group("y")) if m else None


# "last year", "this year", "next year": how many years from the reference
_YEAR_SHIFT = {"this": 0, "last": -1, "next": 1}


def normalize(c: Candidate, surface: str, ctx: Context, text: str):
    """(type, value or resolver[, extras]) for a candidate, or None to drop it."""
    m, rule = c.m, c.rule
    g = m.groupdict()
    low = surface.lower()

    if rule in ("age_hyphen", "age_comma", "age_aged"):
        n = parse_num(g["n"])
        if n is None:
            return None
        u = {"year": "Y", "month": "M", "week": "W", "day": "D"}[g.get("u", "year").lower()] if g.get("u") else "Y"
        return "DURATION", f"P{fmt_num(n)}{u}", {"role": "age"}

    if rule in ("wd_mdy", "wd_dmy"):
        mo, d = month_num(g["m"]), int(g["d"])
        if g["y"]:
            return "DATE", f"{int(g['y']):04d}-{mo:02d}-{d:02d}"
        return "DATE", lambda r, t: month_day(r, t, mo, d)

    if rule == "mdy" or rule == "dmy":
        mo, d = month_num(g["m"]), int(g["d"])
        if d > calendar.monthrange(2000, mo)[1]:
            return None
        mod = premod(g.get("pm"))
        if g.get("rel"):
            k = _YEAR_SHIFT[g["rel"].lower()]
            return "DATE", lambda r, t: f"{r.year + k:04d}-{mo:02d}-{d:02d}" if r else f"XXXX-{mo:02d}-{d:02d}", {"mod": mod}
        y = int(g["y"]) if g.get("y") else _joined_year(text, c.end)
        if y:
            return "DATE", f"{y:04d}-{mo:02d}-{d:02d}", {"mod": mod}
        return "DATE", lambda r, t: month_day(r, t, mo, d), {"mod": mod}

    if rule == "my":
        return "DATE", f"{int(g['y']):04d}-{month_num(g['m']):02d}", {"mod": premod(g.get("pm"))}

    if rule == "month_rel_year":
        mo = month_num(g["m"])
        k = {"this": 0, "that": 0, "the same": 0, "last": -1, "the previous": -1, "next": 1, "the following": 1}[re.sub(r"\s+", " ", g["rel"].lower())]
        return "DATE", lambda r, t: f"{r.year + k}-{mo:02d}" if r else f"XXXX-{mo:02d}", {"mod": premod(g.get("pm"))}

    if rule == "month":
        mo, rel = month_num(g["m"]), g.get("rel")
        joined = None if rel else _joined_year(text, c.end)
        if joined:
            return "DATE", f"{joined:04d}-{mo:02d}", {"mod": premod(g.get("pm"))}
        return "DATE", lambda r, t: month_resolve(r, mo, rel, t) if r else f"XXXX-{mo:02d}", {"mod": premod(g.get("pm"))}

    if rule in ("day_tail", "day_head"):
        # 'April 24 and 25' tags the second day, '6-7 January 1916' the first
        mo, first, last = month_num(g["m"]), int(g["d"]), int(g["d2"])
        if not first < last <= calendar.monthrange(2000, mo)[1]:
            return None
        day = last if rule == "day_tail" else first
        if g.get("y"):
            return "DATE", f"{int(g['y']):04d}-{mo:02d}-{day:02d}"
        return "DATE", lambda r, t: month_day(r, t, mo, day)

    if rule == "numeric":
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        if len(g["y"]) == 2:
            y += 1900 if y > 30 else 2000
        if not (1 <= a <= 12 and 1 <= b <= 31):
            return None
        return "DATE", f"{y:04d}-{a:02d}-{b:02d}"

    if rule == "iso":
        return "DATE", f"{g['y']}-{g['m']}-{g['d']}"

    if rule == "year":
        y = g["y"]
        return "DATE", f"{int(y):04d}", {"mod": premod(g.get("pm"))}

    if rule == "half_of_year":
        return "DATE", f"{g['y']}-H{1 if g['h'].lower() == 'first' else 2}"

    if rule == "year_words":
        century = {"nineteen": 1900, "twenty": 2000}.get(g["c"].lower(), 2000)
        rest = g.get("r")
        if rest is None:
            if not low.startswith("the year") or century != 2000:
                return None
            return "DATE", "2000"
        n = parse_num(re.sub(r"^oh[\s-]", "", rest.lower()))
        if n is None or (century == 1900 and n < 10 and not rest.lower().startswith("oh")):
            return None
        if g["c"].lower() == "twenty" and not re.match(r"(?:oh|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)", rest.lower()):
            return None
        # broadcast transcripts spell years out: 'January nineteen ninety-seven'
        if g.get("m"):
            return "DATE", f"{century + int(n)}-{month_num(g['m']):02d}"
        if g.get("s"):
            return "DATE", f"{century + int(n)}-{SEASONS[g['s'].lower()]}"
        return "DATE", str(century + int(n))

    if rule == "year_bc":
        # 'April 480 BC', 'the spring of 480 BC': the era reaches the month or season before it
        tail = f"-{month_num(g['m']):02d}" if g.get("m") else (f"-{SEASONS[g['s'].lower()]}" if g.get("s") else "")
        return "DATE", f"BC{int(g['y']):04d}{tail}"

    if rule == "year_bc_head":
        # years BC count down: '499-493 BC'; '5-10 BC' is no range of years
        if int(g["y"]) <= int(g["y2"]):
            return None
        return "DATE", f"BC{int(g['y']):04d}"

    if rule == "part_of_date":
        part = DAY_PARTS[g["part"].lower()]
        d_text = g["d"]
        ym = re.search(YEAR4, d_text)
        mm = re.search(MONTH, d_text)
        dm = re.search(r"\b" + DAYNUM + r"\b", d_text)
        if not (mm and dm):
            return None
        mo, dd = month_num(mm.group(0)), int(dm.group(0))
        if ym:
            return "TIME", f"{ym.group(0)}-{mo:02d}-{dd:02d}T{part}"
        if g.get("rel"):
            # ("the evening of November 1 last year": the year the words name, as 'mdy' reads them)
            k = _YEAR_SHIFT[g["rel"].lower()]
            return "TIME", lambda r, t: (f"{r.year + k:04d}" if r else "XXXX") + f"-{mo:02d}-{dd:02d}T{part}"
        return "TIME", lambda r, t: month_day(r, t, mo, dd) + "T" + part

    if rule == "year_span":
        # '1915-17': TIMEX3 tags the two ends apart; this rule's span is the second, in the first's century
        y = int(g["y"])
        y2 = (y // 100) * 100 + int(g["y2"])
        if y2 <= y:
            return None
        return "DATE", str(y2)

    if rule == "decade":
        dec, dec_digits = g["dec"], g.get("dd")
        if dec == "'":
            d2 = int(dec_digits[0]) if dec_digits else None
            if d2 is None:
                return None
            return "DATE", f"19{d2}" if d2 >= 2 else f"20{d2}", {"mod": premod(g.get("pm"))}
        if dec_digits:
            return None
        return "DATE", dec[:3], {"mod": premod(g.get("pm"))}

    if rule == "decade_word":
        if not low.startswith(("the", "early", "late", "mid")) and "nineteen" not in low:
            return None  # 'in her forties' is an age bracket
        return "DATE", f"19{DATA['decade_words'][g['dw'].lower()]}", {"mod": premod(g.get("pm"))}

    if rule == "century":
        o = g["o"].lower()
        n = ORDINALS.get(o) or (int(re.sub(r"\D", "", o)) if re.fullmatch(r"\d+(?:st|nd|rd|th)", o) else None)
        if o in ("this", "the", "current", "last", "next", "past"):
            if o in ("past", "last") and not low.startswith("the"):
                return "DURATION", "P100Y"
            k = {"last": -1, "past": -1, "next": 1}.get(o, 0)
            return "DATE", lambda r, t: (f"{r.year // 100 + k:02d}" if r else "XX")
        if not n or n < 0:
            return None
        return "DATE", ("BC" if g.get("era") else "") + f"{n - 1:02d}", {"mod": premod(g.get("pm"))}

    if rule == "quarter":
        o = ORDINALS[g["o"].lower()]
        unit = g["u"].lower()
        if unit == "period" and o > 4:
            return None
        letter = "H" if unit == "half" else "Q"
        if letter == "H" and o > 2:
            return None
        year_text = g.get("y") or g.get("y2")
        if year_text:
            return "DATE", f"{year_text}-{letter}{o}"
        if g.get("yrel"):
            # 'the third quarter of last year', 'the first half of next year'
            k = _YEAR_SHIFT[g["yrel"].lower()]
            return "DATE", lambda r, t, o=o, letter=letter, k=k: f"{r.year + k}-{letter}{o}" if r else f"XXXX-{letter}{o}"

        back = 1 if g.get("ago") else 0
        # figures forecast for a quarter still to come ('expects fourth-quarter earnings') are this year's
        forecast = _FORECAST.search(text[max(0, c.start - 50) : c.start]) is not None

        def res(r: Optional[date], t: Tense, o=o, letter=letter) -> str:
            if r is None:
                return f"XXXX-{letter}{o}"
            start_month = 3 * o - 2 if letter == "Q" else 6 * o - 5
            y2 = r.year - back
            if date(r.year, start_month, 1) > r and t != "future" and not forecast:
                y2 -= 1
            return f"{y2}-{letter}{o}"

        return "DATE", res

    if rule == "week_of":
        mo, dd = month_num(g["m"]), int(g["d"])
        if g.get("y"):
            try:
                return "DATE", iso_week(date(int(g["y"]), mo, dd))
            except ValueError:
                return None
        return "DATE", lambda r, t: iso_week(date.fromisoformat(month_day(r, t, mo, dd))) if r else "XXXX-WXX"

    if rule == "quarter_of_year":
        unit = g["u"].lower()
        letter = "H" if unit == "half" else "Q"
        o = ORDINALS[g["o"].lower()] if g.get("o") else None
        if letter == "H" and (o is None or o > 2):
            return None
        k = _YEAR_SHIFT.get((g.get("rel") or "").lower(), 0)
        fixed = g.get("y")

        def res_qy(r: Optional[date], t: Tense, o=o, letter=letter, k=k, fixed=fixed) -> str:
            y = int(fixed) if fixed else (r.year + k if r else None)
            if y is None:
                return "XXXX-QX"
            if o is None:
                lq = ctx.last_quarter[-1] if ctx.last_quarter and ctx.last_quarter[-1].isdigit() else None
                return f"{y}-Q{lq}" if lq else str(y)
            return f"{y}-{letter}{o}"

        return "DATE", res_qy

    if rule == "quarter_ref":
        w = (g.get("w") or "").lower()
        unit = g["u"].lower()
        if unit == "period" and w not in ("latest", "year-earlier", "year-ago", "comparable", "year-before", "same"):
            return None
        if not w and not low.startswith("the"):
            return None
        if w in ("past", "previous", "prior") and unit == "quarter":
            return "DATE", lambda r, t: (prev_quarter(r, ctx, 1) if r else "XXXX-QX")
        if w in ("year-earlier", "year-ago", "comparable", "year-before"):
            return "DATE", lambda r, t: (year_earlier(r, ctx, unit) if r else "XXXX")
        if w == "current":
            return "DATE", lambda r, t: ("%d-Q%d" % quarter_of(r)) if r else "XXXX-QX"
        if w == "latest":
            return "DATE", lambda r, t: prev_quarter(r, ctx, 1) if r else "XXXX-QX"
        ended = _QUARTER_ENDED.match(text, c.end) if unit == "quarter" and not w else None
        if ended:
            # 'the quarter ended July 31' is May to July: the calendar quarter of its middle month,
            # unless the story already named the quarter
            end_mo, end_d = month_num(ended.group("m")), int(ended.group("d"))
            mid = (end_mo - 2) % 12 + 1

            def res_ended(r: Optional[date], t: Tense) -> str:
                if r is None:
                    return "XXXX-QX"
                if ctx.last_quarter:
                    return ctx.last_quarter  # a fiscal quarter named before ('its first quarter') keeps its name
                y_text = ended.group("y")
                end_year = int(y_text) if y_text else date.fromisoformat(month_day(r, "past", end_mo, end_d)).year
                y = end_year - (1 if mid > end_mo else 0)
                return f"{y}-Q{(mid - 1) // 3 + 1}"

            return "DATE", res_ended
        return "DATE", lambda r, t: (ctx.last_quarter or prev_quarter(r, ctx, 1)) if r else "XXXX-QX"

    if rule == "same_ago":
        unit = g["u"].lower()
        n = g.get("n")
        years = 1 if not n or n.lower() in ("a", "one") else int(parse_num(n) or 1)
        return "DATE", lambda r, t: same_period_back(r, ctx, unit, years) if r else "XXXX"

    if rule == "period_year_ago":
        # 'the corresponding period last year': the quarter being reported, a year back
        return "DATE", lambda r, t: (year_earlier(r, ctx, "quarter") if r else "XXXX")

    if rule == "year_earlier":
        w = re.sub(r"\s+", " ", g["w"].lower())
        tail = (g.get("tail") or "").strip().lower()
        if w == "a year before" and not tail:
            return None
        return "DATE", lambda r, t: (year_earlier(r, ctx, tail) if r else "XXXX")

    if rule == "nine_months":
        n = parse_num(g["n"])
        if not low.startswith("the") or n is None:
            return None
        return "DURATION", f"P{fmt_num(n)}M"

    return normalize_relative(c, surface, ctx, text)
