"""Finds time expressions in plain text and normalizes them to TIMEX3 values (no spaCy needed).

The word lists live in ``dateline/patterns/times.json``; this module turns them into regular
expressions once, at import. Every relative expression is resolved by a small function of the
reference day; when the article date is only month- or year-precise, that function is run on
every day the article date can denote and the results are merged, so an expression the date
cannot fix comes out with X's in its value, the widest interval, and ``certain=False``.
"""

from __future__ import annotations

import bisect
import calendar
import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Callable, Iterable, Optional

from dateline.model import date_interval

PATTERNS = Path(__file__).resolve().parent.parent / "patterns"
DATA = json.loads((PATTERNS / "times.json").read_text(encoding="utf-8"))

MONTHS: dict[str, int] = DATA["months"]
WEEKDAYS: dict[str, int] = DATA["weekdays"]
NUMBERS: dict[str, float] = DATA["numbers"]
ORDINALS: dict[str, int] = DATA["ordinals"]
UNITS: dict[str, str] = DATA["units"]
SEASONS: dict[str, str] = DATA["seasons"]
DAY_PARTS: dict[str, str] = DATA["day_parts"]
FIXED_TIMES: dict[str, str] = DATA["fixed_times"]
FUZZY: dict[str, str] = DATA["fuzzy"]
SETS: dict[str, str] = DATA["sets"]
HOLIDAYS: dict[str, str] = DATA["holidays"]
NOT_AGE_NAMES = set(DATA["not_age_names"])
TIME_UNITS = set(DATA["time_units"])

Tense = Optional[str]  # "past", "present", "future" or None when unknown
Resolver = Callable[[date, Tense], str]


@dataclass
class Found:
    """One time expression found in the text, before it becomes a TimeExpr."""

    start: int
    end: int
    type: str
    value: str
    interval: Optional[tuple[str, str]] = None
    certain: bool = True
    role: Optional[str] = None
    anchor: Optional[str] = None
    mod: Optional[str] = None
    anchored_value: Optional[str] = None
    rule: str = ""
    extra: dict = field(default_factory=dict)


# --- regular expressions, built once from the word lists -------------------------------------


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _cap(words: Iterable[str]) -> str:
    """Alternation that only matches capitalized (or all-caps) forms: 'may' and 'march' are verbs."""
    forms = set()
    for w in words:
        forms.add(w.capitalize())
        forms.add(w.upper())
    return "(?-i:" + _alt(forms) + ")"


_month_names = [m for m in MONTHS if len(m) > 3 or m == "may"]
_month_abbr = [m for m in MONTHS if len(m) <= 4 and m != "may"]
MONTH = r"(?:" + _cap(_month_names) + r"|" + _cap(_month_abbr) + r"\.?)"
WEEKDAY = r"(?:" + _cap(WEEKDAYS) + r")"
WEEKDAY_PL = r"(?:" + _cap([w + "s" for w in WEEKDAYS if len(w) > 5]) + r")"
ORD_SUFFIX = r"(?:st|nd|rd|th)?"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])"
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
YEAR = r"(?:" + YEAR4 + r"|'\d\d)"
NUMWORD_ONES = "one|two|three|four|five|six|seven|eight|nine"
NUMWORD_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUM = (
    r"(?:(?:\d+|" + NUMWORD_ONES + r"|ten|eleven|twelve)\s+and\s+a\s+half|\d+\s+1/2|\d+(?:,\d{3})*(?:\.\d+)?|(?:" + NUMWORD_TENS + r")(?:[- ](?:" + NUMWORD_ONES + r"))?|"
    + _alt(k for k in NUMBERS if k not in ("a", "an"))
    + r"|an?(?=\s)|" + _alt(DATA["fuzzy_numbers"]) + r")"
)
UNIT = r"(?:" + _alt(UNITS) + r")"
UNIT_PL = r"(?:" + UNIT + r")(?:s|es)?"
SEASON = r"(?:" + _alt(SEASONS) + r")"
PART = r"(?:" + _alt(DAY_PARTS) + r")"
ZONE = r"(?:\s+(?-i:" + "|".join(DATA["zones"]) + r")\b)"
APPROX = r"(?:(?:about|around|almost|nearly|roughly|approximately|more\s+than|less\s+than|over|under|at\s+least|up\s+to|at\s+most|the\s+better\s+part\s+of)\s+)"
PREMOD = (
    r"(?:(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half|rest|remainder)\s+of\s+(?:the\s+)?"
    r"|(?:early|late|mid|earlier|later)(?:\s+|-)|mid-?)"
)
CLOCK = (
    r"(?:(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)|(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)"
    r"|(?:1[0-2]|0?[1-9])\s+o'clock|" + _alt(FIXED_TIMES) + r"|(?:1[0-2]|[1-9])\s+in\s+the\s+(?:morning|afternoon|evening))"
)
DAYWORD = r"(?:today|yesterday|tomorrow|tonight)"

REL = r"(?:this|last|next|past|previous|coming|following|current|that|the\s+same|the\s+previous|the\s+following|the\s+coming|the\s+past|the\s+last|the\s+next|the\s+current|recent|the\s+latest|latest)"

