"""A member of a governing body is on its strength: 'longtime board member Harriet Vossberg',
'Jersey City Council member X'. Where a title says '<body> member' and the text names one
organisation of that kind ('the Cedar Hollow Board of Education'), that body is the employer
(by the project's convention, a seat on a board or council is a post there; a club's or a
party's member is not, and 'member' alone is left as it is)."""

from __future__ import annotations

import re

from dateline.extractors.facts.context import LIKELY, _Ctx
from dateline.extractors.facts.employment import _has_employer

_SEAT = re.compile(r"(?:\w+\s+)?(?P<body>board|council|commission|senate)\s+member")


def _rule_body_members(ctx: _Ctx) -> None:
    seats = [(f, m.group("body")) for f in ctx.facts.values() if f.relation == "title"
             for m in [_SEAT.fullmatch(str(f.value).lower())] if m is not None]
    if not seats:
        return
    people = {e.id: e for e in ctx.entities}
    for f, body in seats:
        named = [e for e in ctx.entities if e.type == "ORG" and body in e.name.lower().split()]
        person = people.get(f.subject)
        if len(named) != 1 or person is None or named[0].id in _has_employer(ctx, person):
            continue
        ctx.add("employer", person, f.evidence.start, f.evidence.end, obj=named[0], confidence=LIKELY)
