"""Who gave a post: 'ORG named/appointed/hired PERSON as (its) ROLE'. Moved out of
employment.py, which reads the post it gives."""

from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Token

from dateline.extractors.facts.clauses import _not_asserted
from dateline.extractors.facts.context import ORG, _Ctx, _tok_end, patterns
from dateline.extractors.facts.orgs import org_kind
from dateline.model import Entity, Mention


def kind_name_words(tok: Token) -> list[Token]:
    """The proper nouns a noun of an organisation's kind has before it as compounds, its own name
    ("The Hollis Varga brewery", "The Pieter Sandoval fishing cooperative"); none for other words.
    Read here and by itsowner._unknown_body."""
    if tok.pos_ != "NOUN" or org_kind(tok.lower_) is None:
        return []
    return [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]


def _name_of_kind(ctx: _Ctx, tok: Token) -> Optional[tuple[Mention, Entity]]:
    """'The Hollis Varga brewery named X as its head brewer': a noun of an organisation's kind
    whose own name stands before it as a compound is that organisation."""
    for c in kind_name_words(tok):
        hit = ctx.covering(c.idx, _tok_end(c), ORG)
        if hit is not None and hit[0].kind == "name":
            return hit
    return None


def appointed(ctx: _Ctx, role: Token, _org_at: Callable[[_Ctx, Token], Optional[tuple[Mention, Entity]]]) -> Optional[tuple[tuple[Entity, int], tuple[Mention, Entity]]]:
    """'ORG named/appointed/hired PERSON as (its) ROLE': the person (the verb's object) and the
    organisation (its subject) that gave the role; ``_org_at`` reads the organisation a token
    names (employment.py's, passed in as on_org takes it)."""
    verb = role.head.head if role.dep_ == "pobj" and role.head.lower_ == "as" else role.head if role.dep_ == "oprd" else None
    if verb is None or verb.lemma_ not in patterns()["employment"]["as_verbs"] or _not_asserted(verb):
        return None
    # "X was appointed harbourmaster by the Eyemouth Harbour Trust": the passive's agent gave it
    by = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if by and len(passive) == 1:
        org_hit = _org_at(ctx, by[0])
        named = ctx.covering(passive[0].idx, _tok_end(passive[0]))
        if org_hit is not None and named is not None and named[1].type == "PERSON":
            return (named[1], named[0].start), org_hit
    if role.dep_ != "pobj":
        return None
    # (the subject nearest the verb first: a headline run into the sentence adds one of its own)
    subj = sorted((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: (c.i > verb.i, -c.i))
    if not subj and verb.dep_ == "acl":
        subj = [verb.head]  # the small parser's reading of "ORG, named X as ...", "ORG named X"
    obj = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    if not subj or not obj:
        return None
    org = next((hit for c in subj for hit in [_org_at(ctx, c) or _name_of_kind(ctx, c)] if hit), None)
    person = ctx.covering(obj[0].idx, _tok_end(obj[0]))
    if org is None or person is None or person[1].type != "PERSON":
        return None
    return (person[1], person[0].start), org
