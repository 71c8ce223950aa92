"""Names the words around them make no person: what one holds a workplace post of, a named work
(a show, a memoir, a film), and a boat whose name opens with an honorific. Fictional sentences
written for these tests, each family in several constructions."""

from __future__ import annotations

import pytest

from tests.test_entities_general import entities_of


def people(ents, word: str) -> list:
    return [e for e in ents if e.type == "PERSON" and word in e.name]


@pytest.mark.parametrize(
    "text, word",
    [
        # apposition to the post holder
        ("Ruth Oduya, finance director of Tern Bright, told the inquiry the money was gone.", "Bright"),
        # a clause: appointed president of ...
        ("Kwame Asante was appointed president of Marden Keel in 2019, and he has run it since.", "Keel"),
        # fronted, with the article
        ("As the managing editor of Holloway Vance, Priya Raman signs off every cover.", "Vance"),
        # the post in the plural subject's apposition
        ("Imran Sood, chief executive of Laurel Mutual, said premiums would rise.", "Mutual"),
    ],
)
def test_what_one_holds_a_post_of_is_no_person(nlp, text, word):
    ents = entities_of(nlp, text)
    assert not people(ents, word), [(e.name, e.type) for e in ents]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Tomas Berg, the coach of Ana Ruiz, said she would play on Friday. Ruiz, 19, has won twice.", "Ruiz"),
        ("She is the daughter of Colm Brennan, a retired farmer.", "Brennan"),
        ("Ruth Oduya, the nurse of Sir Ivo Brandt, said he was unwell.", "Brandt"),
    ],
)
def test_a_post_held_for_a_person_or_a_kin_noun_keeps_the_person(nlp, text, word):
    ents = entities_of(nlp, text)
    assert people(ents, word), [(e.name, e.type) for e in ents]


@pytest.mark.parametrize(
    "text, word",
    [
        # a noun before the name, the parser reading the noun as a verb
        ("Ada Crane and Lewis Holt host the cookery show Kitchen Rivals together.", "Rivals"),
        # apposition after a possessive
        ("Her memoir, Salt Lines, sold 40,000 copies, said Nell Ashby, 52.", "Lines"),
        # the noun with an adjective, the name as its compound
        ("Tom Hale, 40, starred in the short film Marta Greer, which won a prize at Cannes.", "Greer"),
    ],
)
def test_a_named_work_is_no_person(nlp, text, word):
    ents = entities_of(nlp, text)
    assert not people(ents, word), [(e.name, e.type) for e in ents]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Odile Penn took over the family boat, the Miss Lula, after her father retired.", "Lula"),
        ("The trawler Lady Morwenna sank off Carrow Head in 1981, her skipper, Idris Penhale, said.", "Morwenna"),
        ("Crews towed the Lady Agnes, a crabber, into harbour at dawn, said Ewan Doyle, 58.", "Agnes"),
    ],
)
def test_a_boat_named_with_an_honorific_is_no_person(nlp, text, word):
    ents = entities_of(nlp, text)
    named = [e for e in ents if word in e.name]
    assert not people(ents, word) and all(e.gender is None for e in named), [(e.name, e.type, e.gender) for e in ents]


def test_people_beside_the_named_things_keep_their_type(nlp):
    text = (
        "Miss Ada Penn, the ferry's owner, said she was pleased. "
        "Tom Hale, who presents the show, said he was not. "
        "Ruth Oduya, director of Tern Bright, said little."
    )
    ents = entities_of(nlp, text)
    for word in ("Penn", "Hale", "Oduya"):
        assert people(ents, word), word


@pytest.mark.parametrize(
    "text, name, gender",
    [
        # conjoined after another kin noun: the tagger took the name for an organisation
        ("Okafor, 68, runs it with his son Emeka and daughter-in-law Grace; their children help.", "Grace", "female"),
        # at the sentence start, capitalised
        ("Brother-in-law Stavros carried the coffin.", "Stavros", "male"),
        # apposed after a comma, with a possessive
        ("Stella Moss, 80, was cared for by her daughter-in-law, Priya Moss, a nurse.", "Priya Moss", "female"),
    ],
)
def test_an_in_law_noun_before_a_name_makes_a_person_of_its_gender(nlp, text, name, gender):
    ents = entities_of(nlp, text)
    person = [e for e in ents if e.name == name]
    assert person and person[0].type == "PERSON" and person[0].gender == gender, [(e.name, e.type, e.gender) for e in ents]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Teamsters Local 957 spokesman Ray Ochoa said the union would help the drivers.", "Local"),
        ("Fenwick Lodge 33 chairman Tom Hale said the hall would be sold.", "Lodge"),
        ("The march went ahead, Machinists Local 12 treasurer Ann Price said.", "Local"),
        ("Legion Post 41 commander Ed Lyle laid the wreath on Sunday.", "Post"),
    ],
)
def test_a_numbered_branch_before_a_post_is_no_person(nlp, text, word):
    ents = entities_of(nlp, text)
    assert not people(ents, word), [(e.name, e.type) for e in ents]
    # the post holder after it is the person
    assert len([e for e in ents if e.type == "PERSON"]) == 1


def test_a_number_after_a_name_that_is_no_post_keeps_the_person(nlp):
    ents = entities_of(nlp, "Alice Wong, 45, married Tom Reyes, who is 32 years her senior, in May.")
    assert people(ents, "Reyes")


@pytest.mark.parametrize(
    "text, word",
    [
        # "named it", the honorific opening the name
        ("Bryn Talfan bought a second-hand lorry in 1961 and named it Lady Gwenda, his drivers said.", "Gwenda"),
        # "christened" in the passive, the thing its subject
        ("The new ferry was christened Sir Emlyn at a ceremony on the quay, the owner Ruth Pask said.", "Emlyn"),
        # the thing as a noun object, "after" on the name
        ("Ines Varga named the racehorse Miss Petra after a teacher she once had.", "Petra"),
        # "her" for a boat named just before
        ("Colm Daly restored an old ketch over four winters and named her Dame Ysolde.", "Ysolde"),
    ],
)
def test_a_name_a_naming_verb_gives_a_thing_is_no_person(nlp, text, word):
    ents = entities_of(nlp, text)
    assert not people(ents, word), [(e.name, e.type) for e in ents]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Their first daughter was born in May, and they named her Rosalind Mae.", "Rosalind"),
        ("Tomas Eklund and his wife named their son Henrik Ole after his grandfather.", "Henrik"),
    ],
)
def test_a_child_a_naming_verb_names_stays_a_person(nlp, text, word):
    ents = entities_of(nlp, text)
    assert people(ents, word), [(e.name, e.type) for e in ents]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Mostert Boerdery, which grows citrus near the river, has hired 40 pickers, said Anton Mostert.", "Boerdery"),
        ("The contract went to Hollander Bouwbedrijf, whose crews began work on Monday.", "Bouwbedrijf"),
        ("Kruger Visserye lost two boats in the storm, its skipper Deon Kruger said.", "Visserye"),
        ("A lorry owned by Brandt Spedition overturned on the ring road, police said.", "Spedition"),
    ],
)
def test_a_business_name_ending_on_a_foreign_trade_word_is_no_person(nlp, text, word):
    ents = entities_of(nlp, text)
    assert not people(ents, word), [(e.name, e.type) for e in ents]
