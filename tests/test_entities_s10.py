"""Issue 9, set 10's type errors, fixed by construction: a second object of a verb of giving
('sold Ana Ruiz his first van') is no apposition that makes the name a vehicle. Fictional
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_entities_general import entities_of


def _types(ents, word: str) -> set[str]:
    return {e.type for e in ents if word in e.name}


@pytest.mark.parametrize(
    "text, word",
    [
        ("Lund, whose aunt, Ada Lund, gave Priya Raman her first car, said she would stay.", "Priya Raman"),
        ("Amos, whose father, Len Amos, lent Nadia Petrov her first van, said she was grateful.", "Nadia Petrov"),
        ("Hale, whose father, Tom Hale, gave Ravi Menon his first bus, said he was grateful.", "Ravi Menon"),
    ],
)
def test_a_second_object_after_a_name_is_no_apposed_vehicle(nlp, text, word):
    ents = entities_of(nlp, text)
    assert _types(ents, word) == {"PERSON"}, [(e.name, e.type) for e in ents]


@pytest.mark.parametrize(
    "text, word",
    [
        ("The crew still sails Morwenna Grace, the old trawler, out of Newlyn every spring.", "Morwenna"),
        ("They restored Lady Hester, a steam locomotive, in the shed behind the station.", "Hester"),
    ],
)
def test_a_vehicle_set_off_by_a_comma_still_names_a_thing(nlp, text, word):
    ents = entities_of(nlp, text)
    assert "PERSON" not in _types(ents, word), [(e.name, e.type) for e in ents]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Her brother, Graeme Dunlop, 73, farms the neighbouring property, Glen Ochil, with his partner.", "Glen Ochil"),
        ("The family still owns Kilbride Mains, the old estate, and lets the shooting.", "Kilbride"),
        ("Tom Pryce runs the family farm, Cae Mawr, with his son.", "Cae Mawr"),
        ("They sold the ranch, Sandy Hollow, in 2001.", "Sandy Hollow"),
    ],
)
def test_a_name_apposed_to_a_holding_of_land_is_no_person(nlp, text, word):
    ents = entities_of(nlp, text)
    assert "PERSON" not in _types(ents, word), [(e.name, e.type) for e in ents]


@pytest.mark.parametrize(
    "text, word",
    [
        ("The manager of the farm, Ian Reid, said the harvest was good.", "Ian Reid"),
        ("The estate's factor, Morag Bain, said the deer count had fallen.", "Morag Bain"),
    ],
)
def test_a_person_holding_a_post_at_a_farm_stays_a_person(nlp, text, word):
    ents = entities_of(nlp, text)
    assert _types(ents, word) == {"PERSON"}, [(e.name, e.type) for e in ents]
