"""The facts stage's table of facts so far (``_Ctx.facts``): a dict by fact key that also keeps
the facts of each relation and person, and each relation's facts by their evidence's start. A
rule asking per match whether some fact already says it read every fact (quadratic in a long
article); it reads here only the facts that can answer."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Iterator
from typing import Any, NoReturn

from dateline.model import Fact


class FactTable(dict):
    """Changed only by ``table[key] = fact`` and ``del table[key]`` (the other ways to change a
    dict raise, so that the indexes cannot go stale). The views keep the table's order."""

    def __init__(self) -> None:
        super().__init__()
        self._of: dict[tuple[str, str], dict[Any, Fact]] = {}  # (relation, subject) -> key -> fact
        self._at: dict[str, list[tuple[int, int, int]]] = {}  # relation -> (start, end, serial), sorted
        self._serial: dict[Any, int] = {}
        self._count = 0
        self._longest = 0  # the longest evidence ever held: a bound for the windows below

    def __setitem__(self, key: Any, fact: Fact) -> None:
        if key in self:
            old = dict.__getitem__(self, key)
            self._forget(key, old, keep_place=(old.relation, old.subject) == (fact.relation, fact.subject))
        dict.__setitem__(self, key, fact)
        self._of.setdefault((fact.relation, fact.subject), {})[key] = fact
        self._count += 1
        self._serial[key] = self._count
        insort(self._at.setdefault(fact.relation, []), (fact.evidence.start, fact.evidence.end, self._count))
        self._longest = max(self._longest, fact.evidence.end - fact.evidence.start)

    def __delitem__(self, key: Any) -> None:
        self._forget(key, dict.__getitem__(self, key))
        dict.__delitem__(self, key)

    def _forget(self, key: Any, fact: Fact, keep_place: bool = False) -> None:
        # (a fact replaced under its key keeps its place, in the table and in its group)
        if not keep_place:
            del self._of[(fact.relation, fact.subject)][key]
        spans = self._at[fact.relation]
        del spans[bisect_left(spans, (fact.evidence.start, fact.evidence.end, self._serial.pop(key)))]

    def _unsupported(self, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError("FactTable changes only by table[key] = fact and del table[key]")

    pop = popitem = clear = update = setdefault = __ior__ = _unsupported  # type: ignore[assignment]

    def of(self, relation: str, subject: str) -> Iterable[Fact]:
        """The facts of this relation about this subject, in the table's order (a live view:
        take a list of it before changing the table)."""
        return self._of.get((relation, subject), {}).values()

    def has(self, relation: str, subject: str) -> bool:
        return bool(self._of.get((relation, subject)))

    def items_of(self, relation: str, subject: str) -> list[tuple[Any, Fact]]:
        return list(self._of.get((relation, subject), {}).items())

    def covering(self, relations: Iterable[str], start: int, end: int) -> bool:
        """Some fact of these relations has evidence holding ``[start, end)``."""
        if end <= start:  # (an empty range: the window below assumes one that is not)
            return any(f.relation in relations and f.evidence.start <= start and end <= f.evidence.end for f in self.values())
        # evidence starting before start - longest ends before start, so before end
        return any(e >= end for r in relations for e in _ends(self._at.get(r, []), start - self._longest, start))


def _ends(spans: list[tuple[int, int, int]], lo: int, hi: int) -> Iterator[int]:
    """The ends of the spans starting in [lo, hi]."""
    for k in range(bisect_left(spans, (lo,)), bisect_right(spans, (hi, float("inf"), float("inf")))):
        yield spans[k][1]
