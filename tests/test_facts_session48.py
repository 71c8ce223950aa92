"""Constructions found short in this session's probes (a fishing skipper lost at sea, a curling
club's title, a Caribbean bakery's closing, a nurses' association's dinner), 2026-12-04 from
18:06 UTC. Each is checked on text written for these tests; the guards keep what the same rules
must not touch (they pass on the code the session started from too: named so below)."""

from __future__ import annotations

from tests.test_facts_families import _of, _run


def _facts(ex, names):
    return {(f.relation, names.get(f.subject), names.get(f.object) if f.object else f.value) for f in ex.facts}


def _entity(ex, needle):
    return next((e for e in ex.entities if needle in e.name), None)


def test_a_filipino_surname_particle_keeps_the_surname_written_alone_with_its_person(nlp):
    ex, _ = _run(nlp, "date 2025-02-11\nTwo crewmen, Aldo Reyes, 23, and a deckhand, Jun Dela Cruz, 38, were rescued. "
                      "Mr Dela Cruz, who has worked on the boats since 2016, said he owed his life to the younger man.\n")
    cruz = [e for e in ex.entities if "Cruz" in e.name]
    assert len(cruz) == 1, cruz
    assert {"Jun Dela Cruz", "Dela Cruz"} <= {m.text for m in cruz[0].mentions}
    assert cruz[0].gender == "male"


def test_their_father_after_twins_named_with_a_couple_before_is_the_twins_father(nlp):
    ex, names = _run(nlp, "date 2024-03-18\nThe rink was skipped by Joan Pelly, whose husband, Rob, died in 2019. "
                          "The Vessey twins, Anna and Bea, 34, played second and lead. The Vesseys grew up on a farm "
                          "near Lanark. Their father, Olaf Vessey, was the club's icemaker for 25 years, and their "
                          "mother, Ruth, ran the canteen.\n")
    facts = _facts(ex, names)
    assert _of(facts, "parent", "Anna") == {"Olaf Vessey", "Ruth"}, facts
    assert _of(facts, "parent", "Bea") == {"Olaf Vessey", "Ruth"}, facts
    assert not _of(facts, "parent", "Joan Pelly") and not _of(facts, "parent", "Rob"), facts


def test_a_couples_their_mother_stays_theirs_with_no_twins_named(nlp):
    # a guard (passes on the start code): siblings named by a kin noun, not by "twins"
    ex, names = _run(nlp, "date 2024-03-18\nHis brother, George Penn, and his sister, Ada Penn, came. "
                          "Their mother, Rose Penn, was a teacher.\n")
    facts = _facts(ex, names)
    assert "Rose Penn" in _of(facts, "parent", "George Penn"), facts


def test_a_hospital_named_after_a_doctor_in_a_town_is_the_nurses_employer(nlp):
    ex, names = _run(nlp, "date 2025-02-11\nHis mother, Lorna Flett, a nurse at Dr Gray's Hospital in Elgin, said her son "
                          "was battered but alive. His wife, Angela, a pharmacist at King's College Hospital, agreed.\n")
    facts = _facts(ex, names)
    assert _of(facts, "employer", "Lorna Flett") == {"Dr Gray's Hospital"}, facts
    assert _of(facts, "employer", "Angela") == {"King's College Hospital"}, facts


def test_a_side_beaten_by_a_score_is_no_person_whatever_title_it_opens_with(nlp):
    ex, _ = _run(nlp, "date 2024-03-18\nA rink skipped by Marlene Oster beat Prince Albert 7-5 in Sunday's final. "
                      "Oster, 58, is a retired teacher.\n")
    side = _entity(ex, "Prince Albert")
    assert side is None or (side.type != "PERSON" and side.gender is None), side


