"""Who owns a possessive, read off its sentence (at extraction only): the end of the verb's
subject's own course ("tuned pans until his death"), the relatives the same possessive names
("His father, X, ... and his older brother, Y": neither owns it), and whoever takes the place
"in his place" stands for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.binding import own_phrase, subject_owner
from dateline.extractors.entities.clusters import _Cluster

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver


def own_end_owner(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional[_Cluster]:
    """"His father tuned pans for the band until his death": a possessive on the end of
    somebody's own course, in a time phrase of the verb, is the verb's subject's."""
    noun = tok.head
    if r.observe is not None or noun.lemma_.lower() not in r.lex.own_end_nouns or noun.dep_ != "pobj" \
            or noun.head.lower_ not in r.lex.own_end_preps:
        return None
    return subject_owner(r, tok, gender)


def kin_of_same_owner(r: "_Resolver", tok: Token) -> set[int]:
    """"His father, the late Remi Verhaegen, ..., and his older brother, Luc Verhaegen": the
    relatives the same possessive names in its sentence are that owner's, so none of them owns it."""
    if tok.tag_ != "PRP$":
        return set()
    out: set[int] = set()
    for t in tok.sent:
        if t.i != tok.i and t.tag_ == "PRP$" and t.lower_ == tok.lower_ and t.head.lower_ in r.lex.kin_kinds:
            out |= own_phrase(r, t)
    return out


def replacing(r: "_Resolver", tok: Token) -> set[int]:
    """"In his place Councillor John Hughes was elected": whoever the sentence names after "in
    his place" (or "stead") takes the place of the one it stands for."""
    i = tok.i
    if tok.tag_ != "PRP$" or i == 0 or i + 1 >= len(r.doc) or r.doc[i - 1].lower_ != "in" or r.doc[i + 1].lower_ not in ("place", "stead"):
        return set()
    return {id(r.covered[k].root()) for k in range(i + 2, tok.sent.end) if k in r.covered}


def listed_owner(r: "_Resolver", tok: Token) -> Optional[_Cluster]:
    """"three are alive: Mira, her brother, Arne Dahl, and her sister, Liv Olsen": a possessive kin
    noun right after a name and its comma, with a name of its own apposed after it, lists that
    relative of the name before (without a name of its own, "Arne Dahl, her brother" says who Arne
    is, and Arne owns nothing)."""
    i, doc = tok.i, r.doc
    noun = tok.head
    if r.observe is not None or tok.tag_ != "PRP$" or i < 2 or doc[i - 1].text != "," or noun.i != i + 1 \
            or noun.lemma_.lower() not in r.lex.relative_nouns or noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    before, after = r.covered.get(i - 2), r.covered.get(noun.i + 2)
    if before is None or after is None or before.root() is after.root():
        return None
    c = before.root()
    if c.platform or c.plural or not c.is_person_like() or c.gender_fit(r.lex.pronouns.get(tok.lower_)) <= 0:
        return None
    return c