_R: list[tuple[str, str]] = [
    # ages first: they are the facts stage's input
    ("age_hyphen", r"\b(?P<n>" + NUM + r")[- ](?P<u>year|month|week|day)s?[- ]old\b"),
    ("age_aged", r"\b(?:aged?|ages)\s+(?P<n>\d{1,3})\b(?!\s*(?:%|percent|years?\s+(?:ago|earlier|later)))"),
    ("age_comma", r"\b(?P<name>[A-Z][A-Za-z'\-]+),\s(?P<n>\d{1,3})(?=\s*(?:,|;|\)|\band\b|\.(?!\d)))"),
    # explicit calendar dates
    ("wd_mdy", r"\b(?P<wd>" + WEEKDAY + r"),?\s+(?P<m>" + MONTH + r")\s+(?P<d>" + DAYNUM + r")" + ORD_SUFFIX + r"\b(?:,?\s+(?P<y>" + YEAR4 + r"))?\b"),
    ("mdy", r"\b(?P<pm>" + PREMOD + r")?(?P<m>" + MONTH + r")\s+(?P<d>" + DAYNUM + r")" + ORD_SUFFIX + r"\b(?:,?\s+(?P<y>" + YEAR4 + r")\b)?(?![:\d]|,\d)"),
    ("dmy", r"\b(?:the\s+)?(?P<d>" + DAYNUM + r")" + ORD_SUFFIX + r"\s+(?:of\s+)?(?P<m>" + MONTH + r")(?:,?\s+(?P<y>" + YEAR4 + r"))?\b"),
    ("my", r"\b(?P<pm>" + PREMOD + r")?(?P<m>" + MONTH + r"),?\s+(?:of\s+)?(?P<y>" + YEAR4 + r")\b"),
    ("month_rel_year", r"\b(?P<pm>" + PREMOD + r")?(?P<m>" + MONTH + r")\s+(?:of\s+)?(?P<rel>this|last|next|that|the\s+same|the\s+previous|the\s+following)\s+year\b"),
    ("month", r"\b(?P<pm>" + PREMOD + r")?(?:(?P<rel>this|last|next|past|that|the\s+same|the\s+previous|the\s+following|the\s+coming)\s+)?(?P<m>" + MONTH + r")(?!\s+\d)\b"),
    ("numeric", r"(?<![\d/.])(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\d/])"),
    ("iso", r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])"),
    ("half_of_year", r"\b(?:the\s+)?(?P<h>first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+(?:(?:fiscal|calendar)\s+)?(?P<y>" + YEAR4 + r")\b"),
    ("year", r"(?:(?<![\w$.,/-])|(?<=\d\d\d\d-))(?P<pm>" + PREMOD + r")?(?:(?P<fy>fiscal(?:\s+year)?|the\s+year|calendar(?:\s+year)?|FY)\s*)?(?P<y>" + YEAR4 + r")(?!\s*(?:%|percent|\bpeople\b|\bmembers\b|\bworkers\b|\bsoldiers\b|\btroops\b|\bjobs\b|\bunits\b|\bshares\b|\bpounds\b|\bmeters\b|\bfeet\b|\bmiles\b|\btons\b)|[\d,.]\d|(?-i:[a-z0-9_]))"),
    ("year_words", r"\b(?:the\s+year\s+|(?P<m>" + MONTH + r")\s+|(?:the\s+)?(?P<s>" + SEASON + r")\s+of\s+)?(?P<c>nineteen|twenty|two\s+thousand)(?:[\s-]+(?:and\s+)?(?P<r>(?:" + NUMWORD_TENS + r")(?:[\s-](?:" + NUMWORD_ONES + r"))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:oh[\s-])?(?:" + NUMWORD_ONES + r")))?\b"),
    ("year_bc", r"\b(?P<y>\d{1,4})\s*(?P<era>BCE?|B\.C\.(?:E\.)?)(?![\w])"),
    ("part_of_date", r"\b(?:(?:early|late)\s+in\s+)?the\s+(?:(?:early|late)\s+)?(?P<part>morning|afternoon|evening|night)(?:\s+hours)?\s+of\s+(?P<d>(?:" + MONTH + r")\s+" + DAYNUM + r"(?:,?\s+" + YEAR4 + r")?|" + DAYNUM + r"\s+(?:" + MONTH + r")(?:\s+" + YEAR4 + r")?)\b"),
    ("year_span", r"(?<![\w$.,/])(?P<y>" + YEAR4 + r")-(?P<y2>\d\d)(?![\d%])"),
    ("decade", r"\b(?:the\s+)?(?P<pm>(?:early|late|mid)(?:\s+|-))?(?P<dec>(?:1[5-9]|20)\d0|')(?P<dd>\d0)?'?s\b"),
    ("decade_word", r"\b(?:the\s+)?(?P<pm>(?:early|late|mid)(?:\s+|-))?(?:nineteen[\s-])?(?P<dw>" + _alt(DATA["decade_words"]) + r")\b"),
    ("century", r"\b(?:the\s+)?(?P<pm>(?:early|late|mid)(?:\s+|-))?(?P<o>\w+)(?:\s+|-)century\b"),
    # quarters and halves
    ("quarter", r"\b(?:the\s+)?(?:(?:comparable\s+)?(?P<ago>year-ago|year-earlier|prior-year|year-before)\s+)?(?:(?:company's|fiscal|calendar)\s+)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)(?:[- ]fiscal)?[- ](?P<u>quarter|half|period)(?:\s+of\s+(?:fiscal\s+)?(?P<y>" + YEAR4 + r")|\s+(?P<y2>" + YEAR4 + r"))?\b"),
    ("week_of", r"\b(?:the\s+)?week\s+of\s+(?P<m>" + MONTH + r")\s+(?P<d>" + DAYNUM + r")" + ORD_SUFFIX + r"\b(?:,?\s+(?P<y>" + YEAR4 + r")\b)?"),
    ("quarter_of_year", r"\b(?:the\s+)?(?:(?P<y>" + YEAR4 + r")|(?P<rel>this|last|next)\s+year's)\s+(?:(?:fiscal|calendar)\s+)?(?:(?P<o>first|second|third|fourth)[- ])?(?P<u>quarter|period|half)\b"),
    ("quarter_ref", r"\b(?:the\s+)?(?P<w>latest|current|same|recent|past|previous|prior|year-earlier|year-ago|comparable|fiscal|year-before)?\s*(?:fiscal\s+)?(?P<u>quarter|period)\b(?!-)"),
    ("period_year_ago", r"\b(?:the\s+)?(?:(?:corresponding|comparable|same)\s+)?(?:quarter|period)\s+(?:of\s+)?(?:a\s+year\s+(?:ago|earlier)|last\s+year|the\s+(?:previous|prior)\s+year)\b"),
    ("year_earlier", r"\b(?P<w>year-earlier|year-ago|a\s+year\s+earlier|a\s+year\s+ago|year\s+earlier|year\s+ago|a\s+year\s+before)(?P<tail>\s+(?:quarter|period|month|year))?\b"),
    ("nine_months", r"\b(?:the\s+)?(?:(?:year-earlier|year-ago|latest|comparable)\s+)?(?:first\s+)?(?P<n>six|nine|three|" + r"\d+)[- ]months?\b"),
    # weekdays, days, parts of day, clock times
    ("day_around", r"\b(?:the\s+)?day\s+(?P<dir>before|after)\s+(?P<rest>(?:(?:last|this|next|on)\s+)?" + WEEKDAY + r"|(?:" + MONTH + r")\s+" + DAYNUM + r"\b)"),
    ("hours_of", r"\bthe\s+(?P<adj>early|small|wee|late|morning|evening)\s+hours\s+of\s+(?P<rest>(?:(?:last|this|next|on)\s+)?(?:" + WEEKDAY + r"|" + DAYWORD + r")(?:\s+" + PART + r")?)\b"),
    ("clock_day", r"\b(?P<ap>(?:about|around|at|shortly\s+(?:before|after)|by|until|before|after)\s+)?(?P<c>" + CLOCK + r")" + ZONE + r"?(?:,?\s+(?:on\s+)?(?P<day>" + WEEKDAY + r"|" + DAYWORD + r"|(?:" + MONTH + r")\s+" + DAYNUM + r"\b))?"),
    ("day_clock", r"\b(?P<day>" + WEEKDAY + r"|" + DAYWORD + r")(?:\s+(?:at|around|about))?\s+(?P<c>" + CLOCK + r")" + ZONE + r"?"),
    ("weekday", r"\b(?P<pm>(?:early|late)\s+)?(?:(?P<rel>last|this|next|coming|past|the\s+following|the\s+previous|that)\s+)?(?P<wd>" + WEEKDAY + r")(?:\s+(?P<part>" + PART + r"))?\b"),
    ("dayword", r"\b(?P<pm>(?:earlier|later|early|late)\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight)(?:'s)?(?:\s+(?P<part>" + PART + r"))?\b"),
    ("this_part", r"\b(?P<pm>(?:earlier|later|early|late)\s+)?(?P<rel>this|last|that|tomorrow|yesterday)\s+(?P<part>morning|afternoon|evening|night)\b"),
    ("overnight", r"\b(?P<pm>(?:earlier|later|early|late)\s+)?(?P<part>overnight|mid-?\s?afternoon|mid-?\s?morning)\b(?:\s+(?P<day>yesterday|today|tomorrow|" + WEEKDAY + r")\b)?"),
    ("holiday", r"\b(?:(?P<rel>last|this|next)\s+)?(?P<h>(?-i:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted((k.title().replace("'S", "'s") for k in HOLIDAYS), key=len, reverse=True)) + r"))\b"),
    # relative units: last week, this year, earlier this month, the past two years, two weeks ago
    ("rel_unit", r"\b(?P<pm>" + PREMOD + r")?(?P<rel>" + REL + r")\s+(?P<unit>week|weekend|month|year|quarter|decade|century|fiscal\s+year|" + SEASON + r")\b(?!-)"),
    ("season", r"\b(?P<pm>(?:early|late|mid)(?:\s+|-))?(?:the\s+)?(?P<s>" + SEASON + r")(?:\s+(?:of\s+)?(?P<y>" + YEAR4 + r"))?\b"),
    ("num_unit", r"\b(?P<ap>" + APPROX + r")?(?P<the>(?:the|each\s+of\s+the)\s+)?(?P<rel>(?:past|last|next|first|coming|previous|following|latest|final|other|preceding|ensuing)\s+)?(?P<n>" + NUM + r")(?P<hy>[- ])(?:(?:more|additional|extra|straight|consecutive|trading|business|working|calendar)\s+)?(?P<u>" + UNIT_PL + r")\b(?P<half>\s+and\s+a\s+half\b)?(?!-old|[- ]olds)(?:(?P<dir>\s+(?:ago|earlier|later|from\s+now|hence|previously|back))\b)?"),
    ("rel_plural", r"\b(?P<ap>" + APPROX + r")?(?:(?P<the>the)\s+)?(?P<rel>past|last|next|coming|recent|previous|following|first|final)\s+(?P<u>" + UNIT + r")s\b"),
    ("bare_plural", r"\b(?P<u>years|months|weeks|days|decades|centuries|hours|minutes)(?P<dir>\s+(?:ago|earlier|later))?\b"),
    ("ahead", r"\bthe\s+(?:(?:next\s+)?few\s+)?(?P<u>years|months|weeks|days|hours)\s+(?:ahead|to\s+come)\b"),
    ("the_unit", r"\b(?P<w>the|that|the\s+same|the\s+entire|the\s+whole|the\s+full)\s+(?:fiscal\s+)?(?P<u>year|week|month|day|weekend|decade)\b(?=(?P<ended>\s+(?:ended|ending)\b))?(?!['-]|\s+(?:of|before|after|ago|earlier|later|when|that|in\s+which)\b)"),
    ("set_every", r"\b(?P<q>every|each|per|a)\s+(?:(?P<n>other|" + NUM + r")\s+)?(?P<u>" + UNIT_PL + r"|" + WEEKDAY + r"|" + MONTH + r"|morning|evening|night|afternoon|" + SEASON + r")\b"),
    ("set_word", r"\b(?P<w>" + _alt(SETS) + r")\b"),
    ("set_weekdays", r"\b(?:(?P<wd>" + WEEKDAY_PL + r")(?:\s+(?P<part>mornings|afternoons|evenings|nights))?|(?P<wd1>" + WEEKDAY + r")\s+(?P<part1>mornings|afternoons|evenings|nights))\b"),
    # only after a preposition: 'year-end results' is an adjective
    ("year_end", r"\b(?P<pre>(?:by|at|around|since|before|after|until|near|through|from|to)\s+)(?P<w>year[- ]end|year's\s+end)\b(?!-)"),
    ("fuzzy", r"\b(?P<w>" + _alt(FUZZY) + r")\b"),
]

