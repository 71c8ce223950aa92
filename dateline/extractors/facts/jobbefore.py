"""A job written with "a" or "an" right before a name set off by a comma: "Isabella married a
shepherd, Robert Crozier, at Ettrick in 1921"; "Mariana is married to a paediatrician, Dr Camila
Duarte, 38"; "the third of five children of a cattle dealer, Thomas Hanlon,". The name is the job's
holder, whatever the entity stage linked the noun to (it links only the person nouns it lists,
and the occupations lexicon holds many more)."""

from __future__ import annotations

import re

from dateline.extractors.facts.context import LIKELY, PERSON, _Ctx, patterns
from dateline.extractors.facts.lexicon import title_words
from dateline.extractors.facts.occupations import _occ_value, occupation_matches
from dateline.extractors.facts.successors import _HONORIFICS

# "a ", "an ", with up to two lower-case words between it and the job ("a retired hill shepherd")
_ARTICLE_BEFORE = re.compile(r"\b[Aa]n?\s+(?:[A-Za-z][\w-]*\s+){0,2}$")
_COMMA_AFTER = re.compile(r",\s+")
# the name closes there: a comma, the clause's end, "and", or a preposition ("at Ettrick")
_NAME_END = re.compile(r"\s*(?:[,.;)]|$)|\s+(?:and|at|in|of|from|who)\b")
# "has a new manager, X", "a new curator, X": a post, the title rules' own
_NEW_BEFORE = re.compile(r"\bnew\s+(?:[a-z][\w-]*\s+)?$")


def _rule_jobs_before_names(ctx: _Ctx) -> None:
    text = ctx.text
    kin = patterns()["kinship"]
    titles = title_words()
    for m in occupation_matches(ctx):
        s, e = m.span(1)
        if _ARTICLE_BEFORE.search(text, max(0, s - 40), s) is None:
            continue
        comma = _COMMA_AFTER.match(text, e)
        if comma is None:
            continue
        hit = ctx.starting_at(_HONORIFICS.match(text, comma.end()).end(), PERSON)  # type: ignore[union-attr]
        if hit is None or hit[0].kind != "name" or _NAME_END.match(text, hit[0].end) is None:
            continue
        value = _occ_value(m.group(1))
        if value in kin or value in titles or _NEW_BEFORE.search(text, max(0, s - 20), s) or any(str(f.value) == value for f in ctx.facts.of("occupation", hit[1].id)):
            continue
        ctx.add("occupation", hit[1], s, hit[0].end, value=value, confidence=LIKELY)
