"""Constructions from the development folders (the seventy-second set among them, made development
this session), 2026-12-07, session from 10:10 UTC. Each is checked on text written for these
tests; the guards (marked) hold on the start code too."""

from __future__ import annotations

from tests.test_facts_families import _run
from tests.test_facts_session49 import _facts


def test_its_after_a_sentence_that_only_described_the_organisation(nlp):
    """'About 200 pickers work on the farm at harvest. Its packhouse manager, X': 'the farm' is
    'Ridgeway Citrus Farms' named before, not the college of the sentence before that."""
    ex, names = _run(nlp, "date 2025-03-02\nRidgeway Citrus Farms, a family grower near Letaba, has a new owner.\n\n"
                          "Her son, Pule Maake, 24, is studying agronomy at Tompi Seleka College.\n\n"
                          "About 200 pickers work on the farm at harvest. Its packhouse manager, Lerato Sithole, "
                          "joined in 2020.\n")
    facts = _facts(ex, names)
    assert ("employer", "Lerato Sithole", "Ridgeway Citrus Farms") in facts, facts
    assert ("employer", "Lerato Sithole", "Tompi Seleka College") not in facts, facts


def test_the_department_is_the_body_whose_name_has_it_before_of(nlp):
    """'the Department of Roads ... A spokeswoman for the department': the department, not the
    board named before it, which 'the department' does not describe."""
    ex, names = _run(nlp, "date 2025-05-22\nMembers of Kilbride Housing Board met on Tuesday. The board agreed to ask "
                          "the Department of Roads for a crossing on Mill Lane. A spokeswoman for the department told "
                          "the board that work would begin in June.\n")
    dept = next(e for e in ex.entities if e.name == "Department of Roads")
    assert "the department" in [m.text for m in dept.mentions], [(e.name, [m.text for m in e.mentions]) for e in ex.entities]


def test_a_where_clause_after_a_year_is_a_post_at_the_organisation_before_it(nlp):
    """'who left Tamar Bus Company in 1994, where he had been a conductor': a post there, not a
    job with no employer; 'where she is now its treasurer' past the adverb."""
    ex, names = _run(nlp, "date 2025-05-22\nOwen Trelawny, 71, who left Tamar Bus Company in 1994, where he had been a "
                          "conductor, was elected on Tuesday.\n\nMary Pascoe joined Bodmin Rowing Club in 2019, where she "
                          "is now treasurer.\n")
    facts = _facts(ex, names)
    assert ("employer", "Owen Trelawny", "Tamar Bus Company") in facts, facts
    assert ("title", "Owen Trelawny", "conductor") in facts, facts
    assert ("title", "Mary Pascoe", "treasurer") in facts, facts


def test_a_chairperson_named_after_the_body_holds_the_post(nlp):
    """'The chairperson of the Lake Volta Canoe Builders Association, Mrs Abena Ofori': a person
    noun like 'chairman', so the name apposed is the chairperson's."""
    ex, names = _run(nlp, "date 2024-05-16\nThe chairperson of the Lake Volta Canoe Builders Association, Mrs Abena "
                          "Ofori, said the season had been the worst in a decade.\n")
    facts = _facts(ex, names)
    assert ("title", "Abena Ofori", "chairperson") in facts, facts
    assert ("employer", "Abena Ofori", "Lake Volta Canoe Builders Association") in facts, facts


def test_a_radio_station_named_with_fm_is_an_organisation(nlp):
    """'Harbourside 98.1 FM turned 25 this week': a station, so no person aged 25."""
    ex, names = _run(nlp, "date 2025-01-28\nHarbourside 98.1 FM turned 25 this week. Station manager Joy Alleyne "
                          "thanked listeners.\n")
    station = [e for e in ex.entities if "FM" in e.name]
    assert station and all(e.type == "ORG" for e in station), [(e.name, e.type) for e in ex.entities]
    assert not [f for f in _facts(ex, names) if f[0] == "age"], _facts(ex, names)


