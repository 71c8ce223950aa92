"""Facts other facts rule out. A parent born after the child: 'the grandson of its founder,
Kobus (1903 - 1968). His father, Pieter, ... died on Sunday aged 96': a pronoun resolved to
the wrong man made Pieter, born in 1927, the father of a man born in 1903. A second, smaller
number of children (``largest_count_each``). Two ages of one person at one date
(``_one_age_each``)."""

from __future__ import annotations

import re
from typing import Optional

from dateline.model import Fact, TimeExpr

# (Only a parent born after the child is ruled out, not one born a few years before: an age may
# itself be a misreading, as "her husband, 51" read as the mother's, and then the kin fact is
# the right one.)


def _birth_years(facts: list[Fact], times: list[TimeExpr]) -> dict[str, tuple[int, int]]:
    """Each person's possible birth years, from an age's birth range or a dated birth."""
    when = {t.id: t.value for t in times}
    years: dict[str, tuple[int, int]] = {}
    for f in facts:
        span: Optional[tuple[int, int]] = None
        if f.relation == "age" and f.born_between is not None:
            span = (int(f.born_between[0][:4]), int(f.born_between[1][:4]))
        elif f.relation == "event" and f.value == "birth" and f.object is None and f.time is not None:
            m = re.match(r"(\d{4})", when.get(f.time, ""))
            span = (int(m.group(1)), int(m.group(1))) if m else None
        if span is not None:
            lo, hi = years.get(f.subject, span)
            years[f.subject] = (max(lo, span[0]), min(hi, span[1])) if max(lo, span[0]) <= min(hi, span[1]) else (lo, hi)
    return years


def impossible_generations(facts: list[Fact], times: list[TimeExpr]) -> list[Fact]:
    """The facts without a parent born after the child, nor a parent or child who is the
    other's husband or wife ("survived by her husband of 58 years, Harold Pike, 84, a retired
    machinist, three children ...": a survivors' list read on past the spouse)."""
    years = _birth_years(facts, times)
    married = {frozenset((f.subject, f.object)) for f in facts if f.relation == "spouse" and f.object is not None}

    def possible(f: Fact) -> bool:
        if f.relation not in ("child", "parent") or f.object is None:
            return True
        if frozenset((f.subject, f.object)) in married:
            return False
        parent, child = (f.subject, f.object) if f.relation == "child" else (f.object, f.subject)
        if parent not in years or child not in years:
            return True
        return years[parent][0] <= years[child][1]

    return [f for f in facts if possible(f)]


def largest_count_each(facts: list[Fact]) -> list[Fact]:
    """One number of children per person, the largest the article gives: a smaller one counts
    some of them only ('The couple had four children' ... 'I have three children', said after one
    died; 'two sons by his first marriage')."""
    most: dict[str, int] = {}
    for f in facts:
        if f.relation == "number_of_children" and isinstance(f.value, int):
            most[f.subject] = max(most.get(f.subject, f.value), f.value)
    return [f for f in facts if f.relation != "number_of_children" or not isinstance(f.value, int) or f.value == most[f.subject]]


def _one_age_each(facts: list[Fact]) -> list[Fact]:
    """One article gives a person one age. Two different ones mean a rule read a pronoun
    resolved to the wrong person: keep the most certain reading (a number written next to
    the name beats one reached through 'he'), the earliest on a tie; and an age at another
    date that agrees on the birth (``_births_meet``)."""
    best: dict[str, Fact] = {}
    for f in facts:
        if f.relation == "age":
            cur = best.get(f.subject)
            if cur is None or f.confidence > cur.confidence:
                best[f.subject] = f
    # an age held on another date that fits the same birth ("in 1983, aged 24" of one who is 66
    # in 2025) is the same person's, not a misread
    also: dict[tuple[str, str], Fact] = {}
    for f in facts:
        b = best.get(f.subject) if f.relation == "age" else None
        if b is not None and f is not b and f.as_of and b.as_of and f.as_of != b.as_of and _births_meet(f, b):
            cur = also.get((f.subject, f.as_of))
            if cur is None or f.confidence > cur.confidence:
                also[(f.subject, f.as_of)] = f
    kept = {id(f) for f in best.values()} | {id(f) for f in also.values()}
    return [f for f in facts if f.relation != "age" or id(f) in kept]


def _births_meet(a: Fact, b: Fact) -> bool:
    # (ISO date strings, so not dateline.ages.intersect, which takes dates)
    return a.born_between is not None and b.born_between is not None and \
        a.born_between[0] <= b.born_between[1] and b.born_between[0] <= a.born_between[1]
