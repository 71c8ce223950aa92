"""A birth or a past job told in a fronted phrase. A birth: 'Born in Nadur in 1933, she was making collars by
nine', 'Born Carmela Camilleri in Nadur in 1933, the eldest of five children, she ...'. The
parser hangs "Born" anywhere (a clause, a modifier of the name after it), so the words are read:
the sentence opens on "Born", a year or a date follows before the first comma, and the main
clause's subject is the one born (the name right after "Born" is the same person, a former
name the entity stage has joined to her). A job: 'A retired postman, Flood is survived by his
mother', 'A former nurse, she now runs a cafe' (only a retired or former one: "A keen gardener,
Ann Lee grew roses" tells a pastime)."""

from __future__ import annotations

import re

from dateline.extractors.facts.ages import _age_fact
from dateline.extractors.facts.context import LIKELY, ORG, SURE, _Ctx, _resolve, _tok_end
from dateline.extractors.facts.described import _occupation_words
from dateline.extractors.facts.lexicon import number_value
from dateline.extractors.facts.roleemployers import AGENT_ENDINGS
from dateline.nlp import sents_of, tokens_of

_DATED = re.compile(r"^(?:\d{4}|\d{4}-\d{2}(?:-\d{2})?)$")


def _rule_fronted_births(ctx: _Ctx) -> None:
    if ctx.text.find("Born", ctx.article.body_start) < 0 or not ctx.doc.has_annotation("SENT_START"):
        return  # (most articles have none: no walk over the sentences)
    toks = tokens_of(ctx.doc)
    for sent in sents_of(ctx.doc):
        first = next((t for t in sent if not t.is_space), None)
        if first is None or first.text != "Born" or first.idx < ctx.article.body_start:
            continue
        comma = next((t for t in sent if t.text == "," and t.i > first.i), None)
        if comma is None:
            continue
        root = sent.root
        subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > comma.i]
        if subj:
            # ("Born in Iasi, Romania, in 1931, the son of a baker, Mr. Wexler reached ...": the
            # fronted phrase runs to the comma before the subject, past its own commas)
            comma = next(t for t in reversed(sent[: subj[0].i - sent.start]) if t.text == ",")
        when = next((t for t in ctx.times_overlapping(first.idx, comma.idx) if t.type == "DATE" and _DATED.match(t.value)), None)
        if when is None:
            continue
        people = _resolve(ctx, subj[0], couples=False) if subj else []
        if len(people) != 1 or people[0].type != "PERSON":
            continue
        ctx.add("event", people[0], first.idx, max(_tok_end(toks[comma.i - 1]), when.end), value="birth", time=when.id, confidence=SURE)


# (or any job 'with/at/for' an organisation: "A former telephonist with the General Post Office,
# she was widowed", "A nurse at Truro Hospital, she ...")
# (or one's trade by training: "An engineer by training, Ms Mwangi is the first woman to run it")
_PAST_JOB = re.compile(r"(?:An?)\s+(?P<past>(?:retired|former)\s+)?((?:(?!by\s)[a-z-]+\s+){0,2}(?!by\s)[a-z-]+)"
                       r"(?P<trained>\s+by\s+(?:training|trade|profession))?"
                       r"(?:\s+(?:with|at|for)\s+(?:the\s+)?(?P<org>[A-Z][^,;.]{1,60}))?"
                       r"(?P<who>\s+who\s+[^,;.\"“”]{1,80})?,\s+")


def _rule_fronted_jobs(ctx: _Ctx) -> None:
    if not ctx.doc.has_annotation("SENT_START") or _PAST_JOB.search(ctx.text, ctx.article.body_start) is None:
        return  # (most articles have none: no walk over the sentences)
    jobs = _occupation_words()
    for sent in sents_of(ctx.doc):
        first = next((t for t in sent if not t.is_space), None)
        if first is None or first.text not in ("A", "An") or first.idx < ctx.article.body_start:
            continue
        m = _PAST_JOB.match(ctx.text, first.idx, sent.end_char)
        if m is None:
            continue
        org = ctx.starting_at(m.start("org"), ORG) if m.group("org") else None
        if org is not None and org[0].end != m.end("org"):
            org = None  # (the organisation's name is the whole phrase before the comma)
        head = m.group(2).split()[-1]
        # ("A publican who never once drank behind his own counter, he kept a slate": one trade
        # word a clause describes is the person's trade, where an adjective may tell a pastime)
        described = m.group("who") is not None and org is None and " " not in m.group(2)
        if m.group("who") is not None and not described:
            continue
        if not (head in jobs or m.group(2) in jobs or (org is not None and head.endswith(AGENT_ENDINGS))) or (org is None and not (m.group("past") or m.group("trained") or described)):
            continue
        # (the subject right after the comma, wherever the parser hung it: it may make the job the
        # root and the clause a relative one on it)
        subj = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.idx == m.end()]
        people = _resolve(ctx, subj[0], couples=False) if subj else []
        if len(people) != 1 or people[0].type != "PERSON":
            continue
        job = m.group(2)
        if org is not None:
            ctx.add("employer", people[0], m.start(), org[0].end, obj=org[1], confidence=LIKELY)
            if not any(f.relation == "title" and f.subject == people[0].id and f.value == job for f in ctx.facts.values()):
                ctx.add("title", people[0], m.start(), org[0].end, value=job, confidence=LIKELY)
        elif not any(f.relation == "occupation" and f.subject == people[0].id and f.value == job for f in ctx.facts.values()):
            ctx.add("occupation", people[0], m.start(), m.end(2), value=job, confidence=LIKELY)


# "Now 52, he and his wife run ...", "Now aged 47, Harrison is head of PE": a present age
# fronted before the main clause (not "At 27, he lifted the cup": an age at a past event)
_NOW_AGED = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n)|(?<=[.!?][\"”’]\s))Now(?:\s+aged)?\s+(\d{1,3}|[a-z]+(?:-[a-z]+)?),\s")


def _rule_fronted_ages(ctx: _Ctx) -> None:
    if ctx.text.find("Now", ctx.article.body_start) < 0:
        return  # (every match holds "Now": the pattern opens on look-behinds, tried at every character)
    for m in _NOW_AGED.finditer(ctx.text, ctx.article.body_start):
        age = number_value(m.group(1))
        span = ctx.doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if age is None or not 0 < age < 120 or span is None:
            continue
        root = span.root.sent.root
        subj = [c for c in root.children if c.dep_ == "nsubj" and c.idx >= m.end()]
        if len(subj) != 1:
            continue  # ("Now 91, Daw Mya Sein watched Sunday's ceremony": "now" dates the age, whatever the tense)
        people = _resolve(ctx, subj[0], couples=False)
        if len(people) == 1 and people[0].type == "PERSON":
            _age_fact(ctx, people[0], age, m.start(), _tok_end(subj[0]), LIKELY, (m.start(), m.end() - 2))
