"""'"My brother told me all week to go high," she said. ... That brother, Liam, 17, plays for the
club's under-18 side': a kin noun under "that" or "this" picks up the relative an owner spoke of
or was given with the same noun shortly before (a quotation's 'my' is its speaker's,
speakers.py); the name apposed to it is that relative."""

from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from spacy.tokens import Token

from dateline.extractors.facts.context import _Ctx
from dateline.model import Entity
from dateline.nlp import tokens_in

# how far back the earlier noun may be (a few paragraphs of news copy)
_REACH = 1200


def earlier_owner(ctx: _Ctx, tok: Token) -> Optional[tuple[Entity, int]]:
    """The owner of the last possessed ``tok.lower_`` ("my brother", "her sister") before the
    demonstrative kin noun ``tok``, and where that mention starts; None when none is in reach, its
    possessive has no person, or a name was apposed to it already (then it is that one's)."""
    doc = ctx.doc
    at = tokens_in(doc, "lower", {tok.lower_})
    for k in reversed(at[: bisect_left(at, tok.i)]):
        noun = doc[k]
        if tok.idx - noun.idx > _REACH:
            return None
        poss = [c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("my", "his", "her")]
        if not poss:
            continue
        if any(c.dep_ == "appos" for c in noun.children):
            return None  # ("her sister, Ruth, ... That sister": named already, no new reading)
        owner = ctx.token_entity(poss[0])
        return (owner, poss[0].idx) if owner is not None else None
    return None
