"""'..., and Grace, who is twenty-two and studies at Mweka College': an age in a relative clause
that goes on with "and" and a second predicate, which the parser hangs on that predicate (the
number a modifier of "studies", "a veterinary student", or "home" conjoined to it), so the
copula's own rule (ages._rule_age_clauses) never sees it as the clause's attribute."""

from __future__ import annotations

import re

from dateline.extractors.facts.ages import _age_fact
from dateline.extractors.facts.context import LIKELY, _Ctx, _resolve
from dateline.extractors.facts.lexicon import number_value

# (not "three and a half": a fraction goes on the number, no second predicate)
_WHO_IS = re.compile(r",\s+(?P<who>who)\s+is\s+(?P<age>(?:[a-z]+-)?[a-z]+|\d{1,3})\s+and\s+(?!a\s+half\b|a\s+quarter\b|\d)", re.IGNORECASE)


def _rule_who_is_age_and(ctx: _Ctx) -> None:
    for m in _WHO_IS.finditer(ctx.text, ctx.article.body_start):
        age = number_value(m.group("age"))
        if age is None or age > 120:
            continue
        who = ctx.doc.char_span(m.start("who"), m.end("who"))
        if who is None:
            continue
        people = _resolve(ctx, who[0], couples=False)
        if len(people) != 1 or ctx.facts.has("age", people[0].id):
            continue
        _age_fact(ctx, people[0], age, who.start_char, m.end("age"), LIKELY, (m.start("age"), m.end("age")))
