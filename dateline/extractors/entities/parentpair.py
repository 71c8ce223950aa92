"""'the second son of a stonemason and his wife, Teresa', 'the daughter of Aldo Vella, a baker,
and his wife, Rita': the possessive of the second parent's kin noun is the first parent's, not
the child's the sentence is about; and 'Mrs Omolara Bakare, 40, a former bank cashier, and her
husband, Segun' is Omolara's husband, not the one she is the daughter of. At extraction only: the
ranker's training on GAP reads its own picks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.clusters import _Cluster

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver


def parents_partner_owner(r: "_Resolver", tok: Token) -> Optional[_Cluster]:
    """The first parent named after 'son of' / 'daughter of' when the possessive opens the
    second parent's spouse noun right after 'and' ('... of A and his wife, B'), if the
    pronoun's gender fits the first."""
    doc, lex = r.doc, r.lex
    i = tok.i
    if getattr(r, "observe", None) is not None or tok.tag_ != "PRP$" or i < 4 or doc[i - 1].lower_ != "and" \
            or tok.head.lower_ not in lex.spouse_nouns:
        return None
    start = r.sent_start_of[i]
    k = i - 2
    while k > start and doc[k].lower_ != "of" and doc[k].pos_ not in ("VERB", "AUX"):
        k -= 1
    # (the spouse noun joined to the parent named after "of", not to the child it is apposed to:
    # "Themba Nkosi, the son of a Soweto brickmaker, and his wife of 52 years, Nomsa" is Themba's)
    if doc[k].lower_ != "of" or doc[k].head.lemma_.lower() not in lex.child_nouns or tok.head.dep_ != "conj" \
            or not k < tok.head.head.i < i:
        return None
    first = next((r.covered[j].root() for j in range(k + 1, i - 1) if j in r.covered), None)
    if first is None or first.platform or first.plural or not first.is_person_like():
        return None
    return first if first.gender_fit(lex.pronouns.get(tok.lower_)) > 0 else None


def fronted_parents(r: "_Resolver", tok: Token) -> set[int]:
    """'Born in Udine, the second son of Aldo Vella and his wife, Rita, he landed ...': the
    subject a fronted 'son of' phrase describes is none of the parents it names (cluster ids)."""
    doc, lex = r.doc, r.lex
    i = tok.i
    if getattr(r, "observe", None) is not None or tok.tag_ != "PRP" or tok.dep_ not in ("nsubj", "nsubjpass") \
            or i < 3 or doc[i - 1].text != ",":
        return set()
    start = r.sent_start_of[i]
    of = next((k for k in range(start + 1, i - 1) if doc[k].lower_ == "of" and doc[k - 1].lemma_.lower() in lex.child_nouns), None)
    if of is None or any(doc[k].pos_ in ("VERB", "AUX") and doc[k].dep_ == "ROOT" for k in range(of, i)):
        return set()
    return {id(r.covered[k].root()) for k in range(of + 1, i - 1) if k in r.covered}


def apposed_partner_owner(r: "_Resolver", tok: Token) -> Optional[_Cluster]:
    """The person whose name (and what is apposed to it) ends right before ', and his/her
    <spouse noun>': the spouse noun is joined to that name, so the possessive is that person's,
    if the gender fits. Not past an "of" (the parents' case above) nor a verb."""
    doc, lex = r.doc, r.lex
    i = tok.i
    if getattr(r, "observe", None) is not None or tok.tag_ != "PRP$" or i < 4 or doc[i - 1].lower_ != "and" \
            or doc[i - 2].text != "," or tok.head.lower_ not in lex.spouse_nouns:
        return None
    start = r.sent_start_of[i]
    k = i - 3
    while k > start and k not in r.covered:
        if doc[k].lower_ == "of" or doc[k].pos_ in ("VERB", "AUX"):
            return None
        k -= 1
    if k not in r.covered:
        return None
    first = r.covered[k].root()
    if first.platform or first.plural or not first.is_person_like() or not any(m.kind == "name" for m in first.mentions):
        return None
    return first if first.gender_fit(lex.pronouns.get(tok.lower_)) > 0 else None

