"""Quotations and reported speech, with speaker, cue, addressee and channel."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.model import Entity, Quote


def extract_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    return []
