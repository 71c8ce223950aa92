"""A job apposed to a name becomes a post when a "who" clause right after it says where it is
held: 'Linda Corliss, 61, a nurse who joined Alder Valley Hospital in 1998', 'a claims clerk
who has worked for the society since 2020'. The employer rules read the clause (its "joined",
"works for"); the job rules read the noun alone and call it an occupation. By the project's
convention a job held at a named organisation is a title with an employer."""

from __future__ import annotations

import re

from dateline.extractors.facts.context import _Ctx
from dateline.extractors.facts.kinlists import _entity

# what may stand between the job noun and the employer's evidence
_WHO = re.compile(r"\s+who\s+(?:had\s+|has\s+|have\s+)?$")
# the clause's verb: a post held there ('who joined', 'who works at'), not a business of one's
# own ('a scaffolder who runs Oakley Access' plies a trade, and owns the firm)
_HELD = re.compile(r"(?:joined|works|worked|serves|served|teaches|taught)\b")


def _rule_clause_titles(ctx: _Ctx) -> None:
    # (each person's employers looked up by id: a scan of every employer for every occupation
    # was quadratic in a long article's facts)
    employers: dict[str, list] = {}
    for f in ctx.facts.values():
        if f.relation == "employer":
            employers.setdefault(f.subject, []).append(f)
    if not employers:
        return
    for key, f in list(ctx.facts.items()):
        if f.relation != "occupation" or not f.value:
            continue
        for emp in employers.get(f.subject, ()):
            if not 0 <= emp.evidence.start - f.evidence.end <= 12:
                continue
            if _WHO.fullmatch(ctx.text[f.evidence.end : emp.evidence.start]) is None or not _HELD.match(emp.evidence.text):
                continue
            subject = _entity(ctx, f.subject)
            if subject is None:
                break
            del ctx.facts[key]
            ctx.add("title", subject, f.evidence.start, f.evidence.end, value=f.value, confidence=f.confidence)
            break
