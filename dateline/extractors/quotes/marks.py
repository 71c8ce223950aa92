"""Pairing quotation marks into quotations: character work only, no parse needed."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Iterator, Optional

from dateline.extractors.quotes.intervals import Ranges
from dateline.extractors.quotes.lexicon import (
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    MAX_NESTING_DEPTH,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    STAGE_DIRECTION,
    STRAIGHT,
    TAG,
    TRANSCRIPT_LABEL,
)
from dateline.extractors.quotes.nesting import _AFTER_CLOSE, SINGLE, Pair, pair_marks


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
    # Quotations inside this one's text (`'He told me "we are done"'`), each a whole pair
    # within one segment; ``depth`` is 0 at the top and grows by one per level.
    nested: list[Quotation] = field(default_factory=list)
    depth: int = 0


def walk_nested(q: Quotation) -> Iterator[tuple[Quotation, Quotation]]:
    """(nested quotation, the one it lies in) under ``q``, parents first."""
    for child in q.nested:
        yield child, q
        yield from walk_nested(child)


def paragraph_ranges(text: str, start: int = 0) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip() and end > start:
            out.append((max(pos, start), end))
        pos = end + 1
    return out


DOUBLE_CLOSE_OF = {"“": "”", "„": "“", "«": "»"}
_MARK = re.compile("[" + re.escape(STRAIGHT + DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE) + "]")
# How many apostrophes (`don’t`) between a curly single opening mark and a double one are read
# before giving up on the single pair being still open: bounds the work per mark.
_APOSTROPHES_READ = 20


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


# What may stand before a straight mark that opens a word inside an open quotation.
_OPENS_AFTER = set("([{")
# How many straight marks past a would-be inner opening one are read: up to three inner pairs
# and the outer closing mark, so a run of marks costs a bounded look each.
_STRAIGHT_LOOKAHEAD = 7


def _straight_kind(text: str, m: int, p_start: int, p_end: int) -> str:
    """"o" for a straight mark that opens a word (after a space or a bracket), "c" for one glued
    to the word before it and followed by a space, punctuation or the paragraph's end, "" else."""
    prev = text[m - 1] if m > p_start else " "
    nxt = text[m + 1] if m + 1 < p_end else " "
    if (prev.isspace() or prev in _OPENS_AFTER) and not nxt.isspace():
        return "o"
    if not prev.isspace() and prev not in _OPENS_AFTER and (nxt.isspace() or nxt in _AFTER_CLOSE):
        return "c"
    return ""


def _straight_nested_close(text: str, i: int, p_start: int, p_end: int, marks: _Marks, tags: Ranges) -> Optional[int]:
    """The closing mark of a straight pair nested in a straight quotation that is still open
    (`"we heard him shout "run" and we ran"`), or None. Only where the marks leave one reading:
    the mark at ``i`` opens a word, the next one closes a word, any further inner pairs do the
    same, and then a mark closes the outer quotation. Otherwise (a lost closing mark, say) the
    mark at ``i`` closes the open quotation, as before."""
    if _straight_kind(text, i, p_start, p_end) != "o":
        return None
    where = marks.at.get(STRAIGHT, [])
    k = bisect_left(where, i + 1)
    ahead = [m for m in where[k : k + _STRAIGHT_LOOKAHEAD] if m < p_end and m not in tags]
    kinds = "".join(_straight_kind(text, m, p_start, p_end) or "x" for m in ahead)
    # An inner pair, then more inner pairs, then the outer closing mark.
    found = re.match(r"c(?:oc)*c", kinds)
    if found is None or not text[i + 1 : ahead[0]].strip():
        return None
    return ahead[0]


