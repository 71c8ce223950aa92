"""Posts said in a relative clause on an organisation: 'the Travelling Circus Federation, of
which Castellano was president from 1994', 'the Glenmoy Community Council, whose convener,
Ann Roe, said ...' (the post is at the organisation the clause hangs on, whatever the post is
called, when it is a listed title or job)."""

from __future__ import annotations

import re
from typing import Optional

from dateline.extractors.facts.context import ORG, PERSON, _Ctx, patterns
from dateline.extractors.facts.orgs import _org_by_head_most, _sentence_start, article_org
from dateline.extractors.facts.posts import _POST, _a_job, _add_post, _post_words
from dateline.extractors.facts.roleemployers import _membership
from dateline.model import Entity, Mention
from dateline.nlp import token_at_char

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


def _rule_whose_posts(ctx: _Ctx) -> None:
    """'Kimani Shuttle, whose proprietor, Grace Kimani, 45, ...', 'the council, whose convener,
    Morven Bain, said': the post a 'whose' clause on an organisation gives the person named in
    apposition to it. (A kin noun there, 'whose late wife, Peigi', is no post: ``_post_words``.)"""
    # (past an honorific the name's mention leaves out: "whose curator, Dr Fiona Kerr")
    rx = re.compile(r",?\s+whose\s+" + _POST + r",\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|Miss|Sir|Dame|Rev)\.?\s+)?$")
    for m, person in ctx.mentions:
        if person.type != "PERSON" or m.kind not in ("name", "surname", "firstname") or m.start < ctx.article.body_start:
            continue
        got = rx.search(ctx.text, max(ctx.article.body_start, m.start - 80), m.start)
        if got is None:
            continue
        org = ctx.ending_at(got.start(), ORG)
        if org is None:
            # "Dobson & Reay, a Sunderland engineering firm whose managing director, X": past the
            # organisation's own apposition
            pre = ctx.text[max(ctx.article.body_start, got.start() - 90) : got.start()]
            apposed = re.search(r",\s+(?:a|an|the)\s+[^,;:()\n]+(?:,\s+[a-z][^,;:()\n]*)?$", pre)
            if apposed is not None:
                org = ctx.ending_at(got.start() - len(pre) + apposed.start(), ORG)
            kind = re.search(r"\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)$", pre)
            if org is None and kind is not None and kind.group(1) in patterns()["employment"]["described_orgs"]:
                # "the Waikato-Tainui iwi trust, whose chief executive, X": the name before the
                # common noun of its kind
                org = ctx.ending_at(got.start() - len(pre) + kind.start(), ORG)
            place = re.search(r"\s+(?:of|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$", pre)
            if org is None and place is not None:
                # "Coppens Bell Foundry of Kempenhout, whose managing director, X": past the town
                org = ctx.ending_at(got.start() - len(pre) + place.start(), ORG)
        post = _post_words(got.group("post"))
        if org is not None and post and _a_job(post):
            _add_post(ctx, person, post, None if _membership(org[1]) else org, org[0].start, m.end, whose=True)


# the post, as few words as end it before a preposition ("as finance director with effect from")
_SHORT_POST = r"(?P<post>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"


def _giver(ctx: _Ctx, verb_at: int) -> Optional[tuple[Mention, Entity]]:
    """The organisation that gives a post by the verb at ``verb_at``: one named right before it
    ('Hallam Trust has appointed'), or the body that votes ('Members of ORG re-elected',
    'Members also elected' after such a phrase, patterns key ``elected_as.givers``)."""
    lex = patterns()["elected_as"]
    sent = _sentence_start(ctx, verb_at)
    pre = ctx.text[sent:verb_at]
    # (past an apposition: "Marrow Freight, the Leith forwarder, has appointed")
    near = re.search(r"(?:['’]s)?(?:,[^,.;]{1,80},)?\s+(?:has\s+|have\s+|had\s+|also\s+|today\s+|yesterday\s+)*$", pre)
    hit = ctx.ending_at(sent + near.start(), ORG) if near is not None else None
    if hit is not None:
        return hit
    givers = "|".join(re.escape(g) for g in lex["givers"])
    of = re.match(rf"\s*(?:{givers})\s+of\s+(?:the\s+)?", pre, re.I)
    if of is not None:
        inside = [(m, e) for m, e in ctx.mentions if e.type in ORG and sent + of.end() <= m.start < verb_at]
        return inside[0] if inside else None
    if re.fullmatch(rf"\s*(?:{givers})(?:\s+(?:also|then|later|have|had|has))*\s*", pre, re.I):
        # "Members also elected X": the organisation whose members the text named last
        last = None
        for m in re.finditer(rf"\b(?:{givers})\s+of\s+(?:the\s+)?", ctx.text[ctx.article.body_start : sent], re.I):
            at = ctx.article.body_start + m.end()
            inside = [(mm, e) for mm, e in ctx.mentions if e.type in ORG and at <= mm.start < at + 60]
            last = inside[0] if inside else last
        return last
    return None


