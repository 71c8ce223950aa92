"""A post an organisation has just filled, named by apposition: "Glen Avie has a new chief
executive, Ana Ruiz", "the trust has appointed a new warden, Tom Hale". The name apposed to "a
new POST" holds the post, at the organisation that is the verb's subject when it is one. An
indefinite "a new" phrase is otherwise a description ("a new mother, Ana"), so only a listed
title or a job of rank is read.

Also "named X its chief executive", with no "as"; and a post whose first word the tagger reads as
a verb after a form of "be": "who has been managing director since 1989" is parsed as managing a
director."""

from __future__ import annotations

import re

from spacy.tokens import Token

from dateline.extractors.facts.context import LIKELY, ORG, PERSON, SURE, _conjuncts, _Ctx, _tok_end
from dateline.extractors.facts.employment import _has_employer
from dateline.extractors.facts.itsowner import _its
from dateline.extractors.facts.lexicon import title_words
from dateline.extractors.facts.orgs import company_meant
from dateline.extractors.facts.posts import _ranked_job
from dateline.extractors.facts.subjects import _subjects
from dateline.model import Entity
from dateline.nlp import tokens_in
from dateline.wordstart import ascii_lower

# verbs whose object is a post filled ("has a new chief executive", "has named a new warden")
_FILLING = frozenset({"have", "get", "appoint", "name", "welcome", "hire", "recruit", "announce", "choose", "elect"})


def _new_post(noun: Token, own_first: bool = False) -> str | None:
    """The post "a new POST" names (its compounds and adjectives but "new"), when it is a listed
    title or a job of rank; with ``own_first`` also the body's own first holder of a kind ("its
    first woman president": the noun alone)."""
    left = [c for c in noun.children if c.i < noun.i]
    first = own_first and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in left) and any(c.lower_ == "first" for c in left)
    if not first and (not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in left)
                      or not any(c.dep_ == "amod" and c.lower_ == "new" for c in left)):
        return None
    post = noun.lower_ if first else " ".join([c.lower_ for c in left if c.dep_ in ("compound", "amod") and c.lower_ != "new"] + [noun.lower_])
    return post if post in title_words() or _ranked_job(post) else None


def _rule_new_posts(ctx: _Ctx) -> None:
    for m, person, name in ctx.body_name_roots(PERSON):
        noun = name.head
        if name.dep_ != "appos" or noun.pos_ != "NOUN" or noun.i > name.i or noun.dep_ not in ("dobj", "attr"):
            continue
        post = _new_post(noun, own_first=True)
        if post is None:
            continue
        verb = noun.head
        if verb.lemma_.lower() not in _FILLING:
            continue
        start, end = min(verb.idx, noun.left_edge.idx), m.end
        ctx.add("title", person, noun.left_edge.idx, end, value=post, confidence=LIKELY)
        for org in _org_subjects(ctx, verb):
            if org.id not in _has_employer(ctx, person):
                # (the organisation's mention in the sentence, not its first in the article)
                first = next((x for x, e in reversed(ctx.mentions) if e.id == org.id and verb.sent.start_char <= x.start and x.end <= verb.idx), None)
                ctx.add("employer", person, min(start, first.start) if first is not None else start, max(end, _tok_end(noun)),
                        obj=org, confidence=LIKELY)


def _rule_new_posts_held(ctx: _Ctx) -> None:
    """"... has a new managing director: her granddaughter, Nurul Huda", "The West Falkland
    Sports Association has a new chair. Gemma Rowlands, 39, ... takes over": the post's holder
    named through a kin noun apposed to it, or as the subject the next sentence opens with,
    when the sentence ends on the post."""
    toks = ctx.doc
    # (from the Doc's index of "new", not a Token per word)
    for k in tokens_in(ctx.doc, "lower", ("new",)):
        noun = toks[k].head
        if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.idx < ctx.article.body_start or noun.head.lemma_.lower() not in _FILLING:
            continue
        post = _new_post(noun)
        if post is None:
            continue
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children):
            continue  # (the name apposed to the post itself: _rule_new_posts)
        hit = None
        for kin in (c for c in noun.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > noun.i):
            named = [g for g in kin.children if g.dep_ == "appos" and g.i > kin.i]
            hit = ctx.covering(named[0].idx, _tok_end(named[0]), PERSON) if named else None
        sent = noun.sent
        # (the sentence names nobody after the post: "has a new musical director for the first time
        # in 27 years. Sarah Whitfield, 38, ... succeeds Derek Holroyd")
        nxt = sent.end
        later = any(ctx.covering(t.idx, _tok_end(t), PERSON) is not None for t in toks[noun.i + 1 : sent.end])
        if hit is None and not later and nxt < len(toks) and toks[nxt - 1].text == ".":
            while nxt < len(toks) and toks[nxt].is_space:
                nxt += 1
            first = ctx.starting_at(toks[nxt].idx, PERSON) if nxt < len(toks) else None
            span = ctx.doc.char_span(first[0].start, first[0].end, alignment_mode="expand") if first is not None and first[0].kind == "name" else None
            hit = first if span is not None and span.root.dep_ in ("nsubj", "nsubjpass") else None
        if hit is None or hit[0].kind != "name":
            continue
        person = hit[1]
        if any(str(f.value) == post for f in ctx.facts.of("title", person.id)):
            continue
        start, end = min(noun.left_edge.idx, hit[0].start), max(hit[0].end, _tok_end(noun))
        orgs = _org_subjects(ctx, noun.head)
        for who, until in [(person, end)] + _predecessor(ctx, hit):
            ctx.add("title", who, start, max(end, until), value=post, confidence=LIKELY)
            for org in orgs:
                if org.id not in _has_employer(ctx, who):
                    ctx.add("employer", who, start, max(end, until), obj=org, confidence=LIKELY)


