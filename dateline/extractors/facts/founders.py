"""Founders: 'The Sentinel was founded in 1911 by Amos Whitfield', 'The business was started by
Gwilym's father, the late Idris Pryce', 'Ann Roe founded the Kettle Street Bakery in 1988'. The
person gets the title 'founder' and no employer (a founder may never have worked there). What
was founded must be an organisation, named or by a noun of its kind ('the hotel', 'the firm'):
'The fire was started by a spark' founds nothing. Words: patterns key ``founders``."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from dateline.extractors.facts.clauses import _not_asserted
from dateline.extractors.facts.context import (
    COUPLE_WORDS,
    LIKELY,
    ORG,
    PERSON,
    _conjuncts,
    _Ctx,
    _named,
    _sentence,
    _tok_end,
    patterns,
)
from dateline.extractors.facts.namelists import _names_after
from dateline.extractors.facts.occupations import _subject_of, copula_at
from dateline.extractors.facts.orgs import _org_named_as, org_kind
from dateline.model import Entity
from dateline.nlp import token_at_char, tokens_in, tokens_of


def _is_org(ctx: _Ctx, tok: Token) -> bool:
    """The token names an organisation, or is a noun of an organisation's kind after 'the'/'its'
    (the whole hyphened word: 'co-op' is three tokens)."""
    if ctx.covering(tok.idx, _tok_end(tok), ORG) is not None and tok.pos_ == "PROPN":
        return True
    if tok.pos_ == "NOUN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" and ctx.covering(c.idx, _tok_end(c), ORG) is not None for c in tok.children):
        return True  # "the consultancy Bell Analytics": a noun of any kind with the organisation's name apposed
    if (tok.pos_ == "NOUN" and tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i
            and ctx.covering(tok.head.idx, _tok_end(tok.head), ORG) is not None and any(c.lower_ == "the" for c in tok.children)):
        return True  # "Mabel Jean Records, the Waynesville label that was founded by X": the name it is apposed to
    if tok.pos_ == "PROPN" and ctx.covering(tok.idx, _tok_end(tok)) is None:
        # "Firth Marine was set up by X" after "Firth Marine Holdings": a short form of a name
        # the entity stage did not mark here
        first = min((c for c in tok.subtree if c.dep_ == "compound" and c.i < tok.i), key=lambda c: c.i, default=tok)
        return _org_named_as(ctx, ctx.text[first.idx : _tok_end(tok)], first.idx, _tok_end(tok)) is not None
    left = re.search(r"[\w-]*$", ctx.text[max(0, tok.idx - 20) : tok.idx]).group(0)  # type: ignore[union-attr]
    word = left + re.match(r"[\w-]*", ctx.text[tok.idx : tok.idx + 20]).group(0)  # type: ignore[union-attr]
    start = tok.idx - len(left)
    if tok.pos_ != "NOUN" or not re.search(r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?$", ctx.text[max(0, start - 30) : start]):
        return False
    return _org_noun(word.lower())


def _org_noun(low: str) -> bool:
    """A noun of an organisation's kind: one ``orgs`` knows, one the employment rules read as a
    body described, or one a founding verb takes (patterns key ``founders.kind_nouns``)."""
    return org_kind(low) is not None or low in patterns()["employment"]["described_orgs"] or low in patterns()["founders"]["kind_nouns"]


def _named_org(ctx: _Ctx, tok: Token) -> bool:
    """The token is an organisation's name (not a noun of its kind)."""
    return tok.pos_ == "PROPN" and ctx.covering(tok.idx, _tok_end(tok), ORG) is not None


def _the_org(ctx: _Ctx, tok: Token) -> bool:
    """'The siblings started the brewery': a noun of an organisation's kind after 'the' (not
    'his own firm', which the text names nowhere)."""
    return [c.lower_ for c in tok.children if c.i < tok.i][:1] == ["the"] and _is_org(ctx, tok)


