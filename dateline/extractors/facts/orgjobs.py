"""A job named with its organisation in front: 'Farhan Qureshi, a former Tata Steel engineer',
'a BBC journalist'. The name right before the job noun, after the article (and 'former' or
'retired'), is where the job is or was held: a title with that employer, not a bare occupation
(by the project's convention, a job held at a named organisation is a title)."""

from __future__ import annotations

import re
from typing import Optional

from dateline.extractors.facts.context import ORG, PERSON, _Ctx
from dateline.model import Entity, Mention

_LEAD = re.compile(r"(?:^|\s)(?:a|an|the)\s+(?:(?:former|retired|ex-|onetime|one-time|veteran)\s+)?$", re.I)


# "Ledger education reporter Wes Kowalski": an organisation opening its sentence, up to two field
# words, the job, then the holder's name (no article: the organisation's own label for its staff)
_FIELD = re.compile(r"\s((?:[a-z][\w-]*\s){0,2})$")


def org_labelled_job(ctx: _Ctx, start: int, end: int) -> Optional[tuple[tuple[Mention, Entity], int]]:
    """The organisation and where the post's words begin, for a job of one word at ``start``
    led by field words and followed by a person's name (extraction's own text offsets)."""
    text = ctx.text
    field = _FIELD.search(text, max(0, start - 30), start)
    if field is None or text[end : end + 1] != " " or ctx.starting_at(end + 1, PERSON) is None:
        return None
    named = ctx.ending_at(field.start(), ORG)
    if named is None or named[1].type != "ORG":
        return None
    before = text[max(0, named[0].start - 3) : named[0].start]
    if named[0].start > 0 and not re.search(r"(?:^|[.!?\n][\"”’)]?\s+|\n)$", before):
        return None  # (only where the name opens its sentence or line)
    return named, field.start(1)


# "a Sentinel staff writer", "a former Champion sports reporter": one field word between the
# name and the job is part of the post
_FIELD_WORD = re.compile(r"\s([a-z]{3,})\s$")
_NOT_FIELD = frozenset({"and", "the", "who", "was", "has", "had", "for", "but", "not", "new", "former", "retired", "with", "from"})


def org_before_job(ctx: _Ctx, start: int) -> Optional[tuple[Mention, Entity, int]]:
    """The organisation named right before the job starting at ``start``, with only an article
    (and a word of time) before it, and where the post's words begin (a field word may lead)."""
    if ctx.text[start - 1 : start] != " ":
        return None
    post = start
    named = ctx.ending_at(start - 1, ORG)
    field = _FIELD_WORD.search(ctx.text, max(0, start - 20), start) if named is None else None
    if field is not None and field.group(1) not in _NOT_FIELD:
        named, post = ctx.ending_at(field.start(), ORG), field.start(1)
    if named is None:
        return None
    before = ctx.text[max(0, named[0].start - 30) : named[0].start]
    comma = re.search(r",\s+$", before)
    # (or right after a person's name and a comma: "Kerry-Ann Phillips, Sentinel sports writer")
    if not _LEAD.search(before) and not (comma and ctx.ending_at(named[0].start - len(comma.group(0)), PERSON)):
        return None
    org = named[1]
    # (not where a trade is plied: "the Sowerby Bridge clockmaker ... at home in Sowerby Bridge",
    # "a Clerkenwell penmaker", a place the tagger took for a body)
    if re.search(r"\b(?:in|near)\s+" + re.escape(org.name) + r"\b", ctx.text):
        return None
    if any(ctx.text[m.start - 4 : m.start] == " of " and ctx.ending_at(m.start - 4, PERSON) is not None for m in org.mentions):
        return None  # ("Susan Meyer of Brodhead ... a Brodhead blacksmith": a hometown, as a survivors' list gives it)
    words = org.name.split()
    if len(words) == 1 and not words[0].isupper() and not words[0].endswith("s") and len(org.mentions) == 1:
        return None
    return named[0], named[1], post
