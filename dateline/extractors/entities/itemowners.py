"""A survivors' list that names an item's spouse inside it: "their three children, Karen Bell, 59,
and her husband, Doug, of Cypress Bend; Gary Dietz, 56; ...". The possessive right after "and"
is the person the item opens with, not whoever the ranker's salience favours (the widow named
at the list's head). At extraction only: the ranker's GAP training reads its own picks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.clusters import _Cluster

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver

# the spouse nouns a list item may name inside it (facts/namelists.py reads them too)
ITEM_SPOUSES = frozenset({"husband", "wife", "partner", "fiancé", "fiance", "fiancée", "fiancee", "spouse"})


def item_owner(r: "_Resolver", tok: Token) -> Optional[_Cluster]:
    """The name that opens the list item 'NAME[, AGE][, of PLACE], and her husband' for the
    possessive ``tok``, when its gender does not conflict."""
    if r.observe is not None or tok.tag_ != "PRP$" or tok.lower_ not in ("his", "her"):
        return None
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in ITEM_SPOUSES or tok.i < 2 or doc[tok.i - 1].lower_ != "and":
        return None
    k = tok.i - 2
    if doc[k].text == ",":
        k -= 1
    if doc[k].like_num and k >= 2 and doc[k - 1].text == ",":
        k -= 2  # past the age: "Karen Bell, 59, and her husband"
    c = r.covered.get(k) if doc[k].pos_ == "PROPN" else None  # (a name: not "the son of a brickmaker, and his wife")
    if c is None or not c.root().is_person_like() or c.root().platform:
        return None
    gender = r.lex.pronouns.get(tok.lower_)
    return c.root() if c.root().gender_fit(gender) > 0 else None
