"""Deaths stated without a death verb: a life span in parentheses after a name
('Vance (1937 – 2025)'), which also gives the year of birth; the verbs that say a death and
whose it is. When a death verb's death was (its time, a bare 'in March') is deathtimes.py's."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from dateline.extractors.entities.places import dateline_tokens
from dateline.extractors.facts.clauses import _not_asserted
from dateline.extractors.facts.context import (
    LIKELY,
    PERSON,
    SURE,
    _Ctx,
    _resolve,
    patterns,
)
from dateline.extractors.facts.deathtimes import death_time
from dateline.extractors.facts.lexicon import person_heads
from dateline.extractors.facts.subjects import _subjects
from dateline.model import Entity, TimeExpr

_YEAR = re.compile(r"(?<![\d-])(\d{3,4}|\d{2})(?![\d])")


def lost_at_sea(verb: Token) -> bool:
    """'was lost at sea in 1952': a passive 'lose' whose place says the person died there
    (patterns key ``death_verbs.lost_at``), not 'lost his job' or 'was lost in thought'."""
    places = patterns()["death_verbs"]["lost_at"]
    if verb.lemma_ != "lose" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    # (or with the age at which: "was lost in 1968, aged 46", "was lost with his boat in 1987, aged 22")
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(g.dep_ == "pobj" and g.lower_ in places for g in c.children) for c in verb.children) \
        or any(c.dep_ == "advcl" and c.lower_ == "aged" and any(g.like_num for g in c.children) for c in verb.children)


def passed_away_or_killed(tok: Token) -> bool:
    """'passed away', 'was killed': verbs that say a death only with their particle or in the
    passive ('passed the bill', 'killed the engine' say none)."""
    lemma = tok.lemma_.lower()
    return (lemma == "pass" and (any(c.lower_ == "away" for c in tok.children) or _passed_aged(tok))) or (
        lemma == "kill" and (any(c.dep_ == "auxpass" for c in tok.children) or _killed_apposed(tok))) or (
        lemma == "precede" and in_death(tok) and not any(c.dep_ == "auxpass" for c in tok.children))


def _killed_apposed(tok: Token) -> bool:
    """'three children: Pavla, 49, ...; Ondřej, killed in a motorcycle crash in 2002, aged 19': a
    passive participle set off right after a name says that person died."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "PROPN" and tok.i == tok.head.i + 2 \
        and tok.doc[tok.i - 1].text == ","


def in_death(tok: Token) -> bool:
    """'he preceded her in death in 2008': the American obituary's 'in death' on 'precede'."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "death" for g in c.children) for c in tok.children)


def preceded_by(tok: Token) -> list[Token]:
    """'She was preceded in death by a brother, Carl Baum, and ...': who the agent names died."""
    if tok.lemma_.lower() != "precede" or not in_death(tok) or not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    return [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _passed_aged(tok: Token) -> bool:
    """'who passed on March 20 at 88', 'passed peacefully on Sunday': the American 'passed' with
    no object, given an age or the manner of a death ('passed the bill at 88 votes' has one)."""
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "attr", "dative", "auxpass") for c in kids):
        return False
    return any(c.lower_ in ("peacefully", "suddenly", "unexpectedly") for c in kids) or any(
        c.dep_ == "prep" and c.lower_ == "at" and any(g.dep_ == "pobj" and g.like_num for g in c.children) for c in kids) or any(
        c.lower_ == "aged" for c in kids)


def killed_person(tok: Token) -> Optional[Token]:
    """'A heart attack on a hunting trip killed him in 2016', 'The fever killed Tom Reid': the
    object of an active past 'kill' whose subject is a thing or a cause, not a pronoun (a
    figure of speech in the present, 'it is killing me', or 'killed the engine' says none: the
    object must be a person, which the caller checks)."""
    if tok.lemma_.lower() != "kill" or tok.tag_ != "VBD" or any(c.dep_ == "auxpass" for c in tok.children):
        return None
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    obj = [c for c in tok.children if c.dep_ == "dobj"]
    if len(subj) != 1 or len(obj) != 1 or subj[0].pos_ != "NOUN" or subj[0].lower_ in person_heads():
        return None
    return obj[0]


def person_death_verb(tok: Token) -> bool:
    """'Rajeev Kumar, who expired in 2016': verbs that say a death only of a person
    (patterns key ``death_verbs.person_only``, Indian English 'expired'); 'the lease expired',
    'his visa expired' say none. The subject must be 'who', 'he', 'she', a person's name or a
    noun for a person ('her husband expired')."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in patterns()["death_verbs"]["person_only"]:
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    return len(subj) == 1 and (subj[0].lower_ in ("who", "he", "she") or subj[0].ent_type_ == "PERSON" or subj[0].lower_ in person_heads())


