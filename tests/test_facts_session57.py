"""Constructions found short in this session's probes (a Tongan church band in Auckland, a Hmong
story-cloth cooperative, an Armenian lavash bakery, a Sardinian tenore quartet, a Bolivian
cholita wrestling troupe, a Pampanga jeepney builder, a Cornish gig club, a Haitian rara band)
and in the forty-sixth set once it became development, 2026-12-05 from 16:32 UTC. Each is
checked on text written for these tests."""

from __future__ import annotations

from tests.test_facts_families import _of, _run
from tests.test_facts_session49 import _entity, _facts
from tests.test_facts_session54 import _types
from tests.test_facts_session56 import _people


def test_a_firm_named_again_untagged_is_the_firm_and_no_person_a_pronoun_makes(nlp):
    ex, _ = _run(nlp, "date 2024-04\nFour generations at the evaporator\n\nThe sap ran three weeks early this spring at "
                      "Beaudry Maple, near Lanark, Ont., and the family boiled through grief. Marc Gagnon, 50, runs the "
                      "shack.\n\nBeaudry Maple now runs 14,000 taps on tubing. The original wood-fired evaporator, which the "
                      "children call Grandpa Ned, still stands in the old shack; he came from a Montreal foundry in 1931.\n")
    assert "Beaudry Maple" not in _people(ex), _types(ex)


def test_a_name_apposed_to_a_department_store_is_the_store(nlp):
    ex, _ = _run(nlp, "date 2025-02-10\nClaire Bonello, 41, joined her father at the shop in 2004 after eight years as a "
                      "buyer for Marden Row, the London department store.\n")
    assert _types(ex).get("Marden Row") == "ORG", _types(ex)


def test_a_couple_named_together_whose_daughter_the_next_sentence_names(nlp):
    ex, names = _run(nlp, "date 2023-08-14\nNilda Choque, 68, is the troupe's treasurer.\n\nRosa and Jaime Quispe, who run a "
                          "salteña stall outside the coliseum, have attended every show. Their daughter, Luz Quispe, 17, hopes "
                          "to join the troupe.\n")
    types = _types(ex)
    assert types.get("Jaime Quispe") == "PERSON" and types.get("Rosa Quispe") == "PERSON", types
    facts = _facts(ex, names)
    assert ("child", "Rosa Quispe", "Luz Quispe") in facts and ("child", "Jaime Quispe", "Luz Quispe") in facts, facts
    assert not _of(facts, "child", "Nilda Choque"), facts


def test_a_given_name_the_tagger_read_as_a_verb_opening_the_sentence(nlp):
    ex, names = _run(nlp, "date 2021-09-20\n\nAnahit Petrosyan and her husband have two daughters, Lusine, 50, and Gayane, 45. "
                          "Gayane Petrosyan is a spokeswoman for the Armenian Bakers Union.\n")
    assert "Anahit Petrosyan" in _people(ex), _people(ex)
    facts = _facts(ex, names)
    assert ("child", "Anahit Petrosyan", "Lusine") in facts, facts
    assert not _of(facts, "number_of_children", "Gayane Petrosyan"), facts


def test_a_spokesman_for_a_body_named_by_a_common_noun_is_the_name_set_off_after_it(nlp):
    ex, names = _run(nlp, "date 2024-06-02\nAntonio Serra is president of the Tenore Heritage Association in Nuoro. A "
                          "spokesman for the association, Efisio Mura, said the quartet was authentic.\n")
    assert _people(ex) == ["Antonio Serra", "Efisio Mura"], _people(ex)
    facts = _facts(ex, names)
    assert ("title", "Efisio Mura", "spokesman") in facts, facts


def test_a_spokeswoman_for_a_government_named_by_its_place_is_the_name_after_it(nlp):
    ex, _ = _run(nlp, "date 2023-08-14\nA spokeswoman for the El Alto municipal government, Carla Ticona, said the city "
                      "would fund a new roof.\n")
    assert _people(ex) == ["Carla Ticona"], _types(ex)


