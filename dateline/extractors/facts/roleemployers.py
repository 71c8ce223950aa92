"""Which organisation a role is held at, read from the parse: the name a role's 'of', 'at', 'for'
or 'with' phrase or possessive stands for ('an analyst at Fenwick Bank', 'the theatre's
chairwoman', 'a sales clerk at its Couva branch'), a membership that is no employment, and a
post the lexicon lacks. Moved out of employment.py on 2026-12-07, which reads who holds the role
and the verbs of employment."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from dateline.extractors.entities.placeuses import after_from
from dateline.extractors.facts.clauses import role_children
from dateline.extractors.facts.context import (
    ORG,
    PERSON,
    _conjuncts,
    _Ctx,
    _tok_end,
    patterns,
)
from dateline.extractors.facts.described import has_a_life
from dateline.extractors.facts.itsowner import _its
from dateline.extractors.facts.orgs import _org_for, _org_named_as, company_meant, fits_kind, org_kind
from dateline.model import Entity, Mention


def _org_at(ctx: _Ctx, tok: Token, named: bool = False, staff: bool = False) -> Optional[tuple[Mention, Entity]]:
    """The organisation a token names, unless it is a membership ('the Labour Party', 'the
    Committee of Ways and Means of X': the name's last word or its head before 'of'). With ``named``,
    only a name: 'joined the group' says no more than that someone joined a band."""
    hit = ctx.covering(tok.idx, _tok_end(tok), ORG)
    if hit is None or (named and hit[0].kind == "descriptor"):
        return None
    hit = company_meant(ctx, hit, tok.lower_, tok.idx)  # ("ran the company": the one the article is about)
    if _membership(hit[1]) and not (staff and hit[1].name.lower().split()[-1:] and hit[1].name.lower().split()[-1] in patterns()["employment"]["staffed_bodies"]):
        return None  # (but "works for Ashby Council": a council employs its staff, ``staff``)
    return hit


def _employer_at(ctx: _Ctx, tok: Token, direct: bool = True) -> Optional[tuple[Mention, Entity]]:
    """The organisation a role is tied to ('manager of Galatasaray'). spaCy often takes a
    one-off club or company name for a person's; right after a role's 'of/at/for' (``direct``)
    such a name, with no pronoun, description or gender of its own, is read as the organisation."""
    if tok.dep_ == "poss" and tok.pos_ == "NOUN" and [c.lower_ for c in tok.children if c.dep_ != "case"] == ["the"]:
        # "Hanneke is the band's accountant": the organisation named with, or described by, that
        # word before, over whatever the entity stage linked this 'the band' to
        earlier = _org_for(ctx, tok.lower_, tok.left_edge.idx)
        if earlier is not None and not _membership(earlier[1]):
            return earlier[0].model_copy(update={"start": tok.idx, "end": _tok_end(tok)}), earlier[1]
    hit = _org_at(ctx, tok)
    if hit is None and tok.pos_ == "NOUN" and [c.lower_ for c in tok.children] in (["the"], ["the", "same"]):
        # "a nurse at the infirmary" after "Oswin Infirmary": the organisation named before
        # with that word in its name ("at the same hospital": the one named before, said twice)
        earlier = _org_for(ctx, tok.lower_, tok.idx, tok.left_edge.idx)
        if earlier is not None and [c.lower_ for c in tok.children] == ["the", "same"] and after_from(ctx.text, earlier[0].start):
            # ("joined the regional hospital from Bekwai Hospital ... a paediatrician at the same
            # hospital": the one someone works at, not the one just left; emp49)
            before = _org_for(ctx, tok.lower_, earlier[0].start)
            earlier = before if before is not None and before[1].id != earlier[1].id else earlier
        if earlier is not None and not _membership(earlier[1]):
            return earlier[0].model_copy(update={"start": tok.idx, "end": _tok_end(tok)}), earlier[1]
    if hit is None and tok.pos_ == "PROPN" and ctx.covering(tok.idx, _tok_end(tok), ORG | PERSON) is None:
        # "joined X from Fenwold Logistics", "at Harlan State": a name the entity stage missed here
        first = min([c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i] + [tok], key=lambda t: t.i)
        # ("a staff nurse at St Cuthbert's" for St Cuthbert's Hospital: the possessive is the name's)
        last = next((c for c in tok.children if c.dep_ == "case" and c.i == tok.i + 1), tok)
        hit = _org_named_as(ctx, ctx.text[first.idx : _tok_end(last)], first.idx, _tok_end(last))
    if hit is not None or not direct:
        return hit
    person = ctx.covering(tok.idx, _tok_end(tok))
    # (a pronoun is no misread name: "my training partner" in a quotation is the speaker's)
    if person is None or person[0].kind == "pronoun" or person[1].gender is not None or _membership(person[1]) or has_a_life(ctx.facts.values(), person[1]):
        return None
    # (a relative 'who' the pronoun stage hung on it says nothing of a person: "a driver at
    # Quickhaul, who was parked nearby"; after "with" only a one-word name on a worker's noun,
    # "a grain buyer with Viterra")
    if all(m.kind == "name" or (m.kind == "pronoun" and m.text.lower() == "who") for m in person[1].mentions) \
            and not (tok.dep_ == "pobj" and tok.head.lower_ == "with" and not (tok.head.head.pos_ == "NOUN" and person[0].end - person[0].start == len(tok.text))):
        return person
    return None


def village_parish(role: str, org_name: str) -> bool:
    """'the parish priest of Xagħra': a priest, vicar, rector or curate (patterns key
    employment.clergy_roles, a minister aside) of a one-word organisation, a parish named by its
    village: a post, and no employer."""
    last = role.split()[-1:]
    return len(org_name.split()) == 1 and bool(last) and last[0] in patterns()["employment"]["clergy_roles"] and last[0] != "minister"


def post_fits(post: str, org: Entity) -> bool:
    """A post some kinds of organisation have only, read through a possessive ('the firm's
    partner'; 'Grange's partner' after 'Hollis Grange' is a life partner), patterns key
    posts.posts_of_a_kind."""
    needs = patterns()["posts"]["posts_of_a_kind"].get(post)
    if needs is None or fits_kind(org, needs):
        return True
    # ("a partner at Lowry Fenn, the law firm": described as one of the kind)
    return any(m.kind == "descriptor" and org_kind(m.text.lower().split()[-1]) == org_kind(needs) for m in org.mentions if m.text.split())


def _membership(org: Entity) -> bool:
    words = org.name.lower().split()
    if not words:
        return False
    head = next((words[i - 1] for i, w in enumerate(words) if i and w in ("of", "on", "for")), words[-1])
    not_employers = patterns()["employment"]["not_employers"]
    if head in patterns()["employment"]["staffed_heads_of"]:
        return False  # ("the Library of Congress": a library that employs its staff)
    return words[-1] in not_employers or head in not_employers


def _orgs_of_role(ctx: _Ctx, role: Token) -> list[tuple[Mention, Entity]]:
    """Organisations the role noun is tied to: 'at/of/for ORG', down a short chain of such
    phrases ('Professor of Law in the Faculty of Law at ORG'), each with its conjuncts
    ('visiting professor at ORG1, ORG2 and ORG3'), or a possessive 'ORG's chairwoman'."""
    emp = patterns()["employment"]
    out = [hit for c in role.children if c.dep_ == "poss" for hit in [_employer_at(ctx, c)] if hit]
    # "an aide employed by Greenridge Home Care"
    out += [hit for c in role.children if c.dep_ == "acl" and c.lemma_ in emp["employed_participles"]
            for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj" for hit in [_employer_at(ctx, g)] if hit]
    # "joins from Kelso Athletic, where he had been assistant manager": the organisation the 'where' clause hangs on
    verb = role.head
    if role.dep_ == "attr" and verb.lemma_ in emp["copulas"] and verb.dep_ == "relcl" and any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        out += [hit for hit in [_employer_at(ctx, verb.head, direct=False)] if hit and hit not in out]
    level = [role]
    for depth in range(int(emp["role_prep_depth"])):
        below = []
        for head in level:
            # the 'of' inside an organisation's own name ('the Department of Labor') is no
            # phrase of the role's
            inside = ctx.covering(head.idx, _tok_end(head), ORG) if head is not role else None
            for c in role_children(head) if head is role else head.children:
                if c.dep_ != "prep" or c.lower_ not in emp["role_preps"] or inside is not None:
                    continue
                for obj in c.children:
                    if obj.dep_ != "pobj":
                        continue
                    if c.lower_ in emp["role_preps_descent_only"] and obj.lemma_.lower() in emp["in_groups"]:
                        # "the bassist in a covers band, The Tuesday Foxes": a player in a band,
                        # an orchestra or a choir is in its employ, as news gold counts it
                        # (the small parser may hang the name elsewhere: the name after the comma)
                        nxt = obj.doc[obj.i + 2] if obj.i + 2 < len(obj.doc) and obj.doc[obj.i + 1].text == "," else None
                        named = [a for a in obj.children if a.dep_ == "appos"] + ([nxt] if nxt is not None else [])
                        out += [hit for a in named for hit in [_org_at(ctx, a, named=True)] if hit and hit not in out]
                    body = ctx.covering(obj.idx, _tok_end(obj), ORG) if c.lower_ in emp["role_preps_descent_only"] else None
                    if body is not None and body[1].type == "ORG" and body[0].end == _tok_end(obj) \
                            and body[1].name.lower().split()[-1] in emp["in_bodies"] and body not in out and not _membership(body[1]):
                        out.append(body)  # ("a sergeant in the Mongolian Armed Forces": a force's or a band's own name)
                    if c.lower_ in emp["role_preps_descent_only"]:
                        # 'manager in HMS Ardent' names no employer; 'lecturer in law in the
                        # Faculty of Law at ORG' goes on down to the 'at'
                        below.append(obj)
                        continue
                    # (a person's name as the employer only right after the preposition, not among
                    # its conjuncts: "a surgeon at LUTH, Mrs Yetunde Okafor, Engr Kayode Fashola")
                    found = [hit for o in _conjuncts(obj) for hit in [_employer_at(ctx, o, direct=depth == 0 and o is obj)] if hit]
                    if not found and obj.pos_ == "NOUN" and (org_kind(obj.lower_) is not None or obj.lemma_.lower() in _GROUPS):
                        # ("the lead singer of the bomba group Los Nietos del Cangrejo": a group's too)
                        # "a partner at the law firm Rajah Lim & Partners" parsed with the name in
                        # apposition to the noun of its kind
                        found = [hit for a in obj.children if a.dep_ == "appos" for hit in [_org_at(ctx, a, named=True)] if hit]
                    if not found and obj.lemma_.lower() in OWNED_BODIES:
                        # ("chief executive of the club's sponsor, Midlands Grain Millers": the
                        # sponsor named after the comma, never the club that has it)
                        nxt = obj.doc[obj.i + 2] if obj.i + 2 < len(obj.doc) and obj.doc[obj.i + 1].text == "," else None
                        named = [a for a in obj.children if a.dep_ == "appos"] + ([nxt] if nxt is not None else [])
                        out += [hit for a in named for hit in [_org_at(ctx, a, named=True)] if hit and hit not in out]
                        continue
                    if not found:
                        # "a fitter at the company's Sleaford depot": a site of the organisation
                        found = [hit for p in obj.children if p.dep_ == "poss" for hit in [_employer_at(ctx, p, direct=False)] if hit]
                    if not found and obj.lemma_.lower() in _bridges():
                        # ("a sales clerk at its Couva branch": the organisation 'its' stands for)
                        found = [hit for p in obj.children if p.dep_ == "poss" and p.lower_ == "its"
                                 for hit in [_its(ctx, p.idx, _tok_end(obj), fallback=True)] if hit and hit[1].type == "ORG"]
                    out += [h for h in found if h not in out]
                    member = ctx.covering(obj.idx, _tok_end(obj), ORG)
                    if not found and not (member is not None and _membership(member[1])):
                        # the organisation may hang one phrase further down, though not below a
                        # membership: 'chairman of the Committee on X in the Department of Labor'
                        below.append(obj)
        level = below
    if not out:
        out += [hit for hit in [_kind_then_name(ctx, role)] if hit]
    return out


@lru_cache(maxsize=1)
def _bridges() -> frozenset[str]:
    return frozenset(patterns()["employment"]["bridge_nouns"])


# bodies another body has, named after a comma: "the club's sponsor, X", "the hotel's owners, X"
# (roles._OWNED_BODY reads the same words in the text)
OWNED_BODIES = frozenset({"sponsor", "owner", "operator", "supplier", "landlord"})

# the nouns of a group of players named in apposition ("the folk group Os Lamas")
_GROUPS = frozenset({"group", "band", "orchestra", "choir", "quartet", "quintet", "trio", "ensemble", "troupe", "company"})

# "at the law firm ", "with the shipping company ": a noun of an organisation's kind, then its name
_KIND_THEN_NAME = re.compile(r"\s+(?:at|with|for|of)\s+the\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\s+(?=[A-Z])")


def _kind_then_name(ctx: _Ctx, role: Token) -> Optional[tuple[Mention, Entity]]:
    """'a partner at the law firm Rajah Lim & Partners' however the parse hung the name (as a
    conjunct of the role, say): the organisation named right after the noun of its kind."""
    got = _KIND_THEN_NAME.match(ctx.text, _tok_end(role))
    if got is None or org_kind(got.group(1)) is None:
        return None
    hit = ctx.starting_at(got.end(), ORG)
    return None if hit is None or _membership(hit[1]) else hit


def _post_head(post: str) -> str:
    """The word a post is named by: 'manager' of 'general manager', 'head' of 'head of sales'."""
    return post.split(" of ")[0].split()[-1]


# endings of a noun for somebody who does a job ("planner", "surveyor", "chemist", "technician",
# "fireman", "deckhand")
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "hand")


