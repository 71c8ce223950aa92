"""'Folasade Okoro took over as managing director of Lagoon Paints on Friday. The new managing
director is married to Chidi Okoro': "the new" post is the one who was given it in a sentence
before, in those words after 'as', 'became' or 'named' (the clusters' roles hold only the posts
worn before a name), when one person alone was. At extraction only."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from dateline.extractors.entities.clusters import _Cluster
from dateline.nlp import text_of

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver

# how many sentences back the post may have been given (a lede gives it, a later paragraph
# says "the new managing director")
REACH = 12


def given_the_post(res: "_Resolver", at: int, post: str) -> Optional[_Cluster]:
    """The subject of a sentence up to REACH back that gave its subject ``post`` ('took over as
    managing director', 'became chairman', 'was named head coach'), if exactly one did."""
    doc = res.doc
    sent = res.sent_of[at]
    start_tok = next((k for k in range(at, -1, -1) if res.sent_of[k] < sent - REACH), -1) + 1
    text = text_of(doc)
    lo, hi = doc[start_tok].idx, doc[at].idx
    found = []
    for m in re.finditer(rf"\b(?:as|became|becomes|become|named|appointed|elected)\s+(?:its\s+|the\s+|a\s+|an\s+)?(?:new\s+)?(?:[a-z-]+\s+)?{re.escape(post)}\b",
                         text[lo:hi], re.I):
        k = next((t.i for t in doc[start_tok:at] if t.idx >= lo + m.start()), None)
        if k is None:
            continue
        verb = doc[k].head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        # (an object given the post: "named Sam Ortiz as its head brewer")
        obj = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i in res.covered]
        for t in obj or subj:
            if t.i in res.covered and res.covered[t.i].root().is_person_like():
                found.append(res.covered[t.i].root())
    return found[0] if len({id(c) for c in found}) == 1 else None
