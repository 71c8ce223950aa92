"""Character ranges on the parse: token spans, sentence bounds outside quotations, the entity at a span."""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections import OrderedDict
from typing import Optional

import numpy
from spacy.attrs import DEP, HEAD, SENT_START  # type: ignore[import-not-found]  # spacy.attrs is a compiled module without stubs
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from dateline.extractors.quotes.intervals import Ranges
from dateline.extractors.quotes.lexicon import _abbreviation
from dateline.model import Entity, Span, trusted_span
from dateline.nlp import char_tokens, text_of

_STOP = re.compile(r"[.!?]")


class MentionIndex:
    """The entity at a span: the entity with a mention overlapping ``[start, end)``; a mention
    containing the span beats one that merely overlaps, a tighter mention a looser one, and
    on a tie the earlier entity and mention. Mentions sorted by start, so only those that can
    reach the span are looked at."""

    def __init__(self, entities: list[Entity]) -> None:
        rows = [(m.start, m.end, ei, mi, e) for ei, e in enumerate(entities) for mi, m in enumerate(e.mentions)]
        rows.sort(key=lambda r: (r[0], r[2], r[3]))
        self._rows = rows
        self._starts = [r[0] for r in rows]
        self._longest = max((r[1] - r[0] for r in rows), default=0)

    def at(self, start: int, end: int) -> Optional[Entity]:
        best, best_key = None, None
        # A mention overlapping the span starts before ``end`` and no earlier than its own
        # length before ``start``.
        for m_start, m_end, ei, mi, entity in self._rows[bisect_left(self._starts, start - self._longest) : bisect_left(self._starts, end)]:
            if m_start < end and start < m_end:
                key = (0 if m_start <= start and end <= m_end else 1, m_end - m_start, ei, mi)
                if best_key is None or key < best_key:
                    best, best_key = entity, key
        return best


def _span(doc: Doc, start: int, end: int) -> Span:
    # offsets of tokens: nothing for validation to check
    return trusted_span(start, end, text_of(doc)[start:end])


def _tokens(doc: Doc, start: int, end: int) -> Optional[SpacySpan]:
    got = char_tokens(doc, start, end)
    return None if got is None else doc[got[0] : got[1]]


class Sentences:
    """Sentence bounds around a position, with sentence ends found in the text outside
    quotations (a quotation's own stops do not end the reporting sentence). The candidate
    stops are found once per article; a question looks only at those near its position."""

    def __init__(self, text: str, inside: Ranges) -> None:
        self.text = text
        self._stops = [
            i for i in (m.start() for m in _STOP.finditer(text))
            if i not in inside and (i + 1 >= len(text) or text[i + 1].isspace() or text[i + 1] in "\"“'‘")
        ]

    def _ends_here(self, i: int, lo: int) -> bool:
        text = self.text
        word = re.search(r"([\w.]+)$", text[max(lo, i - 12) : i])
        return not (text[i] == "." and word and _abbreviation(word.group(1)))

    def bounds(self, lo: int, hi: int, pos: int) -> tuple[int, int]:
        """The sentence around ``pos`` within ``[lo, hi)``."""
        stops = self._stops
        start = lo
        k = bisect_left(stops, pos) - 1
        while k >= 0 and stops[k] >= lo:
            if self._ends_here(stops[k], lo):
                start = stops[k] + 1
                break
            k -= 1
        end = hi
        k = bisect_left(stops, pos)
        while k < len(stops) and stops[k] < hi:
            if self._ends_here(stops[k], lo):
                end = stops[k] + 1
                break
            k += 1
        return start, end


def _in_ranges(tok: Token, ranges: Ranges) -> bool:
    return tok.idx in ranges