def test_a_role_in_a_denied_relation_is_nobody_the_subject_holds(nlp):
    ex, names = _run(nlp, "date 2024-05-01\nHrachya Avetisyan, deputy director of the Matenadaran institute, spoke at the "
                          "event. Avetisyan is not related to the former president.\n")
    facts = _facts(ex, names)
    assert "president" not in _of(facts, "title", "Hrachya Avetisyan"), facts


def test_an_owner_who_is_not_related_is_a_person(nlp):
    ex, _ = _run(nlp, "date 2024-05-01\nMotu Motors, a car dealership in Papatoetoe, is sponsoring the uniforms. The business "
                      "is owned by Tomasi Kata, who is not related to the band's founders.\n")
    assert _types(ex).get("Tomasi Kata") == "PERSON", _types(ex)


def test_an_honorific_the_tagger_took_alone_before_a_surname(nlp):
    ex, _ = _run(nlp, "date 2024-11-26\n\nThe dye house was founded by the late Alhaja Sidikat Oyewole. Justice Morenike "
                      "Coker said the name had been registered in 1987 by Alhaja Oyewole herself.\n")
    assert "Alhaja" not in _types(ex), _types(ex)


def test_she_died_is_the_one_called_late_not_the_judge_between(nlp):
    ex, names = _run(nlp, "date 2024-11-26\nThe dye house was founded by the late Alhaja Sidikat Olawale. Justice Morenike "
                          "Coker said the name had been registered in 1987 by Alhaja Olawale herself, who was known in the "
                          "market as Iya Ibeji. She died in 2019, aged 84.\n")
    facts = _facts(ex, names)
    assert ("death", "Sidikat Olawale", "2019") in facts, facts
    assert not _of(facts, "death", "Morenike Coker"), facts


def test_her_in_what_the_subject_is_said_to_be_is_not_the_subject(nlp):
    ex, names = _run(nlp, "date 2024-11-26\nThe dye house was founded by Sidikat Olawale in 1961.\n\nThe twins, Taiwo and "
                          "Kehinde, born in 1963, were the eldest of her five children.\n")
    facts = _facts(ex, names)
    assert not _of(facts, "number_of_children", "Kehinde") and not _of(facts, "number_of_children", "Taiwo"), facts


def test_her_family_after_a_copula_may_still_be_the_subjects(nlp):
    # (guard: not a kin noun; passes on the start code too)
    ex, _ = _run(nlp, "date 2025-06-21\nThe bell is cast by Coppens Foundry, whose managing director, Hanne Coppens, 52, is "
                      "the fifth generation of her family to run the firm.\n")
    assert _entity(ex, "Hanne Coppens").gender == "female", _entity(ex, "Hanne Coppens")


def test_a_given_name_that_is_a_malaysian_title_after_a_kin_noun(nlp):
    ex, names = _run(nlp, "date 2024-10-08\nHe was the son of Vakhtang Beridze, a potter.\n\nAmong the apprentices were Otar's "
                          "nephew, Dato Beridze, and Levan Shengelia, 44, now a potter in Imereti.\n")
    assert "Dato Beridze" in _people(ex), _people(ex)
    levan = _entity(ex, "Levan Shengelia")
    assert levan.gender is None, levan
    assert not _of(_facts(ex, names), "gender", "Levan Shengelia"), _facts(ex, names)


def test_dato_with_its_apostrophe_stays_a_title(nlp):
    # (guard: passes on the start code too)
    ex, _ = _run(nlp, "date 2022-05-01\nEmeritus Professor Dato' Ahmad Fauzi Osman (1941 – 2022) died on 18 April. A student "
                      "won the Dato' Ahmad Fauzi Medal this year.\n")
    assert "Ahmad Fauzi Osman" in _people(ex), _types(ex)
    assert not any(n.startswith("Dato") for n in _types(ex)), _types(ex)