def _own_org(ctx: _Ctx, tok: Token) -> bool:
    """'left in 1975 to start his own chandlery', 'the couple opened their own bakery': a business
    of one's own that a verb of starting takes is one founded, whatever the verb ('opened the
    museum' may be a ceremony; 'started his own van' names no business)."""
    return tok.pos_ == "NOUN" and any(c.lower_ == "own" for c in tok.children if c.i < tok.i) and any(c.dep_ == "poss" for c in tok.children) and (
        _org_noun(tok.lower_) or tok.lower_ in patterns()["employment"]["business_nouns"])


def _agents(verb: Token) -> list[Token]:
    """'founded by A and B', and 'founded in 1969 by Peter Kasonde (1934 - 2011), a former railway
    clerk, and his wife, Esther': the parser joins the second founder to whatever noun or clause
    describes the first, so a kin noun after ', and his' or ', and her' that is joined to a word
    after the agent is a founder too (not a second job, 'a clerk and a carpenter', nor a
    relative after a clause of its own, 'founded by X in 1969 and his wife ran it')."""
    out: list[Token] = []
    for a in verb.children:
        if a.dep_ != "agent":
            continue
        for g in a.children:
            if g.dep_ == "pobj":
                out += [c for c in _conjuncts(g) if c not in out]
        doc = verb.doc
        for t in _sentence(verb):
            if (t.i > a.i + 2 and t.dep_ == "conj" and a.i < t.head.i < t.i and t.lower_ in patterns()["kinship"]
                    and doc[t.i - 1].lower_ in ("his", "her") and doc[t.i - 2].lower_ == "and" and doc[t.i - 3].text == ","
                    and not any(w.dep_ in ("ROOT", "conj") and w.pos_ in ("VERB", "AUX") for w in doc[a.i : t.i])
                    and t not in out):
                out.append(t)
    return out


def _it_after_org(ctx: _Ctx, tok: Token, verb: Token, passive: bool = False) -> bool:
    """'taking the reins at Glenbawn Cheese from her father, Tadhg Hanlon, who founded it',
    'The congregation traces its beginnings to 1898, when it was founded by ...': "it" in a
    clause hung on the sentence's main one, after an organisation its sentence has named or
    a subject of an organisation's kind ("it" across sentences may be anything)."""
    if tok.lower_ != "it" or verb.dep_ not in (("relcl", "advcl") if passive else ("relcl",)):
        return False
    sent = _sentence(verb)
    for m, e in ctx.mentions_from(sent.start_char):
        if m.start >= verb.idx:
            break
        if e.type in ORG and sent.start_char <= m.start:
            return True
    return passive and any(c.dep_ == "nsubj" and c.i < verb.i and c.pos_ == "NOUN" and _is_org(ctx, c) for c in sent.root.children)


# one relative the text describes by a possessive and never names ("his grandfather", "Ana's late aunt")
_RELATIVE = re.compile(r"^(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’.-]*['’]s?)\s+(?:late\s+)?(?:great-)*(?:grand)?"
                       r"(?:father|mother|son|daughter|brother|sister|uncle|aunt|husband|wife)$")


# the comma, and "the late", between a kin noun and the name apposed to it
_KIN_NAMED = re.compile(r",\s+(?:the\s+late\s+)?")


