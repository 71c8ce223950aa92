"""Ages and counts: '34-year-old', 'X, 34', 'aged 81', 'X is 34', 'mother of two', 'has three
children'; each age with the birth range it allows."""

from __future__ import annotations

import re
from itertools import compress
from typing import Optional

from spacy.tokens import Token

from dateline.ages import born_between, born_between_for
from dateline.alternation import word_alternation
from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.entities.nameaffixes import past_post_nominals
from dateline.extractors.facts.ageof import ages_of_and_then
from dateline.extractors.facts.agetimes import (
    _YEAR,
    _bare_month,
    _clause_text,
    _death_time,
    _recent,
    _upcoming,
    _when_time,
    time_period,
)
from dateline.extractors.facts.clauses import _governing_verb, _not_asserted, _time_near
from dateline.extractors.facts.context import (
    LIKELY,
    ORG,
    PERSON,
    SURE,
    _conjuncts,
    _Ctx,
    _kin_described,
    _named,
    _regexes,
    _resolve,
    _sentence,
    _tok_end,
    number_value,
    patterns,
    token_number,
)
from dateline.extractors.facts.deaths import apposed_age_death_time, death_subjects, says_death, when_death
from dateline.extractors.facts.deathtimes import death_time
from dateline.extractors.facts.described import is_kin_descriptor
from dateline.extractors.facts.lexicon import number_start, person_heads
from dateline.extractors.facts.subjects import _subjects
from dateline.model import Entity, Mention, TimeExpr
from dateline.nlp import columns, tokens_in, tokens_of
from dateline.wordstart import ascii_lower, finditer_lower

# Words that cannot stand between an age or count and the name it describes
# ("34-year-old actor Ann Roe" is fine; "25-year-old file on Ann Roe" is not).
_NOT_BETWEEN = {"on", "of", "for", "with", "about", "to", "by", "from", "in", "at", "and", "or", "the", "a", "an",
                "that", "who", "which", "was", "is", "were", "are", "said", "says", "told", "against", "over"}


def _describes_person(word: str) -> bool:
    """A word that can stand between an age and a name: '34-year-old actor Ann Roe'."""
    low = word.lower()
    return low in person_heads() or low in patterns()["age_name_bridges"]


def _previous_subject(ctx: _Ctx, start: int) -> Optional[Entity]:
    """'Orla Brennan ... has been appointed director. The 52-year-old replaces ...': a
    sentence that opens with a bare 'the N-year-old' goes on about the person the sentence
    before was about (its subject), when that is one named person."""
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = _sentence(span.root)
    if sent.start == 0 or span.root.i - sent.start > 1:
        return None
    prev = _sentence(ctx.doc[sent.start - 1])
    # "X has been appointed ..., organisers said": the reported clause's subject
    for verb in [prev.root, *(c for c in prev.root.children if c.dep_ == "ccomp")]:
        subj = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
        people = _resolve(ctx, subj[0], couples=False) if subj and len(_conjuncts(subj[0])) == 1 else []
        if len(people) == 1 and _named(people[0]):
            return people[0]
    return None


_APPOSED_AGE = re.compile(r",\s+(\d{1,3})\b")


def _stated_age_owner(ctx: _Ctx, age: Optional[int], start: int) -> Optional[Entity]:
    """'Rita Camilleri, 45, took over ... Her husband, Charles Vella, ... ¶ The 45-year-old hopes':
    the one person the text named before with that age set off after the name, not the subject
    of the sentence before (the parser made "hopes" a noun, so the entity stage placed no
    description)."""
    if age is None:
        return None
    found = {e.id: e for mention, e in ctx.mentions if e.type in PERSON and mention.kind == "name" and mention.end < start
             and (m := _APPOSED_AGE.match(ctx.text, mention.end, mention.end + 6)) is not None and int(m.group(1)) == age}
    return next(iter(found.values())) if len(found) == 1 else None


def _animal_after(text: str, end: int) -> bool:
    """'The seven-year-old mare was ridden by Jack Tolley': the age of an animal, no person's."""
    word = re.match(r"\s+([a-z-]+)", text[end : end + 40])
    return word is not None and word.group(1) in lexicon().animal_nouns


def _wedding_descriptor(text: str) -> bool:
    """'The bride', 'the groom': the one noun of a wedding notice that names one of the pair;
    'The new chairman', whom coreference ties to the one just given the post."""
    words = text.lower().split()
    return (len(words) == 2 and words[0] == "the" and words[1] in lexicon().wedding_nouns) or (
        len(words) == 3 and words[:2] == ["the", "new"])


