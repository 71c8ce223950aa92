"""A possessive opening a sentence after one that says a thing was made by somebody: "The
club was founded in 1979 by the late Yusuf Mubiru (1941-2016), a former railway clerk, who
married Aisha Nankya in 1971. His widow, now 78, chairs its board." The founder is what the
sentence is about, though as a passive's agent he is no subject and the ranker's role cues
pass him over for the article's topic named paragraphs before. The agent is taken when the
passive's subject is no person and nobody else of a fitting gender is named in that sentence
outside the agent's own phrase. Several agents ("founded by Mr Toh ... and is now run by his
daughter, Ms Toh Mei Lin. Her husband") leave it to the one whose gender fits alone.

Session 2026-12-07 from 12:36 UTC, from a development miss (set 73); at extraction only, like
every rule of its kind: the ranker's training on GAP reads its own picks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.binding import fitting_person

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.pronouns import _Resolver


def passive_agent_owner(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional["_Cluster"]:
    if r.observe is not None or tok.tag_ != "PRP$" or gender is None:
        return None
    noun = tok.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.dep_ != "ROOT":
        return None
    if any(k in r.covered for k in range(tok.sent.start, tok.i)):
        return None  # (somebody named before it in its own sentence)
    start = tok.sent.start
    if start == 0:
        return None
    prev = r.toks[start - 1].sent
    agents = []
    for verb in prev:
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if verb.pos_ in ("VERB", "AUX") else None
        if subj is None:
            continue
        if subj.i in r.covered and r.covered[subj.i].root().is_person_like():
            return None  # ("Ana was raised by her aunt": the sentence is about Ana)
        for a in verb.children:
            if a.dep_ == "agent":
                agents += [p for p in a.children if p.dep_ == "pobj"]
    if not agents:
        return None
    inside = {t.i for a in agents for t in a.subtree}
    fitting = [a for a in agents if fitting_person(r, a, gender) and r.covered[a.i].root().gender_fit(gender) == 1.0]
    if len(fitting) != 1:
        return None
    chosen = r.covered[fitting[0].i].root()
    for k in range(prev.start, prev.end):
        if k in inside or k not in r.covered:
            continue
        c = r.covered[k].root()
        if c is not chosen and fitting_person(r, r.toks[k], gender):
            return None  # (somebody else it may be, named outside the agent's phrase)
    return chosen
