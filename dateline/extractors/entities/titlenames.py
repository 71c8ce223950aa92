"""Short titles that are also first names ("Col" for Colin): in a text that writes the word on its
own, as a name ("Mrs Fogarty's late husband, Col, bought her as a yearling"), it is a name
wherever it stands, so "Col Fogarty" is Col Fogarty and not a colonel called Fogarty, who would
be taken for the Mrs Fogarty named before. The words are the lexicon's ``title_names``, empty
while the pronoun ranker trains."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extractors.entities.lexicon import Lexicon
from dateline.nlp import per_doc, tokens_of


def title_as_name(tok: Token, lex: Lexicon) -> bool:
    """The token is a ``title_names`` word used as a name in this text (not written with a dot)."""
    low = tok.lower_
    if low not in lex.title_names or not tok.text[:1].isupper():
        return False
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].text in (".", "'", "’"):
        return False  # ("Col.", "Dato' Ahmad Fauzi": the title's own marks)
    memo = per_doc(doc, "entities.title_names")
    alone = memo.get(None)
    if alone is None:
        toks = tokens_of(doc)
        # (or right after a relative's noun: "Ray's younger brother, Col Tully" names him)
        alone = memo[None] = {t.lower_ for t in toks if t.lower_ in lex.title_names and t.text[:1].isupper()
                              and (t.i + 1 >= len(doc) or (toks[t.i + 1].is_punct and toks[t.i + 1].text not in (".", "'", "’"))
                                   or toks[t.i + 1].text[:1].islower()
                                   or (t.i >= 2 and toks[t.i - 1].text == "," and toks[t.i - 2].lower_ in lex.kin_kinds))}
    return low in alone


def capitalised_role_end(toks: list[Token], s: int, e: int, lex: Lexicon) -> int:
    """Where a person's name starts past an office written in capitals before it ("Deputy
    Public Prosecutor Goh Jia Hui", tagged from "Public"): after a person's noun among the first
    three words, when two words or more follow it; ``s`` otherwise (at extraction only)."""
    for k in range(s, min(s + 3, e - 2)):
        word = toks[k]
        if not (word.is_alpha and word.text[:1].isupper()):
            return s
        if word.lower_ in lex.person_nouns:
            return k + 1
    return s