def death_notice_verb(tok: Token) -> bool:
    """'The death has occurred of Patrick Hanlon, ...': the death-notice register, whose verb has
    the noun 'death' for subject and the person after 'of' (patterns key ``death_verbs.notice``);
    'a death occurred in the ward' names nobody, and 'the death of X occurred' is read from the noun."""
    notice = patterns()["death_verbs"]["notice"]
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in notice["verbs"]:
        return False
    if lemma in notice["objects"] and not any(c.dep_ == "dobj" and c.lower_ == notice["objects"][lemma] for c in tok.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ == "death" and not any(g.lower_ == "of" for g in c.children) for c in tok.children) \
        and bool(_notice_people(tok))


def _notice_people(verb: Token) -> list[Token]:
    """The 'of' object, on the verb or on its object noun ('has taken place of X')."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    # ("took place on Monday of X", "has occurred at his home of X": the parser hangs 'of' on the
    # day or on the dead person's own home; not on "at the home of X", whose owner is no notice's)
    heads += [g for c in verb.children if c.dep_ == "prep" for g in c.children
              if g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or any(p.dep_ == "poss" and p.pos_ == "PRON" for p in g.children))]
    return [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"][:1]


def says_death(tok: Token) -> bool:
    """A verb that says its subject died: a death verb ('died', 'drowned'), 'passed away', a
    passive 'killed', 'was lost at sea', a person's 'expired', a death notice's 'The death has
    occurred of X'. (A bare 'passed' or 'killed the engine' says none.)"""
    return (tok.lemma_ in patterns()["death_verbs"]["lemmas"] or lost_at_sea(tok) or passed_away_or_killed(tok)
            or person_death_verb(tok) or death_notice_verb(tok) or killed_person(tok) is not None)


_PRONOUN_GENDER = {"he": "male", "she": "female"}


