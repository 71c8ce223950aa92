"""A couple found again: "the Pybuses" (a surname ending in a hiss takes "es") is the pair named
"Ruth and Geoff Pybus"; "The couple married in June" after "X and Y met at university" is those
two. Fictional sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts, _of

D = "date 2024-09-10\n"


@pytest.mark.parametrize(
    "text, parents, children",
    [
        ("Ruth and Geoff Pybus, both 70, have run the post office since 1985. The Pybuses have two daughters, "
         "Claire and Joanne.", ("Ruth Pybus", "Geoff Pybus"), {"Claire", "Joanne"}),
        ("Dilys and Gareth Jones keep bees near Bala. The Joneses have three sons, Rhys, Aled and Huw.",
         ("Dilys Jones", "Gareth Jones"), {"Rhys", "Aled", "Huw"}),
        ("Mei and Tom Fox opened the cafe in 2010. The Foxes have a daughter, Lily, who runs it now.",
         ("Mei Fox", "Tom Fox"), {"Lily"}),  # (2026-12-05: "a daughter" after the pair shows the shared surname)
    ],
)
def test_a_family_named_in_the_plural(nlp, text, parents, children):
    facts = _facts(nlp, D + text)
    for parent in parents:
        assert children <= _of(facts, "child", parent), facts


@pytest.mark.parametrize(
    "text, a, b",
    [
        ("Sara Lind and Omar Aziz met at university. The couple married in June and live in Malmo.", "Sara Lind", "Omar Aziz"),
        ("Nadia Kerr and Joe Pike met on a ferry in 1990. The pair married two years later.", "Nadia Kerr", "Joe Pike"),
        ("Amit Shah and Leela Rao trained together in Pune. The couple wed in 2015.", "Amit Shah", "Leela Rao"),
    ],
)
def test_the_couple_after_a_pair_named_as_subject(nlp, text, a, b):
    facts = _facts(nlp, D + text)
    assert b in _of(facts, "spouse", a) or a in _of(facts, "spouse", b), facts


def test_the_couple_after_two_rivals_says_nothing_new(nlp):
    facts = _facts(nlp, D + "Sara Lind and Omar Aziz debated the budget. The couple of hours passed quickly.")
    assert not _of(facts, "spouse", "Sara Lind") and not _of(facts, "spouse", "Omar Aziz"), facts
