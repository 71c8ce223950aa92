"""Constructions found short in this session's probes (a reindeer herding cooperative, an argan
cooperative, a brass band, a sake brewery, an Icelandic trawler, an amber workshop, a running
camp, a currach club) and in the forty-third set once it became development, 2026-12-05 from
09:39 UTC. Each is checked on text written for these tests; a guard keeps what the same rules
must not touch (it passes on the code the session started from too: named so below)."""

from __future__ import annotations

from tests.test_facts_families import _of, _run
from tests.test_facts_session49 import _entity, _facts
from tests.test_facts_session52 import _mentioned


def _types(ex) -> dict[str, str]:
    return {e.name: e.type for e in ex.entities}


def test_a_body_named_before_its_noun_gives_the_post_it_names_someone_to(nlp):
    ex, names = _run(nlp, "date 2025-02-20\nThe Hollis Varga brewery named Sam Ortiz as its head brewer on Monday.\n")
    facts = _facts(ex, names)
    assert ("employer", "Sam Ortiz", "Hollis Varga") in facts, facts
    assert ("title", "Sam Ortiz", "head brewer") in facts, facts


def test_its_on_an_untagged_body_is_not_the_body_named_the_sentence_before(nlp):
    ex, names = _run(nlp, "date 2025-02-20\nThe Kestrel Rowing Club named Dana Whitlow as its president this week.\n\n"
                          "The Pieter Sandoval fishing cooperative elected Aiko Reyes as its treasurer on Monday.\n")
    facts = _facts(ex, names)
    assert "Kestrel Rowing Club" not in _of(facts, "employer", "Aiko Reyes"), facts
    assert ("employer", "Dana Whitlow", "Kestrel Rowing Club") in facts, facts


def test_a_name_before_a_trade_and_a_body_noun_is_the_body(nlp):
    ex, _ = _run(nlp, "date 2025-11-14\nINARI, Finland — The Paliskunta Kaamanen reindeer herding cooperative elected "
                      "Aila Magga, 47, as its chairwoman on Thursday.\n\nThe cooperative's new secretary is Marja Aikio, "
                      "a veterinarian.\n")
    assert _types(ex).get("Paliskunta Kaamanen") == "ORG", _types(ex)
    assert "The cooperative" in _mentioned(ex, "Paliskunta Kaamanen"), [(e.name, [m.text for m in e.mentions]) for e in ex.entities]


def test_the_noun_a_body_was_named_with_finds_it_past_a_possessive(nlp):
    ex, _ = _run(nlp, "date 2025-06-02\nTAMANAR, Morocco — Fatima Ait Oubaha became president of the Tifaout women's "
                      "cooperative on Saturday. The cooperative now employs 64 women.\n\nIts director, Youssef Benali, is a "
                      "former accountant at Banque Populaire. The cooperative's oldest member, Mama Itto, says she is 89.\n")
    owners = [e.name for e in ex.entities if any(m.text.lower() == "the cooperative" for m in e.mentions)]
    assert owners and all("Tifaout" in n for n in owners), [(e.name, [m.text for m in e.mentions]) for e in ex.entities]


def test_an_animal_or_a_drink_apposed_to_a_name_is_no_person(nlp):
    ex, _ = _run(nlp, "date 2025-11-14\nThe herders named a reindeer, Rudolf, the mascot of their anniversary. He will "
                      "appear at the winter market.\n\nThe brewery's best-known sake, Kogane Shizuku, won a medal in London.\n")
    kinds = _types(ex)
    assert kinds.get("Rudolf") not in ("PERSON", None), kinds
    assert kinds.get("Kogane Shizuku") not in ("PERSON", None), kinds


