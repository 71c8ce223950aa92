"""Who a fact may be about: a named person, or someone the text never names but describes
in place as a named person's relative ("Kohl's husband, 93") or as holding a post at an
organisation ("A spokeswoman for the council")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from dateline.alternation import word_alternation
from dateline.extractors.facts.lexicon import patterns, title_words
from dateline.model import Entity, Fact

PERSON = frozenset({"PERSON"})


def _named(entity: Entity) -> bool:
    """An entity the text names, if only by honorific and surname ('Ms. Dutta', left apart from
    a couple it may be either of). Relations to a descriptor-only cluster ('their baby') are
    left out: they cannot be looked up by name and the text gives no one to relate."""
    return any(m.kind in ("name", "surname", "firstname", "title") for m in entity.mentions)


# Facts kept about someone the text never names but describes as a named person's relative
# ("Kohl's husband, 93", "her husband, 72"): who he is to her, his age, his job and where he
# holds it ("His wife, 46, a nurse at X"), his death, and the children he has with her ("The
# couple have two daughters").
RELATIVE_FACTS = frozenset({"spouse", "child", "parent", "sibling", "age", "occupation", "employer", "title", "death", "gender", "number_of_children"})
# ("a retired Sanskrit lecturer of 66": a capitalised modifier, an age after "of")
_JOB_DESCRIPTOR = re.compile(r"^an?\s+(?:[A-Za-z-]+\s+){0,3}[a-z-]+(?:\s+of\s+\d{1,3})?$")
_POST_DESCRIPTOR = re.compile(r"^(?:[Tt]he\s+[a-z]+['’]s|[Ii]ts)\s+(?:[a-z-]+\s+){0,2}[a-z-]+$")
# (", who died early last year": a relative whose death the text tells right there is
# described in place as well, by the one thing the article says of them; another clause, "her
# son, who lives in Leeds", is too often someone named in other words; ", the bride's
# grandfather": a second kin description in apposition)
# (or a job the copula gives it: "Chief Ade, whose own father was a cocoa farmer")
# ("His father, also a shepherd, died": an apposition with "also" or "himself" before its article)
_DESCRIBED_FURTHER = re.compile(r",\s+(?:\d{1,3}\b|(?:also\s+|himself\s+|herself\s+)?an?\s|who\s+(?:had\s+|has\s+)?(?:died|drowned|passed\s+away|was\s+killed|expired)\b|who\s+(?:is|was|turned|turns)\s+(?:now\s+)?\d{1,3}\b|the\s+[a-z]+['’]s\s+\w+,)"
                                r"|\s+was\s+an?\s+(?:[a-z-]+\s+){0,2}[a-z-]+(?:\s+(?:near|from)\s|[,.;])"
                                # ("Tadhg's father was killed in a tractor accident in 1958": the
                                # death the sentence states is his description, as ", who died" is)
                                r"|\s+(?:was\s+killed|died|drowned|passed\s+away)\b"
                                # ("Kofi's daughter is two": an age the copula states)
                                r"|\s+is\s+(?:now\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s*[.;]"
                                # ("the garage his grandfather opened in 1958": a founding says who he was)
                                r"|\s+(?:founded|opened|started|set\s+up)\s+(?:it\s+)?in\s+(?:1[89]|20)\d\d\b")
# "Rahimi, whose father was a retired pearl diver": the relative described by the clause's copula
_WHOSE_WAS_A = re.compile(r"\s+(?:was|is)\s+an?\s+[a-z]")
# whose relative a kin noun names ("The groom's father": also somebody the text calls by a noun)
# ("The 45-year-old's husband, 47": an age descriptor owns the kin noun as a name does)
_KIN_OWNER = r"^(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|whose|[Tt]he\s+[a-z]+['’]s|[Tt]he\s+\d{1,3}-year-old['’]s|[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*){0,2}['’]s?)\s+"
_KIN_DESCRIPTOR = re.compile(_KIN_OWNER + r"(?:late\s+)?(\w+)$")
# (what _kin_described reads besides: "His own father", "the bride's grandfather")
_KIN_DESCRIPTOR_WIDE = re.compile(_KIN_OWNER + r"(?:(?:late|own|(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)-(?:year|month|week)-old)\s+)?(\w+)$")


def _job_word(text: str) -> bool:
    """'the firm's transport manager': a description ending in a title or trade, not a kin word."""
    last = text.rsplit(None, 1)[-1].lower()
    return last not in patterns()["kinship"] and (last in title_words() or last in _occupation_words())


@lru_cache(maxsize=1)
def _occupation_words() -> frozenset[str]:
    return frozenset(w.lower() for w in patterns()["occupations"])


