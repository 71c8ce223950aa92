"""'Thomas, elder son of Mr and Mrs Giles Aykroyd': a social page names a married couple by the
husband's name, and the wife is a person of her own (the entities stage makes her: 'Mrs Giles
Aykroyd', on the word 'Mrs'). The two are spouses, he is male and she female (the honorifics
say so), and a child the text gives the husband there is hers too."""

from __future__ import annotations

import re

from dateline.extractors.entities.honorifics import HUSBAND_TITLES
from dateline.extractors.facts.context import LIKELY, _Ctx

# (or the husband's other title: "daughter of Chief and Mrs Emmanuel Eze", "Dr and Mrs X")
# (the entity stage's list, so the couple it makes and the facts read here stay one set of titles)
_MR_AND_MRS = re.compile(r"\b(?:" + "|".join(sorted(t.capitalize() for t in HUSBAND_TITLES)) + r")\.?\s+and\s+(?P<mrs>Mrs)\.?\s+")


def _rule_mr_and_mrs(ctx: _Ctx) -> None:
    if ctx.text.find("Mrs", ctx.article.body_start) < 0:
        return
    for m in _MR_AND_MRS.finditer(ctx.text, ctx.article.body_start):
        wife = ctx.covering(m.start("mrs"), m.end("mrs"))
        husband = ctx.starting_at(m.end())
        if wife is None or husband is None or wife[0].kind != "title" or wife[1] is husband[1] or wife[1].type != "PERSON":
            continue
        end = husband[0].end
        if any(f.object != wife[1].id for f in ctx.facts.of("spouse", husband[1].id)) or any(
                f.relation == "spouse" and f.object == husband[1].id for f in ctx.facts.values()):
            continue  # ("Mr and Mrs Kostas Papadakis ... Kostas, 86, and Eleni, 82, married": she is named)
        ctx.add("spouse", husband[1], m.start(), end, obj=wife[1], confidence=LIKELY)
        ctx.note_couple(m.start(), husband[1], wife[1])
        ctx.add_gender(husband[1], "male", m.start(), end, LIKELY)
        ctx.add_gender(wife[1], "female", m.start(), end, LIKELY)
        # ("elder son of Mr and Mrs X": the husband's child here is the wife's)
        for f in [f for f in ctx.facts.of("child", husband[1].id) if f.evidence.start <= m.start() and end <= f.evidence.end]:
            child = next((e for e in ctx.entities if e.id == f.object), None)
            if child is not None and child is not wife[1]:
                ctx.add("child", wife[1], f.evidence.start, f.evidence.end, obj=child, confidence=LIKELY)