def _rule_elected_as(ctx: _Ctx) -> None:
    """'Members of the Port Aubrey Co-operative re-elected Ann Roe as president', 'ORG has
    appointed X as chief executive': the post, at the organisation that gave it."""
    verbs = "|".join(re.escape(v) for v in patterns()["elected_as"]["verbs"])
    # (past a title before the name: "named Mrs Ada Obi, 47, as ...", "appointed Dr Ngozi Eze")
    honorifics = "|".join(re.escape(t) for t in patterns()["elected_as"]["titles_before"])
    before = re.compile(rf"\b(?:{verbs})\s+(?:(?:{honorifics})\.?\s+)?$")
    # (past an age or a description set off by commas: "X, a former central bank economist, as ...")
    # (and "has named Siti Rahman, 41, head of sustainability": 'as' may go unsaid; "has
    # promoted Dana Voss to general manager": 'to' as 'as')
    after = re.compile(r"(?:,\s+\d{1,3},|,\s+(?:a|an)\s+[a-z][a-z -]{1,50},)?\s+(?P<as>as\s+|to\s+)?(?P<det>its\s+|their\s+|the\s+|a\s+|an\s+)?(?:new\s+)?" + _SHORT_POST
                       # (not "as chief executive of X" or "for X": an organisation of its own)
                       # ("at the annual meeting", not "at X Ltd": see below)
                       # ("as captain for 2025": the term it runs for)
                       + r"(?=\s*[,.;]|\s+(?:at|from|in|until|with\s+effect)\b|\s+for\s+(?:(?:19|20)\d\d|the\s+(?:coming|next|new)\s))")
    for m, person in ctx.mentions:
        if person.type != "PERSON" or m.kind not in ("name", "surname", "firstname") or m.start < ctx.article.body_start:
            continue
        verb = before.search(ctx.text, max(ctx.article.body_start, m.start - 20), m.start)
        got = after.match(ctx.text, m.end, min(len(ctx.text), m.end + 80)) if verb else None
        if verb is None or got is None:
            continue
        at = re.match(r"\s+at\s+(?:the\s+)?", ctx.text[got.end() : got.end() + 12])
        if at is not None and ctx.covering(got.end() + at.end(), got.end() + at.end() + 1, ORG) is not None:
            continue  # "as manager at Hill Farm Ltd": the post is at that one, not the giver
        post = _post_words(got.group("post"))
        if post and got.group("as") is None and (got.group("det") or not _a_job(post.split(" of ")[0])):
            continue  # (without 'as', only a bare listed post, or its head before 'of': "named Ann Roe head of sales")
        org = _giver(ctx, verb.start())
        if org is None and post and got.group("as") and _a_job(post) and not got.group("det"):
            # "At the AGM members elected Ceri Bowen as club president", no body named as the
            # giver: the club by its word ('Club president X' as roles reads it), else the post alone
            word = post.split()[0]
            if " " in post and word in patterns()["employment"]["described_orgs"]:
                org = _org_by_head_most(ctx, word, verb.start()) or (article_org(ctx) if word == "club" else None)
            if org is None:
                _add_post(ctx, person, post, None, verb.start(), got.end("post"))
                continue
        if post and (_a_job(post) or _a_job(post.split(" of ")[0])) and org is not None and not _membership(org[1]):
            start = org[0].start if org[0].start >= _sentence_start(ctx, verb.start()) else verb.start()
            _add_post(ctx, person, post, org, min(start, m.start), got.end("post"))


