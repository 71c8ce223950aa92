"""Verbs the parser lifted out of a relative clause's list of verbs."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token


def relative_list_head(verb: Token) -> Optional[Token]:
    """'dedicated to X, who sang in the choir, toured Canada, and died in May': the parser hangs
    'toured' on the main verb, but a verb right after the comma that closes a relative clause,
    with no 'and' before it, goes on that clause's list, so its subject is the relative's."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i:
        return None
    doc = verb.doc
    start = verb.left_edge.i
    for r in doc[head.i + 1 : verb.i]:
        if r.dep_ == "relcl" and r.right_edge.i + 2 == start and doc[start - 1].text == "," \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in r.children):
            return r
    return None
