"""A marriage announced in the social-page register: 'The marriage took place on May 11, 1964,
at Holy Trinity, Hull, between Desmond Kettleby and Margery Pask', 'The marriage took place on
Saturday, May 4, at St Cuthbert's, Wells, of Mr Felix Amory, younger son of ..., and Miss
Clementine Hartigan, daughter of ...'. The two named are spouses, and the marriage is an event
of the first, dated by the time the sentence gives before the names. With 'of', the partner is
the name after the first ', and' past the first person's description (an 'and' inside that
description joins the parents it names). Also a spouse given by a relative clause: 'He leaves
Nomsa, 79, to whom he was married for 55 years'."""

from __future__ import annotations

import re

from dateline.extractors.entities.wedding import TOOK_PLACE, took_place_first, took_place_partners
from dateline.extractors.facts.context import LIKELY, _Ctx, _named


def _rule_marriage_took_place(ctx: _Ctx) -> None:
    if ctx.text.find("took place", ctx.article.body_start) < 0:
        return
    for m in TOOK_PLACE.finditer(ctx.text, ctx.article.body_start):
        first = ctx.starting_at(took_place_first(ctx.text, m))
        at = took_place_partners(ctx.text, m, first[0].end) if first is not None else None
        second = ctx.starting_at(at[1]) if at is not None else None
        if first is None or second is None or second[1] is first[1]:
            continue
        when = next((t for t in ctx.times_overlapping(m.start("when"), m.end("when")) if t.type == "DATE"), None)
        ctx.note_couple(m.start(), first[1], second[1])  # ("Now 84 and 82, the couple live in Beverley")
        ctx.add("spouse", first[1], m.start(), second[0].end, obj=second[1], confidence=LIKELY)
        ctx.add("event", first[1], m.start(), second[0].end, obj=second[1], value="marriage", time=when.id if when else None, confidence=LIKELY)


# "He leaves Nomsa, 79, to whom he was married for 55 years": the name before the clause and
# the clause's pronoun are spouses (a relative "to whom" no other rule reads)
_TO_WHOM = re.compile(r"(?:,\s+\d{1,3})?,\s+to\s+whom\s+(?P<pron>he|she)\s+(?:was|had\s+been|has\s+been|is|had\s+been\s+happily|was\s+happily)\s+married\b")


def _rule_married_to_whom(ctx: _Ctx) -> None:
    if ctx.text.find("to whom", ctx.article.body_start) < 0:
        return
    for m in _TO_WHOM.finditer(ctx.text, ctx.article.body_start):
        partner = ctx.ending_at(m.start())
        pron = ctx.covering(m.start("pron"), m.end("pron"))
        if partner is None or pron is None or pron[1] is partner[1] or not _named(pron[1]):
            continue
        ctx.add("spouse", pron[1], partner[0].start, m.end(), obj=partner[1], confidence=LIKELY)
