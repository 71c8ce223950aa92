"""Whose gender a speech tag tells. 'Chief Superintendent Karen Donnachie ... said he had been
"the kind of officer ...". Alasdair and Shona Fraser, she said, had opened their home': the
tag 'she said' set off by commas inside a sentence goes on with the speaker of the sentence
before (not with anyone the reported words name), and the 'he' that the reporting convention
gave her ('X said he had been') was somebody else, since a speaker is not both he and she.
Both at extraction only: the pronoun ranker trains on the pass as it was."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.clusters import _Cluster
from dateline.extractors.entities.lexicon import THEY_WINDOW
from dateline.nlp import columns, per_doc, tokens_of

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver


def _speech_subject(r: "_Resolver", tok: Token) -> bool:
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in r.lex.speech_verbs and tok.head.dep_ != "ccomp"


def parenthetical_speaker(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional[_Cluster]:
    """The speaker a mid-sentence ', she said,' continues, or None."""
    if r.observe is not None or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in r.lex.speech_verbs:
        return None
    doc, verb = r.doc, tok.head
    if tok.i > 3 and doc[tok.i - 1].text == "," and doc[tok.i - 2].lower_ == "who" and doc[tok.i - 3].text == "," \
            and any(t.text == "," for t in doc[verb.i + 1 : verb.i + 5]):
        # "Rhona Haldane of Skerry Air, who, she told this column, has fielded ...": the tag
        # inside the relative clause is said by the person the clause is about (past where
        # that person works)
        for k in range(tok.i - 2, max(tok.sent.start, tok.i - 10) - 1, -1):
            c = r.covered.get(k)
            if c is None:
                if doc[k].pos_ in ("VERB", "AUX"):
                    break
                continue
            c = c.root()
            if c.is_person_like() and not c.plural:
                if c.gender_fit(gender) > 0:
                    return c
                break
    if not _speech_subject(r, tok):
        return None
    if not (verb.i == tok.i + 1 and tok.i > 0 and doc[tok.i - 1].text == "," and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","):
        return None
    start = tok.sent.start
    if start == 0 or "\n" in doc[start - 1].text_with_ws:
        return None  # (a paragraph's first sentence: no speaker to go on with)
    found: Optional[_Cluster] = None
    for t in doc[start - 1].sent:
        if t.lemma_.lower() not in r.lex.speech_verbs or t.pos_ != "VERB":
            continue
        for s in t.children:
            c = r.covered.get(s.i) if s.dep_ == "nsubj" else None
            if c is not None and c.root().is_person_like() and not c.root().plural and c.root().gender_fit(gender) > 0:
                found = c.root()
    return found


def _token_at_offset(doc) -> dict[int, int]:
    """Each token's index by its character offset, made once per Doc."""
    memo = per_doc(doc, "speechtags.at_offset")
    if not memo:
        idx = columns(doc).idx
        memo.update(zip(idx, range(len(idx)), strict=True))  # (pairs made in C, not by a generator step per word)
    return memo


def drop_outvoted_reports(r: "_Resolver") -> None:
    """Take back each pronoun the reporting convention gave a speaker ('X said he ...') whose
    own speech tags elsewhere ('she said') give the other gender."""
    if r.observe is not None:
        return
    pronouns = r.lex.pronouns
    for i, cluster in getattr(r, "reported_at", {}).items():
        c = cluster.root()
        g = pronouns.get(r.doc[i].lower_)
        # The tokens the pronoun mentions start at, found through the offsets: walking the
        # whole Doc per reported pronoun made a Token object per token each time.
        toks, at_offset = tokens_of(r.doc), _token_at_offset(r.doc)
        starts = {at_offset[m.start] for m in c.mentions if m.kind == "pronoun" and m.start in at_offset}
        tags = {pronouns.get(toks[j].lower_) for j in starts if j != i and _speech_subject(r, toks[j])}
        if g is None or not tags - {g, None}:
            continue
        at = r.doc[i].idx
        c.mentions = [m for m in c.mentions if not (m.kind == "pronoun" and m.start == at)]
        if c.pgenders[g] > 0:
            c.pgenders[g] -= 1
        if r.covered.get(i) is not None and r.covered[i].root() is c:
            del r.covered[i]


def they_speaker(r: "_Resolver", tok: Token, recent) -> Optional[_Cluster]:
    """"they said" after an organization or a group of unnamed speakers, unless two people
    were just named together (the other usual reading of "they"). (Moved out of pronouns.py.)"""
    best: Optional[_Cluster] = None
    best_score = 0.0
    sent = r.sent_of[tok.i]
    for ti, si, _w, c in reversed(recent):
        if sent - si > THEY_WINDOW:
            break
        head = r.doc[ti]
        if head.dep_ == "conj" and c.root().is_person_like() and head.head.i in r.covered:
            if r.covered[head.head.i].root().is_person_like():
                return None
    for score, c in r._scores(recent, tok.i, THEY_WINDOW).values():
        if c.platform or (c.is_person_like() and not c.plural):
            continue
        if score > best_score:
            best, best_score = c, score
    return best
