"""A subject pronoun bound to the sentence's first subject, past a possessor inside it (moved out
of binding.py, which had grown past its size)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.clusters import _Cluster

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver


def apposed_subject_before(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional[_Cluster]:
    """"Graham's father, Lionel, bought the block in 1946; he died in 1991": a subject pronoun
    opening a clause after a semicolon (or ', and') is the person the sentence's first subject
    names by apposition, not the possessor inside that subject. At extraction only."""
    if r.observe is not None or tok.dep_ != "nsubj" or tok.i < 2:
        return None
    if tok.head.dep_ == "advcl" and (matrix := _matrix_subject(r, tok, gender)) is not None:
        return matrix
    prev = tok.doc[tok.i - 1]
    if not (prev.text == ";" or (prev.lower_ == "and" and tok.doc[tok.i - 2].text == ",")):
        return None
    subj = next((t for t in tok.sent if t.i < tok.i and t.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN":
        return None
    for a in subj.children:
        c = r.covered[a.i].root() if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i > subj.i and a.i in r.covered else None
        if c is not None and c.is_person_like() and not c.plural and not c.platform and c.gender_fit(gender) == 1.0:
            return c
    return None


_TIME_MARKS = frozenset({"until", "till", "before", "after", "when", "while"})


def _matrix_subject(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional[_Cluster]:
    """"His father, Thomas Furlong, founded it in 1921 ... and ran it until he died in 1962": the
    subject of a time clause is the subject of the verb the clause hangs on (shared through 'and'),
    when no other person of the pronoun's gender is named between them."""
    clause = tok.head
    if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children):
        return None
    verb = clause.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > tok.i or subj.i not in r.covered:
        return None
    c = r.covered[subj.i].root()
    if not c.is_person_like() or c.plural or c.platform or c.gender_fit(gender) != 1.0:
        return None
    between = {id(r.covered[k].root()) for k in range(subj.right_edge.i + 1, tok.i) if k in r.covered and r.covered[k].root().gender_fit(gender) > 0}
    return c if not between - {id(c)} else None


def subject_owner_of_thing(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional[_Cluster]:
    """"The groom's party was led by his elder brother": a possessive inside a clause whose
    subject is a thing or a group owned by a person ("The groom's party", "Ana's car") is that
    owner's, when nobody else is named in the clause before it and the owner's gender fits. Not
    where the subject is a person's noun ("The groom's father said his ..." may be the father's).
    At extraction only."""
    if r.observe is not None or tok.tag_ != "PRP$":
        return None
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() in r.lex.person_or_gendered or subj.lemma_.lower() in r.lex.role_heads:
        return None
    if any(a.dep_ == "appos" and a.i in r.covered and r.covered[a.i].root().is_person_like() for a in subj.children):
        return None  # ("His predecessor, the late Wilf Armstrong, ran the club until his death": a person, named)
    owner = next((c for c in subj.children if c.dep_ == "poss" and c.i in r.covered), None)
    if owner is None:
        return None
    c = r.covered[owner.i].root()
    if not c.is_person_like() or c.plural or c.platform or c.gender_fit(gender) != 1.0:
        return None
    others = {id(r.covered[k].root()) for k in range(subj.right_edge.i + 1, tok.i) if k in r.covered}
    return c if not others - {id(c)} else None
