"""A kin noun with no article or possessive before the name it introduces: "runs the cafe with
husband Dean", "was there with wife Noreen and son Patrick", "was joined by daughter Ella",
"finished third, while husband Arben came fifth". News writing drops the "her" or "his": the
relative is the clause's subject's, the person the sentence is about."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dateline.extractors.facts.context import LIKELY, POSSESSIVES, _Ctx
from dateline.extractors.facts.subjects import _subjects
from dateline.model import Entity

# prepositions that bring somebody along with the subject
_WITH = frozenset({"with", "alongside", "beside", "by"})
# what opens a clause beside the main one ("while husband Arben came fifth")
_BESIDE = frozenset({"while", "as", "whereas", "and", "but"})
_FRONT = frozenset({"late", "older", "younger", "elder", "eldest", "youngest", "new", "former", "twin", "baby", "adult"})


def bare_kin_owner(ctx: _Ctx, tok: Token, sent: SpacySpan) -> Optional[tuple[list[Entity], int, float]]:
    """Whose relative a kin noun without a determiner names, and where that is said."""
    doc = tok.doc
    if not tok.text.islower() or any(c.dep_ in ("det", "poss") for c in tok.children):
        return None  # ("Sister Bernadette Quirke": a nun's title)
    s = tok.i
    while s > sent.start and doc[s - 1].lower_ in _FRONT:
        s -= 1
    before = doc[s - 1] if s > sent.start else None
    if before is not None and (before.pos_ in ("DET", "PRON", "NUM", "ADJ", "NOUN", "PROPN", "PART") or before.tag_ == "POS"):
        return None  # "her husband", "the couple's son", "a son", "Dean's wife", "two sons"
    name = ctx.starting_at(doc[tok.i + 1].idx) if tok.i + 1 < sent.end else None
    if name is None:
        return None
    # the word the name phrase hangs on ("husband Dean": the parser heads it on either word)
    phrase = tok.head if tok.dep_ == "compound" and tok.head.i > tok.i else tok
    while phrase.dep_ == "conj" and phrase.head.i < phrase.i:
        phrase = phrase.head
    verb: Optional[Token] = None
    if phrase.dep_ == "pobj" and phrase.head.lower_ in _WITH:
        verb = phrase.head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # "at the ceremony with wife Noreen": up to the verb
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        if verb.dep_ == "advcl" and verb.head.i != verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head  # "crossed the line, joined by daughter Anika": the participle's subject
    elif phrase.dep_ in ("nsubj", "nsubjpass") and (phrase.head.dep_ == "conj" or (phrase.head.dep_ == "advcl" and any(
            c.lower_ in _BESIDE and c.dep_ == "mark" for c in phrase.head.children))):
        verb = phrase.head.head  # "while husband Arben came fifth": the main clause's subject
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subj) != 1 or any(t.lower_ in POSSESSIVES or t.tag_ == "POS" for t in subj[0].subtree):
            return None  # ("Her eldest, Mitchell, ran beside her, while husband Rhys waited": hers)
    if verb is None:
        return None
    owners = _subjects(ctx, verb, couples=False)
    if len(owners) != 1 or owners[0] is name[1]:
        return None
    return owners, tok.idx, LIKELY
