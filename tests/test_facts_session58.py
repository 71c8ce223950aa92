"""Constructions found short in the forty-seventh held-out set once it became development,
2026-12-05 from 18:55 UTC. Each is checked on text written for these tests; the guards (marked)
hold on the start code too and keep the new readings from reaching further."""

from __future__ import annotations

from tests.test_facts_families import _of, _run
from tests.test_facts_session49 import _entity, _facts
from tests.test_facts_session54 import _types
from tests.test_facts_session56 import _people


def test_a_central_asian_patronymic_closes_the_name_and_the_age_after_it_is_hers(nlp):
    ex, names = _run(nlp, "date 2025-06\n\nThe weavers' union met in Naryn on Friday. Gulnara Bekmurat kyzy, 52, a former "
                          "nurse, was elected its chair. Her husband, Timur Ermek uulu, 55, drives the union's van.\n")
    people = _people(ex)
    assert "Gulnara Bekmurat kyzy" in people and "Timur Ermek uulu" in people, _types(ex)
    facts = _facts(ex, names)
    assert ("age", "Gulnara Bekmurat kyzy", 52) in facts and ("age", "Timur Ermek uulu", 55) in facts, facts
    assert ("spouse", "Gulnara Bekmurat kyzy", "Timur Ermek uulu") in facts, facts


def test_a_patronymic_gives_no_gender_of_its_own(nlp):
    # ("kyzy" means a daughter, but a name never sets a gender; on the start code the name was lost)
    ex, names = _run(nlp, "date 2025-06\n\nAsel Nurlan kyzy, 30, weaves felt in Kochkor.\n")
    assert "Asel Nurlan kyzy" in _people(ex), _types(ex)
    assert not _of(_facts(ex, names), "gender", "Asel Nurlan kyzy")


def test_a_maghrebi_house_of_trade_is_an_organisation_and_its_master_is_its_staff(nlp):
    ex, names = _run(nlp, "date 2024-05-02\n\nSFAX — Dar Lahmar, one of the oldest family potteries in the old town, has "
                          "a new kiln. Sami Lahmar, 44, said it cost a year's takings. The pottery employs nine people. Its "
                          "master glazer, Rachid Ouni, 61, trained in Nabeul.\n")
    assert _types(ex).get("Dar Lahmar") == "ORG", _types(ex)
    facts = _facts(ex, names)
    assert ("employer", "Rachid Ouni", "Dar Lahmar") in facts, facts


def test_one_of_the_kind_in_apposition_says_what_the_noun_stands_for(nlp):
    # "the workshop" is the house described as one of the workshops, not the group whose name is a firm's
    ex, names = _run(nlp, "date 2024-05-02\n\nElena Ibarra spent nine years at Tajo Metal Group before she came home. "
                          "Casa Ibarra, one of the last family workshops in Toledo, turned a profit in March. The workshop "
                          "employs 20 people. Its head gilder, Marta Gil, 58, has worked there since 1990.\n")
    facts = _facts(ex, names)
    assert ("employer", "Marta Gil", "Casa Ibarra") in facts, facts
    assert ("employer", "Marta Gil", "Tajo Metal Group") not in facts, facts


def test_ben_inside_a_name_keeps_it_one_man(nlp):
    ex, _ = _run(nlp, "date 2024-05-02\n\nHer husband, Mongi ben Salah Trabelsi, founded the workshop in 1946 and died in 1979.\n")
    assert "Mongi ben Salah Trabelsi" in _people(ex), _types(ex)


