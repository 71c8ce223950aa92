"""A town the tagger took for an organisation employs nobody: 'Ruth Vearing, a Hobart marine
biologist' (after 'the wharf in Hobart'), 'the Curepipe municipal councillor' (after 'lives in
Curepipe'). A one-word name the text also writes as a place, after 'in', 'near', 'outside' or
'around', is where the job is done, not for whom: the employer goes, and a title read with it
becomes the job alone (an occupation), as the post of no named body is."""

from __future__ import annotations

import re

from dateline.extractors.facts.context import _Ctx
from dateline.model import Fact

_PLACE_BEFORE = r"\b(?:in|near|outside|around)\s+"


def _written_as_place(text: str, name: str) -> bool:
    return re.search(_PLACE_BEFORE + re.escape(name) + r"\b(?!['’]s)", text) is not None


def without_place_employers(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    # (only the organisations some employer fact names are looked for in the text: a search of
    # the whole article per one-word name, every article, found nothing to drop in most)
    employers = {f.object for f in facts if f.relation == "employer"}
    # (not one the text also calls 'the mill' or 'the company': that is a body, whatever the
    # tagger's split of its name left it, 'Songdam Hanji, the Jeonju maker ... the mill')
    names = {e.id: e.name for e in ctx.entities
             if e.id in employers and e.type == "ORG" and " " not in e.name.strip() and e.name[:1].isupper()
             and not any(m.kind == "descriptor" for m in e.mentions)}
    places = {i for i, n in names.items() if _written_as_place(ctx.text, n)}
    dropped = [f for f in facts if f.relation == "employer" and f.object in places]
    if not dropped:
        return facts
    gone = {id(f) for f in dropped}
    out = []
    for f in facts:
        if id(f) in gone:
            continue
        if f.relation == "title" and any(d.subject == f.subject and d.evidence.start < f.evidence.end and f.evidence.start < d.evidence.end
                                         for d in dropped):
            # ("a Hobart marine biologist": the job, with no body to hold it at)
            f = f.model_copy(update={"relation": "occupation"})
        out.append(f)
    return out
