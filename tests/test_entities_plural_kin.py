"""A plural kin noun opening a sentence before names ("Brothers Sean and Declan Walsh", "Twins
Kofi and Kwame Mensah") is no part of the first name, and the two are siblings. Fictional
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts

D = "date 2024-09-10\n"


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("Brothers Sean and Declan Walsh, 24 and 21, run the fruit stall on Moor Street.", "Sean", "Declan Walsh"),
        ("Twins Kofi and Kwame Mensah, 9, won the three-legged race.", "Kofi", "Kwame Mensah"),
        # (2026-12-05: "their" after the pair shows the shared surname, as for the Joneses of test_facts_couples_more)
        ("Brothers Ravi and Anand Pillai took over the shop from their father in 2011.", "Ravi Pillai", "Anand Pillai"),
    ],
)
def test_a_plural_kin_noun_before_two_names(nlp, text, first, second):
    facts = _facts(nlp, D + text)
    people = {f[1] for f in facts} | {f[2] for f in facts if isinstance(f[2], str)}
    assert not any(p.split()[0] in ("Brothers", "Twins") for p in people), facts
    assert ("sibling", first, second) in facts or ("sibling", second, first) in facts, facts
