"""A bare surname the tagger found before the full name it belongs to was: "Ivy Ebanks was 29
when ... 'I had no idea,' said Ebanks, 70" with "Ivy Ebanks" untagged, which only a pronoun
later makes a name (latent.materialize). The bare surname became somebody of its own; once the
full name is known, it is hers, when she is the one person of that surname named before it.
At extraction only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.extractors.entities.clusters import _Cluster, _merge

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver


def join_late_surnames(r: "_Resolver") -> None:
    if r.observe is not None:
        return
    roots = list({id(c.root()): c.root() for c in r.clusters}.values())
    bearers: dict[str, list[_Cluster]] = {}
    for c in roots:
        # (a latent name's key may be its last word alone: "Ivy Ebanks" is ('ebanks',))
        if c.materialized and c.key and not c.platform and c.is_person_like():
            bearers.setdefault(c.key[-1], []).append(c)
    if not bearers:
        return
    for lone in roots:
        if len(lone.key) != 1 or lone.materialized or lone.platform or lone.parent is not None or lone.key[0] not in bearers \
                or not lone.is_person_like():
            continue
        first = min((m.head for m in lone.mentions), default=None)
        if first is None:
            continue
        # every person of that surname named before the bare one (a tagged namesake too)
        before = [c for c in roots if c is not lone and c.key and c.key[-1] == lone.key[0] and c.parent is None
                  and any(m.head < first for m in c.mentions)]
        if len(before) != 1 or before[0] not in bearers[lone.key[0]]:
            continue
        full = before[0]
        if lone.gender and full.gender and lone.gender != full.gender:
            continue
        if lone.ages and full.ages and not (lone.ages & full.ages):
            continue
        _merge(full, lone)
