"""The words the pronoun pass (pronouns.py) can act on, found from the Doc's word index and
arrays rather than by a test per token: most of an article is none of them."""

from __future__ import annotations

from collections.abc import Collection, Container

import numpy
from spacy.attrs import ENT_TYPE, POS  # type: ignore[import-not-found]  # spacy.attrs is a compiled module without stubs
from spacy.tokens import Doc

from dateline.nlp import columns, where_in

# (words taken whatever their tag, as the pass's own test reads them before the pronouns')
_ALWAYS = frozenset({"who", "they", "old"})


def pass_words(doc: Doc, heads: Collection[int], latent: Collection[int], pronouns: Container[str], age_ranks: Container[str]) -> list[int]:
    """In order, the tokens that are a name's head, a latent name, an untyped noun, a
    pronoun tagged so, "who", "they", an age or an age rank: the same list as a comprehension
    over every token testing each of these."""
    picked = set(heads)
    picked.update(latent)
    tags = columns(doc).tag
    for w, ks in where_in(doc, "lower").items():
        if w in _ALWAYS or w.endswith("year-old") or w in age_ranks:
            picked.update(ks)
        elif w in pronouns:
            picked.update(k for k in ks if tags[k] in ("PRP", "PRP$"))
    if len(doc):
        # (an untyped noun: ENT_TYPE 0 is no label)
        arr = doc.to_array([POS, ENT_TYPE])
        strings = doc.vocab.strings
        nouns = ((arr[:, 0] == strings["NOUN"]) | (arr[:, 0] == strings["PROPN"])) & (arr[:, 1] == 0)
        picked.update(numpy.flatnonzero(nouns).tolist())
        # (and a lower-case noun the tagger calls a nationality: "a canal patwari")
        picked.update(t.i for e in doc.ents if e.label_ == "NORP" for t in e if t.is_lower and t.pos_ in ("NOUN", "PROPN"))
    return sorted(picked)
