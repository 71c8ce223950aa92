"""Sorted character ranges answered by bisection, so that a question asked once per token or
per quotation costs O(log n) instead of a scan over every quotation (issue 12: the scans made
quote extraction quadratic in the number of quotes and cubic in unbalanced marks)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from typing import Optional


class Ranges:
    """Half-open ranges ``[a, b)``: membership of a position, starts within a window, and the
    nearest end before a position. Iterating gives the ranges as they were given."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        self.items = list(ranges)
        merged: list[list[int]] = []
        for a, b in sorted(r for r in self.items if r[0] < r[1]):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self._lo = [a for a, _ in merged]
        self._hi = [b for _, b in merged]
        self._starts = sorted(a for a, _ in self.items)
        self._ends = sorted(b for _, b in self.items)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self._lo, pos) - 1
        return i >= 0 and pos < self._hi[i]

    def any_start_in(self, lo: int, hi: int) -> bool:
        """Does some range start at a position in ``[lo, hi)``?"""
        i = bisect_left(self._starts, lo)
        return i < len(self._starts) and self._starts[i] < hi

    def last_end_at_most(self, pos: int) -> Optional[int]:
        """The greatest range end ``<= pos``, or None."""
        i = bisect_right(self._ends, pos)
        return self._ends[i - 1] if i else None

    def first_start_at_least(self, pos: int) -> Optional[int]:
        """The least range start ``>= pos``, or None."""
        i = bisect_left(self._starts, pos)
        return self._starts[i] if i < len(self._starts) else None


class Overlaps:
    """Does a range overlap any of a fixed set of ranges? Sorted by start, with the running
    maximum of the ends: some ``(x, y)`` has ``x < b`` and ``a < y`` iff the greatest end among
    those starting before ``b`` exceeds ``a``."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [x for x, _ in ordered]
        self._max_end: list[int] = []
        for _, y in ordered:
            self._max_end.append(max(y, self._max_end[-1]) if self._max_end else y)

    def hits(self, a: int, b: int) -> bool:
        i = bisect_left(self._starts, b)
        return i > 0 and self._max_end[i - 1] > a


def last_nonspace(text: str, lo: int, hi: int) -> int:
    """Index of the last non-whitespace character of ``text[lo:hi]``, or -1: what
    ``text[lo:hi].rstrip()`` ends with, without copying a whole paragraph per quotation."""
    i = hi - 1
    while i >= lo and text[i].isspace():
        i -= 1
    return i if i >= lo else -1
