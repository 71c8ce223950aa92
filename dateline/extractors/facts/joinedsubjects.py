"""A verb the parser joined to the clause before, with no subject of its own, whose subject is the
name right after a semicolon or an "and": "Garth is an electrician with SaskPower; Colleen, 56,
teaches Grade 4 at X", "Sipho is an engineer at Transnet and Thandeka teaches maths at X" (the
parser made the name a conjunct of the object before). Read by ``subjects._subjects``; kept here
so that context.py stays one job."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.model import Entity

if TYPE_CHECKING:
    from dateline.extractors.facts.context import _Ctx


def after_semicolon(ctx: "_Ctx", verb: Token) -> Optional[Entity]:
    """The person named right after the semicolon (or the 'and') before ``verb``, with at most an
    age set off between them ('; Colleen, 56, teaches', 'is an engineer at Transnet and Thandeka
    teaches'), else None."""
    doc = verb.doc
    k = verb.i - 1
    while k > verb.sent.start and verb.i - k <= 8 and doc[k].text != ";" and doc[k].lower_ not in ("and", "but"):
        k -= 1
    if (doc[k].text != ";" and doc[k].lower_ not in ("and", "but")) or k + 1 >= verb.i:
        return None
    start = doc[k + 1].idx
    hit = ctx.starting_at(start)
    kin = ctx.starting_at(start, kinds=("descriptor",)) if hit is None else None
    if kin is not None and kin[1].type == "PERSON" and (named := re.match(r",\s*", ctx.text[kin[0].end : verb.idx])) is not None:
        # ("; her husband, Pádraig, died at sea in 2003": the kin noun with its own name set off)
        again = ctx.starting_at(kin[0].end + named.end())
        hit = again if again is not None and again[1].id == kin[1].id else None
    if hit is None or hit[1].type != "PERSON":
        return None
    rest = ctx.text[hit[0].end : verb.idx]
    return hit[1] if re.fullmatch(_NAME_SET_OFF if kin is not None else _AGE_SET_OFF, rest) else None


# what may stand between the name and the verb: an age set off by commas; after a kin noun's name,
# the closing comma alone too ("; her husband, Pádraig, died")
_AGE_SET_OFF = r"\s*(?:,\s*\d{1,3}\s*,\s*)?"
_NAME_SET_OFF = r"\s*(?:,\s*\d{1,3}\s*)?,?\s*"