def _predecessor(ctx: _Ctx, hit: tuple) -> list[tuple[Entity, int]]:
    """The one the post's new holder succeeds, replaces or takes over from in the same clause
    ("Sarah Whitfield ... succeeds Derek Holroyd"): the development gold gives the predecessor
    the post too."""
    span = ctx.doc.char_span(hit[0].start, hit[0].end, alignment_mode="expand")
    verb = span.root.head if span is not None and span.root.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        return []
    objs = [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_.lower() in ("succeed", "replace") else \
        [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"] \
        if verb.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children) else []
    out = [(h[1], h[0].end) for o in objs if (h := ctx.covering(o.idx, _tok_end(o), PERSON)) is not None and h[0].kind == "name" and h[1] is not hit[1]]
    return out[:1]


def _rule_named_its_post(ctx: _Ctx) -> None:
    """'Rafiq Sports Industries on Monday named Hina Rafiq its chief executive': a naming verb's
    person object, then (no comma between) 'its' or 'their' and a listed title, is that post's
    holder, at the organisation that is the verb's subject."""
    for m, person in ctx.mentions:
        if person.type not in PERSON or m.kind != "name" or m.start < ctx.article.body_start \
                or not ctx.text.startswith((" its ", " their "), m.end):
            continue  # (the words after the name first: a Span only where they may hold)
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.end >= len(ctx.doc) or ctx.doc[span.end].lower_ not in ("its", "their"):
            continue
        name, its = span.root, ctx.doc[span.end]
        noun = its.head
        verb = name.head
        if noun.pos_ != "NOUN" or noun.i <= its.i or name.dep_ not in ("oprd", "dobj") or verb.lemma_.lower() not in _NAMING:
            continue
        post = " ".join([c.lower_ for c in noun.children if its.i < c.i < noun.i and c.dep_ in ("compound", "amod")] + [noun.lower_])
        if post not in title_words() or any(str(f.value) == post for f in ctx.facts.of("title", person.id)):
            continue
        ctx.add("title", person, m.start, _tok_end(noun), value=post, confidence=LIKELY)
        # (else what "its" stands for: the subject the parser lost in an apposition, "Kellbrook
        # Rovers, the club the depot sponsors, named X its manager")
        got = _its(ctx, its.idx, _tok_end(its)) if its.lower_ == "its" else None
        for org in _org_subjects(ctx, verb) or ([got[1]] if got is not None else []):
            if org.id not in _has_employer(ctx, person):
                ctx.add("employer", person, verb.idx, _tok_end(noun), obj=org, confidence=LIKELY)


_NAMING = frozenset({"name", "appoint", "elect", "make"})


def _org_subjects(ctx: _Ctx, verb: Token) -> list[Entity]:
    """The organisations that are the verb's subject (``_subjects`` gives people only)."""
    out: list[Entity] = []
    for c in verb.children:
        if c.dep_ == "nsubj":
            # (and a name apposed to a dateline's place the parser made the subject: "COLOMBO —
            # Forbes Ratnayake & Co., one of ..., has a new managing director")
            for t in [*_conjuncts(c), *(a for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN")]:
                org = ctx.token_entity(t, ORG)
                if org is not None and org not in out:
                    out.append(org)
    return out


# the posts "managing" opens; after "has been" or "is" the tagger takes the word for a verb
_MANAGING = re.compile(r"\bmanaging\s+(?:director|editor|partner)\b", re.I)


def _rule_managing_posts(ctx: _Ctx) -> None:
    low = ascii_lower(ctx.text)
    if low is not None and low.find("managing", ctx.article.body_start) < 0:
        return  # (found by str.find in most articles, not by the IGNORECASE search at every character)
    for m in _MANAGING.finditer(ctx.text, ctx.article.body_start):
        span = ctx.doc.char_span(m.start(), m.end())
        if span is None or len(span) != 2:
            continue
        verb, noun = span[0], span[1]
        if verb.pos_ != "VERB" or noun.dep_ != "dobj" or noun.head.i != verb.i or not any(
                c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
            continue
        people = [e for e in _subjects(ctx, verb) if e.type in PERSON]
        if len(people) != 1:
            continue
        person, post = people[0], f"managing {noun.lower_}"
        ctx.add("title", person, m.start(), m.end(), value=post, confidence=SURE)
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "at"):
                org = next((ctx.covering(g.idx, _tok_end(g), ORG) for g in prep.children if g.dep_ == "pobj"), None)
                if org is not None and org[0].text.split():
                    org = company_meant(ctx, org, org[0].text.split()[-1], org[0].start)  # ("of the firm": as roles reads it)
                if org is not None and org[0].start >= m.end():
                    ctx.add("employer", person, m.start(), org[0].end, obj=org[1], confidence=SURE)
