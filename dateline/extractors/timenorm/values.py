"""Value formatting: numbers, units and durations as TIMEX3 strings, and the record a found
expression becomes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from dateline.extractors.timenorm.patterns import FIXED_TIMES, NUMBERS, UNITS


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



def on_day(d: date, part: Optional[str] = None) -> str:
    return d.isoformat() + (("T" + part) if part else "")



def premod(text: Optional[str]) -> Optional[str]:
    if not text:
        return None
    t = text.lower()
    if t in ("pre-", "post-"):
        return "BEFORE" if t == "pre-" else "AFTER"  # 'post-1959': the year, with TIMEX3's mod
    if "early" in t or "beginning" in t or "start" in t or "first half" in t:
        return "START"
    if "late" in t or "end" in t or "second half" in t or "rest" in t or "remainder" in t:
        return "END"
    if "mid" in t:
        return "MID"
    return None



def clock_value(c: str) -> Optional[str]:
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
