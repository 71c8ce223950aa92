"""A name given with a naming verb and then a second one after ", or" is one thing's or one
person's two names: "a 1998 coach the players call Mormor, or Granny", "a pre-war polishing
lathe the family calls Ciocia Basia, or Auntie Basia". Left apart, the second name, often a kin
word in English, was typed a person of its own and took the thing's "she". Read by
builder.name_passes at extraction only, before the evidence of a type is gathered, so that the
thing's evidence is the merged name's (2026-12-06)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.extractors.entities.clusters import _merge
from dateline.nlp import tokens_in, tokens_of

if TYPE_CHECKING:
    from dateline.extractors.entities.builder import _Builder

_NAMING = ("call", "calls", "called", "nickname", "nicknames", "nicknamed", "dubbed", "christened")


def or_aliases(b: "_Builder") -> None:
    """Merge the name after ", or" into the name a naming verb gives right before it, when the
    second name is written in that sentence only."""
    if b.observe is not None:
        return
    doc, covered = b.doc, b.covered
    toks = tokens_of(doc)
    n = len(toks)
    for k in tokens_in(doc, "lower", _NAMING):
        j = k + 1
        # (past the object the name is given to: "The family calls the great climbing kiln above
        # the village Obaasan, or Grandmother")
        while j < min(n, k + 10) and j not in covered and toks[j].is_lower and toks[j].is_alpha:
            j += 1
        first = covered.get(j)
        if first is None or covered.get(k) is first or (j > k + 1 and toks[k + 1].lower_ not in ("the", "a", "an", "his", "her", "their", "its", "our")):
            continue
        e = j
        while e < n and covered.get(e) is first:
            e += 1
        if e + 2 >= n or toks[e].text != "," or toks[e + 1].lower_ != "or":
            continue
        second = covered.get(e + 2)
        if second is None or second.root() is first.root() or covered.get(e + 1) is second:
            continue
        end = e + 2
        while end < n and covered.get(end) is second:
            end += 1
        if end < n and toks[end].text not in (",", ".", ";", ")", "—", "–") and not toks[end].is_sent_start:
            continue  # ("called Mormor, or Granny Nielsen's old bus"): not a name set off whole
        sent = b.sent_start_of[k]
        if any(b.sent_start_of[m.head] != sent for m in second.root().mentions if m.kind not in ("pronoun", "descriptor")):
            continue  # (a name the text uses elsewhere on its own is somebody's own)
        a, other = first.root(), second.root()
        into = _merge(a, other)
        for i, c in list(covered.items()):
            if c is other:
                covered[i] = into