def test_two_surnames_without_the_given_name_are_the_person_named_in_full(nlp):
    ex, names = _run(nlp, "date 2025-08-12\nThe mill has named Rocío Huamán Cutipa as general manager.\n\nHuamán Cutipa, 39, "
                          "returns from a Lima exporter. She lives in Yanahuara with her husband, Martín Salas, 41.\n")
    assert _people(ex).count("Rocío Huamán Cutipa") == 1 and "Huamán Cutipa" not in _people(ex), _people(ex)
    facts = _facts(ex, names)
    assert ("age", "Rocío Huamán Cutipa", 39) in facts, facts


def test_a_spanish_or_italian_mill_word_opens_a_firm(nlp):
    ex, _ = _run(nlp, "date 2025-08-12\nHilados Doña Rosa, the Arequipa spinner of alpaca yarn, has a new manager. A "
                      "spokeswoman for Lanificio Bertoldi, its Italian buyer, said orders would grow.\n")
    types = _types(ex)
    assert types.get("Hilados Doña Rosa") == "ORG" and types.get("Lanificio Bertoldi") == "ORG", types


def test_an_untagged_name_apposed_to_an_aged_noun_and_the_name_the_circuit_knows_him_by(nlp):
    ex, names = _run(nlp, "date 2025-02-09\nSPORTS | KABADDI\n\nSheru's late raids bring the cup home\n\nGurpreet Singh "
                          "Dhillon, the 24-year-old raider the whole Doaba circuit knows as Sheru, took four points on "
                          "Saturday.\n\nThe club's coach, Baldev Singh Dhillon, 55, who is Sheru's father, played in the "
                          "same final thirty years ago.\n")
    facts = _facts(ex, names)
    assert ("age", "Gurpreet Singh Dhillon", 24) in facts, facts
    assert ("child", "Baldev Singh Dhillon", "Gurpreet Singh Dhillon") in facts \
        or ("parent", "Gurpreet Singh Dhillon", "Baldev Singh Dhillon") in facts, facts
    assert "Sheru" not in _people(ex), _people(ex)


def test_a_trophy_that_players_call_by_a_name_is_no_person(nlp):
    ex, _ = _run(nlp, "date 2025-02-09\nThe win brings the silver trophy that players call Rani back to the village. \"She "
                      "has been away far too long,\" said the coach, Baldev Singh, 55.\n")
    assert "Rani" not in _people(ex), _types(ex)


def test_a_bracketed_nickname_inside_a_name_the_tagger_called_a_firm(nlp):
    ex, names = _run(nlp, "date 2025-04\nIn 1958 Mykhailo Zaritskyi married Halyna Bondar, a nurse. They raised two children: Larysa "
                          "(Lesia) Zaritska-Moroz, 64, who conducted the choir, and Bohdan Zaritskyi, 60, a retired "
                          "pharmacist.\n")
    facts = _facts(ex, names)
    assert ("age", "Larysa (Lesia) Zaritska-Moroz", 64) in facts, facts
    assert ("child", "Halyna Bondar", "Bohdan Zaritskyi") in facts, facts


def test_the_place_after_a_newsletters_body_is_nobody(nlp):
    ex, _ = _run(nlp, "date 2025-04\n\nSTRUNA\nNewsletter of the Prairie Bandura Society, Winnipeg\n\nFROM THE PRESIDENT\n\n"
                      "Dear friends, spring rehearsals begin on Sunday. — Oksana Hrytsenko, President\n")
    assert "Winnipeg" not in _people(ex), _types(ex)


def test_the_referee_nobody_was_named_as_is_nobody_named(nlp):
    ex, names = _run(nlp, "date 2025-02-09\n\nBhullar Sports Club beat Nawanshahr Lions 41-38 in the final.\n\nThe Lions had "
                          "led by six at half-time, with their captain, Amandeep Singh Gill, 29, raiding almost at will. The "
                          "referee blew for time.\n")
    facts = _facts(ex, names)
    assert "referee" not in _of(facts, "occupation", "Amandeep Singh Gill"), facts


