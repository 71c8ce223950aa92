"""What stands around a name without being part of it: a title the tagger took for a name
of its own ("the late Justice Emeka Okoro"), and the letters written after a name for an
honour, a degree or a seat ("Margaret Doyle, OBE, 61", "Rachel Obi KC"). At extraction only."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.extractors.entities.lexicon import Lexicon
from dateline.nlp import columns, ents_of


def title_tagged_alone(doc: Doc, lex: Lexicon, taken: list[bool]) -> list[tuple[int, int]]:
    """"the late Justice Emeka Okoro", with "Justice" tagged an organisation on its own and
    the name after it left untagged or tagged a place: the capitalised words after a title
    tagged alone are a person's name. Marks the title and the name taken; returns the names."""
    cols = columns(doc)
    low, text, tag, alpha = cols.lower, cols.text, cols.tag, cols.is_alpha
    found = []
    for ent in ents_of(doc):
        s = ent.start
        if ent.end - s != 1 or taken[s] or low[s] not in lex.titles or not text[s][:1].isupper():
            continue
        e = s + 1
        while e < len(doc) and e - s <= 3 and tag[e] == "NNP" and alpha[e] and text[e][:1].isupper() and text[e][1:].islower() \
                and low[e] not in lex.org_keywords and low[e] not in lex.titles and not taken[e]:
            e += 1
        if e - s < 3 or (e < len(doc) and tag[e] in ("NNP", "NNPS", "POS")):
            continue  # (a given name and a surname, ending the run: not "Justice Department Building")
        taken[s:e] = [True] * (e - s)
        found.append((s + 1, e))
    return found


def post_nominal_marks(doc: Doc, lex: Lexicon, taken: list[bool]) -> None:
    """"Margaret Doyle, OBE, 61", "Rachel Obi KC": the letters after a name are no entity of
    their own; marked taken (a name tagged with them is cut before them in the ents loop)."""
    text = columns(doc).text
    n = len(text)
    for i in range(1, n):
        if text[i] not in lex.post_nominals:
            continue
        j = i - 1
        while j > 0 and (text[j] == "," or text[j] in lex.post_nominals):
            j -= 1  # back over "OBE, JP," to the name
        if j == i - 1 and text[j] == ",":
            continue
        if text[j][:1].isupper() and text[j].isalpha() and not text[j].isupper() and (i + 1 >= n or text[i + 1] in (",", ".", ";", ")") or text[i + 1] in lex.post_nominals):
            taken[i] = True


def past_post_nominals(text: str, at: int, lex: Lexicon) -> int:
    """Where the text goes on after the letters following a name that ends at ``at``
    ("Margaret Doyle, OBE, 61", "Cheryl Fung SC, told"): ``at`` itself when none follow."""
    while (m := _LETTERS.match(text, at)) is not None and m.group(1) in lex.post_nominals:
        at = m.end()
    return at


_LETTERS = re.compile(r",?\s+([A-Z][A-Za-z]{1,4})\b(?=\s*[,.;)])")
