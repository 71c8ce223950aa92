"""A couple's children introduced one by one ("Rita and Joe Buttigieg ... have three children.
Their elder daughter, Marthese Vella, ...; her husband, Raymond Vella, ... The younger daughter,
Claire, ... Their son, Mark"): a 'their' child noun after one of those children and that child's
spouse goes on with the parents while the paragraph's stated count is not yet reached, not with
the child and the spouse just named. The rule runs before the count rules, so it reads the count
from the paragraph's text."""

from __future__ import annotations

import re
from typing import Optional

from dateline.extractors.facts.context import _Ctx
from dateline.extractors.facts.lexicon import number_value
from dateline.model import Entity

_COUNT = re.compile(r"\b(?:have|had|has)\s+(two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+children\b", re.I)


def counted_parents(ctx: _Ctx, pair: tuple[Entity, Entity], at: int) -> Optional[tuple[Entity, Entity]]:
    """The parents of one of ``pair`` (both noted, neither of the pair), when the paragraph
    before ``at`` counts children ("have three children") before that child is named and names
    fewer of theirs so far; else None."""
    ids = {e.id for e in pair}
    by_id = {e.id: e for e in ctx.entities}
    para = ctx.text.rfind("\n", 0, at) + 1
    for e in pair:
        facts = [f for f in ctx.facts.values() if f.relation == "child" and f.object == e.id and para <= f.evidence.start < at]
        parents = {f.subject for f in facts}
        if len(parents) != 2 or parents & ids:
            continue
        first = min(f.evidence.start for f in facts)
        counts = list(_COUNT.finditer(ctx.text, para, first))
        n = number_value(counts[0].group(1)) if len(counts) == 1 else None
        if n is None:
            continue
        named = {f.object for p in parents for f in ctx.facts.of("child", p)}
        if len(named) < n:
            a, b = sorted(parents)
            return by_id[a], by_id[b]
    return None
