"""Anchoring: what a relative expression counts from. The article date and the clause's tense pick
the side of a bare weekday, month or season; the document's last date anchors a history's
anaphoric expressions; a duration 'after X' names X as its anchor."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, Optional

from dateline.extractors.timenorm.dates import (
    SEASON_ORDER,
    iso_week,
    quarter_of,
    season_of,
    season_start,
    shift,
    shift_quarter,
)
from dateline.extractors.timenorm.intervals import value_interval
from dateline.extractors.timenorm.patterns import Candidate
from dateline.extractors.timenorm.values import Found

Tense = Optional[str]  # "past", "present", "future" or None when unknown
Resolver = Callable[[date, Tense], str]

# how far back (characters) a quarter mention colours 'a year ago' into 'the year-ago quarter'
QUARTER_REACH = 400
# how far back (characters) a mentioned day still dates a bare clock time
CLOCK_REACH = 1000


@dataclass
class Context:
    """Document-level state the rules consult (TimeBank financial conventions)."""

    last_quarter: Optional[str] = None  # e.g. "1989-Q3"
    last_quarter_at: int = -10**9
    at: int = 0  # offset of the expression being resolved
    last_value: Optional[str] = None
    last_value_at: int = -10**9
    history: list[tuple[int, str]] = field(default_factory=list)  # (offset, value) of every DATE/TIME so far
    days: list[tuple[int, str, date]] = field(default_factory=list)  # (offset, text, day) of each day-precise one
    narrative: bool = False  # a history: its conventions differ from news (WikiWars against TimeBank)


def last_day(ctx: Context) -> Optional[tuple[str, date]]:
    """The day the story last named ('on March 3', 'Tuesday'), within reach, with its text:
    what 'the next day' and 'two days later' count from."""
    if ctx.days and ctx.at - ctx.days[-1][0] < CLOCK_REACH:
        return ctx.days[-1][1], ctx.days[-1][2]
    return None


_DATELINE_AFTER = re.compile(r"[^\n.]{0,30}?(?:--|—|–|\s-\s|\s_\s|\(\w[\w ]*\)|\n)")


def is_dateline(text: str, start: int, end: int) -> bool:
    """'WASHINGTON, Tuesday March 4, 2014 --' at the top: the story's date, not a day it tells of."""
    # (``text[:start].lstrip()``, read from the text's first word, not copied: this runs per time
    # expression, and a copy of all the text before each was quadratic in a long article)
    upto = min(start, len(text)) if start >= 0 else len(text[:start])
    first = 0
    while first < upto and text[first].isspace():
        first += 1
    if upto - first > 60:
        return False
    lead = text[first:upto]
    if len(lead) > 60 or "\n" in lead or re.search(r"[a-z][.!?]\s", lead):
        return False
    return _DATELINE_AFTER.match(text, end) is not None



def weekday_resolve(ref: date, wd: int, rel: Optional[str], tense: Tense) -> date:
    rel = (rel or "").lower().strip()
    delta = wd - ref.isoweekday()
    if rel == "last" or rel == "past" or rel.endswith("previous"):
        back = (ref.isoweekday() - wd) % 7 or 7
        return ref - timedelta(days=back)
    if rel == "next" or rel == "coming" or rel.endswith("following"):
        fwd = (wd - ref.isoweekday()) % 7 or 7
        return ref + timedelta(days=fwd)
    if rel == "this":
        return ref + timedelta(days=delta)
    if delta == 0:
        return ref
    if tense in ("future", "progressive"):
        return ref + timedelta(days=(wd - ref.isoweekday()) % 7)
    return ref - timedelta(days=(ref.isoweekday() - wd) % 7)