def _founder(ctx: _Ctx, tok: Token) -> Optional[tuple[int, Entity]]:
    """The named person a token stands for: the name itself, or a kin noun's apposed name
    ('Gwilym's father, the late Idris Pryce')."""
    for t in [tok, *(c for c in tok.children if c.dep_ == "appos")]:
        hit = ctx.covering(t.idx, _tok_end(t))
        # ("Mr Stack founded the business ..., on land once farmed by his grandfather, Paddy
        # Stack": the titled subject itself, before a name the parser apposed to it)
        if hit is not None and hit[1].type == "PERSON" and _named(hit[1]) and (hit[0].kind in ("name", "surname", "firstname") or (t is tok and hit[0].kind == "title")):
            return hit[0].start, hit[1]
    if tok.pos_ == "NOUN" and re.sub(r"^(?:great-)*grand", "", tok.lower_) in patterns()["kinship"]:
        # "by Avril's father-in-law, the late Cyril Pennock": the name right after the kin noun
        # and its comma, wherever the parser hung it (also "by Tamanda's grandfather, the late
        # Stanley Kalulu")
        after = _KIN_NAMED.match(ctx.text, _tok_end(tok.right_edge))
        named = ctx.starting_at(after.end(), PERSON) if after is not None else None
        if named is not None and _named(named[1]) and named[0].kind == "name":
            return named[0].start, named[1]
    hit = ctx.covering(tok.idx, _tok_end(tok))
    if hit is not None and hit[1].type == "PERSON" and _named(hit[1]) and tok.pos_ == "PROPN":
        return hit[0].start, hit[1]
    if hit is not None and hit[1].type == "PERSON" and _named(hit[1]) and hit[0].kind == "pronoun" and tok.lower_ in ("he", "she"):
        return tok.idx, hit[1]  # "In 1971 he founded Ackroyd Clockworks": whom the pronoun was resolved to
    if hit is not None and hit[1].type == "PERSON" and hit[0].kind == "descriptor" and tok.pos_ == "NOUN" and _RELATIVE.match(hit[0].text):
        return hit[0].start, hit[1]  # "the garage his grandfather opened in 1958": a relative the text never names
    return None


def _founded_thing(verb: Token, key: str, obj: Token, passive: bool = False) -> bool:
    """'who founded the wholesaler', 'founded this cooperative with eleven neighbours', 'The press
    was founded by X': what a verb that only founds (patterns key ``founders``: 'active'; passive,
    'establish' too) has for object is a body, whatever the noun, when the text points at one (a
    determiner or a possessive of its own), and nothing is founded "on" something."""
    verbs = patterns()["founders"]["active"] + (["establish"] if passive else [])
    if any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children):
        return False  # ("founded her plans on a loan": what rests on something, no body)
    return key in verbs and obj.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their", "his", "her", "a", "an") for c in obj.children)


def _partners(verb: Token) -> list[Token]:
    """'founded the society in 1979 with his wife, Margaret': whom the founding was done with
    (only a person counts, so 'with a loan of £500' adds nobody; nor does a name the parser
    joined to a list of things, 'with a second-hand tractor and a slurry tanker, on land once
    farmed by his grandfather, Paddy Stack')."""
    return [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"
            and not (g.pos_ == "NOUN" and g.tag_ == "NN" and g.lower_ not in patterns()["kinship"] and any(
                o.pos_ == "NOUN" and o.lower_ not in patterns()["kinship"] for o in g.conjuncts))
            for o in _conjuncts(g)]


def _founded_noun(ctx: _Ctx, verb: Token) -> bool:
    """'Dale Paints, a company founded in 1962 by Rita Dale': a participle on a noun of an
    organisation's kind apposed to the organisation's name (or on the name itself)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in verb.children):
        return False
    noun = verb.head
    if _is_org(ctx, noun):
        return True
    return noun.dep_ == "appos" and noun.pos_ == "NOUN" and (org_kind(noun.lower_) is not None or noun.lower_ in patterns()["employment"]["described_orgs"]) \
        and _is_org(ctx, noun.head)


def _gerund_subjects(verb: Token) -> list[Token]:
    """'spent eleven years at the port before buying a press in 1958 and founding the X Mill': a
    gerund after a preposition (or joined to one) is done by the subject of the verb the
    preposition hangs on."""
    v = verb
    while v.dep_ == "conj" and v.head.i < v.i and v.head.tag_ == "VBG":
        v = v.head
    if v.dep_ != "pcomp" or v.head.dep_ != "prep" or v.head.head.pos_ not in ("VERB", "AUX"):
        return []
    main = v.head.head
    for _ in range(3):  # (past a participle and a verb joined to the first: "quit school ... and spent ..., loading ... before")
        subj = [o for c in main.children if c.dep_ == "nsubj" for o in _conjuncts(c)]
        if subj or main.dep_ not in ("advcl", "conj") or main.head.pos_ not in ("VERB", "AUX"):
            return subj
        main = main.head
    return []


def _opened_long_ago(ctx: _Ctx, verb: Token) -> bool:
    """'Sovann Meas opened Meas Bokator Club in 2006': an organisation opened in a year two or
    more before the article's is one founded then (a ceremony is news of the week: "the mayor
    opened the museum on Saturday")."""
    when = ctx.article.date_interval()
    # (or the organisation's noun, "Ramon Tabada opened the gym in a rented garage in 1979", or
    # the organisation opened, "was opened in 1978 by Eusebia Condori")
    if when is None or not any((c.dep_ == "dobj" and (_named_org(ctx, c) or _the_org(ctx, c))) or (c.dep_ == "nsubjpass" and _is_org(ctx, c))
                               for c in verb.children):
        return False
    # (the year may hang on the place: "in a rented garage in 1979")
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"] + [
        g for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj" for g in o.children if g.dep_ == "prep" and g.lower_ == "in"]
    for c in preps:
        for g in c.children:
            if g.dep_ == "pobj" and g.like_num and len(g.text) == 4 and g.text.isdigit() and int(g.text) <= when[0].year - 2:
                return True
    return False


