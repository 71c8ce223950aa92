"""Posts listed in the plural: 'Its trustees include Ann Roe and Ben Roe' (at the organisation
the possessive names), 'Among the new councillors are Tom and Hazel Brennock' (a job, no
organisation), 'Commissioners Harold Tibbs and Renee Castellano' (a title that needs none),
'firefighters Tom Hennessy and Paddy Ward' (a job)."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from functools import lru_cache, partial

from dateline.extractors.facts.context import LIKELY, _Ctx, patterns
from dateline.extractors.facts.described import _occupation_words
from dateline.extractors.facts.posts import _OWNER, _add_post, _jobs, _owner, _post_words
from dateline.model import Entity, Mention
from dateline.wordstart import word_start_gate


@lru_cache(maxsize=1)
def _plural_regexes() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """'Its trustees include', 'Among the new councillors are': made once, and gated to word
    starts (both open on a choice, which they tried at every character)."""
    verbs = "|".join(patterns()["posts"]["list_verbs"])
    # (inside a plain group: word_start_gate takes a leading "(?P" for inline flags)
    owned = re.compile(r"(?:(?P<owner>\b[Ii]ts|" + _OWNER + r")\s+(?P<post>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*?)s\s+(?:" + verbs + r")\s+)")
    bare = re.compile(r"\b(?:[Aa]mong\s+)?[Tt]he\s+(?:[\w-]+\s+){0,3}?(?P<post>[a-z][\w-]*?)s\s+(?:" + verbs + r")\s+(?=[A-Z])")
    # What any match of each holds, found much faster (no choice tried at every word): where
    # the text has none, the pattern is not run (the owner ends in a possessive mark or is "its").
    # ("its" opens on its letter, the word's start tested behind it: "\b" first made the gate
    # try its opening choice at every character)
    owned_gate = re.compile(r"(?:['\u2019]s?|[Ii](?<![\w][Ii])ts)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*?s\s+(?:" + verbs + r")\s+")
    bare_gate = re.compile(r"s\s+(?:" + verbs + r")\s+(?=[A-Z])")
    # what both gates' matches hold, found fastest (it opens on one letter): most articles have none
    verb_gate = re.compile(r"s\s+(?:" + verbs + r")\s+")
    return word_start_gate(owned), word_start_gate(bare), owned_gate, bare_gate, verb_gate


def _rule_plural_posts(ctx: _Ctx) -> None:
    """'Its trustees include Ann Roe and her cousin, Ben Roe': each person listed holds the
    post (the plural of a listed title or job) at the organisation the possessive names. A name
    inside a description of a listed one ('the son of Cy Roe') is not listed."""
    rx, bare, owned_gate, bare_gate, verb_gate = _plural_regexes()
    jobs = _jobs()
    body = ctx.article.body_start
    listed = verb_gate.search(ctx.text, body) is not None
    for got in rx.finditer(ctx.text, body) if listed and owned_gate.search(ctx.text, body) else ():
        post = _post_words(got.group("post"))
        if not post or post.split()[-1] not in jobs:
            continue
        org = _owner(ctx, got.group("owner"), got.start("owner"), got.end("owner"))
        if org is not None:
            for m, person in _listed(ctx, got.end()):
                _add_post(ctx, person, post, org, got.start(), m.end)
    # "Among the new councillors are Tom and Hazel Brennock": a job, with no organisation
    occupations = _occupation_words()
    for got in bare.finditer(ctx.text, body) if listed and bare_gate.search(ctx.text, body) else ():
        job = got.group("post").lower()
        if job not in occupations or job in patterns()["kinship"]:
            continue
        for m, person in _listed(ctx, got.end()):
            ctx.add("occupation", person, got.start(), m.end, value=job, confidence=LIKELY)
    # "Commissioners Harold Tibbs and Renee Castellano": a capitalised plural of a title that
    # needs no organisation, right before names joined by commas and 'and'
    no_org = {t.lower() for t in patterns()["person_titles_without_org"]}
    for got in _CAPITAL_PLURAL.finditer(ctx.text[ctx.article.body_start :]):
        if got.group(1).lower() not in no_org:
            continue
        for m, person in _joined_names(ctx, ctx.article.body_start + got.end()):
            ctx.add("title", person, ctx.article.body_start + got.start(), m.end, value=got.group(1).lower(), confidence=LIKELY)


# "Two new directors were elected: A, a retired operator, and B": a counted plural post filled,
# then the names after the colon
_FILLED = re.compile(r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d)\s+(?:new\s+)?(?P<post>[a-z][a-z-]+?)s\s+(?:were|have\s+been|had\s+been)"
                     r"\s+(?:elected|appointed|named|co-opted|chosen)(?:\s+to\s+the\s+[a-z]+)?\s*:\s+")


# A word every _FILLED match holds: keep the two together
_FILLED_VERBS = ("elected", "appointed", "named", "co-opted", "chosen")


def _rule_filled_posts(ctx: _Ctx) -> None:
    if ":" not in ctx.text or not any(v in ctx.text for v in _FILLED_VERBS):
        return  # (the pattern's alternatives were tried at every word of an article with none)
    titles = _jobs()
    for got in _FILLED.finditer(ctx.text, ctx.article.body_start):
        post = got.group("post")
        if post not in titles or post in patterns()["kinship"]:
            continue
        for m, person in _listed(ctx, got.end()):
            ctx.add("title", person, got.start(), m.end, value=post, confidence=LIKELY)


# r"\b([A-Z][a-z]+)s (?=[A-Z])" with the word boundary tested after the capital, as "no word
# character before it": a pattern opening on a character class is tried only where one stands
_CAPITAL_PLURAL = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+)s (?=[A-Z])")


def _joined_names(ctx: _Ctx, at: int, people_only: bool = False) -> list[tuple[Mention, Entity]]:
    """The full names from ``at`` on, joined by commas and 'and' ("Harold Tibbs and Renee
    Castellano"); with ``people_only``, persons' only."""
    named: list[tuple[Mention, Entity]] = []
    while (hit := ctx.starting_at(at)) is not None and hit[0].kind == "name" and (not people_only or hit[1].type == "PERSON"):
        named.append(hit)
        joint = re.match(r",? and |, ", ctx.text[hit[0].end : hit[0].end + 6])
        at = hit[0].end + joint.end() if joint else -1
    return named


# "medals went to firefighters Tom Hennessy and Paddy Ward": a lower-case plural job right
# before names joined by commas and 'and' (not after an article or a possessive, "the nurses Ann
# Roe trained": those are other people; the word boundary first, so that the look-behinds are
# tried at word starts only, not at every character)
_PLURAL_JOB = re.compile(r"\b(?<![Tt]he )(?<![Hh]is )(?<![Hh]er )(?<![Tt]heir )(?<!['’]s )([a-z][a-z-]+?)(?:s|es) (?=[A-Z])")
# ("Carvers Pauloosie and Martha Ashevak": capitalised where it opens a sentence or a line; the
# capital is tested first, as in _CAPITAL_PLURAL below, and the opening after the match)
_OPENING_PLURAL_JOB = re.compile(r"([A-Z](?<!\w[A-Z])[a-z-]+?)(?:s|es) (?=[A-Z])")


def _plural_jobs(ctx: _Ctx, pattern: re.Pattern, opening: bool = False) -> Iterator[tuple[re.Match, str]]:
    """Each match of ``pattern`` whose first group is the singular of a listed job, no kin word;
    with ``opening``, only one that opens the text, a line or a sentence."""
    occupations = _occupation_words()
    kin = patterns()["kinship"]
    text = ctx.text
    run = _RUN_CHARS.get(pattern)
    found = pattern.finditer(text, ctx.article.body_start) if run is None else _ending_before_capitals(pattern, text, ctx.article.body_start, run)
    for got in found:
        job = got.group(1).lower() + ("an" if got.groupdict().get("pl") == "en" else "")
        if opening and not (got.start() == 0 or text[got.start() - 1] == "\n" or text[got.start() - 2 : got.start()] in (". ", "! ", "? ")):
            continue
        if job in occupations and job not in kin:
            yield got, job


# The letters each pattern's match is made of before its "s " (a match lies within one run of
# them, which ends at that space)
_RUN_CHARS = {_PLURAL_JOB: frozenset(string.ascii_lowercase + "-"), _OPENING_PLURAL_JOB: frozenset(string.ascii_letters + "-")}
_S_BEFORE_CAPITAL = re.compile(r"s (?=[A-Z])")


def _ending_before_capitals(pattern: re.Pattern, text: str, pos: int, run: frozenset[str]) -> Iterator[re.Match]:
    """``pattern.finditer(text, pos)`` for a pattern each of whose matches is a run of ``run``
    characters ending in "s " before a capital: each such ending found by a literal search, and
    the pattern run over its word only (lookbehinds and word boundaries still see the text
    before it). Tried at every word start, the pattern was most of its rule's time."""
    for hit in _S_BEFORE_CAPITAL.finditer(text, pos):
        a = hit.start()
        while a > pos and text[a - 1] in run:
            a -= 1
        yield from pattern.finditer(text, a, hit.end() + 1)


def _rule_plural_jobs_before_names(ctx: _Ctx) -> None:
    for got, job in [*_plural_jobs(ctx, _PLURAL_JOB), *_plural_jobs(ctx, _OPENING_PLURAL_JOB, opening=True)]:
        named = _joined_names(ctx, got.end(), people_only=True)
        if len(named) < 2:
            continue  # ("plumbers Ann Roe hired": one name may be the verb's subject)
        for m, person in named:
            ctx.add("occupation", person, got.start(), m.end, value=job, confidence=LIKELY)


def _listed(ctx: _Ctx, start: int) -> list[tuple[Mention, Entity]]:
    """The people named in the list that starts at ``start`` and runs to the sentence's end,
    not those inside a description of one ('Ruth Dale, the daughter of Cy Dale')."""
    stop = ctx.text.find(".", start)
    if stop < 0:
        return []
    return [(m, person) for m, person in ctx.mentions
            if start <= m.start <= stop and person.type == "PERSON" and m.kind in ("name", "firstname")
            and not re.search(r"\b(?:of|by|to|with|for)\s+$", ctx.text[start : m.start])]


# "The couple, both pharmacists in Otley, have two sons", "Dev and Priya Sandhu, both
# pharmacists,": a plural job said of the two just named, each of them holding it
_NEAR = 250  # characters: about the sentence before
# ("both fishermen": a plural in "-men" is a job in "-man")
# (", both teachers"; also said of the pair: "Saju and Reju are both masons")
_BOTH_JOBS = re.compile(r"(?:,|\s+(?:are|were))\s+both\s+(?:retired\s+|former\s+)?([a-z][a-z-]+?)(?P<pl>s|es|(?<=m)en)\b(?=[\s,.;])")


def _named_before(at: int, pair: tuple[Entity, Entity]) -> bool:
    return all(any(m.start < at for m in e.mentions) for e in pair)


def _rule_both_jobs(ctx: _Ctx) -> None:
    for got, job in _plural_jobs(ctx, _BOTH_JOBS):
        before = ctx.ending_at(got.start())
        pair = None
        couple = re.search(r"\b(?:[Tt]he couple|[Tt]he pair)$", ctx.text[max(0, got.start() - 12) : got.start()])
        if before is not None and before[1].type == "PERSON" and not couple:
            # two names joined right before: "Dev and Priya Sandhu, both ..."
            # (or a name and a relative apposed: "Una and her husband, Frank, both teachers")
            first = re.search(r"(\S+(?:\s+\S+){0,3})\s+and\s+(?:(?:his|her|their)\s+[a-z-]+,\s+)?$", ctx.text[max(0, before[0].start - 50) : before[0].start])
            other = ctx.ending_at(before[0].start - len(first.group(0)) + len(first.group(1))) if first else None
            pair = (other[1], before[1]) if other is not None and other[1].type == "PERSON" and other[1] is not before[1] else None
        elif couple:
            # ("The couple, both pharmacists": however the entity stage resolved "The couple")
            # (a pair named before it: not "two sons, A and B" the same sentence lists after)
            pair = ctx.pair_before(got.start(), keep=partial(_named_before, got.start()))
            # (only a pair both named close before: a couple from an earlier paragraph is not meant)
            near = {e.id for m, e in ctx.mentions if got.start() - _NEAR <= m.start < got.start()}
            pair = pair if pair is not None and all(p.id in near for p in pair) else None
        if pair is None:
            continue
        for person in pair:
            if not any(f.relation == "occupation" and f.subject == person.id and f.value == job for f in ctx.facts.values()):
                ctx.add("occupation", person, got.start() + 1, got.end(), value=job, confidence=LIKELY)