def month_resolve(ref: date, m: int, rel: Optional[str], tense: Tense) -> str:
    rel = (rel or "").lower()
    y = ref.year
    if rel in ("last", "past", "the previous"):
        y = y if m < ref.month else y - 1
    elif rel in ("next", "the following", "the coming"):
        y = y if m > ref.month else y + 1
    elif rel in ("this", "that", "the same"):
        pass
    else:
        firsts = [date(yy, m, 1) for yy in (y - 1, y, y + 1)]
        base = ref.replace(day=1)
        best = nearest(firsts, base, "narrative" if tense == "narrative" else None)
        best = lean_back(firsts, base, best, tense)
        # the tense only overrides the nearest month when that month is well away on the wrong side
        if tense == "past" and (best - base).days > 62:
            best = nearest(firsts, base, "past")
        elif tense == "future" and (base - best).days > 62:
            best = nearest(firsts, base, "future")
        y = best.year
    return f"{y}-{m:02d}"



def nearest(cands: list[date], r: date, t: Tense) -> date:
    """Pick among same-named dates in adjacent years: the tense decides the side of the
    article date, otherwise the nearest one wins. In a narrative the story's year wins."""
    if t == "narrative":
        same = [x for x in cands if x.year == r.year]
        if same:
            return same[0]
    slack = timedelta(days=3)
    if t == "past":
        past = [x for x in cands if x <= r + slack]
        if past:
            return max(past)
    if t == "future":
        fut = [x for x in cands if x >= r - slack]
        if fut:
            return min(fut)
    return min(cands, key=lambda x: abs((x - r).days))


# News looks back more than ahead: at about half a year either way, the past wins
LEAN_BACK_DAYS = 190


def lean_back(cands: list[date], r: date, best: date, t: Tense) -> date:
    if t in ("future", "narrative", "progressive") or best <= r:
        return best
    past = [x for x in cands if x <= r and (r - x).days <= LEAN_BACK_DAYS]
    return max(past) if past else best


def month_day(r: Optional[date], t: Tense, mo: int, d: int) -> str:
    if r is None:
        return f"XXXX-{mo:02d}-{d:02d}"
    cands = []
    for y in (r.year - 1, r.year, r.year + 1):
        try:
            cands.append(date(y, mo, d))
        except ValueError:
            pass
    if not cands:
        return f"{r.year}-{mo:02d}-{d:02d}"
    best = nearest(cands, r, t if t == "narrative" else None)
    best = lean_back(cands, r, best, t)
    far = 60
    if t == "past" and (best - r).days > far:
        best = nearest(cands, r, "past")
    elif t == "future" and (r - best).days > far:
        best = nearest(cands, r, "future")
    return best.isoformat()


def prev_quarter(r: date, ctx: Context, k: int) -> str:
    y, q = quarter_of(r)
    y, q = shift_quarter(y, q, -k)
    return f"{y}-Q{q}"




def year_earlier(r: date, ctx: Context, tail: str = "") -> str:
    # 'the year-earlier period' names a period, so it is the last quarter talked about however far back
    near = tail in ("period", "quarter") or ctx.at - ctx.last_quarter_at < QUARTER_REACH
    if ctx.last_quarter and tail not in ("month", "year") and near:
        ly, lq = int(ctx.last_quarter[:4]), ctx.last_quarter[-1]
        if lq.isdigit():
            return f"{ly - 1}-Q{lq}"
    if tail == "month":
        return f"{r.year - 1}-{r.month:02d}"
    return str(r.year - 1)



# how far back (characters) a mentioned period is still 'the same period' a comparison means
PERIOD_REACH = 600
# the part of a value that names a period at each granularity ('2021-03-04' is in month '2021-03')
_GRAIN = {
    "day": re.compile(r"^\d{4}-\d\d-\d\d"),
    "week": re.compile(r"^\d{4}-W\d\d$"),
    "month": re.compile(r"^\d{4}-\d\d(?=$|-\d\d|-XX)"),
    "quarter": re.compile(r"^\d{4}-Q[1-4]$"),
    "half": re.compile(r"^\d{4}-H[12]$"),
    "season": re.compile(r"^\d{4}-(?:SP|SU|FA|WI)$"),
}
_PERIOD_GRAINS = ("quarter", "half", "month", "season", "week")


