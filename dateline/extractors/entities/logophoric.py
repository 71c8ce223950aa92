"""An object pronoun inside what a person is reported to say, in a clause whose subject is no
person: "Ines Varga claimed that the club's decision had dismayed him" is about the speaker. A
clause about some thing or event that happened to "him" is the speaker's own experience (a
logophoric reading); a person acting in the clause ("that Tamsin had dismayed him", "that her
father's decision ...", "that he ...") leaves the pronoun to the ranker. At extraction only:
the shipped ranker is trained on every pronoun of GAP (GAP validation 77.1 -> 77.4, development
unchanged, 2026-12-02, session gap34)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.pronouns import _Resolver

_SUBJECTS = ("nsubj", "nsubjpass")


def _fits(r: "_Resolver", c: "_Cluster", gender: Optional[str]) -> bool:
    return not c.platform and not c.plural and c.is_person_like() and c.gender_fit(gender) == 1.0


def _names_a_person(r: "_Resolver", subject: Token, tok: Token) -> bool:
    """Is the reported clause's subject a person, or does a person act in it? A possessor does
    not act ("David's departure dismayed him": the departure does)."""
    lex = r.lex
    if subject.i in r.covered or subject.lower_ in lex.pronouns or subject.lower_ in lex.person_nouns:
        return True
    for k in subject.subtree:
        if k.i == tok.i or k.dep_ == "poss" or k.head.dep_ == "poss":
            continue
        c = r.covered.get(k.i)
        if c is not None and c.root().is_person_like():
            return True
    return False


def speaker_of_object(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional["_Cluster"]:
    """The speaker, for him/her the object of a clause a speech verb reports whose subject is
    no person; None when the verb also names a listener of that gender ("told Lee that the
    ruling had cleared him" may be Lee) or the speaker does not fit."""
    if r.observe is not None or tok.tag_ != "PRP" or tok.dep_ not in ("dobj", "dative") or tok.lower_.endswith("self"):
        return None
    verb = tok.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in r.lex.speech_verbs:
        return None
    subjects = [ch for ch in verb.children if ch.dep_ in _SUBJECTS]
    if not subjects or any(_names_a_person(r, s, tok) for s in subjects):
        return None
    said = verb.head
    for ch in said.children:
        if ch.dep_ in ("dobj", "dative") and ch.i in r.covered and _fits(r, r.covered[ch.i].root(), gender):
            return None
    for ch in said.children:
        if ch.dep_ == "nsubj" and ch.i < tok.i and ch.i in r.covered:
            c = r.covered[ch.i].root()
            return c if _fits(r, c, gender) else None
    return None
