"""'Ayanda Mgwebi, 26, who manages the Sutherland Street branch', 'Mwila manages the company's
depot', 'Dare Adekunle manages its Ibadan depot': who manages a part of a business (a shop, a
branch, a depot; patterns key ``managed_parts``) is its manager, employed by the business the
part's possessor names, or else by the one the article opens on and is about (``lede_org``).
(Running a part, 'ran the company's cold store', was tried as an employer on 2026-12-07 and
dropped: a party's data operation, a group's training school and a place's yard, net -3.)
Not a part the sentence places at another organisation ('manages the shop at Hamnavoe
Textiles' is left to the employment rules), and not fields, vines or a career, which are no
post. Run after the post rules, so that a post already read stays the only one."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.extractors.facts.clauses import _not_asserted
from dateline.extractors.facts.context import LIKELY, ORG, PERSON, _Ctx, _tok_end, patterns
from dateline.extractors.facts.publisher import lede_org
from dateline.extractors.facts.subjects import _subjects
from dateline.model import Entity
from dateline.nlp import tokens_in, tokens_of


def _rule_managed_parts(ctx: _Ctx) -> None:
    parts = set(patterns()["managed_parts"]["parts"])
    toks = tokens_of(ctx.doc)
    for k in tokens_in(ctx.doc, "lemma", ("manage",)):
        verb = toks[k]
        if verb.pos_ != "VERB" or verb.idx < ctx.article.body_start or _not_asserted(verb):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in parts]
        if not objs:
            continue
        org = _owner(ctx, objs[0])
        if org is None:
            continue
        for person in _subjects(ctx, verb, couples=False):
            if person.type not in PERSON:
                continue
            start, end = verb.idx, _tok_end(objs[0].right_edge)
            ctx.add("title", person, start, end, value="manager", confidence=LIKELY)
            ctx.add("employer", person, start, end, obj=org, confidence=LIKELY)


def _possessor(ctx: _Ctx, part: Token) -> Optional[Entity]:
    """The organisation that owns the part: 'its', 'the company's' (a possessive on the part)."""
    poss = [c for c in part.children if c.dep_ == "poss"]
    hit = ctx.covering(poss[0].idx, _tok_end(poss[0]), ORG) if poss else None
    return hit[1] if hit is not None and hit[1].type in ORG else None


def _owner(ctx: _Ctx, part: Token) -> Optional[Entity]:
    """The business the part belongs to: its possessor ('its', 'the chain's'), or, for a part
    named bare ('the Victoria Avenue shop'), the article's own organisation; none where an
    organisation is named inside the part's phrase ('the Hamnavoe Textiles shop' is a business
    of its own, left to the rules that read it)."""
    if any(c.dep_ == "poss" for c in part.children):
        return _possessor(ctx, part)
    left = part.left_edge
    if any(e.type in ORG for m, e in ctx.mentions_from(left.idx) if left.idx <= m.start < _tok_end(part)):
        return None
    main = lede_org(ctx)
    return main[1] if main is not None else None
