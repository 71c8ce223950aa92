"""A count with no child noun, then the children by name after a colon: '"We have three: Calum,
29, Eilidh, 26, and Ross"', 'They had two: Ada and Tom'. The family talk around it says what is
counted (a marriage or spouse just before); the list must name exactly as many people as the
count, or it counts something else. 'We' in a quotation is its speaker and the speaker's one
known spouse; 'they' the couple named last; a name or 'he'/'she' that person and their spouse."""

from __future__ import annotations

import re
from typing import Optional

from dateline.extractors.facts.context import LIKELY, _Ctx, _resolve
from dateline.extractors.facts.jobspouse import _one_spouse
from dateline.extractors.facts.kinlists import _entity
from dateline.extractors.facts.lexicon import NUMBER_RE, number_value
from dateline.model import Entity

_COUNT_COLON = re.compile(rf"\b(?P<subj>[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[A-Z][\w'’-]+)\s+(?:have|has|had|raised)\s+(?P<n>{NUMBER_RE})\s*:\s+")
# What every match of it holds from its verb on, searched first: sre skips ahead to an "h" or an
# "r" for this one, where the whole pattern was tried at every capitalised word of the text
_COUNT_COLON_GATE = re.compile(rf"(?:have|has|had|raised)\s+(?:{NUMBER_RE})\s*:\s")
# The family talk that makes a bare count one of children: said this close before (characters).
_FAMILY = re.compile(r"\b(?:married|marry|wed|wife|husband|partner|spouse|children|kids|family)\b", re.I)
_FAMILY_REACH = 300
_LIST_END = re.compile(r"[.!?;](?=\s|[\"”’]|$)|[\"”\n]")


def _rule_counted_list(ctx: _Ctx) -> None:
    text = ctx.text
    if _COUNT_COLON_GATE.search(text, ctx.article.body_start) is None:
        return
    for m in _COUNT_COLON.finditer(text, ctx.article.body_start):
        n = number_value(m.group("n"))
        if n is None or n < 1 or not _FAMILY.search(text, max(ctx.article.body_start, m.start() - _FAMILY_REACH), m.start()):
            continue
        span = ctx.doc.char_span(m.start("subj"), m.end("subj"), alignment_mode="expand")
        if span is None:
            continue
        # (the list's own end, not the parse's sentence: a parser may end one at the colon)
        stop = _LIST_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        parents = _parents(ctx, span.root, m.start())
        if not parents:
            continue
        kids = _named_in(ctx, m.end(), end)
        if len(kids) != n or any(k in parents for k in kids):
            continue
        for p in parents:
            ctx.add("number_of_children", p, m.start(), m.end(), value=n, confidence=LIKELY, dated=True)
            for k in kids:
                ctx.add("child", p, m.start(), m.end(), obj=k, confidence=LIKELY)


def _named_in(ctx: _Ctx, start: int, end: int) -> list[Entity]:
    """The people named (by a name or a first name) between ``start`` and ``end``, in order, once each."""
    named: list[Entity] = []
    for mention, e in ctx.mentions_from(start):
        if mention.start >= end:
            break
        if mention.start >= start and e.type == "PERSON" and mention.kind in ("name", "firstname") and e not in named:
            named.append(e)
    return named


def _parents(ctx: _Ctx, tok, at: int) -> list[Entity]:
    word = tok.lower_
    if word == "they":
        pair = ctx.couple_before(at)
        return list(pair) if pair else []
    one: Optional[Entity]
    if word == "we":
        one = _speaker_at(ctx, at)
    else:
        got = _resolve(ctx, tok, couples=False)
        one = got[0] if len(got) == 1 else None
    if one is None:
        return []
    spouse = _one_spouse(ctx, one.id)
    return [one] + ([spouse] if spouse is not None else [])


def _speaker_at(ctx: _Ctx, at: int) -> Optional[Entity]:
    """The person who speaks the verbatim quotation holding ``at``, if the quotes stage knows."""
    for q in ctx.quotes:
        if q.kind in ("direct", "partial") and q.speaker and any(s.start <= at < s.end for s in q.spans):
            return next((e for e in ctx.entities if e.id == q.speaker and e.type == "PERSON"), None)
    return None


# "Four children were born to the couple: A; B, who died in 1999; C; and D", "Three sons were
# born to them": a count of a couple's children told in the passive
_BORN_TO = re.compile(rf"\b(?P<n>{NUMBER_RE})\s+(?:children|kids|sons|daughters)\s+(?:were|had\s+been)\s+born\s+to\s+"
                      r"(?P<who>the\s+couple|them|the\s+pair)\b(?P<colon>\s*:)?", re.I)
# (a list of children may run over semicolons: only the sentence's full stop ends it)
_SENTENCE_END = re.compile(r"[.!?](?=\s|[\"”’]|$)|\n")