RULES = [(name, re.compile(rx, re.IGNORECASE)) for name, rx in _R]
_CLOCK_DAY_AHEAD = re.compile(r"[^.;!?]{0,30}?\bon\s+(?P<m>" + MONTH + r")\s+(?P<d>" + DAYNUM + r")\b(?:,?\s+(?P<y>" + YEAR4 + r"))?", re.IGNORECASE)
PRIORITY = {name: i for i, (name, _) in enumerate(_R)}

# --- value helpers ---------------------------------------------------------------------------


def month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_num(word: str) -> int:
    w = word.lower().rstrip(".")
    if w.endswith("s") and w[:-1] in WEEKDAYS:
        w = w[:-1]
    return WEEKDAYS[w]


def parse_num(text: str) -> Optional[float]:
    """'twenty-four' -> 24, '1,200' -> 1200, 'several' -> None (fuzzy)."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    if re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", t):
        return float(t.replace(",", ""))
    if m := re.fullmatch(r"(\d+) 1/2", t):
        return int(m.group(1)) + 0.5
    if m := re.fullmatch(r"(.+) and a half", t):
        whole = parse_num(m.group(1))
        return None if whole is None else whole + 0.5
    if t in NUMBERS:
        return float(NUMBERS[t])
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return float(NUMBERS[parts[0]] + NUMBERS[parts[1]])
    return None


def fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def unit_code(word: str) -> str:
    w = word.lower()
    for suffix in ("ies", "es", "s"):
        if w.endswith(suffix) and w[: -len(suffix)] in UNITS:
            return UNITS[w[: -len(suffix)]]
    if w.endswith("ies") and w[:-3] + "y" in UNITS:
        return UNITS[w[:-3] + "y"]
    return UNITS.get(w, "X")


def duration(n: Optional[float], code: str) -> str:
    """TIMEX3 duration for n units ('Y', 'M', 'W', 'D', 'H', 'S', 'DE', 'CE', 'Q', 'WE'...)."""
    time = code in ("H", "S", "MIN")
    if code == "DE":
        code, n = "Y", (n * 10 if n is not None else None)
        if n is None:
            return "PXDE"
    elif code == "CE":
        code, n = "Y", (n * 100 if n is not None else None)
        if n is None:
            return "PXCE"
    elif code == "2W":
        code, n = "W", (n * 2 if n is not None else None)
    elif code == "6M":
        code, n = "M", (n * 6 if n is not None else None)
    elif code == "WE":
        code = "WE"
    if code == "MIN":
        code = "M"
    if n is None:
        return ("PT" if time else "P") + "X" + code
    if n != int(n):
        if code == "Y":
            return (f"P{int(n)}Y{fmt_num((n - int(n)) * 12)}M" if int(n) else "P" + fmt_num(n * 12) + "M") if (n * 12) == int(n * 12) else "P" + fmt_num(n) + "Y"
        if code == "D":
            return "PT" + fmt_num(n * 24) + "H"
        whole, frac = int(n), n - int(n)
        if code == "H":
            return f"PT{whole}H{fmt_num(frac * 60)}M" if whole else "PT" + fmt_num(frac * 60) + "M"
        if code == "MIN" or (time and code == "M"):
            return f"PT{whole}M{fmt_num(frac * 60)}S" if whole else "PT" + fmt_num(frac * 60) + "S"
    return ("PT" if time else "P") + fmt_num(n) + code


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def quarter_of(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def shift_quarter(y: int, q: int, k: int) -> tuple[int, int]:
    i = y * 4 + (q - 1) + k
    return i // 4, i % 4 + 1


def season_of(d: date) -> tuple[int, str]:
    m = d.month
    if m in (3, 4, 5):
        return d.year, "SP"
    if m in (6, 7, 8):
        return d.year, "SU"
    if m in (9, 10, 11):
        return d.year, "FA"
    return (d.year if m == 12 else d.year - 1), "WI"


SEASON_ORDER = ["WI", "SP", "SU", "FA"]
# how far back (characters) a quarter mention colours 'a year ago' into 'the year-ago quarter'
QUARTER_REACH = 400
# how far back (characters) a mentioned day still dates a bare clock time
CLOCK_REACH = 1000


def value_interval(value: str) -> Optional[tuple[date, date]]:
    """First and last day a TIMEX3 DATE/TIME value denotes, or None (durations, X's, refs)."""
    v = value.split("T", 1)[0] if re.match(r"^\d{4}-\d\d-\d\dT", value) else value
    try:
        if m := re.fullmatch(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", v):
            y, mo, d = m.groups()
            if d:
                x = date(int(y), int(mo), int(d))
                return x, x
            if mo:
                return date_interval(f"{y}-{mo}")  # type: ignore[return-value]
            return date(int(y), 1, 1), date(int(y), 12, 31)
        if m := re.fullmatch(r"(\d{4})-W(\d\d)(?:-(WE|\d))?", v):
            y, w, part = int(m.group(1)), int(m.group(2)), m.group(3)
            monday = date.fromisocalendar(y, w, 1)
            if part == "WE":
                return monday + timedelta(days=5), monday + timedelta(days=6)
            if part:
                x = monday + timedelta(days=int(part) - 1)
                return x, x
            return monday, monday + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
            y, q = int(m.group(1)), int(m.group(2))
            return date(y, 3 * q - 2, 1), date_interval(f"{y}-{3 * q:02d}")[1]  # type: ignore[index]
        if m := re.fullmatch(r"(\d{4})-H([12])", v):
            y, h = int(m.group(1)), int(m.group(2))
            return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
            y, s = int(m.group(1)), m.group(2)
            a, b = DATA["season_months"][s]
            if s == "WI":
                return date(y, 12, 1), date_interval(f"{y + 1}-02")[1]  # type: ignore[index]
            return date(y, a, 1), date_interval(f"{y}-{b:02d}")[1]  # type: ignore[index]
        if re.fullmatch(r"\d{3}", v):
            return date(int(v) * 10, 1, 1), date(int(v) * 10 + 9, 12, 31)
        if re.fullmatch(r"\d{2}", v):
            return date(int(v) * 100, 1, 1), date(int(v) * 100 + 99, 12, 31)
    except ValueError:
        return None
    return None


def merge_values(values: list[str]) -> str:
    """One TIMEX3 value covering several candidates: parts that differ become X's."""
    uniq = sorted(set(values))
    if len(uniq) == 1:
        return uniq[0]
    splits = [re.split(r"([-T])", v) for v in uniq]
    if len({len(s) for s in splits}) != 1:
        return "XXXX-XX-XX" if all(re.match(r"\d{4}-\d\d-\d\d", v) for v in uniq) else uniq[-1]
    out = []
    for parts in zip(*splits, strict=True):
        if len(set(parts)) == 1:
            out.append(parts[0])
        else:
            p = parts[0]
            out.append(re.sub(r"\d", "X", p) if len({len(x) for x in parts}) == 1 else "X" * len(p))
    return "".join(out)


# --- the context a resolver sees -------------------------------------------------------------


@dataclass
class Context:
    """Document-level state the rules consult (TimeBank financial conventions)."""

    last_quarter: Optional[str] = None  # e.g. "1989-Q3"
    last_quarter_at: int = -10**9
    at: int = 0  # offset of the expression being resolved
    last_value: Optional[str] = None
    last_value_at: int = -10**9


def _day(d: date, part: Optional[str] = None) -> str:
    return d.isoformat() + (("T" + part) if part else "")


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
        best = _nearest(firsts, base, "narrative" if tense == "narrative" else None)
        best = _lean_back(firsts, base, best, tense)
        # the tense only overrides the nearest month when that month is well away on the wrong side
        if tense == "past" and (best - base).days > 62:
            best = _nearest(firsts, base, "past")
        elif tense == "future" and (base - best).days > 62:
            best = _nearest(firsts, base, "future")
        y = best.year
    return f"{y}-{m:02d}"


def premod(text: Optional[str]) -> Optional[str]:
    if not text:
        return None
    t = text.lower()
    if "early" in t or "beginning" in t or "start" in t or "first half" in t:
        return "START"
    if "late" in t or "end" in t or "second half" in t or "rest" in t or "remainder" in t:
        return "END"
    if "mid" in t:
        return "MID"
    return None


def holiday_day(code: str, year: int) -> date:
    mm, dd = code.split("-")
    m = int(mm)
    if dd.isdigit():
        return date(year, m, int(dd))
    wd = {"MO": 1, "TH": 4}[dd[:2]]
    days = [date(year, m, d) for d in range(1, calendar.monthrange(year, m)[1] + 1) if date(year, m, d).isoweekday() == wd]
    return days[-1] if dd[2] == "L" else days[int(dd[2]) - 1]


# --- the tagger ------------------------------------------------------------------------------


@dataclass
class Candidate:
    start: int
    end: int
    rule: str
    m: re.Match


def find_candidates(text: str) -> list[Candidate]:
    """Every rule's matches; overlaps are settled longest first, then by rule order."""
    cands: list[Candidate] = []
    for name, rx in RULES:
        for m in rx.finditer(text):
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


def span_of(c: Candidate) -> tuple[int, int]:
    """Ages put their span on the number only ('Luna, 4' -> '4'; 'aged 81' -> '81')."""
    if c.rule in ("age_comma", "age_aged"):
        return c.m.start("n"), c.m.end("n")
    if c.rule == "clock_day" and c.m.group("ap"):
        return c.m.start("c"), c.end
    if c.rule == "year_end" and not re.match(r"(?i)around|near", c.m.group("pre") or ""):
        return c.m.start("w"), c.end
    return c.start, c.end


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
    narrative = is_narrative(text, cands, period)
    anchor: Optional[date] = None
    for c in cands:
        s, e = span_of(c)
        surface = text[s:e]
        tense = tense_at(s) if tense_at else None
        ctx.at = s
        use_refs = refs
        if anchor is not None and ((narrative and anaphoric(c)) or strongly_anaphoric(c)):
            # a history narrative: relative expressions follow the story's last date, not the DCT
            use_refs, tense = [anchor], "narrative"
        spec = normalize(c, surface, ctx, text)
        if spec is None:
            continue
        typ, val = spec[0], spec[1]
        if c.rule == "num_unit" and not narrative and (c.m.group("dir") or "").strip().lower() == "later":
            # news convention: 'three days later' is the duration; a history's is the date reached
            e = c.m.start("dir")
            n = parse_num(c.m.group("n"))
            if n is not None and c.m.group("half"):
                n += 0.5
            typ, val = "DURATION", duration(n, unit_code(c.m.group("u")))
        f = Found(start=s, end=e, type=typ, value="", rule=c.rule)
        if len(spec) > 2:
            f.role, f.mod = spec[2].get("role"), spec[2].get("mod")
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
        # a quarter still to come ('the third quarter of 1990') is not the one being reported
        reported = not refs or f.value < "%d-Q%d" % quarter_of(refs[-1])
        if re.fullmatch(r"\d{4}-Q[1-4]", f.value) and reported and (
            (c.rule in ("quarter", "rel_unit", "quarter_ref") and "year" not in surface.lower())
            or (c.rule == "quarter_of_year" and c.m.group("o") and (c.m.group("rel") or "").lower() == "this")
        ):
            ctx.last_quarter = f.value
            ctx.last_quarter_at = s
        if typ in ("DATE", "TIME"):
            ctx.last_value = f.value
            ctx.last_value_at = s
            if f.interval and f.certain and (not callable(val) or narrative) and c.rule not in ("year_earlier",):
                anchor = date.fromisoformat(f.interval[0])
        out.append(f)
    anchor_durations(text, out)
    return out


_ANAPHORIC_REL = {"that", "the same", "the previous", "the following", "the next", "the coming", "same", "previous", "following"}


def anaphoric(c: Candidate) -> bool:
    """Expressions that take their reference from the story ('in March', 'two days later',
    'the following year'), unlike deictic ones ('yesterday', 'last week', 'two years ago')."""
    g = c.m.groupdict()
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower()).strip()
    if c.rule in ("mdy", "dmy", "month", "season", "part_of_date", "holiday"):
        return not rel or rel in _ANAPHORIC_REL
    if c.rule in ("clock_day", "day_clock"):
        return not g.get("day") or not re.match(r"(?i)today|yesterday|tomorrow|tonight", g["day"])
    if c.rule == "num_unit":
        return (g.get("dir") or "").strip().lower() in ("later", "earlier", "before", "previously")
    if c.rule in ("rel_unit", "the_unit", "this_part"):
        return rel in _ANAPHORIC_REL or (g.get("w") or "").lower().strip() in ("that", "the same", "the")
    return False


def strongly_anaphoric(c: Candidate) -> bool:
    """'that year', 'the following month', 'the same day': the story's date even in news."""
    g = c.m.groupdict()
    rel = re.sub(r"\s+", " ", (g.get("rel") or g.get("w") or "").lower()).strip()
    return c.rule in ("rel_unit", "the_unit", "month_rel_year") and rel in ("that", "the same", "the following", "the previous")


def is_narrative(text: str, cands: list[Candidate], period: Optional[tuple[date, date]]) -> bool:
    """A history rather than news: most explicit years are far from the article date."""
    years = [int(c.m.group("y")) for c in cands if c.rule in ("year", "mdy", "my", "dmy") and c.m.group("y") and c.m.group("y").isdigit()]
    years += [-int(c.m.group("y")) for c in cands if c.rule == "year_bc"]
    if period is None or len(years) < 5:
        return False
    near = sum(abs(y - period[1].year) <= 2 for y in years)
    return near / len(years) < 0.25


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
                    f.anchored_value = _shift(iv[0], sign * k, u).isoformat()
                break
        else:
            # 'posted on Thursday, 11 days after it was announced': the anchor is the
            # earlier day in the same sentence moved back by the duration
            sentence_start = max(text.rfind(". ", 0, f.start), text.rfind("\n", 0, f.start))
            for g in reversed(found[:i]):
                if g.start > sentence_start and g.type in ("DATE", "TIME") and g.certain:
                    iv = value_interval(g.value)
                    if iv and iv[0] == iv[1]:
                        f.anchored_value = _shift(iv[0], -sign * k, u).isoformat()
                    break


def _shift(d: date, k: int, unit: str) -> date:
    if unit == "D":
        return d + timedelta(days=k)
    if unit == "W":
        return d + timedelta(weeks=k)
    if unit == "M":
        return add_months(d, k)
    return add_months(d, 12 * k)


def _sentence_start(text: str, pos: int) -> bool:
    return re.search(r"(?:^|[.!?:\n]\s*|[\"“]\s*)$", text[max(0, pos - 3) : pos]) is not None


def keep(c: Candidate, text: str, surface: str) -> bool:
    """Filters that need a look outside the match."""
    m = c.m
    before = text[max(0, c.start - 30) : c.start]
    after = text[c.end : c.end + 20]
    if c.rule == "age_comma":
        name = m.group("name")
        n = int(m.group("n"))
        if name in NOT_AGE_NAMES or name.lower().rstrip(".") in MONTHS or name.lower() in WEEKDAYS or not 0 < n < 120:
            return False
        # 'Paris, 3' in a list of places is rare; a preceding digit means an address or a score
        if re.search(r"\d\s*$", before):
            return False
        return True
    if c.rule == "year":
        y = int(m.group("y"))
        if not (1500 <= y <= 2099) and not m.group("fy"):
            return False
        if re.search(r"(?:\$|No\.|number|Nos?\.|#|Boeing|Airbus|flight|Flight|model|Model|Route|route)\s*$", before):
            return False
        if re.match(r"\s*(?:to|-)\s*\d+\s*(?:%|percent)", after):
            return False
    if c.rule == "fuzzy":
        w = m.group("w").lower()
        if w == "once" and not re.search(r"\b(?:was|were|had|has|have|is)\s+(?:\w+\s+)?$", before):
            return False
        if w == "current" and re.match(r"[- ]?(?:account|accounts|affairs|events|prices|dollars|liabilities|assets|ratio|contract|yield|coupon)\b", after.strip()):
            return False
        if w == "future" and re.match(r"\s*(?:contracts?|prices?|markets?|exchange|trading)\b", after):
            return False
        if w == "present" and not before.strip().endswith(("the", "at")):
            return False
    title_word = m.groupdict().get("u") if c.rule in ("num_unit", "bare_plural") else (m.group("c") if c.rule == "clock_day" else None)
    if title_word and title_word[0].isupper() and not _sentence_start(text, m.start("u") if c.rule != "clock_day" else m.start("c")):
        return False  # '60 Minutes', 'High Noon': titles
    if c.rule == "month":
        word = m.group("m")
        if not m.group("rel") and not m.group("pm") and re.search(r"\b(?:the|annual|a)\s+$", before, re.IGNORECASE) and re.match(r"\s+(?:for|of|to)\b", after):
            return False  # 'the annual March for Life'

        if word in ("March", "MARCH") and not (m.group("rel") or m.group("pm")) and (
            re.match(r"\s+(?:of|to|against)\s+the\b", after)
            or re.search(r"\bthe\s+$", before)
        ):
            return False  # 'the March to the Sea': a march, not the month
        if word == "May" and not (m.group("rel") or m.group("pm")) and not re.search(r"\b(?:in|of|since|until|by|through|during|from|before|after|early|late|mid|last|next|this)\s+$", before, re.IGNORECASE):
            return False
        if word.rstrip(".").lower() in ("mar", "jun", "jul", "sep", "dec", "oct", "nov", "jan", "feb", "apr", "aug", "sept") and not word.endswith(".") and not word.isupper():
            return False
    if c.rule in ("mdy", "my") and m.group("m") == "May" and not re.match(r"May\s+\d", surface[m.start("m") - c.start :]):
        return False
    if c.rule == "set_word" and m.group("w").lower() == "daily":
        # 'average daily volume' is a statistic, not a recurrence
        if re.search(r"\baverage\s+$", before, re.IGNORECASE):
            return False
    if c.rule == "rel_unit" and m.group("unit")[0].isupper() and not surface.isupper():
        return False  # a programme title: ABC's "This Week"
    if c.rule == "season" and m.group("s").lower() == "fall" and not m.group("y") and re.match(r"\s+of\s+(?!\d|the\s+year)", after):
        return False  # 'the fall of Atlanta' is a defeat, not autumn
    if c.rule == "num_unit" and m.group("n").lower() in ("a", "an") and m.group("u").lower() == "second" and re.match(r"\s+(?!(?:or|of|later|earlier|ago|after|before|and|to|in|for|longer|more|than)\b)[a-z]", after):
        return False  # 'a second attack' is an ordinal
    if c.rule == "set_every":
        q = m.group("q").lower()
        # 'twice a week' recurs; '$2 million a year' is a rate, which TimeBank leaves out
        if q == "a" and not re.search(r"(?:\btimes|\bonce|\btwice|\bthrice)\s*$", before):
            return False
        if q == "per" and m.group("n"):
            return False
    if c.rule == "the_unit" and m.group("w").lower() == "that" and m.group("u").lower() == "day":
        return True
    if c.rule == "bare_plural" and re.search(r"\b(?:the|those|these|their|his|her|its|our|my|early|later|final|last|first|of)\s+$", before, re.IGNORECASE) and not m.group("dir"):
        return False
    if c.rule == "num_unit":
        n = m.group("n").lower()
        if n in ("a", "an") and not (m.group("dir") or m.group("rel") or m.group("ap")):
            # 'a year' alone is a duration; 'a day' after a rate is a SET handled elsewhere
            if re.search(r"(?:\d|\bcents?|\bdollars?|\bpercent|%|\btimes|\bonce|\btwice|\bmillion|\bbillion)\s*$", before):
                return False
        if n in ("some", "many") and not m.group("dir"):
            return False
        if m.group("u").lower().startswith("quarter") and re.match(r"\s+of\b", text[c.end :]):
            return False  # 'three-quarters of the vote' is a fraction
        if m.group("hy") == " " and n.isdigit() and re.search(r"\d\s*$", before):
            return False
    return True


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

    if rule == "wd_mdy":
        mo, d = month_num(g["m"]), int(g["d"])
        if g["y"]:
            return "DATE", f"{int(g['y']):04d}-{mo:02d}-{d:02d}"
        return "DATE", lambda r, t: _md(r, t, mo, d)

    if rule == "mdy" or rule == "dmy":
        mo, d = month_num(g["m"]), int(g["d"])
        if d > calendar.monthrange(2000, mo)[1]:
            return None
        mod = premod(g.get("pm"))
        if g.get("y"):
            return "DATE", f"{int(g['y']):04d}-{mo:02d}-{d:02d}", {"mod": mod}
        return "DATE", lambda r, t: _md(r, t, mo, d), {"mod": mod}

    if rule == "my":
        return "DATE", f"{int(g['y']):04d}-{month_num(g['m']):02d}", {"mod": premod(g.get("pm"))}

    if rule == "month_rel_year":
        mo = month_num(g["m"])
        k = {"this": 0, "that": 0, "the same": 0, "last": -1, "the previous": -1, "next": 1, "the following": 1}[re.sub(r"\s+", " ", g["rel"].lower())]
        return "DATE", lambda r, t: f"{r.year + k}-{mo:02d}" if r else f"XXXX-{mo:02d}", {"mod": premod(g.get("pm"))}

    if rule == "month":
        mo, rel = month_num(g["m"]), g.get("rel")
        return "DATE", lambda r, t: month_resolve(r, mo, rel, t) if r else f"XXXX-{mo:02d}", {"mod": premod(g.get("pm"))}

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
        return "TIME", lambda r, t: _md(r, t, mo, dd) + "T" + part

    if rule == "year_span":
        y = int(g["y"])
        y2 = (y // 100) * 100 + int(g["y2"])
        if y2 != y + 1:
            return None
        return "DURATION", "P2Y"

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
        return "DATE", f"{n - 1:02d}", {"mod": premod(g.get("pm"))}

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

        back = 1 if g.get("ago") else 0

        def res(r: Optional[date], t: Tense, o=o, letter=letter) -> str:
            if r is None:
                return f"XXXX-{letter}{o}"
            start_month = 3 * o - 2 if letter == "Q" else 6 * o - 5
            y2 = r.year - back
            if date(r.year, start_month, 1) > r and t != "future":
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
        return "DATE", lambda r, t: iso_week(date.fromisoformat(_md(r, t, mo, dd))) if r else "XXXX-WXX"

    if rule == "quarter_of_year":
        unit = g["u"].lower()
        letter = "H" if unit == "half" else "Q"
        o = ORDINALS[g["o"].lower()] if g.get("o") else None
        if letter == "H" and (o is None or o > 2):
            return None
        k = {"this": 0, "last": -1, "next": 1}.get((g.get("rel") or "").lower(), 0)
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
            return "DATE", lambda r, t: (_prev_q(r, ctx, 1) if r else "XXXX-QX")
        if w in ("year-earlier", "year-ago", "comparable", "year-before"):
            return "DATE", lambda r, t: (_year_earlier(r, ctx, unit) if r else "XXXX")
        if w == "current":
            return "DATE", lambda r, t: ("%d-Q%d" % quarter_of(r)) if r else "XXXX-QX"
        if w == "latest":
            return "DATE", lambda r, t: _prev_q(r, ctx, 1) if r else "XXXX-QX"
        return "DATE", lambda r, t: (ctx.last_quarter or _prev_q(r, ctx, 1)) if r else "XXXX-QX"

    if rule == "period_year_ago":
        # 'the corresponding period last year': the quarter being reported, a year back
        return "DATE", lambda r, t: (_year_earlier(r, ctx, "quarter") if r else "XXXX")

    if rule == "year_earlier":
        w = re.sub(r"\s+", " ", g["w"].lower())
        tail = (g.get("tail") or "").strip().lower()
        if w == "a year before" and not tail:
            return None
        return "DATE", lambda r, t: (_year_earlier(r, ctx, tail) if r else "XXXX")

    if rule == "nine_months":
        n = parse_num(g["n"])
        if not low.startswith("the") or n is None:
            return None
        return "DURATION", f"P{fmt_num(n)}M"

    if rule == "day_around":
        sub = _day_phrase(g["rest"])
        if sub is None:
            return None
        step = -1 if g["dir"].lower() == "before" else 1
        return "DATE", lambda r, t: (date.fromisoformat(sub(r, t)) + timedelta(days=step)).isoformat() if r else "XXXX-XX-XX"

    if rule == "hours_of":
        inner = g["rest"]
        sub = _day_phrase(inner)
        if sub is None:
            return None
        part = "MO" if g["adj"].lower() in ("early", "small", "wee", "morning") else "NI"
        pm = re.search(PART, inner, re.IGNORECASE)
        if pm:
            part = DAY_PARTS.get(pm.group(0).lower(), part)
        return "TIME", lambda r, t: sub(r, t) + "T" + part

    if rule in ("clock_day", "day_clock"):
        clock = _clock(g["c"])
        if clock is None:
            return None
        day = g.get("day")
        if day:
            sub = _day_phrase(day)
            if sub is None:
                return None
            return "TIME", lambda r, t: sub(r, t) + "T" + clock
        # a day named just after ('at 5:34 a.m. local time on March 20, 2003') dates the clock
        ahead = _CLOCK_DAY_AHEAD.match(text, c.end, c.end + 60)
        if ahead:
            mo, dd = month_num(ahead.group("m")), int(ahead.group("d"))
            if ahead.group("y"):
                fixed = f"{ahead.group('y')}-{mo:02d}-{dd:02d}T{clock}"
                return "TIME", lambda r, t: fixed
            return "TIME", lambda r, t: (_md(r, t, mo, dd) if r else f"XXXX-{mo:02d}-{dd:02d}") + "T" + clock
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
            return _day(weekday_resolve(r, wd, rel, t), part)

        return typ, res_wd

    if rule == "dayword":
        w = re.sub(r"\s+", " ", g["w"].lower())
        dw_part = DAY_PARTS.get((g.get("part") or "").lower())
        off = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2, "the day after tomorrow": 2}[w]
        if w == "tonight":
            dw_part = "NI"
        typ = "TIME" if dw_part else "DATE"
        return typ, lambda r, t: (_day(r + timedelta(days=off), dw_part) if r else "XXXX-XX-XX" + (f"T{dw_part}" if dw_part else ""))

    if rule == "this_part":
        rel, part = g["rel"].lower(), DAY_PARTS[g["part"].lower()]
        off = {"this": 0, "that": 0, "last": -1 if part == "NI" else -1, "tomorrow": 1, "yesterday": -1}[rel]
        if rel == "last" and part != "NI":
            return None
        return "TIME", lambda r, t: (_day(r + timedelta(days=off), part) if r else f"XXXX-XX-XXT{part}")

    if rule == "overnight":
        part = DAY_PARTS.get(re.sub(r"\s+", " ", g["part"].lower()), "NI")
        if part == "AF" and "mid" not in low:
            return None
        sub = _day_phrase(g["day"]) if g.get("day") else None
        if sub is not None:
            return "TIME", lambda r, t: sub(r, t) + "T" + part
        return "TIME", lambda r, t: (_day(r, part) if r else f"XXXX-XX-XXT{part}")

    if rule == "holiday":
        code = HOLIDAYS[re.sub(r"\s+", " ", g["h"].lower())]
        rel = (g.get("rel") or "").lower()

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
        return _rel_unit(g, low, ctx, text[max(0, c.start - 40) : c.start])

    if rule == "season":
        s = SEASONS[g["s"].lower()]
        if g.get("y"):
            return "DATE", f"{g['y']}-{s}", {"mod": premod(g.get("pm"))}
        if not (g.get("pm") or re.search(r"\b(?:in|the|during|this|last|next|by|until|since|over)\s+$", text[max(0, c.start - 12) : c.start], re.IGNORECASE) or low.startswith("the")):
            return None
        return "DATE", lambda r, t: _season(r, s, "", t), {"mod": premod(g.get("pm"))}

    if rule == "num_unit":
        return _num_unit(g, low, ctx, text[max(0, c.start - 20) : c.start])

    if rule == "rel_plural":
        code = unit_code(g["u"])
        if g["rel"].lower() == "past" and not g.get("the"):
            return "DATE", "PAST_REF"  # 'in past years': some time before now, not a stretch
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
        if u == "year":
            return "DATE", lambda r, t: str(r.year) if r else "XXXX"
        if u == "month":
            return "DATE", lambda r, t: f"{r.year}-{r.month:02d}" if r else "XXXX-XX"
        if u == "week":
            if w == "the":
                # 'for the week' names a week the text has in mind, not necessarily this one
                return "DATE", lambda r, t: f"{r.year}-WXX" if r else "XXXX-WXX"
            return "DATE", lambda r, t: iso_week(r) if r else "XXXX-WXX"
        if u == "weekend":
            return "DATE", lambda r, t: _weekend(r, 0 if r is None or r.isoweekday() >= 6 or t == "future" else -1)
        if u == "day" and w in ("that", "the same"):
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
        return "DATE", lambda r, t: (str(r.year + back) if r else "XXXX"), {"mod": "END"}

    if rule == "set_word":
        return "SET", SETS[g["w"].lower()]

    if rule == "set_weekdays":
        set_part = g.get("part") or g.get("part1")
        p = ("T" + DAY_PARTS[set_part.lower()[:-1]]) if set_part else ""
        return "SET", f"XXXX-WXX-{weekday_num(g.get('wd') or g['wd1'])}{p}"

    if rule == "fuzzy":
        w = re.sub(r"\s+", " ", g["w"].lower())
        return "DATE", FUZZY[w]
    return None


def _nearest(cands: list[date], r: date, t: Tense) -> date:
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


def _lean_back(cands: list[date], r: date, best: date, t: Tense) -> date:
    if t in ("future", "narrative", "progressive") or best <= r:
        return best
    past = [x for x in cands if x <= r and (r - x).days <= LEAN_BACK_DAYS]
    return max(past) if past else best


def _md(r: Optional[date], t: Tense, mo: int, d: int) -> str:
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
    best = _nearest(cands, r, t if t == "narrative" else None)
    best = _lean_back(cands, r, best, t)
    far = 60
    if t == "past" and (best - r).days > far:
        best = _nearest(cands, r, "past")
    elif t == "future" and (r - best).days > far:
        best = _nearest(cands, r, "future")
    return best.isoformat()


def _prev_q(r: date, ctx: Context, k: int) -> str:
    y, q = quarter_of(r)
    y, q = shift_quarter(y, q, -k)
    return f"{y}-Q{q}"


_FIGURE_BEFORE = re.compile(r"(?:\d\s*(?:million|billion)?|cents|a\s+share|from|with)\s+$", re.IGNORECASE)


def _year_earlier(r: date, ctx: Context, tail: str = "") -> str:
    # 'the year-earlier period' names a period, so it is the last quarter talked about however far back
    near = tail in ("period", "quarter") or ctx.at - ctx.last_quarter_at < QUARTER_REACH
    if ctx.last_quarter and tail not in ("month", "year") and near:
        ly, lq = int(ctx.last_quarter[:4]), ctx.last_quarter[-1]
        if lq.isdigit():
            return f"{ly - 1}-Q{lq}"
    if tail == "month":
        return f"{r.year - 1}-{r.month:02d}"
    return str(r.year - 1)


def _weekend(r: Optional[date], k: int) -> str:
    if r is None:
        return "XXXX-WXX-WE"
    return iso_week(r + timedelta(weeks=k)) + "-WE"


def _season_start(y: int, s: str) -> date:
    return date(y, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s], 1)


