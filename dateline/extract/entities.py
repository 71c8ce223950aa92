"""PERSON and ORG mentions clustered into document-level entities."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from dateline.model import Entity, Mention


def entity_at(entities: list[Entity], start: int, end: int) -> Optional[Entity]:
    """The entity with a mention overlapping [start, end): a mention that contains the span
    wins over one that merely overlaps it, and a tighter mention over a looser one."""
    best: Optional[Entity] = None
    best_key: Optional[tuple[int, int]] = None
    for entity in entities:
        for m in entity.mentions:
            if m.start < end and start < m.end or (m.start == m.end == start == end):
                contains = 0 if (m.start <= start and end <= m.end) else 1
                key = (contains, m.end - m.start)
                if best_key is None or key < best_key:
                    best, best_key = entity, key
    return best


def extract_entities(doc: Doc) -> list[Entity]:
    clusters: dict[str, Entity] = {}
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        key = ent.text
        if key not in clusters:
            clusters[key] = Entity(id=f"e{len(clusters) + 1}", name=ent.text, type=ent.label_, mentions=[])
        clusters[key].mentions.append(Mention(start=ent.start_char, end=ent.end_char, text=ent.text))
    return list(clusters.values())
