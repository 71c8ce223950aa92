"""A first name the tagger left outside a full name it tagged: "Lennox Arthur Bobb, who was
principal ..." tagged "Arthur Bobb" alone, so the headline's "Lennox Bobb" and the lede's man
became two people and the lede's pronouns went to the wrong one. The untagged word is the
name's own when the parse makes it a compound of the name, nothing says it is a title, a trade,
a place or an organisation's word, and the text writes it elsewhere right before the same surname
("Lennox Bobb" in the headline): a rank the lexicon does not know, "District Collector Anitha
Varma", is written so once (extraction only)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extractors.entities.lexicon import Lexicon
from dateline.nlp import tokens_in


def untagged_given(toks: list[Token], s: int, e: int, lex: Lexicon, taken: list[bool]) -> bool:
    """True when ``toks[s - 1]`` opens the PERSON name ``toks[s:e]`` of two words or more."""
    k = s - 1
    if k < 0 or e - s < 2 or taken[k]:
        return False
    first = toks[k]
    text = first.text
    if first.ent_type_ or first.tag_ != "NNP" or first.dep_ != "compound" or not (s <= first.head.i < e):
        return False
    if len(text) < 3 or not (text[0].isupper() and text[1:].islower() and text.isalpha()):
        return False
    low = first.lower_
    if low in lex.titles or low in lex.occupations or low in lex.trades or low in lex.not_entities \
            or low in lex.lead_org_words or low in lex.month_names or low in lex.place_first_words or low in lex.not_names:
        return False
    # the word before is no name's: another capitalised word may be a place or a body before the name
    if k > 0:
        before = toks[k - 1]
        if before.text[:1].isupper() and before.is_alpha and not before.is_sent_start and "\n" not in before.whitespace_:
            return False
        if before.lower_ in ("the", "a", "an") or before.text in ("'s", "\u2019s"):
            return False
    surname = toks[e - 1].text
    return any(j != k and toks[j].text == text and j + 1 < len(toks) and toks[j + 1].text == surname
               for j in tokens_in(first.doc, "lower", {low}))
