"""Who a he/she reported by a speech verb is: "Mulgrew, president of ..., said he hopes ...",
"Lee says his father taught him": the speaker, by the usual convention, unless a listener of that
gender is named too, or a relative the speaker talks of turns the reading. Moved out of
binding.py on 2026-12-07; at extraction only, as binding's rules are."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.antecedents import _described_by
from dateline.extractors.entities.binding import fitting_person
from dateline.extractors.entities.clusters import _Cluster
from dateline.extractors.entities.syntax import same_paragraph

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver

def reported_speaker(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional[_Cluster]:
    """"Mulgrew, president of ..., said he hopes ...", "Lee says his father taught him": the
    subject of the clause a speech verb reports (or that subject's possessive) is, by the usual
    convention, the speaker; not when a listener of that gender is named too ("Lee told Park,
    after he admitted it, he had erred" may be Park). A speaker described through a possessive
    of the same form ("Her student, Rahul Menon, said she ...", "His lawyer said he would
    appeal") reports on that possessive's referent, unless the speaker is kin of that same
    gender ("His father said he was proud" is either of them) or the reported pronoun is itself
    a possessive. (Those two readings at extraction only: the ranker trains on GAP's pronouns.)"""
    verb = tok.head
    if tok.tag_ == "PRP$" and tok.dep_ == "poss" and verb.dep_ in ("nsubj", "nsubjpass") and r.observe is None:
        verb = verb.head  # "says her mother taught us": the possessive of the reported subject
    elif tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in r.lex.speech_verbs:
        return None
    said = verb.head
    if any(ch.dep_ in ("dobj", "dative") and fitting_person(r, ch, gender) for ch in said.children):
        return None
    for ch in said.children:
        if ch.dep_ != "nsubj" or ch.i >= tok.i:
            continue
        owner = _same_form_owner(r, ch, tok) if r.observe is None else None
        if owner is not None:
            if owner is False and ch.i in r.covered and _kin_turned(r, ch, tok):
                return r.covered[ch.i].root()  # "His eldest son, Tunde, said his father ...": the son's father
            # a reported possessive ("Her rival said her husband ...") may be either's: the ranker's
            return owner if isinstance(owner, _Cluster) and tok.tag_ == "PRP" else None
        if ch.i in r.covered:
            c = r.covered[ch.i].root()
            if not c.platform and not c.plural and c.is_person_like() and c.gender_fit(gender) == 1.0:
                # ("Oscar Dela Paz, 66, a retired tanod, who told the bulletin he ...": a "who"
                # clause tells what the person just named said, of himself)
                who = r.observe is None and ch.lower_ == "who" and said.dep_ == "relcl"
                return (None if who else _other_subject(r, c, tok, gender)) or c
        elif r.observe is None and ch.lower_ == "who" and said.dep_ == "relcl":
            described = _described_by(r, said.head)
            return described if described is not None and described.gender_fit(gender) == 1.0 else None
    return None


def _other_subject(r: "_Resolver", speaker: _Cluster, tok: Token, gender: Optional[str]) -> Optional[_Cluster]:
    """'Vang joins from Ostrel, where she ran the desk. Its director, Per Holm, said she left
    ...': a speaker the text has given no gender, after a main-clause subject of the pronoun's
    gender in the sentence before (in the same paragraph), reports on that subject as likely as
    on themselves; the pronoun goes to the one whose gender the text has given, so that a guess
    never gives the speaker one (at extraction only)."""
    if r.observe is not None or gender is None or speaker.gender is not None or speaker.peek:
        return None
    start = r.sent_start_of[tok.i]
    if start == 0:
        return None
    for k in range(r.sent_start_of[start - 1], start):
        t = r.doc[k]
        other = r.covered.get(k)
        if other is None or r.in_quote[k] or t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ != "ROOT":
            continue
        if not same_paragraph(r.doc, k, tok.i):
            continue  # a subject across a paragraph break is no longer the one spoken of
        other = other.root()
        if other is not speaker and not other.platform and other.is_person_like() and other.gender == gender:
            return other
    return None


# the kin a relative's own relative of that kind is: a son's or daughter's father is the one they
# are the child of, a wife's husband the one she is the wife of
_TURNED = {"child": "parent", "parent": "child", "spouse": "spouse", "sibling": "sibling"}


def _kin_turned(r: "_Resolver", speaker: Token, tok: Token) -> bool:
    """'His eldest son, Dr Tunde Fashola, said his father taught half the town': a relative who
    speaks of the relative of the turned kind is speaking of the first possessive's referent,
    and the reported possessive is the speaker's own (at extraction only)."""
    mine, theirs = r.lex.kin_kinds.get(speaker.lemma_.lower()), r.lex.kin_kinds.get(tok.head.lemma_.lower())
    return tok.tag_ == "PRP$" and tok.dep_ == "poss" and mine is not None and _TURNED.get(mine) == theirs


def _same_form_owner(r: "_Resolver", speaker: Token, tok: Token) -> "Optional[_Cluster | bool]":
    """The referent of a possessive of the pronoun's own form on the speaker's noun phrase
    ("Her student ... said she"), False when there is one but it decides nothing (unresolved,
    or the speaker is kin of that gender), None when there is none."""
    poss = [p for p in speaker.children if p.dep_ == "poss" and p.tag_ == "PRP$" and r.lex.pronouns.get(p.lower_) == r.lex.pronouns.get(tok.lower_)]
    if not poss:
        return None
    gender = r.lex.pronouns.get(tok.lower_)
    if speaker.lower_ in r.lex.relative_nouns and r.lex.gendered.get(speaker.lower_) in (gender, None):
        return False
    c = r.covered.get(poss[0].i)
    return c.root() if c is not None and c.root().is_person_like() else False