def test_a_county_abbreviation_in_a_dateline_keeps_the_town_a_place(nlp):
    ex, names = _run(nlp, "date 2025-07-21\nKILRUSH, Co. Clare — A crew led by Tomás Ó Dálaigh, 52, his son Cian, 24, "
                          "and his nephew won the Kilrush regatta on Sunday.\n")
    assert not any(e.name.upper() == "KILRUSH" and e.type == "PERSON" for e in ex.entities), _types(ex)
    facts = _facts(ex, names)
    assert ("child", "Tomás Ó Dálaigh", "Cian") in facts, facts


def test_a_kin_noun_after_a_semicolon_with_its_name_set_off_is_the_one_who_died(nlp):
    ex, names = _run(nlp, "date 2025-07-21\nEoin's mother, Nóra Ó Dálaigh, watched from the slipway. She is Tomás's "
                          "sister-in-law; her husband, Pádraig, died at sea in 2003.\n")
    facts = _facts(ex, names)
    assert _of(facts, "death", "Pádraig"), facts
    assert not _of(facts, "death", "Nóra Ó Dálaigh"), facts


def test_a_she_after_a_thing_with_an_untagged_name_is_no_person_s(nlp):
    ex, _ = _run(nlp, "date 2025-05-08\nThe amber association's president, Michał Kosior, called the workshop a living "
                      "museum. Its best-known piece, the Amber Rose, was given to the city in 2005. She sits in the city "
                      "museum.\n")
    kosior = _entity(ex, "Michał Kosior")
    assert kosior is not None and kosior.gender is None, [(e.name, e.gender, [m.text for m in e.mentions]) for e in ex.entities]


def test_a_name_someone_has_run_since_a_year_is_a_business(nlp):
    ex, names = _run(nlp, "date 2025-06-14\nUeli Kunz, 66, who has run Kunz Geigenbau since 1990, said on Thursday that "
                          "his daughter would take over.\n")
    assert _types(ex).get("Kunz Geigenbau") == "ORG", _types(ex)
    assert ("employer", "Ueli Kunz", "Kunz Geigenbau") in _facts(ex, names)


def test_the_workshop_is_the_body_someone_runs_not_a_river_named_first(nlp):
    ex, names = _run(nlp, "date 2025-06-14\nEvery horn to leave the shed beside the Emme has the same mark. Ueli Kunz, "
                          "who has run Kunz Hornbau since 1990, is retiring.\n\nThe workshop's apprentice, Nico Frei, 19, "
                          "marks the trees.\n")
    facts = _facts(ex, names)
    assert ("employer", "Nico Frei", "Kunz Hornbau") in facts, facts


def test_a_name_read_into_a_fronted_year_is_the_one_who_married(nlp):
    ex, names = _run(nlp, "date 2025-06-14\nUeli Kunz, 66, runs the shed. In 1984 Ueli married Margrit Bühler, a "
                          "cheesemaker's daughter who was then teaching at the primary school in Signau.\n")
    facts = _facts(ex, names)
    assert ("spouse", "Ueli Kunz", "Margrit Bühler") in facts or ("spouse", "Margrit Bühler", "Ueli Kunz") in facts, facts


def test_a_she_in_what_a_named_speaker_said_after_it_is_not_the_speaker(nlp):
    ex, _ = _run(nlp, "date 2025-03-16\nThe crowd stood silent for Birgitta Lind, the club's oldest member, who died on "
                      "Wednesday aged 94. She had not missed a home match since 1948, said the club's chairman, Göran "
                      "Berg, on Saturday.\n")
    berg = _entity(ex, "Göran Berg")
    assert berg is not None and berg.gender is None, [(e.name, e.gender, [m.text for m in e.mentions]) for e in ex.entities]


def test_a_scandinavian_club_suffix_makes_an_organisation(nlp):
    ex, _ = _run(nlp, "date 2025-03-16\nJohan Sandberg struck the goal that made Hälleviken BK champions on Saturday. "
                      "Hälleviken's goalkeeper, Viktor Aho, 35, saved a penalty.\n")
    assert _types(ex).get("Hälleviken BK") == "ORG", _types(ex)


