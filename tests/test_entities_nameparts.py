"""Surnames that open with a lower-case particle ("Kobus van Wyk", "de la Tour"): one person
whose surname includes the particle, whom a later "Van Wyk" or "Mr van Wyk" means, and whose
titled surname a title of the other gender does not take. Fictional sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.test_entities_general import entities_of


def persons(ents) -> list:
    return [e for e in ents if e.type == "PERSON"]


@pytest.mark.parametrize(
    "text, name, later",
    [
        # a job word before the name, the tagger ending the name before the particle
        ("The cup was first won by its founder, Skipper Jan van Rooyen (1898 - 1961). Van Rooyen sailed alone.",
         "Jan van Rooyen", "Van Rooyen"),
        # two particles, the tagger ending the name among them
        ("Bakery owner Lotte van den Broek, 52, said the oven failed twice. Van den Broek has run it since 1999.",
         "Lotte van den Broek", "Broek"),
        # a title later, written lower-case
        ("The shop belongs to Anneke de Villiers, 44. Ms de Villiers said trade had been slow all winter.",
         "Anneke de Villiers", "Villiers"),
        # a hyphenated given name and two particles
        ("The chef, Jean-Luc de la Tour, opened the bistro in 2011. De la Tour said he would not sell.",
         "Jean-Luc de la Tour", "De la Tour"),
        ("Among the volunteers was Maria da Silva, a retired nurse. Mrs da Silva, 70, said she enjoyed it.",
         "Maria da Silva", "da Silva"),
    ],
)
def test_a_particle_surname_is_one_person(nlp, text, name, later):
    ents = entities_of(nlp, text)
    found = [e for e in persons(ents) if e.name == name]
    assert found, [(e.name, e.type) for e in ents]
    # the later surname is the same person, not somebody new
    assert not [e for e in persons(ents) if e.name != name and later.split()[-1] in e.name], [(e.name, e.type) for e in ents]


def test_a_titled_particle_surname_of_the_other_gender_is_someone_else(nlp):
    text = ("Its director, Willem van der Berg, 58, said the yard would stay open. Mr van der Berg joined in 1990. "
            "His mother, Hester, 83, still lives beside the yard. \"I have seen six owners,\" Mrs van der Berg said.")
    ents = entities_of(nlp, text)
    willem = [e for e in persons(ents) if e.name == "Willem van der Berg"]
    assert willem and willem[0].gender == "male", [(e.name, e.gender) for e in ents]


def test_a_name_is_not_run_on_over_a_capitalised_word_after_a_lower_case_word(nlp):
    ents = entities_of(nlp, "Rosa Lind met Tom ten Hove? No: she met Tom in Paris and they sailed to Le Havre.")
    assert not [e for e in persons(ents) if "Paris" in e.name or "Havre" in e.name], [(e.name, e.type) for e in ents]


@pytest.mark.parametrize(
    "text, name",
    [
        ("The studio's director, Tunde Bakare-Hill, said the film was finished. Bakare-Hill thanked the cast.",
         "Tunde Bakare-Hill"),
        ("The theatre's producer, Sola Adeyemi-Price, said the run was over. Adeyemi-Price thanked the crew.",
         "Sola Adeyemi-Price"),
        ("The club's manager, Femi Olawale-Stone, said the season was over. Olawale-Stone thanked the fans.",
         "Femi Olawale-Stone"),
        ("The gallery's director, Imogen Carter-Blake, said the roof would be mended. Ms. Carter-Blake joined in 2019.",
         "Imogen Carter-Blake"),
    ],
)
def test_a_double_barrelled_name_keeps_a_persons_shape(nlp, text, name):
    # the hyphen is part of the name's shape: the later surname alone is the same person, not
    # an organisation the tagger's label made of it
    ents = entities_of(nlp, text)
    found = [e for e in ents if e.name == name]
    assert found and found[0].type == "PERSON", [(e.name, e.type) for e in ents]
    assert [e.name for e in ents] == [name], [(e.name, e.type) for e in ents]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Marie Louise van der Kolk (1890 – 1961) was born in Leiden. She was the daughter of a printer.",
         "Marie Louise van der Kolk"),
        ("Anna Sofia de la Fuente (1921 – 1999) grew up in Cádiz. She was the daughter of a fisherman.",
         "Anna Sofia de la Fuente"),
        ("Hendrika Johanna ter Horst (1902 – 1988) was raised in Zwolle. She was the daughter of a miller.",
         "Hendrika Johanna ter Horst"),
    ],
)
def test_a_long_particle_name_is_the_subject_its_pronoun_means(nlp, text, name):
    ents = entities_of(nlp, text)
    found = [e for e in persons(ents) if e.name == name]
    assert found and any(m.text == "She" for m in found[0].mentions), [(e.name, [m.text for m in e.mentions]) for e in ents]


def test_a_territory_after_a_title_and_a_family_after_the_are_not_the_person(nlp):
    text = ("Louise Marie du Pont de Rivière (1712 – 1770) was the daughter of Henri du Pont, comte de Rivière, and his wife Claire. "
            "The du Pont de Rivière were a noble family of Anjou.")
    ents = entities_of(nlp, text)
    louise = [e for e in persons(ents) if e.name == "Louise Marie du Pont de Rivière"]
    assert louise, [(e.name, e.type) for e in ents]
    assert all(m.text == "Louise Marie du Pont de Rivière" or m.kind in ("pronoun", "descriptor") for m in louise[0].mentions), \
        [m.text for m in louise[0].mentions]
