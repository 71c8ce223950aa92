"""Names of no person found on the eleventh set and gold-dev3, fixed by construction: a heading
verb before a name ("Meet Mrs Tiggs"), an animal apposed to a titled name that has pronouns
of its own, "her bitch Jess", "the name Auntie Comfort" painted on a lorry, "Miss Gloria's
Bammy" as one business, an honorific after "the" ("the Lady Fatima", "the Lord Teodora
Macaraig"), a boat named like the owner's wife ("his boat, the Carol Ann"), a list of tankers,
and a "who" clause reporting what the person just named said of himself. Fictional sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.test_entities_dev2 import D, _holding, _show, _types
from tests.test_entities_general import entities_of, owner
from tests.test_facts_families import _facts


@pytest.mark.parametrize(
    "text, name",
    [
        ("Meet Mrs Pimble\n\nVisitors to the library will have met Mrs Pimble, who runs the Tuesday reading group.", "Mrs Pimble"),
        ("Meet Mr Okafor\n\nMr Okafor retires this week after thirty years at the depot.", "Mr Okafor"),
        ("Welcoming Mrs Odede\n\nThe school welcomes Mrs Odede, its new bursar.", "Mrs Odede"),
    ],
)
def test_a_heading_verb_is_no_part_of_the_name(nlp, text, name):
    ents = entities_of(nlp, D + text)
    assert not any(e.name.split()[0] in ("Meet", "Welcoming") or "\n" in m.text for e in ents for m in e.mentions), _show(ents)
    held = _holding(ents, name)
    assert held and all(e.type == "PERSON" for e in held), _show(ents)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Children on Rowan Ward love Sir Bramble, a nine-year-old basset hound who calls on Fridays. "
         "Sir Bramble has his own lead and his own basket by the lift.", "Bramble"),
        ("The yard's favourite is Lady Clover, a twelve-year-old Welsh pony. Lady Clover has her own "
         "stable and her own fan club among the riders.", "Clover"),
        ("Residents adore Mrs Pickering, a grey tabby cat who sleeps in the lounge. Mrs Pickering "
         "has her own chair, and she will not share it.", "Pickering"),
    ],
)
def test_a_titled_animal_with_pronouns_is_still_no_person(nlp, text, word):
    ents = entities_of(nlp, D + text)
    assert "PERSON" not in _types(ents, word), _show(ents)
    facts = _facts(nlp, D + text)
    assert not any(f[0] == "gender" and word in (f[1] or "") for f in facts), facts


@pytest.mark.parametrize(
    "text, word",
    [
        ("She and her bitch Jura took the novice class at the Glenmore trials on Saturday.", "Jura"),
        ("He and his mare Tansy won the hunter class for the third year running.", "Tansy"),
        ("Mrs Lyle and her dog Pepper walk the beach at Saltcoats every morning.", "Pepper"),
    ],
)
def test_an_animal_noun_right_before_a_name_makes_it_an_animal(nlp, text, word):
    ents = entities_of(nlp, D + text)
    assert "PERSON" not in _types(ents, word), _show(ents)


@pytest.mark.parametrize(
    "text, name",
    [
        ("His old tipper truck, painted with the name Uncle Kojo in honour of his brother Kojo, led the procession.", "Uncle Kojo"),
        ("The new ferry bears the name Sister Ama after the nurse who founded the clinic.", "Sister Ama"),
        ("Her canoe carried the name Auntie Efua on its bow, for her late aunt Efua Mensah.", "Auntie Efua"),
    ],
)
def test_a_name_apposed_to_the_noun_name_is_no_person(nlp, text, name):
    ents = entities_of(nlp, D + text)
    assert not any(e.type == "PERSON" for e in _holding(ents, name)), _show(ents)


@pytest.mark.parametrize(
    "text, whole",
    [
        ("Miss Olive's Patties, the roadside bakery near Treasure Beach, has changed hands.", "Miss Olive's Patties"),
        ("Mrs Baptiste's Roti Shop, the cafe by the bus station, closes on Sunday.", "Mrs Baptiste's Roti Shop"),
        ("The prize for the best stall went to Mr Boateng's Chop Bar for the second year.", "Mr Boateng's Chop Bar"),
    ],
)
def test_an_honorific_name_possessive_and_a_capitalised_word_name_a_business(nlp, text, whole):
    ents = entities_of(nlp, D + text)
    held = _holding(ents, whole)
    assert held and all(e.type != "PERSON" for e in held), _show(ents)


@pytest.mark.parametrize(
    "text, word, gender",
    [
        ("The charter firm has renamed its flagship, formerly the Lady Amira, as the Sea Lantern.", "Amira", None),
        ("We commend to the Lord Rosa Villaneuva, who sang in the choir for fifty years. She died in her sleep on 2 May.",
         "Rosa Villaneuva", "female"),
        ("The club's new motor launch, the Lady Honora, was blessed on the slipway on Sunday.", "Honora", None),
    ],
)
def test_an_honorific_after_the_titles_no_person(nlp, text, word, gender):
    ents = entities_of(nlp, D + text)
    facts = _facts(nlp, D + text)
    genders = {f[2] for f in facts if f[0] == "gender" and word in (f[1] or "")}
    assert genders == ({gender} if gender else set()), facts
    if gender is None:
        assert "PERSON" not in _types(ents, word), _show(ents)


@pytest.mark.parametrize(
    "text, wife, boat",
    [
        ("He and his wife, Nora, have one son. He spends his weekends on his boat, the Nora Jane, named after her.",
         "Nora", "Nora Jane"),
        ("His wife, Dina, died in 2019. The family's tankers Selma P. and Dina P. still sail from Piraeus.",
         "Dina", "Dina P."),
        ("She married Ruth's brother in 1990; his wife, Ruth, keeps the books. The trawlers Ruth B. and Anna B. fish out of Kilkeel.",
         "Ruth", "Ruth B."),
    ],
)
def test_a_boat_named_like_a_wife_is_not_the_wife(nlp, text, wife, boat):
    ents = entities_of(nlp, D + text)
    person = owner(ents, D + text, f", {wife}")
    assert person is not None and person.type == "PERSON", _show(ents)
    assert not any(m.text == boat for m in person.mentions), _show(ents)
    assert all(e.type != "PERSON" for e in _holding(ents, boat)), _show(ents)


@pytest.mark.parametrize(
    "text, name, needle",
    [
        ("Father Reyes blessed the new boats after Mass. The goat belongs to Ivan Petrov, 70, a retired postman, "
         "who told the newsletter he has not missed a blessing in forty years.", "Ivan Petrov", "he has"),
        ("Canon Hale opened the fete at noon. The winning marrow was grown by Sam Okoro, 58, a bus driver, "
         "who told reporters he feeds it on seaweed.", "Sam Okoro", "he feeds"),
        ("Mr Dunne chaired the meeting. The motion was put by Paul Achebe, 44, a local joiner, "
         "who told the meeting he would stand down next year.", "Paul Achebe", "he would"),
    ],
)
def test_a_who_clause_reports_on_the_person_just_named(nlp, text, name, needle):
    full = D + text
    ents = entities_of(nlp, full)
    e = owner(ents, full, needle[:2], occurrence=full[: full.index(needle)].count(needle[:2]) + 1)
    assert e is not None and e.name == name, _show(ents)


@pytest.mark.parametrize(
    "text, person, needle",
    [
        ("Ward 3 has met Lady Bramble, a ten-year-old basset hound who visits on Mondays with her owner, Sam Keogh, "
         "a porter. Lady Bramble has her own blanket and her own lead.", "Sam Keogh", "her own blanket"),
        ("The lounge is home to Mr Whiskers, a ginger tom cat who sleeps by the fire next to his owner, Jo Pryce. "
         "Mr Whiskers has his own chair.", "Jo Pryce", "his own chair"),
        ("Regulars know Lady Duchess, a fourteen-year-old Shetland pony who lives behind the pub with her keeper, "
         "Ali Dunn. Lady Duchess has her own stable.", "Ali Dunn", "her own stable"),
    ],
)
def test_a_named_animals_pronouns_are_its_own(nlp, text, person, needle):
    full = D + text
    ents = entities_of(nlp, full)
    pet = owner(ents, full, needle.split()[0], occurrence=full[: full.index(needle)].count(needle.split()[0]) + 1)
    assert pet is not None and pet.type != "PERSON", _show(ents)
    facts = _facts(nlp, full)
    assert not any(f[0] == "gender" and f[1] == person for f in facts), facts
