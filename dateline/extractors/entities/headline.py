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


def in_title(doc: Doc, title: frozenset[str], clusters: list["_Cluster"]) -> list[bool]:
    """Per cluster, whether the title names it."""
    if not title:
        return [False] * len(clusters)
    return [not title.isdisjoint(name_words(doc, c)) for c in clusters]
