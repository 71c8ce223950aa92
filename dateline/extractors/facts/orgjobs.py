"""A job named with its organisation in front: 'Farhan Qureshi, a former Tata Steel engineer',
'a BBC journalist'. The name right before the job noun, after the article (and 'former' or
'retired'), is where the job is or was held: a title with that employer, not a bare occupation
(by the project's convention, a job held at a named organisation is a title)."""

from __future__ import annotations

import re
from typing import Optional

from dateline.extractors.facts.context import ORG, _Ctx
from dateline.model import Entity, Mention

_LEAD = re.compile(r"(?:^|\s)(?:a|an|the)\s+(?:(?:former|retired|ex-|onetime|one-time|veteran)\s+)?$", re.I)


def org_before_job(ctx: _Ctx, start: int) -> Optional[tuple[Mention, Entity]]:
    """The organisation named right before the job starting at ``start``, with only an article
    (and a word of time) before it."""
    if ctx.text[start - 1 : start] != " ":
        return None
    named = ctx.ending_at(start - 1, ORG)
    if named is None or not _LEAD.search(ctx.text[max(0, named[0].start - 30) : named[0].start]):
        return None
    org = named[1]
    # (not where a trade is plied: "the Sowerby Bridge clockmaker ... at home in Sowerby Bridge",
    # "a Clerkenwell penmaker", a place the tagger took for a body)
    if re.search(r"\b(?:in|near)\s+" + re.escape(org.name) + r"\b", ctx.text):
        return None
    words = org.name.split()
    if len(words) == 1 and not words[0].isupper() and not words[0].endswith("s") and len(org.mentions) == 1:
        return None
    return named