def _person_for_phrase(ctx: _Ctx, start: int, end: int, window: int = 40) -> Optional[tuple[Entity, int, int, float]]:
    """Whom a descriptive phrase such as '34-year-old' or 'mother of two' is about: the
    descriptor mention that contains it, the name right after it ('34-year-old actor Ann
    Roe'), or the name it stands in apposition to ('Ann Roe, a 34-year-old teacher')."""
    hit = ctx.covering(start, end)
    if hit:
        return hit[1], hit[0].start, hit[0].end, SURE
    text = ctx.text
    tail = text[end : end + window]
    m = re.match(r"^[ \w-]{0,30}?(?=[A-Z])", tail)
    if m is not None and (len(m.group(0).split()) > 3 or set(m.group(0).lower().split()) & _NOT_BETWEEN):
        m = None  # "25-year-old court file on Donald Trump": the age is the file's
    kin = re.match(r"^\s+(\w+),\s+(?=[A-Z])", tail)
    if kin is not None and kin.group(1).lower() in patterns()["kinship"]:
        m = kin
    elif m is not None and re.search(r"[,.;:!?\"“”()]", m.group(0)):
        m = None
    if m is not None and m is not kin and m.group(0).split() and not _describes_person(m.group(0).split()[-1]):
        m = None  # "The 52-year-old replaces Declan Moy": a verb, not a job, stands between
    if m is not None:
        at = ctx.starting_at(end + m.end())
        if at:
            return at[1], start, at[0].end, SURE
    head = text[max(0, start - window) : start]
    m2 = re.search(r",\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,1}$", head)
    if m2 is not None:
        at = ctx.ending_at(start - len(head) + m2.start())
        if at:
            return at[1], at[0].start, end, SURE
    # "Ann Cole is 34 years old", "he was 52 years old"
    m3 = re.search(r"(\S+)\s+(?:is|was|turned)\s+$", head)
    if m3 is not None and not text[start:end].lower().startswith(("a ", "an ")):
        at_pos = start - len(head) + m3.start(1)
        hit = ctx.covering(at_pos, at_pos + len(m3.group(1)))
        if hit and hit[0].end == at_pos + len(m3.group(1)):
            return hit[1], hit[0].start, end, LIKELY
    return None


def _age_fact(
    ctx: _Ctx, entity: Entity, age: int, start: int, end: int, conf: float, span: tuple[int, int],
    *, at: Optional[TimeExpr] = None, past: bool = False,
) -> None:
    """An age fact. ``at`` is the time the age held when it is not the article date ("died in
    2019 aged 81" is an age in 2019); ``past`` marks an age at an undated past event, whose
    birth range the text cannot bound, so none is given."""
    born = None
    as_of = None
    period = time_period(at) if at is not None else None
    if at is not None and period is not None:  # a period only ever comes from ``at``
        lo, hi = born_between(age, *period)
        born = (lo.isoformat(), hi.isoformat())
        as_of = at.value
    elif past:
        as_of = "PAST_REF"
    elif ctx.article.date:
        lo, hi = born_between_for(age, ctx.article.date)
        born = (lo.isoformat(), hi.isoformat())
    time = next((t.id for t in ctx.times_overlapping(span[0], span[1]) if t.type == "DURATION"), None)
    ctx.add("age", entity, start, end, value=age, confidence=conf, dated=True, born=born, time=time, as_of=as_of)


_YEARS_OLD = re.compile(r"years?[- ]old\b", re.I)
# (on the lower-cased text: what the IGNORECASE patterns' matches hold, without their cost)
_YEARS_OLD_LOW = re.compile(r"years?[- ]old")
_CLASS_YEAR = re.compile(r"\s+\((?:both\s+)?[A-Z][A-Za-z]{1,6}\s+['’]\d{2}\)")
_AGED_LOW = re.compile(r"aged|age\s+of|at\s+age|at\s+\d")


def _back_over(text: str, at: int, chars: str) -> int:
    """``len(text[:at].rstrip(chars))``, without a copy of all the text before (per match: quadratic)."""
    while at > 0 and text[at - 1] in chars:
        at -= 1
    return at


