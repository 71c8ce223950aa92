"""Issue 9, posts that hang on an organisation the article is about: an appointment under a
headline the parser runs into the first sentence, ... Fictional sentences of our own, three
constructions per fix, with negatives."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts, _run

# ---- "ORG has appointed X as T" under a headline run into the sentence --------------------------

@pytest.mark.parametrize("text, who, title, org", [
    ("date 2024-03-02\nAPPOINTMENTS | LEITH\n\nMarrow Freight names new chief\n\nMarrow Freight, the Leith forwarder, "
     "has appointed Ines Duarte as managing director, the first woman in the post.\n",
     "Ines Duarte", "managing director", "Marrow Freight"),
    ("date 2024-03-02\nBUSINESS | DUNDEE\n\nTaybridge Milling Company hires finance head\n\nTaybridge Milling Company, the flour miller, "
     "has hired Helen Marsh as finance director after a long search.\n",
     "Helen Marsh", "finance director", "Taybridge Milling Company"),
    ("date 2024-03-02\nPEOPLE | CORK\n\nQuayside Credit Union picks chief\n\nQuayside Credit Union, the lender, "
     "has named Brid Foley as chief executive, the board said.\n",
     "Brid Foley", "chief executive", "Quayside Credit Union"),
])
def test_an_appointment_under_a_run_in_headline(nlp, text, who, title, org):
    facts = _facts(nlp, text)
    assert ("title", who, title) in facts, facts
    assert ("employer", who, org) in facts, facts


# ---- an organisation written without its name's generic last word ------------------------------

@pytest.mark.parametrize("text, who, org", [
    ("date 2024-03-02\nHarbour 97 News\n\nLena Brock is leaving after 14 years. Brock, 44, joined Harbour 97 "
     "from a rival in 2010.\n", "Lena Brock", "Harbour 97 News"),
    ("date 2024-03-02\nVale Sound FM\n\nVale Sound said on Monday it had hired Owen Pryce. Pryce, 38, joined Vale Sound "
     "from a rival in May.\n", "Owen Pryce", "Vale Sound FM"),
    ("date 2024-03-02\nMetro 24 Group\n\nMetro 24 has a new editor. Tom Yardley, 51, joined Metro 24 from "
     "a rival in 2019.\n", "Tom Yardley", "Metro 24 Group"),
])
def test_a_short_form_of_a_named_organisation_is_the_organisation(nlp, text, who, org):
    facts = _facts(nlp, text)
    assert ("employer", who, org) in facts, facts


# ---- "the station's T, X" / "Its T, X" with the organisation named only further back ----------------

ABOUT = ("date 2024-03-02\nSkye 88 opened a new studio. Skye 88 was founded in 1990 and Skye 88's listeners "
         "are loyal. The weather was kind on Sunday. ")


@pytest.mark.parametrize("text, who, org", [
    (ABOUT + "The station's operations manager, Hamish Nicol, thanked them.\n", "Hamish Nicol", "Skye 88"),
    ("date 2024-03-02\nDunmore Castings has appointed a new chief. Dunmore Castings makes valves, and the firm "
     "employs 90 people. Sales rose last year. Its finance director, Ruth Oyelaran, stays in post.\n",
     "Ruth Oyelaran", "Dunmore Castings"),
    ("date 2024-03-02\nGlenbrae Care opened a garden. Glenbrae Care was founded in 1990 and cares for 40 patients. "
     "The garden cost £20,000. The charity's fundraising manager, Iona Reid, raised it.\n",
     "Iona Reid", "Glenbrae Care"),
])
def test_a_post_of_the_article_s_organisation_named_further_back(nlp, text, who, org):
    facts = _facts(nlp, text)
    assert ("employer", who, org) in facts, facts


def test_a_person_named_like_a_firm_stays_a_person(nlp):
    ex_facts = _facts(nlp, "date 2024-03-02\nHarold Finch Ltd\n\nHarold Finch founded Harold Finch Ltd in 1980. "
                           "Harold Finch, 77, said he was proud of his staff.\n")
    assert ("age", "Harold Finch", 77) in ex_facts, ex_facts


@pytest.mark.parametrize("text", [
    # a place named twice in passing is no organisation the article is about
    "date 2024-03-02\nBALLYCAR, Kilmore — The fair came to Kilmore. The station's manager, Rory Dunne, said it was busy.\n",
    # two organisations named as often: which one is unclear
    "date 2024-03-02\nHalden Mills and Corran Foods both grew. Halden Mills hired staff and Corran Foods bought a van. "
    "The weather was dry. Its finance director, Kit Amos, was pleased.\n",
    # the possessive is a family's, no organisation's
    ABOUT + "The family's eldest, Hamish Nicol, thanked the donors.\n",
])
def test_no_employer_without_one_organisation_the_article_is_about(nlp, text):
    facts = _facts(nlp, text)
    assert not any(f[0] == "employer" for f in facts), facts


# ---- "our T" in an organisation's own voice -------------------------------------------------------

@pytest.mark.parametrize("text, who, title, org", [
    ("date 2025-10\nAshgrove Hospice News | Spring\n\nThanks to everyone who ran. Nadia Fox, our events coordinator, "
     "counted 300 runners.\n", "Nadia Fox", "events coordinator", "Hospice News"),
    ("date 2025-10\nWestmere Sailing School Newsletter\n\nThe regatta went well. Our head instructor, Piet Kuiper, thanked "
     "the crews.\n", "Piet Kuiper", "head instructor", "Sailing School"),
    ("date 2025-10\nLark Valley Trust Bulletin\n\nThe trust planted 2,000 trees. Our head of estates, Brian Osei, "
     "led the work.\n", "Brian Osei", "head of estates", "Valley Trust"),
])
def test_our_post_in_an_organisation_s_own_voice(nlp, text, who, title, org):
    facts = _facts(nlp, text)
    assert ("title", who, title) in facts, facts
    # (the masthead's organisation, however much of its name the entity stage took)
    assert any(f[0] == "employer" and f[1] == who and org in f[2] for f in facts), facts


@pytest.mark.parametrize("text", [
    # inside a quotation 'our' is the speaker's
    "date 2025-10\nAshgrove Hospice News | Spring\n\n\"Nadia Fox, our events coordinator, counted them,\" said a runner.\n",
    # no masthead and no organisation the article is about
    "date 2025-10\nThanks to everyone who ran. Nadia Fox, our events coordinator, counted 300 runners.\n",
    "date 2025-10\nKILMORE, Co Down — Our head instructor, Piet Kuiper, thanked the crews.\n",
])
def test_no_employer_for_our_without_the_organisation_whose_voice_it_is(nlp, text):
    facts = _facts(nlp, text)
    assert not any(f[0] == "employer" for f in facts), facts


@pytest.mark.parametrize("text", [
    ABOUT + "The station's best-known show, Kenny's Quiz, is on at noon.\n",
    ABOUT + "Its loudest fan, Morag Bell, rang in.\n",
    "date 2025-10\nAshgrove Hospice News | Spring\n\nThanks to all. Our oldest friend, Nadia Fox, turned 90.\n",
])
def test_no_post_of_the_article_s_organisation_for_words_that_name_no_job(nlp, text):
    facts = _facts(nlp, text)
    assert not any(f[0] in ("employer", "title") for f in facts), facts


# ---- "X named Y as T": the post is Y's, not the one who gave it ----------------------------------

@pytest.mark.parametrize("text, giver, named, title", [
    ("date 2024-03-02\nAt Corran Foods, chief executive Ama Boateng has named Luke Fraser as finance director.\n",
     "Ama Boateng", "Luke Fraser", "finance director"),
    ("date 2024-03-02\nThe headteacher, Ruth Kamara, appointed Owen Tully as deputy head last week.\n",
     "Ruth Kamara", "Owen Tully", "deputy head"),
    ("date 2024-03-02\nMayor Dan Price has named Lisa Howe as treasurer of the town's festival.\n",
     "Dan Price", "Lisa Howe", "treasurer"),
])
def test_the_giver_of_a_post_does_not_hold_it(nlp, text, giver, named, title):
    facts = _facts(nlp, text)
    assert not any(f[0] == "title" and f[1] == giver and str(f[2]).endswith(title.split()[-1]) for f in facts), facts


# ---- "The practice's oldest employee, the clerk X" ------------------------------------------------

@pytest.mark.parametrize("text, who, job, org", [
    ("date 2024-03-02\nBrennan & Co. has served the town since 1950. The firm still does conveyancing, and the firm's fees are low. "
     "The practice's oldest employee, the clerk Nora Quill, typed the first deed.\n", "Nora Quill", "clerk", "Brennan & Co."),
    ("date 2024-03-02\nHollis Bakery Ltd opened in 1921, and the bakery bakes 900 loaves a day. "
     "The firm's newest worker, the baker Jamie Roe, starts at four.\n", "Jamie Roe", "baker", "Hollis Bakery Ltd"),
    ("date 2024-03-02\nDeane Motors Ltd has closed its showroom, and the garage will sell online. "
     "The company's longest-serving employee, the mechanic Sid Arkwright, retires in May.\n", "Sid Arkwright", "mechanic", "Deane Motors Ltd"),
])
def test_a_staff_word_then_the_job_and_the_name(nlp, text, who, job, org):
    facts = _facts(nlp, text)
    assert ("title", who, job) in facts, facts
    assert ("employer", who, org) in facts, facts


# ---- "ORG has named X, 41, T" with 'as' unsaid ------------------------------------------------------

@pytest.mark.parametrize("text, who, title, org", [
    ("date 2024-03-02\nIn brief: Harlow Leisure Group has named Mina Osei, 41, head of sustainability; she starts in May.\n",
     "Mina Osei", "head of sustainability", "Harlow Leisure Group"),
    ("date 2024-03-02\nKestrel Print Ltd has appointed Dev Malik finance director. He joins from a bank.\n",
     "Dev Malik", "finance director", "Kestrel Print Ltd"),
    ("date 2024-03-02\nThe Fenwick Trust has named Ola Berg, 52, chief executive.\n",
     "Ola Berg", "chief executive", "Fenwick Trust"),
])
def test_an_appointment_with_as_unsaid(nlp, text, who, title, org):
    facts = _facts(nlp, text)
    assert ("title", who, title) in facts, facts
    assert ("employer", who, org) in facts, facts


@pytest.mark.parametrize("text", [
    "date 2024-03-02\nHarlow Leisure Group has named Mina Osei, 41, in its report on the fire.\n",
    "date 2024-03-02\nKestrel Print Ltd has hired Dev Malik last week.\n",
    "date 2024-03-02\nThe Fenwick Trust has named Ola Berg, 52, its favourite gardener of the year.\n",
])
def test_no_post_from_a_naming_that_gives_none(nlp, text):
    facts = _facts(nlp, text)
    assert not any(f[0] in ("title", "employer") for f in facts), facts


# ---- "X of ORG" where the name marks a firm -----------------------------------------------------------

@pytest.mark.parametrize("text, who, org", [
    ("date 2024-03-02\nThe buyer's solicitor, Aine Kelly of Boyd Quinlan Solicitors, said the sale had closed.\n",
     "Aine Kelly", "Boyd Quinlan Solicitors"),
    ("date 2024-03-02\nHer agent, Mia Lund of Northgate Sports Management, confirmed the move.\n",
     "Mia Lund", "Northgate Sports Management"),
    ("date 2024-03-02\nThe survey was done by Omar Haddad of Fenwick Haddad Associates, who found no damage.\n",
     "Omar Haddad", "Fenwick Haddad Associates"),
])
def test_a_name_of_a_firm_after_a_full_name(nlp, text, who, org):
    facts = _facts(nlp, text)
    assert ("employer", who, org) in facts, facts


# ---- "At ORG, T X ..." ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, who, title, org", [
    ("date 2024-03-02\nAt Corran Foods Ltd, chief executive Ama Boateng has named a new finance director.\n",
     "Ama Boateng", "chief executive", "Corran Foods Ltd"),
    ("date 2024-03-02\nSales fell last year. At Halden Systems, operations director Piotr Nowak said the plant would stay open.\n",
     "Piotr Nowak", "operations director", "Halden Systems"),
    ("date 2024-03-02\nAt Wexley General Hospital, ward manager Joy Adeyemi has run the night shift since 2019.\n",
     "Joy Adeyemi", "ward manager", "Wexley General Hospital"),
])
def test_a_post_under_at_org(nlp, text, who, title, org):
    facts = _facts(nlp, text)
    assert any(f[0] == "title" and f[1] == who and str(f[2]).endswith(title) for f in facts), facts
    assert ("employer", who, org) in facts, facts


@pytest.mark.parametrize("text", [
    "date 2024-03-02\nAt Corran Foods Ltd, shoppers Ama Boateng and Tim Lee queued for bread.\n",
    "date 2024-03-02\nAt Halden Park, walker Piotr Nowak found a lost dog.\n",
    "date 2024-03-02\nAt the Wexley Infirmary, patient Joy Adeyemi thanked the nurses.\n",
])
def test_no_post_under_at_org_for_a_visitor(nlp, text):
    facts = _facts(nlp, text)
    assert not any(f[0] == "employer" for f in facts), facts


# ---- "a producer at Kernow Sound": a name the tagger missed after a workplace post's 'at' ------------

@pytest.mark.parametrize("text, who, org", [
    ("date 2024-03-02\nHis daughter, Amy Lowe, is a producer at Tamar Sound in Truro.\n", "Amy Lowe", "Tamar Sound"),
    ("date 2024-03-02\nJon Reyes, 40, is now an editor at Fenmoor Press, where he started in 2015.\n", "Jon Reyes", "Fenmoor Press"),
    ("date 2024-03-02\nThe story was broken by Beth Ngata, a reporter at Wexmoor Gazette, last May.\n", "Beth Ngata", "Wexmoor Gazette"),
])
def test_a_workplace_named_after_a_post_s_at(nlp, text, who, org):
    facts = _facts(nlp, text)
    assert ("employer", who, org) in facts, facts


def test_a_place_after_a_post_s_at_is_no_employer(nlp):
    facts = _facts(nlp, "date 2024-03-02\nAmy Lowe is a producer at Truro, in Cornwall.\n")
    assert not any(f[0] == "employer" for f in facts), facts


# ---- "The chairman, X": a title with no organisation -------------------------------------------------

@pytest.mark.parametrize("text, who, title", [
    ("date 2024-03-02\nThe club met on Friday. The chairman, Alun Bevan, thanked the volunteers.\n", "Alun Bevan", "chairman"),
    ("date 2024-03-02\nThe fire took two days to put out. The new chief, Ray Osler, said the crews were tired.\n", "Ray Osler", "chief"),
    ("date 2024-03-02\nThe society has 90 members. The treasurer, Wyn Parry, said the books were sound.\n", "Wyn Parry", "treasurer"),
])
def test_the_title_then_a_name(nlp, text, who, title):
    facts = _facts(nlp, text)
    assert ("title", who, title) in facts, facts
    assert not any(f[0] == "employer" and f[1] == who for f in facts), facts


@pytest.mark.parametrize("text", [
    "date 2024-03-02\nThe winner, Alun Bevan, thanked the volunteers.\n",
    "date 2024-03-02\nThe driver, Ray Osler, was unhurt.\n",
    "date 2024-03-02\nRain fell. The guest, Alun Bevan, sang two songs.\n",
])
def test_no_title_from_a_definite_noun_that_is_none(nlp, text):
    facts = _facts(nlp, text)
    assert not any(f[0] == "title" for f in facts), facts


@pytest.mark.parametrize("text, who, org", [
    ("date 2024-03-02\nHer attorney, Noel Varga of Varga & Stein, said she would appeal.\n", "Noel Varga", "Varga & Stein"),
    ("date 2024-03-02\nThe valuation was made by Celia Moss of Moss & Tully, who found the roof sound.\n", "Celia Moss", "Moss & Tully"),
    ("date 2024-03-02\nThe plans were drawn by Ivo Lindqvist of Lindqvist & Dahl last winter.\n", "Ivo Lindqvist", "Lindqvist & Dahl"),
])
def test_a_name_of_a_partnership_after_a_full_name(nlp, text, who, org):
    facts = _facts(nlp, text)
    assert ("employer", who, org) in facts, facts


@pytest.mark.parametrize("text, body", [
    ("date 2024-03-02\nThe Royal Society of Arts & Crafts gave the village a grant.\n", "Society"),
    ("date 2024-03-02\nThe Grand Lodge of Masons & Builders met in May.\n", "Lodge"),
    ("date 2024-03-02\nThe Worshipful Company of Bakers & Millers Ltd held a dinner.\n", "Company"),
])
def test_a_body_named_with_of_and_an_ampersand_is_no_person(nlp, text, body):
    ex, _ = _run(nlp, text)
    assert not any(e.type == "PERSON" and body in e.name for e in ex.entities), ex.entities


# ---- "who becomes non-executive chairman": an office with no article ----------------------------------

@pytest.mark.parametrize("text, who, title", [
    ("date 2024-03-02\nShe takes over from her father, Ivo Renn, 79, who becomes non-executive chairman.\n", "Ivo Renn", "non-executive chairman"),
    ("date 2024-03-02\nAfter the vote, Dilys Ogwen became treasurer for a second time.\n", "Dilys Ogwen", "treasurer"),
    ("date 2024-03-02\nMarta Silva, 52, was president from 2010 until the merger.\n", "Marta Silva", "president"),
])
def test_a_bare_office_after_become(nlp, text, who, title):
    facts = _facts(nlp, text)
    assert ("title", who, title) in facts, facts


@pytest.mark.parametrize("text", [
    "date 2024-03-02\nIvo Renn, 79, became a grandfather in May.\n",
    "date 2024-03-02\nDilys Ogwen became a nurse in 1990.\n",
    "date 2024-03-02\nMarta Silva became friends with her neighbour in 2001.\n",
])
def test_no_office_from_become_with_no_title(nlp, text):
    facts = _facts(nlp, text)
    assert not any(f[0] == "title" for f in facts), facts


@pytest.mark.parametrize("text, who, org", [
    ("date 2024-03-02\nHarlan State University named a provost. Amir Sadeq, a lecturer at Harlan State, chaired the panel. "
     "Harlan State board chair Eleanor Whitfield thanked him.\n", "Eleanor Whitfield", "Harlan State University"),
    ("date 2024-03-02\nCorran State University named a dean. Amir Sadeq, a lecturer at Corran State, chaired the panel. "
     "Corran State board chair Ruth Amos thanked him.\n", "Ruth Amos", "Corran State University"),
    ("date 2024-03-02\nMesa Vale State University hired a coach. Amir Sadeq, a lecturer at Mesa Vale State, chaired the panel. "
     "Mesa Vale State board chair Ann Lowe thanked him.\n", "Ann Lowe", "Mesa Vale State University"),
])
def test_a_short_name_after_a_post_s_at_stays_the_named_organisation(nlp, text, who, org):
    facts = _facts(nlp, text)
    assert ("employer", who, org) in facts, facts


@pytest.mark.parametrize("text, who, title, org", [
    ("date 2024-03-02\nRia Dunne joins from Corran Shipping, where she was head of tanker operations for ten years.\n",
     "Ria Dunne", "head of tanker operations", "Corran Shipping"),
    ("date 2024-03-02\nTom Okafor came from Halden Systems Ltd, where he was head of research until 2020.\n",
     "Tom Okafor", "head of research", "Halden Systems Ltd"),
    ("date 2024-03-02\nAnn Roe spent a decade at Marlow Press, where she was head of design and production.\n",
     "Ann Roe", "head of design", "Marlow Press"),
])
def test_a_where_clause_gives_a_head_of_a_field(nlp, text, who, title, org):
    facts = _facts(nlp, text)
    assert any(f[0] == "title" and f[1] == who and str(f[2]).startswith(title) for f in facts), facts
    assert ("employer", who, org) in facts, facts


@pytest.mark.parametrize("text, who, title, org", [
    ("date 2024-03-02\nBefore that Ria Dunne sailed for six years as a deck officer with Corran Shipping Ltd in the Gulf.\n",
     "Ria Dunne", "deck officer", "Corran Shipping Ltd"),
    ("date 2024-03-02\nTom Okafor flew for a decade as a first officer with Skyline Airways.\n",
     "Tom Okafor", "first officer", "Skyline Airways"),
    ("date 2024-03-02\nAs a young man Ben Lowe sailed as chief engineer with Blue Quay Lines for nine years.\n",
     "Ben Lowe", "chief engineer", "Blue Quay Lines"),
])
def test_a_post_held_as_one_sails_or_flies(nlp, text, who, title, org):
    facts = _facts(nlp, text)
    assert any(f[0] == "title" and f[1] == who and title.endswith(str(f[2])) for f in facts), facts
    assert ("employer", who, org) in facts, facts


@pytest.mark.parametrize("text, name", [
    ("date 2024-11-10\nThe 21-year-old was named Lakeshore Conference special teams player of the week on Sunday.\n", "Lakeshore Conference"),
    ("date 2024-11-10\nThe ruling was made by Ardley Sound Solicitors on Monday.\n", "Ardley Sound Solicitors"),
    ("date 2024-11-10\nThe survey was done for Kettle Marsh Surveyors last year.\n", "Kettle Marsh Surveyors"),
])
def test_a_name_closing_on_a_body_s_word_is_no_person(nlp, text, name):
    ex, _ = _run(nlp, text)
    assert not any(e.type == "PERSON" and name in e.name for e in ex.entities), ex.entities


@pytest.mark.parametrize("text, wrong", [
    ("date 2024-03-02\nAlexis Roe, 38, whose late grandfather, Stefan Roe, laid track across the Prairies, becomes president on Jan. 1.\n",
     "Stefan Roe"),
    ("date 2024-03-02\nMia Lund, whose father, Ivo Lund, built the yard, becomes chairman next week.\n", "Ivo Lund"),
    ("date 2024-03-02\nOla Berg, 44, whose uncle, Sven Berg, ran the mill, became treasurer in May.\n", "Sven Berg"),
])
def test_an_office_after_become_is_not_the_relative_clause_s(nlp, text, wrong):
    facts = _facts(nlp, text)
    assert not any(f[0] == "title" and f[1] == wrong for f in facts), facts


@pytest.mark.parametrize("text, name", [
    ("date 2024-03-02\nMillbrook Rovers beat Harwood Town 2-1 on Saturday, and the fans sang for an hour.\n", "Harwood Town"),
    ("date 2024-03-02\nKelso Athletic drew with Corran United 1–1 in the rain.\n", "Corran United"),
    ("date 2024-03-02\nThe final went to Ashby Vale 3-2 after extra time.\n", "Ashby Vale"),
])
def test_a_score_after_a_club_s_name_is_not_part_of_it(nlp, text, name):
    ex, _ = _run(nlp, text)
    assert not any(e.name.startswith(name + " ") for e in ex.entities), ex.entities
