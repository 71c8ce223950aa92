"""Issue 9, the entity-typing rules of the set-9 merge narrowed on development data: a vehicle
noun the parser apposes to a name makes the name no person only when punctuation sets the two
apart ('the van, Dolly'); with none between, the parser has taken a verb's second object for an
apposition ('sold Rangi Parata his first delivery truck') and the name is the buyer. A "which"
clause after a name that ends its clause may stand for the whole clause, so there it types the
name only in the present ('which builds ferries', not 'which surprised nobody'). Fictional
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


@pytest.mark.parametrize(
    "text, word",
    [
        ("In 1990 he bought the farm from Tom Hale, which made him the largest landowner in the valley.", "Tom Hale"),
        ("The prize went to Morwenna Tregear, which surprised nobody at the show.", "Morwenna Tregear"),
        ("The seat was won by Carys Llewellyn, which ended forty years of Labour control.", "Carys Llewellyn"),
        ("He was succeeded by Gareth Rowlands, which pleased the staff.", "Gareth Rowlands"),
        ("She is marrying Idris Pryce, which means she will move to Cardiff.", "Idris Pryce"),
    ],
)
def test_a_which_that_stands_for_the_clause_leaves_the_name_a_person(nlp, text, word):
    ents = entities_of(nlp, text)
    assert _types(ents, word) == {"PERSON"}, [(e.name, e.type) for e in ents]


@pytest.mark.parametrize(
    "text, word",
    [
        ("The contract went to Harlow Penrose, which has built ferries since 1921.", "Harlow Penrose"),
        ("Maple Drennan, which employs 40 people in Kilmory, will close in March.", "Maple Drennan"),
        ("The town lost its bakery, Bethan Rowe, which closed in May.", "Bethan Rowe"),
        ("Corran Sayle, which made sails for a century, was sold last year.", "Corran Sayle"),
    ],
)
def test_a_which_clause_on_a_subject_or_in_the_present_makes_no_person(nlp, text, word):
    ents = entities_of(nlp, text)
    assert "PERSON" not in _types(ents, word), [(e.name, e.type) for e in ents]
