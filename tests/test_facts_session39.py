"""Constructions found short in the twenty-eighth set on 2026-12-03 (the set read once the
twenty-ninth was frozen) and in probes written that session: crafts named with honorifics, a
company's short form and its legal form at a sentence's end, "has been managing director", an
apposed age beside the next list item's death, "N children were born to the couple: ...", an
English given name before a Cantonese one, "three years older than", counted children after a
preposition, "He and his wife of 58 years, Bev, never had children", a yacht club's commodore,
"founded the lodge", "Our Lady of Mercy Church", a thing's "she", "A different X", and "the
company" after its spokesman spoke. Each is checked on text written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_facts_families import _facts, _of, _run

D = "date 2025-08-10\nHarbour Notes\n\n"


def _entity(nlp, text: str, name: str):
    ex, _names = _run(nlp, text)
    return next((e for e in ex.entities if e.name == name), None)


CRAFTS = [
    # a committee boat apposed, whatever its honorific and "her"
    ("Amy Oduya ran the racing from the committee boat, Mr. Fitz. She had to shorten the course, and Mr. Fitz "
     "lost her anchor.", "Mr. Fitz"),
    # the object of "sailed"
    ("Second place went to Ron Bixby, who sailed Sister Kate with his wife.", "Sister Kate"),
    # a passive of "sail"
    ("Third was Blue Heron, sailed by Will and Joanne Kessler.", "Blue Heron"),
    # a copula with a vehicle's noun (the tagger calls the name an adjective)
    ("The plane is Hazel, a 1956 de Havilland Beaver that the lodge bought in 1974.", "Hazel"),
    # a vehicle's noun apposed, with a modifier
    ("The association's restored jeepney, Lola Bining, broke down on Main Street; she was pushed the last block.",
     "Lola Bining"),
]


@pytest.mark.parametrize(("body", "name"), CRAFTS, ids=["committee-boat", "sailed", "sailed-by", "plane-is", "jeepney"])
def test_a_craft_is_no_person_and_has_no_gender(nlp, body, name):
    craft = _entity(nlp, D + body + "\n", name)
    assert craft is not None and craft.type != "PERSON" and craft.gender is None, craft


def test_a_relative_named_with_a_vessel_word_stays_a_person(nlp):
    # "cutter" is also a boat; a husband apposed to one is still a man, and "lifeboat" before a
    # job the tagger took for a verb makes no lifeboat of her
    text = D + ("Her husband, Linton Whyte, a retired cane cutter, is 91. Morwenna Tregarthen, 61, is now a "
                "lifeboat coxswain at Porthcarrow.\n")
    for name in ("Linton Whyte", "Morwenna Tregarthen"):
        person = _entity(nlp, text, name)
        assert person is not None and person.type == "PERSON", name


def test_an_ordinal_opening_a_sentence_is_no_person(nlp):
    ex, names = _run(nlp, D + "Third was Blue Heron, sailed by the Kesslers. Fourth was Gull, a dinghy.\n")
    assert not {"Third", "Fourth"} & set(names.values())


def test_a_firm_called_brothers_and_its_staff(nlp):
    text = D + ("Harlow Brothers celebrated its centenary on Saturday. Bethan Price, 55, is its finance director.\n")
    firm = _entity(nlp, text, "Harlow Brothers")
    assert firm is not None and firm.type == "ORG"
    assert _of(_facts(nlp, text), "employer", "Bethan Price") == {"Harlow Brothers"}


def test_a_legal_form_with_the_sentences_full_stop_is_one_company(nlp):
    text = D + ("Ben Roe joined Orvin Steel Ltd in 2015. Tomas Kell is chief executive of Orvin Steel Ltd.\n")
    ex, names = _run(nlp, text)
    assert sum(1 for e in ex.entities if e.name.startswith("Orvin Steel")) == 1


def test_a_companys_short_form_is_the_company(nlp):
    text = D + ("Winnie Leung sued Tak Shing Soy Sauce Factory Limited on Monday.\n\n"
                "A spokeswoman for Tak Shing declined to comment.\n")
    ex, names = _run(nlp, text)
    firm = next(e for e in ex.entities if e.name.startswith("Tak Shing"))
    assert firm.type == "ORG" and sum(1 for e in ex.entities if e.name.startswith("Tak Shing")) == 1
    spokeswoman = [e for e in ex.entities if "spokeswoman" in e.name]
    assert spokeswoman and any(f.relation == "employer" and f.subject == spokeswoman[0].id and f.object == firm.id
                               for f in ex.facts)


def test_the_founder_of_an_eponymous_firm_stays_a_person(nlp):
    text = D + "Harold Finch Ltd was founded by Harold Finch in 1950. The firm now employs 40 people.\n"
    person = _entity(nlp, text, "Harold Finch")
    assert person is not None and person.type == "PERSON"


def test_managing_director_read_as_a_verb_is_a_post(nlp):
    facts = _facts(nlp, D + "Tomas Kell, who has been managing director of Orvin Steel since 1989, is 70. "
                            "Ben Roe has been managing editor since 2002.\n")
    assert "managing director" in _of(facts, "title", "Tomas Kell")
    assert _of(facts, "employer", "Tomas Kell") == {"Orvin Steel"}
    assert "managing editor" in _of(facts, "title", "Ben Roe")


def test_an_apposed_age_is_not_dated_by_the_next_list_items_death(nlp):
    text = "date 2024-07\nThe Lake Weekly\n\nWalter and Ingrid Sorensen had three sons. They raised three sons: Erik, 63; " \
           "Lars, who drowned off the dock in 1981 at 19; and Nils, 58.\n"
    ex, names = _run(nlp, text)
    erik = next(f for f in ex.facts if f.relation == "age" and names.get(f.subject) == "Erik")
    assert erik.value == 63 and erik.as_of == "2024-07" and erik.born_between[0].startswith("1960")


def test_children_born_to_the_couple_listed_after_a_colon(nlp):
    facts = _facts(nlp, D + "Tom Kell married Ann Rowe in 1955. Four children were born to the couple: Winnie; "
                            "Lily, who died in 1999, aged 35; Ray; and Pat.\n")
    for parent in ("Tom Kell", "Ann Rowe"):
        assert _of(facts, "number_of_children", parent) == {4}
        assert _of(facts, "child", parent) == {"Winnie", "Lily", "Ray", "Pat"}


def test_children_born_to_the_couple_counted_otherwise_are_not_listed(nlp):
    # the list names five where the count says four: it holds somebody else too
    facts = _facts(nlp, D + "Tom Kell married Ann Rowe in 1955. Four children were born to the couple: Winnie; "
                            "Lily; Ray; Pat; and their cousin Sean Kell.\n")
    assert _of(facts, "number_of_children", "Tom Kell") == {4}
    assert not _of(facts, "child", "Tom Kell")


def test_an_english_name_before_a_cantonese_one_and_a_difference_of_years(nlp):
    text = D + ("Winnie Leung Wai-man, 64, sued her brothers, Raymond Leung Wai-kin, 61, and Patrick Leung Wai-ho, 58.\n\n"
                "Raymond, who is three years older than Patrick, has two sons, Jason Leung, 33, and Kelvin Leung, 30.\n")
    facts = _facts(nlp, text)
    assert _of(facts, "child", "Raymond Leung Wai-kin") == {"Jason Leung", "Kelvin Leung"}
    assert _of(facts, "age", "Raymond Leung Wai-kin") == {61}
    assert "male" in _of(facts, "gender", "Patrick Leung Wai-ho")


def test_counted_children_after_a_preposition_and_a_colon(nlp):
    facts = _facts(nlp, D + "The sloop was sailed by Greg and Dana Halvorsen with their three children aboard: "
                            "Tess, 17, Owen, 15, and Pippa, 11.\n")
    for parent in ("Greg Halvorsen", "Dana Halvorsen"):
        assert _of(facts, "child", parent) == {"Tess", "Owen", "Pippa"}


def test_a_spouse_named_after_his_wife_of_years_is_no_second_subject(nlp):
    facts = _facts(nlp, D + "Lowell Ames lives in Leeds. He and his wife of 58 years, Bev, never had children.\n")
    assert _of(facts, "number_of_children", "Lowell Ames") == {0}
    assert _of(facts, "number_of_children", "Bev") == {0}


def test_a_yacht_clubs_commodore(nlp):
    facts = _facts(nlp, D + "The Port Ellery Yacht Club held its regatta. Club commodore Janet Ruhl presented the trophies.\n")
    assert _of(facts, "title", "Janet Ruhl") == {"commodore"}
    assert _of(facts, "employer", "Janet Ruhl") == {"Port Ellery Yacht Club"}


def test_founding_a_lodge(nlp):
    facts = _facts(nlp, "date 2024-07\nThe Lake Weekly\n\nPine Point is a fishing camp. Tom Hale founded the lodge in 1980.\n")
    assert _of(facts, "title", "Tom Hale") == {"founder"}


def test_our_lady_of_a_church(nlp):
    text = D + ("The procession left Our Lady of Mercy Church at noon. The Rev. Ramon Esguerra, pastor of Our Lady of "
                "Mercy, blessed the float.\n")
    ex, names = _run(nlp, text)
    church = next(e for e in ex.entities if e.name.startswith("Our Lady of Mercy"))
    assert church.type == "ORG"
    assert any(f.relation == "employer" and names.get(f.subject) == "Ramon Esguerra" and f.object == church.id for f in ex.facts)


def test_a_things_she_is_no_mans(nlp):
    # the twenty-eighth set's furniture profile (development data since the twenty-ninth set was
    # frozen): "... is Miss Maud, a 1961 bandsaw ...; she still cuts every table leg" came after
    # Winston Palmer, of whom the text says no gender
    path = Path(__file__).parent / "heldout" / "furniture-2025-08-17.txt"
    winston = _entity(nlp, path.read_text(encoding="utf-8"), "Winston Palmer")
    assert winston is not None and winston.gender != "female"


def test_she_after_a_platform_is_still_the_speaker(nlp):
    ann = _entity(nlp, D + "Ann Lee wrote on Facebook that she was leaving.\n", "Ann Lee")
    assert ann is not None and ann.gender == "female"


def test_a_different_person_of_the_same_name(nlp):
    text = D + ("Siobhan Kearney, 34, and her husband, Declan Kearney, 36, a paramedic, welcomed twins.\n\n"
                "A different Declan Kearney, a councillor in Mallow, was not related.\n")
    ex, names = _run(nlp, text)
    assert sum(1 for e in ex.entities if e.name == "Declan Kearney") == 2
    husband = next(e for e in ex.entities if e.name == "Declan Kearney")
    assert not any(f.relation == "title" and f.subject == husband.id and f.value == "councillor" for f in ex.facts)


def test_the_company_whose_spokesman_spoke(nlp):
    text = D + ("Declan Kearney, a paramedic with the National Ambulance Service, delivered the twins.\n\n"
                "A spokesman for Brittany Ferries said the crew were proud. The ship's purser, Yann Le Goff, helped with "
                "the delivery. Mr Le Goff, who has worked for the company since 2009, said it was his first.\n")
    assert _of(_facts(nlp, text), "employer", "Yann Le Goff") == {"Brittany Ferries"}


def test_the_company_is_no_chamber_of_commerce(nlp):
    text = D + ("Gerald Ashcombe, who ran Ashcombe Mills for three decades, died on Tuesday aged 81. Mr Ashcombe was a "
                "former chairman of the Westbury Chamber of Commerce.\n\nRobert Ashcombe, who now chairs the company, said "
                "his father had worked until he was 78.\n")
    assert _of(_facts(nlp, text), "employer", "Robert Ashcombe") == {"Ashcombe Mills"}
