"""Issue 9, the seventh set's error analysis: general fixes, each checked on fictional
constructions of our own (none copied from an article)."""

from __future__ import annotations

from tests.test_facts_families import _facts


def _sym(facts, rel, a, b):
    return (rel, a, b) in facts or (rel, b, a) in facts


def _parents(facts, child):
    return {f[1] for f in facts if f[0] == "child" and f[2] == child}


# ---- a list of children whose items end on semicolons and open with a description ---------------

def test_semicolon_list_item_opening_with_twins_goes_on(nlp):
    text = ("date 2024-07-23\nDavid and Sarah Pryce, who married in 1990, run the mill. The couple have three children: Dylan, 30, "
            "a baker in Bala; twins Elin and Mari, 26; and the youngest, Gethin, 19.\n")
    facts = _facts(nlp, text)
    for child in ("Dylan", "Elin", "Mari"):
        assert ("child", "David Pryce", child) in facts and ("child", "Sarah Pryce", child) in facts
    assert _sym(facts, "sibling", "Elin", "Mari")


def test_semicolon_list_item_opening_with_an_article_and_adjective(nlp):
    text = ("date 2024-07-23\nJames and Helen Moreno have four sons: Luis, 12, a keen swimmer; the older twins "
            "Daniel and Michael, 15; and a baby, Thomas.\n")
    facts = _facts(nlp, text)
    assert len(_parents(facts, "Daniel")) == 2 and len(_parents(facts, "Michael")) == 2


def test_twins_read_as_a_verb_before_two_names_are_still_siblings(nlp):
    text = ("date 2024-07-23\nGreta Lind has four grandchildren: Oskar, 9, a drummer; twins Saga and Liv, 7; "
            "and Nils, 3.\n")
    assert _sym(_facts(nlp, text), "sibling", "Saga", "Liv")


# ---- a counted object with its colon after a place or time -------------------------------------

def test_counted_children_as_object_with_a_phrase_before_the_colon(nlp):
    text = ("date 2024-07-23\nPeter and Anna Petrenko opened the bakery in 1991. They raised four children in "
            "the rooms behind the ovens: Ivan, 33, Olga, 31, and Yuri, 28.\n")
    facts = _facts(nlp, text)
    for child in ("Ivan", "Olga", "Yuri"):
        assert len(_parents(facts, child)) == 2


def test_counted_children_after_a_time_phrase_before_the_colon(nlp):
    text = ("date 2024-07-23\nJoel and Maria Sandoval married in 1980. They raised two sons on the farm "
            "during the 1990s: Rico, 40, and Mateo, 37.\n")
    facts = _facts(nlp, text)
    assert len(_parents(facts, "Rico")) == 2 and len(_parents(facts, "Mateo")) == 2


def test_a_colon_list_of_a_non_kin_object_gives_no_children(nlp):
    text = ("date 2024-07-23\nNadia and Piers Quill run the inn. They hired three cooks in the spring: Ada, "
            "Bram and Cole.\n")
    facts = _facts(nlp, text)
    assert not any(f[0] == "child" for f in facts)


# ---- posts tied to an organisation by 'Its' after a description, by a hyphenated noun, ----------
# ---- and held for a spell of time ------------------------------------------------------------------

def test_its_after_a_described_subject_is_the_organisation_with_that_word(nlp):
    text = ("date 2024-07-23\nThe Larchmont Bakery on Mill Road will close in May. The bakery employs nine "
            "people. Its head baker, Lucy Hart, 52, said the ovens were worn out.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Lucy Hart", "Larchmont Bakery") in facts and ("title", "Lucy Hart", "head baker") in facts


def test_its_after_a_described_subject_in_a_second_paragraph(nlp):
    text = ("date 2024-07-23\nThe wedding was held at the Harbour View Hotel in Pellow.\n\nThe hotel has hosted "
            "the town's regatta dinner since 1970. Its general manager, Tom Reed, 50, said bookings were full.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Tom Reed", "Harbour View Hotel") in facts and ("title", "Tom Reed", "general manager") in facts
    assert ("occupation", "Tom Reed", "manager") not in facts


