"""The Doc's tokens as ``tokens_of`` hands them to the stages: spaCy Tokens whose most-read
string attributes are plain slots filled once from the Doc's columns (nlp.Columns).

A spaCy Token reads each attribute anew through its vocabulary: ``tok.text`` or ``tok.lower_``
decodes the string from the StringStore on every read (about 75 ns; a slot reads in 14), and
the stages read such attributes some thirty thousand times per article, a tenth of their time.
A ``RowToken`` is a Token (same class for ``isinstance``, same equality and hash, every other
attribute spaCy's own), so no rule changes; the values are the columns', which the stages
already read as the Token's (the Doc is not changed once parsed). ``head`` is the RowToken of
the head, except at a root, whose head is a plain Token of itself made once (``t.head is t``
stays false there, as the rules were written against, and no token refers to itself);
``children``, ``lefts``, ``rights`` and ``ancestors`` are RowTokens too, from the head column, and ``sent`` a new Span of the
sentence found by bisection in the Doc's sentence starts (spaCy walks out to both ends of the
sentence on each read: 3 µs).
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from typing import Any, Iterable, Iterator, Optional

from spacy.attrs import SENT_START  # type: ignore[import-not-found]  # a compiled module without stubs
from spacy.tokens import Doc, Span, Token


class Rows(list):  # type: ignore[type-arg]
    """The list of a Doc's RowTokens, which each reads its children from (by a weak reference:
    a token holding its list, which holds the token, would keep both until a collection)."""

    __slots__ = ("__weakref__", "starts")
    starts: Optional[list[int]]  # where each sentence starts, found when a token's sentence is first asked


class RowToken(Token):
    # (slots shadow the Token's properties of the same names: a class's own attribute is found
    # before its base's)
    __slots__ = ("text", "lower_", "tag_", "pos_", "dep_", "lemma_", "ent_type_", "i", "idx", "head", "_kids", "_rows")
    _kids: tuple[int, ...]  # the children's indices, in order
    _rows: "weakref.ref[Rows]"

    @property  # type: ignore[override]
    def children(self) -> Iterator[Token]:
        # (spaCy's walks every word between the token's subtree edges for the few whose head it
        # is, and makes a Token of each; the same children, in order, as nlp.children_of)
        rows = self._rows()
        if rows is None:  # (the list is gone, the Doc's tables with it: spaCy's own walk)
            return Token.children.__get__(self)  # type: ignore[attr-defined,no-any-return]
        # (a map, not a list made by a comprehension: most tokens have none or one)
        return map(rows.__getitem__, self._kids)

    @property  # type: ignore[override]
    def lefts(self) -> Iterator[Token]:
        rows = self._rows()
        if rows is None:
            return Token.lefts.__get__(self)  # type: ignore[attr-defined,no-any-return]
        kids = self._kids  # (in order: the lefts are the first ones)
        return map(rows.__getitem__, kids[: bisect_left(kids, self.i)])

    @property  # type: ignore[override]
    def rights(self) -> Iterator[Token]:
        # (spaCy's conjuncts walk these too)
        rows = self._rows()
        if rows is None:
            return Token.rights.__get__(self)  # type: ignore[attr-defined,no-any-return]
        kids = self._kids
        return map(rows.__getitem__, kids[bisect_right(kids, self.i) :])

    @property  # type: ignore[override]
    def ancestors(self) -> Iterator[Token]:
        # (a head that is a RowToken is no root's: a root's head is spaCy's Token of itself)
        out: list[Token] = []
        t: Token = self
        while type(t.head) is RowToken and len(out) < len(self.doc):
            t = t.head
            out.append(t)
        return iter(out)

    @property  # type: ignore[override]
    def sent(self) -> Span:
        # (spaCy's walks the sentence starts out from the word, each time, and then slices the
        # Doc: the same bounds, as doc.sents cuts them, from one list; a new Span each time, as
        # spaCy's)
        rows = self._rows()
        starts = rows.starts if rows is not None else None
        if starts is None and rows is not None and self.doc.has_annotation("SENT_START"):
            flags = self.doc.to_array(SENT_START).tolist()
            starts = rows.starts = [0] + [k for k in range(1, len(flags)) if flags[k] == 1] + [len(flags)]
        if starts is None:  # (no list, or no sentences: spaCy's own, or its error)
            return Token.sent.__get__(self)  # type: ignore[attr-defined,no-any-return]
        k = bisect_right(starts, self.i)
        sent: Any = RowSpan(self.doc, starts[k - 1], starts[k])
        sent._rows = self._rows
        return sent  # type: ignore[no-any-return]


class RowSpan(Span):
    """A Span whose words, by iteration or index, are the Doc's RowTokens, and whose ``sent`` is
    found as RowToken.sent finds it; else spaCy's Span (same bounds, label, knowledge-base and
    span ids, equality and hash). nlp.sents_of's sentences and RowToken.sent are these."""

    __slots__ = ("_rows",)
    _rows: "weakref.ref[Rows]"

    def __iter__(self) -> Iterator[Token]:
        rows = self._rows()
        if rows is None:
            return Span.__iter__(self)  # type: ignore[no-any-return]
        return iter(rows[self.start : self.end])

    def __getitem__(self, i: Any) -> Any:
        rows = self._rows()
        if rows is None or isinstance(i, slice):
            return Span.__getitem__(self, i)
        at = self.end + i if i < 0 else self.start + i
        # (out of the span: spaCy's own error)
        return rows[at] if self.start <= at < self.end else Span.__getitem__(self, i)

    @property  # type: ignore[override]
    def sent(self) -> Span:
        # (spaCy's: the sentence its first word is in)
        rows = self._rows()
        if rows is None or self.end <= self.start:
            return Span.sent.__get__(self)  # type: ignore[attr-defined,no-any-return]
        return rows[self.start].sent