def _rule_founders(ctx: _Ctx) -> None:
    verbs: dict[str, str] = patterns()["founders"]["verbs"]
    toks = tokens_of(ctx.doc)
    lemmas = {v.split()[0] for v in verbs}
    for k in tokens_in(ctx.doc, "lemma", lemmas):
        verb = toks[k]
        if verb.pos_ != "VERB" or verb.idx < ctx.article.body_start or _not_asserted(verb):
            continue
        key = verb.lemma_ + (" up" if any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children) else "")
        if key not in verbs:
            continue  # ("set" alone: only "set up")
        title = verbs[key]
        people: list[Token] = []
        clause_only = key in patterns()["founders"]["clause_only"] and not _opened_long_ago(ctx, verb) \
            and not any(c.dep_ == "dobj" and _own_org(ctx, c) for c in verb.children)
        # ("the business, which was founded in 1887 by A": the relative pronoun's noun)
        if not clause_only and any(c.dep_ == "nsubjpass" and (_is_org(ctx, body := verb.head if c.lower_ in ("which", "that") and verb.dep_ == "relcl" else c)
                                          or _it_after_org(ctx, c, verb, passive=True) or _founded_thing(verb, key, body, passive=True))
               for c in verb.children) or _founded_noun(ctx, verb):
            # "X was founded by A and B"
            people = _agents(verb)
            if people:
                # ("founded by the late X in 1961 together with his wife, Y": a relative only, not
                # "started by Con and Ellen Kelleher with a single second-hand Bedford", a van's make)
                # (the parser may hang "together with" on a noun apposed to the founder)
                together = [o for w in verb.sent if w.lower_ == "with" and w.i > verb.i and w.i > 0 and w.doc[w.i - 1].lower_ == "together"
                            for g in w.children if g.dep_ == "pobj" for o in _conjuncts(g)]
                people += [p for p in _partners(verb) + together if p.lower_ in patterns()["kinship"] and p not in people]
            for g in [g for g in people if g.pos_ == "NOUN" and g.tag_ == "NNS"]:
                # "by twin brothers Earl and Vernon Pruitt", "by two engineers, Dev and Rohan
                # Patel": the names the plural noun lists, however the parse hung them
                listed, _ = _names_after(ctx, g.i, _sentence(g), many=True)
                for person in listed:
                    if person.type == "PERSON" and _named(person) and not any(f.value == title for f in ctx.facts.of("title", person.id)):
                        ctx.add("title", person, verb.idx, _tok_end(g) if g.i > verb.i else _tok_end(verb), value=title, confidence=LIKELY)
        elif not clause_only and any(c.dep_ == "dobj" and (_is_org(ctx, c) or _own_org(ctx, c) or _it_after_org(ctx, c, verb) or _founded_thing(verb, key, c))
                                     for c in verb.children) and (
                key in patterns()["founders"]["active"] or any(c.dep_ == "dobj" and (_named_org(ctx, c) or _the_org(ctx, c) or _own_org(ctx, c)) for c in verb.children)):
            # "Ann Roe founded the Kettle Street Bakery": not "started the firm's van" (the object
            # itself); "started" and "set up" only with a named organisation ("started Mwangi Haulage")
            people = [o for c in verb.children if c.dep_ == "nsubj" for o in _conjuncts(c)]
            if not people and verb.dep_ == "conj":
                # "The pair married in 1974 and started Mwangi Haulage": the first verb's subject
                people = [o for c in verb.head.children if c.dep_ == "nsubj" for o in _conjuncts(c)] or (
                    [verb.head.head] if verb.head.dep_ == "acl" and verb.head.head.lower_ in COUPLE_WORDS else [])  # (parsed "The pair, ..., married")
            if not people and verb.tag_ == "VBG":
                people = _gerund_subjects(verb)
            if not people and verb.tag_ == "VB" and verb.dep_ == "advcl" and verb.head.tag_ in ("VBD", "VBZ", "VBP") \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                # "left the yard in 1975 to start his own chandlery": the subject of the verb the
                # infinitive of purpose hangs on (not "hopes to found a bakery", a wish)
                people = [o for c in verb.head.children if c.dep_ == "nsubj" for o in _conjuncts(c)]
            if verb.dep_ == "relcl" and any(c.lower_ in ("who", "that") for c in people):
                # "Olaf Lindqvist, who founded the clinic": the name the clause hangs on, and the
                # names joined to it ("Anil and Meera Kapoor, who founded Kapoor Spices")
                # (not one joined after the clause, "met Tom Reyes, who founded X, and Ann Roe", nor
                # past a comma, "Ruth Coultas, 44, and her father, Ken Coultas, 76, who founded it")
                head = verb.head
                people = [c for c in _conjuncts(head) if c.i < verb.i
                          and not any(t.text == "," for t in head.doc[min(c.i, head.i) : max(c.i, head.i)])]
                if verb.head.pos_ == "NOUN" and verb.head.dep_ == "appos":
                    # ("Mohan Gill, a former wrestler who founded the club": the name the noun is apposed to)
                    people = [verb.head.head]
            people += _partners(verb)
        elif (verb.dep_ == "relcl" and _is_org(ctx, verb.head)
              and not any((c.dep_ in ("dobj", "nsubjpass", "xcomp", "ccomp") and c.lower_ not in ("that", "which")) or c.lower_ in ("where", "when")
                          for c in verb.children)):
            # ("the St-Léonard bakery that Giuseppe and Maria Rossi opened in 1973": the relative
            # pronoun is the clause's object, the noun it hangs on)
            # (not "the hospital, where she started in the laundry": the clause says where, not what)
            # "Drovers' Wives, the band he started in 2012 with X": the clause's object is the noun it
            # hangs on, an organisation's, so "started" founds it ("the van he started" does not)
            people = [o for c in verb.children if c.dep_ == "nsubj" for o in _conjuncts(c)] + _partners(verb)
        for tok in people:
            # ("Hollis Bay Brewing, the craft brewery they founded in 1996" after "Dev and Anita
            # Chaudhry": "they" a couple named before, as "the couple")
            pair = ctx.couple_before(tok.idx) if (tok.lower_ in COUPLE_WORDS and tok.pos_ == "NOUN") or (tok.lower_ == "they" and tok.pos_ == "PRON") else (
                ctx.siblings_before(tok.idx) if tok.lower_ in patterns()["sibling_group_words"] and tok.pos_ == "NOUN" else None)
            for start, person in [(tok.idx, p) for p in pair] if pair else [got for got in [_founder(ctx, tok)] if got is not None]:
                if not any(f.value == title for f in ctx.facts.of("title", person.id)):
                    s, e = min(start, verb.idx), max(_tok_end(verb), _tok_end(tok))
                    ctx.add("title", person, s, e, value=title, confidence=LIKELY)


