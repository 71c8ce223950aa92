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