def _rule_ages(ctx: _Ctx) -> None:
    rx = _regexes()
    text, body = ctx.text, ctx.article.body_start
    # every match holds "year(s) old": without one, the number alternation need not be tried
    # at every word of the article
    low = ascii_lower(text)
    years = _YEARS_OLD.search(text, body) if low is None else _YEARS_OLD_LOW.search(low, body)
    for m in finditer_lower(rx["year_old"], text, low, body) if years else ():
        age = number_value(m.group(1))
        phrase_who = _person_for_phrase(ctx, m.start(), m.end())
        if phrase_who is None and re.match(r"^\s+[a-z]", text[m.end() : m.end() + 2]) and text[max(body, m.start() - 4) : m.start()].lower() == "the " \
                and not _animal_after(text, m.end()):
            # "The 52-year-old replaces ...": the person the sentence before was about
            if _stated_age_owner(ctx, age, m.start()) is not None:
                continue  # (the age is that person's, stated with the name already)
            before = _previous_subject(ctx, m.start() - 4)
            phrase_who = (before, m.start() - 4, m.end(), LIKELY) if before is not None else None
        if age is not None and phrase_who:
            _age_fact(ctx, phrase_who[0], age, phrase_who[1], phrase_who[2], phrase_who[3], m.span())
    for mention, entity in ctx.mentions:
        if entity.type not in PERSON or mention.start < body:
            continue
        # "Kohl's husband, 93": a relative's age, next to the description; for a named person
        # ("Her husband, 57, ..." resolved to Tom Brennock) only a single possessed kin noun,
        # whose referent coreference has already settled
        # ("title": "Ms. Dutta, 45", a surname after an honorific)
        # ("The bride, 31," of a wedding notice: coreference has settled which of the two she is)
        if mention.kind not in ("name", "surname", "firstname", "title") and not (
            mention.kind == "descriptor" and (_kin_described(entity, text) or (_named(entity) and (
                is_kin_descriptor(mention.text) or _wedding_descriptor(mention.text))))
        ):
            continue
        after_at = mention.end
        # ("Bernice Olafson (BA '64), 82": past a graduate's class year)
        class_year = _CLASS_YEAR.match(text, after_at, after_at + 16)
        after_at = class_year.end() if class_year else after_at
        # ("Margaret Doyle, OBE, 61", "Rachel Obi KC, 52": past the letters after a name)
        after_at = past_post_nominals(text, after_at, lexicon())
        of_org = re.match(r"\s+of\s+(?:the\s+)?", text[after_at : after_at + 10])
        org = ctx.starting_at(after_at + of_org.end(), ORG) if of_org and mention.kind == "name" else None
        after = text[after_at : after_at + 20]
        age_m = rx["name_comma_age"].match(after) or rx["name_paren_age"].match(after)
        if age_m is None and org is not None:
            # "Sunita Bhatt of Westmoor Fire and Rescue Service, 41": the age after her workplace
            after_at = org[0].end
            after = text[after_at : after_at + 20]
            age_m = rx["name_comma_age"].match(after)
        if age_m is None and of_org and mention.kind == "name" and org is None:
            # "Rewi Kerehoma of Taihape, 33,": the age after the town he lives in (no mention there)
            town = _TOWN.match(text, after_at + of_org.end())
            if town is not None and ctx.covering(town.start(), town.end()) is None:
                after_at = town.end()
                after = text[after_at : after_at + 20]
                age_m = rx["name_comma_age"].match(after)
        age = number_value(age_m.group(1)) if age_m else None
        if age_m and age is not None:
            _age_fact(ctx, entity, age, mention.start, after_at + age_m.end(), SURE,
                      (after_at + age_m.start(1), after_at + age_m.end(1)), at=apposed_age_death_time(ctx, mention.start, mention.end))
            twin = _twin_before(ctx, mention.start) if mention.kind in ("name", "firstname") else None
            if twin is not None and twin[1] is not entity:
                _age_fact(ctx, twin[1], age, twin[0].start, after_at + age_m.end(), SURE,
                          (after_at + age_m.start(1), after_at + age_m.end(1)))
    for m in rx["aged"].finditer(text, body) if low is None or _AGED_LOW.search(low, body) else ():
        age = number_value(m.group(1))
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if age is None or span is None or re.match(r"\s+and\s+\d", text[m.end() : m.end() + 8]):
            continue  # "aged 61 and 58": a pair's two ages (_rule_pair_ages)
        who = None
        verb = _governing_verb(span.root)
        if verb is not None and verb.lemma_ == "age" and verb.head is not verb:
            verb = verb.head  # "died ... aged 81": the participle hangs from the clause verb
            if verb.pos_ not in ("VERB", "AUX"):
                # "X, who died in 1979, aged 71": the parser hangs "aged" from the name; the
                # death verb whose phrase runs up to it is the one the age goes with
                verb = _death_verb_before(span.root) or verb
        if verb is None or not says_death(verb):
            # "Latha, who died of diphtheria in 1971, aged six", "who drowned in 1979, at 17": the
            # parser hangs the phrase on the list or the main clause; the death verb whose
            # phrase runs up to it, with no other verb between, is the one it goes with
            dv = _death_verb_before(span[0])
            if dv is not None and not any(t.pos_ in ("VERB", "AUX") for t in ctx.doc[dv.i + 1 : span[0].i]):
                verb = dv
        # "aged 16" after "left school" is an age at a past event, not on the article date:
        # only an age at death or one in apposition to a name (", aged 34,") is kept
        appos = ctx.ending_at(_back_over(text, m.start(), ", "))
        if appos is None:
            # ("The youngest singer, aged 9, is Ayanda Ngcobo": the one picked out, then named)
            picked = ctx.ending_at(_back_over(text, m.start(), ", "), kinds=("descriptor",))
            appos = picked if picked is not None and _named(picked[1]) and _PICKED.match(picked[0].text) else None
        if appos is not None and text[appos[0].end : m.start()].strip() == ",":
            who, verb = appos[1], None
        elif verb is not None and says_death(verb):
            subj = death_subjects(ctx, verb)
            if len(subj) == 1:
                who = subj[0]
        if who is None:
            dated = _dated_clause_age(ctx, m.start()) if m.group(0)[:4].lower() == "aged" else None
            if dated is not None:
                (who, verb_start, t) = dated
                _age_fact(ctx, who, age, verb_start, m.end(), LIKELY, (m.start(1), m.end(1)), at=t)
                continue
        if who is not None:
            # evidence from the clause verb ("died on Sunday aged 81") when it comes first
            start = verb.idx if verb is not None and verb.idx < m.start() else m.start()
            at_death = verb is not None and says_death(verb)
            # An age at death held on the death day, not on the article date: with a linked
            # date the birth range follows from it; without one it is left open.
            when = death_time(ctx, verb) if verb is not None and at_death else None
            _age_fact(ctx, who, age, start, m.end(), LIKELY, (m.start(1), m.end(1)), at=when, past=at_death and when is None)
    ages_of_and_then(ctx, _age_fact)  # "a retired lecturer of 66", "In 1949, then 21, she married"


