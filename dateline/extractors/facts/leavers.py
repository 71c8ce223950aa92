"""An organisation a titled person leaves: 'Inspector Alasdair Fraser leaves Police Scotland
today after 34 years', 'Professor Ida Lunn retires from Harlan University' (also with a job, in
the present: 'Nurse Edna Hale is retiring from ORG'; not a history's 'X retired from the Second
Circuit in 1907'). Leaving an organisation says one belonged to it; the title before the name says it was as staff, not as a
student, patient or member ('Ann Roe left Oxford University', 'left the Labour Party' state no
job). Verbs and their slots: patterns key ``employment.leaving_verbs``."""

from __future__ import annotations

from dateline.extractors.facts.clauses import _not_asserted
from dateline.extractors.facts.context import LIKELY, ORG, _Ctx, _tok_end, patterns
from dateline.extractors.facts.employment import _has_employer
from dateline.extractors.facts.roleemployers import _membership
from dateline.extractors.facts.subjects import _subjects
from dateline.nlp import tokens_in, tokens_of


def _rule_titled_leavers(ctx: _Ctx) -> None:
    verbs: dict[str, list[str]] = patterns()["employment"]["leaving_verbs"]
    titled = {f.subject for f in ctx.facts.values() if f.relation == "title"}
    # ("Nurse Edna Langille is retiring from Grace Cotter Memorial Hospital": a job retired from)
    working = {f.subject for f in ctx.facts.values() if f.relation == "occupation"}
    if not titled and not working:
        return
    toks = tokens_of(ctx.doc)
    for k in tokens_in(ctx.doc, "lemma", verbs):
        verb = toks[k]
        if verb.pos_ != "VERB" or verb.idx < ctx.article.body_start or _not_asserted(verb):
            continue
        people = [p for p in _subjects(ctx, verb, couples=False) if p.id in titled or (verb.lemma_ == "retire" and verb.tag_ in ("VBG", "VBZ", "VBP") and p.id in working)]
        if len(people) != 1:
            continue
        slots = verbs[verb.lemma_]
        objs = [c for c in verb.children if c.dep_ == "dobj" and "dobj" in slots]
        objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in slots for g in c.children if g.dep_ == "pobj"]
        for obj in objs:
            hit = ctx.covering(obj.idx, _tok_end(obj), ORG)
            if hit is None or hit[0].kind != "name" or _membership(hit[1]) or hit[1].id in _has_employer(ctx, people[0]):
                continue
            ctx.add("employer", people[0], verb.idx, hit[0].end, obj=hit[1], confidence=LIKELY)


_COUNTED_SPELLS = frozenset({"year", "decade", "month"})


def _rule_years_with(ctx: _Ctx) -> None:
    """'who retires after 31 years with the carrier', 'leaves after a decade at Corran Bank': a
    spell with an organisation that a leaving verb ends was a job there (the organisation named,
    or described as one the entity stage linked; not a school's or a university's years, which
    may be a student's). Moving on ends one too: 'has moved to X after four years with Y' (the
    verbs with no slot of their own in ``leaving_verbs``)."""
    verbs = patterns()["employment"]["leaving_verbs"]
    spells = set(patterns()["posts"]["as_spells"])
    study = set(patterns()["employment"]["study_words"])
    toks = tokens_of(ctx.doc)
    for k in tokens_in(ctx.doc, "lemma", verbs):  # (the Doc's lemma index, not a scan of every word)
        verb = toks[k]
        if verb.pos_ != "VERB" or verb.idx < ctx.article.body_start or _not_asserted(verb):
            continue
        spans = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "after" for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in spells]
        if not verbs[verb.lemma_]:
            # (a move ends a counted spell of work, "after four years with Y"; not "after loan
            # spells with a club" or "after a successful time at River Plate", a player's)
            spans = [g for g in spans if g.lemma_.lower() in _COUNTED_SPELLS and any(c.like_num or c.lower_ in ("a", "an") for c in g.children)]
        # (the parse may hang the 'at' on the verb: "leaves after a decade at Corran Bank")
        # (after the spell: not "steps down at the AGM after nine years")
        objs = [o for g in spans[:1] for c in [*g.children, *verb.children] if c.dep_ == "prep" and c.lower_ in ("with", "at") and c.i > g.i
                for o in c.children if o.dep_ == "pobj"]
        people = [p for p in _subjects(ctx, verb, couples=False) if p.type == "PERSON"]
        if not objs or len(people) != 1:
            continue
        for obj in objs:
            hit = ctx.covering(obj.idx, _tok_end(obj), ORG)
            if hit is None or _membership(hit[1]) or set(hit[1].name.lower().split()) & study or hit[1].id in _has_employer(ctx, people[0]):
                continue
            ctx.add("employer", people[0], verb.idx, _tok_end(obj), obj=hit[1], confidence=LIKELY)


def _rule_been_with(ctx: _Ctx) -> None:
    """'Nick Hale, who has been with Tarn Foods since 2010', 'She had been with the bank for 30
    years': 'be with' an organisation, with a spell of time on the verb, is a job there."""
    preps = set(patterns()["posts"]["been_with"]["spell_preps"])
    spells = set(patterns()["posts"]["as_spells"])
    # (a school's or a university's years may be a student's; a team's, a player's, who is no
    # employee by the news gold's reading)
    study = set(patterns()["employment"]["study_words"]) | set(patterns()["employment"]["club_name_tails"])
    toks = tokens_of(ctx.doc)
    for k in tokens_in(ctx.doc, "lemma", ("be",)):
        verb = toks[k]
        if verb.idx < ctx.article.body_start or verb.dep_ == "aux":
            continue
        spell = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"
                 and (c.lower_ == "since" or g.lemma_.lower() in spells)]
        objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
        # (the clause's assertion tested last: its test costs more, and most copulas have no spell)
        if not spell or len(objs) != 1 or _not_asserted(verb):
            continue
        people = [p for p in _subjects(ctx, verb, couples=False) if p.type == "PERSON"]
        hit = ctx.covering(objs[0].idx, _tok_end(objs[0]), ORG)
        if len(people) != 1 or hit is None or _membership(hit[1]) or set(hit[1].name.lower().split()) & study or hit[1].id in _has_employer(ctx, people[0]):
            continue
        ctx.add("employer", people[0], verb.idx, _tok_end(objs[0]), obj=hit[1], confidence=LIKELY)
