"""Issue 9, part 2, a pass over the families still missed on development news articles: posts
named through an organisation's possessive or an unlisted job 'at' it, earlier employers,
counts from kin lists, jobs read from their ending, ages at death and pair ages. Every
sentence is fictional and our own."""

from __future__ import annotations

from tests.test_facts_families import _facts, _run


def _rel(facts: set[tuple], relation: str) -> set[tuple]:
    return {f for f in facts if f[0] == relation}


# -- ages at death -------------------------------------------------------------------------


def test_age_after_a_death_clause_is_an_age_at_death_where_aged_hangs_from_the_name(nlp):
    # the parser hangs "aged" from the name, not from "died": the age still dates from 1979
    ex, names = _run(nlp, "date 2024-03-01\nThe shield is named after Nora Fell, who died in 1979, aged 71.\n")
    age = next(f for f in ex.facts if f.relation == "age")
    assert (names[age.subject], age.value, age.as_of, age.born_between) == ("Nora Fell", 71, "1979", ("1907-01-02", "1908-12-31"))


def test_drowned_is_a_death_and_a_transitive_drowned_is_not(nlp):
    facts = _facts(nlp, "date 2024-03-01\nCarl Webb drowned off the point in 1968, aged 19. Rob Fry drowned the weeds in 2001.\n")
    assert ("death", "Carl Webb", "1968") in facts
    assert ("age", "Carl Webb", 19) in facts
    assert not any(f[0] == "death" and f[1] == "Rob Fry" for f in facts)


# -- posts through a possessive ------------------------------------------------------------


def test_its_post_goes_to_the_organisation_the_sentence_before_is_about(nlp):
    # "Ashcombe Athletic" is named after the sponsor; "Its" is the sponsor, the subject
    text = ("date 2024-03-01\nRowan Bell Insurance, the match sponsor, said it would pay for a coach to take "
            "Ashcombe Athletic supporters to the final. Its managing director, Gwen Hartigan, said the firm was proud.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Gwen Hartigan", "Rowan Bell Insurance") in facts
    assert ("title", "Gwen Hartigan", "managing director") in facts
    assert not _rel(facts, "occupation")  # not the bare "director" as well


def test_unlisted_post_after_a_name_with_the_organisations_possessive(nlp):
    text = ("date 2024-03-01\nThe Porthcarrow Harbour Commission met on Monday. Lowenna Pascoe, the commission's "
            "current harbourmaster, said the quay would reopen.\n")
    assert ("title", "Lowenna Pascoe", "harbourmaster") in _facts(nlp, text)


def test_named_spokeswoman_gets_the_post_and_no_unnamed_spokeswoman_is_left(nlp):
    text = "date 2024-03-01\nA spokeswoman for the Marsh Rescue Institution, Mora Frei, said the crew was safe.\n"
    facts = _facts(nlp, text)
    assert ("employer", "Mora Frei", "Marsh Rescue Institution") in facts
    assert ("title", "Mora Frei", "spokeswoman") in facts
    assert {f[1] for f in facts if f[0] in ("employer", "title")} == {"Mora Frei"}


def test_a_work_named_with_a_possessive_is_no_post(nlp):
    text = "date 2024-03-01\nThe Copper Kites split in 1990. The band's second album, Low Tide, sold well.\n"
    assert not _rel(_facts(nlp, text), "employer")


# -- unlisted jobs at an organisation, earlier employers --------------------------------------


def test_unlisted_job_at_an_organisation_is_a_post_there_but_a_student_is_not(nlp):
    text = ("date 2024-03-01\nOli Finch is a radiologist at the Countess Alys Hospital in Tollbridge. Elsa Finch, a former "
            "head brewer at the rival Dunkerley Brothers, died in 2006. Mo Lee, a student at Brackley College, spoke.\n")
    facts = _facts(nlp, text)
    assert {("employer", "Oli Finch", "Countess Alys Hospital"), ("title", "Oli Finch", "radiologist"),
            ("employer", "Elsa Finch", "Dunkerley Brothers"), ("title", "Elsa Finch", "head brewer")} <= facts
    assert not any(f[1] == "Mo Lee" for f in _rel(facts, "employer"))


