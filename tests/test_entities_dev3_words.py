"""Words that name no person, found on `tests/gold-dev3`: dog breeds as animal nouns ("a bulldog
called Sergeant Biscuit"), "Tech" closing a college's name ("beat Calumet Tech"), and a
chartering or shipbroking firm ("the broker Vandermeer Chartering"). Fictional sentences
written for these tests; the words are read at extraction only, so the ranker's GAP input
is unchanged."""

from __future__ import annotations

import pytest

from tests.test_entities_dev2 import D, _types
from tests.test_entities_general import entities_of


@pytest.mark.parametrize(
    "text, word",
    [
        ("The brewery's mascot, a bulldog called Admiral Pickles, slept through the speeches.", "Pickles"),
        ("Her rottweiler, Lady Marmalade, has won two county shows, said owner Tess Fane.", "Marmalade"),
        ("Visitors can meet Captain Nibs, a twelve-year-old corgi who lives behind the bar.", "Nibs"),
    ],
)
def test_a_named_dog_of_a_listed_breed_is_no_person(nlp, text, word):
    ents = entities_of(nlp, D + text)
    assert "PERSON" not in _types(ents, word), [(e.name, e.type) for e in ents]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Harlan State beat Ozark Tech 31-17 on Saturday, coach Deb Ruiz said.", "Ozark Tech"),
        ("She played four seasons at Piedmont Tech before turning professional.", "Piedmont Tech"),
        ("Mr Osei joins from the London broker Halvorsen Chartering, where he led the dry-bulk desk.", "Halvorsen Chartering"),
        ("Ruth Amadi spent nine years at Corrigan Shipbroking in Piraeus.", "Corrigan Shipbroking"),
    ],
)
def test_a_college_or_chartering_firm_is_an_organisation(nlp, text, word):
    ents = entities_of(nlp, D + text)
    assert _types(ents, word) and "PERSON" not in _types(ents, word), [(e.name, e.type) for e in ents]


def test_a_person_is_still_a_person_beside_those_words(nlp):
    ents = entities_of(nlp, D + "Deb Ruiz, 44, the Ozark Tech coach, said her dog Biscuit had a bulldog's patience.")
    assert "PERSON" in _types(ents, "Deb Ruiz"), [(e.name, e.type) for e in ents]
