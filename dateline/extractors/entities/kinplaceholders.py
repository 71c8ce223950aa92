"""A relative described before the text names him: 'who heads the chambers her late father
started ... the daughter of the late Lalith Gunawardena ... her father would have turned 94'.

The first description finds nobody named yet, so it becomes a person of its own ("her late
father"); the later one is resolved to the man once he is named. When the same owner's
parent is described both ways, and one named person holds that description, the unnamed one
is that person (at extraction only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.extractors.entities.clusters import _Cluster, _merge

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver


def _owned_kin(r: "_Resolver", c: _Cluster) -> set[tuple[int, str]]:
    """(owner cluster id, kin noun) of each of the cluster's descriptions owned by a possessive
    the text resolved ("her late father": her, father)."""
    out = set()
    for m in c.mentions:
        if m.kind != "descriptor":
            continue
        noun = r.doc[m.head]
        low = noun.lower_
        if r.lex.kin_kinds.get(low) not in ("parent", "grandparent") or low not in r.lex.gendered:
            continue  # (one father, one mother: not a wife, whom a man may have had two of)
        for ch in noun.children:
            if ch.dep_ == "poss" and ch.lower_ == "their":
                # ("their grandmother, Anaanatsiaq Qiatsuq ... their grandmother": whoever "they"
                # were taken for, the same people's)
                out.add((0, low))
            elif ch.dep_ == "poss" and ch.i in r.covered:
                out.add((id(r.covered[ch.i].root()), low))
    return out


def join_described_kin(r: "_Resolver") -> None:
    """Merge each unnamed parent or grandparent into the one named person described as the same
    owner's of the same gender ("her late father" and "her father"; an unresolved "their" is one
    owner: "their grandmother, Anaanatsiaq Qiatsuq ... their grandmother composed")."""
    if r.observe is not None:
        return
    roots = list({id(c.root()): c.root() for c in r.clusters}.values())
    named: dict[tuple[int, str], list[_Cluster]] = {}
    for c in roots:
        if c.key and not c.platform and not c.plural and c.is_person_like():
            for k in _owned_kin(r, c):
                named.setdefault(k, []).append(c)
    if not named:
        return
    for c in roots:
        if c.key or c.unnamed_text is None or c.plural or c.parent is not None:
            continue
        # (each of its descriptions held by one and the same named person)
        holders = [named.get(k, []) for k in _owned_kin(r, c)]
        if holders and all(len(h) == 1 for h in holders) and len({id(h[0]) for h in holders}) == 1 \
                and all(m.kind in ("descriptor", "pronoun") for m in c.mentions):
            _merge(holders[0][0], c)
