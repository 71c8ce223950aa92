"""Constructions found short on the twenty-second set (development since 2026-12-02, 16:20 UTC)
and on probes written that session: offices written with capitals ("the Master", "two Past
Masters"), "the new chairman" after an appointment, a name after the second of two joined nouns,
workers "on" a railway, passive appointments, "left his job as", fronted jobs at an
organisation, survivors "by a daughter from his first marriage", "now 74" in a kin list, hyphened
posts. Each is checked on text written for these tests."""

from __future__ import annotations

from tests.test_facts_families import _facts, _run

D = "date 2025-07-14\n"


def _people(ex) -> set[str]:
    return {e.name for e in ex.entities if e.type == "PERSON"}


def test_capitalised_offices_are_no_people_and_stand_for_their_holder(nlp):
    text = D + ("The Court installed Andrew Pellow as Master for 2025-26. The new Master, 61, ran Pellow & Gage for 30 years. "
                "Christopher Stallard was elected Upper Warden.\n\n"
                "The Master and his wife of 37 years, Harriet, live in Blackheath. Two Past Masters died this year. "
                "Our Beadle, Martin Gage, is not retiring.\n")
    ex, _ = _run(nlp, text)
    people = _people(ex)
    assert not people & {"Master", "Upper Warden", "Past Masters", "Beadle", "Immediate Past Master"}, people
    facts = _facts(nlp, text)
    assert ("age", "Andrew Pellow", 61) in facts, facts
    assert ("spouse", "Andrew Pellow", "Harriet") in facts or ("spouse", "Harriet", "Andrew Pellow") in facts, facts


def test_the_new_chairman_is_the_one_just_appointed(nlp):
    text = D + ("The annual meeting installed Andrew Pellow as chairman for 2025-26. The new chairman, 61, ran Pellow & Gage, "
                "the Holborn printers, for 30 years.\n")
    facts = _facts(nlp, text)
    assert ("age", "Andrew Pellow", 61) in facts and ("employer", "Andrew Pellow", "Pellow & Gage") in facts, facts
    assert ("title", "Andrew Pellow", "chairman") in facts, facts


def test_the_new_post_needs_the_same_words(nlp):
    # a finance director named last is not "the new managing director"
    text = D + ("The board named Ruth Ames managing director. Her brother, Tom Ames, 45, is the finance director. "
                "The new managing director is married to Carl Berg.\n")
    facts = _facts(nlp, text)
    assert not any(f[0] == "spouse" and "Tom Ames" in f[1:] for f in facts), facts


def test_a_name_after_the_second_joined_noun_is_that_nouns(nlp):
    ex, _ = _run(nlp, D + "Installed as chairman in May, Ewan Bell is a keen sailor. The chairman and his wife of 37 years, "
                          "Harriet, live in Leith.\n")
    harriet = next(e for e in ex.entities if e.name == "Harriet")
    assert not any(m.text == "The chairman" for m in harriet.mentions), harriet.mentions


def test_workers_on_a_railway_or_an_estate(nlp):
    facts = _facts(nlp, D + "Harry Dodds, who was a fireman on the Kelso Valley Railway, has died. His brother, Ruaridh Dodds, "
                            "39, a stalker on the Glenfarg Estate, survives him.\n")
    assert ("employer", "Harry Dodds", "Kelso Valley Railway") in facts and ("title", "Harry Dodds", "fireman") in facts, facts
    assert ("title", "Ruaridh Dodds", "stalker") in facts, facts


def test_a_campaigner_on_a_board_is_no_employee(nlp):
    # 'on' ties only a worker's noun to an organisation: a listed title keeps its own prepositions
    facts = _facts(nlp, D + "Rita Moss, a councillor on the Harbour Board, opposed the plan.\n")
    assert not any(f[0] == "employer" and f[1] == "Rita Moss" for f in facts), facts


def test_passive_appointment_by_an_organisation(nlp):
    facts = _facts(nlp, D + "Jim Ray was appointed treasurer by the Kelso Harbour Trust last month.\n")
    assert ("employer", "Jim Ray", "Kelso Harbour Trust") in facts and ("title", "Jim Ray", "treasurer") in facts, facts


def test_a_job_left_or_begun_as(nlp):
    facts = _facts(nlp, D + "Tom Hay began his career as a reporter with the Border Telegraph. Ewan Hastie has left his job "
                            "as a developer at Ravel Digital.\n")
    assert ("employer", "Tom Hay", "Border Telegraph") in facts and ("title", "Tom Hay", "reporter") in facts, facts
    assert ("employer", "Ewan Hastie", "Ravel Digital") in facts, facts
    assert not any(f[1] == "Sid Lowe" for f in _facts(nlp, D + "Sid Lowe never took a job as a teacher at Kelso High School.\n")
                   if f[0] in ("employer", "title"))


