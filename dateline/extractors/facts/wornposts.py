"""A court role or a team post worn bare before a name, as a title is: 'defence lawyer Khumbo
Gondwe', 'Police prosecutor Keron Ramdial', 'Coach Brett Doolan', 'Goalkeeper Nanna Holm'. The
job the earlier rules read there as an occupation is the person's title (no employer unless
another rule reads one). With an article, a possessive or a word of time before it ('the former
goalkeeper Ray Dunmore', 'his lawyer X') the word describes, and stays a job; so do other jobs
written so ('Fiddler Calum Oag', 'pharmacist Ruth Mackie'), which the development gold keeps as
occupations (all jobs were tried on 2026-12-07: 92.25 -> 92.08). Words: patterns key
``titles_worn_before_names``. Run after the post rules, so that a title they read ('Head coach
X': head coach) stands and the occupation beside it goes."""

from __future__ import annotations

import re

from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.facts.context import LIKELY, _Ctx, patterns

# before the job: an article, a possessive or a word of time makes it a description
_DESCRIBED = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Ff]ormer|[Rr]etired|[Ll]ate|[Ee]x|[Tt]his|[Tt]hat)|['’]s)\s+(?:[a-z][\w-]*\s+){0,2}$")


def _rule_worn_titles(ctx: _Ctx) -> None:
    words = set(patterns()["titles_worn_before_names"]["words"])
    body = ctx.article.body_start
    for person in ctx.entities:
        for key, f in ctx.facts.items_of("occupation", person.id):
            job = str(f.value)
            ev = f.evidence
            if job.split()[-1].lower() not in words or not ev.text.lower().startswith(job.lower() + " "):
                continue
            # (the person's own name right after the job, closing the evidence)
            name_at = ev.start + len(job) + 1
            if not any(m.start == name_at and m.end == ev.end and m.kind in ("name", "title") for m in person.mentions):
                continue
            if _DESCRIBED.search(ctx.text, max(body, ev.start - 30), ev.start) is not None:
                continue
            del ctx.facts[key]
            if not any(str(t.value).split()[-1:] == job.split()[-1:] for t in ctx.facts.of("title", person.id)):
                ctx.add("title", person, ev.start, ev.end, value=job, confidence=LIKELY)


# "His mother and manager, X": a post joined to a kin noun under one possessive
_KIN_AND = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’-]*['’]s)\s+(?:late\s+|older\s+|elder\s+|younger\s+)?(?P<kin>[a-z-]+)\s+and\s+(?:[a-z-]+\s+)?$")


# "His trainer, X", "Her lawyer, X": a person's own trainer or counsel, a post held for the owner
_OWNED = re.compile(r"^(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:own\s+)?[a-z]+$")
_OWNED_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:own\s+)?$")
_PERSONAL_POSTS = frozenset({"trainer", "coach", "manager", "lawyer", "agent", "counsel", "caddie", "solicitor", "attorney"})


def _rule_kin_joined_posts(ctx: _Ctx) -> None:
    """'His mother and manager, Paulette McLaughlin', 'Her father and coach, X': the job joined
    to a relative's noun is a post held for that relative, a title as the newer gold writes it
    (tests/heldout/README.md; sets before the thirtieth wrote an occupation); so is a personal
    post a possessive pronoun owns ('His trainer, X', 'Her lawyer, X': nine gold titles to two
    occupations in the development folders)."""
    kin = patterns()["kinship"]
    relatives = lexicon().relative_nouns  # ("Gabisan's uncle and trainer, X": any relative)
    body = ctx.article.body_start
    for person in ctx.entities:
        for key, f in ctx.facts.items_of("occupation", person.id):
            ev = f.evidence
            if not ctx.text.startswith(", ", ev.end):
                continue  # (the cheap test first: most jobs have no name set off after them)
            got = _KIN_AND.search(ctx.text, max(body, ev.start - 40), ev.start)
            owned = _OWNED.match(ev.text) or _OWNED_BEFORE.search(ctx.text, max(body, ev.start - 12), ev.start)
            if not (got is not None and (got.group("kin") in kin or got.group("kin") in relatives)) \
                    and not (owned is not None and str(f.value) in _PERSONAL_POSTS):
                continue
            if not any(m.start == ev.end + 2 and m.kind == "name" for m in person.mentions):
                continue
            del ctx.facts[key]
            if not any(str(t.value) == str(f.value) for t in ctx.facts.of("title", person.id)):
                ctx.add("title", person, ev.start, ev.end, value=str(f.value), confidence=LIKELY)


# posts a pronoun owns that no lexicon reads as a job: a side's captain, a firm's co-founder
_OWNED_TITLES = frozenset({"captain", "co-founder", "cofounder", "apprentice", "co-host", "co-pilot", "deputy"})
_OWNED_DESCRIPTOR = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:own\s+|last\s+|first\s+|new\s+)?(?P<post>[a-z-]+)")


def _rule_owned_titles(ctx: _Ctx) -> None:
    """'Her captain, Bram Hoekstra', 'Her co-founder, Luc Fournier': the post held for the owner,
    a title, where the name is set off right after it."""
    body = ctx.article.body_start
    for person in ctx.entities:
        if person.type != "PERSON":
            continue
        names = {m.start for m in person.mentions if m.kind == "name"}
        for m in person.mentions:
            if m.kind != "descriptor" or m.start < body or m.end + 2 not in names or not ctx.text.startswith(", ", m.end):
                continue
            got = _OWNED_DESCRIPTOR.fullmatch(ctx.text, m.start, m.end)
            if got is not None and got.group("post") in _OWNED_TITLES and not any(str(t.value) == got.group("post") for t in ctx.facts.of("title", person.id)):
                ctx.add("title", person, m.start, m.end, value=got.group("post"), confidence=LIKELY)
