"""Organisations the tagger leaves untagged: "founded the Xagħra Lace Guild" (a letter the small
model rarely saw, and the whole name goes untagged, so a later "the guild" finds another body).
A run of capitalised proper nouns after "the" that ends in an organisation's keyword is one
organisation. At extraction only, as every name rule the pronoun ranker did not learn on."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.extractors.entities.lexicon import Lexicon
from dateline.nlp import tokens_of, where_in

# (a body's name runs to a few words: "the Lower Wensley Rural Preservation Society")
MAX_WORDS = 6


def untagged_orgs(doc: Doc, lex: Lexicon, taken: list[bool]) -> list[tuple[int, int]]:
    """Spans of such names; claims their words in ``taken``."""
    toks = tokens_of(doc)
    out = []
    n = len(doc)
    i = 0
    # (each "the" from the Doc's word index, not a Token per word of the text)
    for i_the in where_in(doc, "lower").get("the", ()):
        if i_the < i:
            continue  # inside the name found before
        i = i_the
        if i + 2 >= n:
            break
        e = i + 1
        while e < n and e - i <= MAX_WORDS and _bare_proper(toks[e], taken) and toks[e].lower_ not in lex.titles:
            e += 1
        # two words at least, the last a body's keyword, and no capitalised word running on
        if e - i > 2 and toks[e - 1].lower_ in lex.org_keywords and not (e < n and toks[e].text[:1].isupper()):
            for k in range(i + 1, e):
                taken[k] = True
            out.append((i + 1, e))
        i = max(e, i + 1)
    return out


def _bare_proper(tok, taken: list[bool]) -> bool:
    return not taken[tok.i] and tok.ent_type_ == "" and tok.tag_ in ("NNP", "NNPS") and tok.text[:1].isupper() and tok.is_alpha
