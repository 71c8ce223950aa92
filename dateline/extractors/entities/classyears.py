"""Class notes write a graduate's subject and year in brackets after the name: "Gareth Pryce
(History, 1981)", "Dr Ann Lowe (Civil Engineering, 1975)", "Tom Hale and Ivy Moss (both Music,
2008)". The bracket names a subject, no person ("History", "Law"); the two or three capitalised
words right before it are a person's name, also where the tagger missed it after a heading. Read
at extraction only."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.extractors.entities.lexicon import Lexicon
from dateline.extractors.entities.missed import _NameSpan
from dateline.nlp import text_of, tokens_of

_CLASS_YEAR = re.compile(r"\((?:both\s+|all\s+)?[A-Z][\w'&-]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w'&-]*){0,3},?\s+(?:19|20)\d\d\)")


def class_year_names(doc: Doc, lex: Lexicon, taken: list[bool]) -> list[_NameSpan]:
    """The names before each such bracket, as PERSON spans; every word in the bracket is claimed
    in ``taken`` so that no name is read there."""
    toks = tokens_of(doc)
    out: list[_NameSpan] = []
    for m in _CLASS_YEAR.finditer(text_of(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        for k in range(span.start, span.end):
            taken[k] = True
        e = span.start
        s = e
        while s > 0 and e - s < 3 and toks[s - 1].is_title and toks[s - 1].is_alpha and not taken[s - 1] \
                and toks[s - 1].lower_ not in lex.titles:
            s -= 1
            if toks[s].is_sent_start:
                break  # the name opens its sentence
        if e - s < 2:
            continue
        for k in range(s, e):
            taken[k] = True
        out.append(_NameSpan(s, e, "PERSON"))
    return out
