"""Each candidate cluster's mentions indexed by sentence and position, and what the ranker reads
from them per pronoun. Reading every mention of every candidate per pronoun was quadratic when one
person recurs through a long article; the index grows with the mention list instead."""

from __future__ import annotations

import math
from bisect import bisect_left, insort
from typing import TYPE_CHECKING, Optional

from dateline.extractors.entities.syntax import Syntax

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.pronouns import _Resolver

# each gender's possessive, for a candidate's descriptor owned by one ("her mother": `possessed`)
_SAME_FORMS = {"female": ("her",), "male": ("his",)}


class _MentionIndex:
    """A cluster's mentions by sentence and its mention heads in order, kept up to date as the
    mentions list grows (a list replaced by another is indexed anew): the ranker read every
    mention of every candidate per pronoun, quadratic when one person recurs through a long
    article."""

    __slots__ = ("mentions", "done", "heads", "first", "by_sent", "named")

    def __init__(self, mentions: list) -> None:
        self.mentions = mentions
        self.done = 0
        self.heads: list[int] = []  # sorted, one per mention
        self.first: Optional[int] = None
        self.by_sent: dict[int, list] = {}
        self.named = 0  # mentions that are not pronouns

    def update(self) -> "_MentionIndex":
        ms = self.mentions
        for m in ms[self.done :]:
            h = m.head
            insort(self.heads, h)
            if self.first is None or h < self.first:
                self.first = h
            self.by_sent.setdefault(m.sent, []).append(m)
            if m.kind != "pronoun":
                self.named += 1
        self.done = len(ms)
        return self


def mention_index(res: "_Resolver", cl: "_Cluster") -> _MentionIndex:
    """``cl``'s mention index, brought up to date."""
    table = res.__dict__.setdefault("_mention_ix", {})
    ix = table.get(id(cl))
    if ix is None or ix[0] is not cl or ix[1].mentions is not cl.mentions:
        ix = table[id(cl)] = (cl, _MentionIndex(cl.mentions))
    return ix[1].update()


def _mention_facts(
    syn: Syntax, ix: _MentionIndex, i: int, sent: int, owned: set[int], gender: Optional[str], near: int
) -> tuple[int, int, bool, bool, bool, bool, bool]:
    """What a candidate's mentions say relative to the pronoun at ``i``, from its mention index
    (only the mentions of the pronoun's sentence and the one before count, besides the first
    and the count): its first mention (``near`` if it has none), how many come before the
    pronoun, a pronoun of it earlier in the sentence, a descriptor of it owned by a same-form
    possessive ("her mother"), a mention in the noun phrase the pronoun owns, a main-clause
    subject in the sentence before, a subject earlier in the sentence."""
    dep, head, text = syn.dep, syn.head, syn.text
    forms = _SAME_FORMS.get(gender or "", ())
    heads = ix.heads
    count = bisect_left(heads, i)
    pron = possessed = prev_subj = sent_subj = False
    owned_mention = False
    for k in owned:
        at = bisect_left(heads, k)
        if at < len(heads) and heads[at] == k:
            owned_mention = True
            break
    for ms in (sent - 1, sent):
        for m in ix.by_sent.get(ms, ()):
            h = m.head
            if h < i:
                if ms == sent:
                    if m.kind == "pronoun":
                        pron = True
                    if not sent_subj and syn.role(h) == "subj":
                        sent_subj = True
                if (
                    not possessed and m.kind == "descriptor"
                    and any(dep[k] == "poss" and head[k] == h and text[k].lower() in forms for k in range(max(0, h - 4), h))
                ):
                    possessed = True
            if ms == sent - 1 and dep[h] in ("nsubj", "nsubjpass") and dep[head[h]] == "ROOT":
                prev_subj = True
    first = ix.first
    return near if first is None else first, count, pron, possessed, owned_mention, prev_subj, sent_subj


def _sentence_roles(syn: Syntax, ix: _MentionIndex, sent: int, i: int, p_index: dict[int, int], gov_verbs: set[int],
                    root: int) -> tuple[float, float, float, float, float]:
    """What every mention of a candidate in the pronoun's sentence does, later ones included
    (the nearest mention alone misses "During his trip, Chiang met ..." after "Sun sent Chiang"):
    subject of a verb above the pronoun, subject of the main verb, the shortest tree path, and
    how often the whole text names it (governs_any, main_subj_any, tree_min, count_total,
    later_in_sent)."""
    heads = [m.head for m in ix.by_sent.get(sent, ())]
    subj = [h for h in heads if syn.dep[h] in ("nsubj", "nsubjpass")]
    return (
        float(any(syn.head[h] in gov_verbs for h in subj)),
        float(any(syn.head[h] == root for h in subj)),
        min((syn.tree_features(h, i, p_index)[0] for h in heads if h != i), default=14.0),
        math.log1p(ix.named),
        float(any(h > i for h in heads)),
    )
