"""Whom a relative "who" stands for when the parse hangs it on no person: a description apposed
to a name, an address run, a memorial entry's participle."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.clusters import _Cluster
from dateline.extractors.entities.notices import address_owner

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver


def _described_by(r: "_Resolver", noun: Token) -> Optional[_Cluster]:
    """The person named by the noun a "who" clause hangs on, or by the name that noun is apposed
    to ('Paul Achebe, 44, a local joiner, who ...'), when the parse left "who" unresolved."""
    for _ in range(3):
        c = r.covered.get(noun.i)
        if c is not None:
            c = c.root()
            return c if not c.platform and not c.plural and c.is_person_like() else None
        if noun.dep_ != "appos":
            return None
        noun = noun.head
    return None


def relative_antecedent(r: "_Resolver", who: Token) -> Optional[_Cluster]:
    """Whom "who" stands for: the named noun its clause hangs on, or, when the parser hangs it
    on an organisation or place inside a description of a person ("Kari Brenne, a biologist at
    the Nordhavn Institute, who says"), that person, within the sentence. None when nothing
    named is there."""
    a = who.head.head
    first = r.covered.get(a.i)
    first = first.root() if first is not None else None
    if first is None and r.observe is None and a.like_num:
        described = _participle_subject(r, a)
        if described is not None:
            return described
    # ("Cyril Marwood, the band's conductor from 1979 to 2003, who was 88": a span of years the
    # parser hangs "who" on, at extraction only, is climbed like a place)
    span_year = r.observe is None and first is None and a.like_num
    # ("the late S. Krishnaswamy, a former lathe operator at a textile mill, who named it": a
    # common noun in a description apposed to the person is climbed too, at extraction only)
    in_description = r.observe is None and first is None and a.pos_ == "NOUN" and a.dep_ == "pobj" and a.head.dep_ == "prep" \
        and a.head.head.dep_ in ("appos", "conj") and a.head.head.pos_ == "NOUN"
    if r.observe is None and first is not None and _unnamed_parent_of_described(r, a, who, first):
        # ("the late Cecil Bramwell, a former railway porter and the son of a Clarendon cane
        # cutter, who opened a one-room shop": set off by a comma, the clause is the named man's,
        # not the unnamed parent's his description mentions; at extraction only)
        first, in_description = None, True
    if r.observe is None and first is None and a.is_lower and a.i == who.i - 1 and (set_off := _set_off_name(r, a)) is not None:
        return set_off  # ("named after Bruce Templeton, the surf club stalwart who died last year", however parsed)
    if (first is not None and first.is_person_like()) or r.observe is not None or (first is None and a.pos_ != "PROPN" and not span_year and not in_description):
        return first  # training reads the parse's own attachment; a common noun is left as it was
    sent = r.sent_start_of[who.i]
    for _ in range(6 if span_year else 4):
        if a.dep_ == "pobj" and a.head.dep_ == "prep":
            a = a.head.head
        elif span_year and a.dep_ == "prep":
            a = a.head
        elif a.dep_ == "appos" or (in_description and a.dep_ == "conj" and a.pos_ == "NOUN"):
            a = a.head
        else:
            break
        if r.sent_start_of[a.i] != sent:
            break
        c = r.covered.get(a.i)
        if c is not None and c.root().is_person_like():
            return c.root()
    if span_year:
        # (the span hung on the verb: "named after Cyril Bramhall, the band's conductor from 1979
        # to 2003, who was 88": the nearest person named before it in the sentence)
        for k in range(who.i - 1, sent - 1, -1):
            c = r.covered.get(k)
            if c is not None and c.root().is_person_like():
                return c.root()
    if first is None or not first.is_person_like():
        # "PENNICOTT, Harold James, late of 14 Orchard Rise, Wexcombe, a retired postmaster,
        # who died ...": the person before the address, not a street or a town in it
        end = address_owner(r.doc, who.i)
        c = r.covered.get(end) if end is not None else None
        if c is not None and c.root().is_person_like():
            return c.root()
    return first


def _unnamed_parent_of_described(r: "_Resolver", a: Token, who: Token, first: _Cluster) -> bool:
    kin = a.head.head if a.dep_ == "pobj" and a.head.lower_ == "of" else None
    return kin is not None and kin.lemma_.lower() in r.lex.child_nouns and kin.dep_ in ("appos", "conj") \
        and who.i > 0 and r.doc[who.i - 1].text == "," and not any(m.kind == "name" for m in first.mentions)


def _participle_subject(r: "_Resolver", year: Token) -> Optional[_Cluster]:
    """'Ida Roe, our oldest member, baptised here in 1922, who died in March': a memorial entry
    with no finite verb, the parser rooting it on the participle and hanging "who" on its year;
    the clause describes the entry's person, the participle's subject (at extraction only)."""
    verb = year.head.head if year.dep_ == "pobj" and year.head.dep_ == "prep" else None
    if verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i:
        return _described_by(r, verb.head)  # ("Ida Roe, our oldest member, baptised ...")
    # (the tagger reads such a participle as a past tense: the comma before it says otherwise)
    if verb is None or verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "ROOT" or verb.doc[verb.i - 1].text != "," or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    c = r.covered.get(subj.i) if subj is not None else None
    return c.root() if c is not None and c.root().is_person_like() else None


def _set_off_name(r: "_Resolver", noun: Token) -> Optional[_Cluster]:
    """The person named right before the comma that opens the noun's phrase: 'Bruce Templeton,
    the surf club stalwart' (a description set off after the name, whatever the parser made of it)."""
    k = noun.left_edge.i
    if k < 2 or r.doc[k - 1].text != "," or not any(t.lower_ in ("the", "a", "an") for t in r.doc[k : noun.i]):
        return None
    c = r.covered.get(k - 2)
    return c.root() if c is not None and c.root().is_person_like() else None