def _season(r: Optional[date], s: str, rel: str, t: Tense) -> str:
    if r is None:
        return f"XXXX-{s}"
    cy, cs = season_of(r)
    y = r.year
    idx, cidx = SEASON_ORDER.index(s), SEASON_ORDER.index(cs)
    if rel in ("last", "past", "previous", "next", "coming", "following"):
        # seasons in calendar order; a winter carries the year of its December
        now = _season_start(cy, cs)
        starts = [(_season_start(yy, s), yy) for yy in range(r.year - 2, r.year + 2)]
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


def _day_phrase(phrase: str) -> Optional[Callable[[Optional[date], Tense], str]]:
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
        return lambda r, t: _md(r, t, mo, d)
    return None


def _clock(c: str) -> Optional[str]:
    c = re.sub(r"\s+", " ", c.lower().strip())
    if c in FIXED_TIMES:
        return FIXED_TIMES[c]
    m = re.fullmatch(r"(\d{1,2}) in the (morning|afternoon|evening)", c)
    if m:
        h = int(m.group(1))
        if m.group(2) != "morning" and h < 12:
            h += 12
        return f"{h:02d}:00"
    m = re.fullmatch(r"(\d{1,2})(?::(\d\d))?\s*(a\.m\.?|p\.m\.?|am|pm|o'clock)?", c)
    if not m:
        return None
    h, mi, ap = int(m.group(1)), m.group(2) or "00", (m.group(3) or "")
    if ap.startswith("p") and h < 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    if h > 24:
        return None
    return f"{h:02d}:{mi}"


