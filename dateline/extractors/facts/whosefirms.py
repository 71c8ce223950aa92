"""A business a person's name owns in a relative clause: 'Suresh Ramlal, whose firm, Ramlal's
Hardware, has sponsored the league since 2014': the person owns it (title 'owner') and works
there. Only with a business's noun set off before the name (patterns key
``employment.business_nouns``: not 'whose club', a membership, nor 'whose employer'). The name
right after 'whose' ('Dr Nabil Kassab, whose Kassab Pharmacy stands across the square') was tried:
one development fact, one the gold leaves out."""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.extractors.facts.context import LIKELY, ORG, _Ctx, patterns
from dateline.extractors.facts.employment import _has_employer
from dateline.extractors.facts.roleemployers import _membership


@lru_cache(maxsize=1)
def _whose() -> re.Pattern:
    nouns = "|".join(sorted((re.escape(n) for n in patterns()["employment"]["business_nouns"]), key=len, reverse=True))
    return re.compile(r",\s+whose\s+(?:family\s+|own\s+)?(?:" + nouns + r")\s*,\s+(?=[A-Z])")


def _rule_whose_firms(ctx: _Ctx) -> None:
    text = ctx.text
    if text.find("whose", ctx.article.body_start) < 0:
        return
    rx = _whose()
    for mention, person in ctx.mentions:
        if person.type != "PERSON" or mention.kind != "name" or mention.start < ctx.article.body_start:
            continue
        got = rx.match(text, mention.end)
        if got is None:
            continue
        firm = ctx.starting_at(got.end(), ORG)
        if firm is None or firm[1].type != "ORG" or firm[0].kind != "name" or _membership(firm[1]):
            continue
        if not any(str(f.value).split()[-1:] == ["owner"] for f in ctx.facts.of("title", person.id)):
            ctx.add("title", person, mention.start, firm[0].end, value="owner", confidence=LIKELY)
        if firm[1].id not in _has_employer(ctx, person):
            ctx.add("employer", person, mention.start, firm[0].end, obj=firm[1], confidence=LIKELY)
