"""Character ranges on the parse: token spans, sentence bounds outside quotations, the entity at a span."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from dateline.extractors.quotes.lexicon import _abbreviation
from dateline.extractors.quotes.marks import Quotation
from dateline.model import Entity, Span
from dateline.nlp import text_of


def _entity_at(entities: list[Entity], start: int, end: int) -> Optional[Entity]:
    """The entity with a mention overlapping [start, end); a mention containing the span
    beats one that merely overlaps, and a tighter mention a looser one."""
    best, best_key = None, None
    for entity in entities:
        for m in entity.mentions:
            if m.start < end and start < m.end:
                key = (0 if m.start <= start and end <= m.end else 1, m.end - m.start)
                if best_key is None or key < best_key:
                    best, best_key = entity, key
    return best


def _span(doc: Doc, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text_of(doc)[start:end])


def _tokens(doc: Doc, start: int, end: int) -> Optional[SpacySpan]:
    return doc.char_span(start, end, alignment_mode="expand")


def _sentence_bounds(text: str, quotes: list[Quotation], lo: int, hi: int, pos: int) -> tuple[int, int]:
    """The sentence around ``pos`` within [lo, hi), with sentence ends found in the text
    outside quotations (a quotation's own stops do not end the reporting sentence)."""
    inside = [r for q in quotes for r in q.marked]

    def is_end(i: int) -> bool:
        if text[i] not in ".!?" or any(a <= i < b for a, b in inside):
            return False
        nxt = text[i + 1 : i + 3]
        if nxt and not (nxt[0].isspace() or nxt[0] in "\"“'‘"):
            return False
        word = re.search(r"([\w.]+)$", text[max(lo, i - 12) : i])
        return not (text[i] == "." and word and _abbreviation(word.group(1)))

    start = lo
    for i in range(pos - 1, lo - 1, -1):
        if is_end(i):
            start = i + 1
            break
    end = hi
    for i in range(pos, hi):
        if is_end(i):
            end = i + 1
            break
    return start, end


def _in_ranges(tok: Token, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= tok.idx < b for a, b in ranges)
