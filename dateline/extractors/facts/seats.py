"""A principal's seat said of a person by a copula or an apposition, with the body after it:
"Liam Hirst, 38, is principal cornet of the Brackley Band"; "Owen Price is now principal horn
with the Northern Sinfonia"; "Jayden Fortuin was made a principal soloist last year"; "Tomas
Ruelens, the principal organist at the Begijnhof church". The rank with an instrument or a
performer's job is one post (patterns ``posts.instrument_posts`` and ``posts.principal_performers``),
which the title rules, reading "principal" as a school's head, split or missed."""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.alternation import word_alternation
from dateline.extractors.facts.context import ORG, SURE, _Ctx, _resolve, patterns
from dateline.extractors.facts.roles import _employs

_ORG_AFTER = re.compile(r"\s+(?:of|with|at|for)\s+(?:the\s+)?")
_COPULAS = frozenset({"be", "become", "remain", "make", "name", "appoint"})


@lru_cache(maxsize=1)
def _seat() -> re.Pattern:
    p = patterns()["posts"]
    words = p["instrument_posts"]["instruments"] + p["principal_performers"]
    return re.compile(rf"\b((?:sub-|co-|associate\s+|assistant\s+)?principal\s+(?:{word_alternation(words)}))\b", re.I)


def _holder(ctx: _Ctx, head):
    """The one person the seat's noun is said of: a copula's subject ('is principal horn',
    'was made a principal soloist') or the name it is apposed to."""
    verb = head.head
    if head.dep_ in ("attr", "oprd", "acomp", "dobj") and verb.lemma_ in _COPULAS:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        people = _resolve(ctx, subj, couples=False) if subj is not None else []
        return people[0] if len(people) == 1 and people[0].type == "PERSON" else None
    if head.dep_ == "appos" and head.head.i < head.i:
        return ctx.token_entity(head.head)
    return None


def _rule_principal_seats(ctx: _Ctx) -> None:
    text, body = ctx.text, ctx.article.body_start
    for m in _seat().finditer(text, body):
        span = ctx.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None:
            continue
        person = _holder(ctx, span.root)
        if person is None:
            continue
        title = " ".join(m.group(1).lower().split())
        if any(str(f.value).lower().endswith(title) for _k, f in ctx.facts.items_of("title", person.id)):
            continue  # ("the orchestra's founding principal cellist": the posts rule read it whole)
        after = _ORG_AFTER.match(text, m.end(1))
        org = ctx.starting_at(after.end(), ORG) if after is not None else None
        end = org[0].end if org is not None else m.end(1)
        if org is not None and _employs(org[1].name, title):
            ctx.add("employer", person, m.start(1), end, obj=org[1], confidence=SURE)
        ctx.add("title", person, m.start(1), end, value=title, confidence=SURE)
        # the job read inside the seat ("organist" of "principal organist") is the seat's
        for key, f in ctx.facts.items_of("occupation", person.id):
            if m.start(1) <= f.evidence.end and f.evidence.start <= m.end(1) and str(f.value).lower() in title.split():
                del ctx.facts[key]
