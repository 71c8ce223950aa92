"""Organisations named before a point, tallied per organisation: what 'the company' and 'the
paper' are read against (orgs.py). Kept as per-organisation lists in the article's order, so a
lookup bisects: walking every earlier mention per lookup was quadratic in a long article."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import NamedTuple

from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.facts.context import _Ctx
from dateline.model import Entity, Mention

Pair = tuple[Mention, Entity]


class Named(NamedTuple):
    """One organisation named before a point: how often, and its first and last mention there."""

    times: int
    first: Pair
    last: Pair


class Tally:
    """Name mentions grouped by their entity's id, each group and the groups in the order the
    mentions come (``pairs`` must come in the order of their starts)."""

    def __init__(self, pairs: Iterable[Pair]) -> None:
        self._ids: list[str] = []
        self._firsts: list[int] = []
        self._starts: dict[str, list[int]] = {}
        self._pairs: dict[str, list[Pair]] = {}
        for m, e in pairs:
            if e.id not in self._pairs:
                self._ids.append(e.id)
                self._firsts.append(m.start)
                self._starts[e.id], self._pairs[e.id] = [], []
            self._starts[e.id].append(m.start)
            self._pairs[e.id].append((m, e))

    def before(self, at: int) -> list[Named]:
        """Each organisation with a mention starting before ``at``, in the order first named."""
        out = []
        for i in self._ids[: bisect_left(self._firsts, at)]:
            n = bisect_left(self._starts[i], at)
            out.append(Named(n, self._pairs[i][0], self._pairs[i][n - 1]))
        return out


def names_between(ctx: _Ctx, org: Entity, start: int, end: int) -> list[Mention]:
    """The organisation's name mentions starting in [start, end), in the order of their starts."""
    starts, names = _sorted_mentions(ctx, org, "names", lambda m: m.kind == "name")
    return names[bisect_left(starts, start) : bisect_left(starts, end)]


def called_so(ctx: _Ctx, org: Entity, noun: str, before: int) -> int:
    """How often the text called the organisation 'the NOUN' before ``before``."""
    low = noun.lower()
    starts, _ = _sorted_mentions(ctx, org, ("called", low), lambda m: m.kind == "descriptor" and m.text.lower().split()[-1:] == [low])
    return bisect_left(starts, before)


def _sorted_mentions(ctx: _Ctx, org: Entity, what: object, keep) -> tuple[list[int], list[Mention]]:
    key = ("org_mentions", org.id, what)
    got = ctx.memo.get(key)
    # (kept by id, used only for that same object: a copy of an entity may carry other mentions)
    if got is None or got[0] is not org:
        ms = sorted((m for m in org.mentions if keep(m)), key=lambda m: m.start)
        got = ctx.memo[key] = (org, [m.start for m in ms], ms)
    return got[1], got[2]


_WORD_BEFORE = re.compile(r"([^\W\d]+)\s+$")


def _thing_named(ctx: _Ctx, e: Entity) -> bool:
    """A name the text gives after a vessel's or a work's noun ("the sixareen Sigrid"): a thing,
    no company."""
    things = lexicon().things
    return any(m.kind == "name" and (w := _WORD_BEFORE.search(ctx.text, max(0, m.start - 24), m.start)) is not None
               and w.group(1).lower() in things for m in e.mentions)
