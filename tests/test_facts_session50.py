"""Constructions found short in this session's probes (a steel orchestra's new captain, a law firm's
new partners, a reindeer co-operative, a knitwear firm, a vineyard, a band club) and in the
thirty-ninth set once it became development, 2026-12-05 from 23:39 UTC on 2026-12-04. Each is
checked on text written for these tests; the guards keep what the same rules must not touch (they
pass on the code the session started from too: named so below)."""

from __future__ import annotations

from tests.test_facts_families import _of, _run
from tests.test_facts_session49 import _entity, _facts


def test_his_death_in_a_time_phrase_is_the_clause_subjects(nlp):
    ex, names = _run(nlp, "date 2025-02\nRonan Kell, 30, leads the Copperhill Pipe Band. His mother, Aoife Kell, 55, teaches "
                          "the drummers, and his father, the late Declan Kell, played the pipes for the band until his "
                          "death in 2013.\n")
    facts = _facts(ex, names)
    assert ("death", "Declan Kell", "2013") in facts, facts
    assert not _of(facts, "death", "Ronan Kell"), facts


def test_the_wife_of_a_possessed_post_holder_gives_the_holder_no_female_gender(nlp):
    ex, _ = _run(nlp, "date 2025-02\nThe band's manager, Marisa Quint-Lowe, said the players voted in January. Quint-Lowe, "
                      "44, is the wife of the band's arranger, Stefan Lowe, 50; the couple have two sons.\n")
    stefan = _entity(ex, "Stefan Lowe")
    assert stefan is not None and stefan.gender is None, [(e.name, e.gender) for e in ex.entities]


def test_letters_after_a_name_are_no_person_and_the_age_after_them_is_the_names(nlp):
    ex, names = _run(nlp, "date 2024-06-04\nThe college's principal, Grace Adewale, OBE, 61, retires this month. Its governors' "
                          "chair, Hugh Penrose KC, 58, thanked her.\n")
    assert not any(e.name in ("OBE", "KC") for e in ex.entities), [e.name for e in ex.entities]
    facts = _facts(ex, names)
    assert _of(facts, "age", "Grace Adewale") == {61}, facts
    hugh = next(n for n in names.values() if n and n.startswith("Hugh Penrose"))
    assert _of(facts, "age", hugh) == {58}, facts


def test_a_title_tagged_alone_before_a_full_name_leaves_the_name_to_its_bearer(nlp):
    ex, names = _run(nlp, "date 2024-06-04\nThe new partners are Adaeze Nwosu, 41, daughter of the firm's other founder, the "
                          "late Justice Emeka Nwosu, and Femi Lawal, 39.\n\nJustice Nwosu died in 2016, aged 74.\n")
    adaeze = _entity(ex, "Adaeze")
    emeka = _entity(ex, "Emeka Nwosu")
    assert emeka is not None and emeka.type == "PERSON", [e.name for e in ex.entities]
    assert not any(e.name == "Justice" for e in ex.entities)
    assert adaeze is not None and "Justice Nwosu" not in {m.text for m in adaeze.mentions}
    assert "Justice Nwosu" in {m.text for m in emeka.mentions}


def test_the_firm_named_in_passing_is_not_the_firm_the_article_keeps_calling_so(nlp):
    ex, names = _run(nlp, "date 2024-06-04\nBello & Ajayi names two new partners\n\nLAGOS — Bello & Ajayi, the Ikeja commercial "
                          "law firm, has made two associates partners. The new partners are Funke Ajayi, 41, and Kunle Ade, "
                          "39, who joined the firm from Ward Chambers in 2015.\n\nAde said the firm had taught him "
                          "everything. His wife, Zainab, 36, is a tax adviser at Farrow & Young.\n\nChief Bello, whose son, "
                          "Dapo, 50, runs the firm's Abuja office, said he would read the papers.\n")
    facts = _facts(ex, names)
    assert _of(facts, "employer", "Dapo") == {"Bello & Ajayi"}, facts
    assert _of(facts, "employer", "Zainab") == {"Farrow & Young"}, facts


