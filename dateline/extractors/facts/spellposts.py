"""A post held for a spell, fronted before the name: 'After 21 years as people's warden, Mr.
Eustace Baptiste, 77, ... hands the office today to Ms. Gillian Mohammed'. The fronted post is
the name's (the parse hangs "as" on "years", so no verb of office reads it), and an office
handed on in the same sentence is then the receiver's. In an organisation's own voice (it says
'our' or 'us') the post is held there."""

from __future__ import annotations

import re

from dateline.extractors.facts.context import LIKELY, _Ctx, patterns
from dateline.extractors.facts.employment import _drop_bare_job, _has_employer
from dateline.extractors.facts.lexicon import title_words
from dateline.extractors.facts.ourposts import own_voice
from dateline.extractors.facts.publisher import publisher
from dateline.extractors.facts.roleemployers import post_fits

_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Rev)\.?\s+)?"
_SPELL = re.compile(r"\b[Aa]fter\s+(?:\w+|\d+)\s+(?:years?|decades?|seasons?)\s+as\s+(?:the\s+|its\s+|our\s+)?(?P<post>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}),\s+" + _HONORIFIC)
# "hands the office today to X", "handed over the post to X" (within the same sentence)
_HANDS_ON = re.compile(r"\b(?:hands?|handed|passes|passed)\s+(?:over\s+)?(?:the\s+)?(?:office|post|job|role|reins|baton)\s+(?:over\s+)?(?:\w+\s+)?to\s+" + _HONORIFIC)


# What every match of _SPELL holds (its \d+ is within \w+), led by a literal, which the search
# finds much faster than _SPELL's word boundary and case choice
_SPELL_GATE = re.compile(r"fter\s+\w+\s+(?:years?|decades?|seasons?)\s+as\s")


def _rule_spell_posts(ctx: _Ctx) -> None:
    text = ctx.text
    if _SPELL_GATE.search(text, ctx.article.body_start) is None:
        return  # (found from its literal "fter" in most articles: _SPELL's opening was tried at every character)
    titles = title_words()
    for m in _SPELL.finditer(text, ctx.article.body_start):
        post = " ".join(m.group("post").split())
        if post not in titles and post.split()[-1] not in titles:
            continue
        holder = ctx.starting_at(m.end())
        if holder is None or holder[0].kind != "name":
            continue
        people = [(holder, m.start())]
        span = ctx.doc.char_span(holder[0].start, holder[0].end, alignment_mode="expand")
        end = span.sent.end_char if span is not None else holder[0].end
        handed = _HANDS_ON.search(text, holder[0].end, end)
        receiver = ctx.starting_at(handed.end()) if handed is not None else None
        if handed is not None and receiver is not None and receiver[0].kind == "name" and receiver[1] is not holder[1]:
            people.append((receiver, handed.start()))
        org = publisher(ctx) if own_voice(ctx) and post not in patterns()["posts"]["not_posts"] else None
        for (mention, person), at in people:
            _drop_bare_job(ctx, person, post, at, mention.end)
            if not any(str(f.value).split()[-1:] == post.split()[-1:] for f in ctx.facts.of("title", person.id)):
                ctx.add("title", person, min(at, mention.start), max(at, mention.end), value=post, confidence=LIKELY)
            if org is not None and post_fits(post, org[1]) and org[1].id not in _has_employer(ctx, person):
                ctx.add("employer", person, min(at, mention.start), max(at, mention.end), obj=org[1], confidence=LIKELY)
