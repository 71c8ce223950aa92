"""A worker's noun takes its employer with "with" as well as "at": "a senior planner with Corlow
District Council", "a surveyor with Harrow & Finch"; a noun for no worker does not ("a dispute
with", "a passenger with"). Fictional sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts, _of

D = "date 2024-09-10\n"


@pytest.mark.parametrize(
    "text, person, org, title",
    [
        ("Priya Shah, 34, is a senior planner with Corlow District Council.", "Priya Shah", "Corlow District Council", "senior planner"),
        ("Tomasz Nowak, a surveyor with Harrow & Finch, inspected the roof.", "Tomasz Nowak", "Harrow & Finch", "surveyor"),
        ("The report was written by Grace Adeyemi, an economist with the Lindqvist Institute.", "Grace Adeyemi", "Lindqvist Institute", "economist"),
    ],
)
def test_a_workers_noun_with_an_organisation_is_a_post(nlp, text, person, org, title):
    facts = _facts(nlp, D + text)
    assert any(org in str(o) for o in _of(facts, "employer", person)), facts
    assert title in _of(facts, "title", person), facts


@pytest.mark.parametrize(
    "text, person",
    [
        ("Ola Berg, a passenger with Nordic Air, said the flight was delayed.", "Ola Berg"),
        ("Hal Price, whose dispute with Corlow District Council began in 2019, won his appeal.", "Hal Price"),
    ],
)
def test_no_post_without_a_worker(nlp, text, person):
    assert _of(_facts(nlp, D + text), "employer", person) == set()


@pytest.mark.parametrize(
    "text, firm, person",
    [
        ("Ashgrove & Pike Homes, a Leeds developer, bought the site. Its director, Ian Pike, said work starts soon.",
         "Ashgrove & Pike Homes", "Tomasz Nowak"),
        ("The roof was checked by Tomasz Nowak, a surveyor, for Ashgrove & Pike Homes, a builder in Leeds.",
         "Ashgrove & Pike Homes", "Tomasz Nowak"),
    ],
)
def test_a_trade_apposed_to_a_firm_keeps_it_a_firm(nlp, text, firm, person):
    from tests.test_entities_general import entities_of

    ents = entities_of(nlp, D + text)
    assert all(e.type == "ORG" for e in ents if e.name == firm), [(e.name, e.type) for e in ents]
    assert all(e.type == "PERSON" for e in ents if e.name == person), [(e.name, e.type) for e in ents]
