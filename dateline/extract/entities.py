"""PERSON and ORG mentions clustered into document-level entities."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.model import Entity, Mention


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
