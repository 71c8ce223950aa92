"""Whose a child named by its rank or place in the family is ("the youngest, Y", "A fourth child,
X", "The younger children, X and Y", "Mrs Abena Owusu, 49, the eldest daughter"): the parents of
the last child or count of children said before it, nearby or, while their count is still open,
further back. Moved out of kinlists.py (session 2026-12-07 from 20:15 UTC), which reads the
ranked children with these."""

from __future__ import annotations

from typing import Optional

from dateline.extractors.facts.context import LIKELY, _Ctx
from dateline.model import Entity, Fact


def _entity(ctx: _Ctx, entity_id: Optional[str]) -> Optional[Entity]:
    return next((e for e in ctx.entities if e.id == entity_id), None)


def _latest_family(ctx: _Ctx, counts: list[Fact]) -> tuple[dict[str, int], set[Optional[str]]]:
    """The parents of the count said last among ``counts`` (each with its count), and the
    children stated of any of them."""
    latest = max(f.evidence.end for f in counts)
    parents = {f.subject: int(f.value or 0) for f in counts if f.evidence.end == latest}
    kids = {f.object for f in ctx.facts.values() if f.relation == "child" and f.subject in parents}
    return parents, kids


def _stated_counts(ctx: _Ctx, owners: list[Entity]) -> list[int]:
    """The numbers of children stated of the owners."""
    return [int(f.value or 0) for o in owners for f in ctx.facts.of("number_of_children", o.id) if isinstance(f.value, int)]


def _order_owners(ctx: _Ctx, before: int, since: int) -> list[Entity]:
    """The parents a 'the youngest, Y' belongs to: those of the last child or count of
    children said between ``since`` and ``before`` ('Their eldest, X, ...; the youngest, Y',
    'Mara Quill has two sons. The eldest, Rafe')."""
    said = [f for f in ctx.facts.values() if f.relation in ("child", "number_of_children") and since <= f.evidence.start and f.evidence.end <= before]
    if not said:
        return []
    last = max(f.evidence.end for f in said)
    owners = []
    for f in said:
        if f.evidence.end == last or (f.relation == "child" and last - f.evidence.end < 3):
            who = _entity(ctx, f.subject)
            if who is not None and who not in owners:
                owners.append(who)
    return _count_not_done(ctx, before, owners) or owners


def _count_not_done(ctx: _Ctx, before: int, owners: list[Entity]) -> list[Entity]:
    """"The couple's three children ... Their eldest, George ... Their daughter, Maria, ...
    handed it to her son, Nick. The youngest, Chris": when the last parent said is one of a
    counted family's children, and that family's count is not yet reached, the order word goes
    on with the counted children's parents."""
    counts = [f for f in ctx.facts.values() if f.relation == "number_of_children" and f.evidence.end <= before and isinstance(f.value, int)]
    if not counts or not owners:
        return []
    parents, kids = _latest_family(ctx, counts)
    if not kids or any(o.id in parents for o in owners) or not any(o.id in kids for o in owners) or len(kids) >= min(parents.values()):
        return []
    return [e for e in (_entity(ctx, i) for i in parents) if e is not None]


# ("The younger children, X and Y": the rest of a family counted before)
_PLURAL_CHILD_NOUNS = frozenset({"children", "sons", "daughters", "boys", "girls"})
_COUNT_REACH = 2500  # how far back a family's count may be (characters): a few paragraphs


_ORDINAL_RANK = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}


def _count_reaches(ctx: _Ctx, owners: list[Entity], rank: int) -> bool:
    """Whether the owners' stated count of children (where stated) has a child of that rank."""
    counts = _stated_counts(ctx, owners)
    return not counts or max(counts) >= rank


def _open_count_owners(ctx: _Ctx, before: int, rank: int = 0, ordinal: bool = False) -> list[Entity]:
    """"They had five children. ... ¶ Mrs Abena Owusu, 49, the eldest daughter, ...": the parents
    of the last count of children said before, further back than the sentence before, while
    one of their children at least (or none, for an ordinal that implies others before it: "A
    fourth child, Christos", "The third child") and fewer than the count are known (and, for
    "the third child", a count of three or more)."""
    counts = [f for f in ctx.facts.values() if f.relation == "number_of_children" and isinstance(f.value, int) and f.value > 1
              and f.value >= rank and before - _COUNT_REACH <= f.evidence.end <= before]
    if not counts:
        return []
    parents, kids = _latest_family(ctx, counts)
    if (not kids and not ordinal) or len(kids) >= min(parents.values()):
        # (a family already being named, one child at least: not "Mara Quillon has two sons. ¶
        # The club met ... ¶ The eldest, Rafe Dunmore, was elected", nor past a child the text
        # left unnamed as one: tests/test_facts_kin_lists.py, tests/test_facts_set13_kin.py)
        return []
    return [e for e in (_entity(ctx, i) for i in parents) if e is not None]


def _children_of_count(ctx: _Ctx, owners: list[Entity], named: list[Entity], start: int, end: int) -> None:
    """The named of a plural 'the younger children, X and Y' as the owners' children, while the
    owners' count allows them all (a count is read from ``number_of_children``)."""
    if not owners or not named or any(n in owners for n in named):
        return
    counts = _stated_counts(ctx, owners)
    kids = {f.object for o in owners for f in ctx.facts.of("child", o.id)}
    if not counts or len(kids | {n.id for n in named}) > min(counts):
        return
    for o in owners:
        for n in named:
            ctx.add("child", o, start, end, obj=n, confidence=LIKELY)
