"""Offices of the body a newsletter speaks for, named by its kind or not at all:

- 'Club president Darlene Fehr', 'Friends chair Alan Metcalfe': a capitalised word for the body
  ('Club', the last word of its name, or 'Friends', the first) before a post and a name is that
  body, the one whose masthead the text stands under, else the one organisation so named;
- 'President Nomsa Mthembu', 'Past president Hennie Botha', 'Bongani Zulu, treasurer since
  2011' under a club's or a society's masthead ('Weekly bulletin of the Rotary Club of ...'):
  an office of a members' body held with no other body named is held in the one publishing.

The title itself is read by the post rules; these give the employer. The words are data
(patterns ``club_posts``)."""

from __future__ import annotations

import re
from typing import Optional

from dateline.extractors.facts.context import LIKELY, ORG, _Ctx, patterns
from dateline.extractors.facts.employment import _has_employer
from dateline.extractors.facts.publisher import publisher
from dateline.model import Entity, Mention

# a capitalised word, then at most two lower-case words of a post, right before a name
_BODY_POST = re.compile(r"(?:(?<=^)|(?<=[\s(“\"]))(?P<body>[A-Z][a-z]+)\s+(?P<post>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+$")
# a bare office before a name ("President Nomsa Mthembu", "Past president Hennie Botha")
_OFFICE_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<post>(?:[A-Z][a-z-]+\s+)?[A-Za-z][a-z-]+)\s+$")
# or after it, with the time it is held: "Bongani Zulu, treasurer since 2011"
_OFFICE_AFTER = re.compile(r",\s+(?P<post>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+(?:since|from)\s+\d{4}\b")


def _rule_club_posts(ctx: _Ctx) -> None:
    cfg = patterns()["club_posts"]
    offices = frozenset(cfg["offices"])
    ranks = frozenset(cfg["ranks_too"])  # ("Captain Alf Henley": a rank before a name, no office)
    text, body = ctx.text, ctx.article.body_start
    head = _masthead(ctx)
    members = _members(head)
    for m, person in ctx.mentions:
        if person.type != "PERSON" or m.kind != "name" or m.start < body:
            continue
        before = text[max(body, m.start - 60) : m.start]
        got = _BODY_POST.search(before)
        if got is not None and got.group("post").split()[-1] in offices:
            org = _named_by(ctx, got.group("body"), head)
            if org is not None:
                _employ(ctx, person, org, m.start - len(before) + got.start(), m.end)
                continue
        if members is None:
            continue
        got = _OFFICE_BEFORE.search(before)
        if got is not None and got.group("post").lower() in offices and got.group("post").lower() not in ranks:
            _employ(ctx, person, members, m.start - len(before) + got.start(), m.end)
            continue
        after = _OFFICE_AFTER.match(text, m.end, min(len(text), m.end + 60))
        if after is not None and after.group("post") in offices:
            _employ(ctx, person, members, m.start, after.end("post"))


def members_masthead(ctx: _Ctx) -> Optional[tuple[Mention, Entity]]:
    """The members' body whose masthead the text stands under ('Weekly bulletin of the Rotary
    Club of ...'), else None."""
    return _members(_masthead(ctx))


def _members(head: Optional[tuple[Mention, Entity]]) -> Optional[tuple[Mention, Entity]]:
    kinds = frozenset(patterns()["club_posts"]["bodies"])
    return head if head is not None and kinds & set(head[1].name.lower().split()) else None


def _masthead(ctx: _Ctx) -> Optional[tuple[Mention, Entity]]:
    """The publisher, when its name stands in the masthead's first lines (not the organisation
    the article is merely about)."""
    got = publisher(ctx)
    if got is None:
        return None
    text, body = ctx.text, ctx.article.body_start
    end = body
    for _ in range(3):
        nl = text.find("\n", end + 1)
        while nl >= 0 and nl + 1 < len(text) and text[nl + 1] == "\n":
            nl += 1
        end = len(text) if nl < 0 else nl
    return got if got[0].start < end else None


def _named_by(ctx: _Ctx, word: str, head: Optional[tuple[Mention, Entity]]) -> Optional[tuple[Mention, Entity]]:
    """The body a capitalised word stands for: the masthead's, when its name ends or opens on
    the word; else the one organisation whose name does."""
    low = word.lower()

    def fits(e: Entity) -> bool:
        words = e.name.lower().split()
        return words[-1] == low or (words[0] == low and len(words) > 1)

    if head is not None and fits(head[1]):
        return head
    found = {e.id: (m, e) for m, e in ctx.mentions if e.type in ORG and m.kind == "name" and fits(e)}
    return next(iter(found.values())) if len(found) == 1 else None


def _employ(ctx: _Ctx, person: Entity, org: tuple[Mention, Entity], start: int, end: int) -> None:
    if org[1].id not in _has_employer(ctx, person):
        ctx.add("employer", person, start, end, obj=org[1], confidence=LIKELY)
