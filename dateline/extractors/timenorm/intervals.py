"""Intervals and certainty: the days a TIMEX3 value denotes, and one value for several candidate
values (the parts they disagree on become X's)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from dateline.extractors.timenorm.patterns import DATA
from dateline.model import date_interval


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
