"""A sentence-opening pronoun after the text has moved on to somebody new: "Vale, 34, rose to
fame on a talent show. ... Brent, 39, starred in a police drama. His first wife ...". The
ranker favours the person the paragraph has been about; when that person has shown no
gender yet, the previous sentence's subject, who fits the pronoun, is the likelier owner (the one
the text just turned to, and what the reader last had in focus). At extraction only, so the
shipped ranker stays what GAP alone builds."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.clusters import _Cluster
from dateline.nlp import columns

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver


def _opens_sentence(r: "_Resolver", tok: Token) -> bool:
    """The pronoun is its sentence's first word, as a subject ("He") or as the possessive of
    the subject ("His first wife")."""
    start = r.sent_start_of[tok.i]
    alpha = columns(r.doc).is_alpha  # (the column, not a Span's Tokens)
    first = next((k for k in range(start, tok.i + 1) if alpha[k]), None)
    if first is None or first != tok.i:
        return False
    if tok.tag_ == "PRP":
        return tok.dep_ in ("nsubj", "nsubjpass")
    return tok.tag_ == "PRP$" and tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass")


def _unmarked(c: _Cluster) -> bool:
    """Nothing in the text so far has given this person a gender."""
    return not sum(c.genders.values()) and not sum(c.pgenders.values())


def subject_shift(r: "_Resolver", tok: Token, chosen: Optional[_Cluster], recent) -> Optional[_Cluster]:
    gender = r.lex.pronouns.get(tok.lower_)
    if r.observe is not None or gender is None or chosen is None or r.in_quote[tok.i] or not _opens_sentence(r, tok):
        return chosen
    chosen = chosen.root()
    if not _unmarked(chosen):
        return chosen
    sent = r.sent_of[tok.i]
    if sent == 0:
        return chosen
    start = r.sent_start_of[tok.i]
    prev_start = r.sent_start_of[start - 1]
    # (``recent`` runs in text order: read back to the sentence before only, so that an article's
    # pronouns do not each walk every mention before them)
    before: list = []
    for item in reversed(recent):
        if item[1] < sent - 1:
            break
        if item[1] == sent - 1:
            before.append(item)
    before.reverse()
    # (the pick is a subject of the sentence before too, of a later clause: "Emmett Two Bulls
    # took the bareback riding, and Sadie Lindqvist won the pole bending. Her mother" is Sadie's)
    if any(c.root() is chosen and r.doc[ti].dep_ in ("nsubj", "nsubjpass") for ti, _si, _w, c in before):
        return chosen
    for ti, si, _w, c in before:
        if ti < prev_start or si != sent - 1 or r.in_quote[ti]:
            continue
        t = r.doc[ti]
        # (the parser sometimes makes an opening "Brent, 39, starred in ..." a name with a
        # clause on it: the name is the sentence's root, and still its subject)
        if not ((t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT") or (t.dep_ == "ROOT" and t.pos_ == "PROPN")):
            continue
        c = c.root()
        # (a named person: "The fisherman's son has run tours since 2008" after "Our guide,
        # Matteo Ricci" is most likely Ricci again, whom the text only described anew)
        if c is chosen or c.platform or c.plural or not c.is_person_like() or c.gender_fit(gender) < 1.0 or c.unnamed_text is not None:
            return chosen
        if any(t2.i in r.covered and r.covered[t2.i].root() is c for t2 in tok.conjuncts):
            return chosen
        return c
    return chosen
