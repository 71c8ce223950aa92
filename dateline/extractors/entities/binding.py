"""Pronoun rules read off the parse before the ranker: a possessive bound by the subject of its
own clause ("Keel, who won it with his band")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.clusters import _Cluster

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver

# The possessed noun's place in its clause: the verb's object, or the object of a preposition
# on the verb ("won it with his band").
_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})


def subject_owner(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional[_Cluster]:
    """The person a possessive pronoun on an object of its clause belongs to: that clause's
    subject, when it is a person of a fitting gender named (or resolved) before it. A subject
    who cannot own it (another gender, a group, an organisation) leaves the pronoun to the ranker."""
    noun = tok.head
    verb: Optional[Token] = None
    if noun.dep_ in _OBJECT_DEPS:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        verb = noun.head.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    for ch in verb.children:
        if ch.dep_ != "nsubj" or ch.i >= tok.i or ch.i not in r.covered:
            continue
        c = r.covered[ch.i].root()
        if not c.platform and not c.plural and c.is_person_like() and c.gender_fit(gender) == 1.0:
            return c
    return None
