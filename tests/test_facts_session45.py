"""Constructions found short in the thirty-fourth set's articles once it became development
(2026-12-04, from 09:33 UTC): the living who speak after a man 'who died' in apposition, a
newspaper's masthead and the staff it names ('the Record's community reporter', a byline, 'Ledger
education reporter X', 'our Mysuru correspondent'), a pair of owners, a founder 'the late
saxophonist X', a wire dateline closed by a colon, and a seat on a board. Each is checked on text
written for these tests; the guards keep what the same rules must not touch."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts, _of, _run


def test_a_dead_father_apposed_does_not_say_the_age(nlp):
    ex, names = _run(nlp, "date 2024-09\nThe Kilcarra Mercury | HARBOUR\n\nSeamus Dowd will retire as harbour master at "
                          "the end of the month. Mr Dowd's father, Liam Dowd, a boatman who died in 2001, aged 80, was the "
                          "harbour master before him.\n\n\"I grew up on that slip,\" the 66-year-old said.\n")
    ages = {(names[f.subject], f.value) for f in ex.facts if f.relation == "age"}
    assert ("Seamus Dowd", 66) in ages, ages
    assert ("Liam Dowd", 66) not in ages
    assert ("Liam Dowd", 80) in ages


def test_a_papers_staff_line_names_the_paper_by_its_last_word(nlp):
    ex, names = _run(nlp, "date 2023-06-17\nThe Rosevale Record | COMMUNITY\n\nThe Rosevale tap school turned fifty on "
                          "Friday. \"Half of Rosevale learned to dance here,\" said its principal, Ada Fourie.\n\nZaid "
                          "Hendricks is the Record's community reporter.\n")
    facts = {(f.relation, names.get(f.subject), names.get(f.object) if f.object else f.value) for f in ex.facts}
    assert _of(facts, "employer", "Zaid Hendricks") == {"Rosevale Record"}, facts
    assert _of(facts, "title", "Zaid Hendricks") == {"community reporter"}
    paper = next(e for e in ex.entities if e.name == "Rosevale Record")
    # (the town in 'Half of Rosevale' is no mention of the paper)
    assert all(m.text != "Rosevale" for m in paper.mentions), paper.mentions


def test_a_byline_with_a_capitalised_post_is_a_reporter_of_the_paper(nlp):
    ex, names = _run(nlp, "date 2024-09\nThe Western Tidings | MARINE\n\nA new manager for the co-op\n\nBy Orla "
                          "Brannigan, Marine Correspondent\n\nPeadar Hynes will lock the office for the last time on "
                          "Friday.\n")
    kinds = {e.name: e.type for e in ex.entities}
    assert kinds.get("Orla Brannigan") == "PERSON", kinds
    facts = {(f.relation, names.get(f.subject), names.get(f.object) if f.object else f.value) for f in ex.facts}
    assert _of(facts, "employer", "Orla Brannigan") == {"Western Tidings"}, facts
    assert _of(facts, "title", "Orla Brannigan") == {"marine correspondent"}


@pytest.mark.parametrize("text, who, employer, title", [
    # "Ledger education reporter X": the paper, a field word, the job, the name
    ("date 2021-10\nCedar Hollow Ledger | ELECTION 2021\n\nTwo candidates filed on Monday.\n\nLedger education reporter "
     "Wes Kaminski can be reached by email.\n", "Wes Kaminski", "Cedar Hollow Ledger", "education reporter"),
    # "our Mysuru correspondent": a beat in capitals
    ("date 2026-01-09\nThe Deccan Courier | MYSURU\n\nThe old press closed on Friday.\n\n(Radha Iyengar is our Mysuru "
     "correspondent.)\n", "Radha Iyengar", "Deccan Courier", "mysuru correspondent"),
    # "has been the co-op's bookkeeper since 1989"
    ("date 2024-09\nThe Western Tidings | MARINE\n\nThe Kilrush Fishermen's Co-operative landed more fish than ever this "
     "year. Nora Keane, 61, has been the co-op's bookkeeper since 1989.\n", "Nora Keane", "Kilrush Fishermen's Co-operative",
     "bookkeeper"),
    # "Co-op chair X" (the tokenizer splits "Co-op" in three)
    ("date 2024-09\nThe Western Tidings | MARINE\n\nThe Kilrush Fishermen's Co-operative has a new manager. Co-op chair "
     "Fergal Ahern said the board had interviewed five candidates.\n", "Fergal Ahern", "Kilrush Fishermen's Co-operative", "chair"),
])
def test_a_post_and_its_employer(nlp, text, who, employer, title):
    facts = _facts(nlp, text)
    assert _of(facts, "employer", who) == {employer}, facts
    assert _of(facts, "title", who) == {title}, facts


def test_a_pair_of_owners_each_own_the_business(nlp):
    ex, names = _run(nlp, "date 2025-04-12\nKelbridge Evening Post | WEEKEND\n\nThe Blue Lantern, the basement jazz club "
                          "on Mill Row, closes tonight. Its owners, Hazel and Roy Pennant, confirmed the closure on "
                          "Thursday.\n")
    facts = {(f.relation, names.get(f.subject), names.get(f.object) if f.object else f.value) for f in ex.facts}
    for who in ("Hazel", "Roy Pennant"):
        assert _of(facts, "title", who) == {"owner"}, facts
        assert _of(facts, "employer", who) == {"Blue Lantern"}, facts
    assert not any(e.name.lower() == "its owners" for e in ex.entities), [e.name for e in ex.entities]


def test_a_founder_described_by_his_job_after_the_late(nlp):
    facts = _facts(nlp, "date 2025-04-12\nKelbridge Evening Post | WEEKEND\n\nThe Blue Lantern, the basement jazz club "
                        "on Mill Row, closes tonight. The couple bought the club in 1996 from its founder, the late "
                        "drummer Osric Vane (1931 – 2017).\n")
    assert "founder" in _of(facts, "title", "Osric Vane"), facts
    assert "drummer" in _of(facts, "occupation", "Osric Vane")


def test_a_dateline_closed_by_a_colon_is_a_place(nlp):
    ex, names = _run(nlp, "date 2026-01-09\nThe Deccan Courier | MYSURU\n\nNew hands at the old press\n\nHASSAN: Lakshmi "
                          "Press, the printing house on Temple Road that has turned out wedding cards since 1952, has a "
                          "new manager. The firm was founded by Gopal Shetty, who ran it for forty years.\n\nHis "
                          "granddaughter, Nandini Shetty, joined the family business in 2012.\n")
    assert not any(e.name.upper() in ("HASSAN", "MYSURU") for e in ex.entities), [e.name for e in ex.entities]
    facts = {(f.relation, names.get(f.subject), names.get(f.object) if f.object else f.value) for f in ex.facts}
    assert not any(o in ("HASSAN", "MYSURU", "Deccan Courier") for r, _s, o in facts if r == "employer"), facts


def test_a_board_member_sits_on_the_board_the_text_names(nlp):
    ex, names = _run(nlp, "date 2021-10\nCedar Hollow Ledger | ELECTION 2021\n\nTwo seats on the Cedar Hollow Board of "
                          "Education are open. Incumbent board member Dana Lindgren, 52, is seeking a second term. "
                          "Longtime board member Ruth Varga died in June.\n")
    assert not any(e.name in ("Incumbent", "Longtime") for e in ex.entities), [e.name for e in ex.entities]
    facts = {(f.relation, names.get(f.subject), names.get(f.object) if f.object else f.value) for f in ex.facts}
    assert _of(facts, "employer", "Dana Lindgren") == {"Cedar Hollow Board of Education"}, facts
    assert _of(facts, "employer", "Ruth Varga") == {"Cedar Hollow Board of Education"}, facts


def test_a_description_fronted_before_the_named_subject(nlp):
    ex, names = _run(nlp, "date 2024-09\nThe Western Tidings | MARINE\n\nThe new manager, Sadhbh Moran, 41, starts on "
                          "Monday. The daughter of a Kilkee net-maker, Ms Moran lives on the island with her husband, "
                          "44, a ferry engineer, and their son, Cian, 6.\n")
    facts = {(f.relation, names.get(f.subject), names.get(f.object) if f.object else f.value) for f in ex.facts}
    assert "Cian" in _of(facts, "child", "Sadhbh Moran"), facts
    assert any(r == "spouse" and s == "Sadhbh Moran" for r, s, _o in facts), facts
    assert not any(e.name == "Kilkee" and e.type == "PERSON" for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_married_to_a_described_person_with_a_place_in_the_description(nlp):
    facts = _facts(nlp, "date 2024-09\nThe Western Tidings | MARINE\n\nGrainne Hynes, 35, is a solicitor in Ennis. "
                        "Grainne is married to a Clare GP, Dr Colm Brody, and said her father had earned his rest.\n")
    assert _of(facts, "spouse", "Grainne Hynes") == {"Colm Brody"}, facts


def test_a_reporters_sign_off_and_a_two_word_beat(nlp):
    facts = _facts(nlp, "date 2024-09-03\nThe Clare Champion | FARMING\n\nCattle prices rose again at the Ennis mart on "
                        "Tuesday, and dealers said demand was strong. Mairead Lynch is the Champion's rural affairs "
                        "correspondent.\n\n— Sorcha Daly, Staff Reporter\n")
    assert _of(facts, "title", "Mairead Lynch") == {"rural affairs correspondent"}, facts
    assert _of(facts, "employer", "Sorcha Daly") == {"Clare Champion"}, facts
    assert _of(facts, "title", "Sorcha Daly") == {"staff reporter"}


def test_a_post_taken_over_of_a_named_club_and_a_cafe_before_its_address(nlp):
    ex, names = _run(nlp, "date 2024-05-01\nThe Harwick Gazette | NEWS\n\nLena Voss, 45, took over as manager of Harwick "
                          "Rovers in March. Ruth Osei and her husband, Kwame Osei, run the Copper Kettle Cafe on Mill "
                          "Street.\n")
    facts = {(f.relation, names.get(f.subject), names.get(f.object) if f.object else f.value) for f in ex.facts}
    assert _of(facts, "employer", "Lena Voss") == {"Harwick Rovers"}, facts
    assert _of(facts, "title", "Lena Voss") == {"manager"}
    assert any(e.name == "Copper Kettle Cafe" and e.type == "ORG" for e in ex.entities), [e.name for e in ex.entities]
    assert _of(facts, "employer", "Kwame Osei") == {"Copper Kettle Cafe"}, facts


def test_a_description_with_a_whose_clause_is_not_the_relatives(nlp):
    ex, names = _run(nlp, "date 2024-05-04\nHarwick Gazette | SPORT\n\nHarwick Rovers went top on Saturday thanks to a "
                          "late winner from Callum Price. The 19-year-old striker, whose father, Dean Price, played for "
                          "the club in the 1990s, scored in the 88th minute.\n")
    facts = {(f.relation, names.get(f.subject), names.get(f.object) if f.object else f.value) for f in ex.facts}
    assert ("age", "Callum Price", 19) in facts and ("age", "Dean Price", 19) not in facts, facts
    assert _of(facts, "parent", "Callum Price") == {"Dean Price"} or _of(facts, "child", "Dean Price") == {"Callum Price"}, facts


def test_a_town_before_a_plain_person_noun_is_a_place(nlp):
    ex, _names = _run(nlp, "date 2024-05-01\nKelby Crown Court | COURTS\n\nA Harwick man who stole from the charity he "
                           "chaired has been jailed. Derek Vane, 58, admitted fraud. An Ennis woman, Mary Keane, gave "
                           "evidence.\n")
    assert not any(e.name in ("Harwick", "Ennis") for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_a_death_after_a_semicolon_keeps_its_own_year_and_a_kin_list_its_owner(nlp):
    ex, names = _run(nlp, "date 2023-11-20\nThe Kelby Echo | OBITUARIES\n\nMargaret Lowther, who kept the village shop for "
                          "35 years, has died aged 91. She married Arthur Lowther, a railway signalman, in 1955; he died in "
                          "2010. Peggy is survived by her sons, Ian and David, her daughter, Carol Reed, and her younger "
                          "sister, Jean.\n")
    times = {t.id: t.value for t in ex.times}
    deaths = {names[f.subject]: f.value for f in ex.facts if f.relation == "death"}
    assert deaths.get("Arthur Lowther") == "2010", deaths
    weddings = [times.get(f.time) for f in ex.facts if f.relation == "event" and f.value == "marriage"]
    assert "1955" in weddings, weddings
    facts = {(f.relation, names.get(f.subject), names.get(f.object) if f.object else f.value) for f in ex.facts}
    assert not _of(facts, "child", "David"), facts


def test_survivors_of_two_sexes_add_up(nlp):
    for tail, n in (("He leaves two sons, Rhodri and Emyr, both former players, and a daughter, Sian Howells.", 3),
                    ("He leaves two sons and a daughter.", 3), ("He leaves two sons.", 2)):
        facts = _facts(nlp, "date 2024-10-07\nPortmoor Rugby Club | CLUB NEWS\n\nThe club is mourning Hywel Pritchard, "
                            "who has died at 87. " + tail + "\n")
        assert _of(facts, "number_of_children", "Hywel Pritchard") == {n}, (tail, facts)


def test_a_name_the_tagger_calls_a_work_of_art_before_who_died(nlp):
    ex, _names = _run(nlp, "date 2024-10-07\nPortmoor Rugby Club | CLUB NEWS\n\nThe club is mourning Hywel Pritchard, who "
                           "has died at 87. He leaves two sons, Rhodri and Emyr, both former players, and a daughter, Sian "
                           "Howells.\n")
    assert any(e.name == "Hywel Pritchard" and e.type == "PERSON" for e in ex.entities), [(e.name, e.type) for e in ex.entities]


# ---- guards -----------------------------------------------------------------------------------


def test_guard_a_staff_newsletters_heading_is_no_paper(nlp):
    # ("NEWS" is no newspaper's word: the hospital issues the newsletter, and its staff are its own)
    facts = _facts(nlp, "date 2025-04-11\n\nSTAFF NEWS - St Brede's University Hospital, Carlow\n\nOur new catering "
                        "manager is Declan Furlong, who joins us from the Osprey Hotel.\n")
    assert _of(facts, "employer", "Declan Furlong") & {"St Brede's University Hospital", "University Hospital"}, facts


def test_guard_a_mastheads_newsletter_line_keeps_its_body(nlp):
    ex, _names = _run(nlp, "date 2024-11\nThe Bugle Call | Newsletter of Royal Canadian Legion Branch 88, Elk Point, "
                           "Alta. | November 2024\n\nOur branch president, Gord Mazur, thanks every volunteer.\n")
    assert any("Legion Branch 88" in e.name and e.type == "ORG" for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_guard_one_owner_keeps_the_plural_word_away(nlp):
    # (one name after "owners": no second person to share the post with)
    facts = _facts(nlp, "date 2025-04-12\nKelbridge Evening Post | WEEKEND\n\nThe Blue Lantern, the jazz club on Mill "
                        "Row, closes tonight. Its owners, Hazel Pennant and her brother, confirmed the closure.\n")
    assert "owner" not in _of(facts, "title", "Hazel Pennant") or "owners" not in _of(facts, "title", "Hazel Pennant"), facts


def test_guard_a_club_member_is_not_employed_by_a_board(nlp):
    facts = _facts(nlp, "date 2021-10\nCedar Hollow Ledger | SPORT\n\nThe Cedar Hollow Board of Education approved the "
                        "new pitch. Club member Tom Askew, 40, said the players were delighted.\n")
    assert not _of(facts, "employer", "Tom Askew"), facts