_PICKED = re.compile(r"[Tt]he\s+\w+est\s")
_TOWN = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=,\s+\d)")


def _dated_clause_age(ctx: _Ctx, at: int) -> Optional[tuple[Entity, int, TimeExpr]]:
    """'When Mereana Tipene walked on to the ward in 1983, aged 24, ...', 'She left school in
    1990, aged 16': an age right after the date a clause's verb governs held on that date, for
    the clause's one named subject (not at a birth: 'born in 1950, aged ...' says no age)."""
    t = next((t for t in ctx.times if t.type == "DATE" and t.end <= at and ctx.text[t.end : at].strip() == ","), None)
    span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand") if t is not None else None
    if t is None or span is None or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", t.value):
        return None
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # (a Token is made anew on each read)
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in ("bear", "born") or says_death(verb) or verb.i > span.start:
        return None
    people = [e for e in _subjects(ctx, verb, couples=False) if e.type in PERSON]
    return (people[0], verb.idx, t) if len(people) == 1 and _named(people[0]) else None


def _twin_before(ctx: _Ctx, start: int) -> Optional[tuple[Mention, Entity]]:
    """'his twin daughters, Ola and Zofia, 7': the first of two twins named together, whose
    age is the one after the second (patterns key ``pair_ages``, ``twin_words``)."""
    if ctx.text[start - 5 : start] != " and ":
        return None
    first = ctx.ending_at(start - 5)
    if first is None or first[1].type not in PERSON:
        return None
    words = word_alternation(patterns()["pair_ages"]["twin_words"])
    lead = ctx.text[max(ctx.article.body_start, first[0].start - 40) : first[0].start]
    return first if re.search(rf"\b(?:{words})\b[^.;:,]{{0,25}},?\s*$", lead, re.I) else None


