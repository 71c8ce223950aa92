"""Words that look like names but name nobody. Names that stand for a thing named after somebody:
"Parkinson's disease", "Cassin's finch", "Halley's comet", "she has Alzheimer's". Left as
names, each became a person ("Parkinson"), and in Re-DocRED dev the bird's "Cassin" outvoted
"John Cassin" for his own curatorship. Read at extraction only: the words are claimed before
the tagger's entities, and the second look for untagged names (rescan.py) passes them by."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.extractors.timenorm.patterns import MONTHS
from dateline.nlp import columns, per_doc, tokens_in


def eponym_tokens(doc: Doc, lex) -> frozenset[int]:
    """The words of each name before "'s" that a thing's noun follows (``lex.eponym_heads``), or
    that is a condition's own name (``lex.eponym_conditions``) with no noun after it and no
    title or first name before it ("Mr Bell's house" is Mr Bell's), made once per Doc."""
    return _once(doc, "entities.eponyms", lambda: _eponym_tokens(doc, lex))


def _once(doc: Doc, name: str, build) -> frozenset[int]:
    """``build()`` made once per Doc under ``name``: the passes that skip these words ask often."""
    memo = per_doc(doc, name)
    got = memo.get(None)
    if got is None:
        got = memo[None] = build()
    return got


def _eponym_tokens(doc: Doc, lex) -> frozenset[int]:
    out: set[int] = set()
    # (from the Doc's index of its words and its columns: a Token made for every word, and
    # for each of its neighbours, cost the stage a millisecond; ``is_lower`` is str.islower)
    cols = columns(doc)
    pos, text, low = cols.pos, cols.text, cols.lower
    n = len(pos)
    for t in tokens_in(doc, "tag", ("POS",)):
        if t == 0:
            continue
        name = t - 1
        if pos[name] != "PROPN" or not text[name][:1].isupper():
            continue
        after = t + 1 if t + 1 < n else None
        after2 = t + 2 if t + 2 < n else None
        # (past one lower-case word: "Halin's grid theorem")
        headed = after is not None and text[after].islower() and (low[after] in lex.eponym_heads or (
            pos[after] in ("NOUN", "ADJ") and after2 is not None and text[after2].islower() and low[after2] in lex.eponym_heads))
        before = name - 1 if name > 0 else None
        alone = (low[name] in lex.eponym_conditions and (after is None or pos[after] not in ("NOUN", "PROPN"))
                 and not (before is not None and (pos[before] == "PROPN" or low[before].rstrip(".") in lex.titles)))
        if not (headed or alone):
            continue
        k = name
        while headed and k > 0 and pos[k - 1] == "PROPN" and text[k - 1][:1].isupper():
            k -= 1  # "Lou Gehrig's disease"
        out.update(range(k, name + 1))
    return frozenset(out)


# (a birth name or a title in the brackets is a name: "née Věchtová", "born Ann Lee")
_NAMED_HERE = frozenset({"née", "nee", "born", "formerly", "also", "known", "aka", "or"})
_YEAR = re.compile(r"^(?:1\d{3}|20\d{2})$")


def span_places(doc: Doc) -> frozenset[int]:
    """The capitalised words inside brackets that hold two years joined by a dash (a life's span
    with where it began and ended), other than month names, made once per Doc."""
    return _once(doc, "entities.span_places", lambda: _span_places(doc))


def _span_places(doc: Doc) -> frozenset[int]:
    out: set[int] = set()
    for k in tokens_in(doc, "lower", ("(",)):
        t = doc[k]
        if t.i == 0 or doc[t.i - 1].pos_ != "PROPN":
            continue
        end = next((k for k in range(t.i + 1, min(t.i + 40, len(doc))) if doc[k].text in (")", "(")), None)
        if end is None or doc[end].text != ")":
            continue
        inner = doc[t.i + 1 : end]
        years = [w for w in inner if _YEAR.match(w.text)]
        if len(years) < 2 or not any(w.text in ("–", "—", "-") for w in inner) or any(w.lower_ in _NAMED_HERE for w in inner):
            continue
        out.update(w.i for w in inner if w.text[:1].isupper() and w.lower_.rstrip(".") not in MONTHS and w.is_alpha)
    return frozenset(out)


def title_places(doc: Doc, lex) -> frozenset[int]:
    """The capitalised words right after a territorial title's "of" ("iure uxoris Marquis of Pozo
    Rubio, (20 January 1848 – 15 July 1905)" gave the life span to "Pozo Rubio"; Re-DocRED dev)."""
    return _once(doc, "entities.title_places", lambda: _title_places(doc, lex))


def _title_places(doc: Doc, lex) -> frozenset[int]:
    out: set[int] = set()
    for at in tokens_in(doc, "lower", lex.territorial_titles):
        # (also past the peer's own name: "Lord Elwyn of Cwm Nedd", "Baroness Hale of Richmond")
        of = at + 1
        while of < len(doc) and of - at <= 2 and doc[of].text[:1].isupper() and doc[of].is_alpha and doc[at].text[:1].isupper():
            of += 1
        if of + 1 < len(doc) and doc[of].lower_ == "of":
            k = of + 1
            while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha and doc[k].pos_ == "PROPN":
                out.add(k)
                k += 1
    return frozenset(out)


def no_name_tokens(doc: Doc, lex) -> frozenset[int]:
    return eponym_tokens(doc, lex) | span_places(doc) | title_places(doc, lex)


def eponym_names(doc: Doc, lex, taken: list[bool]) -> None:
    """Claim those words: no name."""
    for k in no_name_tokens(doc, lex):
        taken[k] = True


def placed_word(tok, lex) -> bool:
    """'the city of Jeonju': a one-word name a place's body's noun names (``lex.place_bodies``), which is no organisation
    named after that place ("Jeonju University"). (Any place preposition, "outside Hallvik"
    before "Hallvik Municipal Council", cost a development folder 1.8 through the pronouns.)"""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in lex.place_bodies


def town_before_noun(doc, at: int, key: tuple[str, ...], lex) -> bool:
    """'Toowoomba plumber Terry Hale' after Toowoomba Hospital: the first word of an institution
    named after its town (``lex.place_named_institutions``), alone before a lower-case noun, is
    the town the noun is of, not the institution written short ("Brenton chairman X" of a club is)."""
    nxt = at + 1
    return key[-1] in lex.place_named_institutions and nxt < len(doc) and doc[nxt].tag_ in ("NN", "NNS") and doc[nxt].text.islower()
