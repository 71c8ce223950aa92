"""Bare posts of the organisation an article is about: a listed title apposed to a name with no
organisation of its own, 'The Chancellor, Lord Pemberton, will confer the degrees', 'Contact: Jo
Marsh, senior press officer, on 01234 ...', in an article the organisation issues or is mostly
about ('article_org'). A press release names its own officers so, with no possessive; the
organisation is the one the whole text talks about. With no such organisation the post says
no employer and, being no office (person_titles_without_org), no title either. A caption or
signature that names the organisation right after the post ('Dean Morrow, Station Manager,
Kestle Fire and Rescue Service') gives that one, and only then may the post be in capitals.

Only a post apposed to a name counts: 'Jo Marsh, senior press officer,' (a comma, stop or
'on' after it) and 'The Chancellor, Lord Pemberton' (the title opening its phrase). A title a
rule before read there (with its organisation, 'the college's press officer') is left alone."""

from __future__ import annotations

import re
from typing import Optional

from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.facts.clubposts import members_masthead
from dateline.extractors.facts.context import ORG, PERSON, _Ctx, patterns
from dateline.extractors.facts.employment import _drop_bare_job
from dateline.extractors.facts.lexicon import ranked_employs, ranked_title, title_matches
from dateline.extractors.facts.orgs import article_org
from dateline.extractors.facts.roles import _employs
from dateline.model import Entity, Mention

# Words before the title that field or rank it ('senior press officer'), lower-case and no
# article or preposition: 'X, the firm's officer' and 'X, an officer at Y' are read elsewhere.
_FIELD = r"(?:(?!(?:the|a|an|his|her|its|their|our|whose|of|at|for|with|in|on|from|and|to|former|ex|retired|late)\b)[a-z][\w-]*\s+){0,2}"
_AFTER_NAME = re.compile(r",\s+(" + _FIELD + r")$")
# ('Dean Morrow, Station Manager, Kestle Fire and Rescue Service': a caption's post in capitals,
# its organisation right after it)
_AFTER_NAME_CAPS = re.compile(r",\s+((?:[A-Z][\w-]*\s+){0,2})$")
# (or the year it has been held since: "Bongani Zulu, treasurer since 2011, who ...")
_CLOSES = re.compile(r"[ \t]*(?:[,.;:\n]|[ \t]+on\b|[ \t]+said\b|[ \t]+since[ \t]+\d{4}\b|$)")
_OPENS = re.compile(r"(?:^|(?<=[.!?:\"“]\s)|(?<=\n)|(?<=\bby\s)|(?<=\band\s))[Tt]he\s+$")
_NAME_KINDS = ("name", "surname", "firstname", "title")
_OPENS_NEW = re.compile(r"(?:^|(?<=[.!?:\"“]\s)|(?<=\n))[Tt]he\s+(?:new|acting|interim|present|current)\s+(?P<field>(?:[a-z]+\s+)?)$")
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def _rule_issuer_posts(ctx: _Ctx) -> None:
    text, body = ctx.text, ctx.article.body_start
    looked, org = False, None
    no_org_titles = {t.lower() for t in patterns()["person_titles_without_org"]}
    for m in title_matches(text, body, ctx.memo):
        s, e = m.span()
        base = re.sub(r"\s+", " ", m.group(1).lower())
        if base in no_org_titles or text[e : e + 1] in "-’'" or (s > 0 and text[s - 1] in "-"):
            continue
        found = _apposed(ctx, s, e)
        if found is None:
            continue
        (person, ev_start, ev_end), words = found
        named = ctx.starting_at(e + 2, ORG) if text[e : e + 2] == ", " else None
        if named is None and words[:1].isupper():
            continue  # (a post in capitals only with its organisation after it)
        if any(f.relation == "employer" and f.subject == person.id and f.evidence.start < ev_end and ev_start < f.evidence.end
               for f in ctx.facts.values()):
            continue  # (a rule before read this post with its organisation)
        if not looked and named is None:
            # (a club's bulletin that names its club once: the body on its masthead)
            looked, org = True, members_masthead(ctx) or article_org(ctx)
        employer = named or org
        if employer is None:
            continue
        title, _ = ranked_title(text, body, s, base)
        words = words.lower()
        title = " ".join([*words.split(), title]) if words and not title.startswith(words.split()[-1]) else title
        if not _employs(employer[1].name, ranked_employs(title, base)):
            continue
        ev_end = max(ev_end, named[0].end) if named is not None else ev_end
        ctx.add("employer", person, ev_start, ev_end, obj=employer[1], confidence=0.75)
        _drop_bare_job(ctx, person, title, ev_start, ev_end)  # ("Principal X": the post, no second occupation)
        ctx.add("title", person, ev_start, ev_end, value=title, confidence=0.75)


def _apposed(ctx: _Ctx, s: int, e: int) -> Optional[tuple[tuple[Entity, int, int], str]]:
    """The person a title at ``[s, e)`` is apposed to, the evidence's bounds, and the words that
    field the title ('senior press')."""
    text = ctx.text
    pre = text[max(ctx.article.body_start, s - 60) : s]
    after = _AFTER_NAME.search(pre) or _AFTER_NAME_CAPS.search(pre)
    if after is not None and _CLOSES.match(text, e):
        name_end = s - len(pre) + after.start()
        hit = ctx.ending_at(name_end)
        if hit is not None:
            return (hit[1], hit[0].start, e), after.group(1).strip()
    opened = _OPENS.search(pre) or _OPENS_NEW.search(pre)
    if opened is not None and text[e : e + 2] == ", ":
        honorific = _HONORIFIC.match(text, e + 2)
        hit = _person_at(ctx, e + 2) or (_person_at(ctx, honorific.end()) if honorific else None)
        if hit is not None:
            # ("The new unit manager, Ms Sharon Mwangi": a word of the post's field after "new")
            field = opened.group("field").strip() if "field" in opened.groupdict() and opened.group("field") else ""
            start = s - len(pre) + opened.start() if field else (s - 4 if text[s - 4 : s].lower() == "the " else s)
            return (hit[1], start, hit[0].end), field
    if (_SENTENCE_START.search(pre) is not None and text[s : s + 1].isupper() and text[s + 1 : e].islower() and text[e : e + 1] == " "
            and text[s:e].lower() not in lexicon().titles):  # (not a rank or honorific: "Captain Ewan Tregarthen")
        # "Chief executive Sarah Lund said": a post opening its sentence right before a name
        hit = _person_at(ctx, e + 1)
        if hit is not None:
            return (hit[1], s, hit[0].end), ""
    return None


def _person_at(ctx: _Ctx, at: int) -> Optional[tuple[Mention, Entity]]:
    """The longest name or titled-name mention of a person starting at ``at`` ('Lord Pemberton')."""
    best = None
    for m, ent in ctx.mentions_from(at):
        if m.start > at:
            break
        if m.start == at and ent.type in PERSON and m.kind in _NAME_KINDS and (best is None or m.end > best[0].end):
            best = (m, ent)
    return best
