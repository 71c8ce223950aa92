"""Ages said of two people at once: 'The couple, both 34,', 'The pair, aged 61 and 58,', 'Tom
and Ann Lee, both 34,' (patterns key ``pair_ages``). Apart from ages.py, whose age fact it
writes through, because it reads pairs (couples, siblings, two names joined by 'and')."""

from __future__ import annotations

import re

from dateline.extractors.facts.ages import _age_fact
from dateline.extractors.facts.context import COUPLE_WORDS, LIKELY, _Ctx, _regexes, _resolve, number_value
from dateline.model import Entity


def _pair_at(ctx: _Ctx, comma: int) -> tuple[list[Entity], int]:
    """The two people a phrase right before the comma at ``comma`` stands for: 'the couple',
    'the Holts' (a couple named before), or 'Tom and Ann Lee' (two names joined by 'and')."""
    span = ctx.doc.char_span(comma, comma + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return [], comma
    anchor = ctx.doc[span.start - 1]
    second = ctx.ending_at(comma)
    if second is not None and ctx.text[second[0].start - 5 : second[0].start] == " and ":
        first = ctx.ending_at(second[0].start - 5)
        return ([first[1], second[1]], first[0].start) if first is not None and first[1] is not second[1] else ([], comma)
    if second is not None:
        # "Tom Hale and his wife Ann, both 70": the pair the sentence has just named
        sent_start = anchor.sent.start_char
        for at, pair in ctx.pairs_within(ctx.couples, sent_start, comma - 1) + ctx.pairs_within(ctx.siblings, sent_start, comma - 1):
            if second[1] in pair and pair[0] is not pair[1]:
                return list(pair), at
        return [], comma
    if anchor.lower_ not in COUPLE_WORDS and not anchor.text[:1].isupper():
        return [], comma
    people = _resolve(ctx, anchor)
    return (people, anchor.left_edge.idx) if len(people) == 2 else ([], comma)


def _rule_pair_ages(ctx: _Ctx) -> None:
    """'The couple, both 34,', 'The pair, aged 61 and 58,', 'Tom and Ann Lee, both 34,': ages
    said of two people at once (patterns key ``pair_ages``)."""
    for m in _regexes()["pair_ages"].finditer(ctx.text, ctx.article.body_start):
        pair, ev_start = _pair_at(ctx, m.start())
        if not pair:
            continue
        if m.group("both"):
            ages = [(number_value(m.group("both")), m.span("both"))] * 2
        else:
            first, second = ("first", "second") if m.group("first") else ("first_bare", "second_bare")
            ages = [(number_value(m.group(first)), m.span(first)), (number_value(m.group(second)), m.span(second))]
        for person, (age, span) in zip(pair, ages, strict=True):
            if age is not None:
                _age_fact(ctx, person, age, ev_start, m.end(), LIKELY, span)
    # (every match ends on "couple" or "pair": without either word the pattern, tried at every
    # character, is not run)
    for m in _FRONTED.finditer(ctx.text, ctx.article.body_start) if "couple" in ctx.text or "pair" in ctx.text else ():
        # "Now 84 and 82, the couple live in Beverley": the ages before the pair they are of
        noun = ctx.doc.char_span(m.start("noun"), m.end("noun"), alignment_mode="expand")
        people = _resolve(ctx, noun.root) if noun is not None else []
        if len(people) != 2:
            continue
        for person, g in zip(people, ("first", "second"), strict=True):
            age = number_value(m.group(g))
            if age is not None:
                _age_fact(ctx, person, age, m.start(), m.end(), LIKELY, m.span(g))


_FRONTED = re.compile(r"(?:^|(?<=[.!?]\s))(?:Now\s+|Aged\s+)?(?P<first>\d{1,3})\s+and\s+(?P<second>\d{1,3}),\s+the\s+(?P<noun>couple|pair)\b", re.M)

