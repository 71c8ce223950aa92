"""Issue 9, the entity-typing rules of the set-9 merge narrowed on development data: a vehicle
noun the parser apposes to a name makes the name no person only when punctuation sets the two
apart ('the van, Dolly'); with none between, the parser has taken a verb's second object for an
apposition ('sold Rangi Parata his first delivery truck') and the name is the buyer. Fictional
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_entities_general import entities_of


def _types(ents, word: str) -> set[str]:
    return {e.type for e in ents if word in e.name}


@pytest.mark.parametrize(
    "text, word",
    [
        ("Botha, whose uncle, Gert Botha, sold Rangi Parata his first delivery truck, said he had never worked anywhere else.",
         "Rangi Parata"),
        ("Fourie, whose father sold Kagiso Mokoena his first bakkie van, said the yard had never closed.", "Kagiso Mokoena"),
        ("Fourie, whose father sold Tendai Moyo his first bakkie van, said the yard had never closed.", "Tendai Moyo"),
        ("Rossouw, whose brother, Hennie Rossouw, sold Rangi Parata her first minibus, said she still drives it.", "Rangi Parata"),
    ],
)
def test_a_vehicle_given_to_a_name_leaves_it_a_person(nlp, text, word):
    ents = entities_of(nlp, text)
    assert _types(ents, word) == {"PERSON"}, [(e.name, e.type) for e in ents]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Big Marjorie, the farm's 1971 truck, still hauls the hay bales to market.", "Marjorie"),
        ("The village's bus, Miss Daisy, carried children to school for forty years.", "Daisy"),
        ("Tendai Moyo, his first van, broke down in 1981.", "Tendai Moyo"),
        ("Every summer the family took the van, Dolly Grey, to the coast at Pentreath.", "Dolly"),
    ],
)
def test_a_vehicle_set_off_by_a_comma_still_names_a_thing(nlp, text, word):
    ents = entities_of(nlp, text)
    assert "PERSON" not in _types(ents, word), [(e.name, e.type) for e in ents]
