"""Two readings of a name from the words around it that the builder's passes share: a span of
years after a full name that a life can last (a person, whatever spaCy tagged it) and a kin noun
written with "-in-law" that the tokenizer split (a person of that noun's gender)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dateline.extractors.entities.kinwords import in_law_at
from dateline.extractors.entities.lexicon import W_PERSON_NOUN
from dateline.nlp import columns, text_of
from dateline.paragraphs import quoted_at

if TYPE_CHECKING:
    from dateline.extractors.entities.builder import _Builder

_LIFESPAN = re.compile(r"\s*(?:,\s*[A-Z][A-Za-z.]{1,6}\s*)?\([^()]{0,60}?\b(1\d{3}|20\d{2})\b[^()]{0,60}?(?:–|—| - |-)[^()]{0,60}?\b(1\d{3}|20\d{2})\b[^()]{0,40}\)")


def lifespan_evidence(b: "_Builder") -> None:
    """'Kerstin Thorborg (May 19, 1896 - April 12, 1970)': a full name followed by a span of
    years a life can last is a person's, though spaCy often tags such names ORG."""
    text = text_of(b.doc)
    for c in {id(c.root()): c.root() for c in b.clusters}.values():
        if c.platform or len(c.key) < 2 or c.votes["ORG_KEYWORD"]:
            continue
        for m in c.mentions:
            if m.kind != "name":
                continue
            span = _LIFESPAN.match(text, m.end)
            if span and 15 <= int(span.group(2)) - int(span.group(1)) <= 120:
                c.votes["PERSON"] += W_PERSON_NOUN
                break


def in_law(tok) -> str:
    """'daughter-in-law Grace', 'his sons-in-law, Ade and Tunde': the tokenizer splits the kin
    noun at its hyphens and the parser hangs the name anywhere; the whole word, singular, when
    ``tok`` is its last part."""
    doc = tok.doc
    if not in_law_at(columns(doc).lower, tok.i):
        return ""
    kin = doc[tok.i - 4].lemma_.lower()
    return f"{kin}-in-law"


def died(doc, c) -> bool:
    """The text says the person is dead: 'the late X', or 'X, who died in 2019' (a 'who' clause
    on a name mention whose verb, or a verb joined to it, is 'die')."""
    for m in c.mentions:
        if m.kind not in ("name", "firstname", "surname", "title"):
            continue
        tok = doc[m.head]
        s = tok.i
        while s > 0 and doc[s - 1].idx >= m.start:
            s -= 1
        if s > 1 and doc[s - 1].lower_ == "late" and doc[s - 2].lower_ == "the":
            return True
        # ("His younger brother, Clive, who died last year": the clause hangs from the kin noun)
        # ("Michael Gallagher, a lobsterman who died in 2003": on the apposed noun)
        apposed = [g for ch in tok.children if ch.dep_ == "appos" for g in ch.children]
        for ch in (*tok.children, *(tok.head.children if tok.dep_ == "appos" else ()), *apposed):
            if ch.dep_ == "relcl" and any(v.lemma_.lower() == "die" for v in (ch, *ch.conjuncts)):
                return True
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "die" and not quoted_at(doc.text, tok.idx):
            return True  # "Walter Pennefather, the piano tuner ..., died on Tuesday aged 81"
    return False