def test_community_honorifics_stay_out_of_the_name_and_give_their_gender(nlp):
    ex, _ = _run(nlp, "date 2024-06-02\nFaifekau Malakai Tonga, a retired minister, blessed the hall. Tziu Bachisio Porcu "
                      "sang. Manbo Yolette Jean-Baptiste, 66, blesses the band; her late husband, Oungan Dieuseul "
                      "Jean-Baptiste, died in 2010.\n")
    people = _people(ex)
    assert {"Malakai Tonga", "Bachisio Porcu", "Yolette Jean-Baptiste", "Dieuseul Jean-Baptiste"} <= set(people), people
    assert _entity(ex, "Bachisio Porcu").gender == "male", _entity(ex, "Bachisio Porcu")


def test_an_abbreviated_title_the_tagger_took_alone_before_its_full_stop(nlp):
    ex, _ = _run(nlp, "date 2024-03-01\nA spokesman for the Land Transportation Franchising and Regulatory Board, Atty. "
                      "Cecilia Lacson-Reyes, said older jeepneys would be phased out.\n")
    assert "Atty" not in _types(ex), _types(ex)


def test_a_stepmother_is_no_parent_by_our_convention(nlp):
    ex, names = _run(nlp, "date 2023-05-20\nJack Penrose died in 2021, aged 90. His daughter, Morwenna Pascoe, 58, is the "
                          "captain.\n\nMorwenna Pascoe said her father's widow, her stepmother Ann Penrose, 80, still bakes "
                          "saffron buns.\n")
    facts = _facts(ex, names)
    assert not _of(facts, "parent", "Morwenna Pascoe") and not _of(facts, "child", "Ann Penrose"), facts
    assert ("gender", "Ann Penrose", "female") in facts, facts


def test_a_plural_noun_before_one_name_is_no_post(nlp):
    ex, names = _run(nlp, "date 2024-03-01\nMaria Dizon handles the accounts at Dizon Motors. If the program goes ahead, "
                          "Dizon Motors could lose half its orders, Tess Dizon said.\n")
    facts = _facts(ex, names)
    assert not _of(facts, "title", "Tess Dizon"), facts


def test_the_one_after_after_died(nlp):
    ex, names = _run(nlp, "date 2024-09-21\n\nMai Xiong, 52, is the treasurer. She joined after her mother, Chong Lee, died in 2021.\n")
    facts = _facts(ex, names)
    assert ("death", "Chong Lee", "2021") in facts, facts


def test_children_counted_including_one_named(nlp):
    ex, names = _run(nlp, "date 2024-09-21\nViliami Tupou and his wife, Kalolaine, have four children, including Sitani, "
                          "17, who plays tuba.\n")
    facts = _facts(ex, names)
    assert ("child", "Viliami Tupou", "Sitani") in facts and ("child", "Kalolaine", "Sitani") in facts, facts


def test_two_names_of_one_length_that_differ_inside_are_two_people(nlp):
    ex, names = _run(nlp, "date 2023-06-14\nYang Jae-won, 44, runs a seafood stall in Seogwipo. He and his wife have two sons, "
                          "Yang Min-jun, 12, and Yang Seo-jun, 8.\n")
    assert {"Yang Min-jun", "Yang Seo-jun"} <= set(_people(ex)), _people(ex)
    facts = _facts(ex, names)
    assert ("age", "Yang Seo-jun", 8) in facts, facts


def test_a_persian_honorific_is_no_part_of_the_name(nlp):
    ex, names = _run(nlp, "date 2020-09-28\nHaj Mahmoud Karimi, 71, runs a carpet workshop in Kashan that his grandfather, "
                          "Haj Ali Karimi, founded in 1921. Karimi's father, Haj Hassan Karimi, died in 2008, aged 84.\n")
    facts = _facts(ex, names)
    assert ("death", "Hassan Karimi", "2008") in facts, facts
    assert not _of(facts, "death", "Mahmoud Karimi"), facts


def test_the_relative_a_whose_clause_names_is_who_died(nlp):
    ex, names = _run(nlp, "date 2022-09-03\nJuma Athman, 80, is the oldest member. Athman, whose wife of 55 years, Fatma "
                          "Said, died last year, still plays every night.\n")
    facts = _facts(ex, names)
    assert ("death", "Fatma Said", "2021") in facts, facts
    assert not _of(facts, "death", "Juma Athman"), facts


