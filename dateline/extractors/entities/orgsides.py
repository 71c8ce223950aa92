"""Organisations known by what surrounds them: the number that closes a station's name ('Coast
104'), the other side of a match one side of which is a club, and where one joins an organisation
from or to. Checks ``context.context_evidence`` asks of each name (at extraction and in training
alike, unless a check says otherwise)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.nlp import char_tokens, tokens_of

if TYPE_CHECKING:
    from dateline.extractors.entities.builder import _Builder
    from dateline.extractors.entities.clusters import _Cluster


def _closing_number(b: "_Builder", e: int) -> bool:
    """'Skye 88 opened a studio', 'joined Coast 104': a number (no year) right after the name
    ending before token ``e``, which the parse hangs on it as part of it, with no comma before
    it as an age takes."""
    toks = tokens_of(b.doc)
    # (not a score: "beat Harwood Town 2-1")
    score = e + 1 < len(toks) and not toks[e].whitespace_ and toks[e + 1].text[:1] in "-–—/:"
    return (e < len(toks) and toks[e].text.isdigit() and len(toks[e].text) < 4 and toks[e].dep_ == "nummod"
            and toks[e].head.i == e - 1 and bool(toks[e - 1].whitespace_) and not score)


def _numbered_names(b: "_Builder", c) -> None:
    """An organisation's name mentions run on over the number closing them ('Skye 88')."""
    toks = tokens_of(b.doc)
    for m in c.mentions:
        bounds = char_tokens(b.doc, m.start, m.end) if m.kind == "name" else None
        if bounds is not None and _closing_number(b, bounds[1]):
            m.end = toks[bounds[1]].idx + len(toks[bounds[1]].text)


def _conj_top(tok: Token) -> Token:
    steps = 0
    while tok.dep_ == "conj" and tok.head.i != tok.i and steps < 10:
        tok = tok.head
        steps += 1
    return tok


def apposed_side(b: "_Builder", head: Token, s: int) -> bool:
    """'beating the holders, Palandöken Atlıspor, by 14 points to 11': one name (starting at
    token ``s``) set off after a plural noun of a match's sides (patterns key ``side_plurals``)
    is a team, no person, whether the parse made it the noun's apposition or not; in extraction
    only."""
    if b.observe is not None or s < 3:
        return False
    toks = tokens_of(b.doc)
    noun = toks[s - 2]
    return (toks[s - 1].text == "," and noun.tag_ == "NNS" and noun.lower_ in b.lex.side_plurals and toks[s - 3].lower_ == "the"
            and (head.dep_ == "appos" or (head.i + 1 < len(toks) and toks[head.i + 1].text == ","))
            and not any(ch.dep_ == "conj" for ch in head.children))


def _contest_side(b: "_Builder", head: Token) -> bool:
    """The other side of a match whose one side is an organisation: "her side beat Kelby Town",
    "Ashcombe will meet either Harlow Dene or St Aldric's"."""
    lex = b.lex
    tok = _conj_top(head)
    verb: Optional[Token] = None
    if tok.dep_ in ("dobj", "nsubj"):
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("to", "against", "with") and tok.head.dep_ == "prep":
        verb = tok.head.head
    if verb is None or verb.lemma_.lower() not in lex.contest_verbs:
        return False
    others = []
    for ch in verb.children:
        if ch.i == tok.i:
            continue
        if ch.dep_ in ("nsubj", "dobj"):
            others.append(ch)
        elif ch.dep_ == "prep" and ch.lower_ in ("to", "against", "with"):
            others.extend(g for g in ch.children if g.dep_ == "pobj")
    for o in others:
        if o.lemma_.lower() in lex.group_nouns and o.tag_ in ("NN", "NNS"):
            return True
        oc = b.covered.get(o.i)
        if oc is not None and oc.root().votes["ORG_KEYWORD"] and not oc.root().is_person_like():
            return True
    return False


_SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}")


def scored_side(b: "_Builder", head: Token, e: int) -> bool:
    """'a rink skipped by Marlene Ostrowski beat Prince Albert 7-5': the object or subject of a
    match's verb with the score right after the name is a side, whatever title it opens with."""
    tok = _conj_top(head)
    if tok.dep_ not in ("dobj", "nsubj", "npadvmod") or tok.head.lemma_.lower() not in b.lex.contest_verbs:
        return False
    toks = tokens_of(b.doc)
    after = "".join(t.text for t in toks[e : e + 3])
    return _SCORE.match(after) is not None


def _joined_from(b: "_Builder", head: Token) -> bool:
    """'joined Ashcombe Athletic from Wrexley Vale', 'joined the company from Veradyne': where
    one joins an organisation from is another organisation."""
    tok = _conj_top(head)
    if tok.dep_ != "pobj" or tok.head.lower_ != "from" or tok.head.head.lemma_.lower() != "join":
        return False
    for ch in tok.head.head.children:
        if ch.dep_ != "dobj":
            continue
        if ch.lemma_.lower() in b.lex.group_nouns or ch.lemma_.lower() in b.lex.org_nouns:
            return True
        oc = b.covered.get(ch.i)
        if oc is not None and oc.root().votes["ORG_KEYWORD"] and not oc.root().is_person_like():
            return True
    return False


def _joined_to(b: "_Builder", head: Token) -> bool:
    """'joined Yarrabee Ridge from Corella Flat Wines': what one joins from an organisation is
    another organisation (the other half of ``_joined_from``)."""
    if head.dep_ != "dobj" or head.head.lemma_.lower() != "join":
        return False
    for prep in head.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for g in prep.children:
            oc = b.covered.get(g.i) if g.dep_ == "pobj" else None
            if oc is not None and oc.root().votes["ORG_KEYWORD"] and not oc.root().is_person_like():
                return True
    return False


def namesake_firm(toks, s: int, e: int) -> bool:
    """'Lionel Fisk, solicitor, of Fisk Dunmore': a longer name after a person's 'of' that opens
    with that person's own surname is the firm that bears it (a person is not 'of' somebody
    named after them; a place or a house would be 'of' a single word or a street)."""
    head = _conj_top(toks[e - 1])
    if e - s < 2 or head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    owner = head.head.head
    return owner.i < s and owner.pos_ == "PROPN" and owner.i > 0 and toks[owner.i - 1].pos_ == "PROPN" and toks[s].text == owner.text


def lone_possessive_org(b: "_Builder", word: str, at: int) -> Optional["_Cluster"]:
    """'a driver with Kelleher's since 1997' after "Kelleher's Coaches": a name's possessive with
    no noun after it is a business called so, the one named with it, not a person of that
    surname (at extraction only)."""
    toks = tokens_of(b.doc)
    if at + 2 >= len(toks) or toks[at + 1].text not in ("'s", "\u2019s") or toks[at + 2].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None
    shops = {id(c.root()): c.root() for c in b._recent_first()
             if len(c.key) >= 3 and c.key[0] == word and c.key[1] in ("'s", "\u2019s") and not c.root().is_person_like()}
    return next(iter(shops.values())) if len(shops) == 1 else None