# "had been one of the founders in 1924", "was a co-founder": a founder named by a copula, with no
# organisation needed (a founder gets the title only); "a founder member" is a member
_COPULA_FOUNDER = re.compile(r"\b(?:is|was|were|has\s+been|had\s+been)\s+(?:one\s+of\s+(?:the|its|their)\s+(?P<many>founders|co-founders)"
                             r"|(?:a|the|its)\s+(?P<one>founder|co-founder))\b(?!\s+members?\b|['’])")


def _rule_copula_founders(ctx: _Ctx) -> None:
    if ctx.text.find("founder", ctx.article.body_start) < 0:
        return  # every match holds the word, and most articles have none: no scan of every word
    for m in _COPULA_FOUNDER.finditer(ctx.text, ctx.article.body_start):
        title = (m.group("many") or m.group("one")).lower().rstrip("s")
        verb = copula_at(ctx, m.start())  # (past "had" in "had been one of the founders")
        if verb is None or _not_asserted(verb):
            continue
        people = _subject_of(ctx, verb)
        if len(people) == 1 and people[0].type == "PERSON" and _named(people[0]):
            ctx.add("title", people[0], m.start(), m.end(), value=title, confidence=LIKELY)


# "the stud's founders, Ron and Dulcie Roe", "its co-founders, A and B", "the firm's founder, A":
# each person listed after the comma is a founder (the title only, as above)
_OWNED_FOUNDERS = re.compile(r"(?:\b[Ii]ts|(?<![\w'’])(?:[Tt]he\s+)?[\w-]+['’]s|\b(?<=of\s)the)\s+(?P<t>(?:co-)?founders?),\s+(?=(?:the\s+late\s+)?[A-Z])")


