"""Work done at an organisation for a stated spell: "has polished bowls at Shwe Hinthar since
1979", "have coached at Kailani since 2003", "She has driven container cranes for Hunter Port
Terminals since 2006", "who played E-flat bass for Thornley Mills from 1958 until 2011". A verb
of doing, an organisation the text names after "at" or "for", and a spell ("since", "from" a
year or a decade, "for" years or decades) say the subject works there, whatever the verb. Not
the verbs of living, staying, studying or buying (patterns key ``spell_verbs_not_work``), nor a
place, which is no organisation."""

from __future__ import annotations

import re

from dateline.extractors.facts.context import LIKELY, ORG, PERSON, _Ctx, _tok_end, patterns
from dateline.extractors.facts.employment import _has_employer
from dateline.extractors.facts.subjects import _subjects

# the spell, somewhere in the verb's own words after the organisation
_SPELL = re.compile(r"\b(?:since|from)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[89]|20)\d\d(?:s|\b)"
                    r"|\bfor\s+(?:(?:more|almost|nearly|over|about|some)\s+(?:than\s+)?)?(?:\w+|\d+)\s+(?:years|decades)\b")


def _rule_spells_at_orgs(ctx: _Ctx) -> None:
    not_work = set(patterns()["employment"]["spell_verbs_not_work"])
    for m, org, tok in ctx.body_name_roots(ORG):
        prep = tok.head
        verb = prep.head
        if tok.dep_ != "pobj" or prep.lower_ not in ("at", "for") or verb.pos_ != "VERB" or verb.lemma_.lower() in not_work:
            continue
        end = _tok_end(verb.right_edge)
        spell = _SPELL.search(ctx.text, m.end, end)
        # (the spell right after the organisation's name, not in a clause joined on later: "boxed
        # for Ireland at the 1992 European Championships and ran the club's gym from 1999")
        if spell is None or spell.start() - m.end > 25 or re.search(r",|\band\b", ctx.text[m.end : spell.start()]):
            continue
        end = spell.end()
        for person in _subjects(ctx, verb, couples=True):
            if person.type in PERSON and org.id not in _has_employer(ctx, person):
                start = min(verb.idx, m.start)
                ctx.add("employer", person, start, end, obj=org, confidence=LIKELY)
