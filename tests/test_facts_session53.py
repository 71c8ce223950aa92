"""Constructions found short in this session's probes (a male voice choir, a pho shop, a fjord
ferry, a kente cooperative, Highland games, a cork estate, a ssireum gym, a mariachi band) and in
the forty-second set once it became development, 2026-12-05 from 07:14 UTC. Each is checked on
text written for these tests; a guard keeps what the same rules must not touch (it passes on the
code the session started from too: named so below)."""

from __future__ import annotations

from tests.test_facts_families import _of, _run
from tests.test_facts_session49 import _entity, _facts
from tests.test_facts_session52 import _mentioned


def test_a_she_in_a_quotation_is_not_the_speaker_who_said_it(nlp):
    ex, _ = _run(nlp, "date 2025-03-02\nThe Ashanti Weavers Guild has elected Mrs Efua Darko, 51, as its chair.\n\n"
                      "Kojo Boateng, a dyer who is no relation to the new chair, said: \"She has earned it.\"\n")
    kojo = _entity(ex, "Kojo Boateng")
    assert kojo is not None and kojo.gender is None, (kojo, [(e.name, e.gender) for e in ex.entities])
    assert "She" not in _mentioned(ex, "Kojo Boateng")


def test_a_capitalised_per_before_a_surname_is_a_given_name(nlp):
    ex, names = _run(nlp, "date 2024-09-22\nCaptain Arne Sølvberg, 67, brought the ferry into Balestrand for the last time "
                          "on Friday.\n\nArne Sølvberg's older brother, Per Sølvberg, 71, also a former captain, was on the quay.\n")
    per = _entity(ex, "Per Sølvberg")
    assert per is not None and per.type == "PERSON", [e.name for e in ex.entities]
    facts = _facts(ex, names)
    assert ("sibling", "Arne Sølvberg", "Per Sølvberg") in facts or ("sibling", "Per Sølvberg", "Arne Sølvberg") in facts, facts
    assert ("age", "Per Sølvberg", 71) in facts


def test_a_bare_surname_with_his_after_it_is_not_a_daughter_the_title_went_to_first(nlp):
    ex, names = _run(nlp, "date 2024-09-22\nCaptain Arne Solheim, 67, brought the Kvitanes into Balestrand for the last "
                          "time on Friday.\n\nHis daughter, Ingrid Solheim, 35, took command of the ferry on Saturday. She is "
                          "the youngest captain on the fjord.\n\n\"She knows the boat,\" Mr Solheim said.\n\n"
                          "Solheim and his wife, Bjorg, 64, a retired teacher, married in 1982. They have two daughters.\n")
    facts = _facts(ex, names)
    assert ("spouse", "Arne Solheim", "Bjorg") in facts or ("spouse", "Bjorg", "Arne Solheim") in facts, facts
    assert not _of(facts, "spouse", "Ingrid Solheim"), facts


def test_a_capitalised_word_run_on_to_a_number_is_an_organisation(nlp):
    ex, names = _run(nlp, "date 2024-09-22\nLars Vik, 58, ended 30 years with Fjord1 on Friday.\n\n"
                          "Fjord1 chief executive Dag Inge Berg said the company would miss him.\n")
    fjord = _entity(ex, "Fjord1")
    assert fjord is not None and fjord.type == "ORG", [(e.name, e.type) for e in ex.entities]
    assert ("employer", "Dag Inge Berg", "Fjord1") in _facts(ex, names)


def test_a_name_a_person_opened_is_a_business(nlp):
    ex, _ = _run(nlp, "date 2025-02-09\nHOUSTON — When Tran Van Long opened Pho Bien Hoa on Bellaire Boulevard in 1995, "
                      "he made the broth himself every morning. Thirty years later his granddaughter does.\n")
    shop = _entity(ex, "Pho Bien Hoa")
    assert shop is not None and shop.type == "ORG", [(e.name, e.type) for e in ex.entities]