def test_a_one_word_name_the_tagger_made_a_place_that_died_is_a_person(nlp):
    ex, names = _run(nlp, "date 2025-09\nThe couple raised four children: Marcia, Clive, Beverley and Winston. Beverley, a "
                          "retired midwife, now lives in Kingston; Winston died in a road accident in 1989, aged 22.\n")
    facts = _facts(ex, names)
    assert _of(facts, "age", "Winston") == {22}, facts
    assert any(f[0] == "death" and f[1] == "Winston" for f in facts), facts


def test_a_surname_that_married_stays_with_the_full_name_it_was_written_in(nlp):
    # a guard for the rule above: "Providence" married, the captain's surname, is no new person
    ex, names = _run(nlp, "date 2024-03-19\nCaptain Desmond Providence retired on Sunday. His uncle, the late Cuthbert "
                          "Providence, skippered the mail schooner.\n\nProvidence and his wife, Lorna, a retired nurse, "
                          "married in 1984.\n")
    facts = _facts(ex, names)
    assert ("event", "Desmond Providence", "Lorna") in facts, facts
    assert not [e for e in ex.entities if e.name == "Providence"], ex.entities


def test_a_count_after_a_whose_clause_closed_by_a_comma_is_the_named_womans(nlp):
    ex, names = _run(nlp, "date 2024-05-12\nThe second honoree, Teresa Paz, 71, was the group's first president. Ms Paz, "
                          "whose late husband, Arturo, drove a taxi for 22 years, raised three daughters on her own after "
                          "his death in 1998. One of them, Grace Paz-Wong, now teaches nursing.\n")
    facts = _facts(ex, names)
    assert _of(facts, "number_of_children", "Teresa Paz") == {3}, facts
    assert not _of(facts, "number_of_children", "Arturo"), facts


def test_a_whose_clause_joined_by_and_keeps_its_own_subject(nlp):
    # a guard (passes on the start code): "and" keeps the second verb in the relative clause
    ex, names = _run(nlp, "date 2024-05-12\nWe met Ms Paz, whose husband, Arturo Paz, drove a taxi and raised three sons.\n")
    facts = _facts(ex, names)
    assert not _of(facts, "number_of_children", "Paz"), facts


def test_work_in_a_hospital_unit_or_ward_is_work_at_the_hospital(nlp):
    ex, names = _run(nlp, "date 2024-05-12\nJennifer Ocampo, who works in the intensive care unit at Grace Hospital, "
                          "spoke first. Ann Roe works on the cancer ward at Mercy Hospital.\n")
    facts = _facts(ex, names)
    assert _of(facts, "employer", "Jennifer Ocampo") == {"Grace Hospital"}, facts
    assert _of(facts, "employer", "Ann Roe") == {"Mercy Hospital"}, facts


# From the thirty-seventh set's errors, read from 2026-12-04 18:22 UTC once the thirty-eighth set
# was frozen and scored; each rule is checked on text written for these tests.

def test_the_club_far_from_its_name_is_still_the_club_not_a_school_subject(nlp):
    ex, names = _run(nlp, "date 2024-11\nHarwell Cross won the cup in 2004. Thirty years on, the club still trains on the "
                          "same pitch.\n\nTHE FLYER\n\nDean Royce scored twice in the final. His mother, Pearl, drove him to "
                          "every game. He is head of PE at St Aidan's Academy in Bingley.\n\nTHE JOKER\n\nMark Fell kept "
                          "everybody laughing. His son, Liam Fell, a joiner, now coaches the club's under-12s.\n")
    facts = _facts(ex, names)
    assert _of(facts, "employer", "Liam Fell") == {"Harwell Cross"}, facts


def test_a_present_age_fronted_with_now_is_the_subjects(nlp):
    ex, names = _run(nlp, "date 2024-11\nGary Pike lifted the cup in 1999. Now 52, he and his wife, Dawn, run a driving "
                          "school. Tom Bell scored the winner. At 27, he was the youngest man on the pitch.\n")
    facts = _facts(ex, names)
    assert _of(facts, "age", "Gary Pike") == {52}, facts
    assert not _of(facts, "age", "Tom Bell"), facts  # (an age at a past event: no age now)