def test_a_name_apposed_to_an_in_law_is_a_person_whatever_the_tagger_says(nlp):
    ex, _ = _run(nlp, "date 2025-03-27\nMrs Harcus started the business with her late husband, Magnie, a fisherman, and "
                      "her sister-in-law, Ina Tulloch.\n")
    ina = _entity(ex, "Ina Tulloch")
    assert ina is not None and ina.type == "PERSON", [(e.name, e.type) for e in ex.entities]


def test_a_business_word_of_another_language_opens_the_organisations_name(nlp):
    ex, _ = _run(nlp, "date 2024-04-09\nWinery passes to grandson\n\nSANTA CRUZ, Chile — Viña Los Aromos, the family winery in "
                      "the Colchagua Valley, has named Matías Errázuriz Pérez, 29, its winemaker.\n")
    assert not any(e.type == "PERSON" and "Aromos" in e.name for e in ex.entities), [(e.name, e.type) for e in ex.entities]
    winery = _entity(ex, "Aromos")
    assert winery is not None and winery.type == "ORG" and winery.name.startswith("Viña")


def test_a_knitwear_firm_is_an_organisation(nlp):
    ex, _ = _run(nlp, "date 2025-03-27\nLERWICK — Sumburgh Knitwear, the jumper maker founded in a croft kitchen in 1974, "
                      "is to be run by Freya Halcrow, 34.\n")
    firm = _entity(ex, "Sumburgh Knitwear")
    assert firm is not None and firm.type == "ORG", [(e.name, e.type) for e in ex.entities]


def test_a_job_holder_with_an_age_is_no_boat_for_a_job_word_that_is_also_a_boat(nlp):
    ex, _ = _run(nlp, "date 2025-02\nThe shop's head cutter, Alfred Zammit, 63, stays on. He joined the shop in 1988.\n")
    alfred = _entity(ex, "Alfred Zammit")
    assert alfred is not None and alfred.type == "PERSON" and alfred.gender == "male", [(e.name, e.type) for e in ex.entities]


