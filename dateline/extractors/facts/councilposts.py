"""A council's elected posts: 'Mayor Cheryl Wiebe', 'Councillor Brent Wiebe' in an article that
names one council ('Rosetown town council', 'the Town of Rosetown', 'Tindarra Shire Council')
hold their seats on it, an employer the text leaves to the reader. Nothing where the article
names no council, or more than one, or where the post is another place's ('Coruche's mayor',
'the mayor of Wolverton'). Words: patterns key ``council_posts``. Run after the post rules,
so that it reads the titles they found."""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.extractors.entities.placeuses import after_from
from dateline.extractors.facts.context import LIKELY, _Ctx, patterns


@lru_cache(maxsize=1)
def _council_names() -> re.Pattern[str]:
    words = patterns()["council_posts"]
    bodies = "|".join(words["place_bodies"])
    return re.compile(r"\b(?:%s|%s) Council$|^(?:%s) of\b" % (bodies, "|".join(words["council_kinds"]), bodies))


def _rule_council_posts(ctx: _Ctx) -> None:
    posts = set(patterns()["council_posts"]["posts"])
    low = ctx.text.lower()
    if not any(p in low for p in posts):
        return
    names = _council_names()
    # (not one named only as where somebody came from: "comes to the town from the Town of
    # Carbonear" is no council of the town's mayor)
    councils = [e for e in ctx.entities if e.type == "ORG" and names.search(e.name)
                and not all(after_from(ctx.text, m.start) for m in e.mentions if m.kind == "name")]
    if len(councils) != 1:
        return
    council = councils[0]
    own = set(re.findall(r"[A-Z][\w'’-]*", council.name))
    for person in ctx.entities:
        if person.type != "PERSON":
            continue
        held = [f for f in ctx.facts.of("title", person.id) if str(f.value).lower() in posts]
        if not held or any(f.object == council.id for f in ctx.facts.of("employer", person.id)):
            continue
        fact = held[0]
        said = fact.evidence.text
        # ("Coruche's mayor", "the mayor of Wolverton": another place's post)
        places = re.findall(r"\b([A-Z][\w-]*)['’]s\b|\bof\s+([A-Z][\w-]*)", said)
        if any((a or b) not in own for a, b in places):
            continue
        ctx.add("employer", person, fact.evidence.start, fact.evidence.end, obj=council, confidence=LIKELY)
