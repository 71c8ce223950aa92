"""Constructions found short in this session's probes (a sheep round-up, a riad, a matatu sacco, a
tin-mine museum, a jeepney works, a coffee exporter, a kapa haka group, a Polish bakery) and in the
forty-first set once it became development, 2026-12-05 from 04:49 UTC. Each is checked on text
written for these tests; a guard keeps what the same rules must not touch (it passes on the code the
session started from too: named so below)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.entities.things import _given_to_a_thing
from tests.test_facts_families import _of, _run
from tests.test_facts_session49 import _entity, _facts


def _mentioned(ex, name: str) -> set[str]:
    e = _entity(ex, name)
    return {m.text for m in e.mentions} if e is not None else set()


def test_a_name_with_its_nickname_inside_is_the_one_named_by_the_nickname_before(nlp):
    ex, names = _run(nlp, "date 2025-04-02\nThe boatyard that Bert Ashdown opened in 1961 has passed to his grandson.\n\n"
                          "Herbert \"Bert\" Ashdown died on Sunday at Fowey, aged 88. He married Winifred Crane in 1960. "
                          "Winifred, 85, survives him.\n")
    people = [e for e in ex.entities if "Ashdown" in e.name]
    assert len(people) == 1, [(e.name, [m.text for m in e.mentions]) for e in ex.entities]
    facts = _facts(ex, names)
    assert ("spouse", people[0].name, "Winifred Crane") in facts, facts


def test_a_relative_whose_death_the_next_sentence_tells_is_no_later_bare_surname(nlp):
    ex, _ = _run(nlp, "date 2024-05\nThe Carn Brea Engine House has a new keeper, Morwenna Tregear, 35, who took up the post in "
                      "April after six years as a librarian in Truro. Her grandfather, Jory Tregear, was a fitter at the "
                      "engine house until it closed in 1972. He died in 1999 aged 80.\n\nThe trust was set up in 1983 by a "
                      "group of volunteers. Its chairman, Alan Penrose, said visitor numbers had grown.\n\nTregear said the "
                      "engine would be steamed again in June.\n")
    assert "Tregear" in _mentioned(ex, "Morwenna Tregear"), [(e.name, [m.text for m in e.mentions]) for e in ex.entities]
    assert "Tregear" not in _mentioned(ex, "Jory Tregear")


def test_a_vehicle_named_by_a_joined_naming_verb_is_a_thing_and_her_is_not_a_mans(nlp):
    ex, _ = _run(nlp, "date 2025-06-03\nThe sacco's treasurer, Peter Ouma, kept his post. Ouma, a former clerk at Family Bank, "
                      "said the co-operative had grown.\n\nThe sacco's oldest vehicle, a bus painted with the face of a boxer "
                      "and called Mama Pendo, was retired last month. The driver who steered her for a decade, Juma Ali, said "
                      "he would miss her.\n")
    assert not any("Pendo" in e.name and (e.type == "PERSON" or e.gender) for e in ex.entities), [(e.name, e.type) for e in ex.entities]
    ouma = _entity(ex, "Peter Ouma")
    assert ouma is not None and ouma.gender != "female" and "her" not in {m.text for m in ouma.mentions}


def test_a_machine_nicknamed_after_a_joined_participle_is_a_thing(nlp):
    ex, _ = _run(nlp, "date 2024-10-22\nA roasting machine bought in 2017 and nicknamed Tadesse by staff has been retired.\n")
    machine = _entity(ex, "Tadesse")
    assert machine is not None and machine.type == "ORG_OR_PRODUCT", [(e.name, e.type) for e in ex.entities]


def test_she_after_a_sentence_about_a_named_engine_is_not_the_woman_before(nlp):
    ex, _ = _run(nlp, "date 2024-05\nMary Hocking, who retired after 20 years, plans to walk the coast path.\n\nThe museum's "
                      "engine, a beam engine known to volunteers as Old Bessie, was built in 1871 by Harvey and Co of Hayle. "
                      "She was steamed again last summer.\n")
    mary = _entity(ex, "Mary Hocking")
    assert mary is not None and "She" not in {m.text for m in mary.mentions}, [m.text for m in mary.mentions]


def test_a_name_before_a_trade_after_a_is_the_trades_place(nlp):
    ex, names = _run(nlp, "date 2025-03-11\nHe married Joan Pascoe, the daughter of a St Helens net-maker, in 1964.\n")
    assert not any(e.name == "St Helens" and e.type == "PERSON" for e in ex.entities), [(e.name, e.type) for e in ex.entities]
    facts = _facts(ex, names)
    assert any(f[0] == "occupation" and f[2] == "net-maker" for f in facts), facts


def test_a_name_after_a_couple_and_of_is_where_they_belong(nlp):
    ex, names = _run(nlp, "date 2024-06\nCongratulations to Amit and Leela Shah of Calder Invicta, who married in 1975 and "
                          "marked their golden wedding in May.\n\nCalder Invicta's birds had a good month.\n")
    club = _entity(ex, "Calder Invicta")
    assert club is not None and club.type == "ORG", [(e.name, e.type) for e in ex.entities]
    facts = _facts(ex, names)
    assert ("event", "Amit Shah", "Leela Shah") in facts or ("spouse", "Amit Shah", "Leela Shah") in facts, facts


def test_racing_pigeons_and_their_nest_kin_are_no_people(nlp):
    ex, _ = _run(nlp, "date 2024-06\nThe young cock Sir Percy won the Nantes race by 14 minutes, and his nest sister, "
                      "Duchess, was fourth, though she sat on the loft roof for ten minutes.\n")
    for name in ("Sir Percy", "Duchess"):
        bird = _entity(ex, name)
        assert bird is not None and bird.type != "PERSON" and bird.gender is None, [(e.name, e.type, e.gender) for e in ex.entities]
    assert not any("nest sister" in e.name for e in ex.entities)


def test_the_forge_is_the_one_written_with_the_noun_after_its_name(nlp):
    ex, names = _run(nlp, "date 2025-11-06\nFor the first time since it was founded in 1951, the Kanetsugu forge in this town will "
                          "be run by a woman.\n\nShe is Aiko Oda, 29, who spent six years at Tamura Steel. Her cousin, Taro, a "
                          "smith at the forge, welcomed the news.\n")
    forge = _entity(ex, "Kanetsugu")
    assert forge is not None and forge.type == "ORG", [(e.name, e.type) for e in ex.entities]
    assert "the forge" in {m.text for m in forge.mentions}, [(e.name, [m.text for m in e.mentions]) for e in ex.entities]
    assert ("employer", "Taro", forge.name) in _facts(ex, names)


def test_a_name_apposed_to_a_trades_works_is_a_firm(nlp):
    ex, _ = _run(nlp, "date 2025-11-06\nThe forge's other smith, Kenta Mori, 34, joined it in 2018 from Hayashi Hamono, a "
                      "sharpening works in Sakai.\n")
    works = _entity(ex, "Hayashi Hamono")
    assert works is not None and works.type == "ORG", [(e.name, e.type) for e in ex.entities]


def _parsed(words, heads, deps, pos):
    """A Doc with the parse given, as the small model parses these sentences inside their articles
    (alone it parses them otherwise)."""
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_a_canoe_misparsed_as_a_clause_on_its_noun_is_a_thing():
    from dateline.extractors.entities.vessels import _named_not_clause  # (new this session)

    # "The koa canoe Auntie Malia crossed the line": a clause on "canoe" whose verb has its own object
    doc = _parsed(["The", "koa", "canoe", "Auntie", "Malia", "crossed", "the", "line"],
                  [2, 2, 2, 4, 5, 2, 7, 5], ["det", "compound", "ROOT", "compound", "nsubj", "relcl", "det", "dobj"],
                  ["DET", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN"])
    assert _named_not_clause(doc[2], doc[4])
    # (the horse a rider rode is a clause: its verb has no object of its own)
    rode = _parsed(["the", "horse", "Dr.", "Osgood", "rode"], [1, 1, 3, 4, 1], ["det", "ROOT", "compound", "nsubj", "relcl"],
                   ["DET", "NOUN", "PROPN", "PROPN", "VERB"])
    assert not _named_not_clause(rode[1], rode[3])


def test_an_accordion_the_musicians_call_by_a_name_is_a_thing():
    # "His accordion, a 1952 Monarch the musicians call Tante Rosa, belonged ...", with both nouns
    # parsed as the naming verb's subjects
    doc = _parsed(["His", "accordion", ",", "a", "1952", "Monarch", "the", "musicians", "call", "Tante", "Rosa", ",", "belonged"],
                  [1, 8, 1, 5, 5, 1, 7, 8, 12, 10, 8, 8, 12],
                  ["poss", "nsubj", "punct", "det", "nummod", "appos", "det", "nsubj", "parataxis", "compound", "dobj", "punct", "ROOT"],
                  ["PRON", "NOUN", "PUNCT", "DET", "NUM", "PROPN", "DET", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT", "VERB"])
    for t in doc:
        t.lemma_ = "call" if t.text == "call" else t.text.lower()
    assert _given_to_a_thing(doc[10], lexicon())


def test_whose_partner_is_no_post(nlp):
    ex, names = _run(nlp, "date 2025-11-06\nHollis Ironworks Ltd will be run by a woman for the first time. Hollis Ironworks "
                          "Ltd was founded in 1951.\n\nIts other full-time smith, Kenta Ono, 34, joined it in 2018 from a works "
                          "in Sakai. Ono, whose partner, Aya Kimura, runs the firm's online shop, said he would stay.\n")
    assert "whose partner" not in _of(_facts(ex, names), "title", "Kenta Ono")


def test_his_after_a_taverna_called_so_is_the_owners(nlp):
    ex, _ = _run(nlp, "date 2023-09-30\nIrini was among the neighbours who gathered in the lane on Friday afternoon, as was "
                      "Manolis Petrakis, owner of the Kyria Eleni taverna opposite, who shares the family's surname but, as "
                      "he put it, \"none of its talent\". The taverna is named after his grandmother.\n")
    assert "his" in _mentioned(ex, "Manolis Petrakis"), [(e.name, [m.text for m in e.mentions]) for e in ex.entities]


def test_a_child_the_neighbours_call_by_a_name_stays_a_person(nlp):
    # guard: passes on the session's start code too
    ex, _ = _run(nlp, "date 2025-02-18\nHer youngest, a boy the neighbours call Little Joe, turned nine on Sunday. Her "
                      "husband, Sam Kaye, 41, a welder, said the boy wanted a dog.\n")
    joe = _entity(ex, "Little Joe")
    assert joe is not None and joe.type == "PERSON", [(e.name, e.type) for e in ex.entities]


def test_a_venue_word_after_a_possessive_closes_the_venues_name(nlp):
    ex, _ = _run(nlp, "date 2025-08-02\nThibodeaux's Hall turns 60 with a new owner.\n\nWhen the doors of Thibodeaux's Hall open "
                      "tonight, Claire Landry will be at the bar.\n")
    hall = _entity(ex, "Thibodeaux's Hall")
    assert hall is not None and hall.type == "ORG", [(e.name, e.type) for e in ex.entities]


def test_a_possessive_name_with_a_business_noun_apposed_is_the_business(nlp):
    ex, _ = _run(nlp, "date 2024-09-29\nUncle Kimo's Plate Lunch, the Makapu restaurant that has sponsored the crew since 2012, "
                      "fed the paddlers at the finish. Its owner, Kimo Alana, said he had grilled 300 pieces of chicken.\n")
    shop = _entity(ex, "Plate Lunch")
    assert shop is not None and shop.type == "ORG", [(e.name, e.type) for e in ex.entities]
    assert not any(e.name in ("Uncle Kimo", "Kimo") and e.type == "PERSON" for e in ex.entities)


def test_a_guesthouse_and_an_agency_named_past_its_place_are_businesses(nlp):
    ex, _ = _run(nlp, "date 2024-11-14\nMARRAKESH - The owners of Riad Dar Salam, a guesthouse in the medina, have handed it to "
                      "their daughter.\n\nHer brother runs a travel agency in Casablanca, Atlas Voyages, which he founded with a "
                      "school friend.\n")
    for name in ("Riad Dar Salam", "Atlas Voyages"):
        e = _entity(ex, name)
        assert e is not None and e.type == "ORG", [(x.name, x.type) for x in ex.entities]


def test_an_exporters_name_and_a_polish_bakerys_are_organisations(nlp):
    ex, _ = _run(nlp, "date 2024-10-22\nADDIS ABABA - Zion Coffee Export, one of the oldest family exporters in Ethiopia, has named "
                      "a new chief executive.\n\nIn Chicago, Tadeusz and Marek Nowicki opened Piekarnia Warszawa on Milwaukee "
                      "Avenue in 1961.\n")
    for name in ("Zion Coffee Export", "Piekarnia Warszawa"):
        e = _entity(ex, name)
        assert e is not None and e.type == "ORG", [(x.name, x.type) for x in ex.entities]


def test_a_listed_child_with_an_age_is_nobody_named_before(nlp):
    ex, names = _run(nlp, "date 2025-03-09\nROTORUA - Te Rōpū o Ngāti Awa won the regional title on Saturday. Hinemoa Tane has led "
                          "the group's singing since 1981.\n\nHer son, Rangi Tane, 45, and his wife, Aroha, 43, have three children, "
                          "all of whom performed: Awa, 19, Hine, 17, and Tipene, 15.\n")
    group = _entity(ex, "Ngāti Awa")
    assert group is not None and group.type == "ORG", [(e.name, e.type) for e in ex.entities]
    facts = _facts(ex, names)
    assert ("age", "Hinemoa Tane", 17) not in facts and ("age", "Hine", 17) in facts, facts
    assert ("child", "Rangi Tane", "Awa") in facts, facts


def test_a_pair_after_a_sentence_about_brothers_is_no_married_couple(nlp):
    ex, names = _run(nlp, "date 2024-12-17\n\nCHICAGO - The Nowak family sold its Avondale bakery on Monday, 68 years after a "
                          "pair of newly arrived brothers fired its first oven.\n\nTadeusz and Marek Nowak opened Piekarnia "
                          "Krakowska on Milwaukee Avenue in 1956. Tadeusz died in 1994 aged 70; Marek, the younger, died in "
                          "2003.\n\nTadeusz's son, Adam Nowak, 66, has run the bakery since 1988 with his wife, Ewa, 64. The "
                          "couple married in 1982.\n")
    facts = _facts(ex, names)
    assert ("spouse", "Adam Nowak", "Ewa") in facts, facts
    assert not any(f[0] == "spouse" and "Tadeusz" in str(f[1]) for f in facts), facts

def test_mang_is_a_mans_title_and_his_name_with_a_possessive_a_business(nlp):
    ex, _ = _run(nlp, "date 2025-02-11\nErnesto Sarao ran the works for 50 years. One of the workers, Nestor, said: "
                      "\"Mang Ernesto paid me in rice the first month.\"\n\nLechon came from Mang Pepe's, the Bergenfield "
                      "restaurant run by Jose Cruz, 72.\n")
    ernesto = _entity(ex, "Ernesto Sarao")
    assert ernesto is not None and "Mang Ernesto" in {m.text for m in ernesto.mentions}, [(e.name, [m.text for m in e.mentions]) for e in ex.entities]
    assert not any("Pepe" in e.name and e.type == "PERSON" for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_a_death_whose_subject_the_parser_gave_the_wire_dateline(nlp):
    ex, names = _run(nlp, "date 2025-04-15\n\nNAXOS - Captain Yannis Koutsoukos, who steered the island ferry Agia Marina between Naxos "
                          "and Paros for 31 years, died on Sunday at his home in Chora. He was 79.\n")
    facts = _facts(ex, names)
    assert ("death", "Yannis Koutsoukos", "2025-04-13") in facts, facts


def test_alhaja_is_a_womans_title_not_part_of_her_name(nlp):
    ex, _ = _run(nlp, "date 2024-08\nAlhaja Kafayat Bello, 58, who has sold peppers at the market since 1989, was elected on "
                      "3 August.\n")
    bello = _entity(ex, "Bello")
    assert bello is not None and bello.name == "Kafayat Bello" and bello.gender == "female", [(e.name, e.gender) for e in ex.entities]


REINDEER = ("date 2024-03\n\nKARASJOK - The Mathisen family has won the reindeer racing final for the third year running, with a "
            "bull called Stálu and a driver who is only 19.\n\nÁnne Márjá Mathisen drove Stálu over the course in 1 minute 11 "
            "seconds. Her father, Johan Mathisen, 52, a reindeer herder, trained the bull.\n\nÁnne Márjá's mother, Berit Eira, 49, "
            "teaches at the school in Karasjok. The couple married in 1998 and have three children: Ánne Márjá, Nils, 16, and "
            "Inga, 11.\n\nThe family's herd grazes on the Finnmark plateau in winter. Johan's brother, Mikkel Mathisen, 55, runs it "
            "with him; Mikkel's son, Per Ivar, 27, flew in from Tromsø, where he is a nurse at the university hospital, to watch.\n")


def test_a_named_ones_son_is_no_child_another_parent_listed(nlp):
    ex, names = _run(nlp, REINDEER)
    anne = _entity(ex, "Ánne Márjá")
    assert anne is not None and anne.gender != "male", [(e.name, e.gender, [m.text for m in e.mentions]) for e in ex.entities]
    assert ("child", "Mikkel Mathisen", anne.name) not in _facts(ex, names)


def test_she_after_a_boat_named_after_a_person_is_the_boats(nlp):
    ex, _ = _run(nlp, "date 2025-01-20\n\nSTONE TOWN - The last dhow to leave Salim Bakari's yard at Nungwi slid into the "
                      "Indian Ocean on Saturday.\n\nThe boat, a 14-metre jahazi named Bi Mwanaisha after Salim's late mother, "
                      "took two years to build. She will carry tourists between Zanzibar and Pemba for Mnarani Sea Safaris, "
                      "which bought her for 90 million shillings.\n\nSalim Bakari, 77, learned the trade from his father.\n")
    salim = _entity(ex, "Salim Bakari")
    assert salim is not None and salim.gender != "female" and "She" not in {m.text for m in salim.mentions}, \
        [(e.name, e.gender, [m.text for m in e.mentions]) for e in ex.entities]


def test_a_second_one_of_the_same_name_is_somebody_else(nlp):
    ex, _ = _run(nlp, "date 2025-01-20\nSalim Bakari, 77, learned the trade from his father.\n\nA second Salim Bakari, a "
                      "shopkeeper in Mkokotoni, is no relation.\n")
    assert len([e for e in ex.entities if e.name == "Salim Bakari"]) == 2, [(e.name, [m.text for m in e.mentions]) for e in ex.entities]


def test_an_untagged_name_hung_on_the_wire_dateline_is_a_person(nlp):
    ex, _ = _run(nlp, "date 2025-10-08\n\nKARNAL - Gurpreet Kaur has fed truck drivers on the Grand Trunk Road for 41 years. On "
                      "Tuesday she handed the stove to her daughter-in-law.\n\nKaur, 68, was widowed in 2003.\n")
    kaur = _entity(ex, "Gurpreet Kaur")
    assert kaur is not None and kaur.type == "PERSON" and "Kaur" in {m.text for m in kaur.mentions}, \
        [(e.name, [m.text for m in e.mentions]) for e in ex.entities]


def test_seu_is_a_mans_title_not_part_of_his_name(nlp):
    ex, _ = _run(nlp, "date 2024-02\nThe school was founded in 1969 by Seu Antônio Costa, 80, who still watches every parade.\n")
    costa = _entity(ex, "Costa")
    assert costa is not None and costa.name == "Antônio Costa" and costa.gender == "male", [(e.name, e.gender) for e in ex.entities]


def test_a_horse_named_after_a_comma_as_a_second_subject_is_no_man(nlp):
    ex, _ = _run(nlp, "date 2025-03-18\nThe yard's head lad, Tommy Dwyer, 66, has worked there since 1977.\n\nA second horse from "
                      "the yard, Sir Gerard, fell at the last fence. His rider was unhurt.\n")
    horse = _entity(ex, "Gerard")
    assert horse is not None and horse.type != "PERSON" and horse.gender is None, [(e.name, e.type, e.gender) for e in ex.entities]