def test_a_hyphenated_possessor_is_the_organisation_with_that_word(nlp):
    text = ("date 2024-07-23\nFarmers sell their milk through the Fenmoor Dairy Co-operative. The co-operative's "
            "treasurer, Owen Blake, 61, said prices would rise.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Owen Blake", "Fenmoor Dairy Co-operative") in facts and ("title", "Owen Blake", "treasurer") in facts


def test_a_clubs_secretary_works_for_the_club(nlp):
    text = ("date 2024-07-23\nThe Ashgrove Bowling Club turns fifty this year. The dinner was planned by the club's "
            "secretary, Joan Pike, 70.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Joan Pike", "Ashgrove Bowling Club") in facts and ("title", "Joan Pike", "secretary") in facts


def test_a_post_said_of_a_person_for_a_spell_of_time(nlp):
    text = ("date 2024-07-23\nThe Ashgrove Bowling Club turns fifty this year. Its founder, Mary Pike, whose "
            "brother, Peter Pike, was the club's groundsman for 30 years, opened the green in 1974.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Peter Pike", "Ashgrove Bowling Club") in facts and ("title", "Peter Pike", "groundsman") in facts
    text = ("date 2024-07-23\nThe Redgate Theatre Company reopens its hall tonight. Ann Cole, who was the "
            "company's wardrobe mistress for 12 years, cut the ribbon.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Ann Cole", "Redgate Theatre Company") in facts


# ---- a death's day named without a year is the last such day up to the article date ------------

def _death_and_age(nlp, text):
    from tests.test_facts_families import _run

    ex, _ = _run(nlp, text)
    death = next(f for f in ex.facts if f.relation == "death")
    age = next(f for f in ex.facts if f.relation == "age")
    return death.value, age.as_of, age.born_between


def test_a_day_and_month_of_death_after_an_earlier_year_in_the_sentence(nlp):
    text = ("date 2025-07-15\nMorris Dane, who kept the lighthouse from 1961 until it was automated in 1989, "
            "died on 3 March aged 80.\n")
    assert _death_and_age(nlp, text) == ("2025-03-03", "2025-03-03", ("1944-03-04", "1945-03-03"))


def test_a_month_and_day_of_death_in_the_us_order(nlp):
    text = ("date 2025-07-15\nLena Ortiz, who taught at the school from 1970 to 2004, died on March 9 aged 88.\n")
    assert _death_and_age(nlp, text)[0] == "2025-03-09"


def test_a_day_of_death_later_in_the_year_than_the_article_is_last_year(nlp):
    text = ("date 2025-02-10\nPeter Gale, who founded the choir in 1975, died on 20 December aged 77.\n")
    assert _death_and_age(nlp, text)[0] == "2024-12-20"


def test_a_day_of_death_with_its_own_year_stands(nlp):
    text = ("date 2025-02-10\nPeter Gale, who founded the choir in 1975, died on 20 March 2019 aged 77.\n")
    assert _death_and_age(nlp, text)[0] == "2019-03-20"


# ---- a job said of an unnamed relative with an age: "whose husband, 61, is a stock agent" -------

def test_a_job_after_a_relatives_age_and_comma_is_the_relatives(nlp):
    text = ("date 2024-07-23\nThe chairwoman, Rebecca Moss, 58, whose husband, 61, is a paramedic, said the herd "
            "was fine.\n")
    facts = _facts(nlp, text)
    assert ("occupation", "Rebecca Moss's husband", "paramedic") in facts
    assert ("occupation", "Rebecca Moss", "paramedic") not in facts


def test_a_job_after_a_wifes_age_is_hers(nlp):
    text = ("date 2024-07-23\nThe treasurer, John Hale, 70, whose wife, 66, is a retired dentist, opened the fete.\n")
    facts = _facts(nlp, text)
    assert ("occupation", "John Hale's wife", "dentist") in facts
    assert ("occupation", "John Hale", "dentist") not in facts


def test_a_job_after_a_named_persons_age_is_still_theirs(nlp):
    text = "date 2024-07-23\nThe new coach, Sam Reed, 41, is a plumber by trade.\n"
    assert ("occupation", "Sam Reed", "plumber") in _facts(nlp, text)