def test_a_boat_apposed_to_a_vessel_word_stays_a_boat(nlp):
    # a guard (passes on the start code): no age, so the cutter is a boat
    ex, _ = _run(nlp, "date 2025-02\nThe coastguard cutter, Valiant Star, was launched in 1998. She is based at Harwich.\n")
    assert not any(e.type == "PERSON" and "Valiant" in e.name for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_a_business_named_after_a_person_before_its_noun_is_an_organisation(nlp):
    ex, _ = _run(nlp, "date 2023-09-30\nStavros Maniatis, owner of the Mama Rosa taverna opposite, said he was sad.\n")
    assert not any(e.type == "PERSON" and "Rosa" in e.name for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_named_dogs_in_a_list_after_an_animal_noun_are_no_people(nlp):
    ex, _ = _run(nlp, "date 2025-02-18\nHer lead dogs, a seven-year-old named Maisie and a four-year-old called Mr. Biscuit, "
                      "wore booties knitted by her aunt, Carole Dube, 61.\n")
    assert not any(e.type == "PERSON" and ("Maisie" in e.name or "Biscuit" in e.name) for e in ex.entities), \
        [(e.name, e.type) for e in ex.entities]
    carole = _entity(ex, "Carole Dube")
    assert carole is not None and carole.type == "PERSON"


def test_a_name_known_as_for_a_bell_is_the_bells(nlp):
    # a guard (passes on the start code, which reads this wording already; the session's change
    # reads it over a noun the tagger called a place, on the thirty-ninth set's article)
    ex, _ = _run(nlp, "date 2025-06-21\nThe tower's oldest bell, a four-tonne bourdon cast in 1702 and known to generations "
                      "of townspeople as Margriet, will be rehung this autumn. The carillonneur, Wim Peeters, 60, said "
                      "he would miss her.\n")
    assert not any(e.type == "PERSON" and "Margriet" in e.name for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_the_relatives_one_possessive_names_do_not_own_it(nlp):
    ex, names = _run(nlp, "date 2025-06-21\nWhen the last chord of Jan Mertens's farewell recital faded over the square on "
                          "Friday, hundreds applauded.\n\nMertens, 68, has played the bells since 1984. On 1 July he hands "
                          "the keyboard to Els Claes, 34.\n\n\"I have climbed those steps six thousand times,\" the retiring "
                          "carillonneur said.\n\nBells ran in the family. His father, the late Pieter Mertens (1921–1994), a "
                          "joiner, wound the tower clock by hand for three decades, and his older brother, Staf Mertens, 71, "
                          "a retired plumber, still climbs up to grease the clappers each spring.\n")
    facts = _facts(ex, names)
    assert _of(facts, "parent", "Jan Mertens") == {"Pieter Mertens"}, facts
    assert _of(facts, "sibling", "Jan Mertens") == {"Staf Mertens"}, facts
    assert not _of(facts, "parent", "Staf Mertens") and not _of(facts, "sibling", "Pieter Mertens"), facts


def test_the_dateline_town_is_no_person_a_pronoun_may_take(nlp):
    # a guard (passes on the start code for this short text; the session's change keeps the
    # town out of the latent candidates a pronoun's ranker weighs, read on the thirty-ninth set)
    ex, _ = _run(nlp, "date 2025-06-21\nVeldhoven's carillonneur retires\n\nVELDHOVEN — Jan Mertens, 68, has played the bells since 1984. On 1 July he hands the keyboard "
                      "to Els Claes, 34, who joins the City of Veldhoven from a music school in Leuven, where she taught "
                      "for eight years.\n")
    assert not any(e.type == "PERSON" and "Veldhoven" in e.name for e in ex.entities), [(e.name, e.type) for e in ex.entities]
    els = _entity(ex, "Els Claes")
    assert els is not None and els.gender == "female"


def test_in_his_place_is_not_the_one_who_takes_it(nlp):
    ex, _ = _run(nlp, "date 1886-08\nAlderman Thomas Brierley died on 4 June 1886. In his place Councillor Samuel Platt "
                      "was elected as an alderman by the Council on 7 July 1886.\n")
    brierley = _entity(ex, "Thomas Brierley")
    platt = _entity(ex, "Samuel Platt")
    assert brierley is not None and platt is not None, [e.name for e in ex.entities]
    assert "his" in {m.text for m in brierley.mentions}, [(e.name, [m.text for m in e.mentions]) for e in ex.entities]


def test_a_one_word_name_after_a_plural_kin_noun_and_its_comma_is_a_child(nlp):
    ex, names = _run(nlp, "date 2024-08-14\nMele is married to Dr Ravi Prasad, 41, a consultant at Lautoka Hospital, and they "
                          "have three children: twin daughters, Litia and Priya, 7, and a son, Arjun, who is four.\n")
    facts = _facts(ex, names)
    assert ("child", "Ravi Prasad", "Litia") in facts and ("child", "Mele", "Litia") in facts, facts
    assert ("sibling", "Litia", "Priya") in facts or ("sibling", "Priya", "Litia") in facts, facts
    assert ("age", "Litia", 7) in facts, facts


def test_a_person_named_right_before_the_copula_after_and_holds_the_post(nlp):
    ex, names = _run(nlp, "date 2024-09\nHis mother, Tamsin, 68, volunteers in the museum shop, and his partner, Kerensa "
                          "Hocking, 39, is a geologist with the British Geological Survey.\n")
    facts = _facts(ex, names)
    assert _of(facts, "employer", "Kerensa Hocking") == {"British Geological Survey"}, facts
    assert not _of(facts, "employer", "Tamsin"), facts


def test_a_japanese_brewery_named_with_its_family_name_is_no_person(nlp):
    ex, _ = _run(nlp, "date 2025-01-15\nBrewery's first woman toji takes over the winter mash\n\nNADA, Kobe — Yamamoto Shuzo, a "
                      "sake brewery founded in 1868, has appointed Emi Yamamoto, 37, as its toji, or master brewer, the "
                      "first woman to hold the post in the company's history.\n\nMs. Yamamoto, the eldest daughter of the "
                      "brewery's president, Kenji Yamamoto, 66, trained under the former toji.\n")
    brewery = _entity(ex, "Shuzo")
    assert brewery is not None and brewery.type == "ORG", [(e.name, e.type) for e in ex.entities]
    emi = _entity(ex, "Emi Yamamoto")
    assert emi is not None and "Ms. Yamamoto" in {m.text for m in emi.mentions}


def test_the_first_of_a_list_owns_the_kin_nouns_listed_with_names_after_it(nlp):
    # (the start code gave the second "her" to Arne Dahl, a man, and reached the right facts only
    # through his being her brother; test_facts_set13_kin checks those facts)
    ex, names = _run(nlp, "date 2024-05-02\nMira Olsen is the daughter of Knut and Sigrid Olsen. The couple had six children, "
                          "of whom three are alive: Mira, her brother, Arne Dahl, and her sister, Liv Olsen.\n")
    arne = _entity(ex, "Arne Dahl")
    assert arne is not None and "her" not in {m.text for m in arne.mentions}, [(e.name, [m.text for m in e.mentions]) for e in ex.entities]


def test_a_surname_suffix_split_by_the_tokenizer_leaves_the_death_to_its_bearer(nlp):
    ex, names = _run(nlp, "date 2025-05-07\nHenry P. Sobczak Sr., who ran a tailor's shop on Joseph Campau Avenue for 41 years, "
                          "died Sunday at his home. He was 88.\n")
    facts = _facts(ex, names)
    henry = next(n for n in names.values() if n and n.startswith("Henry P. Sobczak"))
    assert _of(facts, "death", henry), facts


def test_a_clinic_stands_for_the_health_centre_named_before(nlp):
    ex, names = _run(nlp, "date 2024-11-30\nA harambee raised Sh2.4 million on Saturday for a new maternity wing at Gatundu "
                          "Health Centre.\n\nThe clinic's medical officer, Dr. Ruth Chebet, 39, said the money would buy two "
                          "beds.\n")
    facts = _facts(ex, names)
    assert _of(facts, "employer", "Ruth Chebet") == {"Gatundu Health Centre"}, facts


def test_its_owner_works_for_the_business_named_before(nlp):
    ex, names = _run(nlp, "date 2025-02-18\nThe team's sponsor is Harbour Lights Roadhouse in Carcross. Its owner, Wendy Kuzyk, "
                          "said a photograph would hang by the stove.\n")
    facts = _facts(ex, names)
    assert _of(facts, "employer", "Wendy Kuzyk") == {"Harbour Lights Roadhouse"}, facts


def test_a_peers_territorial_place_after_his_name_is_no_person(nlp):
    ex, _ = _run(nlp, "date 2024-03-11\nThe club's president, Lord Elwyn of Cwm Nedd, will present the chain of office at the "
                      "annual dinner on Saturday.\n")
    assert not any(e.type == "PERSON" and "Nedd" in e.name for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_an_indian_honorific_is_a_title_not_part_of_the_name(nlp):
    ex, names = _run(nlp, "date 2025-10-21\nJAIPUR — Shri Ram Mishthan Bhandar, the sweet shop opened in 1961 by the late Shri "
                          "Ramesh Chand Agarwal, will be run by his granddaughter, Ms. Nidhi Agarwal, 29.\n\nRamesh Chand "
                          "Agarwal died in 1999, aged 71.\n")
    assert not any(e.name.startswith("Shri") for e in ex.entities), [e.name for e in ex.entities]
    assert not any(e.type == "PERSON" and "Bhandar" in e.name for e in ex.entities), [(e.name, e.type) for e in ex.entities]
    facts = _facts(ex, names)
    assert _of(facts, "death", "Ramesh Chand Agarwal") == {"1999"}, facts


def test_a_family_who_runs_a_business_gives_no_member_that_job(nlp):
    # a guard (passes on the start code, where the tagger makes "the Sandhus" an organisation;
    # in the fifteenth set's article it is read as the girl's family, and the rule now holds)
    ex, names = _run(nlp, "date 2026-02-20\nAman Sandhu, 17, won the Sabha's shield for her work with elderly members. She is no "
                          "relation of the Sandhus who run Punjab Sweets on Roundhay Road.\n")
    facts = _facts(ex, names)
    assert not _of(facts, "employer", "Aman Sandhu"), facts


def test_a_trade_word_of_another_language_opens_the_business_name(nlp):
    ex, _ = _run(nlp, "date 2022-03-11\nShe was the daughter of Tomas Reyes, a railroad section hand, and his wife, Lupe, who ran "
                      "Panadería El Sol, the bakery two doors down, for 30 years.\n")
    assert not any(e.type == "PERSON" and "El Sol" in e.name for e in ex.entities), [(e.name, e.type) for e in ex.entities]
    bakery = _entity(ex, "El Sol")
    assert bakery is not None and bakery.name.startswith("Panadería")


def test_a_titled_surname_goes_to_the_one_namesake_whose_gender_the_text_said(nlp):
    ex, _ = _run(nlp, "date 2023-02-21\nOur sympathy to Vikram Pillai, whose mother, Lakshmi Pillai, died peacefully on Thursday, "
                      "aged 91. She was the widow of Mohan Pillai, a Durban tailor who died in 2004. Mrs Pillai taught at "
                      "Clairwood Primary from the 1950s until 1989.\n")
    lakshmi = _entity(ex, "Lakshmi Pillai")
    vikram = _entity(ex, "Vikram Pillai")
    assert lakshmi is not None and "Mrs Pillai" in {m.text for m in lakshmi.mentions}, [(e.name, [m.text for m in e.mentions]) for e in ex.entities]
    assert vikram is not None and vikram.gender is None


def test_a_titled_surname_in_another_paragraph_is_not_a_full_name_written_later(nlp):
    ex, _ = _run(nlp, "date 2023-05\nPaddy is survived by three children: Nora Kinsella, 68; Mary, 65; and Liam, 62. Mrs "
                      "Kinsella, whose husband, Jim, farms at Ballyneill, now minds her father's hives, and Mr Kinsella, "
                      "she says, stays well clear of them.\n\nDr Orla Kinsella, the county's bee inspector, gave April's "
                      "talk on varroa. Dr Kinsella belongs to a different Kinsella family.\n")
    orla = _entity(ex, "Orla Kinsella")
    assert orla is not None and orla.gender is None, [(e.name, e.gender, [m.text for m in e.mentions]) for e in ex.entities]
    assert "Mr Kinsella" not in {m.text for m in orla.mentions}


def test_a_whose_post_reaches_past_the_town_after_the_organisations_name(nlp):
    ex, names = _run(nlp, "date 2025-06-21\nThe work will be carried out by Janssens Organ Builders of Mol, whose managing "
                          "director, Anke Peeters, 52, is the fifth generation of her family to run the firm.\n")
    facts = _facts(ex, names)
    assert _of(facts, "employer", "Anke Peeters") == {"Janssens Organ Builders"}, facts
    assert ("title", "Anke Peeters", "managing director") in facts, facts


def test_a_founding_verb_in_a_that_or_which_clause_on_the_business_names_its_founders(nlp):
    ex, names = _run(nlp, "date 2025-12-02\nBoulangerie Lima, which Rui Lima opened in 1975, will close on Friday. Lima, 79, "
                          "said his knees had made the decision for him.\n")
    facts = _facts(ex, names)
    assert ("title", "Rui Lima", "founder") in facts, facts
