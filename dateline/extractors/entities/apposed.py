"""A name the small model took for a place, with a person's noun apposed to it: "in memory of
Gethin Rhys, a farmer who died in 2019", "Ffion Pugh, the club's secretary". A place is not a
farmer or a secretary; a town's description says what it is ("Port Talbot, a steel town"), and
such a noun is no person's."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extractors.entities.agewords import stated_age
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
        # (or any noun with an age: "Gurpreet Singh Sandhu, the 24-year-old raider")
        if not (words & (lex.person_nouns | lex.role_heads) or stated_age(ch) is not None) or fronted_kin(doc, ch) is not None:
            continue  # ("Born on Gull Rock, the son of a keeper, he": the pronoun's, common.fronted_kin)
        if any(g.dep_ == "poss" or (g.dep_ == "det" and g.lower_ in _DETERMINERS) for g in ch.children):
            return True
    return False


def post_apposed_before(first: Token, lex: Lexicon) -> bool:
    """``first`` opens an untagged name set off by commas right after a post of an organisation:
    'The chairperson of the Kloofsig School Governing Body, Thandiwe Mahlangu, said'. The
    organisation is the object of an 'of' that hangs on a post or a person's noun with an
    article, so the name the commas set off is the post holder's."""
    doc = first.doc
    k = first.i - 1
    if k < 2 or doc[k].text != ",":
        return False
    j = k - 1 if doc[k].ent_type_ != "ORG" else k
    while j > 0 and doc[j].ent_type_ == "ORG" and doc[j].ent_iob_ != "B":
        j -= 1
    if doc[j].ent_type_ != "ORG":
        return False
    of = doc[j - 1] if doc[j].lower_ != "the" else doc[j]
    if of.lower_ == "the" and j >= 1:
        of = doc[of.i - 1]
    if of.lower_ != "of":
        return False
    post = of.head
    return post.i < of.i and post.pos_ == "NOUN" and (post.lower_ in lex.titles or post.lower_ in lex.person_nouns or post.lower_ in lex.role_heads
                                                     or post.lower_ in lex.employee_roles) \
        and any(g.dep_ == "det" and g.lower_ == "the" for g in post.children)
