"""A report's byline on a line of its own, a name and a post after a comma, often after a
label ("Report: Ana Whitu, sports reporter", "Tom Ngata, People editor"): the small model tags
such a line's name rarely, having no sentence around it. The facts stage reads the post
(``facts/signoffs.py``); this finds the person (at extraction only)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.extractors.entities.lexicon import Lexicon
from dateline.extractors.entities.missed import _NameSpan
from dateline.nlp import per_doc, text_of

# (or "By " before it, the post's words capitalised as a heading's: "By Clodagh Rafferty, Marine
# Correspondent")
_SIGNATURE = re.compile(r"^(?:[A-Z][a-z]+(?:[ \t][a-z]+)?:[ \t]+|(?P<by>By[ \t]+))?(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}),[ \t]+"
                        r"(?P<post>[A-Za-z][a-z-]+(?:[ \t]+(?:[a-z][a-z-]+|(?(by)[A-Z][a-z-]+|[a-z][a-z-]+))){0,3})[ \t]*$", re.M)

# a paper's own posts, which a byline gives most (not all are in the occupations' lexicon)
PRESS_POSTS = frozenset({"correspondent", "reporter", "editor", "columnist", "writer", "photographer", "critic"})


def byline_names(doc: Doc, lex: Lexicon, taken: list[bool], by_only: bool = False) -> list[_NameSpan]:
    """``by_only``: the "By X, post" lines alone, read before the tagger's names (which make
    "By Clodagh Rafferty" an organisation)."""
    out = []
    for m in _lines(doc):
        if by_only and not m.group("by"):
            continue
        last = m.group("post").split()[-1].lower()
        if last not in lex.occupations and last not in lex.titles and last not in lex.employee_roles and last not in PRESS_POSTS:
            continue
        span = doc.char_span(m.start("name"), m.end("name"))
        if span is None or any(taken[k] for k in range(span.start, span.end)) or any(t.tag_ not in ("NNP", "NNPS") for t in span):
            continue
        taken[span.start : span.end] = [True] * len(span)
        out.append(_NameSpan(span.start, span.end, "PERSON"))
        post = doc.char_span(m.start("post"), m.end("post"), alignment_mode="expand") if m.group("by") else None
        if post is not None:
            taken[post.start : post.end] = [True] * len(post)  # ("Marine Correspondent": nobody's name)
    return out


def _lines(doc: Doc) -> list[re.Match]:
    """The byline lines' matches, found once per Doc (both of the name passes ask)."""
    memo = per_doc(doc, "entities.bylines")
    got = memo.get(None)
    if got is None:
        got = memo[None] = list(_SIGNATURE.finditer(text_of(doc)))
    return got
