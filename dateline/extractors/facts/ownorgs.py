"""An organisation of one's own: 'Martin Keel, who won it with his band Copperhead Lane' (moved out
of posts.py, which had grown past 500 lines)."""

from __future__ import annotations

from dateline.extractors.facts.context import LIKELY, ORG, _Ctx, _named
from dateline.extractors.facts.employment import _has_employer
from dateline.extractors.facts.posts import _posts_rx
from dateline.extractors.facts.subjects import _subjects


def _rule_own_organisations(ctx: _Ctx) -> None:
    """'Martin Keel, who won it with his band Copperhead Lane': an organisation of one's own
    (patterns key posts.own_org_nouns) named right after 'his/her' and the noun employs the
    person 'his/her' stands for."""
    rx = _posts_rx()["own"]
    for m, org in ctx.mentions:
        if org.type not in ORG or m.kind != "name" or m.start < ctx.article.body_start:
            continue
        got = rx.search(ctx.text, max(ctx.article.body_start, m.start - 40), m.start)
        if got is None:
            continue
        # whose it is: the subject of the clause the phrase stands in ('who won it with his
        # band X'), which the parse gives more surely than the pronoun's link
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        verb = span.root if span is not None else None
        for _ in range(4):
            if verb is None or verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                break
            verb = verb.head
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        people = [p for p in _subjects(ctx, verb, couples=False) if p.type == "PERSON" and _named(p)]
        if len(people) != 1 or org.id in _has_employer(ctx, people[0]):
            continue
        ctx.add("employer", people[0], got.start(), m.end, obj=org, confidence=LIKELY)