def same_period_back(r: date, ctx: Context, unit: str, years: int) -> str:
    """'the same month a year ago', 'the same period last year': the period last talked about,
    at the unit's own granularity (a month stays a month), ``years`` back. Without one nearby,
    the article's own month, week or day; a bare 'period' falls back on the quarter convention."""
    grains = _PERIOD_GRAINS if unit in ("period", "time") else (unit,)
    for at, value in reversed(ctx.history):
        if ctx.at - at > PERIOD_REACH:
            break
        for grain in grains:
            if m := _GRAIN[grain].match(value):
                return _years_back(m.group(0), years)
    if unit == "month":
        return _years_back(f"{r.year}-{r.month:02d}", years)
    if unit == "week":
        return _years_back(iso_week(r), years)
    if unit == "day":
        return _years_back(r.isoformat(), years)
    if years == 1:
        return year_earlier(r, ctx, "quarter")
    return str(r.year - years)


def _years_back(value: str, years: int) -> str:
    y, rest = int(value[:4]) - years, value[4:]
    if rest == "-02-29":
        rest = "-02-28"  # no leap day in the earlier year
    return f"{y:04d}{rest}"


def season_value(r: Optional[date], s: str, rel: str, t: Tense) -> str:
    if r is None:
        return f"XXXX-{s}"
    cy, cs = season_of(r)
    y = r.year
    idx, cidx = SEASON_ORDER.index(s), SEASON_ORDER.index(cs)
    if rel in ("last", "past", "previous", "next", "coming", "following"):
        # seasons in calendar order; a winter carries the year of its December
        now = season_start(cy, cs)
        starts = [(season_start(yy, s), yy) for yy in range(r.year - 2, r.year + 2)]
        if rel in ("last", "past", "previous"):
            return f"{max(x for x in starts if x[0] < now)[1]}-{s}"
        return f"{min(x for x in starts if x[0] > now)[1]}-{s}"
    if rel in ("this", "current") or not rel:
        if s == "WI":
            y = cy if cs == "WI" else r.year
        if t == "narrative":
            return f"{r.year}-{s}"
        if not rel and t == "past" and idx > cidx and s != "WI":
            y -= 1
        if not rel and t == "future" and idx < cidx:
            y += 1
    return f"{y}-{s}"



_ANAPHORIC_REL = {"that", "the same", "the previous", "the following", "the next", "the coming", "same", "previous", "following"}


def anaphoric(c: Candidate) -> bool:
    """Expressions that take their reference from the story ('in March', 'two days later',
    'the following year'), unlike deictic ones ('yesterday', 'last week', 'two years ago')."""
    g = c.m.groupdict()
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower()).strip()
    if c.rule in ("mdy", "dmy", "day_tail", "day_head", "month", "season", "part_of_date", "holiday"):
        return not rel or rel in _ANAPHORIC_REL
    if c.rule in ("clock_day", "day_clock"):
        return not g.get("day") or not re.match(r"(?i)today|yesterday|tomorrow|tonight", g["day"])
    if c.rule == "num_unit":
        return (g.get("dir") or "").strip().lower() in ("later", "earlier", "before", "previously")
    if c.rule in ("day_rel", "ord_unit"):
        return True
    if c.rule == "this_part" and rel == "the":
        return True  # 'in the morning': of the day the story is on
    if c.rule in ("rel_unit", "the_unit", "this_part"):
        return rel in _ANAPHORIC_REL or re.sub(r"\s+", " ", (g.get("w") or "").lower()).strip() in ("that", "the same", "that same", "the")
    return False


_SPACES = re.compile(r"\s+")  # (compiled once: asked of every candidate)


