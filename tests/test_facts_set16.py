"""Constructions met on the sixteenth held-out set once it became development data (a firm
named where something happens, "her father, X. Mr X", a couple whose husband is also
somebody's son), each checked on sentences written for these tests, not taken from that set."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts, _of

D = "date 2025-11-04\n\n"


@pytest.mark.parametrize(
    "text, woman, father",
    [
        ("A bakery has changed hands, with Orla Fennessy taking the reins at Ballykeel Country Bakery from "
         "her father, Donal Fennessy, who founded it. Mr Fennessy, 71, still bakes on Sundays.", "Orla Fennessy", "Donal Fennessy"),
        ("Sinéad Carrick took over at Drumlane Valley Creamery from her father, Pádraig Carrick, who set it up. "
         "Mr Carrick, 77, will stay on as a director.", "Sinéad Carrick", "Pádraig Carrick"),
    ],
)
def test_a_father_apposed_then_titled_is_the_father(nlp, text, woman, father):
    facts = _facts(nlp, D + text)
    assert father in _of(facts, "parent", woman) or woman in _of(facts, "child", father), facts
    ages = {f[1] for f in facts if f[0] == "age"}
    assert father in ages and woman not in ages, facts


@pytest.mark.parametrize(
    "text, name, where",
    [
        ("Méabh Kinsella is taking the reins at Lisheen Farmhouse Cheese this week.", "Lisheen Farmhouse", True),
        ("Rhys Vaughan spent a decade at Pentre Valley Dairies before he moved north.", "Pentre Valley Dairies", True),
        ("Gareth Pryce smiled at Nia Howell and said nothing.", "Nia Howell", False),
        ("Gareth Pryce took a swipe at Nia Howell in his speech.", "Nia Howell", False),
        ("Gareth Pryce arrived at Nia Howell's house at noon.", "Nia Howell", False),
    ],
)
def test_a_name_after_at_is_where_something_happens_unless_aimed_at(nlp, text, name, where):
    # the typing vote the entity stage gives such a name (context._held_at), asked directly:
    # the small model's tags for names like these differ from one article to the next
    from dateline.extractors.entities.context import _held_at
    from dateline.extractors.entities.lexicon import lexicon

    doc = nlp(text)
    first = text.index(name)
    e = next(t.i for t in doc if t.idx + len(t.text) == first + len(name)) + 1
    assert _held_at(list(doc), e, lexicon()) is where


def test_a_couple_whose_husband_is_also_a_son_is_still_the_pair(nlp):
    text = D + (
        "Pieter Vos, 71, a retired baker, was the first witness in the trial of Kabelo and Naledi Moroka, "
        "who ran the books of the Tshepo Savings Club. His wife, 63, a retired nurse, wept in the gallery.\n\n"
        "Kabelo Moroka, 58, the son of a Brits maize farmer, was the club's treasurer until 2024. Naledi Moroka, "
        "55, kept its register. She sat beside her husband in the dock. The pair, who married in 1990, have two "
        "children: Lerato, 31, and Tumi, 28."
    )
    facts = _facts(nlp, text)
    assert {"Lerato", "Tumi"} <= _of(facts, "child", "Kabelo Moroka"), facts
    assert {"Lerato", "Tumi"} <= _of(facts, "child", "Naledi Moroka"), facts
    assert not _of(facts, "child", "Pieter Vos"), facts