def test_a_club_s_goalkeeper_works_for_the_club(nlp):
    ex, names = _run(nlp, "date 2025-03-16\nBrennmoor FC won the cup on Saturday. Brennmoor FC's goalkeeper, Viktor "
                          "Aho, 35, saved a penalty.\n")
    assert ("employer", "Viktor Aho", "Brennmoor FC") in _facts(ex, names)


def test_a_relative_s_relative_is_none_of_the_possessor_s_own(nlp):
    ex, names = _run(nlp, "date 2025-03-16\nThe youngest, Sara Holm, 19, watched from the stand beside her sister's "
                          "boy, Nils, four.\n")
    facts = _facts(ex, names)
    assert not _of(facts, "sibling", "Sara Holm") and not _of(facts, "child", "Nils"), facts
    nils = _entity(ex, "Nils")
    assert nils is not None and nils.gender != "female", [(e.name, e.gender) for e in ex.entities]


def test_running_a_business_as_a_post_gives_the_post(nlp):
    ex, names = _run(nlp, "date 2024-09-02\nKostas Adamou founded the Adamou Carob Mill in 1958. Maria Adamou, 62, has "
                          "run the mill as managing director since 2003.\n")
    facts = _facts(ex, names)
    assert ("title", "Maria Adamou", "managing director") in facts, facts


def test_a_gerund_of_founding_after_before_is_the_clause_subject_s(nlp):
    ex, names = _run(nlp, "date 2024-09-02\n\nKostas Adamou quit school at twelve and spent eleven years at the port, "
                          "loading carob onto ships, before buying a press in 1958 and founding the Adamou Carob Mill.\n")
    assert ("title", "Kostas Adamou", "founder") in _facts(ex, names)


def test_an_unnamed_parent_s_herding_job_is_an_occupation(nlp):
    ex, names = _run(nlp, "date 2024-09-02\nKostas Adamou died on Friday, aged 89. His father, a goatherd, left him "
                          "the floor and little else.\n")
    fathers = [e for e in ex.entities if any(m.text == "His father" for m in e.mentions)]
    facts = _facts(ex, names)
    assert fathers and ("occupation", fathers[0].name, "goatherd") in facts, facts


def test_a_pair_who_married_raised_their_children_together(nlp):
    ex, names = _run(nlp, "date 2025-11-20\nRatna Lal Joshi and Kamala Devi Joshi, who married in 1969, raised five "
                          "children in the rooms above the studio.\n")
    facts = _facts(ex, names)
    assert ("number_of_children", "Ratna Lal Joshi", 5) in facts and ("number_of_children", "Kamala Devi Joshi", 5) in facts, facts


def test_their_son_is_not_owned_by_the_couple_he_is_one_of(nlp):
    ex, names = _run(nlp, "date 2025-11-20\nRatna Lal Joshi and Kamala Devi Joshi, who married in 1969, raised five "
                          "children. Sarita Joshi is the widow of their second son, Bikram, a painter who died in 2015.\n")
    facts = _facts(ex, names)
    assert ("child", "Ratna Lal Joshi", "Bikram") in facts, facts


def test_a_make_with_its_model_year_is_a_machine(nlp):
    ex, _ = _run(nlp, "date 2025-11-20\nThe studio's other veteran is Kanchhi, the pale blue 1978 Vespa on which Ratna "
                      "Joshi once carried scrolls. She has not left the courtyard in years.\n")
    assert _types(ex).get("Vespa") != "PERSON", _types(ex)


def test_whose_post_reaches_a_name_past_its_honorific(nlp):
    ex, names = _run(nlp, "date 2025-11-20\nAmong the buyers is the Hallam Museum of Asian Art in Leeds, whose curator, "
                          "Dr Fiona Kerr, flew in for the ceremony.\n")
    facts = _facts(ex, names)
    assert ("employer", "Fiona Kerr", "Hallam Museum of Asian Art") in facts and ("title", "Fiona Kerr", "curator") in facts, facts


