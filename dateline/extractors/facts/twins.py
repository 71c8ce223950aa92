"""Twins: two people the text calls twins are each other's siblings, whoever their parents
are and whether or not a kin noun names them ('twin boys Rory and Finn', 'the twins, Ola and
Zofia', 'Ola and Zofia, twins born in 2015'). The kin rule already reads 'his twin daughters,
A and B' when it finds the owner; this one needs no owner."""

from __future__ import annotations

import re

from dateline.extractors.facts.ages import _age_fact
from dateline.extractors.facts.context import LIKELY, NUMBER_RE, PERSON, _Ctx, _sentence, _tok_end, number_value
from dateline.extractors.facts.kinship import _each_other
from dateline.extractors.facts.namelists import _names_after
from dateline.model import Entity
from dateline.nlp import tokens_in, tokens_of

# nouns a 'twin' modifier makes a pair of siblings ('twin boys', 'twin sisters')
# ('her twin grandsons', 'the bridegroom's twin nieces': twins to each other, whoever's kin they are)
_PAIR_NOUNS = frozenset({"boys", "girls", "sons", "daughters", "brothers", "sisters", "children", "babies", "siblings",
                         "grandsons", "granddaughters", "grandchildren", "nieces", "nephews", "cousins"})


def _rule_twins(ctx: _Ctx) -> None:
    toks = tokens_of(ctx.doc)
    for k in tokens_in(ctx.doc, "lower", ("twin", "twins")):
        tok = toks[k]
        # ("; twins Ruby and Tess, 33;" in a list, where the parser takes 'twins' for a verb)
        named_next = k + 1 < len(toks) and ctx.starting_at(toks[k + 1].idx) is not None
        noun = tok if tok.lower_ == "twins" and (tok.pos_ == "NOUN" or named_next) else tok.head
        if noun is not tok and not (tok.dep_ in ("amod", "compound") and noun.lower_ in _PAIR_NOUNS):
            continue
        sent = _sentence(noun)
        named, end = _names_after(ctx, noun.i, sent, many=True)
        if len(named) != 2:
            # "Ola and Zofia, twins born in 2015": the two names the noun is apposed to
            head = noun.head if noun.dep_ == "appos" else None
            named = [e for e in (ctx.token_entity(t) for t in ([head, *head.conjuncts] if head is not None else [])) if e is not None]
            end = _tok_end(noun)
            if len(named) != 2 or named[0] is named[1]:
                named = _pair_before(ctx, noun.idx)
                if len(named) != 2:
                    continue
            start = min(m.start for m, e in ctx.mentions if e is named[0] and m.start <= noun.idx and m.start >= sent.start_char) \
                if any(e is named[0] and sent.start_char <= m.start <= noun.idx for m, e in ctx.mentions) else noun.idx
            _each_other(ctx, named, start, end, LIKELY)
            ctx.note_siblings(start, *named)
            continue
        _each_other(ctx, named, tok.idx, end, LIKELY)
        if len(named) == 2:
            ctx.note_siblings(tok.idx, *named)


def _pair_before(ctx: _Ctx, at: int) -> list[Entity]:
    """'A and B, twins' however the parser hangs the noun (in a semicolon list it may join
    'twins' to the verb): the two names right before the comma."""
    comma = min(at, len(ctx.text))  # (len(text[:at].rstrip()), with no copy of the text before)
    while comma > 0 and ctx.text[comma - 1].isspace():
        comma -= 1
    if ctx.text[comma - 1 : comma] != ",":
        return []
    second = ctx.ending_at(comma - 1)
    if second is None or ctx.text[second[0].start - 5 : second[0].start] != " and ":
        return []
    first = ctx.ending_at(second[0].start - 5)
    if first is None or first[1] is second[1] or first[1].type not in PERSON or second[1].type not in PERSON:
        return []
    return [first[1], second[1]]


# "the twins, 23, who both play for the club": one age for the pair the text has called twins
_THE_TWINS_AGED = re.compile(r"\b[Tt]he\s+twins,\s+(?:aged\s+)?(?P<age>" + NUMBER_RE + r")(?=\s*[,;.)])")


def _rule_the_twins_aged(ctx: _Ctx) -> None:
    """'Her twin sister, Ida Bach ... have three children: the twins, 23, ...': an age after "the
    twins" with no names of its own is both twins', the last pair before it that the text noted
    as siblings with a "twin" word where it noted them."""
    for m in _THE_TWINS_AGED.finditer(ctx.text, ctx.article.body_start) if "twins" in ctx.text else ():
        age = number_value(m.group("age"))
        pair = noted_twins(ctx, m.start())
        if age is None or pair is None or ctx.starting_at(m.start("age")) is not None:
            continue
        for person in pair:
            _age_fact(ctx, person, age, m.start(), m.end(), LIKELY, m.span("age"))


def noted_twins(ctx: _Ctx, before: int) -> tuple[Entity, Entity] | None:
    """The last pair before ``before`` that the text noted as siblings with a "twin" word where
    it noted them ('Her twin sister, Ida Bach'), if any."""
    pairs = [pair for at, pair in ctx.pairs_within(ctx.siblings, ctx.article.body_start, before)
             if "twin" in ctx.text[max(0, at - 20) : at + 40].lower()]
    return pairs[-1] if pairs else None
