"""'Jacob farmed north of town for forty years', 'Paul, 49, who now farms Low Gill', 'who farms
cattle near Witvlei', 'on land once farmed by his grandfather, Paddy Stack': who farms is a
farmer, in a past tense too (a life's work, as the development gold gives it). A bare crop or
herd farmed names the kind ('cattle farmer'). Not 'plans to farm' or 'will farm' (not asserted),
not 'farmed out'."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extractors.facts.clauses import _not_asserted
from dateline.extractors.facts.context import LIKELY, PERSON, _Ctx, _tok_end
from dateline.extractors.facts.occupations import _has_job
from dateline.extractors.facts.subjects import _subjects
from dateline.model import Entity
from dateline.nlp import tokens_in, tokens_of


def _rule_farmers(ctx: _Ctx) -> None:
    toks = tokens_of(ctx.doc)
    for k in tokens_in(ctx.doc, "lemma", ("farm",)):
        verb = toks[k]
        if verb.pos_ != "VERB" or verb.idx < ctx.article.body_start or _not_asserted(verb) or verb.dep_ == "xcomp":
            continue
        if any((c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "prt" and c.lower_ == "out") for c in verb.children):
            continue
        job = _kind(verb)
        for person in _farmers(ctx, verb):
            if not _has_job(ctx, person, job):
                ctx.add("occupation", person, verb.idx, _tok_end(verb), value=job, confidence=LIKELY)


def _farmers(ctx: _Ctx, verb: Token) -> list[Entity]:
    """The verb's subjects, or the agent of 'farmed by his grandfather'."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents:
        hits = [ctx.covering(g.idx, _tok_end(g), PERSON) for g in agents]
        return [h[1] for h in hits if h is not None and h[1].type == "PERSON"]
    if verb.dep_ == "acl":
        return []  # ("the land farmed there": no farmer said)
    return [p for p in _subjects(ctx, verb) if p.type == "PERSON"]


def _kind(verb: Token) -> str:
    """'farms cattle', 'farmed sheep', 'farms potatoes': a bare plural or mass noun farmed; not
    'farmed two hectares' or 'farms the home place'."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objs) == 1 and objs[0].pos_ == "NOUN" and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in objs[0].children) \
            and objs[0].lemma_.isalpha() and objs[0].lemma_.lower() not in ("land", "acre", "hectare", "field", "farm", "ground"):
        return f"{objs[0].lemma_.lower()} farmer"
    return "farmer"