def test_a_possessive_name_ending_in_a_shop_word_is_a_business(nlp):
    """'a cashier at Tita Rosing's Bakeshop': a business named for its owner, so the cashier's
    employer, as 'X's Bakery' already was."""
    ex, names = _run(nlp, "date 2025-09-18\nMarivic Sablan worked for nine years as a cashier at Tita Rosing's "
                          "Bakeshop in Roxas.\n")
    facts = _facts(ex, names)
    assert ("employer", "Marivic Sablan", "Tita Rosing's Bakeshop") in facts, facts
    assert ("title", "Marivic Sablan", "cashier") in facts, facts


def test_the_club_is_the_one_named_with_a_club_suffix(nlp):
    """'Kasoa Harbour FC won 2-1. Club chairman X': the club is the one named with 'FC', so the
    chairman's employer."""
    ex, names = _run(nlp, "date 2025-05-26\nKasoa Harbour FC won the division on Sunday. Club chairman Kofi Boadu "
                          "said the players had earned it.\n")
    facts = _facts(ex, names)
    assert ("employer", "Kofi Boadu", "Kasoa Harbour FC") in facts, facts
    assert ("title", "Kofi Boadu", "chairman") in facts, facts


def test_an_honorific_between_the_post_and_the_name_is_passed_over(nlp):
    """'Club chairman Alhaji Musah Iddrisu': the chairman of the club named before, the honorific
    no part of the post; 'Retired bank officer Mr. X' stays no present post."""
    ex, names = _run(nlp, "date 2025-05-26\nTamale Harbour FC won the division on Sunday. Club chairman Alhaji Musah "
                          "Iddrisu said the players had earned it.\n\nRetired bank officer Mr. Vinayak Joshi, 81, "
                          "presented the cup.\n")
    facts = _facts(ex, names)
    assert ("title", "Musah Iddrisu", "chairman") in facts, facts
    assert ("employer", "Musah Iddrisu", "Tamale Harbour FC") in facts, facts
    assert not [f for f in facts if f[0] == "title" and f[1] == "Vinayak Joshi"], facts


def test_a_post_at_its_branch_is_at_the_organisation_its_stands_for(nlp):
    """'Ramsaran's Hardware sponsors the side. X works as a sales clerk at its Chaguanas branch':
    the branch is the firm's, so the firm is the employer and the post a title there."""
    ex, names = _run(nlp, "date 2025-08-11\nRamsaran's Hardware sponsors the side. Devan Ramsaran works as a sales "
                          "clerk at its Chaguanas branch.\n")
    facts = _facts(ex, names)
    assert ("employer", "Devan Ramsaran", "Ramsaran's Hardware") in facts, facts
    assert ("title", "Devan Ramsaran", "sales clerk") in facts, facts


def test_running_its_workshop_is_work_at_the_organisation(nlp):
    """'Mwale Grain Limited employs 300 people. X now runs its maintenance workshop': a part of
    the business run, so its employee."""
    ex, names = _run(nlp, "date 2025-06-05\nMwale Grain Limited employs 300 people. Misheck Phiri, 55, now runs its "
                          "maintenance workshop.\n")
    facts = _facts(ex, names)
    assert ("employer", "Misheck Phiri", "Mwale Grain Limited") in facts, facts


def test_of_the_town_firm_name_is_the_employer(nlp):
    """'Morag Kerr, of the Dundee firm Kerr Lindsay': a firm named after its town and its kind is
    where she works, though its name ends in no workplace word."""
    ex, names = _run(nlp, "date 2025-10-22\nThe family was represented by Morag Kerr, of the Dundee firm Kerr Lindsay, "
                          "who said the will would be contested.\n")
    facts = _facts(ex, names)
    assert ("employer", "Morag Kerr", "Kerr Lindsay") in facts, facts


