"""'Our sympathy to Frank Moran (no relation) on the loss of his sister, Maureen', 'Condolences
to Ann Roe on the death of her husband': in a message of sympathy the possessive of the
bereavement is the one the sympathy goes to, however salient another person of the paragraph
is (a club newsletter's notices name the dead member just before). At extraction only: the
pronoun ranker learnt without it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.pronouns import _Resolver

_BEREAVEMENTS = frozenset({"loss", "death", "passing", "bereavement"})
_AFTER = frozenset({"on", "following", "after", "at"})


def condoled(res: "_Resolver", tok: Token, gender: Optional[str]) -> Optional["_Cluster"]:
    """The person the sympathy is sent to, for the possessive of 'on the loss of his sister'."""
    if res.observe is not None or tok.tag_ != "PRP$" or tok.dep_ != "poss":
        return None
    kin = tok.head
    if kin.dep_ != "pobj" or kin.head.lower_ != "of":
        return None
    event = kin.head.head
    if event.lemma_.lower() not in _BEREAVEMENTS or event.dep_ != "pobj" or event.head.lower_ not in _AFTER:
        return None
    gov = event.head.head
    for prep in gov.children:
        if prep.dep_ not in ("prep", "dative") or prep.lower_ != "to" or prep.i > tok.i:
            continue
        for p in prep.children:
            c = res.covered.get(p.i) if p.dep_ == "pobj" else None
            if c is not None and c.root().is_person_like() and c.root().gender_fit(gender) > 0:
                return c.root()
    return None