def _death_verb_before(aged: Token) -> Optional[Token]:
    """The death verb whose clause ends right before the participle 'aged' (a comma between):
    every token between them is inside the verb's phrase ('died in 1979, aged 71')."""
    sent = aged.sent
    for j in range(aged.i - 1, max(sent.start, aged.i - 16) - 1, -1):  # ("died at the St. Agnes Home for the Aged in May, aged 99")
        tok = aged.doc[j]
        if tok.pos_ == "VERB" and says_death(tok):
            inside = {t.i for t in tok.subtree}
            between = [t for t in aged.doc[j + 1 : aged.i] if not (t.is_punct and t.i == aged.i - 1)]
            return tok if all(t.i in inside for t in between) else None
    return None


def _rule_age_clauses(ctx: _Ctx) -> None:
    """'He was 52.' / 'X is 34.' and 'X, who turned 30 on Friday'."""
    # (the number-like words picked off a column: a Token object per word cost more than the rule)
    toks = tokens_of(ctx.doc)
    like_num = columns(ctx.doc).like_num
    for i in list(compress(range(len(like_num)), like_num)):  # (picked in C: a step per word cost more)
        tok = toks[i]
        if tok.idx < ctx.article.body_start:
            continue
        age, last = token_number(tok), tok
        if age is None and tok.i + 2 < len(ctx.doc) and ctx.doc[tok.i + 1].text == "-":
            # ("Tom is ninety-nine": the tens word may be the one parsed as the attribute)
            last = ctx.doc[tok.i + 2]
            age = token_number(last)
        if age is None or age > 120:
            continue
        if tok.lower_ == "one" and any(c.dep_ in ("det", "amod", "compound") for c in tok.children):
            continue  # ('"a Greek Catholic one"': the pronoun "one", no age)
        head = tok.head
        prev = ctx.doc[tok.i - 1] if tok.i else tok
        if prev.lemma_ == "be" and prev.dep_ == "relcl" and tok.dep_ not in ("attr", "acomp") and tok.i < head.i:
            # ("who is eleven and far too sensible": the parser hangs the age on the adjective
            # after it; the copula right before it is the clause's)
            head, tok_dep = prev, "attr"
        else:
            tok_dep = tok.dep_
        nxt = ctx.doc[last.i + 1] if last.i + 1 < len(ctx.doc) else None
        nxt2 = ctx.doc[last.i + 2] if last.i + 2 < len(ctx.doc) else None
        # ("who is three and already runs the house": a second clause, not "three and a half")
        # (not "who is three years older than Patrick": a difference, no age)
        ends_clause = nxt is None or nxt.is_punct or nxt.lower_ == "when" or (
            nxt.lower_ == "years" and not (nxt2 is not None and nxt2.lower_ in ("older", "younger", "senior", "junior"))) or (
            nxt.lower_ == "and" and nxt2 is not None and not nxt2.like_num
            # ("who is forty-nine and teaches in Boise": a verb the tagger took for a noun, but
            # conjoined to the copula; "who is nineteen and at college": a place conjoined to it)
            and (nxt2.pos_ in ("VERB", "AUX", "ADV", "ADJ") or nxt2.is_quote or (nxt2.dep_ == "conj" and nxt2.tag_ in ("NNS", "VBZ", "VBD", "IN") and nxt2.head.i in (head.i, tok.i, last.i))
                 # ("who is thirty-eight and a nurse": a job noun conjoined to the age, not "three
                 # and a half")
                 or (nxt2.lower_ in ("a", "an") and nxt2.head.dep_ == "conj" and nxt2.head.head.i in (head.i, tok.i, last.i)
                     and nxt2.head.pos_ == "NOUN" and nxt2.head.lower_ not in ("half", "quarter", "third"))))
        if head.lemma_ == "be" and head.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ in _SPAN_MARKS for c in head.children):
            continue  # ("has worked there since she was 17", "until he was 12": an age at a moment past, with no date)
        if head.lemma_ == "be" and head.tag_ in ("VBP", "VBZ") and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "if", "until", "once", "unless") and c.i < head.i for c in head.children):
            continue  # ('"Ask me again when I am 90"': an age to come, or supposed)
        if head.lemma_ == "be" and tok_dep in ("attr", "acomp") and ends_clause and not _not_asserted(head):
            pass
        elif head.lemma_ == "turn" and head.tag_ in ("VBD", "VBN") and tok.dep_ in ("dobj", "attr", "oprd", "npadvmod", "acomp"):
            # "turned 30 on Friday" is an age now; "turned 18 in 2010" or an undated "turned one"
            # may be any time ago; "would have turned 94 this month" is no age he had
            if _not_asserted(head):
                continue
            when = _time_near(ctx, head, _sentence(head), ("DATE",))
            if not (_recent(ctx, when) or (_bare_month(when) and not _YEAR.search(_clause_text(head)))):
                continue
        elif head.lemma_ == "turn" and head.tag_ in ("VBZ", "VBP") and tok.dep_ in ("dobj", "attr", "oprd", "npadvmod", "acomp") \
                and ((when := _time_near(ctx, head, _sentence(head), ("DATE",))) is not None and (_upcoming(ctx, when) or (_bare_month(when) and not _YEAR.search(_clause_text(head))))):
            # "Otis, who turns four next month": three now
            age -= 1
        elif head.lemma_ == "turn" and head.tag_ in ("VBZ", "VBP") and tok.dep_ in ("dobj", "attr", "oprd", "npadvmod", "acomp") \
                and (when := _time_near(ctx, head, _sentence(head), ("DATE",))) is not None and when.value == ctx.article.date \
                and when.text.lower() == "today":
            pass  # "Sue Hall turns 40 today": her age on the article's date
        else:
            continue
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        ents = _resolve(ctx, subj[0], couples=False) if subj else []
        if len(ents) == 2 and subj[0].lower_ == "who" and head.tag_ == "VBP":
            # "twins Kofi and Kwame, who are seven": one age for the two named right before
            for e in ents:
                _age_fact(ctx, e, age, subj[0].idx, _tok_end(last), LIKELY, (number_start(tok).idx, _tok_end(last)))
            continue
        if len(ents) == 1 and len(_conjuncts(subj[0])) == 1:
            start = min(subj[0].idx, head.idx)
            # "X died on Monday. She was 88.": a past age of someone who died is the age at death;
            # "was 51 when he died in 2009": held on the date of the death its clause states
            # (with none, "was 51 when she died", a past age whose birth range is open)
            was = head.lemma_ == "be" and head.tag_ == "VBD"
            dying = when_death(head) if was else None
            died = death_time(ctx, dying) if dying is not None else _death_time(ctx, ents[0]) if was else None
            # "He drowned in 1979, when I was eleven", "first sang there in 1986, when she was 29":
            # held at the date of the clause the 'when' hangs on, or the date right before it
            died = (_when_time(ctx, head) if was and dying is None else None) or died
            # ("Meas Sreymom was nine when her father first let her carry a staff": a past age at
            # an undated moment the 'when' clause after it names, no age now and no birth range)
            if was and died is None and dying is None and nxt is not None and nxt.lower_ == "when":
                continue
            _age_fact(ctx, ents[0], age, start, _tok_end(last), LIKELY, (number_start(tok).idx, _tok_end(last)), at=died,
                      past=dying is not None and died is None)


