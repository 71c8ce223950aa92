"""Work constructions found short on the development folders on 2026-12-02 (from 12:38 UTC): a
job in apposition to a name given only with its honorific ("Mr. Dunn, a nurse at ORG"), and a
secretary whose organisation's name stands right before the word ("X, Harwood Rovers secretary").
Each is checked on text written for these tests."""

from __future__ import annotations

from tests.test_facts_families import _facts, _run

D = "date 2024-04-10\n"


def test_a_job_apposed_to_an_honorific_and_surname(nlp):
    text = D + "Mr. Dunn, a pediatric nurse at Larch Valley Hospital, gathered 300 signatures against the plan.\n"
    facts = _facts(nlp, text)
    assert ("employer", "Mr. Dunn", "Larch Valley Hospital") in facts, facts
    assert ("title", "Mr. Dunn", "pediatric nurse") in facts, facts
    ex, _ = _run(nlp, text)
    # the honorific's name, not the description, names him
    assert [e.name for e in ex.entities if e.type == "PERSON"] == ["Mr. Dunn"], ex.entities


def test_a_secretary_after_the_organisations_name(nlp):
    facts = _facts(nlp, D + "Harwood Rovers will play at home on Saturday. Mark Fell, Harwood Rovers secretary, "
                            "said the pitch had recovered.\n")
    assert ("employer", "Mark Fell", "Harwood Rovers") in facts and ("title", "Mark Fell", "secretary") in facts, facts


def test_an_office_after_a_party_name_stays_an_office(nlp):
    facts = _facts(nlp, D + "Labour leader Dana Roe said the vote would be close.\n")
    assert not any(f[0] == "employer" and f[1] == "Dana Roe" for f in facts), facts


def test_a_place_after_a_residence_of_stays_a_place(nlp):
    ex, _ = _run(nlp, D + "We also mourn Bryn Hale, who died at home on 2 April, aged 70. Bryn leaves a partner, Ceri Lloyd, "
                         "and a brother, Dai Hale, of Swansea.\n\nThe death is announced of Mr Eustace Grant, 91, a retired "
                         "surveyor, of Mandeville, Manchester, who passed away on Sunday. He was the husband of Ivy Grant.\n")
    people = {e.name for e in ex.entities if e.type == "PERSON"}
    assert not people & {"Swansea", "Manchester", "Mandeville"}, people
    facts = {(f.relation, next(e.name for e in ex.entities if e.id == f.subject)) for f in ex.facts}
    assert ("spouse", "Eustace Grant") in facts or ("spouse", "Ivy Grant") in facts, facts


def test_posts_in_brackets_after_names(nlp):
    facts = _facts(nlp, D + "Present: Ann Roe (Chair), Tom Hale (Treasurer), Kit Abel (minute secretary) and Sam Lowe.\n")
    assert {("title", "Ann Roe", "chair"), ("title", "Tom Hale", "treasurer"), ("title", "Kit Abel", "minute secretary")} <= facts, facts
    assert not any(f[1] == "Sam Lowe" for f in facts if f[0] == "title"), facts


def test_a_birth_congratulated_gives_parents_and_date(nlp):
    ex, names = _run(nlp, D + "The club congratulated Nia Roberts and her husband, Owen, on the birth of twin daughters, "
                             "Megan and Sioned, on 2 April.\n")
    facts = {(f.relation, names.get(f.subject), names.get(f.object) if f.object else f.value) for f in ex.facts}
    for child in ("Megan", "Sioned"):
        assert ("child", "Nia Roberts", child) in facts and ("child", "Owen", child) in facts, facts
        assert ("event", child, "birth") in facts, facts


def test_a_church_mother_is_named_with_her_title(nlp):
    ex, names = _run(nlp, D + "Happy birthday to Mother Dorcas Lyn of Porus, who turns 90 today. Greetings come from her "
                             "two children, Errol, 68, and Pearl, 65.\n")
    facts = {(f.relation, names.get(f.subject), names.get(f.object) if f.object else f.value) for f in ex.facts}
    assert ("child", "Dorcas Lyn", "Errol") in facts and ("age", "Dorcas Lyn", 90) in facts, facts
    assert "Greetings" not in {e.name for e in ex.entities}