def test_a_she_opening_a_paragraph_is_the_lede_woman_not_a_man_the_text_gave_no_gender(nlp):
    ex, names = _run(nlp, "date 2025-08-03\nThe Adanwomase Weavers Cooperative has elected Abena Owusu-Ansah, 44, as its "
                          "chair.\n\nMrs Owusu-Ansah, a master weaver, replaces Nana Kwame Appiah, 79, who chaired it for 22 "
                          "years. Nana Appiah's son, Kofi Appiah, 51, is the cooperative's secretary.\n\nShe learned to weave "
                          "on her grandfather's loom. Her husband, Yaw Mensah, 47, is a teacher.\n")
    nana = _entity(ex, "Nana Kwame Appiah") or _entity(ex, "Kwame Appiah")
    assert nana is None or nana.gender is None, [(e.name, e.gender) for e in ex.entities]
    facts = _facts(ex, names)
    assert ("spouse", "Abena Owusu-Ansah", "Yaw Mensah") in facts or ("spouse", "Yaw Mensah", "Abena Owusu-Ansah") in facts, facts


def test_a_house_of_trade_named_after_a_woman_is_an_organisation_and_she_is_apart(nlp):
    ex, _ = _run(nlp, "date 2025-01-29\nCUREPIPE — Maison Odette, the workshop whose model ships sit in hotel lobbies, will "
                      "be run by a new manager.\n\nMr Paul Ramen set up the workshop in 1972 and named it after his "
                      "grandmother, Odette.\n")
    shop = _entity(ex, "Maison Odette")
    assert shop is not None and shop.type == "ORG" and shop.gender is None, [(e.name, e.type, e.gender) for e in ex.entities]
    assert "Odette" not in _mentioned(ex, "Maison Odette")


def test_a_casa_named_like_a_family_is_an_organisation(nlp):
    ex, _ = _run(nlp, "date 2024-10-06\nAitor Zubia won the cup on Sunday.\n\nThe cup's sponsor, the Astigarraga cider "
                      "house Casa Urkiola, is run by Mikel Urkiola, whose mother, Arantxa, opened it in 1979. Urkiola, 50, "
                      "promised the winners a barrel each.\n")
    house = _entity(ex, "Casa Urkiola")
    assert house is not None and house.type == "ORG", [(e.name, e.type) for e in ex.entities]
    assert "Urkiola" not in _mentioned(ex, "Casa Urkiola")


def test_he_married_goes_to_the_man_named_before_not_a_daughter(nlp):
    ex, _ = _run(nlp, "date 2025-01-29\nCUREPIPE — Maison Odette, the Curepipe workshop whose hand-built model ships sit "
                      "in hotel lobbies from Grand Baie to Dubai, will be run by the founder's daughter, Sandrine Appadoo, 52, "
                      "after the death of Jean-Claude Labonne on Saturday at the age of 81.\n\nHe married Rosemay Pillay, "
                      "then a primary school teacher, in 1968.\n\nMrs Appadoo, the new managing director, joins from the "
                      "Mauritius Ports Authority.\n")
    assert "Mrs Appadoo" in _mentioned(ex, "Sandrine Appadoo"), [(e.name, [m.text for m in e.mentions]) for e in ex.entities]
    assert "Mrs Appadoo" not in _mentioned(ex, "Rosemay Pillay")
    town = _entity(ex, "Curepipe")
    assert town is None or (town.type != "PERSON" and town.gender is None), (town.type, town.gender)


def test_the_weekday_of_a_death_noun_is_the_last_before_the_article(nlp):
    ex, names = _run(nlp, "date 2025-01-29\nThe workshop will pass to his daughter after the death of Jean-Claude Morel on "
                          "Saturday at the age of 81.\n")
    facts = _facts(ex, names)
    assert ("death", "Jean-Claude Morel", "2025-01-25") in facts, facts
    age = next(f for f in ex.facts if f.relation == "age" and names.get(f.subject) == "Jean-Claude Morel")
    assert age.born_between == ("1943-01-26", "1944-01-25")


