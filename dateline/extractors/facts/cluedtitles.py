"""A job apposed to a name becomes a post when a "who" clause right after it says where it is
held: 'Linda Corliss, 61, a nurse who joined Alder Valley Hospital in 1998', 'a claims clerk
who has worked for the society since 2020', 'Auctioneer Gareth Pugh, who joined the mart'. The employer rules read the clause (its "joined",
"works for"); the job rules read the noun alone and call it an occupation. By the project's
convention a job held at a named organisation is a title with an employer."""

from __future__ import annotations

import re

from dateline.extractors.facts.context import ORG, _Ctx
from dateline.extractors.facts.kinlists import _entity
from dateline.extractors.facts.roles import _employs

# what may stand between the job noun and the employer's evidence (a comma when the job stands
# before the name: 'Auctioneer Gareth Pugh, who joined Holmbridge from ...')
_WHO = re.compile(r",?\s+who\s+(?:had\s+|has\s+|have\s+)?$")
# the clause's verb: a post held there ('who joined', 'who works at'), not a business of one's
# own ('a scaffolder who runs Oakley Access' plies a trade, and owns the firm)
# bodies one joins as a member, whatever one's job (a choir takes teachers as singers)
_GROUPS = frozenset({"choir", "chorus", "chorale", "singers", "band", "club", "society", "orchestra", "ensemble", "brigade"})
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
            org = _entity(ctx, emp.object)
            words = org.name.lower().split() if org is not None else []
            if words and (words[-1] in _GROUPS or "volunteer" in words):
                # ("a primary school teacher who joined the Ikhwezi Choir": a singer there, no
                # teacher; "a carpenter who joined the department", a volunteer fire department's)
                continue
            subject = _entity(ctx, f.subject)
            if subject is None:
                break
            del ctx.facts[key]
            ctx.add("title", subject, f.evidence.start, f.evidence.end, value=f.value, confidence=f.confidence)
            break


# ('Lionel Fisk, solicitor, of Fisk Dunmore': the job between commas, then the firm)
_OF_FIRM = re.compile(r",\s+(?:of|at)\s+(?:the\s+)?")
_PLACE_OPENERS = frozenset({"Little", "Great", "Upper", "Lower", "North", "South", "East", "West", "New", "Old", "St", "St.", "Saint", "Port", "Fort", "Mount"})


def _rule_jobs_of_firms(ctx: _Ctx) -> None:
    """'Claims to Lionel Fisk, solicitor, of Fisk Dunmore': a job apposed to a name and followed by
    ', of' and an organisation's name is held there, a title with that employer (a hometown
    after the ', of' is a place, no organisation: 'Ann Lowe, farmer, of Kelso')."""
    for key, f in list(ctx.facts.items()):
        if f.relation != "occupation" or not f.value or ctx.text[f.evidence.start - 2 : f.evidence.start] != ", ":
            continue
        of = _OF_FIRM.match(ctx.text, f.evidence.end)
        named = ctx.ending_at(f.evidence.start - 2)
        firm = ctx.starting_at(of.end(), ORG) if of is not None else None
        if firm is None or named is None or named[1].id != f.subject or not _employs(firm[1].name, str(f.value)):
            continue
        words = firm[0].text.split()
        if len(words) < 2 or words[0] in _PLACE_OPENERS:
            continue  # (a town the tagger took for a body: 'of Kelso', 'of Little Hinton')
        del ctx.facts[key]
        ctx.add("employer", named[1], named[0].start, firm[0].end, obj=firm[1], confidence=f.confidence)
        ctx.add("title", named[1], named[0].start, firm[0].end, value=f.value, confidence=f.confidence)