def _rule_owned_founders(ctx: _Ctx) -> None:
    if ctx.text.find("founder", ctx.article.body_start) < 0:
        return  # (as _rule_copula_founders: the pattern tried a possessive at every word)
    for m in _OWNED_FOUNDERS.finditer(ctx.text, ctx.article.body_start):
        owner = ctx.ending_at(m.start("t") - 3)
        if owner is not None and owner[1].type == "PERSON":
            continue  # "Ann's founders" is no organisation's
        at = token_at_char(ctx.doc, m.start("t"))
        if at is None:
            continue
        noun = ctx.doc[at]
        if noun.text == "co" and at + 2 < len(ctx.doc):
            noun = ctx.doc[at + 2]  # "co - founders": the tokeniser splits the hyphen
        named, end = _names_after(ctx, noun.i, _sentence(noun), many=m.group("t").endswith("s"))
        title = m.group("t").lower().rstrip("s")
        for person in named:
            if person.type == "PERSON" and _named(person):
                ctx.add("title", person, m.start("t"), end, value=title, confidence=LIKELY)


def _rule_one_of_founders(ctx: _Ctx) -> None:
    """'Jessie Tait, our oldest member and one of the founders of the guild in 1971', 'Ruth Hay,
    one of the co-founders of the Yell Knitting Guild': 'one of the founders of' an organisation,
    set off after a person's name (or joined to a description that is), makes that person a
    founder (the title only, as above)."""
    if ctx.text.find("founders", ctx.article.body_start) < 0:
        return
    for k in tokens_in(ctx.doc, "lower", ("founders", "co-founders", "cofounders")):
        noun = ctx.doc[k]
        of, one = noun.head, noun.head.head
        if noun.dep_ != "pobj" or of.lower_ != "of" or one.lower_ != "one" or noun.idx < ctx.article.body_start:
            continue
        kinds = patterns()["org_kinds"]
        if not any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and (_is_org(ctx, o) or (o.pos_ == "NOUN" and (
                o.lower_ in kinds["other_heads"] or any(o.lower_ in ws for ws in kinds["kinds"].values())))) for o in c.children)
                   for c in noun.children):
            continue  # (of an organisation: "the guild", a body's noun, too)
        top = one
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head  # ("our oldest member and one of the founders": the description first)
        if top.dep_ != "appos":
            continue
        hit = ctx.covering(top.head.idx, _tok_end(top.head), PERSON)
        if hit is not None and hit[1].type == "PERSON" and _named(hit[1]):
            ctx.add("title", hit[1], one.idx, _tok_end(noun), value=noun.lower_.rstrip("s").replace("cofounder", "co-founder"), confidence=LIKELY)
