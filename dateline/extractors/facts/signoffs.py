"""Titles in a signature: a name closing a paragraph, or standing on a line of its own, with the
post after a comma ('... before Christmas. — Hannah Price, Chief Executive'). The post is
capitalised there as a heading's words are, so the sentence rules, which read lowercase posts
in running text, pass it by. Also a post in brackets after a name, as minutes list those present
('Present: Ann Roe (Chair), Tom Hale (Treasurer), Kit Abel (minute secretary)')."""

from __future__ import annotations

import re

from dateline.extractors.entities.bylines import PRESS_POSTS
from dateline.extractors.entities.mastheads import paper_name
from dateline.extractors.facts.context import LIKELY, ORG, PERSON, SURE, _Ctx
from dateline.extractors.facts.described import _occupation_words
from dateline.extractors.facts.employment import _has_employer
from dateline.extractors.facts.lexicon import title_words
from dateline.extractors.facts.ourposts import own_voice
from dateline.extractors.facts.publisher import publisher
from dateline.extractors.facts.roleemployers import post_fits
from dateline.wordstart import finditer_at, match_starts

# (a byline too: "By Clodagh Rafferty, Marine Correspondent", the paper's own staff)
# (and the body after the post: "Dilani Wickramasinghe, President, Lakeside Old Girls' Union")
_SIGNED = re.compile(r"(?:^(?P<by>By[ \t]+)?|[—–]\s*)(?P<name>[A-Z][^\s,—–]*(?:\s+[A-Z][^\s,—–]*){1,3}),\s+"
                     r"(?P<post>[A-Z][a-z-]+(?:\s+(?:of\s+|and\s+)?[A-Z][a-z-]+){0,3})(?:,[ \t]+(?P<org>[A-Z][^\n,.]{2,80}?))?[ \t]*$", re.M)


# a line of its own, the post in lower case: "Gillian Threlkeld, team leader" under a report
# (a section's name may open it: "Tom Ngata, People editor")
# (after a label, "Media contact: "; before a telephone number or an address for mail)
_SIGNED_LINE = re.compile(r"^(?:[A-Z][a-z]+(?:[ \t][a-z]+)?:[ \t]+)?(?P<name>[A-Z][^\s,—–:]*(?:[ \t]+[A-Z][^\s,—–]*){1,3}),[ \t]+"
                          r"(?P<post>(?:[A-Z][a-z-]+[ \t]+)?[a-z][a-z-]+(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[a-z][a-z-]+){0,3})(?:,[ \t]+(?:[(+\d][\d() +.-]{6,}|\S+@\S+))?[ \t]*$", re.M)


# the text's last two lines, a name over its post: "Giuseppina Lo Cascio\nSecretary" closing a
# letter to the members
_SIGNED_STACKED = re.compile(r"(?:^|\n)(?P<name>[A-Z][^\s,—–:]*(?:[ \t]+[A-Z][^\s,—–]*){1,3})[ \t]*\n"
                             r"(?P<post>[A-Z][a-z-]+(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[A-Za-z][a-z-]+){0,3})[ \t]*\s*$")


def _rule_signoffs(ctx: _Ctx) -> None:
    # (the first where it can start, a line's start or a dash: wordstart.finditer_at)
    text, body = ctx.text, ctx.article.body_start
    signed = [*finditer_at(_SIGNED, text, match_starts(text, ("—", "–")), body), *_SIGNED_LINE.finditer(text, body)]
    stacked = _SIGNED_STACKED.search(text, max(body, len(text) - 120))
    signed += [stacked] if stacked is not None else []
    lined = title_words() | _occupation_words() if any(m.re is _SIGNED_LINE for m in signed) else frozenset()
    for m in signed:
        post = " ".join(m.group("post").lower().split())
        # ("— Leanne Kossatz, Village Manager": a listed title's last word will do; "director of
        # communications": the word before "of")
        head = post.split(" of ")[0]
        jobs = lined if m.re is _SIGNED_LINE else title_words()
        # ("— Sinead Moran, Staff Reporter" under a newspaper's story: the paper's own staff)
        press = post.split()[-1] in PRESS_POSTS and paper_name(ctx.doc) is not None
        if post not in jobs and post.split()[-1] not in jobs and head.split()[-1] not in jobs and not press:
            continue
        hit = ctx.starting_at(m.start("name"), PERSON)
        # (the whole name, a person's: not 'Thornbury Hospice, Autumn')
        if hit is None or hit[0].end != m.end("name") or hit[0].kind != "name":
            continue
        ctx.add("title", hit[1], m.start("name"), m.end("post"), value=post, confidence=SURE)
        named = ctx.starting_at(m.start("org"), ORG, kinds=("name",)) if m.re is _SIGNED and m.group("org") else None
        if named is not None and named[0].end == m.end("org"):
            # (the body the signature names after the post is where it is held)
            if post_fits(post, named[1]) and named[1].id not in _has_employer(ctx, hit[1]):
                ctx.add("employer", hit[1], m.start("name"), m.end("org"), obj=named[1], confidence=LIKELY)
            continue
        if m.re is _SIGNED_LINE or (m.re is _SIGNED and m.group("by")) or press or own_voice(ctx) or m.re is _SIGNED_STACKED:
            # (signing the organisation's own report or release: a post there; with a capitalised
            # post, only where the text speaks as the organisation: "Dale Kowalchuk, President"
            # under a branch newsletter's "Comrades, ..." and not a letter's outside signatory)
            org = publisher(ctx)
            if org is not None and post_fits(post, org[1]) and org[1].id not in _has_employer(ctx, hit[1]):
                ctx.add("employer", hit[1], m.start("name"), m.end("post"), obj=org[1], confidence=LIKELY)


# one to three words in brackets right after a name: a post whose last word is a listed title
_BRACKETED = re.compile(r"[ \t]\((?P<post>[A-Za-z][A-Za-z-]*(?:[ \t]+[A-Za-z][A-Za-z-]*){0,2})\)")


def _rule_bracketed_posts(ctx: _Ctx) -> None:
    titles = title_words()
    for m in _BRACKETED.finditer(ctx.text, ctx.article.body_start):
        post = " ".join(m.group("post").lower().split())
        if post not in titles and post.split()[-1] not in titles:
            continue
        hit = ctx.ending_at(m.start())
        if hit is None:
            continue
        ctx.add("title", hit[1], hit[0].start, m.end(), value=post, confidence=SURE)