def test_a_business_a_relative_opened_is_his_founding(nlp):
    facts = _facts(nlp, D + "Their son, Gary, runs Flett Motors in Stromness, the garage his grandfather opened in 1958. "
                            "The mayor opened the Harbour Museum in 1990.\n")
    assert any(f[0] == "title" and f[2] == "founder" and "grandfather" in f[1] for f in facts), facts
    assert not any(f[2] == "founder" and f[1] != "Gary's grandfather" for f in facts), facts


def test_names_joined_by_an_ampersand_are_one_organisation(nlp):
    ex, _ = _run(nlp, D + "Deputies helped a bus carrying Wanda & the Wagon Wheels, a dance band from Salina, whose manager, "
                         "Lee Ostrander, thanked them.\n")
    band = next(e for e in ex.entities if e.name.startswith("Wanda"))
    assert band.type == "ORG" and band.name == "Wanda & the Wagon Wheels", ex.entities


def test_a_naming_verb_with_its_own_subject_names_no_relative(nlp):
    ex, names = _run(nlp, D + "Shirley Tubbs, 66, said her pickup, which she and her late husband named Big Earl, had been taken.\n")
    assert not any(f.relation == "spouse" and "Big Earl" in (names.get(f.subject), names.get(f.object)) for f in ex.facts), ex.facts
    assert all(e.type != "PERSON" for e in ex.entities if e.name == "Big Earl"), ex.entities


def test_a_predecessor_held_the_post_at_the_same_organisation(nlp):
    facts = _facts(nlp, D + "Mrs Grace Obi, 52, has joined Tsebo High School as principal from Hill Primary. Obi replaces "
                            "Mr Tom Dlamini, who retired in March. Ruth Kay takes over as treasurer from Bill Renn.\n")
    assert ("title", "Tom Dlamini", "principal") in facts and ("employer", "Tom Dlamini", "Tsebo High School") in facts, facts
    assert ("title", "Bill Renn", "treasurer") in facts, facts
    assert ("employer", "Tom Dlamini", "Hill Primary") not in facts, facts


def test_a_kin_list_after_a_relative_clause_and_a_colon(nlp):
    facts = _facts(nlp, D + "Tam Drever died on Sunday, aged 88. He leaves Isa, 84, his wife of 61 years, and the three "
                            "children they raised at the light: Inga, 60; Magnus, 57; and Elsie, 51.\n")
    assert {("child", "Tam Drever", "Inga"), ("child", "Tam Drever", "Magnus"), ("child", "Tam Drever", "Elsie")} <= facts, facts


def test_a_pastor_at_a_church_after_a_name_and_age(nlp):
    facts = _facts(nlp, D + "The couple raised two sons, Paul and Dwight; Dwight, 46, is the new pastor at Bethany Baptist in May Pen.\n")
    assert ("title", "Dwight", "pastor") in facts and ("employer", "Dwight", "Bethany Baptist") in facts, facts


def test_an_age_description_apposed_to_a_name_is_that_persons(nlp):
    facts = _facts(nlp, D + "The council congratulated Ann Roe and her husband, Neil, on their wedding, and Sam Kerr, "
                            "the 66-year-old who skippered the mail boat for 35 years, on retiring in September.\n")
    assert ("age", "Sam Kerr", 66) in facts and ("age", "Ann Roe", 66) not in facts, facts


def test_a_spouse_given_by_to_whom(nlp):
    facts = _facts(nlp, D + "Joseph Dube died on 2 April, aged 83. He leaves Nomsa, 79, to whom he was married for 55 years, "
                            "as well as two sons and one daughter.\n")
    assert ("spouse", "Joseph Dube", "Nomsa") in facts or ("spouse", "Nomsa", "Joseph Dube") in facts, facts
    assert ("number_of_children", "Joseph Dube", 3) in facts, facts


