"""A he or she opening the sentence right after a quotation is the one who said it: '"... can
always tell," the 38-year-old said. "My grandmother says it takes three months." She is married
to Andrés Sarmiento'. The walk goes back over sentences that are quotation whole to the sentence
whose speech verb names the speaker, within the paragraph; the speaker must fit the pronoun. At
extraction only: the shipped ranker is trained on every pronoun of GAP."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.logophoric import _fits
from dateline.nlp import text_of

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.pronouns import _Resolver

_OPENING = ('"', "“", "‘")
_CLOSING = ('"', "”", "’")
_MARKS = frozenset(_OPENING + _CLOSING)
_HOPS = 3  # quoted sentences walked back over, at most


def quote_speaker_goes_on(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional["_Cluster"]:
    if r.observe is not None or tok.tag_ != "PRP" or tok.dep_ not in ("nsubj", "nsubjpass") or gender is None:
        return None
    doc, text = r.doc, text_of(r.doc)
    start = r.sent_start_of[tok.i]
    if tok.i != start or start == 0:
        return None
    end = start  # (the token after the sentence before)
    for hop in range(_HOPS + 1):
        if end == 0:
            return None
        first = r.sent_start_of[end - 1]
        words = text[doc[first].idx : doc[end - 1].idx + len(doc[end - 1].text)].strip()
        gap = text[doc[end - 1].idx + len(doc[end - 1].text) : doc[end].idx]
        if not words or "\n" in gap:
            return None  # (a new paragraph: somebody else may be spoken of)
        if hop == 0 and not words.endswith(_CLOSING):
            return None  # (the sentence before must close a quotation)
        if words.startswith(_OPENING) and words.endswith(_CLOSING) and sum(words.count(q) for q in _MARKS) <= 2:
            end = first  # a sentence that is one quotation, whole: its speaker was named before
            continue
        # the words after the quotation's close name the speaker: '"...," the 38-year-old said.'
        close = max((t.i for t in doc[first:end] if t.text in _CLOSING), default=None)
        tail = doc[close + 1 : end] if close is not None else doc[first:end]
        if not any(t.lemma_.lower() in r.lex.speech_verbs for t in tail):
            return None
        said = {id(c): c for c in (r.covered[t.i].root() for t in tail if t.i in r.covered) if c.is_person_like()}
        if len(said) != 1:
            return None
        c = next(iter(said.values()))
        return c if _fits(r, c, gender) else None
    return None
