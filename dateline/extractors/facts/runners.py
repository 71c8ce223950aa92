"""Who runs a business where the parse of an employment verb ('ran', 'runs') names nobody
plainly: a 'who' clause on a couple, a relative named right before the verb ('whose mother,
Ada Pennock, ran the Pennock Glove Company'), the people it is run 'with'. Moved out of
employment.py."""

from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Token

from dateline.extractors.facts.context import (
    PERSON,
    _conjuncts,
    _Ctx,
    _pair_ending_before,
    _resolve,
    _tok_end,
    patterns,
)
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
    objs = [o for o in verb.children if o.dep_ == "dobj"]
    withs = [c for v in (verb, *objs) for c in v.children if c.dep_ == "prep" and c.lower_ == "with"]
    # ("runs Sur Ghuri Bitan, the kite shop his grandfather opened in 1948, with his wife, Anjali,
    # and their younger son, Bappa": a 'with' the parse hung inside the object's description, on
    # the relatives the shop is run with)
    kin = patterns()["kinship"]
    withs += [c for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "with" and c.i > verb.i and c not in withs
              and c.i > 0 and c.doc[c.i - 1].text == "," and any(g.dep_ == "pobj" and g.lower_ in kin and any(p.dep_ == "poss" for p in g.children)
                                                               for g in c.children)] if objs else []
    for g in (g for c in withs for g in c.children if g.dep_ == "pobj"):
        # (each relative joined on, the parse hanging the next on the first one's name: "his
        # wife, Anjali, 61, and their younger son, Bappa")
        # (a relative's noun, not a name, and not past a semicolon: "with his wife, Lorna; Dean,
        # 54, a pilot" lists the next son)
        for one in _conjuncts(g):
            apposed = [a for a in one.children if a.dep_ == "appos" and ";" not in ctx.text[one.idx : a.idx]]
            more = [cj for a in apposed for cj in a.conjuncts if cj.pos_ == "NOUN" and cj.lower_ in kin
                    and ";" not in ctx.text[a.idx : cj.idx]]
            for t in [one, *apposed, *(x for cj in more for x in (cj, *(y for y in cj.children if y.dep_ == "appos")))]:
                hit = ctx.covering(t.idx, _tok_end(t))
                if hit is not None and hit[1].type == "PERSON" and hit[0].kind in ("name", "firstname", "surname") and hit[1] not in out:
                    out.append(hit[1])
            if not out:
                break  # (the conjuncts only after a first named companion)
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
    # (each "by" of a list: "is run by X, ..., and by her husband, Y")
    agents = [c for c in verb.children if c.dep_ == "agent"]
    agents += [c for c in verb.children if agents and c.dep_ == "conj" and c.lower_ == "by"]  # (the parse hangs the second on the verb)
    by = [o for a in agents for g in a.children if g.dep_ == "pobj" for o in _conjuncts(g)]
    if len(subj) != 1 or not by:
        return None
    people = [e for o in by for e in _resolve(ctx, o, couples=False) if e.type in PERSON]
    # (the name apposed to a described subject: "The cup's sponsor, the cider house Casa Urrutia,")
    named = [a for a in subj[0].children if a.dep_ == "appos" and a.pos_ == "PROPN"] if subj[0].pos_ == "NOUN" else subj
    if not named and subj[0].pos_ == "NOUN" and [c.lower_ for c in subj[0].children if c.i < subj[0].i][:1] == ["the"]:
        named = subj  # ("The workshop is run by Daw Khin Myat Noe": the business named before, as for "ran the workshop")
    return (people, named) if people and named else None
