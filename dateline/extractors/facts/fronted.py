"""A birth told in a fronted participle: 'Born in Nadur in 1933, she was making collars by
nine', 'Born Carmela Camilleri in Nadur in 1933, the eldest of five children, she ...'. The
parser hangs "Born" anywhere (a clause, a modifier of the name after it), so the words are read:
the sentence opens on "Born", a year or a date follows before the first comma, and the main
clause's subject is the one born (the name right after "Born" is the same person, a former
name the entity stage has joined to her)."""

from __future__ import annotations

import re

from dateline.extractors.facts.context import SURE, _Ctx, _resolve, _tok_end
from dateline.nlp import tokens_of

_DATED = re.compile(r"^(?:\d{4}|\d{4}-\d{2}(?:-\d{2})?)$")


def _rule_fronted_births(ctx: _Ctx) -> None:
    if ctx.text.find("Born", ctx.article.body_start) < 0 or not ctx.doc.has_annotation("SENT_START"):
        return  # (most articles have none: no walk over the sentences)
    toks = tokens_of(ctx.doc)
    for sent in ctx.doc.sents:
        first = next((t for t in sent if not t.is_space), None)
        if first is None or first.text != "Born" or first.idx < ctx.article.body_start:
            continue
        comma = next((t for t in sent if t.text == "," and t.i > first.i), None)
        if comma is None:
            continue
        when = next((t for t in ctx.times_overlapping(first.idx, comma.idx) if t.type == "DATE" and _DATED.match(t.value)), None)
        if when is None:
            continue
        root = sent.root
        subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > comma.i]
        people = _resolve(ctx, subj[0], couples=False) if subj else []
        if len(people) != 1 or people[0].type != "PERSON":
            continue
        ctx.add("event", people[0], first.idx, max(_tok_end(toks[comma.i - 1]), when.end), value="birth", time=when.id, confidence=SURE)
