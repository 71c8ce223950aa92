"""People the text says are alive: no death is theirs, whatever else reads as one.

A correction or a court report states it outright ("Harold did not die in March; it was his
cousin", "Dube, who did not die in August 2023", "he was very much alive"), while the same
article reports the death it denies ("reported the death of Harold Grout", "I read my own death
in the minutes"). The denial is the text's claim; the report is what somebody else said."""

from __future__ import annotations

import re

from dateline.extractors.facts.context import _Ctx
from dateline.extractors.facts.subjects import _subjects
from dateline.model import Fact
from dateline.nlp import tokens_in, tokens_of


def living(ctx: _Ctx) -> set[str]:
    """The ids of the entities that are the subject of a negated "die" or of "alive"."""
    doc = ctx.doc
    toks = tokens_of(doc)
    out: set[str] = set()
    for i in tokens_in(doc, "lower", ("die", "died", "dead", "alive")):
        tok = toks[i]
        if tok.idx < ctx.article.body_start:
            continue
        if tok.lower_ in ("die", "died") and tok.pos_ in ("VERB", "AUX"):
            if not any(c.dep_ == "neg" for c in tok.children):
                continue
            verb = tok
        elif tok.lower_ == "dead" and tok.dep_ == "acomp":
            if not any(c.dep_ == "neg" for c in (*tok.head.children, *tok.children)):
                continue
            verb = tok.head
        elif tok.lower_ == "alive" and tok.dep_ == "acomp" and not any(c.dep_ == "neg" for c in tok.head.children):
            verb = tok.head
        else:
            continue
        people = _subjects(ctx, verb, couples=False)
        if len(people) == 1:
            out.add(people[0].id)
    return out


def without_denied_deaths(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    alive = living(ctx)
    if not alive:
        return facts
    return [f for f in facts if not (f.relation == "death" and f.subject in alive)]


def without_deaths_before_a_present_age(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """"Ms Raghunathan, 41, ... She died in 2016, aged 81" read of the wrong woman: somebody the
    text gives an age on the article's date is alive then, so a death in an earlier year is no
    death of theirs, nor the age it gave (a pronoun the entity stage resolved wrongly). A life
    span outweighs the present age ("Patrick Quinlan (1930 – 2014) ... The 66-year-old", a
    description resolved wrongly), and so does a death in the age's own sentence: that age is
    dropped instead."""
    today = ctx.article.date
    if not today:
        return facts
    present = {f.subject for f in facts if f.relation == "age" and f.as_of == today}
    if not present:
        return facts
    year = today[:4]
    deaths = [f for f in facts if f.relation == "death" and f.subject in present
              and isinstance(f.value, str) and len(f.value) == 4 and f.value.isdigit() and f.value < year]
    # (an age said in the death's own sentence, "Mairi MacLeod, 80, ran it until her death in
    # 2011", is the age the death was at, read as today's: the age goes, the death stays)
    ages = {f.subject: f.evidence.start for f in facts if f.relation == "age" and f.as_of == today}
    spans = {f.subject for f in deaths if _LIFE_SPAN.search(f.evidence.text) or _one_sentence(ctx, ages[f.subject], f.evidence.start)}
    dropped = {(f.subject, str(f.value)) for f in deaths if f.subject not in spans}
    if not dropped and not spans:
        return facts
    return [f for f in facts if not ((f.relation == "death" and (f.subject, str(f.value)) in dropped)
                                     or (f.relation == "age" and (f.subject, str(f.as_of)) in dropped)
                                     or (f.relation == "age" and f.subject in spans and f.as_of == today))]


def _one_sentence(ctx: _Ctx, a: int, b: int) -> bool:
    text = ctx.text
    lo, hi = min(a, b), max(a, b)
    return not re.search(r"[.!?][\"”’']?\s", text[lo:hi])


_LIFE_SPAN = re.compile(r"\(\s*(?:b\.\s*)?\d{4}\s*[-–—]\s*\d{4}\s*\)")