def test_a_town_before_a_plural_trade_is_no_person(nlp):
    ex, _ = _run(nlp, "date 2024-11\nThe shirts carried the name of Arthur Benton & Sons, the Keighley scrap merchants, "
                      "whose owner, Nadia Benton, renewed the deal.\n")
    assert not [e for e in ex.entities if e.name == "Keighley" and e.type == "PERSON"], ex.entities


def test_a_bare_surname_opening_a_paragraph_after_the_wife_is_the_subject_she_married(nlp):
    # a guard (passes on the start code): the wife named by her first name alone, then in full
    ex, names = _run(nlp, "date 2025-04-08\nDale Whitby, 64, retired on Sunday as patrol director. Waiting at the bottom "
                          "were his wife of four decades, Marisol, 62, a retired nurse, and their family.\n\nMarisol Whitby "
                          "said she had heard his pager go off at three in the morning for most of their marriage.\n\n"
                          "Whitby, the son of a miner, learned to ski on a rope tow. \"He was too stubborn to fall over,\" "
                          "said his older sister, Carol Dunne, 68.\n")
    facts = _facts(ex, names)
    assert _of(facts, "sibling", "Dale Whitby") == {"Carol Dunne"}, facts
    marisol = next(e for e in ex.entities if e.name == "Marisol Whitby")
    assert marisol.gender == "female", marisol


def test_his_daughter_named_with_a_surname_is_the_child_of_the_one_who_bears_it(nlp):
    ex, names = _run(nlp, "date 2025-04-08\nDale Whitby, 64, retired on Sunday as patrol director at Tamarack. Whitby "
                          "said he would miss it. \"I wanted everybody home,\" he said.\n\nThe patrol he inherited was "
                          "founded in 1967 by the late Gunnar Eide (1931 – 1998), a Norwegian-born ski instructor who ran "
                          "it from a shack near the top lift. His daughter, Ingrid Eide, 66, is still an instructor, and "
                          "on Sunday she handed Whitby her father's whistle.\n")
    facts = _facts(ex, names)
    assert _of(facts, "child", "Gunnar Eide") == {"Ingrid Eide"}, facts
    assert not _of(facts, "child", "Dale Whitby"), facts


def test_her_brother_named_with_a_surname_is_not_moved_to_another_of_it(nlp):
    # a guard: only a son or a daughter moves the possessive to the one who bears the surname
    ex, names = _run(nlp, "date 2025-03-12\nFreya Moss, 31, joined the rescue team in 2019 under Ian Quill. Her brother, "
                          "Callum Quill, said she had always been fearless.\n")
    facts = _facts(ex, names)
    assert _of(facts, "sibling", "Freya Moss") == {"Callum Quill"}, facts


def test_a_hyphened_trade_keeps_its_first_word_and_full_time_is_no_trade(nlp):
    ex, names = _run(nlp, "date 2025-04-08\nDale Whitby, the son of a Leadville hard-rock miner, learned to ski on a rope "
                          "tow. Tom Pike, the son of a full-time farmer, learned to drive a tractor.\n")
    jobs = {f.value for f in ex.facts if f.relation == "occupation"}
    assert "hard-rock miner" in jobs and "farmer" in jobs, jobs
    assert "rock miner" not in jobs and "time farmer" not in jobs, jobs


def test_an_eaterys_name_with_an_owners_possessive_is_a_business(nlp):
    ex, names = _run(nlp, "date 2025-04-08\nHis widow, Rosa Arriaga, now runs Rosa's Cantina on Main Street.\n")
    facts = _facts(ex, names)
    assert _of(facts, "employer", "Rosa Arriaga") == {"Rosa's Cantina"}, facts
    assert not [e for e in ex.entities if e.type == "PERSON" and "Cantina" in e.name], ex.entities