def test_an_untagged_full_name_ends_on_the_surname_given_an_age_later(nlp):
    ex, _ = _run(nlp, "date 2024-12-03\nVALPARAÍSO — When the Ascensor Doña Elvira climbed Cerro Alegre for the last time "
                      "on Monday with Héctor Sepúlveda at the brake, the queue broke into applause. Sepúlveda, 66, has been "
                      "its brakeman since 1979; the lever passes to his son, Diego, 33.\n\nCouncillor Paula Sepúlveda cut "
                      "the ribbon.\n")
    hector = _entity(ex, "Héctor Sepúlveda")
    assert hector is not None, [e.name for e in ex.entities]
    assert "Sepúlveda" in {m.text for m in hector.mentions}
    paula = _entity(ex, "Paula Sepúlveda")
    assert paula is not None and paula is not hector and paula.gender is None


def test_a_possessive_after_the_one_person_named_in_a_sentence_about_a_thing_is_his(nlp):
    ex, _ = _run(nlp, "date 2024-12-03\nDiego Rojas, 33, takes over the brake on Wednesday.\n\nThe funicular, which "
                      "celebrates its centenary this month, was built in 1924 for Vukić y Compañía, the shipping agency "
                      "founded by the merchant Ante Vukić (1879 - 1949), and named after his wife. The brakemen still talk "
                      "to the car as if she were alive.\n")
    ante = _entity(ex, "Ante Vukić")
    assert ante is not None and ante.gender == "male", [(e.name, e.gender, [m.text for m in e.mentions]) for e in ex.entities]
    assert "she" not in _mentioned(ex, "Ante Vukić")


def test_two_daughters_and_a_son_before_a_colon_list_make_no_son_of_the_first(nlp):
    ex, names = _run(nlp, "date 2024-12-03\nHéctor Rojas and his wife, Marisol, 63, married in 1983. The couple's three "
                          "children are two daughters and a son: Carla, 40, a teacher in Viña del Mar; Javiera, 37; and "
                          "Diego, 33.\n")
    carla = _entity(ex, "Carla")
    assert carla is not None and carla.gender in (None, "female"), [(e.name, e.gender) for e in ex.entities]
    assert ("gender", "Carla", "male") not in _facts(ex, names)


def test_guard_a_son_with_his_own_name_after_a_daughters_list_is_a_son(nlp):
    # guard: passes on the session's start code too
    ex, names = _run(nlp, "date 2022-08-03\nBen and Laura Ashcroft farm 300 acres. The Ashcrofts have two daughters, Poppy "
                          "and Rose, and a son, Alfie, 6.\n")
    facts = _facts(ex, names)
    assert ("gender", "Alfie", "male") in facts, facts


def test_a_reflexive_before_the_possessive_leaves_the_one_named_person_its_owner(nlp):
    ex, names = _run(nlp, "date 2025-05-20\nDOLNÍ BROD — Kubelka Glassworks, the family firm that has blown crystal in this "
                          "valley town since 1948, will be run from June by Markéta Kubelková, 44. She takes the reins from "
                          "her father, Radek Kubelka, 74, who stays on as chairman.\n\nMs Kubelková lives in Liberec with her "
                          "partner, the sculptor Tomáš Zelinka, and their son, Vít, who is eleven.\n\nThe works was started in "
                          "a rented barn by Ferdinand Kubelka (1919 - 1990), a former army cook who taught himself to blow "
                          "glass after the war, and his wife, the late Anežka Kubelková, who kept the shop counter. Their son "
                          "Radek married Jitka Vondrová in 1975.\n")
    facts = _facts(ex, names)
    assert ("spouse", "Ferdinand Kubelka", "Anežka Kubelková") in facts or ("spouse", "Anežka Kubelková", "Ferdinand Kubelka") in facts, facts
    assert {f[1] for f in facts if f[0] == "child" and f[2] == "Radek Kubelka"} == {"Ferdinand Kubelka", "Anežka Kubelková"}, facts


