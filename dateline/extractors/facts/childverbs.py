"""Verbs of having children: which verbs say a subject has the children their object counts
('had three children', 'brought up two sons'), the other parent a 'with' phrase on them names,
and their subjects less a name the parser took in from a fronted phrase. Moved out of
kinowners.py; read by kinowners.py, childcount.py and raisednames.py."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.extractors.facts.context import _Ctx, patterns
from dateline.model import Entity


def children_verb(verb: Token) -> bool:
    """'have', 'raised', 'brought up' (a phrasal verb with its particle): the subject has the
    children the object counts. Words: patterns key ``child_raising_verbs``."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lex = patterns()["child_raising_verbs"]
    if verb.lemma_ in ("have", "welcome", "share", "adopt", *lex["lemmas"]):
        return True
    prt = lex["phrasal"].get(verb.lemma_)
    return prt is not None and any(c.dep_ == "prt" and c.lower_ == prt for c in verb.children)


def with_spouse(ctx: _Ctx, verb: Token, owners: list[Entity]) -> Optional[Entity]:
    """The other parent a 'with' phrase on a verb of having children names: 'Y, with whom he had
    four children' (the clause's antecedent), 'With his wife, Ana, he brought up two sons'."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            who = verb.head if pobj.lower_ == "whom" and verb.dep_ == "relcl" else pobj
            partner = ctx.token_entity(who)
            if partner is None and patterns()["kinship"].get(pobj.lower_, {}).get("relation") == "spouse":
                # "with her husband, Frank": the name apposed to the spouse noun (the name set
                # off by commas right after it, however the parser hung it)
                k = pobj.i + 1
                hit = ctx.starting_at(pobj.doc[k + 1].idx) if k + 1 < len(pobj.doc) and pobj.doc[k].text == "," else None
                partner = hit[1] if hit is not None and ctx.text[hit[0].end : hit[0].end + 1] == "," else None
            if partner is not None and partner not in owners:
                return partner
    return None


def true_subjects(verb: Token) -> list[Token]:
    """The verb's subjects, less a name the parser made a second subject that is the apposition
    closing a fronted 'with' phrase ('With his wife of 58 years, Colette, he raised ...') or the
    subject before it ('He and his wife of 58 years, Bev, never had children')."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subj) < 2:
        return subj
    doc = verb.doc
    fronted = [c for c in verb.children if (c.dep_ == "prep" and c.lower_ == "with" or c.dep_ == "nsubj") and c.i < verb.i]

    def apposed(t: Token) -> bool:
        # (the closing comma may hang on the name itself)
        last = t.right_edge.i if doc[t.right_edge.i].text == "," and t.right_edge.i > t.i else t.right_edge.i + 1
        return any(t.left_edge.i - 1 == p.right_edge.i + 1 and doc[p.right_edge.i + 1].text == "," for p in fronted if p.i != t.i) \
            and last < len(doc) and doc[last].text == ","

    return [t for t in subj if not apposed(t)]


def married_on_name(verb: Token) -> Optional[Token]:
    """'Neville and his wife, Karen, 55, who runs the canteen, married in 1995': past the relative
    clause the parser hangs "married" on the first name as its modifier; that name, else None."""
    return verb.head if verb.dep_ == "amod" and verb.head.i < verb.i and verb.head.pos_ == "PROPN" else None


def relative_closed(verb: Token) -> Optional[Token]:
    """'Ms Dela Paz, whose late husband, Arturo, drove a taxi for 22 years, raised three
    daughters': a verb the parser joined to a relative clause's verb by a comma alone, with no
    'and', in a sentence rooted on the clause's noun, is the main verb the relative clause sat
    before: its subject is that noun."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "relcl" or head.i >= verb.i or head.head.dep_ != "ROOT" or head.head.pos_ not in ("PROPN", "NOUN"):
        return None
    doc = verb.doc
    if doc[verb.i - 1].text != "," or any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None
    return head.head


def left_with(tok: Token) -> Optional[tuple[Token, Token]]:
    """'was killed in 1971, leaving her with three sons: ...': a kin noun after the 'with' of
    'leave', and whom the verb leaves with them (the verb's subject and its object are the
    parents of the children named)."""
    t = tok
    while t.dep_ in ("conj", "appos") and t.head.i < t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ != "with" or t.head.head.lemma_.lower() != "leave":
        return None
    verb = t.head.head
    held = [c for c in verb.children if c.dep_ == "dobj" and c.i < t.i]
    return (verb, held[0]) if len(held) == 1 else None