class Tree:
    """Ancestor questions on the dependency tree in O(1): each token's place in one pre-order
    walk and its subtree's size (exact for non-projective trees too), and each token's depth
    counting only embedding edges (not `conj`). A long run of quotations in one sentence parses into a very
    deep tree, and walking ``.ancestors`` per quotation made attribution quadratic."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        n = len(doc)
        # From the Doc's arrays, not its tokens: a Token object per token (and one per head)
        # cost more than the walk itself. HEAD is stored relative to the token, as unsigned.
        cols = doc.to_array([HEAD, DEP]).astype("int64") if n else numpy.zeros((0, 2), dtype="int64")
        at = numpy.arange(n)
        heads_np = cols[:, 0] + at
        self.heads = heads = heads_np.tolist()
        conj = (cols[:, 1] == doc.vocab.strings["conj"]).tolist()
        # Each head's dependents as one slice of a flat list (by head, then position), not a
        # list per token: fewer objects, and the walk below visits them in the same order.
        below = heads_np != at
        by_head = numpy.argsort(heads_np[below], kind="stable")
        kids = at[below][by_head].tolist()
        kid_heads = heads_np[below][by_head]
        first = numpy.searchsorted(kid_heads, at, "left").tolist()
        last = numpy.searchsorted(kid_heads, at, "right").tolist()
        # Pre-order from the roots in turn; a subtree is then a run of the order: ``a`` is a
        # proper ancestor of ``d`` iff ``d`` comes after ``a`` and within ``a``'s subtree size.
        pre: list[int] = []
        stack = [i for i in reversed(range(n)) if heads[i] == i]
        while stack:
            i = stack.pop()
            pre.append(i)
            if first[i] < last[i]:
                stack.extend(reversed(kids[first[i] : last[i]]))
        self._pre = pre
        # (local lists in the per-token loops: an attribute read per step cost a fifth of them)
        place_np = numpy.zeros(n, dtype="int64")
        place_np[pre] = at
        self._in = place_np.tolist()
        self._size = size = [1] * n
        for i in reversed(pre):
            h = heads[i]
            if h != i:
                size[h] += size[i]
        self.embedding_depth = depth = [0] * n
        for i in pre:
            h = heads[i]
            if h != i:
                depth[i] = depth[h] + (not conj[i])

    def preorder(self) -> list[int]:
        """The tokens in the order of the walk: every head before its dependents."""
        return self._pre

    def is_ancestor(self, a: int, d: int) -> bool:
        """Is token ``a`` a proper ancestor of token ``d`` (``a`` in ``doc[d].ancestors``)?"""
        ia = self._in[a]
        return ia < self._in[d] < ia + self._size[a]


_TREES: OrderedDict[int, Tree] = OrderedDict()
# The Doc asked for last (the usual question, many times per article), read without the lock:
# one object, replaced whole.
_LAST_TREE: Optional[Tree] = None


def tree_of(doc: Doc) -> Tree:
    """The Doc's Tree, made once for the last few Docs (keyed as ``sentence_of``'s table)."""
    global _LAST_TREE
    last = _LAST_TREE
    if last is not None and last.doc is doc:
        return last
    with _SENTS_LOCK:
        tree = _TREES.get(id(doc))
        if tree is None or tree.doc is not doc:
            tree = _TREES[id(doc)] = Tree(doc)
        _TREES.move_to_end(id(doc))
        while len(_TREES) > 4:
            _TREES.popitem(last=False)
        _LAST_TREE = tree
        return tree


_SENTS: OrderedDict[int, tuple[Doc, list[int], list[int]]] = OrderedDict()
_SENTS_LOCK = threading.Lock()
_LAST_SENTS: tuple[Optional[Doc], list[int], list[int]] = (None, [], [])  # as _LAST_TREE


def sentence_of(tok: Token) -> tuple[int, int]:
    """``(tok.sent.start, tok.sent.end)`` from a table made once per Doc: ``Token.sent`` walks
    the whole sentence on every call, and a run of quotations can be one very long sentence."""
    global _LAST_SENTS
    doc = tok.doc
    last = _LAST_SENTS
    if last[0] is doc and len(last[1]) == len(doc):
        return last[1][tok.i], last[2][tok.i]
    with _SENTS_LOCK:
        entry = _SENTS.get(id(doc))
        if entry is None or entry[0] is not doc or len(entry[1]) != len(doc):
            n = len(doc)
            # As Span.sent reads the flags: a sentence starts at token 0 or where sent_start is 1
            # (read from the Doc's array, signed, not from a Token per word). Each token's
            # sentence start is the last start at or before it, its end the next start after it.
            at = numpy.arange(n)
            opens = doc.to_array(SENT_START).view("int64") == 1 if n else numpy.zeros(0, dtype=bool)
            if n:
                opens[0] = True
            first = at[opens]
            starts_np = numpy.maximum.accumulate(numpy.where(opens, at, 0)) if n else at
            ends_np = numpy.append(first, n)[numpy.searchsorted(first, at, "right")]
            entry = _SENTS[id(doc)] = (doc, starts_np.tolist(), ends_np.tolist())
        _SENTS.move_to_end(id(doc))
        while len(_SENTS) > 4:
            _SENTS.popitem(last=False)
        _LAST_SENTS = entry
    return entry[1][tok.i], entry[2][tok.i]
