"""A quotation right after somebody is brought in is theirs: 'Most of the eggs go through a
Francistown wholesaler, Samuel Nleya, 60. "People think I get a family price," he said.' The
tag's he or she goes to the one person the paragraph named before the quotation opened, not to
a speaker of an earlier paragraph whom the ranker's continuity favours, when that person's
gender is not against it. At extraction only: the ranker trains on the pass as it was."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.binding import _paragraph_starts
from dateline.extractors.entities.clusters import _Cluster

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver

_CLOSERS = ('"', "\u201d")


def introduced_speaker(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional[_Cluster]:
    if r.observe is not None or tok.tag_ != "PRP" or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in r.lex.speech_verbs:
        return None
    doc = r.doc
    # the quotation closes right before the tag: '... I do not," he said'
    k = tok.i - 1
    while k >= 0 and doc[k].is_punct and doc[k].text not in _CLOSERS and tok.i - k <= 2:
        k -= 1
    if k < 0 or doc[k].text not in _CLOSERS:
        return None
    q = k - 1
    while q >= 0 and r.in_quote[q]:
        q -= 1
    # q: the opening mark (or the word before the quotation)
    start = _paragraph_starts(r)[tok.i]
    if q <= start:
        return None  # (a quotation opening its paragraph: the ranker's reading of who goes on)
    people = {id(c): c for i in range(start, q) if i in r.covered for c in [r.covered[i].root()] if c.is_person_like() and not c.plural}
    if len(people) != 1:
        return None
    person = next(iter(people.values()))
    return person if person.gender_fit(gender) == 1.0 else None
