"""The article's title as evidence for the pronoun ranker: a headline (or a Wikipedia page's
name, as GAP's snippets carry) names whom the article is about, and that person is the likeliest
referent of a he or she the text leaves open ("Hale wins seat" over "Hale ... Reid ... she").

Only capitalised words of the title count, so a headline's common words ("Will", "Rose" in a
sentence-case headline are written in lower case) never name anybody; a candidate is in the
title when one of its name words is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from dateline.nlp import text_of

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Cluster

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
NAME_KINDS = ("name", "surname", "firstname")


def title_words(doc: Doc) -> frozenset[str]:
    """The title's capitalised words in lower case; none when the article has no title (or the
    Doc none of dateline's articles)."""
    article = doc._.article if Doc.has_extension("article") else None
    title = getattr(article, "title", None)
    if not title:
        return frozenset()
    return frozenset(w.lower() for w in _WORD.findall(title) if len(w) > 1 and w[0].isupper())


def name_words(doc: Doc, cluster: "_Cluster") -> set[str]:
    """The words a person is called by: its key and every word of its name mentions."""
    words = {w for w in cluster.key if len(w) > 1 and w.isalpha()}
    text = text_of(doc)
    for m in cluster.mentions:
        if m.kind in NAME_KINDS:
            words.update(w.lower() for w in _WORD.findall(text[m.start : m.end]) if len(w) > 1 and w[0].isupper())
    return words


TITLE_FEATURES = ("titled", "title_share", "title_cover", "others_in_title")


def title_features(doc: Doc, title: frozenset[str], clusters: list["_Cluster"]) -> list[tuple[float, ...]]:
    """Per cluster, in TITLE_FEATURES order: whether the article has a title at all, the share of its name words that the title holds,
    the share of the title's words that its name covers, and how many other clusters the title
    names (up to 2). The shares tell the page's subject from a relative who shares one word
    ("Asha Randall": Asha, not her sister Jenna Randall). All 0 without a title. (Whether the
    title names it at all, and the others' best shares, as three more features: 0.3 higher in
    5-fold CV on GAP development, 1 lower on validation.)"""
    if not title:
        return [(0.0,) * len(TITLE_FEATURES)] * len(clusters)
    words = [name_words(doc, c) for c in clusters]
    hit = [not title.isdisjoint(w) for w in words]
    n_hit = sum(hit)
    out: list[tuple[float, ...]] = []
    for k, w in enumerate(words):
        out.append((1.0, len(title & w) / len(w) if w else 0.0, len(title & w) / len(title), float(min(n_hit - hit[k], 2))))
    return out
