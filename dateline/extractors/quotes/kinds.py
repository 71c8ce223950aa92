"""What a quotation is: a statement of its own, a fragment, a title or a term (direct, partial or scare)."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from dateline.extractors.quotes.intervals import last_nonspace
from dateline.extractors.quotes.lexicon import (
    MAX_TITLE_WORDS,
    SENTENTIAL_WORDS,
    TITLE_STOPWORDS,
    _abbreviation,
    lexicon,
)
from dateline.extractors.quotes.marks import Quotation
from dateline.extractors.quotes.spans import _tokens


def _is_sentential(text: str, q: Quotation, para_start: int) -> bool:
    """A quotation that is a statement of its own rather than a fragment of the
    surrounding sentence: it opens its paragraph, follows a colon or a sentence end, or
    starts with a capital and ends in sentence punctuation, or is long."""
    s, e = q.segments[0]
    content = text[s:e].strip()
    if not content:
        return False
    k = last_nonspace(text, para_start, q.outer[0])  # the last character before it, spaces aside
    words = len(text[q.segments[0][0] : q.segments[-1][1]].split())
    capital = content[0].isupper() or content[0].isdigit() or content[0] in "….'‘\"“"
    if q.paragraph_start or k < 0 or text[k] in ":.!?":
        return capital or words >= SENTENTIAL_WORDS
    if capital and (text[k] in ",—–-" or words >= SENTENTIAL_WORDS):
        return True
    last = text[q.segments[-1][0] : q.segments[-1][1]].rstrip()
    return capital and last[-1:] in ".!?," and words >= 4


# (compiled once: asked of every quotation)
_TITLE_WORD = re.compile(r"[\w'’-]+")
_SENTENCE_END = re.compile(r"[.!?]\s")


def _is_title(text: str, q: Quotation) -> bool:
    if len(q.segments) > 1:
        return False
    content = text[q.segments[0][0] : q.segments[-1][1]].strip().rstrip(".,;:")
    # (the words read only until there are too many: asked thrice of every quotation, most of
    # them sentences far longer than a title)
    words = []
    for m in _TITLE_WORD.finditer(content):
        words.append(m.group())
        if len(words) > MAX_TITLE_WORDS:
            return False
    if not words:
        return False
    if _SENTENCE_END.search(content) or content[-1:] in "?!":
        return False
    content_words = [w for w in words if w.lower() not in TITLE_STOPWORDS]
    return bool(content_words) and all(w[0].isupper() or w[0].isdigit() for w in content_words) and (words[0][0].isupper() or words[0][0].isdigit())


def _names_a_noun(text: str, q: Quotation) -> bool:
    """A quoted name run straight into a lower-case word (`"Night Watch" host Ann Lee`,
    `the "Better Days" tour`): it modifies that noun, whatever the sentence's cue says.
    A statement ends with its own punctuation or is followed by some."""
    last = text[q.segments[-1][0] : q.segments[-1][1]].rstrip()
    return last[-1:].isalnum() and re.match(r"\s+[a-z]", text[q.outer[1] : q.outer[1] + 3]) is not None


def _introduced_by_verb(doc: Doc, q: Quotation) -> bool:
    """The quotation is set off by a comma or colon straight after a verb (`interjecting,
    "…"`), the way quoted words are introduced; a title sits in a noun phrase instead."""
    span = _tokens(doc, *q.segments[0])
    if span is None or span.start < 3:
        return False
    before = [t for t in doc[max(0, span.start - 4) : span.start] if not t.is_quote and not t.is_space]
    if len(before) < 2 or before[-1].text not in (",", ":"):
        return False
    verb = before[-2]
    if verb.dep_ in ("prt", "advmod") and len(before) >= 3:
        verb = before[-3]  # `shot back, "…"`
    return verb.pos_ in ("VERB", "AUX")


def _modifier(doc: Doc, q: Quotation) -> bool:
    """A quoted term used to modify a noun (`the "sex tape" reference`, `a "use it or
    lose it" approach`): a term being mentioned, not words being reported."""
    span = _tokens(doc, *q.segments[0])
    return span is not None and len(span) > 0 and span.root.dep_ in ("compound", "amod", "nmod") and span.root.head.i >= span.end


def _quoted_name(doc: Doc, q: Quotation, cue: Optional[Token]) -> bool:
    """A capitalised quoted phrase that a speech cue governs as what was said or what
    someone was called (`called him "Lyin' Ted"`, `hailed him as "The Comeback Kid"`),
    rather than a title standing in a phrase of its own (`on CNN's "State of the Union"`,
    `the documentary "13th"`, `an episode of "Shark Tank"`)."""
    if cue is None or cue.pos_ != "VERB":
        return False
    span = _tokens(doc, *q.segments[0])
    if span is None or not len(span) or not any(a.i == cue.i for a in span[0].ancestors):
        return False
    before = [t for t in doc[max(0, span.start - 3) : span.start] if not t.is_quote and not t.is_space]
    if not before:
        return True
    prev = before[-1]
    # `calls him a "fascist" and a "Stalinist"`: an indefinite article before the name the
    # cue gives someone; `the "Star Wars" sequel` or `the documentary "13th"` is a title.
    called_a = prev.lower_ in ("a", "an") and span.root.dep_ in ("oprd", "conj", "attr", "dobj")
    if prev.tag_ == "POS" or (prev.pos_ == "DET" and not called_a) or (prev.pos_ == "ADP" and prev.lower_ != "as"):
        return False
    # `called the winner "Miss Piggy"`, parsed as an apposition to the object of the cue;
    # but in `called the documentary "Ninety Minutes" an unfair portrait` the name is the
    # documentary's and what it was called follows.
    if (
        span.root.dep_ == "appos" and span.root.head.dep_ == "dobj" and span.root.head.head.i == cue.i and cue.lemma_ in lexicon()["naming_cues"]
        and not any(c.dep_ in ("appos", "oprd", "attr") and c.i >= span.end for c in span.root.children)
    ):
        return True
    # `the documentary "Ninety Minutes"`: a name in apposition to the noun before it.
    return span.root.dep_ not in ("appos", "compound", "nmod", "npadvmod", "nsubj")


def _ends_a_sentence_inside(between: str) -> bool:
    """`"…," the club said. It added: "…"`: a sentence ends inside the interjection and
    another begins, so the two quotations belong to two reporting sentences."""
    for m in re.finditer(r"([\w.]*)[.!?]\s+(?=\w)", between.strip()):
        w = m.group(1).rstrip(".")
        if w and not _abbreviation(w):
            return True
    return False
