"""Work for an organisation said through a duty done on one of its things: 'who manages the
company's drying sheds', 'works on the firm's tackle-show stand', 'worked the office's overnight
console'. The development gold reads each as the employer alone, no title (the duty is no post).
Verbs and the prepositions that may carry the thing: patterns key ``org_duties`` (not 'keeps the
books' or 'drove the company's bus', which the gold reads either way)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.extractors.facts.clauses import _not_asserted
from dateline.extractors.facts.context import LIKELY, ORG, _Ctx, _tok_end, patterns
from dateline.extractors.facts.itsowner import _its
from dateline.extractors.facts.orgs import _org_for, a_persons_name, fits_kind
from dateline.extractors.facts.subjects import _subjects
from dateline.model import Entity
from dateline.nlp import tokens_in, tokens_of


def _things(verb: Token, preps: frozenset[str]) -> list[Token]:
    """What the verb is done on: its object, or the object of one of ``preps`` under it."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return objs + [g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]


def _owner(ctx: _Ctx, poss: Token, fallback: bool = True) -> Optional[Entity]:
    """The organisation a possessive before the thing names: 'its' the one the sentence or the
    one before is about (with ``fallback``, else the article's), 'the distillery's' the one named
    before with that word or of that kind, a name's possessive that name (not a person's: 'her
    mother's shop')."""
    end = _tok_end(poss)
    if poss.lower_ == "its":
        hit = _its(ctx, poss.idx, end, fallback=fallback)
    elif poss.pos_ == "NOUN" and poss.is_lower and any(c.dep_ == "det" and c.lower_ == "the" for c in poss.children):
        hit = _org_for(ctx, poss.lower_, poss.idx)
        if hit is not None and fits_kind(hit[1], poss.lower_) is False:
            hit = None
    elif poss.pos_ == "PROPN":
        hit = ctx.covering(poss.idx, end, ORG)
    else:
        return None  # ("his", "their", "our": a person's, or the publisher's, read elsewhere)
    if hit is None or hit[1].type != "ORG" or a_persons_name(ctx, hit[1]):
        return None
    return hit[1]


def _rule_org_duties(ctx: _Ctx) -> None:
    cfg = patterns()["org_duties"]
    preps = frozenset(cfg["preps"])
    toks = tokens_of(ctx.doc)
    only = {verb: frozenset(things) for verb, things in cfg["verb_things"].items()}
    for k in tokens_in(ctx.doc, "lemma", set(cfg["verbs"]) | set(only)):
        verb = toks[k]
        if verb.pos_ != "VERB" or verb.idx < ctx.article.body_start or _not_asserted(verb) or verb.dep_ == "xcomp":
            continue
        for thing in _things(verb, preps):
            if thing.lemma_.lower() in cfg["not_things"] or (verb.lemma_ in only and thing.lower_ not in only[verb.lemma_]):
                continue
            poss = next((c for c in thing.children if c.dep_ == "poss"), None)
            org = _owner(ctx, poss) if poss is not None else None
            if org is None:
                continue
            people = [p for p in _subjects(ctx, verb, couples=False) if p.type == "PERSON"]
            if not people and verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                people = [p for p in _subjects(ctx, verb.head, couples=False) if p.type == "PERSON"]  # ("is 33 and works on ...")
            for person in people:
                ctx.add("employer", person, verb.idx, _tok_end(thing), obj=org, confidence=LIKELY)