def test_a_fronted_job_at_an_organisation(nlp):
    facts = _facts(nlp, D + "Dorothy Vosper died on June 29, aged 94. A midwife at Treliske Hospital, she moved to Wales in 1990.\n")
    assert ("employer", "Dorothy Vosper", "Treliske Hospital") in facts and ("title", "Dorothy Vosper", "midwife") in facts, facts
    # a pastime is no job, with or without a place to practise it
    facts = _facts(nlp, D + "Ann Lee died on June 2. A keen gardener at Kew Gardens, she moved to Wales.\n")
    assert not any(f[0] in ("employer", "occupation", "title") and f[1] == "Ann Lee" for f in facts), facts


def test_survivors_item_by_a_daughter_from_a_first_marriage(nlp):
    facts = _facts(nlp, D + "Walter Penhaligon has died. He is survived by his second wife, Maureen, a former district nurse; "
                            "by a daughter from his first marriage, Jill Rowe; and by three grandchildren.\n")
    assert ("child", "Walter Penhaligon", "Jill Rowe") in facts and ("spouse", "Walter Penhaligon", "Maureen") in facts, facts


def test_now_before_an_age_in_a_kin_list(nlp):
    facts = _facts(nlp, D + "Moira Tulloch married Magnus Tulloch in 1947. The couple had four children: Brenda, now 74, "
                            "and Ian, 70.\n")
    assert {("child", "Moira Tulloch", "Brenda"), ("child", "Moira Tulloch", "Ian"), ("child", "Magnus Tulloch", "Ian")} <= facts, facts


def test_a_place_before_a_trade_apposed_to_a_name_is_no_person(nlp):
    ex, _ = _run(nlp, D + "Walter Penhaligon, the Camborne baker whose pasties won a prize in 1988, has died at the age of 86.\n")
    assert "Camborne" not in _people(ex), ex.entities


def test_hyphened_posts_keep_their_prefix(nlp):
    facts = _facts(nlp, D + "Tom Hill was elected secretary. Ann Lee becomes vice-chairman.\n")
    assert ("title", "Tom Hill", "secretary") in facts and ("title", "Ann Lee", "vice-chairman") in facts, facts


def test_a_board_that_names_somebody_as_a_post_is_not_that_person(nlp):
    ex, _ = _run(nlp, D + "In other news, the Millbrook school board named Renee Ortiz as superintendent on Monday. "
                          "Ortiz, 47, previously served in Fairborn. She replaces Tom Grady.\n")
    renee = next(e for e in ex.entities if e.name == "Renee Ortiz")
    assert not any("board" in m.text for m in renee.mentions), renee.mentions
    assert renee.gender == "female", renee


def test_a_shallop_is_a_boat_and_her_is_hers(nlp):
    ex, _ = _run(nlp, D + "The Company's shallop, Lady Margery, carried the Master's party in the river pageant on 7 June; "
                          "she goes to her boathouse at Putney for new oars in August.\n")
    assert not any(e.name == "Lady Margery" and (e.type == "PERSON" or e.gender) for e in ex.entities), ex.entities


def test_twins_and_a_list_owner(nlp):
    facts = _facts(nlp, D + "Liam Hirst, 38, is principal cornet. Liam's wife, Becky, watched from the front row with their "
                            "twins, Ava and Noah, who are six.\n")
    assert {("child", "Liam Hirst", "Ava"), ("child", "Becky", "Noah"), ("age", "Ava", 6)} <= facts, facts
    ex, _ = _run(nlp, D + "Comfort Adebowale, 80, a retired headmistress, was celebrated on Friday. Her five children led the "
                          "dancing: Dr Tunde Adebowale, a cardiologist in Houston; Mrs Funmilayo Okafor; Engr. Kayode Adebowale; "
                          "Yetunde, 47; and Bisi, who is forty-one. Her late husband, Olusegun Adebowale, was remembered.\n")
    kayode = next(e for e in ex.entities if e.name == "Kayode Adebowale")
    assert kayode.gender is None and not any(m.kind == "pronoun" for m in kayode.mentions), kayode


def test_a_cantonese_given_name_puts_the_surname_before_it(nlp):
    ex, _ = _run(nlp, D + "Harbourfront Land has named Vincent Tse Ka-wing, 57, as chief executive. Mr Tse joined the developer "
                          "in 2011. He takes over from Albert Fok Kwok-leung, 74. Mr Fok's father founded the group. "
                          "Patrick Leung Chi-ho, an analyst, agreed. Mr Leung said so.\n")
    by_name = {e.name: {m.text for m in e.mentions} for e in ex.entities}
    assert "Mr Tse" in by_name.get("Vincent Tse Ka-wing", set()), by_name
    assert "Mr Leung" not in by_name.get("Albert Fok Kwok-leung", set()), by_name


def test_two_words_opening_a_sentence_on_a_keyword_are_a_body(nlp):
    text = D + ("Around the district\n\nHollins Builders of Ilkley re-roofed the hut free of charge. The firm's managing "
                "director, Craig Hollins, 54, was a Scout there.\n")
    ex, _ = _run(nlp, text)
    assert any(e.name == "Hollins Builders" and e.type == "ORG" for e in ex.entities), ex.entities
    facts = _facts(nlp, text)
    assert ("employer", "Craig Hollins", "Hollins Builders") in facts, facts


