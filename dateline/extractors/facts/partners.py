"""'Moriarty's mother ... sat beside her son's partner, Aoife Kennelly, 27. The pair have two
children': somebody's partner (or fiancée, girlfriend, boyfriend) named beside them makes a couple
for 'the pair', 'the couple' and 'they' after them, though it states no marriage (no spouse fact).
A business partner is none ('his business partner, Ramy Lotfy'; 'a partner in the firm'). Words:
patterns key ``partner_nouns``. Run before the counts that read couples."""

from __future__ import annotations

from dateline.extractors.facts.context import PERSON, _Ctx, _named, _tok_end, patterns
from dateline.nlp import tokens_in, tokens_of


def _rule_partners_as_couple(ctx: _Ctx) -> None:
    words = patterns()["partner_nouns"]
    toks = tokens_of(ctx.doc)
    for k in tokens_in(ctx.doc, "lower", set(words["nouns"])):
        noun = toks[k]
        if noun.pos_ != "NOUN" or noun.idx < ctx.article.body_start:
            continue
        if any(c.lower_ in words["not_with"] for c in noun.children) or any(c.dep_ == "prep" for c in noun.children):
            continue  # ("his business partner", "a partner in the firm")
        owner_tok = next((c for c in noun.children if c.dep_ == "poss"), None)
        named = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i and c.pos_ == "PROPN"), None)
        if owner_tok is None or named is None:
            continue
        owner = ctx.covering(owner_tok.idx, _tok_end(owner_tok), PERSON)
        partner = ctx.covering(named.idx, _tok_end(named), PERSON)
        if owner is None or partner is None or owner[1].id == partner[1].id or not (_named(owner[1]) and _named(partner[1])):
            continue
        ctx.note_couple(_tok_end(named), owner[1], partner[1])
