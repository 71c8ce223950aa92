"""Who runs a business where the parse of an employment verb ('ran', 'runs') names nobody
plainly: a 'who' clause on a couple, a relative named right before the verb ('whose mother,
Ada Pennock, ran the Pennock Glove Company'), the people it is run 'with'. Moved out of
employment.py."""

from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Token

from dateline.extractors.facts.context import PERSON, _conjuncts, _Ctx, _pair_ending_before, _resolve, _tok_end
from dateline.model import Entity


def _couple_who(ctx: _Ctx, verb: Token) -> bool:
    """The verb (or the first of the verbs it is joined to) is a 'who' clause's on two joined names."""
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    who = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "who"] if verb.dep_ == "relcl" else []
    return bool(who) and bool(_pair_ending_before(ctx, who[0]))


def _whose_kin_doer(ctx: _Ctx, verb: Token) -> Optional[Entity]:
    """'Cecily Vyse, whose mother, Ada Pennock, ran the Pennock Glove Company', parsed with "ran"
    as the sentence's verb: the relative named right before the verb is who did it."""
    doc = ctx.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    name = doc[verb.i - 2]
    if name.pos_ != "PROPN" or name.dep_ != "appos" or not any(c.lower_ == "whose" for c in name.head.children):
        return None
    hit = ctx.covering(name.idx, _tok_end(name), PERSON)
    return hit[1] if hit is not None else None


def _run_with(ctx: _Ctx, verb: Token) -> list[Entity]:
    """The named people a business is run 'with': a name, or a relative's apposed name (the
    'with' on the verb, or on its object: "runs the Blue Anchor with his wife, Ines", parsed so)."""
    out = []
    owners = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
    for g in (g for v in owners for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"):
        for t in [g, *(a for a in g.children if a.dep_ == "appos")]:
            hit = ctx.covering(t.idx, _tok_end(t))
            if hit is not None and hit[1].type == "PERSON" and hit[0].kind in ("name", "firstname", "surname"):
                out.append(hit[1])
                break
    return out


def _named_after_comma(ctx: _Ctx, obj: Token, org_at: Callable) -> list:
    """'ran the family haulage business, Atkinson Bros, for 30 years', parsed with the name as a
    modifier of the verb: the organisation named whole right after the noun and its comma, set off
    by a closing comma or the sentence's end (not "the business, Atkinson said")."""
    doc = ctx.doc
    k = obj.i + 2
    if k >= len(doc) or doc[obj.i + 1].text != "," or doc[k].pos_ != "PROPN" or doc[k].dep_ == "nsubj":
        return []
    hit = org_at(ctx, doc[k], named=True)
    if hit is None or hit[0].start != doc[k].idx:
        return []
    after = doc.char_span(hit[0].end, hit[0].end + 1, alignment_mode="expand")
    return [hit] if after is None or after[0].text in (",", ".", ";") or after[0].is_sent_start else []


def _run_by(ctx: _Ctx, verb: Token) -> Optional[tuple[list[Entity], list[Token]]]:
    """'the cider house Casa Urrutia, is run by Mikel Urrutia': a passive run's agents run what is
    its passive subject (the people, and the subject's token for the organisation test)."""
    subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    by = [o for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj" for o in _conjuncts(g)]
    if len(subj) != 1 or not by:
        return None
    people = [e for o in by for e in _resolve(ctx, o, couples=False) if e.type in PERSON]
    # (the name apposed to a described subject: "The cup's sponsor, the cider house Casa Urrutia,")
    named = [a for a in subj[0].children if a.dep_ == "appos" and a.pos_ == "PROPN"] if subj[0].pos_ == "NOUN" else subj
    return (people, named) if people and named else None
