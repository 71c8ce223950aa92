"""Constructions found short in the thirty-third set's articles once it became development
(2026-12-04): a couple named with the family word only in the next sentence, brothers among a
couple's children, the living who speak after an obituary's subject, a person set off after
"his former apprentice", a kin noun opening a paragraph of a profile, a joint possessive ("A and
B's two children"), a list item after a semicolon, a firm called by its possessive ("with
Kelleher's"), a vehicle by its maker and year, a business or a station named with a lower-case
noun, and a job after "the youngest". Each is checked on text written for these tests."""

from __future__ import annotations

from tests.test_facts_families import _facts, _of, _run

D = "date 2025-07-19\nHarbour Notes\n\n"


def test_a_couple_whose_family_word_opens_the_next_sentence(nlp):
    facts = _facts(nlp, D + "Among the new volunteers are Chiamaka and Tobenna Eze, who settled in Portmoor after years in "
                            "Leeds and now both crew the inshore boat every weekend. The couple's two sons, Ikenna, 9, and "
                            "Obi, 6, helped at the barbecue.\n")
    assert any(f[0] == "spouse" and {f[1], f[2]} == {"Chiamaka Eze", "Tobenna Eze"} for f in facts), facts
    assert _of(facts, "child", "Chiamaka Eze") == _of(facts, "child", "Tobenna Eze") == {"Ikenna", "Obi"}


def test_brothers_among_a_couples_children_are_not_the_couples_brothers(nlp):
    facts = _facts(nlp, D + "Ronan Quigley, 88, married Maura Dunne in 1960. Of the couple's four children, brothers "
                            "Cathal, 60, and Fergal, 57, run the family boatyard.\n")
    assert _of(facts, "child", "Ronan Quigley") >= {"Cathal", "Fergal"}, facts
    assert not _of(facts, "sibling", "Ronan Quigley") and not _of(facts, "sibling", "Maura Dunne"), facts
    assert any(f[0] == "sibling" and {f[1], f[2]} == {"Cathal", "Fergal"} for f in facts), facts


def test_the_living_speak_after_an_obituarys_subject(nlp):
    ex, names = _run(nlp, D + "Aldo Ferrante, the clockmaker who kept every church clock in the valley running, died on "
                              "Sunday aged 84.\n\nIn 2012 Aldo sold the workshop to his former apprentice, Wiremu Kani, who "
                              "has run it since. \"Aldo taught me to listen before I touched anything,\" the 52-year-old "
                              "said.\n")
    kinds = {e.name: e.type for e in ex.entities}
    assert kinds.get("Wiremu Kani") == "PERSON", kinds
    ages = {(names[f.subject], f.value) for f in ex.facts if f.relation == "age"}
    assert ("Wiremu Kani", 52) in ages and ("Aldo Ferrante", 84) in ages, ages
    assert ("Aldo Ferrante", 52) not in ages


def test_a_kin_noun_opening_a_paragraph_is_the_topics(nlp):
    ex, names = _run(nlp, D + "Hemi Walker, the saddler, died on Friday aged 79. He opened his shop in 1968. He trained "
                              "a dozen apprentices. He never missed a show.\n\nAmong his six grandchildren is Tamsin Rua, "
                              "17, who now rides for the county.\n\nHis elder sister, Mere, who died in 2020, kept the "
                              "shop's books for forty years.\n")
    facts = {(f.relation, names.get(f.subject), names.get(f.object) if f.object else f.value) for f in ex.facts}
    assert _of(facts, "sibling", "Hemi Walker") == {"Mere"}, facts
    assert not _of(facts, "sibling", "Tamsin Rua")
    assert not any(e.name == "Tamsin Rua" and e.gender for e in ex.entities)


def test_a_thing_renamed_in_his_honour_is_the_dead_mans(nlp):
    ex, _names = _run(nlp, D + "Bruno Salas, the groundsman, died on Monday aged 77. He mowed the pitch for 50 years. He "
                               "rolled it every spring. He knew every blade.\n\nKerry-Ann Doyle, chair of the Portmoor "
                               "Cricket Club, said the club would rename its pavilion in his honour.\n")
    assert not any(e.name == "Kerry-Ann Doyle" and e.gender for e in ex.entities), [(e.name, e.gender) for e in ex.entities]