# ---- 'the late' before a longer title, and a drowning off a named place ---------------------------

def test_the_late_before_a_title_longer_than_an_abbreviation(nlp):
    for text, who in (("The hall was opened by the late Father Peter Walsh in 1962.", "Peter Walsh"),
                      ("She trained under the late Captain Robert Hayes at the yard.", "Robert Hayes"),
                      ("The prize is named for the late Colonel David Kerr, who founded it.", "David Kerr")):
        assert ("death", who, None) in _facts(nlp, "date 2024-07-23\n" + text + "\n"), text


def test_a_drowning_off_or_near_a_named_place_is_a_death(nlp):
    facts = _facts(nlp, "date 2024-07-23\nTheir son, Mark, drowned off Victor Bay in 1988, aged 17.\n")
    assert ("death", "Mark", "1988") in facts
    facts = _facts(nlp, "date 2024-07-23\nJames Lane, 30, drowned near Kettle Point in 2001.\n")
    assert ("death", "James Lane", "2001") in facts


def test_drowning_out_a_sound_is_no_death(nlp):
    facts = _facts(nlp, "date 2024-07-23\nThe singer Anna Ruiz drowned out the Harbour Band in 2001.\n")
    assert not any(f[0] == "death" for f in facts)


# ---- a job apposed before a name: "The pathologist, Dr Erin Whitlow, said" -------------------------

def test_a_job_with_a_trade_ending_apposed_before_a_name(nlp):
    facts = _facts(nlp, "date 2024-07-23\nThe pathologist, Dr Joan Price, said the injury was old.\n")
    assert ("occupation", "Joan Price", "pathologist") in facts
    facts = _facts(nlp, "date 2024-07-23\nThe physiotherapist, Anna Kerr, said the knee had healed.\n")
    assert ("occupation", "Anna Kerr", "physiotherapist") in facts


def test_a_lexicon_job_apposed_before_a_name_with_an_age(nlp):
    facts = _facts(nlp, "date 2024-07-23\nThe surgeon, Helen Park, 48, operated for six hours.\n")
    assert ("occupation", "Helen Park", "surgeon") in facts


def test_a_job_before_a_name_that_opens_a_list_is_not_the_next_ones(nlp):
    facts = _facts(nlp, "date 2024-07-23\nHe thanked the plumber, Tom Reed, and the baker.\n")
    assert ("occupation", "Tom Reed", "baker") not in facts


# ---- 'whose' + kin noun: a relative of the name the clause hangs from, never that person ----------

def test_whose_wife_is_not_an_earlier_mans_wife(nlp):
    text = ("date 2024-07-23\nOtto Brandt planted the vines with his wife, Ilse Brandt. His wife died in 2019. "
            "Colin Webb, 66, lives next door. Webb, whose wife, 63, is a retired nurse, bought vines from Otto.\n")
    facts = _facts(nlp, text)
    assert ("spouse", "Colin Webb", "Colin Webb's wife") in facts
    assert ("age", "Colin Webb's wife", 63) in facts and ("age", "Ilse Brandt", 63) not in facts
    assert not _sym(facts, "spouse", "Colin Webb", "Ilse Brandt")


def test_whose_husband_apposed_by_the_parser_is_not_the_woman_herself(nlp):
    text = ("date 2024-07-23\nThe couple had three children: Karen, 47, Lisa, 44, and Stuart. Their elder daughter, "
            "Karen Oduya, whose husband, 50, is a paramedic, said the family had feared a fall.\n")
    facts = _facts(nlp, text)
    assert ("age", "Karen Oduya's husband", 50) in facts and ("occupation", "Karen Oduya's husband", "paramedic") in facts
    assert ("occupation", "Karen Oduya", "paramedic") not in facts


def test_whose_son_is_a_new_relative_with_his_own_age(nlp):
    text = ("date 2024-07-23\nThe shop was opened by Ruth Dale, 70. Her son, Mark Dale, runs it now. Joan Price, whose "
            "son, 41, is a fireman, buys bread there daily.\n")
    facts = _facts(nlp, text)
    assert ("age", "Mark Dale", 41) not in facts
    assert ("age", "Joan Price's son", 41) in facts
