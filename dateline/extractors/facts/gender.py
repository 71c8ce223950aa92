"""Gender facts, only from nouns that state one ('husband', 'spokeswoman')."""

from __future__ import annotations

from dateline.extractors.facts.context import (
    _Ctx,
)
from dateline.model import Entity


def _rule_gender(ctx: _Ctx) -> None:
    """One gender fact per person, only from a noun that states it ('husband', 'daughter',
    'spokeswoman'); none when the text is contradictory. Pronouns are left to the entity
    stage's ``Entity.gender``: a pronoun resolved to the wrong person would make a false fact."""
    by_entity: dict[str, list[tuple[Entity, str, int, int, float]]] = {}
    for item in ctx.genders:
        by_entity.setdefault(item[0].id, []).append(item)
    for items in by_entity.values():
        if len({g for _, g, *_ in items}) != 1:
            continue
        best = max(items, key=lambda x: (x[4], -x[2]))
        entity, gender, start, end, conf = best
        ctx.add("gender", entity, start, end, value=gender, confidence=conf)
