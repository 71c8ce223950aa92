"""Long articles parsed in pieces: past CHUNK_CHARS characters an article is cut at paragraph
breaks, each piece parsed alone and the Docs joined back into one, so offsets stay offsets into
the text. Moved out of nlp.py, whose pipe sends such an article here."""

from __future__ import annotations

import time

from spacy.language import Language
from spacy.tokens import Doc

# Articles longer than this are parsed in chunks of about this many characters, each ending at
# a paragraph break where there is one (parser time per character and memory grow with the
# length of what it parses at once).
CHUNK_CHARS = 100_000
_BREAKS = ("\n\n", "\n", ". ", " ")


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Contiguous [start, end) pieces of ``text``, each at most ``size`` long, cut after a
    paragraph break if the piece has one, else after a line, a sentence, a space; the pieces
    cover the text exactly, so offsets into the joined Doc are offsets into the text."""
    bounds = []
    start = 0
    while len(text) - start > size:
        end = start + size
        for mark in _BREAKS:
            at = text.rfind(mark, start + size // 2, end)
            if at != -1:
                end = at + len(mark)
                break
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _parse_long(text: str, nlp: Language, size: int, deadline: float | None = None) -> Doc:
    pieces = [text[s:e] for s, e in chunk_bounds(text, size)]
    docs = []
    # One chunk at a time: a batch of 100k-character chunks holds every chunk's parser state at
    # once (3.5 GB at a million characters), and chunks this long gain nothing from batching.
    for doc in nlp.pipe(pieces, batch_size=1):
        docs.append(doc)
        if deadline is not None and time.monotonic() > deadline:
            raise TimeoutError("parse past its deadline")
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    # from_docs joins the token texts: the Doc must spell the article exactly, offsets included
    assert doc.text == text
    return doc