def test_a_name_with_killed_set_off_after_it_died_then_at_that_age(nlp):
    ex, names = _run(nlp, "date 2025-05-20\nRadek and Jitka Kubelka had three children: Pavla, 49, an architect in Brno; Ondřej, "
                          "killed in a motorcycle crash in 2002, aged 19; and Markéta.\n")
    facts = _facts(ex, names)
    assert ("death", "Ondřej", "2002") in facts, facts
    age = next(f for f in ex.facts if f.relation == "age" and names.get(f.subject) == "Ondřej")
    assert age.born_between == ("1982-01-02", "1983-12-31")


def test_a_business_run_by_a_person_in_the_passive_employs_him(nlp):
    ex, names = _run(nlp, "date 2024-10-06\nAitor Zubia won the cup on Sunday.\n\nThe cup's sponsor, the Astigarraga cider "
                          "house Casa Urkiola, is run by Mikel Urkiola, whose mother, Arantxa, opened it in 1979.\n")
    assert ("employer", "Mikel Urkiola", "Casa Urkiola") in _facts(ex, names)


def test_the_plural_of_a_family_surname_is_no_organisation(nlp):
    ex, _ = _run(nlp, "date 2025-08-24\nThe caber went to Isla MacRae, 23, on Saturday, 41 years after her father, Calum "
                      "MacRae, won the men's event.\n\nThe MacRaes have farmed at Inverchandlick since 1890.\n")
    assert not [e for e in ex.entities if e.name in ("MacRaes", "The MacRaes")], [(e.name, e.type) for e in ex.entities]


def test_a_name_apposed_to_a_member_who_turned_an_age_is_a_person(nlp):
    ex, names = _run(nlp, "date 2025-02-16\nTAMPERE — The Rajaportti Sauna Society has a new chair: Aino Virtanen, 38, a "
                          "civil engineer. Her partner, Olli Mäkinen, an architect, drew up the plans for the new changing "
                          "rooms.\n\nThe society's oldest member, Toivo Salo, turned 94 on Tuesday. He has bathed at Rajaportti "
                          "every Saturday since 1947. His daughter, Leena Salo-Berg, 61, brings him on the tram.\n")
    toivo = _entity(ex, "Toivo Salo")
    assert toivo is not None and toivo.type == "PERSON", [(e.name, e.type) for e in ex.entities]
    facts = _facts(ex, names)
    assert ("child", "Toivo Salo", "Leena Salo-Berg") in facts and ("child", "Olli Mäkinen", "Leena Salo-Berg") not in facts, facts


def test_guard_a_boat_that_turns_forty_stays_a_thing(nlp):
    # guard: passes on the session's start code too
    ex, _ = _run(nlp, "date 2025-09-23\nWei Ling runs the provisions store with her partner. The firm's supply launch, the "
                      "Mei Ling, turns 40 this year; Ms Goh says the old boat will be re-engined, not replaced.\n")
    boat = _entity(ex, "Mei Ling")
    assert boat is None or boat.type != "PERSON", (boat.name, boat.type)


def test_a_titled_first_surname_is_the_one_of_two_surnames(nlp):
    ex, _ = _run(nlp, "date 2025-06-28\nLIMA — For 42 years, Aurelio Quispe stood behind the counter of Cevichería El "
                      "Muelle. On Monday his daughter, Rosa Quispe Huamán, 39, took over the kitchen.\n\nMs Quispe trained "
                      "as a chef at Le Cordon Bleu Perú. \"My father never measured the lime,\" she said.\n")
    assert "Ms Quispe" in _mentioned(ex, "Rosa Quispe Huamán"), [(e.name, [m.text for m in e.mentions]) for e in ex.entities]


def test_a_hyphened_given_name_tagged_apart_from_the_surname_is_one_name(nlp):
    ex, names = _run(nlp, "date 2025-04-06\nÉmilie Poulin, 34, bought the sugar shack in January. She and her husband, "
                          "Marc-André Roy, 36, have twin daughters, Rose and Juliette, 5.\n")
    assert _entity(ex, "Marc-André Roy") is not None, [e.name for e in ex.entities]
    facts = _facts(ex, names)
    assert ("spouse", "Émilie Poulin", "Marc-André Roy") in facts or ("spouse", "Marc-André Roy", "Émilie Poulin") in facts, facts