def test_joining_a_choir_from_another_is_no_post_of_the_job_before(nlp):
    facts = _facts(nlp, D + "\"We sang our hearts out,\" said the choir's director, Lerato Mokoena, 39, a primary school "
                            "teacher who joined the Ikhwezi Choir in 2016 from the Highveld Philharmonic Chorus.\n")
    assert "teacher" not in _of(facts, "title", "Lerato Mokoena"), facts


def test_two_names_before_one_possessive_own_the_kin_noun_together(nlp):
    facts = _facts(nlp, D + "Declan Moran, 66, has run the garage for 30 years with his wife, Aileen, 64. Declan and "
                            "Aileen's three children never wanted the business. Sinead, 40, is a nurse; Ciaran, 37, and "
                            "Orla, 33, live in Perth.\n")
    assert _of(facts, "child", "Declan Moran") == _of(facts, "child", "Aileen") == {"Sinead", "Ciaran", "Orla"}, facts
    assert _of(facts, "number_of_children", "Declan Moran") == {3}, facts


def test_a_list_item_after_a_semicolon_holds_its_own_job(nlp):
    facts = _facts(nlp, D + "Their two children live away. Niamh, 41, is a pharmacist in Galway and has a daughter, Aoibhe, "
                            "5; Padraig, 38, is an engineer at Corrib Energy in Dublin.\n")
    assert _of(facts, "employer", "Padraig") == {"Corrib Energy"}, facts
    assert not _of(facts, "employer", "Aoibhe") and not _of(facts, "title", "Aoibhe"), facts


def test_a_firm_called_by_its_possessive_alone(nlp):
    facts = _facts(nlp, D + "Dunleavy's Coaches has been sold. Fintan Dunleavy, 70, ran the firm for 40 years. Tevita Fifita, "
                            "52, a driver with Dunleavy's since 1999, said staff were relieved.\n")
    assert _of(facts, "employer", "Tevita Fifita") == {"Dunleavy's Coaches"}, facts


