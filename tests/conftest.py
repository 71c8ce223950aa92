"""Shared fixtures. Model-dependent tests load the spaCy pipeline once per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "article-2020-10.txt"
SEED_GOLD = SHARED / "seed" / "article-2020-10.gold.json"


@pytest.fixture(scope="session")
def nlp():
    from dateline.nlp import load

    return load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED} (../shared is absent on this machine)")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    if not SEED_GOLD.exists():
        pytest.skip(f"seed gold not found at {SEED_GOLD} (../shared is absent on this machine)")
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_extraction(seed_text):
    from dateline.pipeline import extract

    return extract(seed_text, article_id="article-2020-10")


def find(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the n-th occurrence of needle in text (1-based), for gold given as text."""
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return start, start + len(needle)
