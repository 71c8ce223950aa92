"""A marriage announced in the social-page register: 'The marriage took place on May 11, 1964,
at Holy Trinity, Hull, between Desmond Kettleby and Margery Pask', 'The marriage took place on
Saturday, May 4, at St Cuthbert's, Wells, of Mr Felix Amory, younger son of ..., and Miss
Clementine Hartigan, daughter of ...'. The two named are spouses, and the marriage is an event
of the first, dated by the time the sentence gives before the names. With 'of', the partner is
the name after the first ', and' past the first person's description (an 'and' inside that
description joins the parents it names)."""

from __future__ import annotations

import re

from dateline.extractors.facts.context import LIKELY, _Ctx

_TOOK_PLACE = re.compile(r"\b[Tt]he\s+(?:marriage|wedding)\s+took\s+place\b(?P<when>[^.;]{0,120}?),?\s+(?P<prep>between|of)\s+(?=(?:(?:Mr|Mrs|Ms|Miss|Dr|Master)\.?\s+)?[A-Z])")
_HONORIFIC = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?")


def _rule_marriage_took_place(ctx: _Ctx) -> None:
    if ctx.text.find("took place", ctx.article.body_start) < 0:
        return
    for m in _TOOK_PLACE.finditer(ctx.text, ctx.article.body_start):
        first_at = m.end() + _HONORIFIC.match(ctx.text, m.end()).end() - m.end()  # type: ignore[union-attr]
        first = ctx.starting_at(first_at)
        if first is None:
            continue
        end = ctx.text.find(".", first[0].end)
        end = len(ctx.text) if end < 0 else end
        joint = r"\s+and\s+" if m.group("prep") == "between" else r",\s+and\s+"
        # (with "between", the name right after " and "; with "of", the first ", and" that
        # follows the first name: "..., younger son of A and B, and Miss C")
        after = re.compile(joint).search(ctx.text, first[0].end, end)
        if after is None or (m.group("prep") == "between" and after.start() != first[0].end):
            continue
        second_at = after.end() + _HONORIFIC.match(ctx.text, after.end()).end() - after.end()  # type: ignore[union-attr]
        second = ctx.starting_at(second_at)
        if second is None or second[1] is first[1]:
            continue
        when = next((t for t in ctx.times_overlapping(m.start("when"), m.end("when")) if t.type == "DATE"), None)
        ctx.note_couple(m.start(), first[1], second[1])  # ("Now 84 and 82, the couple live in Beverley")
        ctx.add("spouse", first[1], m.start(), second[0].end, obj=second[1], confidence=LIKELY)
        ctx.add("event", first[1], m.start(), second[0].end, obj=second[1], value="marriage", time=when.id if when else None, confidence=LIKELY)