def test_a_heading_line_is_no_part_of_a_description(nlp):
    ex, _ = _run(nlp, D + "3. Ferry\nThe Vice-chair reported that the ferry will be withdrawn for her refit.\n")
    assert not any("\n" in m.text for e in ex.entities for m in e.mentions), ex.entities


def test_a_possessive_post_held_by_the_late(nlp):
    facts = _facts(nlp, D + "The Harwood Angling Club meets on Friday. Its founder, the late Gordon Fyfe, started it in 1961.\n")
    assert ("title", "Gordon Fyfe", "founder") in facts, facts


def test_a_predecessor_of_a_new_post_holder(nlp):
    facts = _facts(nlp, D + "The Leeds Harmony Society met on Sunday. The society's new general secretary is Meena Rao, who takes over "
                            "from Ravi Gill.\n")
    assert ("employer", "Ravi Gill", "Leeds Harmony Society") in facts or ("title", "Ravi Gill", "general secretary") in facts, facts


def test_a_heading_line_ends_its_sentence(nlp):
    ex, names = _run(nlp, D + "Farewell to Mavis\nMavis Duong (1931 – 2024), the village's oldest resident, died "
                             "peacefully on 19 March, aged 92.\n")
    assert "Farewell" not in {e.name for e in ex.entities}, ex.entities
    facts = {(f.relation, names.get(f.subject), f.value) for f in ex.facts}
    assert ("age", "Mavis Duong", 92) in facts, facts


def test_a_first_name_written_short(nlp):
    facts = _facts(nlp, D + "Alderman Reginald Tonkin served on the council from 1968. Reg died at home on 6 April, aged 92.\n")
    assert ("age", "Reginald Tonkin", 92) in facts, facts


def test_a_signature_post_by_its_last_listed_word(nlp):
    facts = _facts(nlp, D + "Welcome to our newest residents. — Leanne Kossatz, Village Manager\n")
    assert ("title", "Leanne Kossatz", "village manager") in facts, facts


def test_an_animal_named_though_the_parser_misread_its_noun(nlp):
    ex, _ = _run(nlp, D + "A grey cockatoo called Sir Percy has been visiting Villa 5. His owner, Ray Fenech, asks that "
                         "nobody feed him.\n")
    assert all(e.type != "PERSON" for e in ex.entities if "Percy" in e.name), ex.entities


def test_a_name_ends_before_lower_case_words(nlp):
    ex, _ = _run(nlp, D + "Harold Vos, 88, died on Tuesday. Harold farmed north of Pella for 40 years.\n")
    assert all(" " not in e.name or e.name == "Harold Vos" for e in ex.entities if e.type == "PERSON"), ex.entities


def test_a_plural_job_before_names(nlp):
    facts = _facts(nlp, D + "Long-service medals went to firefighters Tom Hennessy and Paddy Ward.\n")
    assert ("occupation", "Tom Hennessy", "firefighter") in facts and ("occupation", "Paddy Ward", "firefighter") in facts, facts


def test_a_new_post_the_subject_body_gives(nlp):
    facts = _facts(nlp, D + "The St Ives Drama Society met on Sunday. The society welcomes a new chairman, Ifan Jenkins, 44. He replaces "
                            "Mary Chegwidden, who has chaired the society since 2011.\n")
    assert ("title", "Ifan Jenkins", "chairman") in facts and ("employer", "Ifan Jenkins", "St Ives Drama Society") in facts, facts
    assert ("title", "Mary Chegwidden", "chair") in facts, facts


def test_a_count_of_two_sexes_past_a_name(nlp):
    facts = _facts(nlp, D + "Betty Rowse, 88, died on 3 March. She leaves a daughter, Jill, and two sons, Paul and Martin.\n")
    assert ("number_of_children", "Betty Rowse", 3) in facts, facts


def test_elected_as_a_post_for_a_year(nlp):
    facts = _facts(nlp, D + "The club's annual general meeting on Monday elected Siobhan Keane as captain for 2025.\n")
    assert ("title", "Siobhan Keane", "captain") in facts, facts
