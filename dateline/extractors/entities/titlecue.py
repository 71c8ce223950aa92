"""The article's title as evidence for the pronoun ranker: a story or a page is mostly about the
person its title names ("Ada Brennan to lead the harbour board"; a Wikipedia page's name, which
GAP gives every snippet through its URL), so a he or she in it is more often that person's.

Only where the text has a title: plain dated text has none, and then every title feature is 0
with ``has_title`` 0 too. The ranker is trained on each GAP snippet twice, once with its page
name and once without (``train_ranker``), so a model reading an untitled article is the one a
title-less training would make, not one that reads "title 0" as "not the story's subject" (the
trial of 2026-12-01, which lost news pronouns that way, trained with titles only).

Nothing is read from a name's spelling: a candidate's name words are compared with the title's
words, the same test for any name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Doc

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver
    from dateline.extractors.entities.ranker import Candidate

TITLE_FEATURES = ("has_title", "title_share", "title_cover", "title_others")
_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")
# capitalised words of a headline that name nobody
_SMALL = frozenset({"the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "with", "by", "from", "de", "la", "le",
                    "van", "von", "der", "da", "di", "du", "mr", "mrs", "ms", "dr", "sir", "st"})


def _words(text: str) -> set[str]:
    return {w.lower().strip(".'\u2019") for w in _WORD.findall(text)} - _SMALL - {""}


def title_words(doc: Doc) -> Optional[frozenset[str]]:
    """The title's capitalised words, lowercased; None when the article has no title."""
    article = doc._.article if Doc.has_extension("article") else None
    title = getattr(article, "title", None)
    if not title:
        return None
    words = _words(" ".join(w for w in _WORD.findall(title) if w[:1].isupper()))
    return frozenset(words) or None


def title_rows(res: "_Resolver", cands: list["Candidate"]) -> list[tuple[float, ...]]:
    """Per candidate, in TITLE_FEATURES order: a title at all, the share of the candidate's name
    words the title holds, the share of the title's words the candidate's name covers, and how
    many other candidates the title names."""
    title = res.title
    if title is None:
        return [(0.0, 0.0, 0.0, 0.0)] * len(cands)
    text = res.doc.text
    shares = []
    for cand in cands:
        cl = cand.cluster
        words = {w.strip(".'\u2019") for w in cl.key} - _SMALL - {""}
        for m in cl.mentions:
            if m.kind == "name":
                words |= _words(text[m.start : m.end])
        hit = len(words & title)
        shares.append((hit / len(words) if words else 0.0, hit / len(title)))
    named = sum(1 for s, _c in shares if s > 0)
    return [(1.0, s, cov, float(named - (s > 0))) for s, cov in shares]