def test_at_the_infirmary_is_the_infirmary_named_before_and_a_title_not_an_occupation(nlp):
    facts = _facts(nlp, "date 2024-03-01\nOswin Infirmary was flooded on Sunday. Jan Kay is a nurse at the infirmary.\n")
    assert ("employer", "Jan Kay", "Oswin Infirmary") in facts
    assert ("title", "Jan Kay", "nurse") in facts
    assert ("occupation", "Jan Kay", "nurse") not in facts


def test_joined_an_organisation_from_another_names_both_employers(nlp):
    text = "date 2024-03-01\nTamsin Achebe, who joined Marlowe & Finch from Kettlewick Ales six years ago, said the recipe would stay.\n"
    employers = {f[2] for f in _rel(_facts(nlp, text), "employer") if f[1] == "Tamsin Achebe"}
    assert employers == {"Marlowe & Finch", "Kettlewick Ales"}


# -- counts of children ----------------------------------------------------------------------


def test_their_three_children_counts_for_both_of_the_couple(nlp):
    text = ("date 2024-03-01\nTom and Ann Reed married in 1990. Their three children, Mo, 31, Jo, 28, and Bo, 22, "
            "live nearby.\n")
    counts = {(f[1], f[2]) for f in _rel(_facts(nlp, text), "number_of_children")}
    assert len(counts) == 2 and {n for _, n in counts} == {3}


def test_two_sons_and_a_daughter_is_no_count_of_two(nlp):
    text = "date 2024-03-01\nKay Moss took her two sons and a daughter to the fair.\n"
    assert not _rel(_facts(nlp, text), "number_of_children")


def test_husband_and_wife_have_two_sons_counts_for_both(nlp):
    text = "date 2024-03-01\nHugh Finch and his wife of 40 years, Anna Finch, have two sons, Oliver, 38, and Rupert, 35.\n"
    counts = _rel(_facts(nlp, text), "number_of_children")
    assert counts == {("number_of_children", "Hugh Finch", 2), ("number_of_children", "Anna Finch", 2)}


# -- jobs by their ending, pair ages, ages after a workplace -----------------------------------


def test_job_read_from_its_ending_in_an_apposition(nlp):
    text = ("date 2024-03-01\nHedley Marsh, a deckhand, was saved. Ann Roe, 41, a sailmaker, spoke. Rosa Hext, a "
            "schoolteacher from Truro, wrote. Tom Lee, a chairman, left. Sam Cole, a woman of faith, prayed.\n")
    jobs = {(f[1], f[2]) for f in _rel(_facts(nlp, text), "occupation")}
    assert jobs == {("Hedley Marsh", "deckhand"), ("Ann Roe", "sailmaker"), ("Rosa Hext", "schoolteacher")}


def test_a_fuller_job_replaces_its_bare_head(nlp):
    text = "date 2024-03-01\nPiet Vance, 66, a retired ferry engineer who books their tours, was there.\n"
    assert {f[2] for f in _rel(_facts(nlp, text), "occupation")} == {"ferry engineer"}


def test_pair_ages_as_bare_figures_and_an_age_after_a_workplace(nlp):
    text = ("date 2023-03-07\nDennis and Mary Quayle, 84 and 81, were driving home. Crew manager Sunita Bhatt of "
            "Westmoor Fire and Rescue Service, 41, waded out.\n")
    ages = {(f[1], f[2]) for f in _rel(_facts(nlp, text), "age")}
    assert {("Mary Quayle", 81), ("Sunita Bhatt", 41)} <= ages
    assert any(name.startswith("Dennis") and age == 84 for name, age in ages)


def test_possessive_in_s_apostrophe_and_a_post_of_several_words(nlp):
    text = ("date 2024-03-01\nHalden Systems cut 40 jobs on Monday. Halden Systems' head of marketing, Jo Bell, "
            "said the cuts were painful.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Jo Bell", "Halden Systems") in facts
    assert ("title", "Jo Bell", "head of marketing") in facts