def _rule_born_to(ctx: _Ctx) -> None:
    text = ctx.text
    if "born to" not in text:
        return
    for m in _BORN_TO.finditer(text, ctx.article.body_start):
        n = number_value(m.group("n"))
        pair = ctx.couple_before(m.start())
        if n is None or n < 1 or not pair:
            continue
        kids: list[Entity] = []
        if m.group("colon"):
            stop = _SENTENCE_END.search(text, m.end())
            kids = _named_in(ctx, m.end(), stop.start() if stop else len(text))
        # (a list that names more or fewer than the count holds others too: no children from it)
        kids = kids if len(kids) == n and not any(k in pair for k in kids) else []
        for p in pair:
            ctx.add("number_of_children", p, m.start(), m.end(), value=n, confidence=LIKELY, dated=True)
            for k in kids:
                ctx.add("child", p, m.start(), m.end(), obj=k, confidence=LIKELY)


# "The couple had six children. ... The other children are Hirut, 55, ...; and Bethlehem, 44":
# the children of whoever the count before was of, listed after a copula with no possessive
_OTHER_CHILDREN = re.compile(r"\b[Tt]he\s+(?:(?:other|remaining)\s+|couple['’]s\s+(?:other\s+)?)?(?:children|kids|sons|daughters)\s+"
                             r"(?:are|were|include|included)\s+")
_COUNT_REACH = 600  # how far back the count may be (characters)


def _rule_the_other_children(ctx: _Ctx) -> None:
    text = ctx.text
    if all(text.find(w, ctx.article.body_start) < 0 for w in ("children", "kids", "sons", "daughters")):
        return  # (every match holds one of the nouns as written: no search in an article with none)
    for m in _OTHER_CHILDREN.finditer(text, ctx.article.body_start):
        counts = [f for f in ctx.facts.values() if f.relation == "number_of_children" and m.start() - _COUNT_REACH <= f.evidence.end <= m.start()]
        if not counts:
            continue
        last = max(f.evidence.start for f in counts)
        latest = [f for f in counts if f.evidence.start == last]
        parents = [e for e in (_entity(ctx, f.subject) for f in latest) if e is not None]
        n = latest[0].value
        stop = _SENTENCE_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        # one pass over the list's mentions: the people it names (as ``_named_in``), where each is
        # first named, and where the first mention starts
        kids: list[Entity] = []
        ends: dict[str, int] = {}
        first = len(text)
        for mention, e in ctx.mentions_from(m.end()):
            if mention.start >= end:
                break
            ends.setdefault(e.id, mention.end)
            first = min(first, mention.start)
            if mention.start >= m.end() and e.type == "PERSON" and mention.kind in ("name", "firstname") and e not in kids:
                kids.append(e)
        # (no more than the count, and none of them a parent: else the list is of someone else's)
        if not kids or not isinstance(n, int) or len(kids) > n or any(k in parents for k in kids):
            continue
        if first != m.end():
            continue  # ("The children were represented by Nathaniel Osei": no list after the copula)
        for p in parents:
            for k in kids:
                ctx.add("child", p, m.start(), ends.get(k.id, m.end()), obj=k, confidence=LIKELY)


# "They had five children. A son, Héctor, was killed in 1988": one of the children just counted,
# named at the head of the next sentence
_ONE_OF_COUNT = re.compile(r"(?:(?<=[.!?]\s)|(?<=[.!?]\s\s))(?:A|One|Another)\s+(?:son|daughter|child|boy|girl),\s+")
_ONE_REACH = 250  # how far back the count may end (characters): the sentence before


def _rule_one_of_the_count(ctx: _Ctx) -> None:
    text = ctx.text
    if all(text.find(w, ctx.article.body_start) < 0 for w in ("A son, ", "A daughter, ", "One son, ", "One daughter, ", "A child, ",
                                                              "Another son, ", "Another daughter, ", "A boy, ", "A girl, ", "One child, ")):
        return
    for m in _ONE_OF_COUNT.finditer(text, ctx.article.body_start):
        counts = [f for f in ctx.facts.values() if f.relation == "number_of_children" and m.start() - _ONE_REACH <= f.evidence.end <= m.start()
                  and isinstance(f.value, int) and f.value > 1 and not re.search(r"[.!?]\s", text[f.evidence.end : m.start() - 2])]
        if not counts:
            continue
        last = max(f.evidence.start for f in counts)
        parents = [e for e in (_entity(ctx, f.subject) for f in counts if f.evidence.start == last) if e is not None]
        named = ctx.starting_at(m.end())
        if named is None or named[1].type != "PERSON" or named[0].kind not in ("name", "firstname") or named[1] in parents:
            continue
        for p in parents:
            ctx.add("child", p, m.start(), named[0].end, obj=named[1], confidence=LIKELY)
