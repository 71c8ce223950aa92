"""Whom a he/she/his/her is linked to, by construction family: a possessive is never the noun
phrase it sits in (i-within-i), a capitalised common noun opening a sentence is nobody, a
paragraph-opening pronoun continues the article's topic person rather than a quoted bystander,
and a reported clause's pronoun (or possessive) is its speaker's. Fictional articles written
for these tests, several constructions per family, run through the whole pipeline."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts, _run

D = "date 2025-05-14\n"


def _genders(nlp, text: str) -> dict[str, str]:
    return {s: v for r, s, v in _facts(nlp, text) if r == "gender"}


def _linked(ex, text: str, needle: str, word: str, occurrence: int = 1):
    """The entity the pronoun ``word`` at the start of the ``occurrence``-th ``needle`` is linked
    to, or None (the pronoun's own mention, not the descriptor around it)."""
    at = -1
    for _ in range(occurrence):
        at = text.index(needle, at + 1)
    at += needle.index(word)
    for e in ex.entities:
        if any(m.start == at and m.end == at + len(word) for m in e.mentions):
            return e
    return None


def _name(e) -> str | None:
    return e.name if e is not None else None


# ---- i-within-i: a possessive is not the noun phrase it owns, nor a name apposed to it --------

def test_a_possessive_is_not_the_name_apposed_to_its_noun(nlp):
    text = (D + "Owen Marsh opened the Lantern Bookshop in 1998. He still works the till on Saturdays.\n\n"
            "His business partner, Jude Farrell, keeps the accounts.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "His business partner", "His")) != "Jude Farrell"


def test_a_possessive_inside_an_object_is_not_the_name_apposed_to_it(nlp):
    text = (D + "The painter Delia Crane died on Sunday. She had lived in Porthmoor since 1970, and "
            "last spring she sold her studio to her pupil, Robin Hale, for a pound.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "her pupil", "her")) != "Robin Hale"
    assert "Robin Hale" not in _genders(nlp, text)


def test_a_speaker_described_through_a_possessive_reports_on_its_owner(nlp):
    # "Her former apprentice, X, said she ...": she is the woman the apprentice served, and X,
    # whom the text later calls "he", gets no female gender from it
    text = (D + "Marta Vell, the clockmaker, died on Friday aged 88. She repaired the town clock every "
            "winter for forty years. She trained a dozen apprentices.\n\n"
            "Her former apprentice, Tobias Wren, said she \"could hear a tooth missing from a wheel\". "
            "He added that she never raised her voice.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "said she", "she")) == "Marta Vell"
    assert _genders(nlp, text).get("Tobias Wren") != "female"


def test_a_lawyer_reports_on_the_client_the_possessive_names(nlp):
    text = (D + "Councillor Piers Aldane was charged on Monday with misusing funds. He denies the charge "
            "and he has resigned from the planning board.\n\n"
            "His solicitor, Nkechi Obi, said he would fight the case.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "said he", "he")) == "Piers Aldane"
    assert _genders(nlp, text).get("Nkechi Obi") != "male"


def _bound(nlp, text: str, needle: str, word: str, name_word: str):
    """What the i-within-i rule makes of the possessive ``word`` in ``needle`` when something
    chose the person ``name_word`` names (the hard rule holds whatever chose)."""
    from dateline.extractors.entities.binding import owner_bound
    from dateline.extractors.entities.builder import _Builder, name_passes
    from dateline.extractors.entities.lexicon import lexicon

    body = text.split("\n", 1)[1]
    doc = nlp(body)
    b = _Builder(doc, lexicon())
    name_passes(b)
    at = body.index(needle) + needle.index(word)
    tok = next(t for t in doc if t.idx == at)
    named = b.covered[next(t.i for t in doc if t.text == name_word and t.i in b.covered)].root()
    other = b.new(unnamed_text="somebody else")
    return owner_bound(b, tok, named, lambda: [named, other]), named, other


def test_the_hard_rule_refuses_a_name_apposed_after_a_comma(nlp):
    got, named, other = _bound(nlp, D + "Her former pupil, Rafe Nankivell, said she was strict.\n", "Her former", "Her", "Nankivell")
    assert got is other


def test_the_hard_rule_refuses_a_name_after_a_noun_for_a_person(nlp):
    got, named, other = _bound(nlp, D + "In 1702 his nephew Anselm Tregear sold the mill.\n", "his nephew", "his", "Tregear")
    assert got is other


def test_the_hard_rule_refuses_the_person_the_noun_is_said_to_be(nlp):
    got, named, other = _bound(nlp, D + "She learned later that Bertram Hosken was her rescuer.\n", "her rescuer", "her", "Hosken")
    assert got is other


def test_the_hard_rule_keeps_a_name_misparsed_after_a_noun_for_no_person(nlp):
    got, named, other = _bound(nlp, D + "All through her career Demelza Kitto kept a diary.\n", "her career", "her", "Kitto")
    assert got is named


# ---- a capitalised common noun opening a sentence is nobody -----------------------------------

def test_a_common_noun_opening_a_sentence_takes_no_pronouns(nlp):
    text = (D + "Agnes Pollard, who ran the Cobb Lane post office for thirty years, died on Monday. She "
            "was 94. She knew every family in the village.\n\n"
            "Discipline was everything to her. In 1990 she revived the harvest supper, and she cooked it "
            "herself until 2015.\n")
    ex, _ = _run(nlp, text)
    assert not any(e.name == "Discipline" for e in ex.entities)
    assert _name(_linked(ex, text, "she revived", "she")) == "Agnes Pollard"


def test_an_abstract_noun_subject_is_no_person(nlp):
    text = (D + "The ferryman Cosmo Delaune retired on Friday after 41 years. He had carried the mail "
            "across the estuary since 1983.\n\n"
            "Punctuality was his pride. He missed one crossing in four decades, he said.\n")
    ex, _ = _run(nlp, text)
    assert not any(e.name == "Punctuality" for e in ex.entities)
    assert _name(_linked(ex, text, "He missed", "He")) == "Cosmo Delaune"


def test_a_common_noun_after_an_opening_quote_mark_is_no_person_either(nlp):
    text = (D + "Wilf Annear kept the Gweek lighthouse for 30 years, and he never missed a night. He "
            "retired in 1999.\n\n\"Solitude suited him,\" his niece said. He lived alone on the point "
            "until his death.\n")
    ex, _ = _run(nlp, text)
    assert not any(e.name == "Solitude" for e in ex.entities)
    assert _name(_linked(ex, text, "He lived", "He")) == "Wilf Annear"


def test_a_name_that_is_also_a_noun_stays_a_name_in_a_list_of_names(nlp):
    text = (D + "Rowan and Bryony Teague, sisters who run the Fal ferry, won an award on Friday. Their "
            "father, Jory Teague, started the ferry in 1971.\n")
    ex, _ = _run(nlp, text)
    assert any(e.name.startswith("Rowan") and e.type == "PERSON" for e in ex.entities)


def test_a_name_that_is_also_a_noun_stays_a_name_when_said_to_be_somebody(nlp):
    text = (D + "Grace was the only daughter of Hedley Moyle, the Zennor blacksmith. She ran his forge "
            "after 1920.\n")
    ex, _ = _run(nlp, text)
    assert any(e.name == "Grace" and e.type == "PERSON" for e in ex.entities)


def test_a_surname_that_is_also_a_noun_stays_a_name_when_it_does_something(nlp):
    # gap38: the lemmatizer's noun index lists "stephenson"; the tagger's PERSON on a subject of a
    # verb other than a copula keeps it a name, and the pronoun after it finds it
    text = (D + "The harbour trust named its new chair on Monday. Stephenson was elected by the trustees "
            "after a close vote. She has run the ferry company since 2009.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "She has run", "She")) == "Stephenson"


def test_a_common_noun_said_to_be_something_is_still_nobody(nlp):
    text = (D + "Agnes Pollard died on Monday. Discipline was everything to her. In 1990 she revived the "
            "harvest supper.\n")
    ex, _ = _run(nlp, text)
    assert not any(e.name == "Discipline" for e in ex.entities)


def test_a_name_the_text_also_capitalises_mid_sentence_stays_a_name(nlp):
    text = (D + "Volunteers at the Hollin shelter thanked Ivy on Tuesday for ten years of work.\n\n"
            "Ivy was the first volunteer, and she still walks the dogs every morning.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "she still", "she")) == "Ivy"


# ---- the topic person, not a quoted bystander, opens a paragraph ------------------------------

OBITUARY = (D + "Hedda Moran, the botanist who catalogued the lichens of the western isles, died on Sunday "
            "aged 90.\n\nShe was born in Carrick. She studied at Dunmore and she taught there for thirty "
            "years.\n\nThe college's present principal, Ruth Aske, said the lichen collection was "
            "unmatched. \"Students still queue to see it,\" Aske said.\n\n"
            "In 1961 she married the surveyor Colm Moran, whom she had met on a field trip.\n")


def test_a_paragraph_opening_she_is_the_obituary_subject_not_the_quoted_principal(nlp):
    ex, _ = _run(nlp, OBITUARY)
    assert _name(_linked(ex, OBITUARY, "In 1961 she", "she")) == "Hedda Moran"
    assert "Ruth Aske" not in _genders(nlp, OBITUARY)


def test_a_paragraph_opening_he_is_the_profile_subject_not_the_quoted_coach(nlp):
    text = (D + "Kwesi Barnor has swum the Menai strait eleven times. He started at nine. He trains "
            "before dawn, and he works a full shift afterwards.\n\n"
            "His club's head coach, Gareth Pryce, praised him. \"Nobody works harder,\" Pryce said.\n\n"
            "Next summer he will try the North Channel.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "Next summer he", "he")) == "Kwesi Barnor"


def test_a_paragraph_opening_pronoun_after_a_relative_returns_to_the_subject(nlp):
    text = (D + "Isobel Tarrant, the harpist, died on Thursday aged 79. She played with the Clyde "
            "orchestra for twenty years. She recorded six albums, and she taught until 2010.\n\n"
            "Her daughter, Nina Tarrant, a cellist, cared for her in her last years.\n\n"
            "Fame never interested her. From 1995 she ran a summer school on Arran.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "From 1995 she", "she")) == "Isobel Tarrant"


# ---- a reported clause's possessive is its speaker's -----------------------------------------

def test_who_says_her_is_the_person_the_description_hangs_on(nlp):
    text = (D + "Rhoda Venn, the founder of the Stonegate choir, died on Monday. She led it for fifty "
            "years.\n\nHer niece, Ama Quaye, 40, a nurse at the Linfield Hospital, who says her father "
            "\"sang before he could talk\", will conduct the choir at the funeral.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "her father", "her")) == "Ama Quaye"


def test_a_speakers_possessive_in_the_reported_subject_is_the_speaker(nlp):
    text = (D + "Joss Keverne, who chairs the Polwenna rowing club, met the harbour board on Monday. "
            "Keverne said his rowers had raised the money themselves.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "his rowers", "his")) == "Joss Keverne"


def test_a_woman_who_tells_of_her_husband_owns_the_possessive(nlp):
    text = (D + "Two candidates stood in Penrose ward. Lowenna Carne, a teacher, won by 40 votes. "
            "Merryn Hosking, who came second, said on Friday that her husband would manage her next campaign.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "her husband", "her")) == "Merryn Hosking"


def test_a_paragraph_opening_pronoun_after_a_newcomer_who_does_not_speak_is_left_to_the_ranker(nlp):
    # the topic rule overrides only a commenter; a newcomer the text introduces may be the "he"
    text = (D + "Tom Reddaway has managed Polgarth Rovers since 2019. He took them up two divisions. He "
            "signs his players himself, and he watches every youth match.\n\n"
            "This week the club signed Callum Pike, a striker from Exeter City.\n\n"
            "He scored 20 goals for Exeter last season.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "He scored", "He")) == "Callum Pike"


# ---- a listed conjunct with a description of its own takes no gender from the list's noun -----

def test_the_youngest_after_a_list_of_boys_is_no_boy(nlp):
    text = (D + "The Trewins have four children: Tegen, 15, twin boys Jago and Tristan, 9, and the "
            "youngest, Lowena, who is four.\n")
    genders = _genders(nlp, text)
    assert genders.get("Lowena") != "male"
    assert genders.get("Jago") == "male" and genders.get("Tristan") == "male"


def test_an_eldest_after_a_list_of_daughters_is_no_daughter(nlp):
    text = (D + "Mr Polglase leaves his daughters Elowen and Kerensa, and the eldest of his children, "
            "Bran, 40, who runs the boatyard.\n")
    genders = _genders(nlp, text)
    assert genders.get("Bran") != "female"


def test_a_plain_list_still_takes_the_nouns_gender(nlp):
    text = (D + "She is survived by two sons, Cador, 31, and Austell, 28.\n")
    genders = _genders(nlp, text)
    assert genders.get("Cador") == "male" and genders.get("Austell") == "male"


def test_the_hard_rule_keeps_the_subject_of_her_own(nlp):
    got, named, other = _bound(nlp, D + "Nessa Rowe was her own harshest critic.\n", "her own", "her", "Rowe")
    assert got is named


# ---- "X said she ...": the speaker, unless the text has made somebody else that pronoun's own --

def test_a_manager_reporting_on_the_new_appointee_takes_no_she(nlp):
    text = (D + "Carrow Athletic have named Orla Fennimore as their new physiotherapist. She joins from "
            "Bodmin Town, where she worked for six years. Athletic manager Rhys Tallack said she was "
            "\"the first name on our list\".\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "said she", "she")) == "Orla Fennimore"
    assert _genders(nlp, text).get("Rhys Tallack") != "female"


def test_a_chairwoman_reporting_on_the_winner_takes_no_he(nlp):
    text = (D + "Piran Hocking won the Penwith marathon on Sunday. He finished in two hours and nine "
            "minutes, and he has now won it three times. The race's organiser, Jenna Cloke, said he "
            "had broken the course record by a minute.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "said he", "he")) == "Piran Hocking"
    assert _genders(nlp, text).get("Jenna Cloke") != "male"


def test_a_speaker_still_owns_the_reported_pronoun_when_nobody_else_has_it(nlp):
    text = (D + "The Treliske bakery closed on Friday after 60 years. Its owner, Senara Pascoe, said "
            "she would keep the recipes. Pascoe said she had not decided what to do next.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "said she", "she")) == "Senara Pascoe"
    assert _name(_linked(ex, text, "said she", "she", occurrence=2)) == "Senara Pascoe"


# ---- a gendered honorific for one of two people of a surname: not the one titled otherwise ----

def test_ms_after_a_doctor_of_that_surname_is_the_other_one(nlp):
    text = (D + "Rosen Pike runs the Lanner seed swap. Her cousin Demi Pike is married to the vet Dr. "
            "Alun Pike, who lends the hall. \"We never run out of beans,\" said Ms. Pike.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "Ms. Pike", "Ms. Pike")) != "Alun Pike"
    assert "Alun Pike" not in _genders(nlp, text)


def test_mrs_after_a_captain_of_that_surname_is_the_other_one(nlp):
    text = (D + "Capt. Brage Holt and Sunniva Holt have farmed oysters at Helford since 1990. The "
            "harbour board renewed their licence on Monday. Mrs Holt said the beds were healthy.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "Mrs Holt", "Mrs Holt")) == "Sunniva Holt"


def test_the_same_honorific_again_is_the_same_person(nlp):
    text = (D + "Mr. Oren Tal and Lior Tal opened a bakery in Hayle. Lior Tal bakes the bread. Mr. Tal "
            "said the ovens came from Italy.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "Mr. Tal said", "Mr. Tal")) == "Oren Tal"


# ---- a pronoun points forward only to its clause's subject ------------------------------------

def test_a_subjects_possessive_does_not_point_forward_to_the_object(nlp):
    text = (D + "Patience Odell, 70, repairs clocks for a living. Her neighbour Wenna Kitto is married to the "
            "surveyor Lowdy Carne, who built the workshop.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "Her neighbour", "Her")) == "Patience Odell"


def test_a_possessive_in_an_object_does_not_point_forward_to_a_later_object(nlp):
    text = (D + "Jowan Rowse, the harbourmaster, retired on Friday. His successor thanked Tomas Veal "
            "and the crew at the party.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "His successor", "His")) == "Jowan Rowse"


def test_a_pronoun_still_points_forward_to_the_subject(nlp):
    text = (D + "The count finished at midnight. After her election, Morwen Ellis thanked the "
            "volunteers.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "her election", "her")) == "Morwen Ellis"


# ---- a pair of honorifics names a couple: the second one is no gender of the named one --------

def test_mr_and_mrs_with_the_husbands_name_states_no_female_gender(nlp):
    text = (D + "Mr and Mrs Yannis Karras marked their golden wedding in Truro on Saturday. Yannis, 79, "
            "a retired baker, met Sofia at a dance in 1972. \"He still burns the toast,\" Sofia said.\n")
    assert _genders(nlp, text).get("Yannis Karras") != "female"


def test_doctor_and_mrs_states_no_female_gender(nlp):
    text = (D + "Dr. and Mrs. Colan Treloar have given the village a new bench. Colan Treloar, a GP "
            "for thirty years, carved it himself.\n")
    assert _genders(nlp, text).get("Colan Treloar") != "female"


@pytest.mark.parametrize("text, name", [
    ("Dr and Mrs Aldo Pell opened the fete on Saturday. Aldo Pell, a retired GP, cut the ribbon.\n", "Aldo Pell"),
    ("Prof. & Mrs Idris Anwar hosted the prize-giving. Idris Anwar taught chemistry at the school.\n", "Idris Anwar"),
    ("Councillor and Mrs Benedek Sarr thanked the volunteers. Benedek Sarr has lived in Polperro since 1990.\n",
     "Benedek Sarr"),
])
def test_an_ungendered_title_and_mrs_name_a_couple_not_a_woman(nlp, text, name):
    # the first title has no gender of its own: the pair still names the couple, so "Mrs" is hers
    assert _genders(nlp, D + text).get(name) != "female"


def test_a_single_honorific_still_states_the_gender(nlp):
    text = (D + "Mrs Kerra Jewell has run the Mousehole post office since 1988. Mrs Jewell retires in "
            "June.\n")
    assert _genders(nlp, text).get("Kerra Jewell") == "female"


@pytest.mark.parametrize(("text", "needle", "who"), [
    ("Petra Lusk, the ferry skipper, stepped down on Monday. Her deputy praised Ines Tarr and the deckhands.\n",
     "Her deputy", "Petra Lusk"),
    ("Gideon Marsh, the club treasurer, resigned in March. His replacement thanked Rafe Colley at the meeting.\n",
     "His replacement", "Gideon Marsh"),
    ("Oona Brack, the head baker, left the shop on Friday. Her apprentice greeted Mira Solt and the customers.\n",
     "Her apprentice", "Oona Brack"),
])
def test_an_unsure_forward_guess_yields_to_the_earlier_person_the_rules_pick(nlp, text, needle, who):
    ex, _ = _run(nlp, D + text)
    assert _name(_linked(ex, D + text, needle, needle.split()[0])) == who
