"""Unnamed spokespeople named by their body's kind or by 'whose': 'a company spokesperson said',
'A firm spokesperson declined to comment' (the company, the firm the article names),
'Mayo County Council, whose spokeswoman said ...' (the body just named). Each is a person with
the post and the body as employer, as 'a spokeswoman for X' already is (roles)."""

from __future__ import annotations

import re

from dateline.extractors.facts.context import LIKELY, ORG, PERSON, _Ctx
from dateline.extractors.facts.employment import _has_employer
from dateline.extractors.facts.orgs import _org_for, article_org, fits_kind, org_kind

_ROLES = ("spokesperson", "spokesman", "spokeswoman")
# "a company spokesperson", "The club spokesman"
_KIND_SPOKES = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?P<kind>[a-z]+)\s+(?P<role>spokesperson|spokesman|spokeswoman)")
# "A Kenya Volleyball Federation spokesperson"
_NAMED_SPOKES = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?P<name>[A-Z][^\n]{1,80}?)\s+(?P<role>spokesperson|spokesman|spokeswoman)")
# "Mayo County Council, whose spokeswoman"
_WHOSE_SPOKES = re.compile(r"whose\s+(?P<role>spokesperson|spokesman|spokeswoman)")


def _rule_unnamed_spokespeople(ctx: _Ctx) -> None:
    text = ctx.text
    if not any(r in text for r in _ROLES):
        return
    for m, person in ctx.mentions:
        if person.type not in PERSON or m.kind != "descriptor" or any(True for _ in ctx.facts.of("title", person.id)):
            continue
        got = _KIND_SPOKES.fullmatch(text, m.start, m.end)
        if got is not None and org_kind(got.group("kind")) is not None:
            # (the body the article is about, when of that kind: "A company spokesperson" in a
            # report on one company that names others in passing; else the one the noun means)
            main = article_org(ctx)
            org = main if main is not None and fits_kind(main[1], got.group("kind")) else _org_for(ctx, got.group("kind"), m.start)
            if org is not None and fits_kind(org[1], got.group("kind")) is not False:
                _spokes(ctx, person, got.group("role"), org, m.start, m.end)
            continue
        got = _NAMED_SPOKES.fullmatch(text, m.start, m.end)
        if got is not None:
            # "A SafeWork NSW spokeswoman": the body named inside the phrase, when the words
            # between the article and the role are that name and nothing else
            org = ctx.ending_at(got.end("name"), ORG)
            if org is not None and org[0].start == got.start("name") and org[1].type == "ORG":
                _spokes(ctx, person, got.group("role"), org, m.start, m.end)
            continue
        got = _WHOSE_SPOKES.fullmatch(text, m.start, m.end)
        if got is not None:
            before = text[max(0, m.start - 3) : m.start]
            org = ctx.ending_at(m.start - 2, ORG) if before.endswith(", ") else None
            if org is not None:
                _spokes(ctx, person, got.group("role"), org, org[0].start, m.end)


def _spokes(ctx: _Ctx, person, role: str, org, start: int, end: int) -> None:
    ctx.add("title", person, start, end, value=role, confidence=LIKELY)
    if org[1].id not in _has_employer(ctx, person):
        ctx.add("employer", person, start, end, obj=org[1], confidence=LIKELY)
