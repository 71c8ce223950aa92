"""Age arithmetic: ages stated on a dated article become birth-date ranges, and back.

Convention: a person's age on day ``d`` is the number of birthdays they have had, where
someone born on 29 February has their birthday on 1 March in common years (the usual
``year difference minus one if (month, day) has not come yet`` rule gives exactly that).

An age ``A`` stated in an article dated to the period ``[d0, d1]`` (one day, a month or a
year) is true on some unknown day of that period, so the birth date lies in::

    (d0 - (A+1) years, d1 - A years]  ==  [d0 - (A+1) years + 1 day, d1 - A years]

where ``d - n years`` on 29 February of a common target year falls back to 28 February.
Both endpoints are attainable, so the range is never wider than the text allows.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Optional, Sequence

from dateline.model import date_interval


def minus_years(day: date, years: int) -> date:
    """The same calendar day ``years`` earlier; 29 February becomes 28 February in a common year."""
    year = day.year - years
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return day.replace(year=year)


def age_on(born: date, on: date) -> int:
    """Completed years of life on ``on`` for someone born on ``born``."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def born_between(age: int, first: date, last: date) -> tuple[date, date]:
    """Every birth date that gives ``age`` on at least one day of ``[first, last]``."""
    if age < 0:
        raise ValueError(f"age must be >= 0, got {age}")
    if last < first:
        raise ValueError(f"empty period {first}..{last}")
    return minus_years(first, age + 1) + timedelta(days=1), minus_years(last, age)


def born_between_for(age: int, as_of: str) -> tuple[date, date]:
    """``born_between`` for an article date given as YYYY, YYYY-MM or YYYY-MM-DD."""
    period = date_interval(as_of)
    if period is None:
        raise ValueError("an age needs a dated article")
    return born_between(age, *period)


def age_range_on(born: tuple[date, date], first: date, last: Optional[date] = None) -> tuple[int, int]:
    """Youngest and oldest possible age over ``[first, last]`` for a birth date in ``born``."""
    last = last or first
    return age_on(born[1], first), age_on(born[0], last)


def intersect(ranges: Iterable[tuple[date, date]]) -> Optional[tuple[date, date]]:
    """The birth dates every range allows, or None when no single date fits them all."""
    items = list(ranges)
    if not items:
        return None
    lo = max(r[0] for r in items)
    hi = min(r[1] for r in items)
    return (lo, hi) if lo <= hi else None


@dataclass(frozen=True)
class Conflict:
    """Two birth ranges that no single birth date satisfies."""

    first: int
    second: int


def conflicts(ranges: Sequence[tuple[date, date]]) -> list[Conflict]:
    """Every pair of ranges (by index) that do not overlap."""
    out = []
    for i in range(len(ranges)):
        for j in range(i + 1, len(ranges)):
            if intersect([ranges[i], ranges[j]]) is None:
                out.append(Conflict(i, j))
    return out


def describe_ages(youngest: int, oldest: int) -> str:
    """'10', '10 or 11' or '10 to 12'."""
    if youngest == oldest:
        return str(youngest)
    if oldest == youngest + 1:
        return f"{youngest} or {oldest}"
    return f"{youngest} to {oldest}"