def test_the_evening_of_a_day_last_year_is_in_last_year(nlp):
    """'on the evening of November 1 last year', in an April article that also tells of years long
    past: the year the words name, and 'two days later' counts from that evening, so the death is
    on November 3 of that year, not in the coming November nor on the year's third day."""
    ex, names = _run(nlp, "date 2025-04-16\nA driver was fined yesterday. The court heard that on the evening of "
                          "November 1 last year the bus struck Edna Pole as she crossed the road. She was taken to "
                          "hospital, where she died two days later.\n\nThe driver's father founded the firm in 1961 "
                          "and ran it until 1990. He died in 2001; the depot opened in 1975 and closed in 2012.\n")
    values = {t.text: t.value for t in ex.times}
    assert values.get("the evening of November 1 last year") == "2024-11-01TEV", values
    deaths = [f for f in _facts(ex, names) if f[0] == "death" and f[1] == "Edna Pole"]
    assert deaths == [("death", "Edna Pole", "2024-11-03")], deaths


def test_days_counted_from_a_year_leave_the_day_open(nlp):
    """A history that last named only a year: 'four days later' is a day of that year the text
    does not fix (TimeML 'YYYY-XX-XX'), not the fifth of January."""
    ex, names = _run(nlp, "date 2009-12-19\nThe war began in 1914. In 1915 the first offensive failed; four days "
                          "later the second began. In 1916 the line held, and in 1917 and 1918 it broke.\n")
    values = {t.text: t.value for t in ex.times}
    assert values.get("four days later") == "1915-XX-XX", values


def test_a_death_counted_in_days_from_a_named_day(nlp):
    """'hurt in a fall on March 3. He died two days later': the death is on March 5."""
    ex, names = _run(nlp, "date 2025-04-16\nTom Baird was hurt in a fall on March 3. He died two days later in "
                          "hospital.\n")
    deaths = [f for f in _facts(ex, names) if f[0] == "death"]
    assert deaths == [("death", "Tom Baird", "2025-03-05")], deaths


def test_a_past_day_after_yesterday_points_back_in_a_story_of_old_years(nlp):
    """A court report that also tells of years long past: 'on the evening of November 1' after
    'yesterday', in an April article, is the November before, not the one to come."""
    ex, names = _run(nlp, "date 2025-04-16\nA driver was fined yesterday. The court heard that on the evening of "
                          "November 1 the bus struck Edna Pole as she crossed the road.\n\nThe driver's father "
                          "founded the firm in 1961 and ran it until 1990. He died in 2001; the depot opened in 1975 "
                          "and closed in 2012.\n")
    values = {t.text: t.value for t in ex.times}
    assert values.get("the evening of November 1") == "2024-11-01TEV", values


def test_a_when_clause_after_a_date_dates_the_death_of_the_main_subject(nlp):
    """'The elder, K. Ramesh, ran exports until last year, when he died at 70; Suresh, the younger,
    ...': 'he' is the elder (the subject the clause hangs on), not the brother named after the
    semicolon; he died last year, aged 70 then."""
    ex, names = _run(nlp, "date 2025-08-12\nKumar and Meena had two sons. The elder, K. Ramesh, looked after exports "
                          "until last year, when he died at 70; Suresh, the younger, ran the business from 1998.\n")
    facts = _facts(ex, names)
    assert ("death", "K. Ramesh", "2024") in facts, facts
    assert not [f for f in facts if f[0] in ("death", "age") and f[1] == "Suresh"], facts
    ramesh = next(e for e in ex.entities if e.name == "K. Ramesh")
    assert ramesh.gender == "male", [(e.name, e.gender) for e in ex.entities]


def test_she_died_in_a_year_is_the_woman_just_named_not_the_one_quoted(nlp):
    """The article's subject speaks to it ('Ms Kaur said'), so 'She died in 2016, aged 81' after
    '... named it after his wife, Harjit' is the wife's death, not hers."""
    ex, names = _run(nlp, "date 2025-08-12\nAmrit Kaur, 41, has become managing director of Singh Pumps. \"We will "
                          "keep building here,\" Ms Kaur said.\n\nThe firm was founded in 1961 by her grandfather, "
                          "the late Gurdev Singh, who named it after his wife, Harjit. She died in 2016, aged 81.\n")
    facts = _facts(ex, names)
    assert ("death", "Harjit", "2016") in facts, facts
    assert not [f for f in facts if f[0] == "death" and f[1] == "Amrit Kaur"], facts