def test_a_hometown_before_a_trade_is_no_employer(nlp):
    ex, names = _run(nlp, "date 2025-10\nHe is survived by Susan Meyer of Brodhead and Paul Lindgren of Madison.\n\n"
                          "The Association was founded in 1977 by Emil Hanke (1911 – 1996), a Brodhead blacksmith who bought "
                          "the engine for $300.\n")
    facts = _facts(ex, names)
    assert not _of(facts, "employer", "Emil Hanke"), facts
    assert ("occupation", "Emil Hanke", "blacksmith") in facts, facts


def test_sisters_named_after_a_family_name_are_women(nlp):
    ex, names = _run(nlp, "date 2025-10\nThe pie tent was run, as every year since 1994, by the Schultz sisters, Marlene "
                          "Vogel, 79, and Doris Schultz, 76.\n")
    facts = _facts(ex, names)
    assert ("gender", "Marlene Vogel", "female") in facts and ("gender", "Doris Schultz", "female") in facts, facts


def test_him_after_with_on_a_verb_with_no_object_is_not_its_subject(nlp):
    ex, _ = _run(nlp, "date 2025-06-14\n\nThe spruce comes from a forest above Schangnau belonging to Peter Moser, a "
                      "forestry contractor. The workshop's apprentice, Nico Frei, 19, climbs up with him every winter to "
                      "mark trees.\n")
    assert "him" not in _mentioned(ex, "Nico Frei"), [(e.name, [m.text for m in e.mentions]) for e in ex.entities]


def test_an_it_someone_ran_is_not_a_body_named_in_the_sentence_before(nlp):
    # (a guard: it passes on the code the session started from too, and failed on this session's
    # first commit, whose longer names let itorgs read a mention of the sentence before)
    ex, names = _run(nlp, "date 2024-11-22\n\nThe Cruz Motor Works jeepney factory celebrated its 60th anniversary on "
                          "Thursday, with the founder's grandson, Ramon \"Monching\" Cruz III, 41, as its general manager.\n\n"
                          "The factory was founded in 1964 by Ramon Cruz Sr., a former US Army mechanic, who died in 1999. "
                          "His son, Ramon Cruz Jr., 70, ran it until 2016 and is now its chairman.\n")
    facts = _facts(ex, names)
    assert not any(f[0] == "employer" and f[2] == "US Army" for f in facts), facts


def test_a_legal_suffix_the_tagger_left_out_makes_an_organisation(nlp):
    ex, names = _run(nlp, "date 2025-04-17\n\nThe farm, Bloembollenkwekerij Van der Berg BV, employs 12 people year-round. "
                          "Its sales manager, Annelies de Vries, said the firm exports to 14 countries.\n")
    assert _types(ex).get("Bloembollenkwekerij Van der Berg") == "ORG", _types(ex)


def test_teaching_at_a_school_after_a_semicolon_is_a_teacher_s_post(nlp):
    ex, names = _run(nlp, "date 2025-10\n\nPlease welcome Tom and Becky Halvorsen of Evansville, who joined in August. "
                          "Tom drives a feed truck for a living; Becky teaches fourth grade at Evansville Elementary.\n")
    facts = _facts(ex, names)
    becky = next(n for n in names.values() if "Becky" in n)
    assert ("title", becky, "teacher") in facts, facts
    assert any(f[0] == "occupation" and f[2] == "truck driver" for f in facts), facts


def test_driving_the_one_vehicle_is_no_trade(nlp):
    # (a guard: it passes on the code the session started from too)
    ex, names = _run(nlp, "date 2024-07-02\n\nGwen Pryce, 61, drives the chapel minibus on Sundays.\n")
    assert not _of(_facts(ex, names), "occupation", "Gwen Pryce")


