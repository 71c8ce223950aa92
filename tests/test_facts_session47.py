"""Constructions found short in this session's probes (a mining town's memorial, a funeral
announcement, a football side thirty years on, a bakery sold out of a family) and in the
thirty-sixth set's articles once it became development (2026-12-04, from 15:44 UTC). Each is
checked on text written for these tests; the guards keep what the same rules must not touch
(three of these pass on the code the session started from: the guards named so below)."""

from __future__ import annotations

from tests.test_facts_families import _of, _run


def _facts(ex, names):
    return {(f.relation, names.get(f.subject), names.get(f.object) if f.object else f.value) for f in ex.facts}


def _mentions(ex, name):
    e = next(e for e in ex.entities if e.name == name)
    return {m.text for m in e.mentions}


def test_a_headline_place_that_the_dateline_names_is_no_person(nlp):
    ex, _ = _run(nlp, "date 2025-09-14\nStony Ridge remembers the Wren Shaft fire\n\nSTONY RIDGE — Half a century after "
                      "the fire, the town gathered on Saturday to remember the men who died.\n")
    assert not [e for e in ex.entities if e.type == "PERSON" and "stony ridge" in e.name.lower()], ex.entities


def test_a_bare_surname_with_he_after_it_passes_over_a_namesake_a_kin_noun_made_female(nlp):
    ex, names = _run(nlp, "date 2025-09-14\nThe shaft's manager at the time, the late Walter Penrose, led the rescue. His "
                          "granddaughter, Tamsin Penrose, an engineer, read the names. She said her grandfather never "
                          "spoke of it. Penrose ran the mine from 1968 until he retired in 1983, and died in 1991, aged 77.\n")
    facts = _facts(ex, names)
    assert _of(facts, "age", "Walter Penrose") == {77}, facts
    assert not _of(facts, "death", "Tamsin Penrose"), facts
    assert "Penrose" in _mentions(ex, "Walter Penrose")


def test_she_in_a_clause_after_a_named_woman_is_hers_not_a_namesake_further_back(nlp):
    # a guard: the bare-surname rule above must leave the later "she" to the woman just named
    ex, names = _run(nlp, "date 2025-09-14\nThe late Walter Penrose led the rescue. His granddaughter, Tamsin Penrose, read "
                          "the names. She said her grandfather never spoke of it. Penrose ran the mine until he retired.\n\n"
                          "Les Tonkin was 27. Les had married his childhood sweetheart, Joy, in 1973; she later wed a "
                          "shearer, Doug Pratt.\n")
    facts = _facts(ex, names)
    assert _of(facts, "spouse", "Joy") == {"Doug Pratt"}, facts
    assert not _of(facts, "spouse", "Tamsin Penrose"), facts


def test_the_company_is_not_a_side_the_text_called_a_football_club(nlp):
    ex, names = _run(nlp, "date 2025-09-14\nThe memorial was paid for by Wren Consolidated Mines. Copperfield Rovers, the "
                          "town's football club, wore black armbands. Wren Consolidated chief executive Hana Pike flew in "
                          "from Perth. Pike joined the company in 2019.\n")
    assert "the company" not in _mentions(ex, "Copperfield Rovers")
    assert _of(_facts(ex, names), "employer", "Hana Pike") == {"Wren Consolidated Mines"}


def test_a_business_named_after_its_noun_and_a_comma_is_the_one_run(nlp):
    ex, names = _run(nlp, "date 2025-09-14\nKen ran the family removals business, Marsh Bros, for 30 years.\n")
    # (parsed with the name as a modifier of "ran", not apposed to "business")
    assert _of(_facts(ex, names), "employer", "Ken") == {"Marsh Bros"}


def test_a_sibling_noun_after_a_list_of_children_is_the_childrens(nlp):
    ex, names = _run(nlp, "date 2024-11-02\nMadam Adjoa Quaye died on Monday, aged 86. Her brother, Kobina Arthur, lives "
                          "in Leeds.\n\nShe leaves three children: Dr Ekow Quaye, a surgeon; Mrs Araba Sey, a pharmacist; "
                          "and Nana Quaye, 48. Their eldest brother, Kojo Quaye, died in 2015, aged 52.\n")
    facts = _facts(ex, names)
    assert _of(facts, "sibling", "Ekow Quaye") == {"Kojo Quaye"}, facts
    assert _of(facts, "sibling", "Nana Quaye") == {"Kojo Quaye"}, facts
    assert _of(facts, "sibling", "Adjoa Quaye") == {"Kobina Arthur"}, facts
    assert not _of(facts, "sibling", "Kobina Arthur") - {"Adjoa Quaye"}, facts


