"""Facts about people: relations, attributes and events, each with its evidence."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.model import Article, Entity, Fact, TimeExpr


def extract_facts(doc: Doc, article: Article, entities: list[Entity], times: list[TimeExpr]) -> list[Fact]:
    return []