# "Arden Precision, where she has been chief operating officer since 2019"
_WHERE = re.compile(r",\s+where\s+(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|he|she)\s+(?:is|was|has\s+been|had\s+been|(?:has\s+|had\s+)?(?:works?|worked|served?)\s+as|spent\s+(?:[\w-]+\s+){1,3}as"
                    r"|rose\s+to(?:\s+become)?|became|was\s+promoted\s+to)"
                    r"\s+(?:(?:now|still|also|later|eventually)\s+)?(?:its\s+|the\s+|a\s+|an\s+)?" + _POST + r"(?=\s*[,.;]|\s+(?:since|from|until|for|and|over|in)\b)")


_IN_TOWN = re.compile(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$")
# a year or decade between the organisation and "where": "left Manx Ferries in 1991, where he had been ..."
_IN_YEAR = re.compile(r"\s+(?:in|after|before)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?\d{4}s?$")


def _came_from(ctx: _Ctx, org_start: int) -> Optional[tuple[Mention, Entity]]:
    """The person subject of the verb whose "from", "at" or "with" phrase holds the organisation
    named at ``org_start`` ("X joins from ORG", "X came to us in June from ORG", "X returned after
    twelve years at ORG")."""
    k = token_at_char(ctx.doc, org_start)
    if k is None:
        return None
    tok = ctx.doc[k]
    while tok.dep_ in ("compound", "amod", "det", "nmod") and tok.head.i != tok.i:
        tok = tok.head
    while tok.dep_ == "appos" and tok.head.i < tok.i:
        tok = tok.head  # ("the Szeged meat processor Tisza Hús")
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("from", "at", "with"):
        return None
    verb = tok.head.head
    while verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
        verb = verb.head.head  # ("after twelve years at ORG")
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subj in subjects[:1]:
        hit = ctx.covering(subj.idx, subj.idx + len(subj.text))
        if hit is not None and hit[1].type == "PERSON":
            return hit
    return None


# "a reception at the Kessock Hotel, where the general manager, Ruaridh Grant, had ...": the
# post's holder named right after it
_WHERE_THE = re.compile(r",\s+where\s+(?:the|its)\s+(?P<post>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),\s+")


def _rule_where_posts(ctx: _Ctx) -> None:
    """'joins from Arden Precision, where she has been chief operating officer since 2019': a
    post said in a 'where' clause on an organisation is a post there."""
    for got in _WHERE_THE.finditer(ctx.text, ctx.article.body_start):
        org = ctx.ending_at(got.start(), ORG)
        who = ctx.starting_at(got.end(), PERSON)
        post = _post_words(got.group("post"))
        if org is None or who is None or not post or not _a_job(post) or _membership(org[1]):
            continue
        _add_post(ctx, who[1], post, org, org[0].start, who[0].end)
    for got in _WHERE.finditer(ctx.text, ctx.article.body_start):
        org = ctx.ending_at(got.start(), ORG)
        if org is None and (town := _IN_TOWN.search(ctx.text, max(0, got.start() - 40), got.start())) is not None:
            org = ctx.ending_at(town.start(), ORG)  # ("from Chenab Weaving Company in Faisalabad, where she was ...")
        if org is None and (year := _IN_YEAR.search(ctx.text, max(0, got.start() - 30), got.start())) is not None:
            org = ctx.ending_at(year.start(), ORG)
        who = ctx.covering(got.start("who"), got.end("who"))
        if got.group("who") in ("he", "she"):
            # ("Kekoa Kahale joined Tamarack Ridge from Elk Basin Ski Area, where he was ...": the
            # one who came from the organisation, whatever the pronoun was resolved to)
            came = _came_from(ctx, org[0].start if org is not None else got.start())
            who = came or who
        post = _post_words(got.group("post"))
        # ("where she was head of tanker operations": a head of a field is a post)
        if org is None or who is None or who[1].type != "PERSON" or not post or not (_a_job(post) or _a_job(post.split(" of ")[0])) or _membership(org[1]):
            continue
        _add_post(ctx, who[1], post, org, org[0].start, got.end("post"))