def _whose_relative(ctx: _Ctx, verb: Token) -> list[Entity]:
    """'Athman, whose wife of 55 years, Fatma Said, died last year, still plays', parsed with
    Athman the subject of 'died' and 'plays' hung on it: the relative the 'whose' clause names
    died, when a verb of the subject's own follows the death's clause."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or not any(c.dep_ in ("dep", "conj", "ccomp") and c.pos_ == "VERB" and c.i > verb.i
                                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in verb.children):
        return []
    kin = [c for c in subj[0].children if c.dep_ == "appos" and c.i < verb.i and any(g.lower_ == "whose" for g in c.children)]
    if len(kin) != 1:
        return []
    named = [e for e in _resolve(ctx, kin[0], couples=False) if e.type in PERSON]
    return named if len(named) == 1 and named[0] not in _resolve(ctx, subj[0], couples=False) else []


def death_subjects(ctx: _Ctx, verb: Token) -> list[Entity]:
    """Who died: the death verb's subject. 'Mr Brannock's father, Hamish Brannock, ran the firm
    until he died in 2003': a he/she dying in an adverbial clause is the main clause's subject
    (the father, who ran it until his death), not the possessor inside that subject whom the
    pronoun stage may have picked, when the subject's kin noun fits the pronoun's gender and
    the main clause names the possessor nowhere else (not in 'drove him to school until he
    died')."""
    if death_notice_verb(verb):
        named = [e for t in _notice_people(verb) for e in _resolve(ctx, t, couples=False) if e.type in PERSON]
        return named if len(named) == 1 else []
    killed = killed_person(verb)
    if killed is not None:
        victims = [e for e in _resolve(ctx, killed, couples=False) if e.type in PERSON]
        return victims if len(victims) == 1 else []
    people = _subjects(ctx, verb, couples=False)
    whose = _whose_relative(ctx, verb)
    people = whose if whose else people
    if not people and _killed_apposed(verb):
        people = [e for e in _resolve(ctx, verb.head, couples=False) if e.type in PERSON][:1]
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not people and verb.dep_ == "relcl" and len(subj) == 1 and subj[0].lower_ == "who":
        people = _apposed_by_comma(ctx, verb.head)
    if not people and not subj and verb.dep_ == "conj" and verb.head.dep_ == "relcl" \
            and (any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.head.children) or _whose_clause_closed(verb)):
        # (or a 'whose' clause closed by a comma before the verb: "X, the mask maker whose faces
        # came to stand for the fiestas, died on Saturday", the verb hung on the clause's)
        # ("Tom Pattinson, a blacksmith who set up the club in 1906 and died in 1949": the clause's noun's name)
        noun = verb.head.head
        named = [e for e in _resolve(ctx, noun.head if noun.dep_ == "appos" else noun, couples=False) if e.type in PERSON]
        people = named if len(named) == 1 else _apposed_by_comma(ctx, noun)
    if not people and len(subj) == 1 and subj[0].lower_ == "who":
        people = _who_past_apposition(ctx, subj[0])
    if not people and len(subj) == 1 and subj[0].i in dateline_tokens(ctx.doc):
        # ("NAXOS - Captain Yannis Koutsoukos, who steered ..., died on Sunday", parsed with the
        # wire dateline's place for the subject: the name hung on it died)
        people = [e for c in subj[0].children if c.dep_ in ("dep", "appos") and c.i > subj[0].i
                  for e in _resolve(ctx, c, couples=False) if e.type in PERSON]
        people = people if len(people) == 1 else []
    if not people and len(subj) == 1 and subj[0].ent_type_ == "DATE":
        # "the year after her husband, Felix, died", parsed with "the year" as the subject: the
        # one after "after" or "before" died
        people = [e for c in subj[0].children if c.dep_ == "prep" and c.lower_ in ("after", "before")
                  for g in c.children if g.dep_ == "pobj" for e in _resolve(ctx, g, couples=False) if e.type in PERSON]
        return people if len(people) == 1 else []
    if not people and not subj and verb.dep_ == "advcl":
        # ("She joined after her mother, Chong Lee, died in 2021", parsed with the one who died
        # the object of "after" on the main verb)
        people = [e for c in verb.head.children if c.dep_ == "prep" and c.lower_ in ("after", "before") and c.i < verb.i
                  for g in c.children if g.dep_ == "pobj" for e in _resolve(ctx, g, couples=False) if e.type in PERSON]
        return people if len(people) == 1 else []
    if len(people) != 1 or verb.dep_ != "advcl" or len(subj) != 1 or subj[0].lower_ not in _PRONOUN_GENDER:
        return people
    main = verb.head
    main_subj = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if len(main_subj) != 1:
        return people
    noun = main_subj[0]
    owners = [c for c in noun.children if c.dep_ == "poss"]
    gender = patterns()["kinship"].get(noun.lower_, {}).get("gender") or patterns()["gendered_roles"].get(noun.lower_)
    if len(owners) != 1 or gender != _PRONOUN_GENDER[subj[0].lower_]:
        return people
    owner = _resolve(ctx, owners[0], couples=False)
    if owner != people:
        return people
    others = [t for t in main.subtree if t.i < verb.left_edge.i and t.i not in {x.i for x in noun.subtree}]
    if any(people[0] in _resolve(ctx, t, couples=False) for t in others if t.pos_ in ("PRON", "PROPN")):
        return people
    them = _resolve(ctx, noun, couples=False)
    return them if len(them) == 1 and them[0] is not people[0] else people