def test_a_business_run_by_a_couple_in_a_phrase_set_off_after_its_street(nlp):
    ex, names = _run(nlp, "date 2025-07\nLunch came from Kumara Bakery on Great South Road, run by Tevita and Mele "
                          "Lolohea, who baked 2,000 buns for the day.\n")
    facts = _facts(ex, names)
    assert _of(facts, "employer", "Mele Lolohea") == {"Kumara Bakery"}, facts


def test_a_death_in_a_when_clause_on_a_date_takes_that_date(nlp):
    ex, names = _run(nlp, "date 2025-04-08\nTom Vale said the hardest day came in February 1996, when his partner on the "
                          "avalanche team, Tomas Arriaga, was killed in a slide on Headwall Bowl, aged 29.\n")
    death = [f for f in ex.facts if f.relation == "death" and names.get(f.subject) == "Tomas Arriaga"]
    age = [f for f in ex.facts if f.relation == "age" and names.get(f.subject) == "Tomas Arriaga"]
    assert death and age, ex.facts
    assert age[0].born_between == ("1966-02-02", "1967-02-28"), age


def test_their_count_before_a_dashed_list_of_children_is_the_couples(nlp):
    ex, names = _run(nlp, "date 2025-07\nAmong the first couples married in the church were Sione and Ana Fetu, who wed "
                          "there in 1978. Sione Fetu died in March, aged 71, and his widow and their four children – "
                          "Lupe, 45, a teacher; Mosese, 43, a builder; Kalo, 40, a cellist; and Salote, 36 – read the "
                          "lessons together.\n")
    facts = _facts(ex, names)
    assert _of(facts, "number_of_children", "Ana Fetu") == {4}, facts
    assert not _of(facts, "number_of_children", "Lupe"), facts
    assert _of(facts, "age", "Salote") == {36}, facts


def test_a_bare_surname_right_after_the_sentence_bringing_in_a_grandchild_is_the_grandparents(nlp):
    ex, names = _run(nlp, "date 2025-07\nThe brass band, under bandmaster Viliami Tonga, 58, played the hymn. His "
                          "granddaughter, Sela Tonga, 16, took the cornet solo. Tonga, a retired panel beater, said the "
                          "band had worn out three tubas.\n")
    facts = _facts(ex, names)
    assert _of(facts, "occupation", "Viliami Tonga") == {"panel beater"}, facts
    assert not _of(facts, "occupation", "Sela Tonga"), facts


def test_a_job_after_a_copula_whose_subject_is_a_post_with_the_name_set_off(nlp):
    # a guard (passes on the start code, through the roles rule, in so short a text): the copula
    # rule now reads the set-off name as the subject too
    ex, names = _run(nlp, "date 2024-11\nHolme Cross's coach that season, Stan Oldfield, was a retired coal miner.\n")
    facts = _facts(ex, names)
    assert _of(facts, "occupation", "Stan Oldfield") == {"coal miner"}, facts


def test_head_of_pe_is_a_post_at_the_school_and_pe_no_organisation(nlp):
    ex, names = _run(nlp, "date 2024-11\nNow 47, Delroy Harris is head of PE at St Aidan's Academy in Bingley.\n")
    facts = _facts(ex, names)
    assert _of(facts, "title", "Delroy Harris") == {"head of PE"}, facts
    assert _of(facts, "employer", "Delroy Harris") == {"St Aidan's Academy"}, facts
    assert not [e for e in ex.entities if e.name == "PE"], ex.entities


# From three more probes (a bell-ringers' centenary, a cycling classic, a marae's new meeting house).

def test_the_society_with_no_society_named_is_not_the_church(nlp):
    ex, names = _run(nlp, "date 2025-06-02\nThe bells of St Wenna's Church in Trelissick rang for three hours on "
                          "Saturday as the village's band of ringers marked a century since the society was founded. The "
                          "couple married in the church in 1975.\n\nThe society's secretary, Bryony Carne, 38, is a GP "
                          "at the Penryn Surgery. Her late mother was the society's secretary for thirty years. St "
                          "Wenna's Church will hang a peal board next month.\n")
    facts = _facts(ex, names)
    assert _of(facts, "employer", "Bryony Carne") == {"Penryn Surgery"}, facts