def test_until_his_death_belongs_to_the_name_apposed_to_the_subject(nlp):
    ex, names = _run(nlp, "date 2024-03-17\nThe club's secretary, Ian Tyson, said entries had doubled in five years. His "
                          "predecessor, the late Wilf Armstrong, ran the club from 1962 until his death in 2015 at the age of 88.\n")
    facts = _facts(ex, names)
    assert ("death", "Wilf Armstrong", "2015") in facts and not _of(facts, "death", "Ian Tyson"), facts


def test_a_possessor_in_a_list_items_description_is_no_item(nlp):
    ex, names = _run(nlp, "date 2024-03-17\nFreya Dalton, 14, won the title. Jack Dalton and his wife, Margaret, 74, married "
                          "in 1970 and have two sons: Peter, 48, Freya's father, a hill farmer; and David, 45, Hannah's father, "
                          "a postman.\n")
    facts = _facts(ex, names)
    assert _of(facts, "child", "Jack Dalton") == {"Peter", "David"}, facts


def test_a_name_that_appoints_somebody_as_its_post_is_an_organisation(nlp):
    ex, names = _run(nlp, "date 2025-07-12\nNUWARA ELIYA — Pedro Estate, one of the oldest tea gardens in the Sri Lankan "
                          "hills, has appointed Lakshmi Murugesu, 41, as its superintendent, the first woman to hold the post.\n")
    estate = _entity(ex, "Pedro Estate")
    assert estate is not None and estate.type == "ORG", [(e.name, e.type) for e in ex.entities]
    assert ("employer", "Lakshmi Murugesu", "Pedro Estate") in _facts(ex, names)


def test_died_joined_to_a_who_clause_on_a_description_is_the_named_ones_death(nlp):
    ex, names = _run(nlp, "date 2024-03-17\nCouncillor Ruth Pattinson presented the belts. She is no relation to the club's "
                          "founder, Tom Pattinson, a blacksmith who set up the club in 1906 and died in 1949.\n")
    assert ("death", "Tom Pattinson", "1949") in _facts(ex, names)


def test_a_list_opened_by_a_possessor_and_its_kin_noun_names_the_one_after(nlp):
    ex, names = _run(nlp, "date 2025-10-11\nOn Friday Erzsébet Kovács, 78, handed the table to her grandson, Bence Kovács, "
                          "26. Her husband, Gábor, a tram mechanic, died in 2012 aged 74. The couple had two children: Bence's "
                          "father, Péter, 52, an engineer, and a daughter, Judit, 49.\n")
    facts = _facts(ex, names)
    assert ("child", "Erzsébet Kovács", "Péter") in facts and ("child", "Erzsébet Kovács", "Bence Kovács") not in facts, facts


def test_a_place_that_only_modifies_a_headline_noun_is_no_person(nlp):
    ex, _ = _run(nlp, "date 2025-08-24\nBraemar heavy events: a father's record falls to his daughter\n\nThe women's caber "
                      "went to Isla MacRae, 23, on Saturday, 41 years after her father, Calum MacRae, won the men's event.\n")
    place = _entity(ex, "Braemar")
    assert place is None or (place.type != "PERSON" and place.gender is None), (place.name, place.type, place.gender)


def test_a_two_word_name_opening_a_headline_before_club_is_the_club(nlp):
    ex, _ = _run(nlp, "date 2025-01-19\n\nBondi Sands club crowns a mother and son at its centenary carnival\n\nSYDNEY — When "
                      "Kylie Brennan, 52, won the masters board race on Saturday, her son, Jack Brennan, 24, was waiting on "
                      "the sand.\n")
    club = _entity(ex, "Bondi Sands")
    assert club is None or club.type != "PERSON", (club.name, club.type)


