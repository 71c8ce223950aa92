"""Posts said in a relative clause on an organisation: 'the Travelling Circus Federation, of
which Castellano was president from 1994' (the post is at the organisation the clause hangs
on, whatever the post is called, when it is a listed title or job)."""

from __future__ import annotations

import re

from dateline.extractors.facts.context import ORG, _Ctx
from dateline.extractors.facts.employment import _membership
from dateline.extractors.facts.posts import _POST, _a_job, _add_post, _post_words

_OF_WHICH = re.compile(r",\s+of\s+which\s+$")


def _rule_of_which_posts(ctx: _Ctx) -> None:
    """'the Travelling Circus Federation, of which Castellano was president from 1994': a post
    said of a person in a relative clause on an organisation is a post there."""
    rx = re.compile(r"\s+(?:is|was|has\s+been|had\s+been)\s+(?:the\s+|its\s+)?" + _POST
                    + r"(?=\s*(?:[,.;]|\s+(?:from|since|until|between|for|in)\b))")
    for m, person in ctx.mentions:
        if person.type != "PERSON" or m.kind not in ("name", "surname", "firstname") or m.start < ctx.article.body_start:
            continue
        which = _OF_WHICH.search(ctx.text[max(0, m.start - 14) : m.start])
        got = rx.match(ctx.text, m.end, min(len(ctx.text), m.end + 80)) if which else None
        if got is None:
            continue
        org = ctx.ending_at(m.start - len(which.group(0)), ORG)  # type: ignore[union-attr]
        post = _post_words(got.group("post"))
        if org is not None and post and _a_job(post) and not _membership(org[1]):
            _add_post(ctx, person, post, org, org[0].start, got.end("post"))