def test_a_workshop_opened_by_a_galician_word_is_no_person_and_the_surname_stays_his(nlp):
    ex, names = _run(nlp, "date 2025-10-02\n\nBreogán Lema, the drum maker of Lugo\n\nBreogán Xosé Lema Castro, who ran "
                          "a drum workshop in the hills, died on Monday. He was 80. He opened Obradoiro Lema in 1970, in a "
                          "barn behind the house.\n\nLema's brother, Anxo, said he never took a holiday.\n")
    types = _types(ex)
    assert types.get("Obradoiro Lema") == "ORG", types
    lema = _entity(ex, "Breogán Xosé Lema Castro")
    assert lema is not None and "Breogán Lema" in {m.text for m in lema.mentions}, types
    facts = _facts(ex, names)
    assert "Breogán Xosé Lema Castro" in _of(facts, "sibling", "Anxo") | {f[1] for f in facts if f[0] == "sibling" and f[2] == "Anxo"}, facts


def test_a_short_name_is_not_joined_to_a_room_named_after_the_person(nlp):
    # guard: a three-word name whose last word is a room's is not the person's fuller name
    ex, _ = _run(nlp, "date 2025-03-21\n\nWhen Tui Hakaraia began at the ward in 1980 she was 22. The hospital said the "
                      "playroom would be renamed the Tui Hakaraia Room next month. Tui, 67, retires on Friday.\n")
    tui = _entity(ex, "Tui Hakaraia")
    assert tui is not None and tui.type == "PERSON" and tui.name == "Tui Hakaraia", _types(ex)


def test_a_group_noun_before_a_name_the_parse_cut_off_makes_it_the_group(nlp):
    ex, _ = _run(nlp, "date 2025-10-02\n\nHer son Brais, 24, is a drummer with the folk group Os Regueiros, which his "
                      "uncle founded.\n")
    assert _types(ex).get("Os Regueiros") == "ORG", _types(ex)


def test_a_name_a_man_married_is_a_person_though_tagged_a_building(nlp):
    ex, names = _run(nlp, "date 2024-12-08\n\nDiouf himself married Fatou Bintou Mbengue, a primary-school teacher, in "
                          "2021, and the couple have a daughter, Ndèye Awa, who is two. His wife sat ringside.\n")
    assert "Fatou Bintou Mbengue" in _people(ex), _types(ex)
    facts = _facts(ex, names)
    assert any(f[0] == "spouse" and "Fatou Bintou Mbengue" in (f[1], f[2]) for f in facts), facts


def test_a_couple_who_have_twins_have_both_children_and_a_count_of_two(nlp):
    ex, names = _run(nlp, "date 2025-03-18\n\nSalma Jaziri, 36, is a pharmacist in Ariana. Salma and her husband, Karim "
                          "Jaziri, an architect, have two sons, Adam and Omar.\n\nLeila Haddad, 40, is a teacher. Leila and "
                          "her husband, Sami Haddad, have twins, Nour and Rami, 5.\n")
    facts = _facts(ex, names)
    for parent in ("Leila Haddad", "Sami Haddad"):
        assert {"Nour", "Rami"} <= _of(facts, "child", parent), facts
        assert _of(facts, "number_of_children", parent) == {2}, facts


def test_twins_and_another_child_are_no_count_of_two(nlp):
    # guard: the twins are not all the children
    ex, names = _run(nlp, "date 2025-03-18\n\nMona Saleh and her husband, Tarek Saleh, have twins and a son, Ziad.\n")
    facts = _facts(ex, names)
    assert 2 not in _of(facts, "number_of_children", "Mona Saleh"), facts


def test_the_shops_head_cutter_works_for_the_firm(nlp):
    ex, names = _run(nlp, "date 2025-02-10\n\nAfter 40 years at Zammit & Sons, Paul Zammit, 70, will retire. The shop dates "
                          "from 1952.\n\nThe shop's head cutter, Joe Borg, 61, trained in London. Tony Vella, the shop's first "
                          "apprentice, is 80.\n")
    facts = _facts(ex, names)
    assert ("employer", "Joe Borg", "Zammit & Sons") in facts and ("title", "Joe Borg", "head cutter") in facts, facts
    assert ("employer", "Tony Vella", "Zammit & Sons") in facts, facts


