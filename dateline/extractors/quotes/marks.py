"""Pairing quotation marks into quotations: character work only, no parse needed."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Optional

from dateline.extractors.quotes.intervals import Ranges
from dateline.extractors.quotes.lexicon import (
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    STAGE_DIRECTION,
    STRAIGHT,
    TAG,
    TRANSCRIPT_LABEL,
)


@dataclass
class Quotation:
    """A quotation found by its marks: ``segments`` are content ranges (marks excluded);
    ``outer`` is the range including the marks, used to keep cue words out of quotes."""

    segments: list[tuple[int, int]]
    outer: tuple[int, int]
    paragraph_start: bool = False
    # Each segment with its marks; the text between two of them (`she said`) is not quoted.
    marked: list[tuple[int, int]] = field(default_factory=list)
    single: bool = False
    paragraphs: int = 1


def paragraph_ranges(text: str, start: int = 0) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip() and end > start:
            out.append((max(pos, start), end))
        pos = end + 1
    return out


DOUBLE_CLOSE_OF = {"“": "”", "„": "“", "«": "»"}
_MARK = re.compile("[" + re.escape(STRAIGHT + DOUBLE_OPEN + DOUBLE_CLOSE) + "]")


def _nested_close(text: str, open_at: int, i: int, p_end: int, marks: _Marks) -> Optional[int]:
    """The closing mark of a curly pair nested in a straight quotation that is still open
    (`"It comes across as “too loud” or “too shrill.”"`), or None. The writer nests by
    switching typography, so the inner pair is part of the outer quotation's text. It nests
    only when the straight quotation has words before it and closes with a straight mark after it."""
    close = marks.next(DOUBLE_CLOSE_OF[text[i]], i + 1, p_end)
    if close < 0 or marks.first_word_after(open_at) >= i:
        return None
    if marks.last_straight > close and marks.next(DOUBLE_OPEN[0], i + 1, close) < 0:
        return close
    return None


class _Marks:
    """Where each quotation mark of one paragraph is, found in one pass, so that looking for
    the next closing mark does not rescan the paragraph for every opening one."""

    def __init__(self, text: str, p_start: int, p_end: int) -> None:
        self.text = text
        self.at: dict[str, list[int]] = {}
        for m in _MARK.finditer(text, p_start, p_end):
            self.at.setdefault(m.group(), []).append(m.start())
        straight = self.at.get(STRAIGHT)
        self.last_straight = straight[-1] if straight else -1
        self._word_after: dict[int, int] = {}

    def next(self, mark: str, lo: int, hi: int) -> int:
        """Position of the first ``mark`` in ``[lo, hi)``, or -1 (as ``str.find``)."""
        where = self.at.get(mark, [])
        k = bisect_left(where, lo)
        return where[k] if k < len(where) and where[k] < hi else -1

    def first_word_after(self, pos: int) -> int:
        """Position of the first non-space character after ``pos`` (the text's length if none)."""
        if pos not in self._word_after:
            i = pos + 1
            while i < len(self.text) and self.text[i].isspace():
                i += 1
            self._word_after[pos] = i
        return self._word_after[pos]


_DOUBLE_MARK = re.compile("[" + re.escape(STRAIGHT + DOUBLE_OPEN + DOUBLE_CLOSE) + "]")


def _pair_double(text: str, p_start: int, p_end: int, tags: Ranges) -> list[tuple[int, Optional[int]]]:
    """(opening mark, closing mark or None) pairs in one paragraph."""
    marks = _Marks(text, p_start, p_end)
    pairs: list[tuple[int, Optional[int]]] = []
    open_at: Optional[int] = None
    skip_to = -1
    for mark in _DOUBLE_MARK.finditer(text, p_start, p_end):  # the marks only, not every character
        i = mark.start()
        c = text[i]
        if i <= skip_to:
            continue
        if i in tags:
            continue
        if c == STRAIGHT:
            if open_at is None:
                # An inch mark (`6'3"`), or a stray closing mark glued to the word before
                # it (`systems" including`) whose opening mark was lost: not an opening.
                prev_c = text[i - 1] if i > p_start else " "
                next_c = text[i + 1] if i + 1 < p_end else " "
                if prev_c.isdigit() or (prev_c.isalnum() or prev_c in ".,!?") and (next_c.isspace() or next_c in ".,;:"):
                    continue
                open_at = i
            else:
                pairs.append((open_at, i))
                open_at = None
        elif c in DOUBLE_OPEN:
            nested = _nested_close(text, open_at, i, p_end, marks) if open_at is not None and text[open_at] == STRAIGHT else None
            if nested is not None:
                skip_to = nested
                continue
            if open_at is not None:
                # A lost closing mark: the new opening one starts a new quotation.
                pairs.append((open_at, i))
            open_at = i
        elif open_at is not None:
            pairs.append((open_at, i))
            open_at = None
    if open_at is not None:
        pairs.append((open_at, None))
    return pairs


_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘([^‘’\n]{1,200}?)’(?![\w])")


def find_quotations(text: str, body_start: int = 0) -> list[Quotation]:
    """Pair the quotation marks of ``text`` (from ``body_start``) into quotations.

    Double marks pair within a paragraph. A quotation left open at the end of a paragraph
    runs on when the next paragraph opens with a mark (the running-quote convention);
    otherwise the paragraph end closes it. Single marks inside a double quotation are
    part of its text; top-level single-mark quotations (`‘...’`, the headline style) are
    kept when a curly opening mark follows a space and the closing one ends a word.
    """
    tags = Ranges((m.start(), m.end()) for m in TAG.finditer(text))
    out: list[Quotation] = []
    running: Optional[Quotation] = None
    for p_start, p_end in paragraph_ranges(text, body_start):
        stripped_start = p_start + (len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip()))
        content_end = p_start + len(text[p_start:p_end].rstrip())
        pairs = _pair_double(text, p_start, p_end, tags)
        covered: list[tuple[int, int]] = []
        for k, (o, c) in enumerate(pairs):
            end = c if c is not None else content_end
            # An unclosed quotation has no closing mark; its outer range must still end in the text.
            after = min(end + 1, len(text))
            covered.append((o, after))
            if o + 1 >= end or not text[o + 1 : end].strip():
                continue
            seg = (o + 1, end)
            at_start = o == stripped_start
            # A running quote keeps its typography: a paragraph opened with the other kind
            # of mark (straight vs curly) is a new quotation, and so is a transcript line
            # (`"WALLACE: ...`), which names a new speaker.
            same_style = running is not None and (text[running.outer[0]] == STRAIGHT) == (text[o] == STRAIGHT)
            direction = STAGE_DIRECTION.fullmatch(text, o + 1, end) is not None
            if running is not None and k == 0 and at_start and same_style and not TRANSCRIPT_LABEL.match(text, o + 1) and not direction:
                running.segments.append(seg)
                running.marked.append((o, after))
                running.outer = (running.outer[0], after)
                running.paragraphs += 1
            else:
                running = None
                out.append(Quotation([seg], (o, after), paragraph_start=at_start, marked=[(o, after)]))
            if c is None and k == len(pairs) - 1 and not direction:
                running = out[-1]
            else:
                running = None
        if not pairs:
            running = None
        if text.find("‘", p_start, p_end) == -1:
            continue  # no single-mark quotation can open here
        inside = Ranges(covered)
        for m in _SINGLE.finditer(text, p_start, p_end):
            # Its closing mark inside a double quotation that opened after it means the two cross
            # (`‘a "b c’ d`): a quotation must not overlap another, so the double one wins.
            if m.start() in inside or m.end() - 1 in inside:
                continue
            out.append(Quotation([(m.start(1), m.end(1))], (m.start(), m.end()), single=True,
                                 paragraph_start=m.start() == stripped_start, marked=[(m.start(), m.end())]))
    out.sort(key=lambda q: q.outer[0])
    return out
