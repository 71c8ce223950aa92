"""A child picked out of a counted brood: 'The couple had six children; five survive him, among
them Professor Bode Akinola', 'He leaves four children, among them our head cashier, Rhoda
Kilabuk'. The person named first after 'among them' (or 'among whom', 'including') in the
sentence of a count of children is a child of whoever the count is of, unless other kin are
counted in between ('four children and nine grandchildren, among them ...' may mean either)."""

from __future__ import annotations

import re

from dateline.extractors.facts.context import LIKELY, _Ctx, _sentence
from dateline.extractors.facts.kinlists import _entity
from dateline.nlp import token_at_char

_AMONG = re.compile(r"\b(?:among\s+(?:them|whom)|including)\b[,:]?\s+", re.I)
# other kin counted between the count and 'among them': the one named may be theirs
_OTHER_KIN = re.compile(r"\b(?:grand|great-|step)|\b(?:siblings|brothers|sisters|nieces|nephews|cousins)\b", re.I)
# how far after 'among them' the name may begin: past "our head cashier, " or "her son "
_NAME_REACH = 60
_NAMED = ("name", "title", "firstname", "surname")


def _rule_among_them(ctx: _Ctx) -> None:
    text = ctx.text
    if "among" not in text and "including" not in text:
        return
    counts = [f for f in ctx.facts.values() if f.relation == "number_of_children"]
    for count in counts:
        at = token_at_char(ctx.doc, count.evidence.start)
        if at is None:
            continue
        sent = _sentence(ctx.doc[at])
        got = _AMONG.search(text, count.evidence.end, sent.end_char)
        if got is None or _OTHER_KIN.search(text, count.evidence.end, got.start()):
            continue
        parent = _entity(ctx, count.subject)
        child, end = None, got.end()
        for m, e in ctx.mentions_from(got.end()):
            if m.start >= min(sent.end_char, got.end() + _NAME_REACH):
                break
            if m.start >= got.end() and e.type == "PERSON" and m.kind in _NAMED:
                child, end = e, m.end
                break
        if parent is None or child is None or child.id == parent.id:
            continue
        if any(f.relation == "spouse" and {f.subject, f.object} == {parent.id, child.id} for f in ctx.facts.values()):
            continue
        ctx.add("child", parent, count.evidence.start, end, obj=child, confidence=LIKELY)
