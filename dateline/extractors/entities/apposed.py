"""A name the small model took for a place, with a person's noun apposed to it: "in memory of
Gethin Rhys, a farmer who died in 2019", "Ffion Pugh, the club's secretary". A place is not a
farmer or a secretary; a town's description says what it is ("Port Talbot, a steel town"), and
such a noun is no person's."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extractors.entities.common import fronted_kin
from dateline.extractors.entities.lexicon import Lexicon

_DETERMINERS = frozenset({"a", "an", "the"})


def person_apposed(last: Token, lex: Lexicon) -> bool:
    """``last`` ends a name of two or three words and a comma follows it; the parse hangs an
    apposition on it whose head is a person's noun (a job, a kin or person word, a role) with
    an article or a possessive before it."""
    doc = last.doc
    if last.i + 2 >= len(doc) or doc[last.i + 1].text != ",":
        return False
    # ("born in Cumberland County, Nova Scotia, the son of ...": a place after a preposition of
    # place, to which the parser hung the description of the one born)
    top = last
    while top.dep_ in ("appos", "conj", "compound") and top.head.i != top.i:
        top = top.head
    if top.dep_ == "pobj" and top.head.lower_ in lex.place_prepositions:
        return False
    for ch in last.children:
        if ch.dep_ != "appos" or ch.i <= last.i + 1 or not ch.text.islower():
            continue
        words = {ch.lower_, ch.lemma_.lower()}
        if not words & (lex.person_nouns | lex.role_heads) or fronted_kin(doc, ch) is not None:
            continue  # ("Born on Gull Rock, the son of a keeper, he": the pronoun's, common.fronted_kin)
        if any(g.dep_ == "poss" or (g.dep_ == "det" and g.lower_ in _DETERMINERS) for g in ch.children):
            return True
    return False
