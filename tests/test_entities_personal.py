"""People the tagger misses or calls organisations (issue 9): rulers named with an ordinal
numeral, and names spaCy tags ORG that the sentence shows to be people (listed with people,
whose death or funeral). Fictional sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_entities_general import entities_of


def typed(ents) -> list[tuple[str, str]]:
    return [(e.name, e.type) for e in ents]


def _assert_type(nlp, text: str, name: str, kind: str):
    """The entity called ``name`` is of ``kind``; returns it with every entity of the text."""
    ents = entities_of(nlp, text)
    found = [e for e in ents if e.name == name]
    assert found and found[0].type == kind, typed(ents)
    return found[0], ents


@pytest.mark.parametrize(
    "text, name",
    [
        ("The abbey was founded under Pope Linus III, who consecrated it in 1102.", "Linus III"),
        ("Tsar Boris VI was crowned in the spring after a long regency.", "Boris VI"),
        ("Harald Vale II married Ingrid of Sorn in 1301.", "Harald Vale II"),
        ("The treaty was signed by Aldric IV of Corvenna and two envoys.", "Aldric IV"),
    ],
)
def test_ruler_with_numeral_is_one_person(nlp, text, name):
    person, ents = _assert_type(nlp, text, name, "PERSON")
    # the numeral is part of the name: no second entity for a piece of it
    assert not [e for e in ents if e is not person and e.name.split()[-1] == name.split()[-1]], typed(ents)


def test_namesakes_told_apart_by_numeral(nlp):
    text = "King Aldous IV of Corvenna died in 1788, and his son Aldous V took the throne."
    ents = entities_of(nlp, text)
    names = {e.name: e for e in ents}
    assert "Aldous IV" in names and "Aldous V" in names, typed(ents)
    assert names["Aldous IV"] is not names["Aldous V"]
    assert names["Aldous IV"].type == names["Aldous V"].type == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "The plan for World War II memorials went ahead in Phase II of the Corlan Road project.",
        "Patients with Type I diabetes were seen at Ward III of Kestrel General Hospital.",
        "Chapter IV of the report names no one.",
    ],
)
def test_numbered_things_are_no_people(nlp, text):
    ents = entities_of(nlp, text)
    assert not [e for e in ents if e.type == "PERSON"], typed(ents)


@pytest.mark.parametrize(
    "text, name",
    [
        # listed with a person
        ("The regular presenters are Sterling Cross and Rhian Ober.", "Sterling Cross"),
        ("The regular presenters are Rhian Ober and Paxton Hale.", "Paxton Hale"),
        # whose funeral
        ("Hundreds came to the funeral of Sterling Cross in Ashby.", "Sterling Cross"),
    ],
)
def test_org_tagged_name_in_a_person_place_is_a_person(nlp, text, name):
    _assert_type(nlp, text, name, "PERSON")


@pytest.mark.parametrize(
    "text, name",
    [
        # an organisation's own word outweighs a person listed beside it
        ("The land went to Vantage Group's sister company and Rhian Ober.", "Vantage Group"),
        ("The deal was approved by Corlan Holdings's parent, Vantage Group.", "Corlan Holdings"),
        ("Staff from Carrow Mills and Oskar Tamm's office met on Monday.", "Carrow Mills"),
    ],
)
def test_organisations_beside_people_stay_organisations(nlp, text, name):
    _assert_type(nlp, text, name, "ORG")


@pytest.mark.parametrize(
    "text, name",
    [
        # an acronym after "the" that spaCy tags ORG is no place, though a preposition of place
        # comes before it
        ("Tovah Brill was a producer and editor at the KNT in Brackmoor.", "KNT"),
        ("Before that, Ilan Reyes worked as a reporter at the RDX for six years.", "RDX"),
        # a school of music tagged as a building with its article
        ("He taught cello at the Harwood Conservatory for ten years.", "Harwood Conservatory"),
        ("Lena Vos taught at the Santa Brigida Conservatory, conducting its orchestra.", "Santa Brigida Conservatory"),
        ("Mina Sato joined the Kestrel Observatory as a researcher in 2001.", "Kestrel Observatory"),
    ],
)
def test_employers_found(nlp, text, name):
    _assert_type(nlp, text, name, "ORG")


@pytest.mark.parametrize(
    "text",
    [
        "She moved to the UK in 2003 and lived in the US later.",
        "They walked along the Pellow Valley to the old mill.",
        "The ferry docked at the Corlan Pier before dawn.",
    ],
)
def test_places_stay_places(nlp, text):
    ents = entities_of(nlp, text)
    assert not ents, typed(ents)