def test_the_youngest_named_right_after_is_not_the_youngest_listed_before(nlp):
    ex, names = _run(nlp, "date 2025-11-20\n\nRatna Lal Joshi and Kamala Devi Joshi, who married in 1969, raised five "
                          "children. Of the four who survive, only the eldest, Suresh, 54, still paints; Rubina, 51, is a "
                          "nurse at Patan Hospital; Anil, 46, drives a taxi in Doha; and the youngest, Sunita, 43, teaches "
                          "at a school in Bhaktapur.\n")
    assert "the youngest" not in _mentioned(ex, "Anil"), [(e.name, [m.text for m in e.mentions]) for e in ex.entities]
    facts = _facts(ex, names)
    assert ("occupation", "Sunita", "teacher") in facts and ("occupation", "Anil", "taxi driver") in facts, facts


def test_a_column_signed_by_its_writer_lends_them_its_my(nlp):
    ex, names = _run(nlp, "date 2025-02\n\nTHE HACK\nNewsletter of the Moose Jaw Curling Club\n\nPRESIDENT'S CORNER\n\n"
                          "What a month! Our mixed rink won the provincial seniors on the 9th.\n\nMy husband, Ron, and I thank "
                          "everyone who helped at the bonspiel. — Carol Lindquist, President\n\nIN MEMORIAM\n\nLong-time member "
                          "Harold Nygaard died on January 14 at 88. Hal was our treasurer for 19 years.\n")
    facts = _facts(ex, names)
    assert ("spouse", "Carol Lindquist", "Ron") in facts or ("spouse", "Ron", "Carol Lindquist") in facts, facts


def test_a_son_named_by_his_given_name_is_no_later_namesake_of_another_family(nlp):
    ex, names = _run(nlp, "date 2025-01-28\n\nKostas Papadakis, 70, runs the bakery. Kostas's wife, Anna, 66, makes the "
                          "Easter breads; their son, Giorgos, 38, a chef in Athens, is expected to take over next year.\n\n"
                          "The mayor of Hydra, Giorgos Koukoudakis, said the island had lost \"its grandmother\".\n")
    facts = _facts(ex, names)
    assert not any(f[0] == "child" and f[2] == "Giorgos Koukoudakis" for f in facts), facts


def test_a_bare_first_of_two_spanish_surnames_is_the_full_name(nlp):
    ex, _ = _run(nlp, "date 2025-08-14\n\nThe Awana Wasi weaving cooperative opened its new dyeing centre on Tuesday, 20 "
                      "years after Juana Quispe Huamán and six neighbours founded it in a borrowed kitchen.\n\nQuispe, 63, "
                      "is still its president.\n")
    assert "Quispe" in _mentioned(ex, "Juana Quispe Huamán"), [(e.name, [m.text for m in e.mentions]) for e in ex.entities]
    assert _types(ex).get("Awana Wasi") == "ORG", _types(ex)


def test_a_relative_in_a_who_clause_is_the_who_s_relative(nlp):
    ex, names = _run(nlp, "date 2024-10-30\n\nAt Ghantewala Sweets the queue stretched to the end of the lane, as it has "
                          "every Diwali since Lala Sukh Lal Jain opened the shop in 1790.\n\nThe shop is now run by his "
                          "descendant Sushant Jain, 44, who took over in 2015 from his father, Ashok Jain, 75.\n")
    facts = _facts(ex, names)
    assert ("parent", "Sushant Jain", "Ashok Jain") in facts, facts
    assert not _of(facts, "parent", "Lala Sukh Lal Jain"), facts


def test_a_survivors_list_goes_on_past_each_one_s_town(nlp):
    ex, names = _run(nlp, "date 2025-01-17\n\nGordon Lindqvist, who kept goal for the Flin Flon Bombers, died on Monday. "
                          "He was 81.\n\nHe is survived by his wife of 58 years, Marlene; their daughters, Karen Hayes of "
                          "Winnipeg and Lisa Lindqvist of Flin Flon; and five grandchildren.\n")
    facts = _facts(ex, names)
    assert ("child", "Marlene", "Lisa Lindqvist") in facts and ("child", "Gordon Lindqvist", "Lisa Lindqvist") in facts, facts
    assert ("gender", "Lisa Lindqvist", "female") in facts, facts