def test_running_a_corner_shop_is_no_job_at_the_firm(nlp):
    # guard: a shop run by somebody is often a shop of their own, not the firm the article is about
    ex, names = _run(nlp, "date 2025-02-10\n\nAfter 40 years at Zammit & Sons, Paul Zammit, 70, will retire. His sister, "
                          "Rita Camilleri, ran the corner shop for years.\n")
    facts = _facts(ex, names)
    assert not _of(facts, "employer", "Rita Camilleri"), facts


def test_managing_or_working_on_a_thing_the_firm_owns_is_work_for_it(nlp):
    ex, names = _run(nlp, "date 2024-07-16\n\nThe Talaulim Feni Distillery has made feni since 1932. Rohan Fernandes, 33, "
                          "manages the distillery's bottling shed. Daniel, who is thirty-three and works on the distillery's "
                          "tasting stand, said so.\n")
    facts = _facts(ex, names)
    assert ("employer", "Rohan Fernandes", "Talaulim Feni Distillery") in facts, facts
    assert ("employer", "Daniel", "Talaulim Feni Distillery") in facts, facts
    assert not _of(facts, "title", "Rohan Fernandes"), facts


def test_keeping_the_firms_books_names_it_as_employer(nlp):
    # (a guard against it until 2026-12-06; the held-out rows since write the convention out, and
    # the development gold of the feni article itself reads it as the employer)
    ex, names = _run(nlp, "date 2024-07-16\n\nThe Talaulim Feni Distillery has made feni since 1932. Rohan Fernandes, 33, "
                          "keeps the distillery's books.\n")
    assert _of(_facts(ex, names), "employer", "Rohan Fernandes") == {"Talaulim Feni Distillery"}


def test_a_post_taken_over_or_kept_is_at_the_body_the_story_opens_on_past_its_headings(nlp):
    ex, names = _run(nlp, "date 2025-03-18\n\nBUSINESS | MEDINA TRADES\n\nNew hands at an old house\n\nSFAX — Dar Lahmar, one "
                          "of the oldest family potteries in the old town, has a new head. Sami Lahmar, 44, took over as "
                          "managing director on March 3 from his father, Hedi Lahmar, 71, who stays on as honorary chairman.\n\n"
                          "Dar Lahmar sells about 9,000 plates a year.\n")
    facts = _facts(ex, names)
    assert ("employer", "Sami Lahmar", "Dar Lahmar") in facts, facts
    assert ("employer", "Hedi Lahmar", "Dar Lahmar") in facts, facts


def test_a_post_one_was_elected_to_is_at_the_body_the_story_opens_on(nlp):
    ex, names = _run(nlp, "date 2025-06\n\nThe Ala-Too Felt Cooperative held its spring meeting in Kochkor on Friday. Aizada "
                          "Toktogul kyzy, 41, a former English teacher, was elected chair.\n\nThe Ala-Too Felt Cooperative has "
                          "40 members.\n")
    facts = _facts(ex, names)
    assert ("employer", "Aizada Toktogul kyzy", "Ala-Too Felt Cooperative") in facts, facts
    assert ("title", "Aizada Toktogul kyzy", "chair") in facts, facts


def test_a_name_the_staff_give_a_tool_is_no_person(nlp):
    ex, _ = _run(nlp, "date 2025-03-18\n\nThe oldest tool in the building is a walnut press that the staff call Lella "
                      "Khadija. \"She has pressed more caps than any of us,\" said Youssef Bakkouche.\n")
    assert "Lella Khadija" not in _people(ex), _types(ex)


def test_a_name_the_neighbours_give_a_man_is_still_his(nlp):
    # guard: a person's noun before the naming verb keeps the name a person's
    ex, _ = _run(nlp, "date 2025-03-18\n\nThe oldest worker in the building is a quiet dyer that the staff call Lella "
                      "Khadija. She has dyed caps since 1970.\n")
    assert "Lella Khadija" in _people(ex), _types(ex)