def test_a_race_named_with_a_dutch_particle_and_a_nationality_noun_are_no_persons(nlp):
    ex, names = _run(nlp, "date 2024-04-15\nPieter Van Damme won the Ronde van de Molenberg on Sunday. Second was "
                          "Dutchman Ruben de Groot, 24, of Team Polder.\n")
    people = {e.name for e in ex.entities if e.type == "PERSON"}
    assert not any("Molenberg" in n for n in people), people
    assert not any(n.startswith("Dutchman") for n in people), people


def test_a_whose_post_on_a_named_bodys_common_noun_is_at_that_body(nlp):
    ex, names = _run(nlp, "date 2023-11-20\nThe building was funded partly by the Waikato-Tainui iwi trust, whose chief "
                          "executive, Donna Paki, spoke at the opening.\n")
    facts = _facts(ex, names)
    assert _of(facts, "employer", "Donna Paki") == {"Waikato-Tainui"}, facts


def test_kaumatua_before_a_name_is_a_title_not_part_of_it(nlp):
    ex, _ = _run(nlp, "date 2023-11-20\nKaumātua Pita Ngata, 88, led the karakia. Ngata, a retired shearer, sat down.\n")
    assert "Pita Ngata" in {e.name for e in ex.entities}, ex.entities


# From two more probes (a fish shop's sixtieth year, a sugar shack's season).

def test_a_hyphened_dateline_with_a_province_abbreviation_names_no_person(nlp):
    ex, _ = _run(nlp, "date 2025-03-30\nSugar shack opens for the season\n\nSAINT-ÉLIE, Que. — The first sap of the "
                      "season was boiled down on Saturday at Cabane Roux, the maple farm that has been in the Roux "
                      "family since 1921. Mathieu Roux, 29, took over from his father this winter.\n")
    people = {e.name for e in ex.entities if e.type == "PERSON"}
    assert not people & {"ÉLIE", "Que", "SAINT-ÉLIE"}, people


def test_the_youngest_after_a_grandchild_goes_on_with_the_counted_children(nlp):
    ex, names = _run(nlp, "date 2024-08-19\nStavros Kalos died in 2002. His widow, Eleni, now 86, still peels the "
                          "potatoes.\n\nThe couple's three children all worked behind the counter. Their eldest, "
                          "George, 61, an accountant, now does the books. Their daughter, Maria Pappas, 58, ran the shop "
                          "for twenty years before handing it to her son, Nick Pappas, 34, in 2019. The youngest, Chris, "
                          "55, became a cardiologist.\n")
    facts = _facts(ex, names)
    assert not _of(facts, "child", "Maria Pappas") - {"Nick Pappas"}, facts
    assert "Chris" in _of(facts, "child", "Eleni"), facts


def test_a_grandmother_called_by_a_greek_word_inside_a_quotation_is_nobody(nlp):
    ex, _ = _run(nlp, "date 2024-08-19\nNick said he had changed almost nothing. \"Yiayia would not let me,\" he said.\n")
    assert "Yiayia" not in {e.name for e in ex.entities}, ex.entities


def test_the_seed_has_no_false_positive(seed_extraction):
    # "Teigen and Legend already have two children", both named by their surnames after the text
    # said they are married: left to "mother of two", as the seed's gold reads it (the married-pair
    # rule of 2026-12-02 had given Legend a count the gold does not list)
    from dateline.eval.facts import Report, load_gold, score_article
    from tests.conftest import SEED

    report = Report()
    score_article(load_gold(SEED.with_name("article-2020-10.gold.json")), seed_extraction, report)
    assert not [e for e in report.errors if e["type"] == "false positive"], report.errors
