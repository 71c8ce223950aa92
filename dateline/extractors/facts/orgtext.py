"""An organisation a common noun stands for, read from the words around an earlier name: a
description in apposition ("Nordhavn Re, the Copenhagen reinsurer"), or the noun written right
after the name ("Larkfield House care home"). Moved out of orgs.py, whose _org_for reads them."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Optional

from dateline.extractors.facts.context import ORG, _Ctx
from dateline.model import Entity, Mention


def _described_in_text(ctx: _Ctx, noun: str, before: int) -> Optional[tuple[Mention, Entity]]:
    """'The reinsurer's' after 'Nordhavn Re, the Copenhagen reinsurer': the organisation last
    named before with a description of that head in apposition, read from the words where the
    entity stage made no descriptor of it (it took 'Copenhagen' for a name of its own)."""
    want = _appositive(noun.lower())
    # The nearest such name before: the names whose description may run up to ``before`` read
    # here, the rest from a list made once per noun (walking back over every earlier mention
    # when none fits was quadratic in a long article).
    k = bisect_left(ctx._starts, before) - 1
    while k >= 0 and ctx._starts[k] + ctx._longest + _APPOSITIVE_REACH > before:
        m, e = ctx.mentions[k]
        if e.type in ORG and m.kind == "name" and want.match(ctx.text, m.end, min(before, m.end + _APPOSITIVE_REACH)):
            return m, e
        k -= 1
    hits = ctx.memo.get(("described_in_text", noun.lower()))
    if hits is None:
        hits = ctx.memo[("described_in_text", noun.lower())] = [
            j for j, (m, e) in enumerate(ctx.mentions)
            if e.type in ORG and m.kind == "name" and want.match(ctx.text, m.end, m.end + _APPOSITIVE_REACH)]
    j = bisect_right(hits, k) - 1
    return ctx.mentions[hits[j]] if j >= 0 else None


def _name_before_noun(ctx: _Ctx, noun: str, before: int) -> Optional[tuple[Mention, Entity]]:
    """'at Larkfield House care home on Sunday ... The home's activities coordinator': the last
    organisation named before as a modifier of the noun itself (the noun right after its name, or
    after one lower-case noun). The fitting names are listed once per noun and article, then
    bisected: _org_for asks this for every descriptor, and a walk per ask was quadratic."""
    last = noun.split()[-1].lower()
    hits = ctx.memo.get(("name_before_noun", last))
    if hits is None:
        hits = ctx.memo[("name_before_noun", last)] = [
            j for j, (m, e) in enumerate(ctx.mentions) if e.type in ORG and m.kind == "name" and _noun_after(ctx, m, last)]
    j = bisect_left(hits, bisect_left(ctx._starts, before)) - 1
    return ctx.mentions[hits[j]] if j >= 0 else None


def _noun_after(ctx: _Ctx, m: Mention, last: str) -> bool:
    """The word right after the name, or the one after a noun modifier ("care home"), as written
    (the parser may make "home" an adverb), is ``last``."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end >= len(ctx.doc):
        return False
    nxt = ctx.doc[span.end]
    after = ctx.doc[span.end + 1] if span.end + 1 < len(ctx.doc) else None
    return nxt.lower_ == last or (after is not None and nxt.tag_ == "NN" and nxt.is_lower and after.lower_ == last)


# how far after a name its description in apposition may run, in characters
_APPOSITIVE_REACH = 60


@lru_cache(maxsize=256)
def _appositive(noun: str) -> re.Pattern:
    # (compiled once per noun: re's own cache is churned by the per-name patterns of other rules)
    # (a modifier may hold a figure: "Kōwhai Downs, the 4,200-hectare station")
    # ("Dar Bakkouche, one of the last family workshops in the medina": one of the kind)
    plural = re.escape(noun[:-1]) + "ies" if noun.endswith("y") else re.escape(noun) + "e?s"
    mods = r"(?:(?:\d[\d,.]*-)?[\w-]+\s+){0,3}"
    return re.compile(r",\s+(?:(?:the|a|an)\s+" + mods + re.escape(noun) + r"|one\s+of\s+the\s+" + mods + plural + r")\b", re.I)


def lede_end(ctx: _Ctx) -> int:
    """Where the lede ends: past a section's heading and a headline ("BUSINESS | MEDINA TRADES",
    "Red caps, new hands: ..."), the first paragraph of prose, eight words or more with a
    sentence's stop. Found once per article (read by ``publisher.lede_org`` and
    ``orgs._settled_head``)."""
    found = ctx.memo.get(("lede_end",))
    if found is None:
        text = ctx.text
        at = ctx.article.body_start
        while at < len(text) and text[at].isspace():
            at += 1
        while True:
            nxt = text.find("\n\n", at)
            end = len(text) if nxt < 0 else nxt
            para = text[at:end]
            if nxt < 0 or (len(para.split()) >= 8 and any(ch in para for ch in ".!?")):
                break
            at = end + 2
        found = ctx.memo[("lede_end",)] = end
    return found