def test_a_vehicle_named_with_its_maker_and_year_is_no_person(nlp):
    ex, _ = _run(nlp, D + "Pride of the fleet is Big Morag, a 1968 Bedford that has carried three generations of pupils.\n")
    assert not any(e.name == "Big Morag" and e.type == "PERSON" for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_the_youngest_named_by_the_copula_takes_the_age(nlp):
    facts = _facts(nlp, D + "The youngest dancer, aged 8, is Zinhle Khoza, whose aunt, Thandi Khoza, 51, made her costume.\n")
    assert _of(facts, "age", "Zinhle Khoza") == {8}, facts
    assert not _of(facts, "occupation", "Zinhle Khoza")


def test_a_business_named_before_its_lower_case_noun(nlp):
    facts = _facts(nlp, D + "The bread came from Samir and Rana Khoury, who arrived from Beirut in 2015 and now run the Olive "
                            "Branch bakery on Quay Street. The couple have two sons.\n")
    assert _of(facts, "employer", "Samir Khoury") == _of(facts, "employer", "Rana Khoury") == {"Olive Branch"}, facts


def test_a_station_called_by_its_place(nlp):
    facts = _facts(nlp, D + "Crews gathered at Ballycarra lifeboat station on Saturday. The station's coxswain, Eamon Roche, "
                            "52, said the new boat would arrive in spring. The Ballycarra Lifeboat Guild raised the money.\n")
    assert _of(facts, "employer", "Eamon Roche") == {"Ballycarra lifeboat station"}, facts


def test_coming_to_a_school_from_another_is_a_job_at_both(nlp):
    facts = _facts(nlp, D + "Principal Ines Carvalho, 47, who came to Westmead Academy in 2020 from Harbour Park Collegiate, "
                            "welcomed parents.\n")
    assert _of(facts, "employer", "Ines Carvalho") == {"Westmead Academy", "Harbour Park Collegiate"}, facts


def test_a_principal_of_the_articles_school_is_no_second_occupation(nlp):
    facts = _facts(nlp, D + "Westmead Academy turned 50 on Friday with a gym full of old faces.\n\nPrincipal Ines Carvalho, 47, "
                            "welcomed the crowd. \"Every brick here has a story,\" she said. Westmead Academy opened in 1975 "
                            "as a four-room school, and the academy's first pupils came from three farms.\n")
    assert _of(facts, "employer", "Ines Carvalho") == {"Westmead Academy"}, facts
    assert not _of(facts, "occupation", "Ines Carvalho"), facts


def test_coming_from_an_organisation_alone_is_no_job(nlp):
    facts = _facts(nlp, D + "Ines Carvalho, 47, came from Harbour Park Trust in 2020.\n")
    assert not _of(facts, "employer", "Ines Carvalho"), facts


def test_a_job_after_the_youngest_is_the_names(nlp):
    facts = _facts(nlp, D + "The couple had three children: Ana, 50, a nurse in Suva; Mele, 46, who farms; and Losa, 41, "
                            "the youngest, a radiographer at Lautoka Hospital. \"Mum loved the sea,\" Ana said.\n")
    assert _of(facts, "employer", "Losa") == {"Lautoka Hospital"}, facts


def test_all_girls_genders_every_child_listed(nlp):
    facts = _facts(nlp, D + "Karim Aziz married Salma Nour in 2010. The couple's three children, all girls, Amal, 12, Huda, 9, "
                            "and Reem, 4, sang at the opening.\n")
    assert all(_of(facts, "gender", girl) == {"female"} for girl in ("Amal", "Huda", "Reem")), facts


def test_a_group_named_by_its_members_plural_is_from_the_place_after_of(nlp):
    ex, _ = _run(nlp, D + "The choir finished second to the Harmony Singers of Pietermaritzburg, who kept the title.\n")
    assert not any(e.name == "Pietermaritzburg" and e.type == "PERSON" for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_a_job_named_with_its_organisation_in_front(nlp):
    facts = _facts(nlp, D + "Vikram Rao, a former Corran Steel engineer, chaired the meeting. Kim Lo, a BBC journalist, asked "
                            "the first question.\n")
    assert _of(facts, "employer", "Vikram Rao") == {"Corran Steel"} and _of(facts, "title", "Vikram Rao") == {"engineer"}, facts
    assert _of(facts, "employer", "Kim Lo") == {"BBC"}, facts


def test_a_trade_named_with_its_town_in_front_is_no_job_there(nlp):
    facts = _facts(nlp, D + "Osric Lamb, the Hebden Vale saddler who stitched for three hunts, died at home in Hebden Vale.\n")
    assert not _of(facts, "employer", "Osric Lamb"), facts


def test_hired_by_and_retired_from_an_organisation(nlp):
    facts = _facts(nlp, D + "Kwabena Asante, 41, was hired by Marlow Freight in 2020. Glenys Pugh retired from Wenlow Council in "
                            "2019 after thirty years.\n")
    assert _of(facts, "employer", "Kwabena Asante") == {"Marlow Freight"}, facts
    assert _of(facts, "employer", "Glenys Pugh") == {"Wenlow Council"}, facts


def test_becoming_the_clubs_secretary(nlp):
    facts = _facts(nlp, D + "Portmoor Rovers met on Monday. Liam Doyle became the club's secretary in 2019.\n")
    assert _of(facts, "employer", "Liam Doyle") == {"Portmoor Rovers"} and _of(facts, "title", "Liam Doyle") == {"secretary"}, facts


# ---- from the development set dev5 (written for the project on 2026-12-04) ----------------------

def test_a_shinty_club_is_an_organisation_and_the_club_it(nlp):
    ex, names = _run(nlp, D + "Strathglas Camanachd marked its centenary with a match. The club's president, Iain Munro, 61, "
                              "spoke first. Finlay Munro works for Loch Ness Hydro as an electrician. The club's treasurer, "
                              "Ailsa Grant, said the appeal had raised £40,000.\n")
    kinds = {e.name: e.type for e in ex.entities}
    assert kinds.get("Strathglas Camanachd") == "ORG", kinds
    facts = {(f.relation, names.get(f.subject), names.get(f.object) if f.object else f.value) for f in ex.facts}
    assert _of(facts, "employer", "Ailsa Grant") == {"Strathglas Camanachd"}, facts


def test_an_animal_set_off_before_its_name_is_no_person(nlp):
    ex, _ = _run(nlp, D + "The theatre's tabby cat, Mei Mei, who sleeps in the wig box, will retire with the manager. \"He "
                          "has seen every show,\" said her husband.\n")
    assert not any(e.name == "Mei Mei" and e.type == "PERSON" for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_a_vehicle_the_workers_call_by_a_titled_name(nlp):
    ex, _ = _run(nlp, D + "The depot's oldest lorry, a 1981 Leyland that the drivers call Mzee Simba, led the parade.\n")
    assert not any(e.name == "Mzee Simba" and (e.type == "PERSON" or e.gender) for e in ex.entities), \
        [(e.name, e.type, e.gender) for e in ex.entities]


def test_children_listed_as_a_part_of_the_count_before(nlp):
    facts = _facts(nlp, D + "Flora Beaton and her late husband, Angus Beaton, raised five children in the schoolhouse. "
                            "Three of them, Mairi, 52, Ewen, 49, and Kirsty, 44, will sing tonight.\n")
    assert _of(facts, "child", "Flora Beaton") >= {"Mairi", "Ewen", "Kirsty"}, facts
    assert _of(facts, "child", "Angus Beaton") >= {"Mairi", "Ewen", "Kirsty"}, facts


def test_a_spokeswoman_for_the_dealership_named_before(nlp):
    facts = _facts(nlp, D + "The cup was sponsored by Kev Doyle Motors of Ridgeway. A spokeswoman for the dealership said it "
                            "would be back next year.\n")
    assert any(f[0] == "employer" and f[2] == "Kev Doyle Motors" for f in facts), facts


def test_whose_father_genders_the_father_not_the_name(nlp):
    ex, _ = _run(nlp, D + "The winner was ridden by apprentice jockey Keelin Tran, 19, whose father, Bao Tran, runs a bakery.\n")
    assert not any(e.name == "Keelin Tran" and e.gender == "male" for e in ex.entities), [(e.name, e.gender) for e in ex.entities]


def test_her_mother_and_coach_is_one_person(nlp):
    facts = _facts(nlp, D + "The winner was ridden by apprentice jockey Keelin Tran, 19. Her mother and riding coach, Mai "
                            "Tran, a former jockey, watched from the rail.\n")
    assert _of(facts, "child", "Mai Tran") == {"Keelin Tran"} or _of(facts, "parent", "Keelin Tran") == {"Mai Tran"}, facts


def test_married_after_another_verb_of_the_same_subject(nlp):
    facts = _facts(nlp, D + "Ruairi Macleod, 60, emigrated to Ontario in 1990 and married Josee Leblanc there in 1992.\n")
    assert _of(facts, "spouse", "Ruairi Macleod") == {"Josee Leblanc"}, facts


def test_a_couples_pronoun_goes_to_the_one_given_its_gender(nlp):
    ex, _ = _run(nlp, D + "Anjali Rao thanked her husband on Friday. Anjali and Sam Rao met at a wedding in Leicester and wed in "
                          "2009, on what she calls the wettest day of the decade. Sam, 46, is a paramedic.\n")
    genders = {e.name: e.gender for e in ex.entities}
    assert genders.get("Sam Rao") is None and genders.get("Anjali Rao") == "female", genders


def test_joining_the_articles_factory_as_a_clerk_is_a_post_there(nlp):
    facts = _facts(nlp, D + "Kaptembwo Tea Factory said goodbye to its manager on Friday. The factory employs 300 people.\n\n"
                            "Mr Kiprop, 64, joined the factory as a clerk in 1994 from the Sotik Farmers Co-operative Society.\n")
    assert "clerk" in _of(facts, "title", "Mr Kiprop"), facts
    assert "Sotik Farmers Co-operative Society" in _of(facts, "employer", "Mr Kiprop"), facts


def test_two_of_their_sons_named_run_a_firm(nlp):
    facts = _facts(nlp, D + "Two of their sons, Kipkoech and Kibet, run Chelimo Brothers Haulage in Litein.\n")
    assert _of(facts, "employer", "Kipkoech") == _of(facts, "employer", "Kibet") == {"Chelimo Brothers Haulage"}, facts


def test_a_post_after_the_organisations_noun_opening_the_sentence(nlp):
    facts = _facts(nlp, D + "Kaptembwo Tea Factory said goodbye to its manager on Friday. Factory chairman Elijah Kirui said "
                            "the farmers would miss him.\n")
    assert _of(facts, "employer", "Elijah Kirui") == {"Kaptembwo Tea Factory"}, facts
    assert _of(facts, "title", "Elijah Kirui") == {"chairman"}, facts


def test_the_articles_factory_stays_the_factory_past_another(nlp):
    facts = _facts(nlp, D + "Kaptembwo Tea Factory has a new manager. The factory processes leaf from 4,000 farmers, and "
                            "Kaptembwo Tea Factory pays the best bonus in the county.\n\n"
                            "The new unit manager, Ms Ruth Chepngeno, 41, joins from Kericho Tea Factory, where she ran "
                            "production. She is the first woman to run the factory.\n")
    assert "Kaptembwo Tea Factory" in _of(facts, "employer", "Ruth Chepngeno"), facts
    assert "unit manager" in _of(facts, "title", "Ruth Chepngeno"), facts


def test_their_second_born_daughter(nlp):
    facts = _facts(nlp, D + "Amos Kiprop, 64, and his wife, Rael Chebet, have five children. Their second-born daughter, "
                            "Joy, is a nurse in Leeds.\n")
    assert _of(facts, "child", "Amos Kiprop") >= {"Joy"} and _of(facts, "child", "Rael Chebet") >= {"Joy"}, facts


def test_their_after_a_marriage_in_the_sentence_before(nlp):
    facts = _facts(nlp, D + "Calum Munro and his wife, Morag, 61, have three sons. His brother, Ruairi Munro, 60, emigrated to "
                            "Ontario in 1990 and married Josee Leblanc there in 1992. He flew home with their daughter, Isla, 24.\n")
    assert "Isla" in _of(facts, "child", "Josee Leblanc") and "Isla" not in _of(facts, "child", "Morag"), facts


def test_a_ghillie_on_an_estate_after_another_verb(nlp):
    facts = _facts(nlp, D + "His father, the late Angus Munro (1931 – 2012), started the youth section in 1961 and was a "
                            "ghillie on the Glenbrae Estate for forty years.\n")
    assert _of(facts, "employer", "Angus Munro") == {"Glenbrae Estate"}, facts


def test_a_trade_by_training_fronted(nlp):
    facts = _facts(nlp, D + "Ms Ruth Chepngeno, 41, joins from Kericho Tea Factory. An engineer by training, Ms Chepngeno is "
                            "the first woman to run the factory.\n")
    assert "engineer" in _of(facts, "occupation", "Ruth Chepngeno"), facts


def test_a_couple_with_an_age_before_who_married(nlp):
    facts = _facts(nlp, D + "Maree Dwyer, 63, is the club's secretary. Maree and her husband, Col Dwyer, 66, who married in "
                            "1985, run Boree Creek Station.\n")
    assert any(f[0] == "event" and f[1] in ("Maree Dwyer", "Col Dwyer") for f in facts), facts


def test_children_listed_as_a_part_come_out_in_one_order_whatever_the_hash_seed(tmp_path):
    # the owners of "Three of them" were a set of ids, whose order followed PYTHONHASHSEED
    import os
    import subprocess
    import sys

    article = tmp_path / "part-2025-07-19.txt"
    article.write_text(D + "Flora Beaton and her late husband, Angus Beaton, raised five children in the schoolhouse. "
                           "Three of them, Mairi, 52, Ewen, 49, and Kirsty, 44, will sing tonight.\n", encoding="utf-8")
    outs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-m", "dateline.cli", "extract", str(article), "-f", "json"],
                             capture_output=True, text=True, env=env, check=True)
        outs.append(run.stdout)
    assert "Mairi" in outs[0] and outs[0] == outs[1] == outs[2]