def _whose_clause_closed(verb: Token) -> bool:
    """The relative clause the verb is joined to opens on 'whose' and a comma closes it right
    before the verb."""
    doc = verb.doc
    return verb.i > 0 and doc[verb.i - 1].text == "," and any(t.lower_ == "whose" for t in verb.head.subtree if t.i < verb.i)


# "Billy Anderson, our groundsman from 1971 until 2005, who passed away": a set-off phrase with
# no verb between the name and "who"
_SET_OFF = re.compile(r",\s+[^,.;:!?()\"“”]{1,80},\s+$")


def _who_past_apposition(ctx: _Ctx, who: Token) -> list[Entity]:
    """The name a 'who' follows across one set-off phrase of its own, however the parser hung the
    clause (on the main verb, as an adverbial)."""
    head = ctx.text[max(0, who.idx - 90) : who.idx]
    got = _SET_OFF.search(head)
    if got is None:
        return []
    end = who.idx - len(head) + got.start()
    hit = ctx.ending_at(end)
    between = ctx.doc.char_span(end, who.idx, alignment_mode="expand")
    if hit is None or between is None or any(t.pos_ in ("VERB", "AUX") for t in between):
        return []
    return [hit[1]]


def _apposed_by_comma(ctx: _Ctx, noun: Token) -> list[Entity]:
    """'the late Olufemi Adeyemi, Folasade's father, who was killed in 1994': the description a
    'who' clause hangs from, parsed as a conjunct of the name before it with only a comma between
    (no 'and'), is that name's apposition: the person named."""
    if noun.dep_ != "conj" or noun.pos_ != "NOUN" or noun.head.i >= noun.i:
        return []
    between = noun.doc[noun.head.i + 1 : noun.left_edge.i]
    if [t.text for t in between] != [","]:
        return []
    named = [e for e in _resolve(ctx, noun.head, couples=False) if e.type in PERSON]
    return named if len(named) == 1 else []


def when_death(copula: Token) -> Optional[Token]:
    """The death verb of a 'when' clause on a past copula: 'was 51 when he died in 2009'."""
    for clause in copula.children:
        if clause.dep_ == "advcl" and clause.i > copula.i and says_death(clause) and any(
                g.lower_ == "when" and g.dep_ in ("advmod", "mark") for g in clause.children if g.i < clause.i):
            return clause
    return None