def test_the_club_is_the_side_named_like_a_club_not_the_paper(nlp):
    ex, names = _run(nlp, "date 2025-05\nThirty years on from the spring when Ashby Town won promotion to the Wearside "
                          "League, the Gazette tracked down the men who did it.\n\nCaptain Rory Hale, 61, became the "
                          "club's manager in 2004.\n")
    facts = _facts(ex, names)
    assert _of(facts, "employer", "Rory Hale") == {"Ashby Town"}, facts


def test_a_masthead_name_run_on_into_the_next_line_is_the_publisher(nlp):
    ex, names = _run(nlp, "date 2023-06-09\nMAINLINE\nThe staff newsletter of Kellow Gas Networks\nIssue 88, Friday 9 June "
                          "2023\n\nPEOPLE NEWS\n\nCongratulations to our leakage technician Owen Treloar on his new "
                          "daughter. Sally Pascoe of our network planning team married on Saturday. Jory Lanyon, 55, "
                          "is one of our reservoir keepers.\n")
    facts = _facts(ex, names)
    assert not [e for e in ex.entities if e.name.startswith("Issue")], ex.entities
    for who in ("Owen Treloar", "Sally Pascoe", "Jory Lanyon"):
        assert _of(facts, "employer", who) == {"Kellow Gas Networks"}, (who, facts)
    assert _of(facts, "title", "Owen Treloar") == {"leakage technician"}
    assert _of(facts, "title", "Jory Lanyon") == {"reservoir keeper"}


def test_our_oldest_member_is_no_post(nlp):
    ex, names = _run(nlp, "date 2023-06-09\nHarbour Rotary Club | Newsletter\n\nWe said goodbye to Elsie Tregear, our "
                          "oldest member, who died on Friday.\n")
    facts = _facts(ex, names)
    assert not _of(facts, "title", "Elsie Tregear"), facts
    assert not _of(facts, "employer", "Elsie Tregear"), facts


def test_an_irish_surname_with_its_particle_is_one_person_with_mr(nlp):
    ex, _ = _run(nlp, "date 2024-08\nSeán Ó Briain sold the farm on Friday. Mr Ó Briain, 67, started in the yard as a boy.\n")
    people = [e for e in ex.entities if e.type == "PERSON"]
    assert [e.name for e in people] == ["Seán Ó Briain"], people
    assert "Ó Briain" in _mentions(ex, "Seán Ó Briain")


def test_a_possessive_on_a_phrase_hung_on_a_noun_is_the_clauses_subjects(nlp):
    # a guard as well as a check: binding.subject_owner now reads "with his wife" hung on "sale"
    # as the clause's, which the ranker also chose here; the article's main man must not take it
    ex, names = _run(nlp, "date 2024-08\nPeadar Nolan, 67, sold the mart on Friday. He and his wife, Maire, have two "
                          "sons. Cian, 39, flew home from Perth for the sale with his wife, Kylie, and their young son; "
                          "Donal, 35, keeps the home place going.\n")
    facts = _facts(ex, names)
    assert _of(facts, "spouse", "Cian") == {"Kylie"}, facts
    assert "Kylie" not in _of(facts, "spouse", "Peadar Nolan"), facts


def test_a_roll_call_of_children_after_a_count_gives_each_to_the_couple(nlp):
    ex, names = _run(nlp, "date 2024-08\nPeadar Nolan and his wife, Maire, have three children. Orla, 42, is a "
                          "solicitor in Galway; Cian, 39, lives in Perth with his wife; and the youngest, Donal, 30, "
                          "keeps the home place going.\n")
    facts = _facts(ex, names)
    for parent in ("Peadar Nolan", "Maire"):
        assert _of(facts, "child", parent) == {"Orla", "Cian", "Donal"}, (parent, facts)
    assert not _of(facts, "child", "Cian"), facts


def test_a_name_the_business_has_been_called_is_an_organisation(nlp):
    ex, _ = _run(nlp, "date 2024-11\nThis month Kamdhenu Dabba Seva, as the business has been called since 1979, "
                      "celebrates fifty years of lunches.\n")
    org = next(e for e in ex.entities if e.name == "Kamdhenu Dabba Seva")
    assert org.type == "ORG"