def test_chief_and_mrs_are_a_couple_and_the_wife_is_a_parent_too(nlp):
    facts = _facts(nlp, D + "Dr Ada Eze wed Obi Nwosu on Saturday. The bride is the daughter of Chief and Mrs Emmanuel Eze "
                            "of Nsukka.\n")
    assert ("spouse", "Emmanuel Eze", "Mrs Emmanuel Eze") in facts or ("spouse", "Mrs Emmanuel Eze", "Emmanuel Eze") in facts, facts


def test_an_organisation_ends_before_a_preposition_and_emeritus_is_no_body(nlp):
    ex, _ = _run(nlp, D + "Faculty news\n\nProfessor Miriam Osei has been appointed dean of the School of Engineering at Halvern "
                          "University. We record the death of Emeritus Professor Harold Quayle, who taught classics.\n")
    orgs = {e.name for e in ex.entities if e.type == "ORG"}
    assert "School of Engineering" in orgs and "Emeritus" not in orgs and not any(o.endswith(" at") for o in orgs), orgs


def test_a_verb_of_work_the_tagger_calls_a_noun(nlp):
    facts = _facts(nlp, D + "Notes\n\nDave Hughes and his daughter, Stacey Hughes, work at Riverside Hospital.\n")
    assert {("employer", "Dave Hughes", "Riverside Hospital"), ("employer", "Stacey Hughes", "Riverside Hospital")} <= facts, facts


def test_both_and_a_plural_job_after_a_couple(nlp):
    facts = _facts(nlp, D + "Dev and Priya Sandhu have taken over the Cub pack. The couple, both pharmacists in Otley, have two "
                            "sons.\n\nAt the gala, Tom Hay and Ann Roe, both retired teachers, sold raffle tickets.\n")
    assert {("occupation", "Dev Sandhu", "pharmacist"), ("occupation", "Priya Sandhu", "pharmacist"),
            ("occupation", "Tom Hay", "teacher"), ("occupation", "Ann Roe", "teacher")} <= facts, facts


def test_an_and_inside_a_body_ending_on_a_keyword(nlp):
    facts = _facts(nlp, D + "Notes\n\nDylan Pryce, 45, is also a part-time firefighter with Mid and West Wales Fire and Rescue "
                            "Service.\n")
    assert ("employer", "Dylan Pryce", "Mid and West Wales Fire and Rescue Service") in facts, facts
    # two people joined by "and" are no body, whatever follows
    ex, _ = _run(nlp, D + "Notes\n\nShe shared the prize with Tom and Mary Smith at the show.\n")
    assert not any(e.type == "ORG" and "Tom" in e.name for e in ex.entities), ex.entities


def test_an_obituarys_relatives_with_their_towns_and_bracketed_spouses(nlp):
    text = D + ("Obituaries\n\nRobert Lindqvist, 88, of Fergus Falls, passed away Feb. 14, 2025. He is survived by his sons, "
                "Mark (Debbie) of Fargo and Paul of Fergus Falls; his daughter, Karen Nygaard of Duluth; and eight grandchildren.\n")
    ex, _ = _run(nlp, text)
    people = _people(ex)
    assert "Paul" in people and "Debbie" in people and not people & {"Fargo", "Paul of Fergus Falls"}, people
    facts = _facts(nlp, text)
    assert {("child", "Robert Lindqvist", "Paul"), ("child", "Robert Lindqvist", "Mark")} <= facts, facts
    assert ("spouse", "Mark", "Debbie") in facts or ("spouse", "Debbie", "Mark") in facts, facts


def test_a_court_reports_defending_is_nobody(nlp):
    ex, _ = _run(nlp, D + "Court report\n\nDefending, Sarah Milburn said her client had lost his job.\n")
    assert "Defending" not in _people(ex), ex.entities


def test_married_to_a_job_and_an_honorific_then_the_couple(nlp):
    # ("to surgeon" is parsed as a verb: the couple is read from the words after "married to")
    facts = _facts(nlp, D + "Notes\n\nCongratulations to Hajiya Halima Yusuf, who has been named managing director. The "
                            "51-year-old is married to surgeon Dr Aminu Yusuf; the couple have a son, Abdullahi, 8.\n")
    assert {("child", "Halima Yusuf", "Abdullahi"), ("child", "Aminu Yusuf", "Abdullahi")} <= facts, facts


def test_an_unnamed_child_described_by_an_age(nlp):
    facts = _facts(nlp, D + "Liam Doyle, 29, admitted assault on Monday. His partner, Chelsea Reay, 27, and their two-year-old "
                            "daughter were in the public gallery.\n")
    assert {("child", "Liam Doyle", "their two-year-old daughter"), ("age", "their two-year-old daughter", 2)} <= facts, facts