def test_an_age_in_a_when_clause_to_come_is_no_age(nlp):
    ex, names = _run(nlp, "date 2023-06-14\nBoo Eun-mi is treasurer of the Hado Diving Fraternity. \"Ask me again when I am "
                          "90,\" she said.\n")
    assert not _of(_facts(ex, names), "age", "Boo Eun-mi"), _facts(ex, names)


def test_a_bare_first_surname_is_the_person_not_the_house_named_for_the_family(nlp):
    ex, names = _run(nlp, "date 2021-11-04\n\nEusebio Quintana Robaina is the master roller of Casa Quintana, a family "
                          "workshop. Quintana and his wife, Mercedes Lazo Pérez, 60, have two children, Yamila, 37, and Raúl, "
                          "22. Hermanos Rivero, a rival workshop, is run by brothers Tomás and Ignacio Rivero.\n")
    types = _types(ex)
    assert types.get("Casa Quintana") == "ORG" and types.get("Hermanos Rivero") == "ORG", types
    facts = _facts(ex, names)
    assert ("spouse", "Eusebio Quintana Robaina", "Mercedes Lazo Pérez") in facts, facts


def test_a_nickname_before_a_surname_with_particles(nlp):
    ex, names = _run(nlp, "date 2023-06-15\nPieter van der Berg, 52, runs the stall. His father, Johannes \"Hans\" van der "
                          "Berg, died in 2017, aged 84.\n")
    facts = _facts(ex, names)
    assert not _of(facts, "death", "Pieter van der Berg"), facts
    assert ("death", 'Johannes "Hans" van der Berg', "2017") in facts, facts


def test_the_name_a_clause_says_people_call_someone(nlp):
    ex, _ = _run(nlp, "date 2023-06-15\nTante Riet, as regulars call Henriëtte Bos, 77, has shopped here since 1965.\n")
    assert _people(ex) == ["Henriëtte Bos"], _people(ex)


def test_a_quoted_name_someone_is_known_as_whatever_the_tagger_made_of_it(nlp):
    ex, _ = _run(nlp, "date 2021-11-04\nPancho Quintana Díaz, known as \"El Viejo,\" founded the workshop in 1961. His "
                      "widow, Caridad Robaina, is 87. She buried El Viejo beside the barn.\n")
    assert "El Viejo" not in _types(ex), _types(ex)


def test_who_is_married_to_someone_is_a_person_and_the_couple_is_that_pair(nlp):
    ex, names = _run(nlp, "date 2021-11-04\n\nPancho Quintana Díaz died in 2015. His widow, Caridad Robaina, still sorts "
                          "leaves. Yamila Quintana Lazo, a quality inspector, is married to Reinier Fonseca, 40, an "
                          "agronomist. The couple have twin daughters, Daniela and Danae, 9.\n")
    facts = _facts(ex, names)
    assert ("child", "Yamila Quintana Lazo", "Daniela") in facts and ("child", "Reinier Fonseca", "Danae") in facts, facts
    assert not _of(facts, "child", "Caridad Robaina"), facts


def test_a_secretary_of_an_orchestra_works_for_it(nlp):
    ex, names = _run(nlp, "date 2024-03-01\n\nOmar Said Mazrui, secretary of the Al-Nuur Taarab Orchestra, said the group "
                          "had rehearsed.\n")
    assert ("employer", "Omar Said Mazrui", "Al-Nuur Taarab Orchestra") in _facts(ex, names), _facts(ex, names)


def test_jan_before_a_name_is_a_given_name(nlp):
    ex, _ = _run(nlp, "date 2024-06-16\n\nMeanwhile, Jan Willem Zeeman, a spokesman for Scheveningen Haven BV, said the "
                      "harbour was busy.\n")
    assert "Jan Willem Zeeman" in _people(ex), _people(ex)