def test_a_police_sergeant_is_an_occupation(nlp):
    ex, names = _run(nlp, "date 2025-09-06\n\nMarthese Borg, 36, heads production at the factory. Her partner, Jean-Paul "
                          "Camilleri, 38, is a police sergeant.\n")
    assert ("occupation", "Jean-Paul Camilleri", "police sergeant") in _facts(ex, names)


def test_a_job_once_held_or_held_himself_set_off_after_a_name(nlp):
    ex, names = _run(nlp, "date 2025-06-14\n\nThe workshop was started in 1961 by Gottfried Kunz (1928 – 2004), once a "
                          "forester. His teacher was the late Jagat Bajracharya, himself a painter of temple banners.\n\n"
                          "He is engaged to Pema Sherpa, a trekking guide from Solukhumbu.\n")
    facts = _facts(ex, names)
    assert ("occupation", "Gottfried Kunz", "forester") in facts, facts
    assert ("occupation", "Pema Sherpa", "trekking guide") in facts, facts


def test_a_foreign_word_for_a_station_or_a_noodle_shop_opens_a_body_s_name(nlp):
    ex, names = _run(nlp, "date 2024-12\n\nSAPPORO — Menya Kitaguchi, the miso ramen shop on Susukino's back streets, "
                          "served its last bowl on Sunday. Its owner, Kitaguchi Takeshi, 78, said his knees had decided for "
                          "him.\n")
    assert _types(ex).get("Menya Kitaguchi") == "ORG", _types(ex)
    assert ("employer", "Kitaguchi Takeshi", "Menya Kitaguchi") in _facts(ex, names)


def test_a_she_after_a_float_described_by_an_apposition_is_the_float_s(nlp):
    ex, _ = _run(nlp, "date 2025-03-05\n\nThe school named Ana Beatriz Nascimento, 24, as its queen of the drums.\n\n"
                      "Mangueira's best-known float this year, a giant jaguar called Onça, took 40 workers four months to "
                      "build. She will lead the parade.\n")
    assert not any(m.text == "She" for e in ex.entities if e.type == "PERSON" for m in e.mentions), \
        [(e.name, e.type, [m.text for m in e.mentions]) for e in ex.entities]


def test_a_name_a_naming_verb_gives_a_thing_past_where_it_stands(nlp):
    ex, _ = _run(nlp, "date 2025-04-01\n\nThe students call the battered sequencer in the corner Granny Nolan; she arrived "
                      "second-hand in 2004.\n")
    assert _types(ex).get("Granny Nolan") not in ("PERSON", None), _types(ex)
    ex, _ = _run(nlp, "date 2025-04-01\n\nMr Labonne set up the workshop in 1972 and named it after his grandmother, "
                      "Clémence, who raised him.\n")
    assert _types(ex).get("Clémence") == "PERSON", _types(ex)


def test_a_name_its_users_nicknamed_a_vehicle_apposed_to_them(nlp):
    ex, _ = _run(nlp, "date 2025-02-11\n\nSipho Dlamini, 74, founded the rank in 1979. His first minibus, a 1984 Toyota "
                      "the drivers nicknamed Ouma, stands polished outside the rank office; she has not carried a passenger "
                      "since 1998.\n")
    assert _types(ex).get("Ouma") not in ("PERSON", None), _types(ex)


def test_a_prize_named_after_somebody_whose_last_words_were_tagged_apart(nlp):
    ex, _ = _run(nlp, "date 2026-03-14\n\nThe band's conductor, Dr Ann Kearsley, lifted the Edwin Gaunt Rose Bowl above "
                      "the stage while the band's supporters sang.\n")
    assert not any(e.type == "PERSON" and "Gaunt" in e.name for e in ex.entities), _types(ex)


