"""The prefix-tree word alternation matches exactly what the flat longest-first alternation it
replaced matches: same spans, same words, in the same order of preference."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.alternation import word_alternation
from dateline.extractors.facts.context import patterns

WORDS = st.lists(st.text(alphabet="abAB -.", min_size=1, max_size=6), min_size=1, max_size=12)


def flat(words: list[str]) -> re.Pattern[str]:
    items = sorted({w for w in words if w}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w).replace(r"\ ", "[ -]") for w in items) + r")\b", re.I)


def tree(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(" + word_alternation(words) + r")\b", re.I)


def matches(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(1)) for m in rx.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(words=WORDS, text=st.text(alphabet="abAB -.,x", max_size=40))
def test_alternation_tree_matches_the_flat_alternation(words, text):
    if not any(words):
        return
    assert matches(tree(words), text) == matches(flat(words), text)


def test_alternation_tree_matches_on_the_fact_lexicons():
    p = patterns()
    words = [w for key in ("titles", "occupations") for w in p[key]]
    text = " ".join(words) + ". " + " ".join(w.upper().replace(" ", "-") for w in words) + " chief executive officers"
    for key in ("titles", "occupations"):
        assert matches(tree(p[key]), text) == matches(flat(p[key]), text)
        assert matches(tree(p[key]), text)


def test_alternation_prefers_the_longer_word():
    rx = tree(["vice president", "vice", "president", "vice-president of sales"])
    assert [m.group(1) for m in rx.finditer("the Vice-President of sales and the vice president")] == [
        "Vice-President of sales", "vice president"]


def test_alternation_keeps_words_beyond_ascii_flat():
    assert word_alternation(["café owner", "cafe"]) == "(?:café[ -]owner|cafe)"


def test_alternation_space_and_hyphen_branches_keep_the_flat_order():
    # After `a`, a space branch and a hyphen branch both go on over `-`: the order between them
    # decides, and it must be the flat one.
    words = ["a-b.x", "a b.", "a-b"]
    assert matches(tree(words), "a-b.c") == matches(flat(words), "a-b.c") == [((0, 4), "a-b.")]