def strongly_anaphoric(c: Candidate) -> bool:
    """'that year', 'the following month', 'the same day': the story's date even in news."""
    g = c.m.groupdict()
    rel = _SPACES.sub(" ", (g.get("rel") or g.get("w") or "").lower()).strip()
    return c.rule in ("rel_unit", "the_unit", "month_rel_year") and rel in ("that", "the same", "that same", "the following", "the previous")


_TOLD = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$")


def told_anchor(ctx: Context, unit: str) -> Optional[date]:
    """The date the story last told at the unit's precision or finer, within reach: 'In March ...
    The following month' counts from March even when March was itself read from the article date."""
    need = {"day": 3, "week": 3, "weekend": 3, "month": 2}.get(unit, 1)
    for at, value in reversed(ctx.history):
        if ctx.at - at > CLOCK_REACH:
            break
        m = _TOLD.match(value)
        if m and sum(g is not None for g in m.groups()) >= need:
            return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    return None


# explicit years a text must give before it can count as a history of recent years
NARRATIVE_YEARS = 20


def is_narrative(text: str, cands: list[Candidate], period: Optional[tuple[date, date]]) -> bool:
    """A history rather than news: most explicit years are far from the article date."""
    years = [int(c.m.group("y")) for c in cands if c.rule in ("year", "mdy", "my", "dmy") and c.m.group("y") and c.m.group("y").isdigit()]
    years += [-int(c.m.group("y")) for c in cands if c.rule == "year_bc"]
    if period is None or len(years) < 5:
        return False
    near = sum(abs(y - period[1].year) <= 2 for y in years)
    # a long account of recent years ('2003 ... 2008' read in 2009) is a history too: few of
    # its many years are the article's own
    same = sum(y == period[1].year for y in years)
    return near / len(years) < 0.25 or (len(years) >= NARRATIVE_YEARS and same / len(years) < 0.15)


_ANCHOR = re.compile(r"\s*,?\s*(?:just\s+|only\s+)?(?P<dir>after|before|since|following|prior\s+to|from)\s+(?P<a>[^.;:!?\n]{1,160})")


def anchor_durations(text: str, found: list[Found]) -> None:
    """'11 days after it was announced': keep P11D, mark it anchored and name the anchor."""
    for i, f in enumerate(found):
        if f.type != "DURATION" or f.role == "age":
            continue
        m = _ANCHOR.match(text, f.end)
        if not m:
            continue
        anchor = m.group("a")
        cut = re.search(r",|\s(?:and|but|when|while|which|who|said|says)\s|\"|”", anchor)
        if cut:
            anchor = anchor[: cut.start()]
        words = anchor.split()
        if not words:
            continue
        anchor = " ".join(words[:14])
        f.role, f.anchor = "anchored", anchor.strip()
        n = re.fullmatch(r"P(\d+)([DWMY])", f.value)
        if not n:
            continue
        k, u = int(n.group(1)), n.group(2)
        sign = -1 if m.group("dir").lower() in ("before", "prior to") else 1
        a_start = m.start("a")
        # '11 days after Monday's vote': the event is the anchor's day moved by the duration
        for g in found[i + 1 :]:
            if a_start <= g.start < a_start + len(anchor) and g.type in ("DATE", "TIME") and g.certain:
                iv = value_interval(g.value)
                if iv and iv[0] == iv[1]:
                    f.anchored_value = shift(iv[0], sign * k, u).isoformat()
                break
        else:
            # 'posted on Thursday, 11 days after it was announced': the anchor is the
            # earlier day in the same sentence moved back by the duration
            sentence_start = max(text.rfind(". ", 0, f.start), text.rfind("\n", 0, f.start))
            for g in reversed(found[:i]):
                if g.start > sentence_start and g.type in ("DATE", "TIME") and g.certain:
                    iv = value_interval(g.value)
                    if iv and iv[0] == iv[1]:
                        f.anchored_value = shift(iv[0], -sign * k, u).isoformat()
                    break
