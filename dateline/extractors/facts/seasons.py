"""A death dated only by a season ('died in the spring of 2016') is dated by its year.

Which months a season covers depends on the hemisphere and on the reckoning (meteorological
spring starts on 1 March, astronomical on about the 20th; an Australian spring is September to
November), none of which the text says. The year is what it does say for certain, so the death
and the age held then are given at year precision, and the birth range follows from the year.
Winter is left alone: it straddles two years, and no one year holds it."""

from __future__ import annotations

import re

from dateline.ages import born_between_for
from dateline.model import Fact

_SEASON = re.compile(r"(\d{4})-(?:SP|SU|FA)")


def seasons_to_years(facts: list[Fact]) -> list[Fact]:
    out = []
    for f in facts:
        if f.relation == "death" and isinstance(f.value, str) and (m := _SEASON.fullmatch(f.value)):
            f = f.model_copy(update={"value": m.group(1)})
        elif f.relation == "age" and f.as_of and isinstance(f.value, int) and (m := _SEASON.fullmatch(f.as_of)):
            lo, hi = born_between_for(f.value, m.group(1))
            f = f.model_copy(update={"as_of": m.group(1), "born_between": (lo.isoformat(), hi.isoformat())})
        out.append(f)
    return out
