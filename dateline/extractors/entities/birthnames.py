"""A name given as one's name at birth: 'Born Carmela Camilleri in Nadur in 1933, the eldest of
five children of a fisherman, she was making collars by nine.' The name after a sentence's
opening "Born" is the sentence's subject's, a maiden or former name the article uses nowhere
else: one person with the woman the pronoun stands for, not a second one (at extraction)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.extractors.entities.clusters import _merge
from dateline.nlp import sents_of, text_of

if TYPE_CHECKING:
    from dateline.extractors.entities.builder import _Builder


def birth_names(b: "_Builder") -> None:
    if b.observe is not None:
        return
    doc = b.doc
    if not doc.has_annotation("SENT_START") or "Born" not in text_of(doc):
        return  # (a pipeline with no sentences, and most articles: nothing to read)
    for sent in sents_of(doc):
        first = next((t for t in sent if not t.is_space), None)
        if first is None or first.lower_ != "born" or first.i + 1 >= len(doc):
            continue
        named = b.covered.get(first.i + 1)
        if named is None:
            continue
        named = named.root()
        # the name only here: a person the article names again is no former name
        if any(not (sent.start <= m.head < sent.end) for m in named.mentions) or not named.key:
            continue
        pron = next((t for t in sent if t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        holder = b.covered.get(pron.i) if pron is not None else None
        if holder is None or holder.root() is named or not holder.root().key:
            continue
        holder.root().former |= {m.start for m in named.mentions}
        _merge(holder.root(), named)
        for k in [k for k, c in b.covered.items() if c is named]:
            b.covered[k] = holder.root()