def test_served_as_an_unlisted_post_with_an_organisation(nlp):
    # (the age keeps the entity stage from typing the bare name an organisation: not this test's concern)
    text = "date 2024-03-01\nEwan Hale, 60, served as a mate with the Hallam Steam Packet Company for ten years.\n"
    facts = _facts(nlp, text)
    assert ("employer", "Ewan Hale", "Hallam Steam Packet Company") in facts
    assert ("title", "Ewan Hale", "mate") in facts


def test_the_siblings_father_is_the_father_of_the_two_named_as_siblings(nlp):
    text = "date 2024-03-01\nLucia Vance sings with her brother, Teodor Vance, 33. The band's manager is the siblings' father, Piet Vance, 66.\n"
    parents = {(f[1], f[2]) for f in _rel(_facts(nlp, text), "parent")}
    assert parents == {("Lucia Vance", "Piet Vance"), ("Teodor Vance", "Piet Vance")}


def test_a_post_said_with_is_and_a_post_named_by_the_organisations_word(nlp):
    text = ("date 2024-03-01\nHarlan State University named a provost on Monday. A university spokesman, Kevin "
            "Ostrowski, said the search was over. Siobhan Kerr, who is the university's physiotherapist, cheered.\n")
    facts = _facts(nlp, text)
    assert {("employer", "Kevin Ostrowski", "Harlan State University"), ("title", "Kevin Ostrowski", "spokesman"),
            ("employer", "Siobhan Kerr", "Harlan State University"), ("title", "Siobhan Kerr", "physiotherapist")} <= facts


def test_named_as_its_next_provost_is_a_post_without_the_word_next(nlp):
    text = "date 2024-03-01\nHarlan State University has named Corinne Vasquez, a chemist, as its next provost.\n"
    facts = _facts(nlp, text)
    assert ("employer", "Corinne Vasquez", "Harlan State University") in facts
    assert ("title", "Corinne Vasquez", "provost") in facts


def test_job_ending_after_the_or_a_copula(nlp):
    text = ("date 2024-03-01\nEdwin Marsh, the boatbuilder whose yard launched 400 boats, died on Wednesday aged 90. "
            "His younger brother, Harold Marsh (1935 – 1999), was a lighthouse keeper.\n")
    jobs = {(f[1], f[2]) for f in _rel(_facts(nlp, text), "occupation")}
    assert {("Edwin Marsh", "boatbuilder"), ("Harold Marsh", "lighthouse keeper")} <= jobs


def test_their_after_the_siblings_possessive_is_the_siblings_not_the_earlier_couple(nlp):
    text = ("date 2024-03-01\nBram Oduya and his wife, the singer Lucia Vance, formed the band in 2012, with Lucia's "
            "brother, Teodor Vance, 33, on guitar. The band's manager is the siblings' father, Piet Vance, 66. "
            "Their mother, Hanneke, keeps the books.\n")
    mothers = {f[1] for f in _rel(_facts(nlp, text), "parent") if f[2] == "Hanneke"}
    assert mothers == {"Lucia Vance", "Teodor Vance"}


def test_twin_daughters_are_each_others_siblings_and_other_daughters_are_not_paired(nlp):
    text = "date 2024-03-01\nTomasz Wrona watched with his twin daughters, Ola and Zofia, 7. Ann Bell has two daughters, Kim and Lou.\n"
    siblings = {frozenset((f[1], f[2])) for f in _rel(_facts(nlp, text), "sibling")}
    assert siblings == {frozenset(("Ola", "Zofia"))}


# -- an age after a kin descriptor that coreference ties to a named person -----------------


def test_age_after_her_husband_goes_to_the_named_husband_of_the_couple(nlp):
    text = ("date 2024-03-01\nMaud and Felix Orrin run the post office in Ketley. "
            "Her husband, 57, a former postman, took over the counter in 2010.\n")
    facts = _facts(nlp, text)
    assert ("age", "Felix Orrin", 57) in facts
    assert not any(f[0] == "age" and f[1] == "Maud Orrin" for f in facts)
