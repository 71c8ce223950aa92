"""Constructions found short in this session's probes (a Faroese longliner, a kente co-operative, a
pelota fronton, an outport store, a tea broker, a church choir, an estancia, a cooperage) and in
the fortieth set once it became development, 2026-12-05 from 02:06 UTC. Each is checked on text
written for these tests; the guards keep what the same rules must not touch (they pass on the code
the session started from too: named so below)."""

from __future__ import annotations

from tests.test_facts_families import _of, _run
from tests.test_facts_session49 import _entity, _facts


def test_a_bare_surname_far_from_both_bearers_is_not_the_one_who_died(nlp):
    # (a whole probe article: the tie the rule breaks needs each bearer named as often as here)
    ex, names = _run(nlp,
                          "date 2025-03-09\n\nMARKINA — Iñaki Urrutia, 43, will retire from the Markina Jai Alai fronton at "
                          "the end of the season, the club said on Saturday, ending a career that began when he was 17.\n\nUrrutia, "
                          "the son of former champion Josu Urrutia, learned the game from his father and his uncle, Andoni "
                          "Urrutia, both of whom played for Club Deportivo Urko. Josu Urrutia died in 2016, aged 70.\n\nHis "
                          "wife, Nerea Etxeberria, a physiotherapist at Markina's health centre, said the family was ready "
                          "for \"a quieter life\". The couple have three children, Ane, 14, Unai, 11, and Maddi, 6.\n\nUrrutia's "
                          "long-time doubles partner, Gorka Zubizarreta, 45, retired last year and now coaches the club's youth "
                          "team. Zubizarreta is no relation to the former Athletic goalkeeper of the same surname.\n\nThe club's "
                          "president, Miren Aguirre, said Urrutia was \"the heart of this fronton\". Aguirre took over the "
                          "club in 2019 from her late father, Patxi Aguirre, who had run it for twenty-six years.\n\nThe fronton's "
                          "famous wall, known as La Vieja, was rebuilt in 2008. \"She has seen better players than me,\" Urrutia "
                          "joked.\n\nUrrutia's younger brother, Xabier, is a sports reporter for Deia. He will cover the final "
                          "match on 14 June.\n")
    facts = _facts(ex, names)
    assert ("sibling", "Iñaki Urrutia", "Xabier") in facts or ("sibling", "Xabier", "Iñaki Urrutia") in facts, facts
    assert not _of(facts, "sibling", "Josu Urrutia"), facts


def test_a_pronoun_object_of_the_speech_verb_is_not_the_speakers_gender(nlp):
    ex, names = _run(nlp, "date 2025-06-14\nJonas Hansen, 60, handed the tiller to his daughter Ida Hansen, 31, after three "
                          "decades as skipper.\n\n\"She knows every channel in the fjord,\" Hansen said of her.\n\nHansen's wife, "
                          "Liv, a retired nurse, watched from the quay.\n")
    facts = _facts(ex, names)
    assert ("spouse", "Jonas Hansen", "Liv") in facts or ("spouse", "Liv", "Jonas Hansen") in facts, facts
    assert not _of(facts, "spouse", "Ida Hansen"), facts


def test_a_jobs_for_names_a_one_word_employer(nlp):
    ex, names = _run(nlp, "date 2025-03-09\nHer brother, Mikel, is a sports reporter for Goierria. He will cover the final "
                      "on 14 June.\n")
    goierria = _entity(ex, "Goierria")
    assert goierria is not None and goierria.type == "ORG", [(e.name, e.type) for e in ex.entities]
    assert ("employer", "Mikel", "Goierria") in _facts(ex, names)


def test_a_producer_for_a_person_leaves_the_person_a_person(nlp):
    # guard: passes on the session's start code too
    ex, _ = _run(nlp, "date 2025-03-09\nLena Fiske was the producer for Paul Haraldsen when his show came from Oslo.\n")
    paul = _entity(ex, "Paul Haraldsen")
    assert paul is not None and paul.type == "PERSON"


