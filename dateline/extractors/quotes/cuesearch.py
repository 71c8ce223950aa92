"""The few cues of a window that can win a quotation's attribution, found without looking at the
others: one sentence can hold thousands of cues and quotations, and ranking every cue of the
window for every quotation made attribution quadratic (issue 12).

``_attribute`` ranks a cue by (has a subject, governs the quotation, is a noun, depth, distance),
first in offset order on a tie. The cues that govern the quotation are its first token's cue
ancestors, found up a pointer chain. Every other cue ranks by (has a subject, is a noun,
distance) alone, so in each of those four classes only the nearest cue on either side of the
quotation's two ends can win: a bisection in the class's sorted offsets.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import Optional

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

# How many cue ancestors of a token are looked at. A real sentence nests a handful of cues;
# a run of thousands of `X said "…", and Y said "…"` coordinates them in one chain, where the
# nearest ones already decide (coordination adds no depth, so the nearest governing cue wins).
MAX_GOVERNING = 48


class _Class:
    """The offsets and tokens of one class of cues, in offset order."""

    def __init__(self) -> None:
        self.offsets: list[int] = []
        self.tokens: list[Token] = []

    def nearest(self, lo: int, hi: int, pivots: tuple[int, int], skip: set[int]) -> list[Token]:
        """For each pivot, the nearest cue in ``[lo, hi)`` at or after it and the nearest before
        it, passing over the cues in ``skip`` (token indices)."""
        offs, toks = self.offsets, self.tokens
        a, b = bisect_left(offs, lo), bisect_left(offs, hi)
        found = []
        for pivot in pivots:
            i = bisect_left(offs, pivot, a, b)
            j = i
            while j < b and toks[j].i in skip:
                j += 1
            if j < b:
                found.append(toks[j])
            j = i - 1
            while j >= a and toks[j].i in skip:
                j -= 1
            if j >= a:
                found.append(toks[j])
        return found


class CueSearch:
    """Built once per article from its cue tokens (in offset order), the dependency heads and
    each cue's subject (``subject_of``, cached by the caller)."""

    def __init__(self, cues: list[Token], heads: list[int], order: list[int],
                 subject_of: Callable[[Token], Optional[Token]]) -> None:
        self._by_i = {t.i: t for t in cues}
        # The nearest cue strictly above each token, filled parents first (pre-order).
        above = [-1] * len(heads)
        for i in order:
            h = heads[i]
            if h != i:
                above[i] = h if h in self._by_i else above[h]
        self._above = above
        # (has no subject, is a noun), with and without the cues in relative clauses.
        self._all: dict[tuple[bool, bool], _Class] = {}
        self._no_relcl: dict[tuple[bool, bool], _Class] = {}
        for t in cues:
            key = (subject_of(t) is None, t.pos_ == "NOUN")
            for table, keep in ((self._all, True), (self._no_relcl, t.dep_ != "relcl")):
                if keep:
                    cls = table.setdefault(key, _Class())
                    cls.offsets.append(t.idx)
                    cls.tokens.append(t)

    def _cues_above(self, i: int, lo: int, hi: int, seen: set[int]) -> list[Token]:
        """The cue ancestors of token ``i`` within ``[lo, hi)``, nearest first, up to MAX_GOVERNING
        steps; stops at a cue already in ``seen`` (its own ancestors were collected with it)."""
        out = []
        c = self._above[i]
        for _ in range(MAX_GOVERNING):
            if c == -1 or c in seen:
                break
            seen.add(c)
            tok = self._by_i[c]
            if lo <= tok.idx < hi:
                out.append(tok)
            c = self._above[c]
        return out

    def contenders(self, lo: int, hi: int, outer: tuple[int, int], first: Optional[SpacySpan],
                   fragment: bool) -> list[Token]:
        """The cues of ``[lo, hi)`` (less, for a fragment, those in relative clauses that govern
        none of its first segment's tokens) among which the best-ranked cue always is, in offset order."""
        first_tok = first[0] if first is not None and len(first) else None
        picked: dict[int, Token] = {}
        if first_tok is not None:
            for tok in self._cues_above(first_tok.i, lo, hi, set()):
                picked[tok.i] = tok
        filtered = fragment and first is not None
        if filtered:
            # A relative-clause cue stays only if it governs a token of the first segment.
            seen: set[int] = set()
            for t in first or ():  # `filtered` implies `first`; the `or` is for the type checker
                for tok in self._cues_above(t.i, lo, hi, seen):
                    if tok.dep_ == "relcl":
                        picked[tok.i] = tok
        governing = set(picked)
        for cls in (self._no_relcl if filtered else self._all).values():
            for tok in cls.nearest(lo, hi, outer, governing):
                picked[tok.i] = tok
        return sorted(picked.values(), key=lambda t: t.idx)
