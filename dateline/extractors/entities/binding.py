"""Pronoun rules read off the parse before the ranker: a possessive bound by the subject of its
own clause ("Keel, who won it with his band")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.clusters import _Cluster, _majority

if TYPE_CHECKING:
    from dateline.extractors.entities.lexicon import Lexicon
    from dateline.extractors.entities.pronouns import _Resolver

# The possessed noun's place in its clause: the verb's object, or the object of a preposition
# on the verb ("won it with his band").
_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})


def subject_owner(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional[_Cluster]:
    """The person a possessive pronoun on an object of its clause belongs to: that clause's
    subject, when it is a person of a fitting gender named (or resolved) before it. A subject
    who cannot own it (another gender, a group, an organisation) leaves the pronoun to the ranker."""
    noun = tok.head
    verb: Optional[Token] = None
    if noun.dep_ in _OBJECT_DEPS:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        verb = noun.head.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    for ch in verb.children:
        if ch.dep_ != "nsubj" or ch.i >= tok.i or ch.i not in r.covered:
            continue
        c = r.covered[ch.i].root()
        if not c.platform and not c.plural and c.is_person_like() and c.gender_fit(gender) == 1.0:
            return c
    return None


def retitle(r: "_Resolver", i: int, cluster: _Cluster) -> _Cluster:
    """'Mrs Dunstan' taken, at the name pass, by the Dunstan named last (her husband Frank),
    moved once the text has shown whose gender is whose: to the one other person of that
    surname named before it whose gender fits the honorific, when the holder's own evidence contradicts it."""
    tok = r.doc[i]
    title = r.doc[i - 1] if i > 0 else None
    tg = r.lex.titles.get(title.lower_) if title is not None and title.text[:1].isupper() else None
    c = cluster.root()
    if not tg or not c.key:
        return cluster
    own = c.genders.copy()
    if own[tg] > 0:
        own[tg] -= 1  # the honorific's own vote, if the name pass counted it
    held = _majority(+own) or _majority(c.pgenders)
    if held in (None, tg):
        return cluster
    surname = tok.lower_
    fits = {id(o.root()): o.root() for o in r.clusters
            if o.root() is not c and o.root().key and o.root().key[-1] == surname
            and not o.root().platform and o.root().gender == tg
            and any(m.head < i for m in o.root().mentions)}
    if len(fits) != 1:
        return cluster
    other = next(iter(fits.values()))
    moved = [m for m in c.mentions if m.head == i]
    c.mentions = [m for m in c.mentions if m.head != i]
    if c.genders[tg] > 0:
        c.genders[tg] -= 1
    other.mentions.extend(moved)
    other.genders[tg] += 1
    for k in (title.i, i):  # type: ignore[union-attr]
        r.covered[k] = other
    return other


def aged_kin(tok: Token, lex: "Lexicon") -> bool:
    """'He was joined by his wife, 59, and by his sister': a possessed kin noun with an age
    right after it is somebody of their own, whom the text describes without naming."""
    doc = tok.doc
    i = tok.i
    return (
        tok.lower_ in lex.relative_nouns
        and any(ch.dep_ == "poss" for ch in tok.children)
        and i + 3 < len(doc)
        and doc[i + 1].text == ","
        and doc[i + 2].like_num
        and doc[i + 2].text.isdigit()
        and doc[i + 3].text in (",", ".", ";", "and")
    )
