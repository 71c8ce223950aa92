"""Synthetic news articles for the scale benchmarks: fictional people, quotes, ages and
relative dates, built from templates with a seeded generator (same text on every run)."""

from __future__ import annotations

import random

FIRST = ["Mara", "Ilse", "Omar", "Lena", "Piet", "Rita", "Ana", "Nadia", "Joel", "Wren", "Tariq", "Elke", "Bruno", "Sanne"]
LAST = ["Voss", "Brandt", "Quist", "Sato", "Olsen", "Vance", "Lima", "Fell", "Okafor", "Halloway", "Marsh", "Dunmore"]
ROLES = ["the harbour master", "a city councillor", "the ferry company's spokeswoman", "a local baker", "the mayor"]
TOPICS = ["the ferry timetable", "the new bridge", "the flood barrier", "the market hall", "the school budget"]
WHEN = ["on Monday", "last week", "two days ago", "next month", "in March", "yesterday", "this spring", "in 2019"]
SAID = ["said", "told reporters", "added", "warned", "explained", "wrote on Twitter"]


def paragraph(rng: random.Random) -> str:
    a, b = f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    topic, when = rng.choice(TOPICS), rng.choice(WHEN)
    forms = [
        f'"We expect {topic} to change {when}," {a}, {rng.choice(ROLES)}, {rng.choice(SAID)}. '
        f'{b} disagreed: "Nothing about {topic} is settled."',
        f"{a}, {rng.randint(24, 80)}, said {when} that {topic} would cost more than planned. "
        f'"It is a {rng.choice(["fair", "bad", "hard"])} deal," {a.split()[1]} said.',
        f"According to {b}, the council discussed {topic} {when}. {a} {rng.choice(SAID)} the vote was close.",
        f'{a} married {b} {when}. "We met at the market," she said of {topic}.',
    ]
    return rng.choice(forms)


def article_text(seed: int, chars: int, *, date: str = "2023-05-16") -> str:
    """A dated article of about ``chars`` characters (whole paragraphs)."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < chars:
        p = paragraph(rng)
        parts.append(p)
        size += len(p) + 2
    return f"date {date}\n\n" + "\n\n".join(parts) + "\n"


def quotes_text(n: int, *, date: str = "2023-05-16") -> str:
    """An article of ``n`` short paragraphs, each one quotation with its speaker."""
    rng = random.Random(n)
    parts = []
    for k in range(n):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        parts.append(f'"The count is {k + 1}," {name} said {rng.choice(WHEN)}.')
    return f"date {date}\n\n" + "\n\n".join(parts) + "\n"


def one_sentence_text(n: int, *, date: str = "2023-05-16") -> str:
    """An article of one sentence holding ``n`` quotations, each after its own cue
    (`A said "…", and B said "…", and …`): thousands of cues in one attribution window."""
    rng = random.Random(n)
    parts = [f'{rng.choice(FIRST)} {rng.choice(LAST)} said "count {k + 1}"' for k in range(n)]
    return f"date {date}\n\n" + ", and ".join(parts) + ".\n"
