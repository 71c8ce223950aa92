"""Calendar arithmetic: months, ISO weeks, quarters, seasons, weekends and holidays."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Optional


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


def holiday_day(code: str, year: int) -> date:
    mm, dd = code.split("-")
    m = int(mm)
    if dd.isdigit():
        return date(year, m, int(dd))
    wd = {"MO": 1, "TH": 4}[dd[:2]]
    days = [date(year, m, d) for d in range(1, calendar.monthrange(year, m)[1] + 1) if date(year, m, d).isoweekday() == wd]
    return days[-1] if dd[2] == "L" else days[int(dd[2]) - 1]



def shift(d: date, k: int, unit: str) -> date:
    if unit == "D":
        return d + timedelta(days=k)
    if unit == "W":
        return d + timedelta(weeks=k)
    if unit == "M":
        return add_months(d, k)
    return add_months(d, 12 * k)



def weekend(r: Optional[date], k: int) -> str:
    if r is None:
        return "XXXX-WXX-WE"
    return iso_week(r + timedelta(weeks=k)) + "-WE"


def season_start(y: int, s: str) -> date:
    return date(y, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s], 1)