class EntSpan(RowSpan):
    """An entity Span as nlp.ents_of keeps it: a RowSpan whose ``label_`` and ``text`` are slots
    (spaCy decodes the label and joins the words on every read)."""

    __slots__ = ("label_", "text")


def row_spans(doc: Doc, spans: Iterable[Span], rows: list[Token], text: Optional[str] = None) -> list[Span]:
    """``spans`` as RowSpans over ``rows`` (the Doc's RowTokens); given the Doc's ``text``, as
    EntSpans."""
    ref = weakref.ref(rows)  # type: ignore[arg-type]  # (rows is a Rows, which takes weak references)
    out = []
    for sp in spans:
        r: Any = (EntSpan if text is not None else RowSpan)(doc, sp.start, sp.end, label=sp.label, kb_id=sp.kb_id, span_id=sp.id)
        r._rows = ref
        if text is not None:
            r.label_, r.text = sp.label_, text[sp.start_char : sp.end_char]
        out.append(r)
    return out


_NONE: tuple[int, ...] = ()


def row_tokens(doc: Doc, cols: Any) -> list[Token]:
    """One RowToken per token of ``doc``, their slots from ``cols`` (the Doc's nlp.Columns)."""
    vocab = doc.vocab
    text, lower, tag, pos, dep, lemma, ent = cols.text, cols.lower, cols.tag, cols.pos, cols.dep, cols.lemma, cols.ent_type
    idx = cols.idx
    out: Any = Rows()  # (Any: the stubs call the Token's own properties read-only)
    out.starts = None
    ref = weakref.ref(out)
    append = out.append
    for i in range(len(text)):
        t: Any = RowToken(vocab, doc, i)
        t.text, t.lower_, t.tag_, t.pos_, t.dep_, t.lemma_, t.ent_type_, t.i, t.idx, t._kids, t._rows = \
            text[i], lower[i], tag[i], pos[i], dep[i], lemma[i], ent[i], i, idx[i], _NONE, ref
        append(t)
    # a root's head is a Token of its own, as spaCy gives it (a fresh object, never the root itself)
    for i, h in enumerate(cols.head):
        if h != i:
            out[i].head = up = out[h]
            up._kids += (i,)
        else:
            out[i].head = doc[i]
    return out  # type: ignore[no-any-return]
