"""Lists of the dead ('Among the dead are ...', 'Also killed were ...'): each person listed died,
and the ages given are ages at death, held on the day of the disaster rather than the article
date. Fictional sentences of our own, run through the whole pipeline."""

from __future__ import annotations

from tests.test_facts_families import _run


def _by_name(nlp, text: str, relation: str) -> dict[str, object]:
    ex, names = _run(nlp, text)
    return {names[f.subject]: f for f in ex.facts if f.relation == relation}


def test_among_the_dead_are_with_a_disaster_verb_dated_before_the_article(nlp):
    text = ("date 2024-03-06\nFirefighters on Wednesday searched the ruins of the warehouse that collapsed in the storm "
            "on Monday night. Among the dead are a forklift driver, Ossian Trevell, 52, and his colleague, "
            "Brigid Halloran, 29.\n")
    deaths, ages = _by_name(nlp, text, "death"), _by_name(nlp, text, "age")
    assert {"Ossian Trevell", "Brigid Halloran"} <= set(deaths)
    assert ages["Ossian Trevell"].as_of == "2024-03-04"
    assert tuple(ages["Ossian Trevell"].born_between) == ("1971-03-05", "1972-03-04")
    assert tuple(ages["Brigid Halloran"].born_between) == ("1994-03-05", "1995-03-04")


def test_also_killed_were_a_named_person_and_her_unnamed_husband(nlp):
    text = ("date 2022-08-19\nA gas explosion on Tuesday destroyed three houses on Quarry Row. Also killed were "
            "Wenna Polglase, 74, a retired midwife, and her husband, 77.\n")
    ex, names = _run(nlp, text)
    dead = {names[f.subject] for f in ex.facts if f.relation == "death"}
    assert "Wenna Polglase" in dead and len(dead) == 2
    ages = {names[f.subject]: f for f in ex.facts if f.relation == "age"}
    assert ages["Wenna Polglase"].as_of == "2022-08-16"
    assert tuple(ages["Wenna Polglase"].born_between) == ("1947-08-17", "1948-08-16")


def test_the_victims_were_named_as_after_a_crash_noun_with_a_possessive_day(nlp):
    text = ("date 2023-11-13\nPolice have named the three people who died in Saturday's crash on the coast road. "
            "The victims were named as Caddoc Renwick, 19; Ffion Aldous, 18; and Ivo Strand, 20.\n")
    deaths, ages = _by_name(nlp, text, "death"), _by_name(nlp, text, "age")
    assert {"Caddoc Renwick", "Ffion Aldous", "Ivo Strand"} <= set(deaths)
    assert ages["Ffion Aldous"].as_of == "2023-11-11"
    assert tuple(ages["Ivo Strand"].born_between) == ("2002-11-12", "2003-11-11")


def test_without_a_dated_disaster_the_ages_keep_the_article_date(nlp):
    text = "date 2021-02-10\nAmong the dead were Lorcan Vey, 33, and Senna Marsh, 41.\n"
    deaths, ages = _by_name(nlp, text, "death"), _by_name(nlp, text, "age")
    assert {"Lorcan Vey", "Senna Marsh"} <= set(deaths)
    assert ages["Lorcan Vey"].as_of == "2021-02-10"


def test_a_person_named_only_as_someone_s_relative_in_the_list_is_not_dead(nlp):
    text = ("date 2020-06-02\nAmong those killed in Sunday's fire was Tamsin Orley, 8, the daughter of Gideon Orley.\n")
    deaths = _by_name(nlp, text, "death")
    assert "Tamsin Orley" in deaths and "Gideon Orley" not in deaths


def test_who_after_a_place_of_a_post_is_the_holder_of_the_post(nlp):
    # "a former mayor of the town who ... died": the mayor died, not the town
    for text, name, born in [
        ("date 2025-09-16\nThe flood also claimed Ruy Salcedo, a former mayor of the town who had led the rebuilding in the "
         "1970s and died on Sunday aged 81.\n", "Ruy Salcedo", ("1943-09-15", "1944-09-14")),
        ("date 2020-01-09\nThe parish mourned Oona Teague, the first headteacher of the village school who retired in "
         "1990 and died on Tuesday aged 92.\n", "Oona Teague", ("1927-01-08", "1928-01-07")),
    ]:
        ages = _by_name(nlp, text, "age")
        assert tuple(ages[name].born_between) == born, text


def test_the_disaster_time_is_the_first_up_to_the_list_else_the_first_after():
    # the times are read once per article; each list picks its own from them
    from types import SimpleNamespace

    from dateline.extractors.facts.casualties import _disaster_time

    sunday, tuesday = SimpleNamespace(start=10), SimpleNamespace(start=200)
    assert _disaster_time([sunday, tuesday], 100) is sunday
    assert _disaster_time([sunday, tuesday], 5) is sunday  # none before: the first after
    assert _disaster_time([tuesday, sunday], 300) is tuesday  # in the order of their verbs
    assert _disaster_time([], 100) is None


def test_a_list_before_its_disaster_takes_the_date_after_it(nlp):
    text = ("date 2025-04-10\nAmong the dead are Pell Arrowood, 61, and Corra Vance, 35. They were killed when the "
            "footbridge over the Esk collapsed on Monday.\n")
    deaths, ages = _by_name(nlp, text, "death"), _by_name(nlp, text, "age")
    assert deaths["Pell Arrowood"].value == "2025-04-07" and deaths["Corra Vance"].value == "2025-04-07"
    assert tuple(ages["Corra Vance"].born_between) == ("1989-04-08", "1990-04-07")


def test_two_lists_in_one_article_each_take_the_first_disaster_up_to_them(nlp):
    # the first list has no dated disaster before it (Monday's, after it); the second has Monday's
    text = ("date 2025-04-10\nAmong the dead are Pell Arrowood, 61, and Corra Vance, 35. The ferry capsized on Monday "
            "near the harbour wall. Also killed were Idris Fane, 44, and Mabyn Cole, 70. Rescuers said the ferry sank "
            "on Tuesday morning.\n")
    deaths, ages = _by_name(nlp, text, "death"), _by_name(nlp, text, "age")
    assert {deaths[n].value for n in ("Pell Arrowood", "Corra Vance", "Idris Fane", "Mabyn Cole")} == {"2025-04-07"}
    assert ages["Mabyn Cole"].as_of == "2025-04-07"
    # a mudslide on Sunday before both lists: both lists' dead died on Sunday
    text = ("date 2025-04-10\nA mudslide buried the hamlet of Tarn Hollow on Sunday. Among the dead are Pell Arrowood, "
            "61, and Corra Vance, 35. A second slope gave way on Tuesday and flooded the valley. Also killed were "
            "Idris Fane, 44, and Mabyn Cole, 70.\n")
    deaths = _by_name(nlp, text, "death")
    assert {deaths[n].value for n in ("Pell Arrowood", "Idris Fane")} == {"2025-04-06"}


def test_every_opener_holds_a_death_word():
    # the rule skips an article holding none of DEATH_WORDS: each opener must need one of them
    from dateline.extractors.facts.casualties import DEATH_WORDS
    from dateline.extractors.facts.context import patterns

    for opener in patterns()["casualty_lists"]["openers"]:
        assert any(w in opener for w in DEATH_WORDS), opener
