"""A successor named by the post's holder: 'Hale's successor is Dee Shaw', 'His successor as
treasurer, Ann Roe, ...'. The successor takes the predecessor's post, the last title read for
the predecessor before the phrase, with the organisation that title was held at, unless the
phrase names the post itself ('as treasurer'). After a pronoun ('Her successor') only a post the
phrase names is taken: the pronoun is too often another woman's, quoted in between."""

from __future__ import annotations

import re

from dateline.extractors.facts.context import LIKELY, ORG, PERSON, _Ctx, _named

_SUCCESSOR = re.compile(r"\b(?P<owner>[Hh]er|[Hh]is|[A-Z][\w'’-]+['’]s?)\s+(?:new\s+)?successor(?:\s+as\s+(?P<post>[a-z][a-z -]{1,40}?))?"
                        r"(?:\s+(?:is|will\s+be|was|has\s+been\s+named\s+as)|\s*,)\s+")
# words that rank one holder among others, not the post a successor takes ("the county's
# longest-serving dispatcher": the successor is a dispatcher)
_RANKING = re.compile(r"^(?:(?:longest|long|first|last|former|current|outgoing|retiring|new|acting|interim|longtime|long-time|only|sole|\w+-serving)\s+)+")


def _rule_successors(ctx: _Ctx) -> None:
    text = ctx.text
    if text.find("successor", ctx.article.body_start) < 0:
        return
    for m in _SUCCESSOR.finditer(text, ctx.article.body_start):
        owner = ctx.covering(m.start("owner"), m.end("owner"), PERSON)
        if owner is None or not _named(owner[1]):
            continue  # (a pronoun the entity stage gave to "a spokeswoman" names no post's holder)
        successor = ctx.starting_at(m.end(), PERSON)
        if successor is None or successor[1] is owner[1] or successor[0].kind not in ("name", "surname"):
            continue
        start, end = m.start(), successor[0].end
        post = " ".join(m.group("post").split()) if m.group("post") else None
        if post:
            ctx.add("title", successor[1], start, end, value=post, confidence=LIKELY)
        held = [f for f in ctx.facts.of("title", owner[1].id) if f.evidence.start < m.start()
                and (post is None or str(f.value).split()[-1:] == post.split()[-1:])]
        if not held:
            continue
        last = max(held, key=lambda f: f.evidence.start)
        if post is None:
            if owner[0].kind == "pronoun":
                continue  # ("Her successor" after another woman quoted: the pronoun is too often hers)
            ctx.add("title", successor[1], start, end, value=_RANKING.sub("", str(last.value)), confidence=LIKELY)
        at = [f for f in ctx.facts.of("employer", owner[1].id) if f.evidence.start <= last.evidence.start < f.evidence.end or
              last.evidence.start <= f.evidence.start < last.evidence.end]
        for f in at[:1]:
            org = next((e for e in ctx.entities if e.id == f.object and e.type in ORG), None)
            if org is not None:
                ctx.add("employer", successor[1], start, end, obj=org, confidence=LIKELY)
