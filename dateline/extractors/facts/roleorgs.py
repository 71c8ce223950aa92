"""Where a role noun's organisation stands in ways the general role reader (employment.py) does
not take: 'the head of' a school named by 'of' (a bare 'head' is also a family's or a state's),
a job 'on' a railway or a council, and the kin noun before an 'of' that makes a name somebody's
relative rather than an employer."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Optional

from spacy.tokens import Token

from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.facts.context import ORG, _Ctx, _tok_end
from dateline.extractors.facts.lexicon import patterns
from dateline.model import Entity, Mention


def on_org(ctx: _Ctx, tok: Token, org_at: Callable[..., Optional[tuple[Mention, Entity]]]) -> list[tuple[Mention, Entity]]:
    """'a fireman on the Northampton & Tove Railway', 'a councillor on Hallvik Municipal Council':
    a job's organisation after 'on', only where one is named there whose name ends in a word of
    posts.on_bodies or employment.staffed_bodies (``org_at``, roleemployers._org_at, passed in:
    that module reads this one)."""
    bodies = {*patterns()["posts"]["on_bodies"], *patterns()["employment"]["staffed_bodies"]}
    # ("was a ghillie on the Glenbrae Estate": the parser may hang "on" on the copula)
    for obj in _objects(tok, "on") or (_objects(tok.head, "on") if tok.dep_ == "attr" else []):
        hit = org_at(ctx, obj, named=True)
        if hit is not None and _ends_in(hit[1], bodies):
            return [hit]
    return []


def _objects(tok: Token, prep_word: str) -> list[Token]:
    """The objects of the token's own ``prep_word`` phrases."""
    return [obj for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == prep_word
            for obj in prep.children if obj.dep_ == "pobj"]


def _ends_in(org: Entity, words: Collection[str]) -> bool:
    """The organisation's name ends in one of ``words`` ("Perth District Collegiate")."""
    last = org.name.lower().split()[-1:]
    return bool(last) and last[0] in words


def headed_body(ctx: _Ctx, tok: Token) -> bool:
    """'the head of Perth District Collegiate': 'head' and an 'of' whose organisation's name ends
    in a word for a school, a college or a department (posts.headed_bodies)."""
    if tok.lower_ != "head":
        return False
    bodies = patterns()["posts"]["headed_bodies"]
    return any((hit := ctx.covering(obj.idx, _tok_end(obj), ORG)) is not None and _ends_in(hit[1], bodies)
               for obj in _objects(tok, "of"))


def kin_of_before(ctx: _Ctx, at: int) -> bool:
    """The words before ``at`` are a kin noun and 'of' ("grandfather of ")."""
    got = re.search(r"([a-z-]+)\s+of\s+(?:the\s+late\s+)?$", ctx.text[max(0, at - 40) : at])
    return got is not None and got.group(1) in lexicon().relative_nouns