def test_a_plural_possessive_inside_an_untagged_body_name(nlp):
    ex, names = _run(nlp, "date 2025-06-14\nA spokeswoman for the Faroese Fishing Vessel Owners' Association said the day was good.\n")
    body = next((e for e in ex.entities if e.name.endswith("Vessel Owners' Association") and not e.name.startswith("spokes")), None)
    assert body is not None and body.type == "ORG" and body.name.startswith("Faroese"), [e.name for e in ex.entities]
    assert ("employer", next(n for n in names.values() if n and n.startswith("spokeswoman")), body.name) in _facts(ex, names)


def test_a_place_joined_to_here_is_no_person(nlp):
    ex, _ = _run(nlp, "date 2025-06-14\n\nKLAKSVÍK — The longliner Sjúrðarberg sailed on Thursday with a new skipper "
                  "on her bridge for the first time in 31 years.\n\nRógvi Joensen, 58, handed the wheel to his "
                  "daughter Maria Joensen, 29, after three decades as master. \"She knows every reef between here "
                  "and Suðuroy,\" Joensen said of her. \"I taught her the sea and her mother taught her patience.\"\n")
    place = _entity(ex, "Suðuroy")
    assert place is None or (place.type != "PERSON" and place.gender is None), (place.type, place.gender)


def test_chairs_the_hyphened_cooperative(nlp):
    ex, names = _run(nlp, "date 2024-09-21\nThe Nkawie Weavers' Co-operative sells cloth in Kumasi. Its founder's daughter, Abena "
                          "Owusu, 60, who chairs the co-operative, said sales were up.\n")
    facts = _facts(ex, names)
    assert ("title", "Abena Owusu", "chair") in facts, facts
    assert ("employer", "Abena Owusu", "Nkawie Weavers' Co-operative") in facts, facts


def test_a_vessels_captain_is_an_occupation(nlp):
    ex, names = _run(nlp, "date 2024-11-02\nThe store was opened in 1920 by Eli Rideout, a schooner captain.\n")
    assert ("occupation", "Eli Rideout", "schooner captain") in _facts(ex, names)


def test_a_cooperage_is_an_organisation_and_the_cooperage_is_it(nlp):
    ex, names = _run(nlp, "date 2025-01-28\nThe Glenmorie Cooperage has a new head cooper. Callum Reid, 64, retires after 48 "
                          "years at the cooperage.\n")
    coop = _entity(ex, "Glenmorie Cooperage")
    assert coop is not None and coop.type == "ORG", [(e.name, e.type) for e in ex.entities]
    assert ("employer", "Callum Reid", "Glenmorie Cooperage") in _facts(ex, names)


