"""Quotations inside quotations (`'He told me "we are done" and left'`): their kind and their
speaker, read from the enclosing quotation's own words, never guessed from outside them."""

from __future__ import annotations

from collections import deque
from typing import Iterator, Optional

from spacy.tokens import Doc, Token

from dateline.extractors.quotes.attribution import _cue_lemma, _noun_phrase, _subject, is_cue_verb
from dateline.extractors.quotes.intervals import Ranges
from dateline.extractors.quotes.kinds import _is_sentential, _is_title
from dateline.extractors.quotes.lexicon import MIN_UNATTRIBUTED_FRAGMENT_WORDS, NESTED_CUE_REACH
from dateline.extractors.quotes.marks import Quotation
from dateline.extractors.quotes.resolver import _Resolver
from dateline.extractors.quotes.spans import Tree, _in_ranges, _span, _tokens, sentence_of
from dateline.model import Quote, Segment
from dateline.nlp import text_of

# The enclosing speaker's own words for themselves: `"I told him 'no'"` is their quotation.
_FIRST_PERSON = ("i", "me")


def _segment_of(parent: Quotation, pos: int) -> tuple[int, int]:
    return next((s for s in parent.segments if s[0] <= pos < s[1]), parent.segments[0])


def _cue(doc: Doc, child: Quotation, lo: int, hi: int, siblings: Ranges, tree: Tree) -> Optional[Token]:
    """The cue verb of ``child`` among the enclosing words of its sentence: one that governs
    it first, else the nearest; none inside another nested quotation."""
    first = _tokens(doc, *child.segments[0])
    if first is None or not len(first):
        return None
    s_start, s_end = sentence_of(first[0])
    sent_lo = doc[s_start].idx
    sent_hi = doc[s_end - 1].idx + len(doc[s_end - 1].text)
    span = _tokens(doc, max(lo, sent_lo), min(hi, sent_hi))
    if span is None:
        return None
    cands = [t for t in span if not _in_ranges(t, siblings) and is_cue_verb(t)]
    if not cands:
        return None

    def key(tok: Token) -> tuple[int, int]:
        governs = tree.is_ancestor(tok.i, first[0].i)
        return (0 if governs else 1, min(abs(tok.idx - child.outer[0]), abs(tok.idx - child.outer[1])))

    return min(cands, key=key)


def nested_quotes(
    doc: Doc, quotations: list[tuple[Quotation, Quote]], resolver: _Resolver
) -> Iterator[tuple[int, Quote, Quote]]:
    """(start, nested Quote, enclosing Quote) for every quotation nested in ``quotations``,
    each enclosing one before those inside it. A speaker is given only when the enclosing
    words name one the entities stage knows (`Tom told me "no"`, a `he` it linked) or it is
    the enclosing speaker (`I told him "no"`)."""
    text = text_of(doc)
    tree = resolver.tree or Tree(doc)
    todo: deque[tuple[Quotation, Quote]] = deque(quotations)
    while todo:
        parent, parent_quote = todo.popleft()
        siblings = Ranges(r for c in parent.nested for r in c.marked)
        for child in parent.nested:
            a, b = _segment_of(parent, child.outer[0])
            content = text[child.segments[0][0] : child.segments[-1][1]]
            sentential = _is_sentential(text, child, a)
            cue = _cue(doc, child, max(a, child.outer[0] - NESTED_CUE_REACH), min(b, child.outer[1] + NESTED_CUE_REACH), siblings, tree)
            subj = _subject(cue, siblings) if cue is not None else None
            if subj is not None and not a <= subj.idx < b:
                subj = None  # a parse reaching out of the quotation: the reporter's clause is not this one
            if parent_quote.kind == "scare" or (_is_title(text, child) and not sentential):
                kind = "scare"
            elif sentential:
                kind = "direct"
            elif cue is not None or len(content.split()) >= MIN_UNATTRIBUTED_FRAGMENT_WORDS:
                kind = "partial"
            else:
                kind = "scare"
            if kind == "scare":
                cue = subj = None
            speaker, mention = None, None
            if subj is not None:
                mention = _noun_phrase(subj)
                if subj.lower_ in _FIRST_PERSON:
                    speaker = parent_quote.speaker
                else:
                    speaker = resolver.linked(subj, *mention)
            quote = Quote(
                id="",
                kind=kind,
                text=content,
                spans=[Segment(start=s, end=e) for s, e in child.segments],
                speaker=speaker,
                speaker_mention=_span(doc, *mention) if mention else None,
                cue=_cue_lemma(cue),
                cue_span=_span(doc, cue.idx, cue.idx + len(cue.text)) if cue is not None else None,
            )
            yield child.outer[0], quote, parent_quote
            todo.append((child, quote))
