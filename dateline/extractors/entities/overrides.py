"""Second thoughts on the ranker's pick for a possessive or a cataphoric pronoun: a widow's
'his' is a man the text has die before it, and a pronoun points forward only to its own clause's
subject. Extraction only, as the rest of ``binding``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.clusters import _Cluster

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver


def widow_bound(r: "_Resolver", tok: Token, chosen: Optional[_Cluster], ranked: Callable[[], list[_Cluster]]) -> Optional[_Cluster]:
    """"Paddy Roche, who ... died on Thursday aged 89. His widow, Kathleen": whose widow one is
    has died; among the ranker's candidates the likeliest one the text has die before the
    pronoun is meant, over a livelier subject named nearby."""
    if r.observe is not None or chosen is None or tok.tag_ != "PRP$" or tok.head.lemma_.lower() not in ("widow", "widower"):
        return chosen
    if _died(r, chosen.root(), tok.i):
        return chosen
    return next((c.root() for c in ranked() if _died(r, c.root(), tok.i)), chosen)


def _died(r: "_Resolver", c: _Cluster, before: int) -> bool:
    """A mention of c before token ``before`` is the subject of a death ("Dick Hale died",
    "Paddy Roche, who ... died") or is called late ("the late Arthur Hallam")."""
    doc = r.doc
    for m in c.mentions:
        if m.head >= before:
            continue
        t = doc[m.head]
        verbs = [t.head] if t.dep_ in ("nsubj", "nsubjpass") else []
        verbs += [ch for ch in t.children if ch.dep_ == "relcl"]
        if any(v.lemma_.lower() in ("die", "drown") for v0 in verbs for v in (v0, *v0.conjuncts)):
            return True
        if any(doc[k].lower_ == "late" for k in range(max(0, m.head - 3), m.head)):
            return True
    return False


def backward_bound(r: "_Resolver", tok: Token, chosen: Optional[_Cluster], ranked: Callable[[], list[_Cluster]]) -> Optional[_Cluster]:
    """A pronoun points forward only to its clause's subject ("After his election, Hale ..."):
    to a name later in the sentence that is no subject ("Her neighbour Nadine Shaw is married
    to Dr. Felix Shaw") when somebody named before fits, the likeliest of those is meant."""
    if r.observe is not None or chosen is None:
        return chosen
    root = chosen.root()
    if any(m.head < tok.i for m in root.mentions):
        return chosen
    sent = r.sent_start_of[tok.i]
    later = [m.head for m in root.mentions if m.head > tok.i and r.sent_start_of[m.head] == sent]
    if not later or any(r.doc[h].dep_ in ("nsubj", "nsubjpass") for h in later):
        return chosen
    return next((c.root() for c in ranked() if any(m.head < tok.i for m in c.root().mentions)), chosen)
