"""Signed letters: a letters page closes each letter with its writer's name and town on a line of
its own ('MARGARET OGIER (née Le Page), St Sampson's', 'A. DOREY, Castel', 'Tom Hale, Leeds').
The small model misses most such names, set in capitals and run by the parser into the next
letter's first sentence; they are read here as people (at extraction only), and the facts stage
lends each letter's 'I', 'my' and 'our' to the name that signs it (facts/turns.py).

Only a page that keeps the form up counts: two signature lines at least, so that a lone
'Ann Roe, Leeds' caption under a photograph is left to the other rules."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from dateline.extractors.entities.lexicon import Lexicon
from dateline.extractors.entities.missed import _NameSpan
from dateline.nlp import text_of

# a name in capitals ('MARGARET OGIER', 'A. DOREY', "SEAN O'NEILL") or in title case ('Tom Hale'),
# a maiden name or note in brackets, then a comma and the writer's town, alone on the line
_WORD_CAPS = r"[A-Z][A-Z'’-]+"
_WORD_TITLE = r"[A-Z][a-z'’-]+"
_SIGNATURE = re.compile(
    r"^(?P<name>(?:[A-Z]\.\s*)?" + _WORD_CAPS + r"(?:[ ]" + _WORD_CAPS + r"){0,2}"
    r"|(?:[A-Z]\.\s*)?" + _WORD_TITLE + r"(?:[ ]" + _WORD_TITLE + r"){0,2})"
    r"(?:[ ]\([^()\n]{1,40}\))?,[ ](?P<town>[A-Z][\w'’.-]*(?:[ ][\w'’.-]+){0,3})[ \t]*$",
    re.M,
)
MIN_SIGNATURES = 2


def signature_lines(text: str, start: int = 0) -> list[tuple[int, int, int, int]]:
    """(line start, line end, name start, name end) of each signature line of a letters page, or
    none where fewer than two lines are so set. A name of one word needs an initial before it.
    Kept for the text and start asked of last (the facts stage asks twice); callers must not
    change the list."""
    global _LAST
    last = _LAST
    if last[0] is text and last[1] == start:
        return last[2]
    found = []
    for m in _SIGNATURE.finditer(text, start):
        words = m["name"].replace(".", ". ").split()
        if len(words) < 2 or (m.start() > 0 and text[m.start() - 1] != "\n"):
            continue
        found.append((m.start(), m.end(), m.start("name"), m.end("name")))
    found = found if len(found) >= MIN_SIGNATURES else []
    _LAST = (text, start, found)
    return found


# One tuple, read and replaced whole, so that a thread sees a whole entry.
_LAST: tuple[Optional[str], int, list[tuple[int, int, int, int]]] = (None, 0, [])


def signature_names(doc: Doc, lex: Lexicon, taken: list[bool]) -> list[_NameSpan]:
    """A PERSON span for each signature's name; its words are claimed in ``taken``."""
    out: list[_NameSpan] = []
    for _, _, a, b in signature_lines(text_of(doc)):
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or any(taken[k] for k in range(span.start, span.end)):
            continue
        if any(t.lower_.rstrip(".") in lex.titles or t.lower_ in lex.org_keywords for t in span):
            continue  # ("THE EDITOR, Harwick": a post; "Carrow Town Council, Carrow": a body)
        for k in range(span.start, span.end):
            taken[k] = True
        out.append(_NameSpan(span.start, span.end, "PERSON"))
    return out
