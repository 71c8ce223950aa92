"""Definite descriptors that name a person by age: "the 29-year-old" (somebody of that stated
age, else the subject the previous sentence led with) and "the eldest", "the youngest" (of the
people last listed with their ages). Apart from the pronoun resolver because they read ages, not
gender or role."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.clusters import _Cluster
from dateline.extractors.entities.lexicon import DESCRIPTOR_WINDOW
from dateline.extractors.entities.lifespan import died
from dateline.extractors.entities.syntax import _speaker_position
from dateline.nlp import text_of

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver


def age_descriptor(r: "_Resolver", tok: Token, age: int, recent) -> Optional[_Cluster]:
    """"The 29-year-old announced ...": somebody of that stated age, else the subject of the
    previous sentence's main clause (its first conjunct: "Singer Rosa Delgado and her
    husband ... The 29-year-old" is Delgado), else the most salient person."""
    sent = r.sent_of[tok.i]
    if r.observe is None and (apposed := _apposed_name(r, tok)) is not None:
        return apposed
    if r.observe is None and (only := _only_of_age(r, tok, age)) is not None:
        return _paragraph_opener(r, tok, only) or only
    fits = []
    speaking = r.observe is None and (_speaker_position(tok, r.lex) or _said_after(tok, r.lex))
    for ti, si, _w, c in reversed(recent):
        if sent - si > DESCRIPTOR_WINDOW:
            break
        c = c.root()
        if c.platform or c.plural or not c.is_person_like() or (c.ages and age not in c.ages):
            continue
        if speaking and died(r.doc, c):
            continue  # "Eirlys, who died in 2019 ... The 62-year-old said": the living speak
        if age in c.ages:
            return c
        fits.append((ti, si, c))
    prev = max((si for _ti, si, _c in fits if si < sent), default=None)
    for ti, si, c in reversed(fits):
        t = r.doc[ti]
        if r.observe is None and t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass"):
            t = t.head  # "Her successor, Losa Faleolo, joined ... The 38-year-old": the subject's name
        if si == prev and t.head.dep_ == "ROOT" and (t.dep_ in ("nsubj", "nsubjpass") or (
                # "The guest of honour was Niamh Devereux ... The 31-year-old": who the
                # main clause says its subject is (in extraction only)
                r.observe is None and t.dep_ == "attr" and t.head.lemma_ == "be")):
            return c
    best = r._person_candidates(recent, tok, None, DESCRIPTOR_WINDOW)
    if speaking and best is not None and died(r.doc, best.root()):
        # (the living speak: not the obituary's subject the ranker would take, but the latest
        # person of no other age)
        return fits[0][2] if fits else None
    if r.observe is None and best is not None and best.root().ages and age not in best.root().ages:
        # "Ms Khandelwal, 38, ... her uncle, Suresh Khandelwal, ... The 67-year-old said": not
        # the salient woman the text gave another age, but the latest person of no stated age
        return fits[0][2] if fits else None
    return best

def _said_after(tok: Token, lex) -> bool:
    """'... the 64-year-old said.': the parser may make 'said' a noun the age modifies; the
    speech verb right after the description is still what it does."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and tok.head.i == nxt.i and nxt.lower_ in ("said", "says") and nxt.lemma_.lower() in lex.speech_verbs


def _apposed_name(r: "_Resolver", tok: Token) -> Optional[_Cluster]:
    """'..., and Sandy Groat, the 66-year-old who skippered the mail boat': a person's name right
    before the description and a comma is whom it describes (in extraction only)."""
    text = r.doc.text
    start = tok.left_edge.idx
    if text[max(0, start - 2) : start] != ", ":
        return None
    end = start - 2
    named = [c.root() for c in r.clusters for m in c.mentions if m.kind == "name" and m.end == end]
    return named[0] if len(named) == 1 and named[0].is_person_like() and not named[0].plural else None


def _only_of_age(r: "_Resolver", tok: Token, age: int) -> Optional[_Cluster]:
    """"Ivy Campbell, 79, ... (four paragraphs on) The 79-year-old": the one person the text
    gave that age before, however far back (two of that age are left to the window). In
    extraction only: the ranker's training reads the window alone."""
    roots = {id(c.root()): c.root() for c in r.clusters}.values()
    found = {id(c): c for c in roots if age in c.ages and any(m.head < tok.i for m in c.mentions)}
    people = [c for c in found.values() if c.is_person_like() and not c.platform and not c.plural]
    return people[0] if len(people) == 1 and len(found) == 1 else None

# a client spoken for: the person the paragraph's speaker represents, not the speaker
_CLIENT = re.compile(r"\b(?:his|her|their)\s+client\b", re.I)