def _unlisted_post_at(ctx: _Ctx, tok: Token) -> list[tuple[Mention, Entity]]:
    """'Rick Dunn, a cheesemaker at the dairy', 'X is a radiologist at the Countess Alys
    Hospital': a job noun the lexicon does not list is still a post when it stands 'at' an
    organisation (not 'of' or 'for': 'a critic of the board', except after 'served as'), unless it names no staff
    ('a student at', posts.not_posts)."""
    p = patterns()
    if (tok.pos_ != "NOUN" or not tok.is_lower or tok.tag_ != "NN" or tok.lower_ in p["kinship"] or tok.lower_ in p["posts"]["not_posts"]
            or tok.lower_ in p["employment"]["not_employment_roles"]):
        return []
    # "served as a mate with the Hallam Steam Packet Company": after 'serve/work as' the
    # post may stand 'with' or 'for' its organisation too
    as_verb = tok.dep_ == "pobj" and tok.head.lower_ == "as" and (tok.head.head.lemma_ in p["employment"]["as_verbs"] or tok.head.head.lemma_ in p["employment"]["as_verbs_at_org"])
    # ("a planner with Corlow District Council", "a paramedic with the ambulance service": a
    # worker's noun takes its employer 'with' too; not "a dispute with", "a deal with")
    agent = tok.lower_.endswith(AGENT_ENDINGS) or tok.lower_ in p["occupations"] or tok.lower_ in p["employment"]["with_worker_nouns"]
    # ('a fireman on the Kelso Valley Railway', 'a stalker on the Glenuig Estate': a worker's
    # noun takes a line, an estate or a paper it works 'on')
    preps = ("at", "with", "for", "on") if as_verb else ("at", "with", "on") if agent else ("at",)
    # ("a midwife at the same hospital": the one named before, as for a listed post)
    return [hit for c in role_children(tok) if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"
            for hit in [_org_at(ctx, g) or (_employer_at(ctx, g) if [x.lower_ for x in g.children] == ["the", "same"] else None)] if hit]