def _in_open_single(text: str, open_at: int, i: int, marks: _Marks) -> bool:
    """A curly single quotation opened inside the open double one is still open at ``i``
    (`“He said ‘she told me “no”’”`): a double mark there nests rather than starts anew."""
    o = marks.last(SINGLE_OPEN, open_at + 1, i)
    if o < 0:
        return False
    c = o
    for _ in range(_APOSTROPHES_READ):
        c = marks.next(SINGLE_CLOSE, c + 1, i)
        if c < 0:
            return True
        if not (text[c - 1].isalnum() and text[c + 1 : c + 2].isalnum()):
            return False  # closed before the double mark
    return False


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

    def last(self, mark: str, lo: int, hi: int) -> int:
        """Position of the last ``mark`` in ``[lo, hi)``, or -1 (as ``str.rfind``)."""
        where = self.at.get(mark, [])
        k = bisect_left(where, hi) - 1
        return where[k] if k >= 0 and where[k] >= lo else -1

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
                inner = _straight_nested_close(text, i, p_start, p_end, marks, tags) if text[open_at] == STRAIGHT else None
                if inner is not None:
                    skip_to = inner
                    continue
                pairs.append((open_at, i))
                open_at = None
        elif c in DOUBLE_OPEN:
            nested = _nested_close(text, open_at, i, p_end, marks) if open_at is not None and text[open_at] == STRAIGHT else None
            if nested is None and open_at is not None and text[open_at] != STRAIGHT and _in_open_single(text, open_at, i, marks):
                close = marks.next(DOUBLE_CLOSE_OF[c], i + 1, p_end)
                nested = close if close >= 0 else None
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


def _from_pair(p: Pair, depth: int) -> Quotation:
    q = Quotation([(p.open + 1, p.close)], (p.open, p.close + 1), marked=[(p.open, p.close + 1)],
                  single=p.kind == SINGLE, depth=depth)
    q.nested = [_from_pair(c, depth + 1) for c in p.children]
    return q


def _add_nested(text: str, q: Quotation, tags: Ranges) -> None:
    """The quotations inside ``q``'s own text, ``MAX_NESTING_DEPTH`` levels deep at most: the
    writer nests by switching marks (double outside single, single outside double, or curly
    inside straight), and the enclosing quotation keeps the inner marks in its text."""
    q.nested = [_from_pair(p, 1) for a, b in q.segments for p in pair_marks(text, a, b, skip=(tags,), max_depth=MAX_NESTING_DEPTH)]


def find_quotations(text: str, body_start: int = 0) -> list[Quotation]:
    """Pair the quotation marks of ``text`` (from ``body_start``) into quotations.

    Double marks pair within a paragraph. A quotation left open at the end of a paragraph
    runs on when the next paragraph opens with a mark (the running-quote convention);
    otherwise the paragraph end closes it. Single-mark quotations outside them (`‘...’`,
    `'...'`: the headline and British style) pair within a paragraph, read apart from
    apostrophes by the characters around each mark (see ``nesting``). The quotations inside
    a quotation's text, of the other kind of mark, are its ``nested`` ones; the returned
    top-level quotations never overlap.
    """
    tags = Ranges((m.start(), m.end()) for m in TAG.finditer(text))
    out: list[Quotation] = []
    running: Optional[Quotation] = None
    for p_start, p_end in paragraph_ranges(text, body_start):
        stripped_start = p_start + (len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip()))
        content_end = p_start + len(text[p_start:p_end].rstrip())
        pairs = _pair_double(text, p_start, p_end, tags)
        made_from = len(out)
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
        # Single-mark quotations outside the double ones; a double pair inside one is nested
        # in it (`'He told me "we are done" and left.'`), so the two never overlap.
        singles = pair_marks(text, p_start, p_end, kinds=SINGLE, skip=(Ranges(covered), tags), max_depth=1)
        if singles:
            # Double marks are invisible to the single pairing, so a double quotation starting
            # inside a single one ends inside it too.
            within = Ranges((p.open, p.close + 1) for p in singles)
            out[made_from:] = [q for q in out[made_from:] if q.outer[0] not in within]
        for p in singles:
            single = _from_pair(p, 0)
            single.paragraph_start = p.open == stripped_start
            out.append(single)
    out.sort(key=lambda q: q.outer[0])
    for q in out:
        _add_nested(text, q, tags)
    return out
