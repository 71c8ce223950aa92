"""Who is who on registers the gold does not cover (issue 9, probes C): celebrity features,
racing and show reports, soap listings, travel pieces. Fictional sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.test_entities_general import entities_of
from tests.test_facts_families import _facts


def _mentions(ents, name: str) -> list[str]:
    found = [e for e in ents if e.name == name]
    assert found, [e.name for e in ents]
    return [m.text for m in found[0].mentions]


# -- a sentence-opening pronoun after the text turns to somebody new ------------------------

@pytest.mark.parametrize(
    "text, pronoun, who, other",
    [
        ("Singer Mira Holt and actor Dev Sandhu have announced their engagement. Holt, 28, won the talent show Bright Lights in 2019. "
         "Sandhu, 33, starred in the hospital drama Night Ward. His first wife, the dancer Kim Orr, lives in Leeds.",
         "His", "Dev Sandhu", "Mira Holt"),
        ("Presenter Gabi Lennox and actor Rory Vance have split after nine years of marriage, a spokesman for the couple said on Monday. "
         "The former couple, who married in Crete in 2015, have a son, Milo, 6.\n"
         "Lennox, 38, rose to fame on the quiz show Brainbox in 2010. The 38-year-old was previously engaged to the cricketer Joe Amis. "
         "Vance, 44, starred in the hospital drama Ward Nine. His first wife, the singer Amy Lowe, lives in Dublin.",
         "His", "Rory Vance", "Gabi Lennox"),
        ("Model Sky Darrow and boxer Leon Pryce were married in Ibiza on Saturday.\n"
         "Darrow, 27, appeared on the reality show Sun Island. Darrow was raised in Essex. Pryce, 30, starred in the film Iron Jaw. "
         "He has a daughter, Nova, from a previous relationship.",
         "He", "Leon Pryce", "Sky Darrow"),
    ],
)
def test_an_opening_pronoun_after_a_new_subject_is_that_subject(nlp, text, pronoun, who, other):
    ents = entities_of(nlp, text)
    assert pronoun in _mentions(ents, who)
    assert pronoun not in _mentions(ents, other)


def test_the_new_subjects_wife_is_his(nlp):
    text = ("Singer Mira Holt and actor Dev Sandhu have announced their engagement. Holt, 28, won the talent show Bright Lights in 2019. "
            "Sandhu, 33, starred in the hospital drama Night Ward. His first wife, the dancer Kim Orr, lives in Leeds.")
    facts = _facts(nlp, "date 2024-03-02\n" + text + "\n")
    assert ("spouse", "Dev Sandhu", "Kim Orr") in facts or ("spouse", "Kim Orr", "Dev Sandhu") in facts
    assert not {f for f in facts if f[0] == "spouse" and "Mira Holt" in f[1:] and "Kim Orr" in f[1:]}


# -- an untagged name as a subject that the next sentence calls he or she ---------------------

@pytest.mark.parametrize(
    "text, name",
    [
        ("A collie called Moss won the trophy on Sunday. Ffion Rees runs a flock of 400 ewes above Llandovery. She said the dog had earned it.", "Ffion Rees"),
        ("The ram sold for a record price at Builth on Monday. Ffion Wyn runs a flock of 300 ewes above Tregaron. She bought him as a lamb.", "Ffion Wyn"),
        ("The collie won the national trial on Saturday. Ffion Wyn trains dogs on a hill farm above Dolgellau. She bred the winner herself.", "Ffion Wyn"),
    ],
)
def test_an_untagged_subject_continued_by_he_or_she_is_a_person(nlp, text, name):
    ents = entities_of(nlp, text)
    found = [e for e in ents if e.name == name]
    assert found and found[0].type == "PERSON", [(e.name, e.type) for e in ents]


def test_an_organisation_continued_by_it_is_no_person(nlp):
    ents = entities_of(nlp, "Bryher Dairies runs a depot near Penzance. It employs forty people.")
    assert not [e for e in ents if e.name == "Bryher Dairies" and e.type == "PERSON"]


# -- the writer's own host or guide, and "the fisherman's son" as an epithet -----------------

@pytest.mark.parametrize(
    "text, kin",
    [
        ("We stay at Casa Bianca, a guesthouse run by the Ferrante sisters, Anna and Rosa. Anna, the elder, is a retired teacher. "
         "Rosa, 61, says their grandmother built the house in 1921.\n"
         "On the second day our host takes us to Marina Corricella, where his brother, Paolo Ricci, keeps a bar.", "Paolo Ricci"),
        ("The farm is run by Greta Holm, 50, and her daughter Saga. Saga, 24, milks the goats at six every morning.\n"
         "That afternoon our guide walks us up to the lake, where his father, Nils Berg, keeps a sauna.", "Nils Berg"),
        ("The vineyard belongs to Chiara Bassi and her sister Elisa. Elisa, 47, says the vines are a century old.\n"
         "After lunch our guide drives us to Barolo, where his son, Luca Ferro, runs a wine bar.", "Luca Ferro"),
        ("The hotel is run by Ines Duarte, 58, and her cousin Beatriz. Beatriz says the terrace was added in 1990. "
         "In the evening our guide drives us to Sintra, where his sister, Clara Mota, sells pastries.", "Clara Mota"),
    ],
)
def test_the_writers_host_is_nobody_named_before(nlp, text, kin):
    facts = _facts(nlp, "date 2024-03-02\n" + text + "\n")
    assert not {f for f in facts if f[0] in ("sibling", "parent", "child") and kin in f[1:]}, sorted(facts)


@pytest.mark.parametrize(
    "text, who, trade",
    [
        ("Our guide, Matteo Ricci, meets us at the harbour at dawn. The 46-year-old fisherman's son has run boat tours since 2008. "
         "His wife, Lucia, cooks lunch on the deck.", "Matteo Ricci", "fisherman"),
        ("Our host, Alvaro Pinto, greets us at the door of the inn. The 52-year-old baker's son has run the inn since 1999. "
         "His wife, Marta, keeps the garden.", "Alvaro Pinto", "baker"),
        ("Our driver, Nikos Vlachos, collects us from the port. The 38-year-old farmer's son has driven tourists for a decade. "
         "His wife, Eleni, runs a taverna in the village.", "Nikos Vlachos", "farmer"),
    ],
)
def test_a_trades_son_is_an_epithet_of_the_one_just_named(nlp, text, who, trade):
    facts = _facts(nlp, "date 2024-03-02\n" + text + "\n")
    assert ("occupation", who, trade) not in facts, sorted(facts)
    wife = text.split("His wife, ")[1].split(",")[0]
    assert ("spouse", who, wife) in facts or ("spouse", wife, who) in facts, sorted(facts)


# -- horses and dogs with person-like names ---------------------------------------------------

def _type(ents, name: str) -> str:
    found = [e for e in ents if e.name == name]
    assert found, [(e.name, e.type) for e in ents]
    return found[0].type


@pytest.mark.parametrize(
    "text, name",
    [
        ("Sir Percival, the mare's half-brother, finished third in the bumper at Ludlow.", "Sir Percival"),
        ("Lord Byron, the colt's full brother, was sold at Newmarket for 40,000 guineas.", "Lord Byron"),
        ("Duke Albert, the bitch's son, took the puppy class at Crufts on Thursday.", "Duke Albert"),
    ],
)
def test_an_animals_kin_is_an_animal(nlp, text, name):
    assert _type(entities_of(nlp, text), name) != "PERSON"


@pytest.mark.parametrize(
    "text, names",
    [
        ("Lady Marmalade's dam, Highland Rose, also produced a colt last month.", ("Lady Marmalade", "Highland Rose")),
        ("Captain Flint's sire, Admiral Jack, won the Gold Cup in 2014.", ("Captain Flint", "Admiral Jack")),
        ("Miss Tilly's dam, Queen Mab, was bred in County Meath.", ("Miss Tilly", "Queen Mab")),
    ],
)
def test_a_dams_or_sires_owner_and_name_are_animals(nlp, text, names):
    ents = entities_of(nlp, text)
    for name in names:
        assert not [e for e in ents if e.name == name and e.type == "PERSON"], [(e.name, e.type) for e in ents]


@pytest.mark.parametrize(
    "text, rider",
    [
        ("Jack Tolley, a jockey from Lambourn, won the novices' chase on Friday. The seven-year-old mare had never won over fences.", "Jack Tolley"),
        ("Ruth Ames, who trains in Malton, saddled the winner of the sprint. The four-year-old filly cost 5,000 guineas.", "Ruth Ames"),
        ("Gwen Pryor won best in show at Cardiff on Sunday. The three-year-old collie was bred on her farm.", "Gwen Pryor"),
    ],
)
def test_the_age_of_an_animal_is_no_persons(nlp, text, rider):
    facts = _facts(nlp, "date 2024-03-02\n" + text + "\n")
    assert not {f for f in facts if f[0] == "age" and f[1] == rider}, sorted(facts)


# -- "Their conductor, X": a group's plural possessive ----------------------------------------

@pytest.mark.parametrize(
    "text, who, org",
    [
        ("The Halden Youth Orchestra opened its spring season at the Corn Exchange on Saturday. Their conductor, Ines Mora, took over last year.",
         "Ines Mora", "Halden Youth Orchestra"),
        ("The Carrow Male Voice Choir sang at the cathedral on Sunday. Their musical director, Huw Bevan, chose the programme.",
         "Huw Bevan", "Carrow Male Voice Choir"),
        ("The band Copper Lantern have released three albums since 2019. Their singer, Callum Drew, writes most of the songs.",
         "Callum Drew", "Copper Lantern"),
    ],
)
def test_a_groups_their_post_is_at_the_group(nlp, text, who, org):
    facts = _facts(nlp, "date 2024-03-02\n" + text + "\n")
    assert ("employer", who, org) in facts, sorted(facts)


def test_a_couples_their_is_not_the_firms(nlp):
    text = "Tom and Ann Lee opened Lee Bakery in 2001. Their manager, Rob Hale, started as an apprentice."
    facts = _facts(nlp, "date 2024-03-02\n" + text + "\n")
    assert ("employer", "Rob Hale", "Lee Bakery") not in facts, sorted(facts)


# -- "the teenager": somebody of that age -------------------------------------------------------

@pytest.mark.parametrize(
    "text, who, other",
    [
        ("Reserve went to a poodle owned by Simon Kett and shown by his niece, Amelia Kett, 19. The teenager said she had been shaking.",
         "Amelia Kett", "Simon Kett"),
        ("The cup was presented by Lord Avery, 71, to the winning rider, Tom Nash, 16. The teenager said it was the best day of his life.",
         "Tom Nash", "Lord Avery"),
        ("Hugh Parr, 52, coached Mary Dunn, 15, for a year before the swim. The teenager raised 3,000 pounds for the hospice.",
         "Mary Dunn", "Hugh Parr"),
    ],
)
def test_the_teenager_is_the_one_of_that_age(nlp, text, who, other):
    ents = entities_of(nlp, text)
    assert "The teenager" in _mentions(ents, who)
    assert "The teenager" not in _mentions(ents, other)


def test_the_pensioner_is_not_a_child(nlp):
    ents = entities_of(nlp, "Ava Reid, 9, found the purse and handed it to the police. The pensioner who lost it thanked her.")
    assert "The pensioner" not in _mentions(ents, "Ava Reid")


@pytest.mark.parametrize(
    "text, name",
    [
        ("The former Welsh international Rhodri Vaughan, 44, has swapped rugby for racehorses. Vaughan and his wife, Nerys, bought a stud near "
         "Abergavenny in 2021.\nTheir mare Seren foaled in March, and their daughter named the colt Sir Galahad. Their daughter, Elin, 11, "
         "feeds him every morning.", "Seren"),
        ("Sian Evans and her husband, Rob, run a dairy near Carmarthen. Their cow Clover calved in May, and their daughter named the heifer "
         "Daisy. Their daughter, Megan, 10, feeds her every morning.", "Clover"),
        ("Kate Dunne and her husband, Liam, farm near Naas. Their cow Margaret calved in May, and their son named the calf Bandit. "
         "Their son, Conor, 16, feeds him every morning.", "Margaret"),
    ],
)
def test_an_owned_animal_noun_before_a_name_makes_it_an_animal(nlp, text, name):
    ents = entities_of(nlp, text)
    assert not [e for e in ents if e.name == name and e.type == "PERSON"], [(e.name, e.type) for e in ents]


# -- "the old man": somebody old ------------------------------------------------------------

@pytest.mark.parametrize(
    "text, who, other",
    [
        ("Rhodri Vaughan, 44, bought the stud in 2021. Vaughan's father, Emrys Vaughan, 79, still walks the fields each day. "
         "Rhodri said he had learnt to ride there. Neighbours say the old man knows every horse by name.", "Emrys Vaughan", "Rhodri Vaughan"),
        ("Kofi Mensah, 38, runs the bakery his grandfather, Yaw Mensah, 88, opened in 1961. Kofi says he bakes every loaf himself. "
         "Customers say the old man still tastes the bread each morning.", "Yaw Mensah", "Kofi Mensah"),
        ("Lena Ward, 30, has taken over the ferry from her aunt, Edie Ward, 81. Lena said she had crewed it since she was twelve. "
         "Villagers say the old woman still checks the ropes every night.", "Edie Ward", "Lena Ward"),
    ],
)
def test_the_old_man_is_somebody_old(nlp, text, who, other):
    ents = entities_of(nlp, text)
    descr = "the old woman" if "old woman" in text else "the old man"
    assert descr in _mentions(ents, who)
    assert descr not in _mentions(ents, other)


# -- programmes: "the police drama X", a listing's "X (BBC One, 7.30pm)" -----------------------

@pytest.mark.parametrize(
    "text, name",
    [
        ("Brent, 39, starred in the police drama Harbour Lights before moving to Los Angeles.", "Harbour Lights"),
        ("Marsh, 52, played a vicar in the period drama Grace Fenwick for three series.", "Grace Fenwick"),
        ("The singer's new single, Martha Blue, went straight to number one.", "Martha Blue"),
        ("The actor is best known for the crime thriller Jack Tanner, which ran for five years.", "Jack Tanner"),
    ],
)
def test_a_named_drama_or_single_is_no_person(nlp, text, name):
    ents = entities_of(nlp, text)
    assert not [e for e in ents if e.name == name and e.type == "PERSON"], [(e.name, e.type) for e in ents]


@pytest.mark.parametrize(
    "text, name",
    [
        ("SATURDAY'S TV: Harbour Row (BBC One, 7.30pm)\nTonight, Kelly Marsh finally confronts her ex-husband.", "Harbour Row"),
        ("Also tonight: Countdown Champions (Channel 4, 8pm). Host Adam Cole welcomes back last year's winner.", "Countdown Champions"),
        ("Pick of the day: Martha Keane (ITV1, 9pm). The second series of the legal drama opens with a murder.", "Martha Keane"),
    ],
)
def test_a_listed_programme_is_no_person(nlp, text, name):
    ents = entities_of(nlp, text)
    assert not [e for e in ents if e.name == name and e.type == "PERSON"], [(e.name, e.type) for e in ents]


# -- a pronoun in a person's "who" clause inside an animal's sentence -----------------------

@pytest.mark.parametrize(
    "text, who, word",
    [
        ("The mare Lady Marmalade won the novices' chase for the trainer Gwen Hollis, who saddled her first winner at the course.", "Gwen Hollis", "her"),
        ("The mare Bella won the hunter class for the rider Rosa Lee, who had bought her first horse at twelve.", "Rosa Lee", "her"),
        ("The greyhound Flash won the derby for the owner Ann Kerr, who bought her first dog in 1990.", "Ann Kerr", "her"),
    ],
)
def test_a_persons_who_clause_keeps_its_pronoun(nlp, text, who, word):
    assert word in _mentions(entities_of(nlp, text), who)


def test_a_coachs_brother_is_the_coachs(nlp):
    text = ("Augustin Roy coached boys and girls in the town for 52 years. Mayor Kim Astley said the vote was unanimous, the mayor said. "
            "The coach's late brother, Father Emile Roy, was parish priest for three decades.")
    facts = _facts(nlp, "date 2024-03-02\n" + text + "\n")
    assert not {f for f in facts if f[0] == "gender" and f[1] == "Kim Astley"}, sorted(facts)
