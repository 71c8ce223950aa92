"""A lede that describes somebody and a next sentence that names them ("A 52-year-old man has
been charged ... Tom Reed, of Armley, will appear ..."): the description is said of the person
named; a town after a parent's count or after ", of" in a court report is a place. Fictional
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_entities_dev2 import _show
from tests.test_entities_general import entities_of
from tests.test_facts_families import _facts, _of

D = "date 2024-02-14\n"


@pytest.mark.parametrize(
    "text, name, relation, value",
    [
        ("A 52-year-old man has been charged with arson after a fire at a Leeds warehouse. Tom Reed, of "
         "Armley, will appear before magistrates on Friday.", "Tom Reed", "age", 52),
        ("A father-of-three from Hull has walked 500 miles for charity. Darren Cole set off in March and "
         "finished on Sunday.", "Darren Cole", "number_of_children", 3),
        ("A Toowoomba mum-of-six has won a lottery jackpot. Kylie Walsh, 41, said she would share it with "
         "her neighbours.", "Kylie Walsh", "number_of_children", 6),
        ("A 19-year-old woman has been named the county's young farmer of the year. Megan Price runs a flock "
         "of 300 ewes near Bala.", "Megan Price", "age", 19),
    ],
)
def test_the_ledes_description_is_the_next_sentences_person(nlp, text, name, relation, value):
    facts = _facts(nlp, D + text)
    assert value in _of(facts, relation, name), facts


@pytest.mark.parametrize(
    "text, name, gender",
    [
        ("A 52-year-old man has been charged with arson after a fire at a Leeds warehouse. Tom Reed, of "
         "Armley, will appear before magistrates on Friday.", "Tom Reed", "male"),
        ("A 19-year-old woman has been named the county's young farmer of the year. Megan Price runs a flock "
         "of 300 ewes near Bala.", "Megan Price", "female"),
    ],
)
def test_the_ledes_gendered_noun_genders_the_person(nlp, text, name, gender):
    ents = entities_of(nlp, D + text)
    held = [e for e in ents if e.name == name]
    assert held and held[0].gender == gender, _show(ents)


@pytest.mark.parametrize(
    "text, name",
    [
        ("A woman has been seriously injured in a crash on the A61. Inspector Jane Hill said the road would "
         "stay closed until the evening.", "Jane Hill"),
        ("A man has been rescued from the River Aire after his canoe capsized. Sam Okoro, a spokesman for the "
         "fire service, said crews reached him in minutes.", "Sam Okoro"),
        ("A 40-year-old man has been arrested. Police said Carl Dyson, who owns the yard, was not involved.",
         "Carl Dyson"),
    ],
)
def test_an_officer_or_spokesperson_named_next_is_not_the_ledes_person(nlp, text, name):
    ents = entities_of(nlp, D + text)
    held = [e for e in ents if e.name == name]
    assert held and all(m.kind != "descriptor" or m.start > text.index(".") for m in held[0].mentions), _show(ents)
    assert 40 not in _of(_facts(nlp, D + text), "age", name)


@pytest.mark.parametrize(
    "text, place",
    [
        ("Jane Orr, 34, of Hessle, was fined £200 for speeding.", "Hessle"),
        ("Karen Blythe, of Bramley Road, Pudsey, denied the charge.", "Pudsey"),
        ("A mother of two from Hessle has won the county's baking prize.", "Hessle"),
        ("A father-of-three from Hull has walked 500 miles for charity.", "Hull"),
    ],
)
def test_a_residence_or_origin_is_no_person(nlp, text, place):
    ents = entities_of(nlp, D + text)
    assert not [e for e in ents if e.name == place and e.type == "PERSON"], _show(ents)