def _paragraph_opener(r: "_Resolver", tok: Token, only: _Cluster) -> Optional[_Cluster]:
    """'Liam Dolan, 51, ... (a new paragraph) Kevin Ahern emigrated ... The 51-year-old': the
    paragraph opens on somebody the text gave no age, and names the one of that age nowhere in
    it; the description is of the paragraph's own subject, whose age it is telling."""
    text = text_of(r.doc)
    start = text.rfind("\n\n", 0, tok.idx) + 1
    if start <= 0 or any(start <= m.start < tok.idx for m in only.root().mentions):
        return None
    firsts = [(m.start, c.root()) for c in r.clusters for m in c.mentions if m.kind == "name" and start <= m.start < tok.idx]
    if not firsts:
        return None
    opener = min(firsts, key=lambda f: f[0])[1]
    if _CLIENT.search(text, start, tok.idx) is not None:
        return None  # ("Defence solicitor Ailsa Buchanan said her client was ashamed. The 41-year-old": the client)
    fits = opener is not only.root() and not opener.ages and opener.is_person_like() and not opener.plural and not opener.platform
    return opener if fits and not _reported_by(r, tok, opener) else None


def _reported_by(r: "_Resolver", tok: Token, c: _Cluster) -> bool:
    """'Mr Rennie told the sheriff that the 34-year-old had lost his job': the description is in
    what the opener is said to have said; a speaker does not call himself so."""
    verb = tok.head
    while verb.dep_ not in ("ccomp", "ROOT") and verb.head.i != verb.i:
        verb = verb.head
    said = verb.head if verb.dep_ == "ccomp" else None
    return said is not None and said.lemma_.lower() in r.lex.speech_verbs and any(
        ch.dep_ == "nsubj" and ch.i in r.covered and r.covered[ch.i].root() is c.root() for ch in said.children)


def age_rank(r: "_Resolver", tok: Token, recent) -> Optional[_Cluster]:
    """"The eldest", "the youngest" as a noun phrase of its own: of the people the text
    last listed with their ages in one sentence (siblings, as news lists them), the oldest
    or the youngest; nobody when the ages tie or no such list is near."""
    if tok.i == 0 or r.doc[tok.i - 1].lower_ != "the" or tok.dep_ not in ("nsubj", "nsubjpass", "attr", "dobj", "pobj"):
        return None
    if any(ch.dep_ == "appos" for ch in tok.children) or tok.i in r.covered \
            or (tok.i + 2 < len(r.doc) and r.doc[tok.i + 1].text == "," and tok.i + 2 in r.covered):
        return None  # "the eldest, Kevin": named right there (however the parser joined the name)
    sent = r.sent_of[tok.i]
    by_sent: dict[int, dict[int, _Cluster]] = {}
    for ti, si, _w, c in reversed(recent):
        if sent - si > DESCRIPTOR_WINDOW:
            break
        c = c.root()
        if c.ages and c.is_person_like() and not c.plural and _aged_here(r, ti):
            by_sent.setdefault(si, {})[id(c)] = c
    for si in sorted(by_sent, reverse=True):
        group = list(by_sent[si].values())
        if len(group) < 2:
            continue
        pick = max if r.lex.age_ranks[tok.lower_] == "max" else min
        best = pick(group, key=lambda c: pick(c.ages))
        if sum(1 for c in group if pick(c.ages) == pick(best.ages)) > 1:
            return None
        return best
    return None

def _aged_here(r: "_Resolver", ti: int) -> bool:
    """The mention at token ``ti`` has its age right after it ("Kevin, 50,")."""
    doc = r.doc
    return ti + 2 < len(doc) and doc[ti + 1].text == "," and doc[ti + 2].like_num and doc[ti + 2].text.isdigit()


def new_age_of_subject(r: "_Resolver", tok: Token, c: _Cluster) -> bool:
    """'For half a century Sutrisno has shaped bronze gongs ... Last week the 74-year-old smith
    named his eldest daughter': a description with an age nobody was given, as its clause's
    subject, is of the person the sentence before had as its main subject, when that person has
    no age yet (at extraction only)."""
    root = c.root()
    if r.observe is not None or root.ages or not root.is_person_like() or root.plural or root.platform:
        return False
    head = tok
    while head.dep_ in ("amod", "compound", "nummod", "npadvmod") and head.head.i != head.i:
        head = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.dep_ != "ROOT":
        return False
    prev = r.sent_of[tok.i] - 1
    doc = r.doc
    return any(r.sent_of[m.head] == prev and m.kind == "name" and doc[m.head].dep_ in ("nsubj", "nsubjpass") and doc[m.head].head.dep_ == "ROOT"
               for m in root.mentions)