def _own_branch(tok, root) -> bool:
    """Whether ``tok`` hangs from ``root`` through no conjunct (the next item of a list)."""
    while tok.i != root.i:
        if tok.dep_ == "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def apposed_age_death_time(ctx: _Ctx, start: int, end: int) -> Optional[TimeExpr]:
    """'Arthur Penn, 81, died on Tuesday', 'Margaret Kowalski, 81, of Dayton, passed away on
    March 9', 'Alan Petrakis, 74, ..., who died on October 22': the name at [start, end) is the
    subject of a death verb, or of its own "who" clause's, so the age apposed to it
    is the age at death, held on the death's date (None when the verb gives no date: the age
    then stays one on the article date)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    verbs = [root.head] if root.dep_ in ("nsubj", "nsubjpass") else []
    # ("Alan Petrakis, 74, a former hospital pharmacist ..., who died on October 22": the name's
    # own "who" clause, or its apposition's, however deep the parser hung it ("at the Royal
    # Melbourne Hospital, who died"), though not another person's inside it, nor a later one's of
    # a list: "four children: Errol, 66, ...; Delroy, who drowned in 1984")
    verbs += [t for t in root.subtree if t.dep_ == "relcl" and t.i > root.i and (t.head.i == root.i or t.head.ent_type_ != "PERSON")
              and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who" for g in t.children) and _own_branch(t.head, root)
              and not any(w.text == ";" for w in root.doc[root.i : t.i])]
    # (not past a semicolon: "three sons: Erik, 63; Lars, who drowned in 1981", the list's next
    # item, whatever the parser hung it from)
    for verb in verbs:
        if says_death(verb) and not _not_asserted(verb):
            return death_time(ctx, verb)
    return None


@lru_cache(maxsize=1)
def _lifespan_re() -> re.Pattern:
    p = patterns()["lifespan"]
    openers = "|".join(p["openers"])
    return re.compile(rf"(?:{openers})?\s*\(([^()]{{4,{int(p['max_inside'])}}})\)")


def _split_at_dash(inside: str) -> Optional[tuple[int, int]]:
    """Where the dash that joins birth and death starts and ends inside the parenthesis:
    the last dash from the lexicon, and a bare hyphen only between digits ('1903-1952')."""
    best: Optional[tuple[int, int]] = None
    for dash in patterns()["lifespan"]["dashes"]:
        at = inside.rfind(dash)
        while at >= 0 and dash == "-" and not (at > 0 and inside[at - 1].isdigit() and inside[at + 1 : at + 2].isdigit()):
            at = inside.rfind(dash, 0, at)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, at + len(dash))
    return best


def _year_value(side: str, born_year: Optional[str]) -> Optional[str]:
    years = _YEAR.findall(side)
    if not years:
        return None
    year = years[-1]
    if len(year) == 2 and born_year and len(born_year) == 4:
        # '(1820 – 88)': the century is the birth year's, or the next one's
        year = born_year[:2] + year if born_year[:2] + year >= born_year else str(int(born_year[:2]) + 1) + year
    return year if len(year) >= 3 else None


def _time_in(ctx: _Ctx, start: int, end: int) -> Optional[TimeExpr]:
    inside = [t for t in ctx.times if t.type == "DATE" and start <= t.start and t.end <= end and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", t.value)]
    return inside[-1] if inside else None


def _rule_lifespans(ctx: _Ctx) -> None:
    rx = _lifespan_re()
    text = ctx.text
    seen: set[int] = set()
    for mention, entity in ctx.mentions:
        if entity.type not in PERSON or mention.kind not in ("name", "surname", "firstname") or mention.start < ctx.article.body_start:
            continue
        m = rx.match(text, mention.end)
        if m is None or m.start(1) in seen:
            continue
        seen.add(m.start(1))
        inside = m.group(1)
        if inside.lstrip().lower().startswith(("born", "b.", "née", "aged")):
            continue
        cut = _split_at_dash(inside)
        if cut is None:
            continue
        base = m.start(1)
        born_side, died_side = inside[: cut[0]], inside[cut[1] :]
        born_years = _YEAR.findall(born_side)
        born_year = born_years[-1] if born_years else None
        died_year = _year_value(died_side, born_year)
        if born_year is None or died_year is None:
            continue
        shortest, longest = patterns()["lifespan"]["years"]
        if len(born_year) == 4 and not shortest <= int(died_year) - int(born_year) <= longest:
            continue
        died_time = _time_in(ctx, base + cut[1], m.end(1))
        value = died_time.value if died_time is not None and died_time.value.startswith(died_year) else died_year
        ctx.add("death", entity, mention.start, m.end(), value=value, time=died_time.id if died_time else None, confidence=SURE)
        born_time = _time_in(ctx, base, base + cut[0])
        ctx.add("event", entity, mention.start, m.end(), value="birth", time=born_time.id if born_time else None, confidence=SURE)
    _born_died(ctx)


def _born_died(ctx: _Ctx) -> None:
    """'Name, born 5 January 1938 (Bata), died 12 November 2012 (Malabo), was ...'."""
    rx = re.compile(patterns()["lifespan"]["born_died"])
    shortest, longest = patterns()["lifespan"]["years"]
    for mention, entity in ctx.mentions:
        if entity.type not in PERSON or mention.kind != "name" or mention.start < ctx.article.body_start:
            continue
        m = rx.match(ctx.text, mention.end)
        if m is None:
            continue
        born_years, died_years = _YEAR.findall(m.group(1)), _YEAR.findall(m.group(2))
        if not born_years or not died_years or len(born_years[-1]) != 4 or len(died_years[-1]) != 4:
            continue
        if not shortest <= int(died_years[-1]) - int(born_years[-1]) <= longest:
            continue
        died_time = _time_in(ctx, m.start(2), m.end(2))
        value = died_time.value if died_time is not None and died_time.value.startswith(died_years[-1]) else died_years[-1]
        ctx.add("death", entity, mention.start, m.end(), value=value, time=died_time.id if died_time else None, confidence=SURE)


_LATE_RELATIVE = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*['’]s)\s+late\s+[a-z-]+$")
_POSSESSED_LATE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|[A-Z][\w-]*['’]s)\s+late\s+[a-z-]+,?\s+$"
                             # ("the late fisherman Tom Pell": lower-case words of a job between)
                             # (or a place's name before the job: "the late Gasparillo businessman
                             # Ramdeo Persad"; not "the late John and Mary Tate", the couple rule's)
                             r"|\b[Tt]he\s+late\s+(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+)?(?:(?!and\b|or\b|of\b|with\b)[a-z-]+\s+){1,2}$")


def _rule_the_late(ctx: _Ctx) -> None:
    """'the late Arthur Lin', 'The late Mrs Vance': a death the text takes as known."""
    words = patterns()["late"]["before_name"]
    # compiled once per article, not once per mention (the pattern joins the whole word list)
    # (or initials: "the late R. Venkatachalam")
    late = re.compile(r"(" + "|".join(map(re.escape, words)) + r")\s+(?:[A-Z][a-z]{1,8}\.?\s+|(?:[A-Z]\.\s*){1,2})?$")
    for mention, entity in ctx.mentions:
        if (entity.type in PERSON and mention.kind == "descriptor" and mention.start >= ctx.article.body_start
                and _LATE_RELATIVE.match(mention.text) and not any(m.kind == "name" for m in entity.mentions)):
            # "Mensah's late father was treated here": a relative the text never names
            ctx.add("death", entity, mention.start, mention.end, confidence=LIKELY)
            continue
        if entity.type not in PERSON or mention.kind not in ("name", "surname") or mention.start < ctx.article.body_start:
            continue
        before = ctx.text[max(0, mention.start - 20) : mention.start]
        # a title may stand between: "the late Mrs Vance", "the late Dr. Lin"
        m = late.search(before)
        # "whose late grandfather, Stefan Kowalchuk", "her late friend Ada Rees": a possessed
        # 'late' and a noun for the person named right after (kin nouns: the kinship rule)
        if m is None:
            before = ctx.text[max(0, mention.start - 40) : mention.start]
            m = _POSSESSED_LATE.search(before)
        if m is not None and re.match(r"\s+[A-Z][a-z]", ctx.text[mention.end : mention.end + 3]) is None:
            # (not "the late Joseon Dynasty": a period, whatever the name's type)
            ctx.add("death", entity, mention.start - len(before) + m.start(), mention.end, confidence=LIKELY)
            for other in _late_partners(ctx, mention, entity):
                ctx.add("death", other, mention.start - len(before) + m.start(), mention.end, confidence=LIKELY)


def _late_partners(ctx: _Ctx, mention, entity) -> list:
    """'the late Walter and Irene Novak': a first name alone, 'and', and a full name of the
    same surname are one couple the 'late' is said of, both dead (not 'the late Walter Novak
    and Irene Lowe', whose second name has its own)."""
    if len(mention.text.split()) != 1:
        return []
    gap = re.match(r"\s+and\s+", ctx.text[mention.end : mention.end + 8])
    if gap is None:
        return []
    at = mention.end + gap.end()
    return [e for m, e in ctx.mentions if m.start == at and e.type in PERSON and e.id != entity.id and m.kind == "name"
            and len(m.text.split()) >= 2 and (" " not in entity.name or e.name.split()[-1] == entity.name.split()[-1])]
