"""Who works at a business named by its people: 'Dr Ann Lee of St Brede's Infirmary said', 'a
joinery firm run by Ivan and Marta Novak' (patterns keys employment.name_of_org,
name_of_org_heads, run_by_verbs). Split from employment.py, which reads posts and verbs of work."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from dateline.extractors.entities.lexicon import PATTERNS
from dateline.extractors.facts.clauses import _not_asserted
from dateline.extractors.facts.context import LIKELY, ORG, PERSON, _conjuncts, _Ctx, _tok_end, patterns
from dateline.extractors.facts.employment import _has_employer
from dateline.extractors.facts.namelists import _names_after
from dateline.extractors.facts.orgs import _org_named_as
from dateline.extractors.facts.roleemployers import _membership, _org_at
from dateline.nlp import tokens_in, tokens_of


@lru_cache(maxsize=1)
def _trade_words() -> frozenset[str]:
    data = json.loads(PATTERNS.read_text(encoding="utf-8"))
    return frozenset(data["trade_words"]) | frozenset(data["foreign_trade_words"])


def _rule_name_of_org(ctx: _Ctx) -> None:
    """'Dara Holm and Tobias Renn of the Alder Survey Trust', 'Dr Ann Lee of St Brede's
    Infirmary said': a person's full name followed by 'of' and the name of a workplace (a name
    with one of 'name_of_org_heads') is where that person works. A place ('Emperor X of
    Korea') is no organisation, and a membership ('of the Labour Party') no job."""
    text = ctx.text
    emp = patterns()["employment"]
    pattern = re.compile(emp["name_of_org"])
    # (or a business named by its trade: "Sion Watkin of Dyfi Meats", "Bianca Loh of Loh Devlin Legal")
    heads = set(emp["name_of_org_heads"]) | _trade_words()
    for mention, person in ctx.mentions:
        # a full name: "Albert of Brandenburg" is one name, not a man and his employer
        if person.type != "PERSON" or mention.kind != "name" or mention.start < ctx.article.body_start or " " not in mention.text:
            continue
        after = pattern.match(text, mention.end)
        if after is None:
            continue
        at = after.end()
        hit = ctx.starting_at(at, ORG)
        firm = _kind_before_name(text, at)
        if firm is not None and (named := ctx.starting_at(firm, ORG)) is not None and named[0].kind == "name":
            # ("Ailsa Buchanan, of the Perth firm Buchanan Lang": the firm named after its town
            # and its kind; the noun says it is a workplace, whatever its name ends in)
            if not _membership(named[1]) and named[1].id not in _has_employer(ctx, person):
                ctx.add("employer", person, mention.start, named[0].end, obj=named[1], confidence=LIKELY)
            continue
        words = re.match(r"(?:[A-Z][\w&'’-]*\s+){0,4}[A-Z][\w&'’-]*", text[at : at + 80])
        if hit is None and words is not None and ctx.covering(at, at + 1, ORG | PERSON) is None:
            hit = _org_named_as(ctx, words.group(0), at, at + words.end())  # named again, unmarked
        # only an organisation that is a workplace by its name: "of the Omega Foundation", not
        # "of the Dallas Cowboys" or "of the Supremes" (a team or a band one plays in)
        if hit is None or hit[0].kind == "descriptor" or _membership(hit[1]) or not heads & set(hit[1].name.lower().split()):
            continue
        if _town_of(ctx, hit[0].text, hit[1].name):
            continue
        people = [(mention, person)]
        before = ctx.ending_at(mention.start - len(" and "))
        if text[mention.start - len(" and ") : mention.start] == " and " and before is not None and before[0].kind == "name":
            people.insert(0, before)
        for m, p in people:
            if hit[1].id not in _has_employer(ctx, p):
                ctx.add("employer", p, m.start, hit[0].end, obj=hit[1], confidence=LIKELY)


def _kind_before_name(text: str, at: int) -> Optional[int]:
    """Where the name starts in "the Perth firm Buchanan Lang", "the Kingston law firm X" (a
    place's capitalised words, then a business's noun, patterns key ``employment.business_nouns``),
    or None."""
    m = _PLACE_KIND.match(text, at)
    if m is None or m.group(1).lower() not in _business_nouns():
        return None
    return m.end()


_PLACE_KIND = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,2}(?:law\s+|accountancy\s+|family\s+)?([a-z]+)\s+(?=[A-Z])")