def test_an_animal_noun_the_parser_read_as_a_verb_before_called(nlp):
    ex, _ = _run(nlp, "date 2024-04-09\n\nThe couple's three children are Tama, 12, Mereana, 9, and Hemi, who is five, and "
                      "the eldest already musters on his own pony, a bay gelding called Sir Roger.\n")
    assert _types(ex).get("Sir Roger") not in ("PERSON", None), _types(ex)


def test_her_on_a_boat_s_part_after_the_boat_is_named_is_the_boat_s(nlp):
    ex, names = _run(nlp, "date 2025-05-22\n\nFor 52 years Abdel Rahman Hassan has sailed tourists around Elephantine "
                          "Island in the same felucca, the Nour el-Nil. On Monday the 74-year-old captain handed her tiller "
                          "to his granddaughter, Mariam Hassan, 23.\n")
    assert ("gender", "Abdel Rahman Hassan", "female") not in _facts(ex, names)
    assert "her" not in _mentioned(ex, "Abdel Rahman Hassan"), [(e.name, [m.text for m in e.mentions]) for e in ex.entities]


def test_a_maori_surname_opening_on_te_written_alone_is_the_full_name(nlp):
    ex, _ = _run(nlp, "date 2025-11-08\n\nThe Golden Shears society's president, Sam Te Huia, said it was a first. Te "
                      "Huia, a sheep farmer from Tinui, has chaired the society since 2020.\n")
    assert "Te Huia" in _mentioned(ex, "Sam Te Huia"), [(e.name, [m.text for m in e.mentions]) for e in ex.entities]


def test_a_wine_estate_and_its_restaurant_set_off_after_its_noun_are_bodies(nlp):
    ex, names = _run(nlp, "date 2025-10-03\n\nWynand Botha spent 38 harvests as cellar master at Rustenhof Wine Estate. "
                          "Their son, Jaco Botha, 36, manages the estate's restaurant, Die Ou Pastorie.\n")
    kinds = _types(ex)
    assert kinds.get("Rustenhof Wine Estate") == "ORG" and kinds.get("Die Ou Pastorie") == "ORG", kinds
    assert not _of(_facts(ex, names), "title", "Die Ou Pastorie")


def test_a_coxswain_s_signed_column_and_a_helm_before_a_name(nlp):
    ex, names = _run(nlp, "date 2025-06\n\nCREW NEWS\nNewsletter of the Porthcurno Lifeboat Station\n\nFROM THE COXSWAIN\n\n"
                          "This is my last newsletter as your coxswain. My wife, Tamsin, and I will be moving to Falmouth. "
                          "My daughter, Kerenza, takes over as second coxswain next month.\n— Jory Pascoe, Coxswain\n\n"
                          "SHOUT OF THE MONTH\n\nOn 3 May Helm Davey Trewin, 41, a fisherman, brought the two sailors home.\n")
    facts = _facts(ex, names)
    assert ("spouse", "Jory Pascoe", "Tamsin") in facts and ("child", "Jory Pascoe", "Kerenza") in facts, facts
    assert "Davey Trewin" in names.values(), names


def test_the_couple_s_daughter_with_a_patronymic_is_her_father_s_couple_s(nlp):
    ex, names = _run(nlp, "date 2025-01-19\n\nAbebe Kebede, 81, founded the roastery in 1975 with his wife, Almaz Tesfaye, "
                          "who died in 2020. Their son, Dawit Abebe, 47, has managed it since 2010. Dawit's wife, Hirut "
                          "Alemu, 44, is an accountant.\n\nThe couple's daughter, Meron Abebe, 43, is a doctor at Black Lion "
                          "Hospital.\n")
    facts = _facts(ex, names)
    assert ("child", "Abebe Kebede", "Meron Abebe") in facts and ("child", "Almaz Tesfaye", "Meron Abebe") in facts, facts
    assert ("child", "Dawit Abebe", "Meron Abebe") not in facts, facts
