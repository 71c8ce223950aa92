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
import re
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


def period_label(first: date, last: date) -> str:
    """'on 2019-11-12', 'in 2019-11', 'in 2019' or 'between 2019-11-04 and 2019-11-10'."""
    if first == last:
        return f"on {first.isoformat()}"
    if first == date(first.year, 1, 1) and last == date(first.year, 12, 31):
        return f"in {first.year}"
    if first.day == 1 and last.year == first.year and last.month == first.month and (last + timedelta(days=1)).day == 1:
        return f"in {first.isoformat()[:7]}"
    return f"between {first.isoformat()} and {last.isoformat()}"


def died_aged(born: tuple[date, date], died: tuple[date, date], stated: Optional[int] = None) -> str:
    """What to say of a dead person's age: 'died in 2019 aged 81'. The dead have no present
    age; an age stated at the death is the age, else the birth range gives it on the death's
    days. `dateline age` and `facts --as-of` both answer with this."""
    if stated is not None:
        aged = str(stated)
    else:
        young, old = age_range_on(born, died[0], died[1])
        aged = describe_ages(max(young, 0), old)
    return f"died {period_label(*died)} aged {aged}"


# -- answering "how old is X on DATE" from extracted facts ---------------------------------


@dataclass(frozen=True)
class AgeEvidence:
    """One stated age behind an answer: where it was read and the birth range it gives."""

    source: str
    article_date: Optional[str]
    person: str
    age: int
    born: tuple[date, date]
    start: int
    end: int
    text: str

    def as_dict(self) -> dict:
        return {
            "source": self.source,
            "article_date": self.article_date,
            "person": self.person,
            "age": self.age,
            "born_between": [self.born[0].isoformat(), self.born[1].isoformat()],
            "evidence": {"start": self.start, "end": self.end, "text": self.text},
        }


@dataclass
class AgeAnswer:
    person: str
    on: tuple[date, date]
    evidence: list[AgeEvidence]
    born: Optional[tuple[date, date]]
    conflicts: list[tuple[AgeEvidence, AgeEvidence]]
    died: Optional[tuple[date, date]] = None
    age_at_death: Optional[int] = None

    @property
    def ages(self) -> Optional[tuple[int, int]]:
        if self.born and self.dead:
            assert self.died is not None
            if self.age_at_death is not None:
                return self.age_at_death, self.age_at_death
            return age_range_on(self.born, *self.died)
        return age_range_on(self.born, *self.on) if self.born else None

    @property
    def dead(self) -> bool:
        """Dead by the asked date: the age stopped at the death."""
        return self.died is not None and self.died[1] <= self.on[0]

    @property
    def answer(self) -> Optional[str]:
        ages = self.ages
        if ages is None:
            return None
        if self.dead and self.born:
            assert self.died is not None
            return died_aged(self.born, self.died, self.age_at_death)
        return describe_ages(*ages)

    def as_dict(self) -> dict:
        ages = self.ages
        return {
            "person": self.person,
            "on": self.on[0].isoformat() if self.on[0] == self.on[1] else [d.isoformat() for d in self.on],
            "age": None if ages is None else (ages[0] if ages[0] == ages[1] else list(ages)),
            "answer": self.answer,
            "died": None if self.died is None else [d.isoformat() for d in self.died],
            "born_between": None if self.born is None else [d.isoformat() for d in self.born],
            "evidence": [e.as_dict() for e in self.evidence],
            "conflicts": [[a.as_dict(), b.as_dict()] for a, b in self.conflicts],
        }


def _matches_person(entity, name: str) -> bool:
    """Case-insensitive: the query is the entity's name, one of its name mentions, or a run
    of whole words inside one ('Rosa' or 'Delgado' for 'Rosa Delgado')."""
    want = name.lower().split()
    if entity.type != "PERSON" or not want:
        return False
    names = [entity.name] + [m.text for m in entity.mentions if m.kind in ("name", "surname", "firstname")]
    for text in names:
        words = text.lower().split()
        if any(words[i : i + len(want)] == want for i in range(len(words) - len(want) + 1)):
            return True
    return False


def answer_age(extractions: Iterable, person: str, on: tuple[date, date]) -> tuple[bool, AgeAnswer]:
    """Intersect the birth ranges of every age stated for ``person`` in ``extractions``.
    Returns (person found, answer); the answer's ``conflicts`` lists pairs of stated ages that
    no single birth date satisfies, and then ``born`` is None."""
    found = False
    evidence: list[AgeEvidence] = []
    deaths: list[tuple[date, date]] = []
    at_death: dict[tuple[date, date], int] = {}
    for ex in extractions:
        ids = {e.id: e for e in ex.entities if _matches_person(e, person)}
        found = found or bool(ids)
        for f in ex.facts:
            if f.subject in ids and f.relation == "death" and f.value is not None:
                span = date_interval(str(f.value)) if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(f.value)) else None
                if span is not None:
                    deaths.append(span)
            if f.subject in ids and f.relation == "age" and f.as_of and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", f.as_of):
                span = date_interval(f.as_of)
                if span is not None and isinstance(f.value, int):
                    at_death[span] = f.value
        for f in ex.facts:
            if f.relation != "age" or f.subject not in ids or f.born_between is None:
                continue
            born = (date.fromisoformat(f.born_between[0]), date.fromisoformat(f.born_between[1]))
            evidence.append(AgeEvidence(
                source=ex.article.source or ex.article.id, article_date=ex.article.date, person=ids[f.subject].name,
                age=int(f.value), born=born, start=f.evidence.start, end=f.evidence.end, text=f.evidence.text,
            ))
    ranges = [e.born for e in evidence]
    both = intersect(ranges)
    pairs = [] if both is not None or not ranges else [(evidence[c.first], evidence[c.second]) for c in conflicts(ranges)]
    died = min(deaths, key=lambda d: d[1]) if deaths else None
    return found, AgeAnswer(person=person, on=on, evidence=evidence, born=both, conflicts=pairs, died=died,
                            age_at_death=at_death.get(died) if died else None)


def distinct_people(extractions: Iterable, person: str) -> list[str]:
    """The different full names a query matches across articles ('Okafor' -> Mara Okafor, Samuel
    Okafor). One full name, or only partial names, is one person as far as ages can tell."""
    names: dict[str, str] = {}
    for ex in extractions:
        for e in ex.entities:
            if _matches_person(e, person) and len(e.name.split()) > 1:
                names.setdefault(e.name.lower(), e.name)
    return sorted(names.values())
