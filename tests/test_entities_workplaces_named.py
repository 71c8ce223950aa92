"""Names around a place of work: a person appointed to a post ("Halden Systems has appointed
Clare Dobbs as finance director") is a person though tagged an organisation; staff before a
workplace are no part of its name ("Nurses at St Ethelburga's Hospital"); a firm after "staff
at" is an organisation though tagged a work's title. Fictional sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_entities_dev2 import _show
from tests.test_entities_general import entities_of
from tests.test_facts_families import _facts, _of

D = "date 2024-09-10\n"


@pytest.mark.parametrize(
    "text, name, org, title",
    [
        ("Halden Systems has appointed Clare Dobbs as finance director.", "Clare Dobbs", "Halden Systems", "finance director"),
        ("Brackley Rovers have appointed Ezra Quaye as head coach.", "Ezra Quaye", "Brackley Rovers", "head coach"),
        ("Corrib Foods hired Nell Amadi as its marketing director last month.", "Nell Amadi", "Corrib Foods", "marketing director"),
    ],
)
def test_a_person_appointed_to_a_post(nlp, text, name, org, title):
    ents = entities_of(nlp, D + text)
    assert any(e.name == name and e.type == "PERSON" for e in ents), _show(ents)
    facts = _facts(nlp, D + text)
    assert org in _of(facts, "employer", name) and title in _of(facts, "title", name), facts


def test_a_firm_appointed_as_auditor_stays_a_firm(nlp):
    facts = _facts(nlp, D + "Halden Systems has appointed Grant Morrow as auditor after a tender.")
    assert _of(facts, "employer", "Grant Morrow") == set(), facts


@pytest.mark.parametrize(
    "text, org",
    [
        ("Nurses at St Ethelburga's Hospital walked out on Monday.", "St Ethelburga's Hospital"),
        ("Staff at Brindle Foods were told of the closure on Friday.", "Brindle Foods"),
        ("Teachers at Ravensworth Academy voted to strike.", "Ravensworth Academy"),
    ],
)
def test_a_workplace_after_its_staff(nlp, text, org):
    ents = entities_of(nlp, D + text)
    assert any(e.name == org and e.type == "ORG" for e in ents), _show(ents)
