"""A relative's spouse written in parentheses after the relative's name, as family notices and
obituaries list children: "They have five children: Peter (Anna), 58, of Altona; Margaret Wiebe
(Ed), 57, of Winkler". The first name in the parentheses is the spouse's; the age after them is
the relative's, not the spouse's. Not a birth surname between a given name and a surname
("Helena (Penner) Friesen"): there the parentheses are followed by the surname, not by a comma."""

from __future__ import annotations

import re

from dateline.extractors.facts.ages import _age_fact
from dateline.extractors.facts.context import LIKELY, _Ctx

# "(Anna), 58," / "(Ed);" / "(Abe) of Morden": one capitalised word, then the list goes on
# a list of people, not a nickname or a party: a count of them or a list's semicolons near
_LISTED = re.compile(r"\b(?:children|sons|daughters|survived|leaves)\b")
_PARENS = re.compile(r"\s\((?P<sp>[A-Z][a-z'’-]+)\)(?=(?P<after>,\s+(?P<age>\d{1,3})\b|[,;.]|\s+(?:and|of)\b))")


def _rule_spouse_in_parentheses(ctx: _Ctx) -> None:
    text = ctx.text
    for m in _PARENS.finditer(text, ctx.article.body_start):
        relative = ctx.ending_at(m.start())
        spouse = ctx.starting_at(m.start("sp"))
        if relative is None or spouse is None or relative[1] is spouse[1] or spouse[0].end != m.end("sp"):
            continue
        window = text[max(0, m.start() - 200) : m.end() + 60]
        if ";" not in window and not _LISTED.search(window):
            continue
        ctx.add("spouse", relative[1], relative[0].start, m.end("sp") + 1, obj=spouse[1], confidence=LIKELY)
        if m.group("age") is not None and not ctx.facts.has("age", relative[1].id):
            age = int(m.group("age"))
            if age <= 120:
                _age_fact(ctx, relative[1], age, relative[0].start, m.end("age"), LIKELY, (m.start("age"), m.end("age")))