def test_two_names_who_married_and_have_children_both_have_the_count(nlp):
    ex, names = _run(nlp, "date 2024-12-08\n\nPape Malick Diouf and Adama Ndiaye married in 1991 and have four children: "
                          "Moustapha; Aminata, 25, a nurse; Cheikh, 22; and Khady, who is sixteen.\n")
    facts = _facts(ex, names)
    assert _of(facts, "number_of_children", "Pape Malick Diouf") == {4}, facts
    assert _of(facts, "number_of_children", "Adama Ndiaye") == {4}, facts


def test_a_priests_title_inside_a_list_of_children_ends_no_sentence(nlp):
    ex, names = _run(nlp, "date 2024-07-16\n\nFrancisco Fernandes married Luiza Rodrigues in 1962. They raised three "
                          "children: Anthony; Filomena; and Fr. Peter Fernandes, 51, parish priest of St Anne's in Talaulim.\n")
    facts = _facts(ex, names)
    assert ("child", "Luiza Rodrigues", "Peter Fernandes") in facts, facts
    assert ("child", "Francisco Fernandes", "Peter Fernandes") in facts, facts


def test_its_after_a_sentence_about_the_firms_books_is_the_firm(nlp):
    ex, names = _run(nlp, "date 2024-07-16\n\nFilomena de Menezes, 54, has run Fernandes Distillery since 2009.\n\nHer "
                          "brother, Fr. Peter Fernandes, 51, is parish priest of St Anne's in Talaulim.\n\nFilomena's "
                          "husband, Rohan de Menezes, 56, an accountant, keeps the distillery's books. Their daughter, Alisha, "
                          "27, is its master distiller.\n")
    facts = _facts(ex, names)
    assert ("employer", "Alisha", "Fernandes Distillery") in facts, facts


def test_a_priests_title_split_from_its_point_still_genders_him(nlp):
    ex, names = _run(nlp, "date 2024-07-16\n\nFrancisco Fernandes married Luiza Rodrigues in 1962. They raised three "
                          "children: Anthony; Filomena; and Fr. Peter Fernandes, 51, parish priest of St Anne's in Talaulim.\n")
    assert ("gender", "Peter Fernandes", "male") in _facts(ex, names)


def test_a_kin_noun_modifying_another_noun_names_no_relative(nlp):
    ex, names = _run(nlp, "date 2025-06\n\nKarim and Salma Jaziri run the shop. Their boy apprentice, Taalai Mamytov, 17, "
                          "sweeps the floor. Karim Jaziri's girl apprentice, Leila Haddad, 17, bakes.\n")
    facts = _facts(ex, names)
    assert not _of(facts, "child", "Karim Jaziri") and not _of(facts, "child", "Salma Jaziri"), facts


def test_a_newspaper_desk_line_names_nobody(nlp):
    ex, _ = _run(nlp, "date 2024-12-08\n\nSPORTS | LAAMB\n\nGaïndé Pikine takes the crown\n\nDAKAR — Moustapha Diouf, 29, "
                      "won the final on Sunday in front of 40,000 people.\n")
    assert not any(e.name.upper() == "LAAMB" for e in ex.entities), _types(ex)


def test_a_capitals_masthead_with_its_place_after_a_comma_names_the_body(nlp):
    ex, _ = _run(nlp, "date 2025-06\n\nALA-TOO FELT MAKERS' COOPERATIVE, KOCHKOR\nMembers' Newsletter, June 2025\n\nFROM THE "
                      "CHAIR\n\nDear members, the wool is in. Jyldyz Abdrakhmanova chaired the cooperative for nine years.\n")
    assert _types(ex).get("ALA-TOO FELT MAKERS' COOPERATIVE") == "ORG", _types(ex)


def test_a_house_word_before_a_name_no_one_else_bears_leaves_a_person(nlp):
    # guard: "Dar" opens a family's house only beside a namesake ("Dar Adal" in GAP is a man)
    ex, _ = _run(nlp, "date 2020-01-01\n\nLater, Carrie confronts Dar Adal, who reveals that Saul supported the deal. Dar Adal "
                      "said he would not resign.\n")
    assert "Dar Adal" in _people(ex), _types(ex)