def test_the_daughters_after_a_count_are_the_counted_parents_children(nlp):
    ex, names = _run(nlp, "date 2020-09-28\n\nMahmoud Karimi, 71, is a master weaver. Karimi and his wife, Fatemeh Rezaei, "
                          "68, have three sons and two daughters. The daughters, Zahra, 42, and Maryam, 38, both weave.\n")
    facts = _facts(ex, names)
    assert ("child", "Fatemeh Rezaei", "Zahra") in facts and ("child", "Mahmoud Karimi", "Maryam") in facts, facts


def test_the_youngest_of_four_children_of_a_father_and_his_wife_set_off_after_a_birth(nlp):
    ex, names = _run(nlp, "date 2024-10-08\n\nOtar Beridze died on Sunday. He was born in the village in 1937, the youngest "
                          "of four children of Vakhtang Beridze (1899 - 1975), a potter, and his wife, Keto, the daughter of "
                          "a vine-grower from Ikalto.\n")
    facts = _facts(ex, names)
    assert ("child", "Vakhtang Beridze", "Otar Beridze") in facts and ("child", "Keto", "Otar Beridze") in facts, facts
    assert ("number_of_children", "Keto", 4) in facts, facts


def test_a_short_name_said_to_be_no_relation_is_not_the_longer_namesake(nlp):
    ex, names = _run(nlp, "date 2024-03-14\n\nMaria Lopes and her husband, Rui Sampaio Costa, run the workshop. Ana and Rui "
                          "Costa, no relation to the Sampaio Costas, own a cafe next door. The couple's son, Diogo Costa, 19, is "
                          "an apprentice.\n")
    facts = _facts(ex, names)
    assert not _of(facts, "child", "Rui Sampaio Costa") and not _of(facts, "spouse", "Ana Costa") - {"Rui Costa"}, facts


def test_a_count_of_children_is_not_filled_from_the_next_paragraph(nlp):
    ex, names = _run(nlp, "date 2024-03-14\n\nGraça Antunes, 73, is a widow. She has two sons and a granddaughter, Leonor, 9, "
                          "who already paints borders.\n\nAna and Rui Costa own a cafe next door.\n")
    assert not _of(_facts(ex, names), "child", "Graça Antunes"), _facts(ex, names)


def test_the_pronoun_one_is_no_age(nlp):
    ex, names = _run(nlp, "date 2023-05-20\n\nĽudmila Šimková, 58, chairs the cooperative. Her husband, Pavol Šimko, is a "
                          "priest — \"a Greek Catholic one, so it is allowed,\" she said.\n")
    assert not _of(_facts(ex, names), "age", "Pavol Šimko"), _facts(ex, names)


def test_a_role_a_negated_copula_denies_is_not_held(nlp):
    ex, names = _run(nlp, "date 2023-05-20\n\nJán's grandfather, Michal Kováč, was also a fujara maker; he is not the former "
                          "Slovak president of the same name. He died in 1968.\n")
    assert "president" not in _of(_facts(ex, names), "title", "Michal Kováč"), _facts(ex, names)


def test_a_job_denied_past_an_aside_is_not_held(nlp):
    ex, names = _run(nlp, "date 2025-02-22\n\nHemi Kerehoma, 44, will be the first Tararua shearer to hold both titles since his "
                          "uncle, Pita Kerehoma, did it in 1998. Kerehoma is not, as one announcer claimed, a farmer. \"I "
                          "don't own a single sheep,\" he said.\n")
    assert "farmer" not in _of(_facts(ex, names), "occupation", "Hemi Kerehoma"), _facts(ex, names)


def test_a_tailors_shop_named_after_its_owner_is_a_firm(nlp):
    ex, _ = _run(nlp, "date 2023-05-20\n\nNguyễn Thị Lan, 67, opened Lan Silk Tailor in 1988 with her husband, Trần Văn "
                      "Hùng. \"Mrs. Lan measures by eye,\" said one customer.\n")
    assert _types(ex).get("Lan Silk Tailor") == "ORG", _types(ex)