@lru_cache(maxsize=1)
def _business_nouns() -> frozenset[str]:
    return frozenset(patterns()["employment"]["business_nouns"])


def _rule_run_by(ctx: _Ctx) -> None:
    """'Fallon's Garage, which is run by Ciaran Fallon', 'a joinery firm run by Ivan and Marta
    Novak': the people a business is run by work there (patterns key employment.run_by_verbs)."""
    verbs = set(patterns()["employment"]["run_by_verbs"])
    toks = tokens_of(ctx.doc)
    for k in tokens_in(ctx.doc, "lemma", verbs):
        tok = toks[k]
        if tok.tag_ != "VBN" or tok.idx < ctx.article.body_start or _not_asserted(tok):
            continue
        # ("Sree Murugan Agencies is run by K. Lathika", "Miss Ivy's is now run by their daughter,
        # Sharon Campbell-Reid": a sentence's own passive, its subject the business)
        subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None) if tok.dep_ not in ("acl", "relcl") else None
        before = _set_off_business(tok) if subject is None and tok.dep_ == "advcl" else None
        if tok.dep_ not in ("acl", "relcl") and subject is None and before is None:
            continue
        org = _org_at(ctx, subject if subject is not None else before if before is not None else tok.head)
        if org is None and subject is None and before is None and tok.dep_ == "acl" and toks[tok.i - 1].text == ",":
            org = _org_at(ctx, _past_address(tok.head))  # ("Kumara Bakery on Great South Road, run by ...")
        if org is None:
            continue
        for agent in (c for c in tok.children if c.dep_ == "agent"):
            for obj in (g for g in agent.children if g.dep_ == "pobj"):
                # (a kin noun with the name apposed: "by their daughter, Sharon ..., and Sharon's
                # husband, Delroy Reid")
                held = [a for o in _conjuncts(obj) for a in ([o] if o.pos_ == "PROPN" else [c for c in o.children if c.dep_ == "appos"] or [o])]
                people = [(hit[1], _tok_end(o)) for o in held for hit in [ctx.covering(o.idx, _tok_end(o))]
                          if hit is not None and hit[1].type == "PERSON" and hit[0].kind != "pronoun"]
                if not people and obj.tag_ == "NNS" and obj.lemma_.lower() in patterns()["kinship"]:
                    # "which is run by sisters Ann and Joy Pike", the names hung elsewhere: those
                    # right after the kin noun
                    named, end = _names_after(ctx, obj.i, obj.sent, many=True)
                    people = [(p, end) for p in named if p.type == "PERSON"]
                for person, end in people:
                    if org[1].id not in _has_employer(ctx, person):
                        ctx.add("employer", person, min(org[0].start, tok.idx), end, obj=org[1], confidence=LIKELY)


def _set_off_business(tok: Token) -> Optional[Token]:
    """'Lunch came from Queen Salote Bakery on Great South Road, run by Tevita and Mele Lolohea':
    a participle the parser hung on the main verb, set off by a comma right after a name (and
    its street), is about that name."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != ",":
        return None
    t = doc[tok.i - 2]
    while t.dep_ == "compound" and t.head.i > t.i:
        t = t.head
    t = _past_address(t)
    return t if t.pos_ == "PROPN" else None


def _past_address(t: Token) -> Token:
    """The name an address hangs on: 'Kumara Bakery' for 'Great South Road' in 'Kumara Bakery on
    Great South Road'."""
    for _ in range(3):
        prep = t.head
        if t.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("on", "in", "at"):
            break
        if prep.head.pos_ == "PROPN":
            t = prep.head
        elif prep.i > 0 and t.doc[prep.i - 1].pos_ == "PROPN":
            t = t.doc[prep.i - 1]  # (the parser may hang the address on the verb: the name is the word before it)
        else:
            break
        if t.i > prep.i:
            break
    return t


def _town_of(ctx: _Ctx, word: str, org_name: str) -> bool:
    """'Bill and Joan Prescott of Ashby' beside 'Ashby Primary School': a one-word mention that
    is only the first word of the organisation's name, and that the text also writes alone
    after a preposition of place ('married in Ashby'), is where the people live, not where
    they work."""
    if " " in word or not org_name.startswith(word + " "):
        return False
    return re.search(rf"\b(?:in|at|near|from|to)\s+{re.escape(word)}\b(?!\s+[A-Z])", ctx.text) is not None
