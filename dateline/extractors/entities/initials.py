"""Initials written before a surname ("W.A. Premadasa", "S. R. Nathan", "K.G. Somawathie"): the
small model often leaves them out of the name it tags, or tags nothing and a later pass finds the
surname alone, so "W.A. Premadasa died on Sunday" came out as "Premadasa". At extraction only."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from dateline.nlp import columns, tokens_of

# one token of initials: "W.A.", "K.G.", "S."
INITIALS = re.compile(r"(?:[A-Z]\.){1,4}")


def initials(text: str) -> bool:
    return INITIALS.fullmatch(text) is not None


def with_initials(doc: Doc, spans: list) -> list:
    """Each person's span (or one of no type) runs back over the initials right before it,
    written with one space between and in no other span."""
    toks = tokens_of(doc)
    covered = {k for sp in spans for k in range(sp.start, sp.end)}
    out = []
    for sp in spans:
        s = sp.start
        if sp.label in (None, "PERSON") and not sp.platform:
            while s > 0 and s - 1 not in covered and initials(toks[s - 1].text) and toks[s - 1].whitespace_ == " ":
                s -= 1
        out.append(replace(sp, start=s) if s != sp.start else sp)
    return out


def initialled_names(doc: Doc, lex, taken: list[bool]) -> list[tuple[int, int]]:
    """Initials and one capitalised word the tagger took for no name ("the widow of the late A.
    Perumal, who died"): a person's name, where neither is in a tagged name nor the word an
    organisation's or a place's. Marks the tokens taken."""
    toks = tokens_of(doc)
    text = columns(doc).text
    out = []
    # (only where a word ends on a full stop: a Token per word of the article cost more than the rule)
    for i in [i for i, t in enumerate(text[:-1]) if t[-1:] == "." and INITIALS.fullmatch(t)]:
        t, w = toks[i], toks[i + 1]
        if taken[i] or taken[i + 1] or t.ent_type_ or w.ent_type_ not in ("", "PERSON") or t.whitespace_ != " ":
            continue
        if not (w.tag_ == "NNP" and w.text[:1].isupper() and w.text[1:].isalpha() and w.text[1:].islower()):
            continue
        if w.lower_ in lex.org_keywords or w.lower_ in lex.not_names or w.lower_ in lex.titles or (i + 2 < len(toks) and toks[i + 2].text[:1].isupper()):
            continue
        s = i
        while s > 0 and initials(text[s - 1]) and not taken[s - 1] and toks[s - 1].whitespace_ == " ":
            s -= 1
        taken[s : i + 2] = [True] * (i + 2 - s)
        out.append((s, i + 2))
    return out
