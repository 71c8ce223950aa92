"""Time expressions, issue 11 third pass: error families from the dev gold (TimeBank + AQUAINT)
that are errors by the TIMEX3 guidelines, not annotator conventions, each on fictional sentences."""

from __future__ import annotations

import pytest

from dateline.extractors.timenorm import tag
from tests.test_times_families import DAY, found, staged

# --- a day that belongs to a plan lies ahead of the plan ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # the day hangs on the plan's infinitive: ahead, whatever the plan's tense
        ("Marchers were planning to circle the Orvell depot on Monday.", "Monday", "2021-06-14"),
        ("The Brill co-op agreed to sell its mill for $4 million in November.", "November", "2021-11"),
        # the day on a present plan verb is the plan's day too
        ("On Saturday, the Orvell guild plans to open a reading room.", "Saturday", "2021-06-12"),
    ],
)
def test_times_third_pass_a_planned_day_looks_forward(nlp, text, expr, value):
    assert staged(nlp, text)[expr] == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # a day on a past plan verb dates the planning, not the plan
        ("The Brill co-op agreed in March to sell its mill.", "March", "2021-03"),
        ("On Monday, the Orvell guild planned to open a reading room.", "Monday", "2021-06-07"),
        # a plan already carried out
        ("The co-op had agreed to sell its mill on Monday.", "Monday", "2021-06-07"),
    ],
)
def test_times_third_pass_a_day_of_planning_stays_back(nlp, text, expr, value):
    assert staged(nlp, text)[expr] == value


# --- quarters named by their last day ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Brill Foods earned $3 million in the quarter ended July 31.", "2021-Q2"),  # May to July
        ("Brill Foods lost money in the quarter ending Sept. 30, 2020.", "2020-Q3"),
        ("Brill Foods earned $3 million in the quarter ended Jan. 31.", "2020-Q4"),  # November to January
    ],
)
def test_times_third_pass_quarter_ended_is_the_quarter_of_its_middle_month(text, value):
    assert found(text)["the quarter"] == ("DATE", value)


def test_times_third_pass_quarter_ended_keeps_a_fiscal_name_given_before():
    text = "Brill Foods reported its fiscal first quarter. Sales in the quarter ended Sept. 30 rose 8%."
    assert found(text, "2021-10-20")["the quarter"] == ("DATE", "2021-Q1")


# --- 'the previous Friday' counts from the day the story named -----------------------------------


def test_times_third_pass_previous_and_following_weekday_count_from_the_named_day():
    got = {}
    text = "The Orvell index closed on Friday. It was down 4% from the previous Friday."
    for f in tag(text, DAY):
        got[text[f.start : f.end]] = (f.value, f.anchor)
    assert got["Friday"] == ("2021-06-04", None)
    assert got["the previous Friday"] == ("2021-05-28", "Friday")
    text = "The flood reached Elmridge on March 3. The following Monday the school reopened."
    assert found(text)["The following Monday"] == ("DATE", "2021-03-08")


def test_times_third_pass_previous_weekday_without_a_named_day_counts_from_the_article():
    assert found("The school reopened the following Monday.")["the following Monday"] == ("DATE", "2021-06-14")


# --- names and idioms that hold a time word ------------------------------------------------------


def test_times_third_pass_today_in_a_title_is_no_day():
    text = "The Orvell Today poll was cited. Today the poll closed, and he said: Today we count."
    got = [(f.start, f.value) for f in tag(text, DAY)]
    # the sentence-initial ones only, not the title
    assert got == [(text.index("Today the"), DAY), (text.index("Today we"), DAY)]


def test_times_third_pass_the_people_of_tomorrow_is_an_age():
    got = found("Brill wants to train the leaders of tomorrow. The vote of today counts.")
    assert "tomorrow" not in got
    assert got["today"] == ("DATE", DAY)  # 'the vote of today' is still the day


def test_times_third_pass_high_noon_is_an_idiom():
    got = found("For the Orvell guild, high noon comes today. The vote is at noon.")
    assert "noon" in got and got["noon"] == ("TIME", DAY + "T12:00")
    assert list(got).count("noon") == 1


