"""Clues in the words around a title or a job word, read by roles._rule_roles: who holds it
('The club secretary, X'; 'A conference spokesman', nobody named), whether the word is a job
of its own ('a former merchant navy radio officer': no merchant), and the organisation a
clause's subject names ('The society welcomes a new chairman'). Moved out of roles.py."""

from __future__ import annotations

import re
from typing import Optional

from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.facts.context import ORG, PERSON, _Ctx
from dateline.extractors.facts.described import _named, _occupation_words
from dateline.extractors.facts.orgs import _org_for
from dateline.model import Entity, Mention


def _subject_org(ctx: _Ctx, s: int, e: int) -> Optional[tuple[Mention, Entity]]:
    """The organisation the subject of the verb whose object the post is names ("The society
    welcomes a new chairman", "Harwood Rovers have a new manager")."""
    span = ctx.doc.char_span(s, e, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("dobj", "attr"):
        return None
    subj = [c for c in span.root.head.children if c.dep_ == "nsubj"]
    if not subj:
        return None
    hit = ctx.covering(subj[0].idx, subj[0].idx + len(subj[0].text), ORG)
    if hit is None and subj[0].pos_ == "NOUN" and any(c.lower_ == "the" for c in subj[0].children):
        hit = _org_for(ctx, subj[0].lower_, s)
        if hit is not None:
            # (the evidence is the noun here, not the name paragraphs back)
            start = subj[0].left_edge.idx
            hit = (hit[0].model_copy(update={"start": start, "end": subj[0].idx + len(subj[0].text)}), hit[1])
    return hit


def _modifies_noun(ctx: _Ctx, e: int) -> bool:
    """'a former merchant navy radio officer': a listed job word followed by a lower-case noun
    it modifies is no head of its phrase, and no job of its own ('merchant')."""
    span = ctx.doc.char_span(e - 1, e, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[-1]
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # (the tagger often calls such a run proper nouns or adjectives: "merchant navy cook")
    return (nxt is not None and tok.head.i > tok.i and tok.dep_ in ("compound", "amod", "nmod")
            and nxt.pos_ in ("NOUN", "PROPN", "ADJ") and nxt.text.islower() and nxt.idx == e + 1)


def _job_with_noun_before(ctx: _Ctx, s: int, base: str) -> bool:
    """The word before and the office make a listed job ('school governor'; not 'state senator')."""
    prev = re.search(r"([a-z]+)\s+$", ctx.text[max(0, s - 20) : s])
    return prev is not None and f"{prev.group(1)} {base}" in _occupation_words()


def _holder_near(ctx: _Ctx, s: int, e: int) -> bool:
    """A person's name after the post and a comma ('The club secretary, X'), or a person's
    description the post ends ('X, the club treasurer'); a name right after it is read before."""
    if ctx.text[e : e + 2] == ", " and ctx.starting_at(e + 2, PERSON) is not None:
        return True
    hit = ctx.covering(s, e, PERSON)
    return hit is not None and hit[0].kind == "descriptor" and hit[0].end == e and _named(hit[1])


def _unnamed_at(ctx: _Ctx, start: int, end: int) -> bool:
    """An unnamed person's description, 'A conference spokesman', runs over the words here."""
    hit = ctx.covering(start, end)
    return hit is not None and hit[0].kind == "descriptor" and hit[0].start < start and hit[0].end == end and not _named(hit[1])


def _one_person_word(p: dict, word: str) -> bool:
    """A noun one named person could be ('the plumber', 'the widow', 'the director'), which a
    name after it may stand in apposition to."""
    return word in p["occupations"] or word in p["titles"] or word in p["kinship"] or word in lexicon().person_nouns


def _titled_name_ending(ctx: _Ctx, end: int) -> Optional[tuple[Mention, Entity]]:
    """A name with its honorific ending at ``end``: 'Mrs Oakley, a retired lollipop lady'."""
    hit = ctx.covering(end - 1, end)
    return hit if hit is not None and hit[0].kind == "title" and hit[0].end == end else None