def test_his_inside_the_who_clause_of_a_named_father_is_the_fathers(nlp):
    """'founded by his father, the late Chisomo Banda, a former bus conductor who bought his first
    lorry with money borrowed from his wife, Tamara': the conductor's wife; but 'thanked his wife,
    Mary, who ran his office' leaves the office the husband's."""
    ex, names = _run(nlp, "date 2025-07-16\nKondwani Banda, 52, runs the firm. The company was founded in 1968 by his "
                          "father, the late Chisomo Banda, a former bus conductor who bought his first lorry with money "
                          "borrowed from his wife, Tamara.\n\nTom Hale thanked his wife, Mary, who ran his office.\n")
    facts = _facts(ex, names)
    assert ("spouse", "Chisomo Banda", "Tamara") in facts or ("spouse", "Tamara", "Chisomo Banda") in facts, facts
    assert not [f for f in facts if f[0] == "spouse" and "Kondwani Banda" in f[1:]], facts
    mary = next(e for e in ex.entities if e.name == "Mary")
    assert "his" not in [m.text for m in mary.mentions]


def test_a_gallery_named_untagged_is_an_organisation(nlp):
    """'at the Kiyomi Memorial Gallery in Hagi ... A gallery spokesperson said': the gallery is an
    organisation, so the spokesperson's employer."""
    ex, names = _run(nlp, "date 2024-09-06\nThe show opened at the Kiyomi Memorial Gallery in Hagi. A gallery "
                          "spokesperson said the bowls would stay until May.\n")
    gallery = [e for e in ex.entities if e.name == "Kiyomi Memorial Gallery"]
    assert gallery and gallery[0].type == "ORG", [(e.name, e.type) for e in ex.entities]
    facts = _facts(ex, names)
    assert any(f[0] == "employer" and f[2] == "Kiyomi Memorial Gallery" for f in facts), facts


def test_a_homestay_run_by_a_couple_is_their_employer(nlp):
    """'Tomy and Leela Mathew, who run the Lakeview Homestay at Pulinkunnu': a homestay named,
    untagged, is an organisation, and the couple's employer."""
    ex, names = _run(nlp, "date 2024-08-12\nTomy and Leela Mathew, who run the Lakeview Homestay at Pulinkunnu, "
                          "housed the coaching staff.\n")
    homestay = [e for e in ex.entities if e.name == "Lakeview Homestay"]
    assert homestay and homestay[0].type == "ORG", [(e.name, e.type) for e in ex.entities]
    facts = _facts(ex, names)
    assert ("employer", "Leela Mathew", "Lakeview Homestay") in facts, facts


def test_whose_firm_named_after_a_comma_is_owned_by_the_name(nlp):
    """'Vijay Rampersad, whose company, Rampersad Hardware Ltd, sponsors the league': the owner,
    and his employer; 'whose club, X' is no ownership."""
    ex, names = _run(nlp, "date 2025-08-11\nThe cup was presented by Vijay Rampersad, whose company, Rampersad "
                          "Hardware Ltd, sponsors the league.\n\nTom Reid, whose club, Harbour FC, won, said little.\n")
    facts = _facts(ex, names)
    assert ("title", "Vijay Rampersad", "owner") in facts, facts
    assert ("employer", "Vijay Rampersad", "Rampersad Hardware Ltd") in facts, facts
    assert not [f for f in facts if f[1] == "Tom Reid" and f[0] in ("title", "employer")], facts


def test_driving_the_organisations_vehicle_is_work_there(nlp):
    """'Zomba Hill Estates grows tea. Peter Banda drives the estate's lorry': the estate employs
    him; so does the bakery whose van Ron Pike 'drove ... for twenty years'."""
    ex, names = _run(nlp, "date 2025-03-18\nZomba Hill Estates grows tea. Peter Banda, 50, drives the estate's lorry."
                          "\n\nKerr's Bakery turns 90 this year. Ron Pike drove the bakery's van for twenty years.\n")
    facts = _facts(ex, names)
    assert ("employer", "Peter Banda", "Zomba Hill Estates") in facts, facts
    assert ("employer", "Ron Pike", "Kerr's Bakery") in facts, facts
