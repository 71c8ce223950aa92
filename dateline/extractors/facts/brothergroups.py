"""Three or more people of one surname named together as a sentence's subject ("Joseph Kila,
27, Peter Kila, 25, and Samuel Kila, 22, grew up two streets from the ground"): the group a later
"the three brothers" counts, whose members are then each other's siblings, and whom a "Their
father, X" soon after has for its owners (a pair's 'their' is ``ctx.pair_before``'s; a group of
three or more has no pair)."""

from __future__ import annotations

import re
from itertools import combinations

from spacy.tokens import Span as SpacySpan

from dateline.extractors.facts.context import LIKELY, PERSON, _Ctx, _sentences
from dateline.extractors.facts.lexicon import number_value
from dateline.model import Entity

# how many sentences back a group stays the one "their" or "the three brothers" means
_REACH = 3
_SIBLING_WORDS = re.compile(r"\bthe\s+(?P<n>three|four|five|six)\s+(?P<kin>brothers|sisters|siblings)\b", re.I)


# between two names of a list: a comma, an age set off by commas, "and"
_BETWEEN = re.compile(r",\s*(?:\d{1,3},\s*)?(?:and\s+)?|\s+and\s+")


def _group_in(ctx: _Ctx, sent: SpacySpan) -> list[Entity]:
    """The people of one surname, three or more, listed as the subject the sentence opens on
    (read off the mentions: the parser hangs such a list as appositions as often as conjuncts)."""
    root = sent.root
    names = []
    for m, e in ctx.mentions_from(sent.start_char):  # (in order of start, from a bisection)
        if m.start >= root.idx:
            break
        if m.start >= sent.start_char and e.type in PERSON and m.kind == "name":
            names.append((m, e))
    if len(names) < 3 or ctx.text[sent.start_char : names[0][0].start].strip():
        return []
    people: list[Entity] = [names[0][1]]
    for (m0, _), (m1, e1) in zip(names, names[1:], strict=False):
        if not _BETWEEN.fullmatch(ctx.text[m0.end : m1.start]) or e1 in people:
            return []
        people.append(e1)
    surnames = {e.name.split()[-1] for e in people if " " in e.name}
    return people if len(surnames) == 1 and all(" " in e.name for e in people) else []


def family_group_before(ctx: _Ctx, at: int) -> list[Entity]:
    """The latest such group in the sentences before the one holding character ``at`` (the
    same paragraph's or the one before's), within ``_REACH`` sentences; empty when none."""
    sents = _sentences(ctx.doc)
    here = next((k for k, s in enumerate(sents) if s.start_char <= at < s.end_char), None)
    if here is None:
        return []
    for k in range(here - 1, max(-1, here - 1 - _REACH), -1):
        group = _group_in(ctx, sents[k])
        if group:
            return group
    return []


def _rule_counted_brothers(ctx: _Ctx) -> None:
    """'Samuel, the youngest of the three brothers': the group of that many named together
    before are each other's siblings."""
    text = ctx.text
    for got in _SIBLING_WORDS.finditer(text, ctx.article.body_start):
        n = number_value(got.group("n").lower())
        group = family_group_before(ctx, got.start())
        if n is None or len(group) != n:
            continue
        for a, b in combinations(group, 2):
            ctx.add("sibling", a, got.start(), got.end(), obj=b, confidence=LIKELY)