def test_a_physio_before_a_name_is_her_job_not_her_name(nlp):
    ex, names = _run(nlp, "date 2025-05\nPhysio Agnes Rowe, 79, was the only woman in the dressing room.\n")
    facts = _facts(ex, names)
    assert _of(facts, "occupation", "Agnes Rowe") == {"physio"}, facts


def test_a_where_clause_of_work_on_an_organisation_names_the_employer(nlp):
    ex, names = _run(nlp, "date 2026-02-21\nAstrid Holm met her husband at Vangen High School, where she later "
                          "taught chemistry for 30 years.\n")
    assert _of(_facts(ex, names), "employer", "Astrid Holm") == {"Vangen High School"}
    # (a town the clause hangs on employs nobody)
    ex, names = _run(nlp, "date 2026-02-21\nLars Holm grew up in Dunmore, where he worked on a dairy farm.\n")
    assert not _of(_facts(ex, names), "employer", "Lars Holm")


def test_a_roll_call_joined_by_and_gives_each_child_to_the_couple(nlp):
    ex, names = _run(nlp, "date 2022-03-18\nOwen Tregear and his wife, Morwenna, have two children. Tamsin Tregear, 36, "
                          "works in a bank at Truro, and Jory, 33, is a firefighter with Kernow Fire Service.\n")
    facts = _facts(ex, names)
    for parent in ("Owen Tregear", "Morwenna"):
        assert _of(facts, "child", parent) == {"Tamsin Tregear", "Jory"}, (parent, facts)


def test_a_count_of_children_after_were_married_is_the_couples(nlp):
    ex, names = _run(nlp, "date 2024-08\nPeadar Nolan sold the farm. He and his wife, Maire, 64, were married in "
                          "Cloonmore in 1981 and have four children.\n")
    facts = _facts(ex, names)
    assert _of(facts, "number_of_children", "Peadar Nolan") == {4}, facts
    assert _of(facts, "number_of_children", "Maire") == {4}, facts


def test_the_business_is_the_one_the_text_said_is_called_so(nlp):
    ex, names = _run(nlp, "date 2024-11\nThis month Kamdhenu Dabba Seva, as the business has been called since 1979, "
                          "turns fifty. Its founder, Sumati Joshi, was married at 17 to Vinayak Joshi, a clerk at the "
                          "Sangli Textile Mills, who died in 1998. Sumati ran the business for 29 years. Her son, Milind "
                          "Joshi, has been managing director of the firm since 2003.\n")
    facts = _facts(ex, names)
    assert _of(facts, "employer", "Sumati Joshi") == {"Kamdhenu Dabba Seva"}, facts
    assert _of(facts, "employer", "Milind Joshi") == {"Kamdhenu Dabba Seva"}, facts
    assert _of(facts, "employer", "Vinayak Joshi") == {"Sangli Textile Mills"}, facts


def test_a_papers_job_apposed_to_a_name_without_an_article_is_a_post_there(nlp):
    ex, names = _run(nlp, "date 2025-03-15\nThe Barbados Sentinel | Sport\n\nThe champions won again on Saturday, writes "
                          "Kerry-Ann Phillips, Sentinel sports writer.\n")
    facts = _facts(ex, names)
    assert _of(facts, "employer", "Kerry-Ann Phillips") == {"Barbados Sentinel"}, facts
    assert _of(facts, "title", "Kerry-Ann Phillips") == {"sports writer"}, facts
    assert not _of(facts, "occupation", "Kerry-Ann Phillips"), facts


def test_a_kin_possessive_opening_a_paragraph_after_an_official_speaks_is_the_articles_person(nlp):
    ex, names = _run(nlp, "date 2025-03-29\nA Kendal grandmother who ran her first marathon at 68 has raised £12,000 for "
                          "Greenbank Hospice.\n\nMargaret Ellwood finished the race on Sunday, cheered on by her son, Paul. "
                          "\"I promised myself I'd pay them back,\" she said. Mrs Ellwood trained for 16 weeks.\n\n"
                          "The hospice's chief executive, Dr Anita Shah, thanked her. \"Her story reminds us why we do this,\" "
                          "Dr Shah said.\n\nHer daughter, Lucy Platt, 44, a midwife, ran the last six miles with her mother.\n")
    facts = _facts(ex, names)
    assert _of(facts, "child", "Margaret Ellwood") == {"Paul", "Lucy Platt"}, facts
    assert not _of(facts, "child", "Anita Shah"), facts
