"""The dateline_paragraphs component: sentence starts set before the parser from the layout of
the text, which the small parser does not see."""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE  # type: ignore[import-not-found]  # spacy.attrs is a compiled module without stubs
from spacy.language import Language
from spacy.tokens import Doc, Token

_TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st rev revd prof capt col gen lt sgt cpl maj cllr fr sr jr hon gov sen rep insp supt det".split())


@Language.component("dateline_paragraphs")
def _paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence, and so does a heading's line. Without it the parser runs a heading, a byline or a
    dateline into the paragraph below ("IN MEMORIAM\n\nEverett Sanborn, a charter member,
    died"), and the tagger then misses the name. The parser keeps boundaries set before it."""
    n = len(doc)
    for i in numpy.flatnonzero(doc.to_array([IS_SPACE])[:-1]).tolist():
        if i + 1 >= n or doc[i + 1].is_space:
            continue
        # (and "Farewell to Mavis\nMavis Duong (1931 - 2025) ... died": a short line with no
        # closing stop is a heading, though no blank line follows it)
        if "\n\n" in doc[i].text or ("\n" in doc[i].text and _heading_before(doc, i)):
            doc[i + 1].is_sent_start = True
            # (left free, the parser then often ends the sentence after that one word:
            # "Karalis | Maritime Agency names ...")
            k = i + 2
            if k < n and doc[k].text == "." and doc[k - 1].lower_ in _TITLE_ABBREVIATIONS:
                k += 1  # ("Capt. Desmond Haldane": past a title's point; "Shenkin. The club's" ends)
            if k < n and not doc[k].is_space and not doc[k].is_punct:
                doc[k].is_sent_start = False
    # ("Mrs Funmilayo Okafor; Engr. Kayode Adebowale; Yetunde, 47": a West African professional
    # title the small parser takes for a sentence's end; no name starts a sentence after it)
    for i in range(n - 1):
        t = doc[i]
        word = t.text[:-1] if t.text[-1:] == "." and len(t.text) > 1 else doc[i - 1].text if t.text == "." and i > 0 else ""
        if word.lower() in PROFESSIONAL_TITLES and doc[i + 1].text[:1].isupper():
            doc[i + 1].is_sent_start = False
    return doc


# professional titles written with a point before a name, as in Nigerian and Ghanaian usage
# (engineer, barrister, architect, pastor), as one word or split from its point; and a priest's
# "Fr." and an Indian advocate's "Adv." ("and Fr. Peter Fernandes, 51", "Adv. Savio Pinto argued"),
# which no GAP snippet holds, so the pronoun ranker's training reads as before
PROFESSIONAL_TITLES = frozenset({"engr", "barr", "arc", "arch", "pst", "evang", "fr", "adv"})


def title_before_point(doc: Doc, point: int) -> Token | None:
    """The professional title the tokenizer split from its point at ``doc[point]`` ("Fr" + "."
    before "Peter Fernandes"), else None; not any word before a point ("Nintendo DS. Aziz")."""
    if point < 1 or doc[point].text != "." or doc[point - 1].whitespace_:
        return None
    title = doc[point - 1]
    return title if title.lower_ in PROFESSIONAL_TITLES else None


# words a heading's line may hold, and what a line that is running text ends on
_HEADING_WORDS = 6
_LINE_END_PUNCT = frozenset({".", "!", "?", ",", ";", ":", "\"", "”", "'", "’", ")", "-", "—", "–"})


def _heading_before(doc: Doc, i: int) -> bool:
    """The line ending at the newline token ``i`` is a heading: one to six words, the first
    capitalised (or a section's number), the last no punctuation, and the next line opens on a
    capital."""
    return heading_line_before(doc, i) is not None


def heading_line_before(doc: Doc, i: int) -> int | None:
    """The first token of the line ending at the newline token ``i``, if that line is a heading
    (as ``_heading_before`` reads it), else None."""
    nxt = doc[i + 1]
    if not nxt.text[:1].isupper():
        return None
    words = []
    j = i - 1
    while j >= 0 and "\n" not in doc[j].text:
        if not doc[j].is_space:
            words.append(doc[j])
            if len(words) > _HEADING_WORDS:
                return None
        j -= 1
    if not words or words[0].text in _LINE_END_PUNCT or words[0].text[-1:] in _LINE_END_PUNCT:
        return None
    first = words[-1]
    return first.i if first.text[:1].isupper() or first.like_num else None


def in_capitals_heading(text: str, s: int, e: int) -> bool:
    """The words sit on a line of their own written in capitals (a section's heading)."""
    start = text.rfind("\n", 0, s) + 1
    end = text.find("\n", e)
    line = text[start : end if end >= 0 else len(text)]
    return len(line) > 4 and line.isupper() and " " in line.strip()


def quoted_at(text: str, at: int) -> bool:
    """``at`` stands inside a quotation opened in its paragraph (the entity and the fact stages
    both ask: a speaker's "Dad died" is no narrated death, "our treasurer" in a quote no post)."""
    line = text.rfind("\n", 0, at) + 1
    return text.count('"', line, at) % 2 == 1 or text.rfind("\u201c", line, at) > text.rfind("\u201d", line, at)