_LATE_KIN = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*['’]s)\s+late\s+[a-z-]+$")
# "their two-year-old daughter", "her 12-year-old son": an age in the description says who
_AGED_KIN = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*['’]s)\s+(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)-(?:year|month|week)-old\s+[a-z-]+$")


def _kin_described(entity: Entity, text: str) -> bool:
    """An unnamed person whose only description is a relative of someone, described further
    right there: 'Kohl's husband, 93', 'her husband, a retired miner' (the relation ties the
    person to the named one). A bare 'her daughter' is too often someone the text names in
    other words ('Aino ... her daughter'), so it stays without facts."""
    if _named(entity) or entity.type not in PERSON:
        return False
    if _spouse_by_trade(entity, text):
        return True
    if not any(m.kind == "descriptor" and (_DESCRIBED_FURTHER.match(text, m.end) or (m.text.startswith("whose ") and _WHOSE_WAS_A.match(text, m.end)) or _LATE_KIN.match(m.text)
               or _AGED_KIN.match(m.text))
               for m in entity.mentions):
        return False
    # (grandparents too: a relative's job or death, though they give no child fact)
    kin = {*patterns()["kinship"], *_GRAND_KIN}
    found: set[tuple[str, bool]] = set()
    late_first = False
    previous_end = -1
    for m in entity.mentions:
        # ("The groom's father" is a relative, though shaped as "the firm's manager" is)
        kin_word = _KIN_DESCRIPTOR_WIDE.match(m.text) if m.kind == "descriptor" else None
        if m.kind == "pronoun" or (m.kind == "descriptor" and not (kin_word and kin_word.group(1).lower() in kin) and (
                _JOB_DESCRIPTOR.match(m.text) or _POST_DESCRIPTOR.match(m.text) or _job_word(m.text))):
            continue  # "whose daughter, 24, is a nurse", "is the firm's manager": her job says who she is, not whose
        got = kin_word
        if got is None or got.group(1).lower() not in kin:
            return False
        # ("His own father, the bride's grandfather": one man, described twice in apposition)
        if text[previous_end : m.start] != ", ":
            late = " late " in f" {m.text.lower()} "
            if not found:
                late_first = late
            found.add((got.group(1).lower(), late))
        previous_end = m.end
    # "her husband, 72 ... her late husband": two men the entity stage took for one (but "Mrs
    # NicLeòid's late husband ... Ceit and her husband had four children": a widow's late husband
    # first, and a plain mention after him, is the same man)
    if len(found) == 2 and {w for w, _ in found} <= {"husband", "wife"} and len({w for w, _ in found}) == 1 and late_first:
        return True
    return len(found) == 1


_GRAND_KIN = frozenset({"grandfather", "grandmother", "great-grandfather", "great-grandmother", "grandad", "granddad", "grandpa", "grandma", "granny", "gran"})
_MARRIED_TO = re.compile(r"\b(?:married|wed)\s+(?:to\s+)?$")


def _spouse_by_trade(entity: Entity, text: str) -> bool:
    """'Solberg is married to an air traffic controller, 50': whom somebody named is married to,
    described by a trade alone (the entity stage's ``kin.married_to_trade``): a spouse
    described in place."""
    ms = [m for m in entity.mentions if m.kind != "pronoun"]
    return (len(ms) == 1 and ms[0].kind == "descriptor" and _JOB_DESCRIPTOR.match(ms[0].text) is not None
            and _MARRIED_TO.search(text, max(0, ms[0].start - 16), ms[0].start) is not None)


def is_kin_descriptor(text: str) -> bool:
    """'her husband', 'Kohl's late wife': a possessive and one kin word, which names a single
    relative (an age right after it, 'her husband, 57,', is that relative's)."""
    got = _KIN_DESCRIPTOR.match(text)
    return got is not None and got.group(1).lower() in patterns()["kinship"] and not got.group(1).lower().endswith(("s", "ren"))


# Facts kept about someone the text never names but describes by a post at an organisation
# ("A spokeswoman for the council said"): whom she works for, her title, her gender.
ROLE_FACTS = frozenset({"employer", "title", "gender"})
_ROLE_DESCRIPTOR = re.compile(r"^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:(?P<org>[a-z]+)\s+|(?P<named>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,5})\s+)?(?P<role>\w+)$")
_WHOSE_ROLE = re.compile(r"whose\s+(?P<role>\w+)")
_ROLE_OF = re.compile(r"\s+(?:for|of|at|with)\s")
# "A spokeswoman for the Marshfield Alliance, Leah Dunmore, said": the post's holder is named
# right there (her facts are read by ``posts``), so the description is no unnamed person
# The organisation's name is capitalised words and their connectors only: in "A spokesman for
# Laurentian Mutual later said the company's chief actuary, Omar Haddad, ..." the name after the
# comma is somebody else's, and the spokesman stays unnamed.
_ROLE_NAMED = re.compile(r"\s+(?:for|of|at|with)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of|and|for|on|the|&|[A-Z][\w'’&.-]*)){0,8},\s+[A-Z][\w'’-]+\s+[A-Z]")


def _kind_noun(word: str) -> bool:
    """A noun for a kind of organisation ('company', 'club'), as orgs.org_kind reads it."""
    kinds = patterns()["org_kinds"]
    return word in kinds["aliases"] or word in kinds["kinds"]


def _role_described(entity: Entity, text: str) -> bool:
    """An unnamed person described only as holding a post at an organisation the text names
    right there: 'a spokeswoman for Acme', 'a spokesman for the council'."""
    if _named(entity) or entity.type not in PERSON:
        return False
    titles = title_words()
    roles = set()
    tied = False
    for m in entity.mentions:
        if m.kind == "pronoun":
            continue
        got = _ROLE_DESCRIPTOR.match(m.text) if m.kind == "descriptor" else None
        whose = _WHOSE_ROLE.fullmatch(m.text) if got is None and m.kind == "descriptor" else None
        if whose is not None and text[: m.start].endswith(", ") and whose.group("role").lower() in titles:
            # "Mayo County Council, whose spokeswoman said": the body named right before
            roles.add(whose.group("role").lower())
            tied = True
            continue
        if got is None or got.group("role").lower() not in titles:
            return False
        roles.add(got.group("role").lower())
        if _ROLE_NAMED.match(text, m.end):
            return False
        tied = tied or _ROLE_OF.match(text, m.end) is not None
        # ("A SafeWork NSW spokeswoman": the body named inside the description)
        # (a spokesperson only: "a Methodist minister" names a church's kind, no body)
        if got.group("named") is not None and not got.group("role").lower().startswith("spokes"):
            return False
        tied = tied or got.group("named") is not None
        # "A conference spokesman" after "the Lakeshore Conference": an organisation named before
        # by that word as its last
        org = got.group("org")
        tied = tied or (org is not None and re.search(r"\b[A-Z][\w'’&.-]*\s+" + org.capitalize() + r"\b", text[: m.start]) is not None)
        # ("a company spokesperson", "A firm spokesperson": a body of that kind the article names,
        # found by the rule that asks, facts/spokespeople.py)
        tied = tied or (org is not None and got.group("role").lower().startswith("spokes") and _kind_noun(org))
    return tied and len(roles) == 1


# Facts kept about a parent the text describes only by a trade ("the son of a fisherman"):
# whose parent it is, and the trade. No gender: "the son of a fisherman" does not say which parent.
PARENT_FACTS = frozenset({"child", "occupation", "number_of_children", "spouse", "gender"})


@lru_cache(maxsize=1)
def _parent_before() -> re.Pattern:
    """'the son of ' right before the parent's description, or 'the daughter of a miner and '
    before the second parent's; the kin nouns are the kinship lexicon's child words."""
    nouns = [w for w, k in patterns()["kinship"].items() if k["relation"] == "child"]
    # ("the son of a retired jeepney driver and ", "of a police inspector, now retired, and ",
    # "of a ship's carpenter and ")
    return re.compile(rf"\b(?:{word_alternation(nouns)})\s+of\s+(?:an?\s+[a-z'’-]+(?:\s+[a-z-]+){{0,2}}(?:,\s+now\s+[a-z]+,)?\s+and\s+)?$", re.I)


@lru_cache(maxsize=1)
def _parent_framed() -> tuple[re.Pattern, re.Pattern]:
    """The same without "of": "a cheesemaker's daughter" (what follows the trade), "Born to a
    dock clerk", "born to a fisherman and " (what comes before it)."""
    nouns = [w for w, k in patterns()["kinship"].items() if k["relation"] == "child"]
    after = re.compile(rf"['’]s\s+(?:{word_alternation(nouns)})s?\b", re.I)
    before = re.compile(r"\bborn\s+to\s+(?:an?\s+[a-z'’-]+(?:\s+[a-z-]+){0,2}\s+and\s+)?$", re.I)
    return after, before


def _parent_described(entity: Entity, text: str) -> bool:
    """An unnamed person the text describes once, by a trade, as someone's parent."""
    if _named(entity) or entity.type not in PERSON:
        return False
    ms = [m for m in entity.mentions if m.kind != "pronoun"]
    if len(ms) != 1 or ms[0].kind != "descriptor":
        return False
    start, end = ms[0].start, ms[0].end
    after, before = _parent_framed()
    return (_parent_before().search(text, max(0, start - 50), start) is not None
            or after.match(text, end) is not None or before.search(text, max(0, start - 60), start) is not None)


_PERSONAL = frozenset({"age", "child", "parent", "sibling", "spouse"})


def has_a_life(facts: Iterable[Fact], entity: Entity) -> bool:
    """Whether the facts give the entity an age or a relative: a person, whatever the tagger
    typed its name ('Leah, 6, ... Leah's teacher': no club or firm is six, or anyone's sister)."""
    return any(f.relation in _PERSONAL and entity.id in (f.subject, f.object) for f in facts)
