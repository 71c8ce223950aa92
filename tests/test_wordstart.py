"""The word-start gate: a gated pattern finds exactly what the pattern finds, and a pattern
whose match may open on a non-word character is left as it is."""

from __future__ import annotations

import random
import re

from dateline.extractors.facts.lexicon import _regexes
from dateline.extractors.quotes.lexicon import lexicon
from dateline.extractors.timenorm.patterns import _SCANNED, RULES
from dateline.wordstart import _GATE, starts_with_word, word_start_gate

_PIECES = [
    "about three days ago", "the past two weeks", "'90s", "’90s", "mid-1990s", "ſix days", "\u212a", "٣ days",
    "İ 3 years", "_5 days", "-3 weeks", "3-day", " 1990s", "March 3, 2021", "at 5 p.m. Friday", "a 34-year-old",
    "chief executive Dana Roe", "the boatbuilder", "(1935 – 1999)", "last  year", "will last two hours", "Q3",
    "\n\n", ",", ".", "  ", "on Twitter", "a press conference", "Facebook's", "fiscal 2019", "early-2000s", "next   month", "x", "3", "Yesterday",
]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) + rng.choice(("", " ", ", ", "-", "\u00a0")) for _ in range(40))


def _found(rx: re.Pattern, text: str, a: int, b: int) -> list:
    return [(m.span(), m.groups()) for m in rx.finditer(text, a, b)]


def test_wordstart_gated_rules_find_what_the_rules_find():
    rng = random.Random(5)
    gated = [(rx, g) for (_n, rx), (_m, g) in zip(RULES, _SCANNED, strict=True) if g is not rx]
    gated += [(rx, word_start_gate(rx)) for rx in _regexes().values()]
    channels = lexicon()["channel_re"]
    assert channels.pattern.startswith(_GATE)
    gated.append((re.compile(channels.pattern[len(_GATE) : -1], channels.flags), channels))
    assert len(gated) > 20
    for _ in range(60):
        text = _text(rng)
        a = rng.randrange(len(text))
        b = rng.randrange(a, len(text) + 1)
        for rx, g in gated:
            assert _found(g, text, 0, len(text)) == _found(rx, text, 0, len(text)), rx.pattern[:60]
            assert _found(g, text, a, b) == _found(rx, text, a, b), rx.pattern[:60]


def test_wordstart_leaves_patterns_that_may_open_on_other_characters():
    decade = re.compile(r"\b(?:the\s+)?(?P<dec>(?:1[5-9]|20)\d0|'(?=\d0))(?P<dd>\d0)?'?s\b", re.I)
    assert not starts_with_word(decade)
    assert word_start_gate(decade) is decade
    assert not starts_with_word(re.compile(r"(?:the\s+)?\s*quarter", re.I))
    assert not starts_with_word(re.compile(r"(?:a|.)b"))
    # a pattern opening on one literal fails as fast without the gate
    single = re.compile(r"\baged\s+\d+", re.I)
    assert starts_with_word(single) and word_start_gate(single) is single
    optional = re.compile(r"\b(?P<ap>(?:about|around)\s+)?(?P<n>\d+|two|three)\s+days\b", re.I)
    gated = word_start_gate(optional)
    assert gated is not optional and gated.groupindex == optional.groupindex
    assert word_start_gate(gated) is gated
