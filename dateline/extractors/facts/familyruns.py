"""A family told over several sentences: the children introduced one sentence each right after
their count ('The couple had four children. Aroha Tipene, 43, is a midwife. The twins, Wiremu and
Rawiri, are forty. The youngest, Kiri, 35, teaches.'), which counts only when the sentences name
exactly as many as the count says; and a brother or sister of a counted child, named where the
family is told and bearing the parents' surname ('The couple had seven children, of whom two
survive: Rita and her younger brother, Gerard Comeau'), or later the brother or sister of two of
them ('Their eldest brother, Léon Comeau'), who is the same parents' child while the count leaves
room for one. Words: patterns key
``children_one_by_one``."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span as SpacySpan

from dateline.extractors.facts.context import LIKELY, _Ctx, _named, _sentences, patterns
from dateline.extractors.facts.namelists import _names_after
from dateline.model import Entity

_AGE_AFTER = re.compile(r",\s*\d{1,3}\b")


def _counts(ctx: _Ctx) -> list[tuple[int, int, int, list[Entity]]]:
    """Each stated count of children: (where, where it ends, how many, whose)."""
    by_span: dict[tuple[int, int], tuple[int, list[Entity]]] = {}
    ents = {e.id: e for e in ctx.entities}
    for f in ctx.facts.values():
        if f.relation != "number_of_children" or not isinstance(f.value, int) or f.value < 2 or f.subject not in ents:
            continue
        n, parents = by_span.setdefault((f.evidence.start, f.evidence.end), (f.value, []))
        if n == f.value and ents[f.subject] not in parents:
            parents.append(ents[f.subject])
    return [(a, b, n, parents) for (a, b), (n, parents) in sorted(by_span.items(), key=lambda kv: kv[0])]


def _surnames(people: list[Entity]) -> set[str]:
    return {e.name.split()[-1] for e in people if " " in e.name}


def _first_mention(ctx: _Ctx, entity: Entity, start: int) -> bool:
    return not any(e is entity and m.start < start for m, e in ctx.mentions)


def _opening_children(ctx: _Ctx, sent: SpacySpan, parents: list[Entity]) -> tuple[list[Entity], int, int]:
    """The children a sentence opens by introducing: 'The twins, A and B', 'The youngest, C', a
    person first named here with the parents' surname ('Aroha Tipene, 43, is'), or with an age
    right after a first name alone ('Kiri, 35, teaches')."""
    doc = ctx.doc
    p = patterns()
    order, nouns = set(p["children_in_order"]["order_words"]), set(p["children_in_order"]["child_nouns"])
    groups: dict[str, int] = p["children_one_by_one"]["group_words"]
    k = sent.start
    while k < sent.end and doc[k].is_space:
        k += 1
    if k + 2 < sent.end and doc[k].lower_ == "the" and (doc[k + 1].lower_ in order or doc[k + 1].lower_ in groups):
        noun = doc[k + 1]
        if noun.lower_ in order and doc[k + 2].lower_ in nouns:
            noun = doc[k + 2]
        if noun.i + 1 >= sent.end or doc[noun.i + 1].text != ",":
            return [], 0, 0
        size = groups.get(doc[k + 1].lower_, 1)
        named, end = _names_after(ctx, noun.i, sent, many=size > 1)
        ok = len(named) == size and all(_first_mention(ctx, e, doc[k].idx) for e in named)
        return (named, doc[k].idx, end) if ok else ([], 0, 0)
    hit = ctx.starting_at(doc[k].idx)
    if hit is None or not _named(hit[1]) or hit[1] in parents or not _first_mention(ctx, hit[1], hit[0].start):
        return [], 0, 0
    words = hit[1].name.split()
    aged = _AGE_AFTER.match(ctx.text, hit[0].end) is not None
    if (len(words) > 1 and words[-1] in _surnames(parents)) or (len(words) == 1 and aged):
        return [hit[1]], hit[0].start, hit[0].end
    return [], 0, 0


def _rule_children_one_by_one(ctx: _Ctx) -> None:
    sents = _sentences(ctx.doc)
    starts = [s.start_char for s in sents]
    for start, _end, n, parents in _counts(ctx):
        at = max((i for i, s in enumerate(starts) if s <= start), default=None)
        if at is None:
            continue
        kids: list[tuple[Entity, int, int]] = []
        for sent in sents[at + 1 : at + 1 + n]:
            named, a, b = _opening_children(ctx, sent, parents)
            if not named:
                break
            kids += [(e, a, b) for e in named]
        if len(kids) != n or len({id(e) for e, _, _ in kids}) != n:
            continue
        for kid, a, b in kids:
            for parent in parents:
                ctx.add("child", parent, a, b, obj=kid, confidence=LIKELY)


def _children_of(ctx: _Ctx, parent: Entity) -> set[str]:
    return {f.object for f in ctx.facts.of("child", parent.id) if f.object}


def _rule_siblings_in_family(ctx: _Ctx) -> None:
    reach = patterns()["children_one_by_one"]["sibling_reach_sentences"]
    sents = _sentences(ctx.doc)
    ents = {e.id: e for e in ctx.entities}
    for start, _end, n, parents in _counts(ctx):
        surnames = _surnames(parents)
        at = next((i for i, s in enumerate(sents) if s.start_char <= start < s.end_char), None)
        if at is None or not surnames:
            continue
        until = sents[min(len(sents), at + reach) - 1].end_char
        sibs = sorted((f for f in ctx.facts.values() if f.relation == "sibling" and start <= f.evidence.start < until),
                      key=lambda f: f.evidence.start)
        for f in sibs:
            kids = set.intersection(*(_children_of(ctx, p) for p in parents))
            if len(kids) >= n:
                break
            pair = (f.subject, f.object)
            other: Optional[str] = pair[1] if pair[0] in kids else pair[0] if pair[1] in kids else None
            sib = ents.get(other) if other is not None else None
            if sib is None or other in kids or sib in parents or " " not in sib.name or sib.name.split()[-1] not in surnames:
                continue
            # one of the counted children where the count is said ("seven children, of whom two
            # survive: Rita and her younger brother, Gerard"), or later a brother or sister of two
            # of them ("Their eldest brother"); one child's brother alone may be a half-brother
            here = f.evidence.start < sents[at].end_char
            if not here and sum(1 for g in sibs if sib.id in (g.subject, g.object) and ({g.subject, g.object} - {sib.id}) <= kids) < 2:
                continue
            # (a parent of the sibling's own elsewhere: a half-brother, not theirs)
            if any(g.relation == "child" and g.object == sib.id and g.subject not in {p.id for p in parents} for g in ctx.facts.values()):
                continue
            for parent in parents:
                ctx.add("child", parent, f.evidence.start, f.evidence.end, obj=sib, confidence=LIKELY)
