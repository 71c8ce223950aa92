"""A couple said to have a number of children has them together: a child named as one parent's
('her son, X') or as a known child's sibling ('his sisters, Brooke and Tessa') is the other's
and both parents' too, while the children so known are no more than the number stated. Read last
among the kin rules, from the facts they stated."""

from __future__ import annotations

import re

from dateline.extractors.facts.context import LIKELY, _Ctx
from dateline.model import Span

# (a half- or step-sibling shares one parent at most, and which one the text rarely says)
_PART_KIN = ("half", "step")
_BORN_INTO = re.compile(r"\bof\s+(?:\w+\s+)?children\s+(?:of|born\s+to)\b")


def _other_surname(child, a, b) -> bool:
    """'her brother, Arne Dahl' of Knut and Sigrid Olsen's daughter: a sibling with a surname
    neither parent bears may be a half-sibling."""
    words = child.name.split()
    if len(words) < 2:
        return False
    own = {p.name.split()[-1] for p in (a, b) if len(p.name.split()) > 1}
    return bool(own) and words[-1] not in own


def _rule_couple_children(ctx: _Ctx) -> None:
    by_id = {e.id: e for e in ctx.entities}
    counts: dict[str, int] = {}
    counted_at: dict[str, Span] = {}  # where each count is said, the evidence of the children it gives
    # (a count one child was born into, "the eldest of six children of Patrick Maguire and his
    # wife, Bridget": the news is that child's, and the gold names the others' parents no more
    # than the text does)
    born_into: set[str] = set()
    for f in ctx.facts.values():
        if f.relation == "number_of_children" and isinstance(f.value, int):
            counts[f.subject] = f.value
            counted_at.setdefault(f.subject, f.evidence)
            if _BORN_INTO.search(f.evidence.text):
                born_into.add(f.subject)
    children: dict[str, set[str]] = {}
    parents: dict[str, set[str]] = {}
    for f in ctx.facts.values():
        if f.relation in ("child", "parent") and f.object is not None:
            p, c = (f.subject, f.object) if f.relation == "child" else (f.object, f.subject)
            children.setdefault(p, set()).add(c)
            parents.setdefault(c, set()).add(p)
    spouses = {(f.subject, f.object) for f in ctx.facts.values() if f.relation == "spouse" and f.object is not None}
    couples = [(a, b) for a, b in spouses if a in counts and counts.get(b) == counts[a]]
    siblings = [f for f in ctx.facts.values() if f.relation == "sibling" and f.object is not None
                and not any(w in f.evidence.text.lower() for w in _PART_KIN)]
    for a, b in couples:
        if a not in by_id or b not in by_id or a in born_into:
            continue
        known = children.get(a, set()) | children.get(b, set())
        # a known child's sibling with no parent stated is the couple's too
        more = {y for f in siblings for x, y in ((f.subject, f.object), (f.object, f.subject))
                if x in known and y not in known and not parents.get(y) and y in by_id and y not in (a, b)
                and not _other_surname(by_id[y], by_id[a], by_id[b])}
        if not known or len(known | more) > counts[a]:
            continue
        for c in sorted(known | more):
            for p in (a, b):
                if c not in children.get(p, set()):
                    ev = counted_at[p]
                    ctx.add("child", by_id[p], ev.start, ev.end, obj=by_id[c], confidence=LIKELY)
