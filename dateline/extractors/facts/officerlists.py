"""Officers listed after a colon, a post before each name and semicolons between them, as a
branch newsletter or a club's minutes print an election: 'Elected at the October general
meeting: first vice-president Sharon Beaulieu; second vice-president Ken Marchuk, a retired
grain buyer, ...; treasurer Ms. Priya Anand, an accountant at X.' Each item's post is its own
name's (the parse hangs them on each other and on the verb before the colon, so a post went to
the wrong officer), and, in an organisation's own voice, a post at the publisher."""

from __future__ import annotations

import re

from dateline.extractors.facts.context import LIKELY, _Ctx
from dateline.extractors.facts.employment import _drop_bare_job, _has_employer
from dateline.extractors.facts.lexicon import title_words
from dateline.extractors.facts.ourposts import own_voice
from dateline.extractors.facts.publisher import publisher
from dateline.extractors.facts.roleemployers import post_fits

# a post in lower case (ordinals and "vice-" kept), an optional honorific, then the name
_ITEM = re.compile(r"(?:^|[:;]\s+)(?P<post>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3})\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Rev)\.?\s+)?(?=[A-Z])")


def _rule_officer_lists(ctx: _Ctx) -> None:
    text = ctx.text
    titles = title_words()
    for colon in re.finditer(r":\s+", text[ctx.article.body_start :]):
        start = ctx.article.body_start + colon.start()
        line_end = text.find("\n", start)
        line = text[start : line_end if line_end >= 0 else len(text)]
        if line.count(";") < 1:
            continue
        items = []
        for m in _ITEM.finditer(line):
            post = m.group("post")
            head = post.split()[-1].split("-")[-1]
            if post not in titles and head not in titles:
                continue
            hit = ctx.starting_at(start + m.end())
            if hit is None or hit[0].kind != "name":
                continue
            items.append((post, hit, start + m.start("post")))
        if len(items) < 2:
            continue  # one post before one name is the title rules' to read
        org = publisher(ctx) if own_voice(ctx) else None
        for post, (mention, person), at in items:
            # (a post the parse handed to another officer of the list goes)
            for key, f in list(ctx.facts.items()):
                if f.relation == "title" and f.subject != person.id and str(f.value) == post and f.evidence.start <= at < f.evidence.end:
                    del ctx.facts[key]
            _drop_bare_job(ctx, person, post, at, mention.end)
            if not any(str(f.value).endswith(post.split()[-1]) and len(str(f.value)) >= len(post) for f in ctx.facts.of("title", person.id)):
                for key, f in ctx.facts.items_of("title", person.id):
                    if post.endswith(str(f.value)):
                        del ctx.facts[key]  # ("vice-president" read inside "first vice-president")
                ctx.add("title", person, at, mention.end, value=post, confidence=LIKELY)
            if org is not None and post_fits(post, org[1]) and org[1].id not in _has_employer(ctx, person):
                ctx.add("employer", person, at, mention.end, obj=org[1], confidence=LIKELY)