def test_times_third_pass_pre_and_post_years_carry_a_mod():
    text = "The post-1959 quarrels and the pre-2008 rules differ."
    mods = {text[f.start : f.end]: (f.value, f.mod) for f in tag(text, DAY)}
    assert mods == {"post-1959": ("1959", "AFTER"), "pre-2008": ("2008", "BEFORE")}


def test_times_third_pass_a_bare_clock_in_a_history_needs_a_day():
    # a history whose last date is only a year: the clock cannot take 1 January of it
    text = (
        "The Brill dynasty rose in 1612. Its rivals fell in 1620 and 1631. The treaty came in 1648. "
        "A revolt broke out in 1655, and at noon the guards fled."
    )
    got = found(text, "2009-12-19")
    assert not got["noon"][1].startswith("1655-01-01")


# --- quarters and halves of a named year; 'last' as a verb; reported plans ----------------------


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The Brill deal closed in the third quarter of last year.", "the third quarter of last year", "2020-Q3"),
        ("Brill expects growth in the first half of next year.", "the first half of next year", "2022-H1"),
        ("Brill grew in the second half of this year.", "the second half of this year", "2021-H2"),
    ],
)
def test_times_third_pass_part_of_a_relative_year(text, expr, value):
    assert found(text)[expr] == ("DATE", value)


def test_times_third_pass_last_after_a_modal_is_the_verb():
    got = found("The Orvell trial will last two weeks. Over the last two weeks, it rained.")
    assert got["two weeks"] == ("DURATION", "P2W")
    assert got["Over the last two weeks"] == ("DURATION", "P2W")


def test_times_third_pass_reported_plan_through_its_preposition(nlp):
    got = staged(nlp, "The Orvell board said on Monday it would decide by Friday.")
    assert got == {"Monday": "2021-06-07", "Friday": "2021-06-11"}
    assert staged(nlp, "Officials said the Brill bridge would reopen on Saturday.")["Saturday"] == "2021-06-12"


# --- the part of the day just named; years that name a thing --------------------------------------


def test_times_third_pass_that_afternoon_is_of_the_day_named():
    text = "The flood reached Elmridge on March 3. That afternoon, crews arrived."
    got = {text[f.start : f.end]: (f.value, f.anchor) for f in tag(text, DAY)}
    assert got["That afternoon"] == ("2021-03-03TAF", "March 3")


def test_times_third_pass_in_the_morning_is_a_time_but_in_the_night_is_not():
    got = found("In the morning, the Orvell council met. Owls call in the night. The morning of the vote was wet.")
    assert got["the morning"] == ("TIME", DAY + "TMO")
    assert "the night" not in got
    assert len([k for k in got if "morning" in k]) == 1  # 'the morning of the vote' names no day part of ours


def test_times_third_pass_a_year_naming_a_thing_does_not_date_the_story():
    text = (
        "Brill was founded in 1702. It fought wars in 1714, 1731 and 1745. In 1761 its army marched south. "
        "The envoys cited the 1758 Treaty of Orvell. The army entered the capital on December 27."
    )
    assert found(text, "2009-12-19")["December 27"] == ("DATE", "1761-12-27")


# --- fiscal quarters and years in results ---------------------------------------------------------


def test_times_third_pass_reported_current_quarter_is_a_fiscal_one():
    # reported in November, so the fourth quarter is a fiscal one whose results are out
    text = "Brill reported a 12% drop in fourth-quarter profit, to $8 million from $9 million a year earlier."
    assert found(text, "2021-11-02")["a year earlier"] == ("DATE", "2020-Q4")
    # forecast, it is still to come: 'a year earlier' stays the year
    text = "Brill expects a fourth-quarter charge. Profit was $9 million a year earlier."
    assert found(text, "2021-11-02")["a year earlier"] == ("DATE", "2020")


def test_times_third_pass_last_year_after_the_years_figures_is_the_year():
    text = (
        "Brill reported a third-quarter loss of $2 million. Net income for the year ended Aug. 31 "
        "was $3 million, down from $9 million last year."
    )
    assert found(text, "2021-11-02")["last year"] == ("DATE", "2020")
    text = "Brill reported a third-quarter loss of $2 million, down from $9 million last year."
    assert found(text, "2021-11-02")["last year"] == ("DATE", "2020-Q3")