def _rel_unit(g: dict, low: str, ctx: Context, before: str = ""):
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    unit = re.sub(r"\s+", " ", g["unit"].lower())
    mod = premod(g.get("pm"))
    extras = {"mod": mod}
    base = rel.replace("the ", "")
    if base in ("past", "last") and rel.startswith("the") and unit not in SEASONS:
        # 'the past year', 'the last month': a stretch of time ending now
        if unit in ("week", "month", "year", "decade", "quarter", "century", "weekend", "fiscal year"):
            code = unit_code(unit.replace("fiscal ", ""))
            return "DURATION", duration(1, code), extras
    if base == "recent":
        return "DATE", "PAST_REF", extras
    if base == "latest":
        if unit == "quarter":
            return "DATE", lambda r, t: (ctx.last_quarter or _prev_q(r, ctx, 1)) if r else "XXXX-QX", extras
        if unit in ("year", "fiscal year"):
            return "DATE", lambda r, t: str(r.year - 1) if r else "XXXX", extras  # the last one completed
        return None
    k = {"this": 0, "current": 0, "that": 0, "same": 0, "last": -1, "past": -1, "previous": -1,
         "next": 1, "coming": 1, "following": 1}.get(base)
    if k is None:
        return None
    if unit in SEASONS:
        s = SEASONS[unit]
        return "DATE", lambda r, t: _season(r, s, base, t), extras
    if unit == "year" and k == -1 and not mod and _FIGURE_BEFORE.search(before):
        # '$3 million last year' in a quarterly report compares with the year-ago quarter
        return "DATE", lambda r, t: _year_earlier(r, ctx) if r else "XXXX", extras
    if unit in ("year", "fiscal year"):
        return "DATE", lambda r, t: str(r.year + k) if r else "XXXX", extras
    if unit == "month":
        return "DATE", lambda r, t: add_months(r.replace(day=1), k).strftime("%Y-%m") if r else "XXXX-XX", extras
    if unit == "week":
        return "DATE", lambda r, t: iso_week(r + timedelta(weeks=k)) if r else "XXXX-WXX", extras
    if unit == "weekend":
        kk = k
        if base in ("this", "that", "same"):
            return "DATE", lambda r, t: _weekend(r, 0), extras
        if base in ("last", "past", "previous"):
            return "DATE", lambda r, t: _weekend(r, 0 if r and r.isoweekday() == 7 else -1), extras
        return "DATE", lambda r, t: _weekend(r, kk if r is None or r.isoweekday() < 6 else kk), extras
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
                    return _year_earlier(r, ctx)
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
