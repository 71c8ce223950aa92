"""A force or service named after two places joined by 'and': 'Avon and Somerset Police',
'Devon and Cornwall Police', 'Hereford and Worcester Fire and Rescue Service'. The small model
tags the name from the second place only ('Somerset Police'), often with the first place a
person of its own ('Devon'); the name runs back over 'and' and the one capitalised word before
it when the organisation's words include one of ``joined_place_heads`` (read at extraction
only)."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.extractors.entities.lexicon import Lexicon
from dateline.nlp import tokens_of


def joined_place_start(doc: Doc, s: int, e: int, lex: Lexicon, taken: list[bool], spans: list) -> int:
    """Where the organisation ``doc[s:e]`` starts with the first place of the pair before it;
    ``s`` when the text does not name one so. A one-word name already read at that place (the
    tagger's 'Devon' PERSON) is dropped from ``spans``."""
    toks = tokens_of(doc)
    if s < 2 or toks[s - 1].lower_ != "and" or not any(toks[i].lower_ in lex.joined_place_heads for i in range(s, e)):
        return s
    first = toks[s - 2]
    # one capitalised word, not the end of a longer name ("Tom Avon and Somerset Police" is no force)
    if not (first.is_alpha and first.text[:1].isupper() and first.text[1:].islower()):
        return s
    if s >= 3 and toks[s - 3].is_alpha and toks[s - 3].text[:1].isupper() and not toks[s - 3].is_sent_start:
        return s
    if taken[s - 2]:
        held = [sp for sp in spans if sp.start == s - 2 and sp.end == s - 1]
        if not held:
            return s  # part of a longer name read before
        for sp in held:
            spans.remove(sp)
    return s - 2
