"""A count of children stated of a couple named together with one surname ("Mark and Julie
Fenton have three children") holds for both; two names with two surnames stay apart, as the
seed gold reads them. Fictional sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts

D = "date 2024-09-10\n"


def _counts(facts) -> dict:
    return {f[1]: f[2] for f in facts if f[0] == "number_of_children"}


@pytest.mark.parametrize(
    "text, n",
    [
        ("Mark and Julie Fenton have three children: Sam, 15, Lily, 12, and Ted, 6.", 3),
        ("Tom and Ruth Calloway have two sons, who both work on the farm.", 2),
        ("Since 2001 Amir and Leila Haddad have raised four children in the flat above the shop.", 4),
    ],
)
def test_a_couple_named_together_share_the_count(nlp, text, n):
    counts = _counts(_facts(nlp, D + text))
    assert len(counts) == 2 and set(counts.values()) == {n}, counts


def test_two_names_with_two_surnames_stay_apart(nlp):
    counts = _counts(_facts(nlp, D + "Dana Price and Omar Reyes have two children together."))
    assert counts == {}, counts
