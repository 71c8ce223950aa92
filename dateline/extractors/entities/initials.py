"""Initials written before a surname ("W.A. Premadasa", "S. R. Nathan", "K.G. Somawathie"): the
small model often leaves them out of the name it tags, or tags nothing and a later pass finds the
surname alone, so "W.A. Premadasa died on Sunday" came out as "Premadasa". At extraction only."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from dateline.nlp import tokens_of

# one token of initials: "W.A.", "K.G.", "S."
INITIALS = re.compile(r"(?:[A-Z]\.){1,4}")


def initials(text: str) -> bool:
    return INITIALS.fullmatch(text) is not None


def with_initials(doc: Doc, spans: list) -> list:
    """Each person's span (or one of no type) runs back over the initials right before it,
    written with one space between and in no other span."""
    toks = tokens_of(doc)
    starts = {k for sp in spans for k in range(sp.start, sp.end)}
    out = []
    for sp in spans:
        s = sp.start
        while s > 0 and s - 1 not in starts and initials(toks[s - 1].text) and toks[s - 1].whitespace_ == " " and sp.label in (None, "PERSON") \
                and not sp.platform:
            s -= 1
        out.append(replace(sp, start=s) if s != sp.start else sp)
    return out