def test_a_datelines_town_in_capitals_leaves_the_town_a_place(nlp):
    ex, _ = _run(nlp, "date 2025-01-28\n\nCRAIGELLACHIE — The Speyside Cooperage in Craigellachie has appointed its "
                  "first female head cooper, 29-year-old Eilidh Grant, who began as an apprentice there in 2013.\n")
    assert not any(e.name == "Craigellachie" for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_a_datelines_province_leaves_its_name_a_place(nlp):
    ex, _ = _run(nlp, "date 2025-05-20\n\nAYACUCHO, Buenos Aires province — The Estancia La Marcelina, a 4,000-hectare "
                  "cattle ranch in the south of the province, is to be run for the first time by a woman, the "
                  "Echeverría family said on Monday.\n")
    assert not any(e.name == "Buenos Aires" for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_the_company_in_the_sentence_that_called_it_the_firm(nlp):
    ex, names = _run(nlp, "date 2025-08-05\nPerera Brokers & Co. auctions tea in Colombo. The firm was founded in 1921. Kamal "
                          "Perera's son works for Ratna Hills Plantations PLC.\n\nThe firm's chief taster, Mohamed Niyas, 60, "
                          "has been with the company since 1984.\n")
    facts = _facts(ex, names)
    assert ("employer", "Mohamed Niyas", "Perera Brokers & Co.") in facts, facts
    company = next(e for e in ex.entities if any(m.text == "the company" for m in e.mentions))
    assert company.name == "Perera Brokers & Co.", company.name


def test_a_spanish_ranch_opening_its_name_is_an_organisation(nlp):
    ex, _ = _run(nlp, "date 2025-05-20\nThe Estancia La Candelaria, a cattle ranch near Tandil, is to change hands.\n")
    ranch = _entity(ex, "Candelaria")
    assert ranch is not None and ranch.type == "ORG" and ranch.name.startswith("Estancia"), [(e.name, e.type) for e in ex.entities]


def test_a_trade_house_apposed_to_a_name_makes_it_a_firm(nlp):
    ex, _ = _run(nlp, "date 2025-09-09\nKOTA BHARU: Batik Mak Salmah, the hand-drawn batik house founded in 1961 by the late "
                      "Salmah Yusof, has a new manager: her grandson, Hafiz Ismail, 30.\n")
    firm = _entity(ex, "Batik Mak Salmah")
    assert firm is not None and firm.type == "ORG" and firm.gender is None, [(e.name, e.type, e.gender) for e in ex.entities]


def test_a_pattern_called_by_a_name_is_a_thing(nlp):
    ex, _ = _run(nlp, "date 2025-09-09\nThe firm employs 40 people. Its best-known design, a sarong pattern called Puteri "
                      "Melur, is copied everywhere; the firm says she has more cousins than any of us.\n")
    thing = _entity(ex, "Puteri Melur")
    assert thing is None or (thing.type != "PERSON" and thing.gender is None), (thing.type, thing.gender)


def test_twins_opening_a_sentence_are_people_and_their_sister_is_theirs(nlp):
    ex, names = _run(nlp, "date 2025-10-13\nTwins Eoin and Cathal Nolan, 22, shared the scores between them. Their father, "
                          "Seán Nolan, and his wife, Úna, a nurse, never miss a match.\n\nSeán and Úna have three children: the "
                          "twins and their sister, Orla, 26.\n")
    eoin = _entity(ex, "Eoin")
    assert eoin is not None and eoin.type == "PERSON", [(e.name, e.type) for e in ex.entities]
    facts = _facts(ex, names)
    siblings = _of(facts, "sibling", "Orla") | {s for r, s, o in facts if r == "sibling" and o == "Orla"}
    assert not siblings & {"Seán Nolan", "Úna"}, facts
    assert ("number_of_children", "Úna", 3) in facts, facts


def test_a_clause_after_a_semicolon_goes_on_about_the_one_person_named(nlp):
    ex, names = _run(nlp, "date 2025-10-13\n\nKilbrack's manager, Declan Moran, 47, a garda sergeant, has been in charge "
                      "for four seasons. Moran brought his three children onto the pitch at the final whistle.\n\nThe "
                      "team wore black armbands for Mick Dunphy, the club's oldest surviving player, who hurled in "
                      "three county finals in the 1950s; he died on Tuesday aged 91. His son, Liam Dunphy, is the "
                      "club's kit man.\n")
    facts = _facts(ex, names)
    assert ("death", "Mick Dunphy", "2025-10-07") in facts, facts
    assert ("age", "Mick Dunphy", 91) in facts, facts
    assert not _of(facts, "death", "Declan Moran"), facts


def test_the_last_of_a_list_of_names_holds_the_job_after_it(nlp):
    ex, names = _run(nlp, "date 2024-05-16\nHe is survived by four children, Mwila, Chanda, Bupe and Mutinta Banda-Zulu, a "
                          "nurse at Kabwe General Hospital.\n")
    facts = _facts(ex, names)
    nurse = {s for r, s, o in facts if r == "title" and o == "nurse"}
    assert nurse and all(s.startswith("Mutinta") for s in nurse), facts


def test_a_rig_named_after_a_woman_leaves_her_first_name_hers(nlp):
    ex, names = _run(nlp, "date 2024-05-16\nMoses Banda, who founded the fishery, died on Saturday aged 83. In 1966 he married "
                          "the late Ruth Phiri, a teacher, and named his first boat after her. That boat, the Mama Ruth, is "
                          "still afloat.\n\nRuth and Moses had five children.\n")
    facts = _facts(ex, names)
    assert ("number_of_children", "Ruth Phiri", 5) in facts, facts


def test_a_new_post_filled_by_the_next_sentences_subject(nlp):
    ex, names = _run(nlp, "date 2025-02\nThe Ardmore Rowing Club has a new captain. Siobhán Daly, 29, a physiotherapist, takes "
                          "over from Tom Kerr.\n")
    facts = _facts(ex, names)
    assert ("title", "Siobhán Daly", "captain") in facts, facts
    assert ("employer", "Siobhán Daly", "Ardmore Rowing Club") in facts, facts


def test_a_new_post_filled_by_a_relative_named_after_a_colon(nlp):
    ex, names = _run(nlp, "date 2025-09-09\n\nKOTA BHARU: Batik Mak Salmah, the hand-drawn batik house founded in 1961 "
                      "by the late Salmah Yusof, has a new managing director: her granddaughter, Nurul Ain Hassan, "
                      "34.\n")
    facts = _facts(ex, names)
    assert ("title", "Nurul Ain Hassan", "managing director") in facts, facts
    assert ("employer", "Nurul Ain Hassan", "Batik Mak Salmah") in facts, facts


def test_a_post_the_parser_split_keeps_its_holders_name(nlp):
    ex, _ = _run(nlp, "date 2024-12-03\nThe firm's head stitcher, Tariq Aziz, 67, shares the founder's name but not his family; "
                      "he came to the workshop in 1975.\n")
    assert not any(e.name == "The firm's head" for e in ex.entities), [e.name for e in ex.entities]


def test_the_pronoun_of_a_speech_tag_states_the_speakers_gender(nlp):
    ex, names = _run(nlp, "date 2025-04-28\nThe co-op's general manager, Kevin Doucette, 54, reported a record season. Doucette, "
                          "whose father, Angus Doucette, ran the first ice plant, said the freezer would open in June. \"My dad "
                          "would not believe the size of it,\" he said.\n")
    assert ("gender", "Kevin Doucette", "male") in _facts(ex, names)


def test_a_capitalised_plural_subject_of_were_is_no_person(nlp):
    ex, _ = _run(nlp, "date 2026-03\nCarol Hirst has played in the band for 41 years. Stories that her son is leaving were "
                      "denied by the band's secretary, Pauline Shaw. \"He is going nowhere,\" she said.\n")
    assert not any(e.name == "Stories" for e in ex.entities), [(e.name, e.gender) for e in ex.entities]


def test_a_granddaughter_named_after_her_grandmother_is_somebody_else(nlp):
    ex, names = _run(nlp, "date 2025-04-03\nThe dairy was founded by Andreas Kyprianou, who died in 2004, and his wife, Eleni, now "
                          "88. Their son, Marios Kyprianou, 61, has run it since 1996.\n\nKyprianou and his wife, Maria, a "
                          "pharmacist, have two daughters, Eleni, 33, and Anna, 29.\n")
    elenis = [e for e in ex.entities if e.name == "Eleni"]
    assert len(elenis) == 2, [(e.name, [m.text for m in e.mentions]) for e in ex.entities]
    facts = _facts(ex, names)
    assert ("spouse", "Andreas Kyprianou", "Eleni") in facts or ("spouse", "Eleni", "Andreas Kyprianou") in facts, facts
    young = next(e for e in elenis if not any(m.text == "his wife" for m in e.mentions))
    assert young.id != next(e for e in elenis if e is not young).id and ("child", "Maria", "Eleni") in facts, facts


def test_an_age_in_a_since_clause_is_no_age_now(nlp):
    ex, names = _run(nlp, "date 2025-04-03\nThe dairy's head cheesemaker, Despina Loizou, has worked there since she was 17.\n")
    assert not _of(_facts(ex, names), "age", "Despina Loizou"), _facts(ex, names)


def test_a_namesake_marked_no_relation_takes_no_lone_given_name(nlp):
    ex, _ = _run(nlp, "date 2024-10-21\nThe couple had two children: Mingma, 47, who runs the agency, and Nima, 44, a doctor at "
                      "Bir Hospital.\n\nThe association's president, Nima Nuru Sherpa, no relation, called him a gentle giant.\n")
    president = _entity(ex, "Nima Nuru Sherpa")
    assert president is not None and not any(m.text == "Nima" for m in president.mentions), [
        (e.name, [m.text for m in e.mentions]) for e in ex.entities]


def test_two_words_after_a_dateline_ending_in_a_keyword_are_an_organisation(nlp):
    ex, _ = _run(nlp, "date 2025-04-03\n\nLARNACA — Christakis Dairy, the halloumi maker in Athienou that has supplied the "
                      "island's hotels since 1971, has been sold to Phoenix Foods of Limassol, ending more than fifty years "
                      "of family ownership.\n")
    dairy = _entity(ex, "Christakis Dairy")
    assert dairy is not None and dairy.type == "ORG", [(e.name, e.type) for e in ex.entities]


def test_a_boat_named_after_a_woman_does_not_swallow_her_full_name(nlp):
    ex, names = _run(nlp, "date 2025-05-30\nAfter 61 years on the water, the barge skipper Hendrik Visser, 84, has moored his boat, "
                          "the Johanna, for the last time. His father had named her after his mother, Johanna Bakker, who was "
                          "born aboard a barge in 1902 and died in 1990.\n\nThe Johanna has been bought by the Zaandam Barge "
                          "Museum. Its director, Saskia Mulder, said she would be restored.\n")
    woman = _entity(ex, "Johanna Bakker")
    assert woman is not None and woman.type == "PERSON", [(e.name, e.type) for e in ex.entities]
    facts = _facts(ex, names)
    assert ("employer", "Saskia Mulder", "Zaandam Barge Museum") in facts, facts


def test_a_dutch_repair_yards_name_is_a_firm(nlp):
    ex, _ = _run(nlp, "date 2025-05-30\nThe couple have a son, Kees Visser, 58, who runs a barge repair yard in Zaandam, Visser "
                      "Scheepsreparatie.\n")
    yard = _entity(ex, "Scheepsreparatie")
    assert yard is not None and yard.type == "ORG", [(e.name, e.type) for e in ex.entities]


def test_a_bodys_first_holder_of_a_post_named_after_it(nlp):
    ex, names = _run(nlp, "date 2024-06-09\nLAHORE — Mian Sports Club, the cricket club that produced three Test players, has "
                          "elected its first woman president, 44-year-old Ayesha Mian, the granddaughter of its founder.\n")
    facts = _facts(ex, names)
    assert ("employer", "Ayesha Mian", "Mian Sports Club") in facts, facts


def test_a_headland_joined_to_an_island_is_a_place(nlp):
    ex, _ = _run(nlp, "date 2025-08-14\nSeamus Doherty kept lights on Tory Island and Fanad Head before he retired.\n")
    assert not any(e.name == "Fanad Head" for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_its_after_a_groups_noun_in_the_sentence(nlp):
    ex, names = _run(nlp, "date 2025-11-03\nThe Hoyland Road Silver Band has a new conductor. Sarah Platt, 38, a music teacher at "
                          "Penistone College, takes over in January.\n\nDerek Lodge joined the band as a boy cornet player in "
                          "1962, when his father, Albert Lodge, was its bandmaster.\n")
    facts = _facts(ex, names)
    assert ("employer", "Albert Lodge", "Hoyland Road Silver Band") in facts, facts
    assert ("employer", "Albert Lodge", "Penistone College") not in facts, facts


def test_a_new_post_with_a_phrase_after_it_and_the_holders_predecessor(nlp):
    ex, names = _run(nlp, "date 2025-11-03\nThe Hoyland Road Silver Band has a new musical director for the first time in 27 years. "
                          "Sarah Platt, 38, a music teacher at Penistone College, succeeds Derek Lodge, 74, who conducted the "
                          "band from 1998.\n")
    facts = _facts(ex, names)
    assert ("title", "Sarah Platt", "musical director") in facts, facts
    assert ("employer", "Sarah Platt", "Hoyland Road Silver Band") in facts, facts
    assert ("title", "Derek Lodge", "musical director") in facts, facts


def test_a_gem_named_past_a_measure_phrase_is_a_thing(nlp):
    ex, _ = _run(nlp, "date 2025-07-22\nThe Blue Moon is not the richest claim on the field. In 2019, though, it gave up a black "
                      "opal the size of a matchbox, Lady Warrina, which sold at auction in Sydney. Miners still talk about her "
                      "as the queen of the field.\n")
    gem = _entity(ex, "Warrina")
    assert gem is None or (gem.type != "PERSON" and gem.gender is None), (gem.type, gem.gender)
