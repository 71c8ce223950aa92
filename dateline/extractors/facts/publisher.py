"""The organisation that publishes the article, read from its masthead: who 'our' and 'us' are
in a newsletter's or a bulletin's own voice. Moved out of orgs.py, whose article_org it falls
back on."""

from __future__ import annotations

import re
from typing import Optional

from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.entities.mastheads import institution_word, opening_institution_word
from dateline.extractors.facts.context import _Ctx
from dateline.extractors.facts.orgs import article_org
from dateline.extractors.facts.orgtext import lede_end
from dateline.model import Entity, Mention


def _keyword_last(name: str) -> bool:
    words = name.lower().split()
    # (or a masthead's body: "ST BRIDGET'S PARISH NEWSLETTER", entities/mastheads.py)
    # ("CIRCOLO AMICI DEI PUPI | MEMBERS' NEWSLETTER": a Romance body's word opens its name)
    return len(words) >= 2 and (words[-1].strip("'’.") in lexicon().org_keywords or institution_word(words[-1])
                                or opening_institution_word(words[0]))


# ("Newsletter of the Gull Coulee Curling Club, Gull Coulee, Sask.": a masthead's line saying
# whose publication it is, whatever abbreviation ends it)
_ISSUED_BY = re.compile(r"(?:(?:The|Weekly|Monthly|Quarterly|Annual)\s+)?(?:[Nn]ewsletter|[Bb]ulletin|[Jj]ournal|[Mm]agazine|[Gg]azette|[Rr]eport)\s+of\s+(?:the\s+)?[A-Z]")


_ABBREVIATED = re.compile(r"\b(?:St|ST|Mt|MT|Ft|FT|Co|CO|Ltd|LTD|Inc|INC)\.")


def publisher(ctx: _Ctx) -> Optional[tuple[Mention, Entity]]:
    """The organisation whose name opens the article's first line, a masthead ('Thornbury
    Hospice News | Autumn'): who 'our' is in its own voice ('Alex Mensah, our fundraising
    officer'); else the organisation the article is about."""
    text, body = ctx.text, ctx.article.body_start
    first = body
    # (a masthead may run to a second or third short line: "BRANCH NEWS - June" over the
    # union's name)
    for _ in range(3):
        while first < len(text) and text[first].isspace():  # (what lstrip skips, with no copy of the body)
            first += 1
        line_end = text.find("\n", first)
        line = text[first : line_end if line_end >= 0 else len(text)]
        # (a name's abbreviation is no sentence's end: "ST. CRISPIN'S ANGLICAN CHURCH")
        if not line or (re.search(r"[.!?—]", _ABBREVIATED.sub("", line)) and not _ISSUED_BY.match(line)):
            break  # a sentence or a dateline ("KILMORE, Co Down — ..."), no masthead
        for m, e in ctx.mentions:
            if m.start >= (line_end if line_end >= 0 else len(text)):
                break
            # (not a dateline's place in capitals: "APPOINTMENTS | PIRAEUS"; a body's name in
            # capitals ends on its keyword: "ST AIDAN'S PRIMARY SCHOOL - SUMMER NEWSLETTER")
            if m.start >= first and e.type == "ORG" and m.kind == "name" and (not m.text.isupper() or _keyword_last(m.text)):
                return m, e
        if line_end < 0:
            break
        first = line_end + 1
    return article_org(ctx)


def lede_org(ctx: _Ctx) -> Optional[tuple[Mention, Entity]]:
    """The organisation the article is about (``orgs.article_org``) when its first paragraph (the
    lede, or a masthead) names it: an article is about what it opens on, and one that counts
    as the article's subject only by the entity stage's 'the firm' and 'the board', which may
    have gone to another, is unsure ("Hallett Brannock has appointed X ... she spent a decade
    at Skagen Mutual" with 'the firm' given to Skagen Mutual). Added on 2026-12-04 (emp49)."""
    main = article_org(ctx)
    if main is None:
        return None
    body = ctx.article.body_start
    while body < len(ctx.text) and ctx.text[body].isspace():
        body += 1
    end = lede_end(ctx)
    return main if any(e.id == main[1].id and m.kind == "name" and body <= m.start < end for m, e in ctx.mentions) else None