def test_a_titled_surname_is_no_firms_first_word_and_may_open_a_chinese_name(nlp):
    ex, _ = _run(nlp, "date 2025-11-03\nGEORGE TOWN — Khoo Brothers Biscuits, the Penang maker of tau sar pneah that was "
                      "founded in 1952, has named Khoo Mei Ling, 36, as managing director, the first woman to run the "
                      "company.\n\nMs Khoo, a former auditor with Deloitte Malaysia, succeeds her uncle, Khoo Boon Seng, 71, "
                      "who will remain chairman.\n")
    firm = _entity(ex, "Khoo Brothers Biscuits")
    assert firm is not None and firm.type == "ORG" and firm.gender is None, [(e.name, e.type, e.gender) for e in ex.entities]
    assert "Ms Khoo" in _mentioned(ex, "Khoo Mei Ling")


def test_a_mrs_is_not_the_man_she_married(nlp):
    ex, names = _run(nlp, "date 2025-03-09\nKUMASI — Deaconess Grace Adjoa Mensah, who led the women's choir of Wesley "
                          "Methodist Cathedral for 37 years, died at her home on Tuesday. She was 88.\n\nShe married Kwabena "
                          "Mensah, a railway clerk, in 1960; he died in 1999.\n\nMrs Mensah is survived by three sons, Kofi, "
                          "Kwame and Yaw.\n")
    husband = _entity(ex, "Kwabena Mensah")
    assert husband is not None and husband.gender != "female", [(e.name, e.gender, [m.text for m in e.mentions]) for e in ex.entities]
    assert "Mrs Mensah" in _mentioned(ex, "Grace Adjoa Mensah")
    cathedral = _entity(ex, "Wesley Methodist Cathedral")
    assert cathedral is None or cathedral.type != "PERSON"


def test_a_choir_mother_is_no_relative(nlp):
    ex, names = _run(nlp, "date 2025-03-09\nGrace Mensah, choir mother of Kumasi Wesley Methodist, died on Tuesday aged 88.\n")
    assert not [f for f in _facts(ex, names) if f[0] in ("parent", "child")], _facts(ex, names)


def test_a_parents_daughters_named_together_are_no_married_couple(nlp):
    ex, names = _run(nlp, "date 2025-02-23\nZERMATT — After 44 years at the head of the Matterhorn Ski School, Beat Julen, 70, "
                          "retired on Saturday and passed the business to his twin daughters, Anja and Seraina Julen, 38.\n\n"
                          "Julen founded the school in 1981 with his late wife, Ursula, a ski racer. She died in 2016 aged 62. "
                          "The couple had three children: the twins and a son, Reto, 35, a mountain guide.\n")
    facts = _facts(ex, names)
    assert not _of(facts, "spouse", "Anja Julen") and not _of(facts, "spouse", "Seraina Julen"), facts
    assert ("sibling", "Anja Julen", "Seraina Julen") in facts or ("sibling", "Seraina Julen", "Anja Julen") in facts, facts


def test_a_name_the_staff_call_a_machine_apposed_to_its_noun_is_the_machines(nlp):
    ex, _ = _run(nlp, "date 2025-05-22\nLAGOS — The law firm Adebayo & Adebayo celebrated its 50th anniversary on Tuesday.\n\n"
                      "The firm's first typewriter, a 1974 Olivetti the staff call \"Mama Olivetti\", sits in a glass case in "
                      "reception. \"She typed the first brief,\" the managing partner said.\n")
    machine = _entity(ex, "Mama Olivetti")
    assert machine is None or (machine.type != "PERSON" and machine.gender is None), (machine.name, machine.type, machine.gender)


def test_a_she_after_her_partner_is_introduced_is_hers_not_the_partners(nlp):
    ex, _ = _run(nlp, "date 2024-11-02\nTENBY — Coxswain Rhodri Gwyther, 58, handed over the Tenby lifeboat to his deputy, "
                      "Carys Phillips, 41, on Friday.\n\nMs Phillips, a paramedic with the Welsh Ambulance Service, becomes "
                      "the station's first woman coxswain. Her partner, Gareth Rees, is the station's mechanic. \"Rhodri "
                      "taught me everything,\" she said.\n")
    partner = _entity(ex, "Gareth Rees")
    assert partner is not None and partner.gender is None, [(e.name, e.gender, [m.text for m in e.mentions]) for e in ex.entities]
