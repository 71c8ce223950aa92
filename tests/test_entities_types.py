"""Entity types that the context decides on unseen text: places written once after a
preposition of place, a place before a role, a role before a full name, bands written "The
X-s", institutions named in other languages, businesses named after a place or a family, and
a make of thing dated by its year. Fictional sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_entities_general import entities_of


def typed(ents, word: str) -> list[tuple[str, str]]:
    return [(e.name, e.type) for e in ents if word in e.name]


@pytest.mark.parametrize(
    "text, word",
    [
        # a multi-word place after a preposition of place, by its last word or written once
        ("The van was swept off the lane at Morrow Mill, the second rescue there this month.", "Morrow"),
        ("Owen Tarrant died in 1979, aged 31, when his crabber sank off Pellan Head.", "Pellan"),
        ("Their daughter, Isla, 8, was visiting from Nulla Nulla with her grandmother.", "Nulla"),
        # a place written elsewhere as one, before a role that heads a full name
        ("The pair had rowed out from Brisholm at dawn. Brisholm harbour master Keir Lathan said the swell was heavy.", "Brisholm"),
        # a make of thing dated by its year
        ("The depot's oldest van, a 1971 Morland the drivers called Old Bess, will be kept.", "Morland"),
    ],
)
def test_places_and_things_are_no_people(nlp, text, word):
    ents = entities_of(nlp, text)
    assert not [e for e in ents if e.type == "PERSON" and word in e.name], typed(ents, word)


@pytest.mark.parametrize(
    "text, name",
    [
        # an institution word of another language leads the name
        ("Siobhán Ní Laoire joined the staff from Scoil Bhríde in Ardnagh in 2014.", "Scoil Bhríde"),
        ("Dafydd Rhys taught at Ysgol Glan Conwy for twenty years.", "Ysgol Glan Conwy"),
        # a business named after a place or a family, by its last word
        ("Hannah Peel, the founder of Brindle Vale Dairy, said the herd would be sold.", "Brindle Vale Dairy"),
        ("The minibus was lent by Corrigan's Garage, which is run by Seán Corrigan.", "Corrigan's Garage"),
        # a band written with a capital "The" after a group noun
        ("Tobias Wren joined the band from the punk outfit The Larkspurs in 2018.", "The Larkspurs"),
    ],
)
def test_organisations_found_and_typed(nlp, text, name):
    ents = entities_of(nlp, text)
    found = [e for e in ents if e.name == name]
    assert found and found[0].type == "ORG", [(e.name, e.type) for e in ents]


def test_role_before_full_name_is_a_person(nlp):
    text = "The boat had left Dunmarra on Friday. Dunmarra harbour master Colm Whelan said the crew were safe."
    ents = entities_of(nlp, text)
    found = [e for e in ents if e.name == "Colm Whelan"]
    assert found and found[0].type == "PERSON", [(e.name, e.type) for e in ents]
    # the role gives no gender: only a pronoun or kin word would
    assert found[0].gender is None


def test_person_after_place_preposition_stays_a_person_when_named_again(nlp):
    text = ("The award went to Maren Holt at the gala. Maren Holt, 44, has run the shelter since 2009, "
            "and she said it belonged to the volunteers.")
    ents = entities_of(nlp, text)
    assert [e for e in ents if e.type == "PERSON" and e.name == "Maren Holt"], typed(ents, "Holt")


def test_a_title_in_quotation_marks_is_no_band(nlp):
    text = 'Lena Brook read from her novel "The Dunlins" at the library on Friday.'
    ents = entities_of(nlp, text)
    assert not [e for e in ents if e.type == "ORG" and "Dunlins" in e.name], typed(ents, "Dunlins")
