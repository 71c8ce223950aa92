"""Names as the corpus compares them: normalized forms and the aliases an entity is known by.

Both the store (which indexes aliases as it writes) and the linker (which matches them) use these,
so they live apart from both.
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from pathlib import Path

from dateline.model import Entity

NAME_KINDS = {"name", "surname", "firstname"}


@lru_cache(maxsize=1)
def vocab() -> dict:
    return json.loads((Path(__file__).parent / "patterns" / "corpus.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _dropped_words() -> frozenset[str]:
    return frozenset(vocab()["honorifics"]) | frozenset(vocab()["name_suffixes"])


@lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """Case, accents, punctuation, possessives and honorifics off: 'Dr. José O'Neil's' -> 'jose oneil'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("\u2019", "'")
    if text.endswith("'s"):
        text = text[:-2]
    text = text.replace("'", "")
    words = "".join(c if c.isalnum() else " " for c in text).split()
    drop = _dropped_words()
    while len(words) > 1 and words[0] in drop:
        words.pop(0)
    while len(words) > 1 and words[-1] in drop:
        words.pop()
    return " ".join(words)


def entity_aliases(entity: Entity) -> list[tuple[str, str, bool]]:
    """(norm, text, is_full_name) for every name the article calls this entity by.

    The surname of a full name is added even when the article never uses it alone, so that a later
    article saying only 'Teigen' can find the person."""
    seen: dict[str, tuple[str, bool]] = {}

    def add(text: str) -> None:
        norm = normalize(text)
        if norm and norm not in seen:
            seen[norm] = (text, " " in norm)

    add(entity.name)
    for m in entity.mentions:
        if m.kind in NAME_KINDS:
            add(m.text)
    full = normalize(entity.name)
    # An unnamed person ("Joan Pryce's husband", "spokeswoman for Acme") has no surname.
    if entity.type == "PERSON" and " " in full and any(m.kind in NAME_KINDS for m in entity.mentions):
        surname = full.split()[-1]
        if surname not in seen:
            seen[surname] = (entity.name.split()[-1], False)
    return [(norm, text, is_full) for norm, (text, is_full) in seen.items()]
