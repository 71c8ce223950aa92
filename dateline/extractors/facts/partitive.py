"""Children named as a part of a count the sentence before gave: "She and her late husband
raised six children ... Three of them, Dan, 52, Theresa, 49, and Joseph, 44, will play
tonight". A sentence opening "<number> of them," (or "All of them", "Both of them") lists
children of whoever the count before was said of; so does such a clause after a semicolon in the
count's own sentence ("The couple had four children; two of them, Kwabena and Adwoa, run ...")."""

from __future__ import annotations

from dateline.extractors.facts.context import LIKELY, _Ctx, _sentences, number_value
from dateline.extractors.facts.kinlists import _entity
from dateline.extractors.facts.namelists import _names_after

_PARTS = frozenset({"all", "both"})


def _rule_part_of_them(ctx: _Ctx) -> None:
    doc = ctx.doc
    counts = [f for f in ctx.facts.values() if f.relation == "number_of_children"]
    if not counts:
        return
    sents = _sentences(doc)
    for prev, sent in zip(sents, sents[1:], strict=False):
        if len(sent) < 6:
            continue
        # the sentence's opening, or a clause after a semicolon in it, with the count before
        # it: the sentence before, or this one up to the semicolon
        opens = [(0, prev.start_char, prev.end_char)] + [(k + 1, sent.start_char, sent[k].idx) for k in range(len(sent) - 5) if sent[k].text == ";"]
        for at, lo, hi in opens:
            _part_of(ctx, counts, sent, at, lo, hi)


def _part_of(ctx: _Ctx, counts: list, sent, at: int, lo: int, hi: int) -> None:
    first, of, them, comma = sent[at], sent[at + 1], sent[at + 2], sent[at + 3]
    n = number_value(first.text)
    if of.lower_ != "of" or them.lower_ != "them" or comma.text != "," or (n is None and first.lower_ not in _PARTS):
        return
    # (in the order the counts were read: a set's order would change with the hash seed)
    owners = list(dict.fromkeys(f.subject for f in counts if lo <= f.evidence.start < hi))
    if not 1 <= len(owners) <= 2:
        return
    named, end = _names_after(ctx, them.i, sent, many=True)
    if not named or (n is not None and len(named) > n):
        return
    for oid in owners:
        owner = _entity(ctx, oid)
        for kid in named:
            if owner is not None and kid is not owner:
                ctx.add("child", owner, sent.start_char if at == 0 else first.idx, end, obj=kid, confidence=LIKELY)
