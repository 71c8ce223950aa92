"""A listing of people, one entry per person between semicolons: a newspaper's "Birthdays
today" ("Sir Anselm Creagh, former chairman, Tolland Shipping, 81; Dame Philippa Orrin,
soprano, 69; ..."). Each entry is a name, what the person is or was, an organisation where one
is given, and an age that holds on the article's date. The entry's own words are the job
("cricket commentator", not "commentator"); a post with an organisation is a title there.

Only a listing of two such entries or more is read: one "Jane Roe, nurse, 45." is the ages rule's."""

from __future__ import annotations

import re

from dateline.ages import born_between_for
from dateline.extractors.facts.context import LIKELY, ORG, _Ctx
from dateline.extractors.facts.employment import _drop_bare_job, _has_employer
from dateline.extractors.facts.lexicon import person_heads, title_words

# ", DESC(, ORG)?, AGE" right after a name, closing the entry
_ENTRY = re.compile(r",\s+(?P<desc>[A-Za-z][\w' -]{1,50}?)(?:,\s+(?P<org>[A-Z][\w'’&. -]{1,60}?))?,\s+(?P<age>\d{1,3})(?=\s*(?:[;.]|$))", re.M)
_FORMER = re.compile(r"^(?:former|retired|ex-)\s+", re.I)


def _rule_listed_ages(ctx: _Ctx) -> None:
    if ctx.text.count(";", ctx.article.body_start) < 1 or not ctx.article.date:
        return  # every listing has a semicolon between its entries
    entries = []
    for m, person in ctx.mentions:
        if person.type != "PERSON" or m.kind != "name" or m.start < ctx.article.body_start:
            continue
        got = _ENTRY.match(ctx.text, m.end)
        # (an entry opens the line or follows the previous entry's semicolon or a colon)
        before = ctx.text[max(0, m.start - 30) : m.start]
        if got is None or not re.search(r"(?:^|[;:\n])\s*(?:(?:Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Miss|Dr|Professor|Prof|The\s+Rev)\.?\s+)?$", before):
            continue
        entries.append((m, person, got))
    if len(entries) < 2:
        return
    titles = title_words()
    for m, person, got in entries:
        age = int(got.group("age"))
        lo, hi = born_between_for(age, ctx.article.date)
        ctx.add("age", person, m.start, got.end("age"), value=age, confidence=LIKELY, dated=True, born=(lo.isoformat(), hi.isoformat()))
        desc = _FORMER.sub("", " ".join(got.group("desc").split()))
        org = ctx.starting_at(got.start("org"), ORG) if got.group("org") else None
        end = got.end("org") if got.group("org") else got.end("desc")
        if org is not None and desc.lower() in titles:
            if org[1].id not in _has_employer(ctx, person):
                ctx.add("employer", person, m.start, end, obj=org[1], confidence=LIKELY)
            _drop_bare_job(ctx, person, desc.lower(), m.start, end)
            ctx.add("title", person, m.start, end, value=desc.lower(), confidence=LIKELY)
        elif org is None and 1 <= len(words := desc.split()) <= 3 and words[-1].lower() in person_heads() and all(w.islower() for w in words[1:]):
            # a job of the lexicon's, with its modifiers as written ("Paralympic swimmer")
            _drop_bare_job(ctx, person, desc, m.start, end)
            ctx.add("occupation", person, m.start, end, value=desc, confidence=LIKELY)
