"""A post among a body's many holders of it: 'Yannick, 24, is one of the workshop's carvers',
'Mateo is one of the resort's 41 patrollers', 'is one of its trustees', 'one of its partners,
Graham Bain'. The plural post after a possessive is the subject's post in the singular, at the
body the possessive names (as a post apposed to a name is, posts.py), or alone where no such body
is named."""

from __future__ import annotations

import re
from typing import Optional

from dateline.extractors.facts.context import _Ctx
from dateline.extractors.facts.occupations import _subject_of, copula_at, unasserted_copula
from dateline.extractors.facts.posts import _OWNER, _a_job, _add_post, _owner, _post_words, _unnamed_org

_ONE_OF = re.compile(r"\b(?:is|was|has\s+been)\s+(?:now\s+|also\s+|still\s+)?one\s+of\s+(?P<owner>\b[Ii]ts|[Oo]ur|[Tt]heir|"
                     + _OWNER + r")\s+(?:\d+\s+)?(?P<post>(?:[a-z-]+\s+){0,2}[a-z-]+s)\b(?=\s*[,.;]|\s+(?:and|since|for|who)\b)")


# "shown by one of its partners, Graham Bain": the post set off before the name it is apposed to
_ONE_OF_APPOSED = re.compile(r"\b[Oo]ne\s+of\s+(?P<owner>\b[Ii]ts|[Tt]heir|" + _OWNER + r")\s+(?P<post>(?:[a-z-]+\s+){0,2}[a-z-]+s),\s+")


_RANKING = frozenset({"new", "old", "former", "current", "longtime", "many", "several", "two", "three", "four", "five", "few"})


def singular(word: str) -> str:
    """The singular of a plural job noun: 'carvers', 'secretaries', 'coaches'."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1]


def _post_of(words: list[str]) -> Optional[str]:
    # (the words before the plural are the post's own, "reservoir keepers", save those that
    # only rank or date it, "the club's longest-serving coaches", "its newest trustees")
    while len(words) > 1 and (words[0].endswith(("est", "-serving", "-time")) or words[0] in _RANKING):
        words = words[1:]
    return _post_words(" ".join(words[:-1] + [singular(words[-1])]))


def _rule_one_of_owned_posts(ctx: _Ctx) -> None:
    if ctx.text.lower().find("one of", ctx.article.body_start) < 0:
        return  # (every match holds the words; most articles have none)
    for m in _ONE_OF_APPOSED.finditer(ctx.text, ctx.article.body_start):
        named = ctx.starting_at(m.end(), kinds=("name",))
        post = _post_of(m.group("post").split())
        if named is None or not post or not _a_job(post):
            continue
        org = _owner(ctx, m.group("owner"), m.start("owner"), m.end("owner"), post)
        if org is not None:
            _add_post(ctx, named[1], post, org, m.start(), named[0].end)
    for m in _ONE_OF.finditer(ctx.text, ctx.article.body_start):
        post = _post_of(m.group("post").split())
        if not post or not _a_job(post):
            continue
        verb = copula_at(ctx, m.start())
        if verb is None or unasserted_copula(verb):
            continue
        people = _subject_of(ctx, verb)
        if len(people) != 1 or people[0].type != "PERSON":
            continue
        org = _owner(ctx, m.group("owner"), m.start("owner"), m.end("owner"), post)
        if org is not None or _unnamed_org(m.group("owner")):
            _add_post(ctx, people[0], post, org, m.start(), m.end())