# conjunctions of a clause that ends or opens a span of time, whose past age is no age now
_SPAN_MARKS = frozenset({"since", "until", "till", "before", "after"})

_ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$")


def _rule_birthdays(ctx: _Ctx) -> None:
    """'Ann Lee celebrated her 90th birthday on Sunday': an age now, when the birthday is
    dated within the article's period or the month before ('her 50th birthday in 1990' is not)."""
    toks = tokens_of(ctx.doc)
    for k in tokens_in(ctx.doc, "lower", ("birthday",)):
        tok = toks[k]
        if tok.idx < ctx.article.body_start or tok.dep_ != "dobj":
            continue
        ordinal = next((m for c in tok.children if c.dep_ in ("amod", "nummod") for m in [_ORDINAL.match(c.text)] if m), None)
        verb = tok.head
        if ordinal is None or verb.pos_ != "VERB" or _not_asserted(verb) or not _recent(ctx, _time_near(ctx, verb, _sentence(verb), ("DATE",))):
            continue
        people = _subjects(ctx, verb, couples=False)
        if len(people) == 1:
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            start = subj[0].idx if subj and subj[0].i < verb.i else verb.idx
            _age_fact(ctx, people[0], int(ordinal.group(1)), start, _tok_end(tok), LIKELY, (tok.idx, _tok_end(tok)))
