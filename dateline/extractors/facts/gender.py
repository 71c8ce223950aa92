"""Gender facts, only from words the text links to a person: a noun that states one
('husband', 'spokeswoman'), else the pronouns resolved to a named person."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.facts.context import LIKELY, _Ctx, _named
from dateline.model import Entity, Mention

# A subject or possessive pronoun follows the subject of the discourse; an object pronoun
# ("Tobin said the board had chosen her") is as often the person just spoken of, so it alone
# does not state a gender.
_ANCHOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def _rule_gender(ctx: _Ctx) -> None:
    """One gender fact per person, from a noun that states it ('husband', 'daughter',
    'spokeswoman'); none when the text is contradictory. A person no such noun describes
    takes the gender of the pronouns the entity stage resolved to them (``_pronoun_gender``)."""
    by_entity: dict[str, list[tuple[Entity, str, int, int, float]]] = {}
    for item in ctx.genders:
        by_entity.setdefault(item[0].id, []).append(item)
    for items in by_entity.values():
        if len({g for _, g, *_ in items}) != 1:
            continue
        best = max(items, key=lambda x: (x[4], -x[2]))
        entity, gender, start, end, conf = best
        ctx.add("gender", entity, start, end, value=gender, confidence=conf)
    for entity in ctx.entities:
        if entity.id in by_entity or entity.type != "PERSON" or not _named(entity):
            continue
        found = _pronoun_gender(ctx, entity)
        if found is not None:
            gender, m = found
            ctx.add("gender", entity, m.start, m.end, value=gender, confidence=LIKELY)


def _pronoun_gender(ctx: _Ctx, entity: Entity) -> Optional[tuple[str, Mention]]:
    """The gender every gendered pronoun of the entity agrees on, with the first pronoun that
    anchors it (a subject or a possessive); None on any disagreement, since one of the
    pronouns was then resolved to the wrong person and nothing says which."""
    genders = lexicon().pronouns
    pronouns = [m for m in entity.mentions if m.kind == "pronoun" and genders.get(m.text.lower())]
    seen = {genders[m.text.lower()] for m in pronouns}
    if len(seen) != 1 or entity.gender not in seen:
        return None
    for m in pronouns:
        tok = _token_at(ctx, m.start)
        if tok is not None and tok.dep_ in _ANCHOR_DEPS:
            return entity.gender, m
    return None


def _token_at(ctx: _Ctx, start: int) -> Optional[Token]:
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
