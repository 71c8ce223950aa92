"""Time expressions: every coverage item of the time issue, on fictional sentences."""

from __future__ import annotations

import pytest

from dateline.extractors.timenorm import merge_values, tag, value_interval
from dateline.model import Article

DAY = "2021-06-10"  # a Thursday


def one(text: str, needle: str, date: str = DAY, **kw):
    """The single expression whose text is ``needle``."""
    hits = [f for f in tag(text, date, **kw) if text[f.start : f.end] == needle]
    assert len(hits) == 1, [(text[f.start : f.end], f.value) for f in tag(text, date, **kw)]
    return hits[0]


def texts(text: str, date: str = DAY) -> list[str]:
    return [text[f.start : f.end] for f in tag(text, date)]


# --- weekdays ---------------------------------------------------------------------------------


def test_times_bare_weekday_in_past_news_points_back():
    f = one("The mayor resigned on Monday.", "Monday", tense_at=lambda _: "past")
    assert (f.type, f.value, f.certain) == ("DATE", "2021-06-07", True)
    assert f.interval == ("2021-06-07", "2021-06-07")


def test_times_bare_weekday_without_tense_points_back():
    assert one("Council met Tuesday.", "Tuesday").value == "2021-06-08"


def test_times_bare_weekday_in_future_points_forward():
    f = one("The council will vote on Monday.", "Monday", tense_at=lambda _: "future")
    assert f.value == "2021-06-14"


def test_times_same_weekday_as_article_is_the_article_day():
    assert one("The ferry sank Thursday.", "Thursday").value == DAY


def test_times_last_this_next_weekday():
    text = "They met last Friday, meet this Saturday and again next Monday."
    assert one(text, "last Friday").value == "2021-06-04"
    assert one(text, "this Saturday").value == "2021-06-12"
    assert one(text, "next Monday").value == "2021-06-14"


# --- months, explicit dates --------------------------------------------------------------------


def test_times_month_with_and_without_year():
    text = "Sales fell in March 2019 and rose in March."
    assert one(text, "March 2019").value == "2019-03"
    assert one(text, "March").value == "2021-03"


def test_times_month_later_than_article_in_past_tense_is_last_year():
    assert one("Prices peaked in November.", "November", tense_at=lambda _: "past").value == "2020-11"


def test_times_explicit_dates():
    text = "It opened on March 3, 2019, closed on 3/3/19 and reopened 2015-04-01."
    assert one(text, "March 3, 2019").value == "2019-03-03"
    assert one(text, "3/3/19").value == "2019-03-03"
    assert one(text, "2015-04-01").value == "2015-04-01"


def test_times_may_the_verb_is_not_a_month():
    assert texts("Officials may decide later.") == []
    assert one("The bridge closed in May.", "May").value == "2021-05"


def test_times_year_alone_and_not_money():
    text = "In 2015 the club paid $2015 for the pitch."
    assert texts(text) == ["2015"]
    assert one(text, "2015").value == "2015"


# --- relative expressions -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("last year", "2020"),
        ("this year", "2021"),
        ("next month", "2021-07"),
        ("last month", "2021-05"),
        ("this week", "2021-W23"),
        ("last week", "2021-W22"),
        ("two weeks ago", "2021-W21"),
        ("three days ago", "2021-06-07"),
        ("a year ago", "2020"),
        ("yesterday", "2021-06-09"),
        ("tomorrow", "2021-06-11"),
        ("today", "2021-06-10"),
    ],
)
def test_times_relative_expressions(phrase, value):
    f = one(f"The figures, released {phrase}, surprised everyone.", phrase)
    assert f.value == value
    assert f.certain


def test_times_decades_seasons_quarters():
    text = "Since the 1990s, every summer; this summer, the third quarter and the fourth quarter of 2019."
    assert one(text, "the 1990s").value == "199"
    assert one(text, "this summer").value == "2021-SU"
    assert one(text, "the third quarter").value == "2020-Q3"  # Q3 2021 has not begun on 10 June
    assert one(text, "the fourth quarter of 2019").value == "2019-Q4"
    assert one(text, "every summer").type == "SET"


def test_times_quarter_already_started_is_this_year():
    assert one("Second-quarter sales rose.", "Second-quarter").value == "2021-Q2"


# --- parts of the day and clock times -----------------------------------------------------------


def test_times_parts_of_day():
    text = "Police arrived in the early hours of Tuesday morning and left this evening, before tonight."
    f = one(text, "the early hours of Tuesday morning")
    assert (f.type, f.value) == ("TIME", "2021-06-08TMO")
    assert one(text, "this evening").value == "2021-06-10TEV"
    assert one(text, "tonight").value == "2021-06-10TNI"


def test_times_clock_times():
    text = "The match starts at 3pm and the doors open at 1:30 p.m. Friday."
    f = one(text, "3pm")
    assert (f.type, f.value) == ("TIME", "2021-06-10T15:00")
    assert one(text, "1:30 p.m. Friday").value == "2021-06-04T13:30"


# --- durations and sets -------------------------------------------------------------------------


def test_times_durations():
    text = "She taught for six years, waited 11 days and spent the past two months abroad in a two-year stint."
    assert (one(text, "six years").type, one(text, "six years").value) == ("DURATION", "P6Y")
    assert one(text, "11 days").value == "P11D"
    assert one(text, "the past two months").value == "P2M"
    assert one(text, "two-year").value == "P2Y"


def test_times_sets():
    text = "The market opens every Monday and the bulletin comes out daily, each week."
    f = one(text, "every Monday")
    assert (f.type, f.value) == ("SET", "XXXX-WXX-1")
    assert one(text, "daily").value == "P1D"
    assert one(text, "each week").value == "P1W"


def test_times_fuzzy_references():
    text = "Rents are now higher. The shop recently closed. Nobody knows the future."
    assert one(text, "now").value == "PRESENT_REF"
    assert one(text, "recently").value == "PAST_REF"
    assert one(text, "the future").value == "FUTURE_REF"


# --- ages ---------------------------------------------------------------------------------------


def test_times_ages_all_forms():
    text = "The 34-year-old coach and his children, Ada, 7, and Ben, 3. His aunt, aged 81, came too."
    for needle, value in (("34-year-old", "P34Y"), ("7", "P7Y"), ("3", "P3Y"), ("81", "P81Y")):
        f = one(text, needle)
        assert (f.type, f.value, f.role) == ("DURATION", value, "age")


def test_times_numbers_after_months_are_not_ages():
    text = "On June 4, 2021, Room 12, 3 people came."
    assert all(f.role != "age" for f in tag(text, DAY))


# --- anchored expressions -----------------------------------------------------------------------


def test_times_anchored_duration_with_computable_date():
    text = "The bridge reopened on Friday, 11 days after it was closed."
    f = one(text, "11 days")
    assert (f.value, f.role) == ("P11D", "anchored")
    assert f.anchor == "it was closed"
    assert f.anchored_value == "2021-05-24"  # Friday 4 June minus 11 days


def test_times_anchored_duration_to_a_dated_anchor():
    f = one("The vote came three days before Monday's deadline.", "three days", tense_at=lambda _: "past")
    assert f.role == "anchored"
    assert f.anchored_value == "2021-06-04"


# --- honest uncertainty -------------------------------------------------------------------------


def test_times_weekday_with_month_precise_date_is_uncertain():
    f = one("The ferry sank on Thursday.", "Thursday", date="2020-10")
    assert f.certain is False
    assert f.interval == ("2020-10-01", "2020-10-29")
    assert f.value == "2020-10-XX"


def test_times_month_precise_date_still_fixes_last_year():
    f = one("Profits fell last year.", "last year", date="2020-10")
    assert (f.value, f.certain) == ("2019", True)


def test_times_end_of_period_policy_assumes_the_last_day():
    f = one("The ferry sank on Thursday.", "Thursday", date="2020-10", policy="end-of-period")
    assert f.value == "2020-10-29"
    assert f.certain is False


def test_times_year_precise_date_yesterday_spans_the_year():
    f = one("It rained yesterday.", "yesterday", date="2019")
    assert f.certain is False
    assert f.interval == ("2018-12-31", "2019-12-30")


def test_times_merge_values_masks_what_differs():
    assert merge_values(["2020-10-01TMO", "2020-10-29TMO"]) == "2020-10-XXTMO"
    assert merge_values(["2020-W40", "2020-W44"]) == "2020-WXX"
    assert merge_values(["2019"]) == "2019"


def test_times_value_interval_forms():
    assert value_interval("2020-W41") == (
        __import__("datetime").date(2020, 10, 5),
        __import__("datetime").date(2020, 10, 11),
    )
    assert value_interval("2020-Q3")[1].isoformat() == "2020-09-30"
    assert value_interval("199")[0].isoformat() == "1990-01-01"
    assert value_interval("PAST_REF") is None


# --- the spaCy stage ----------------------------------------------------------------------------


def test_times_stage_uses_tense_and_numbers_ids(nlp):
    from dateline.extractors.times import extract_times

    text = "The minister will visit on Monday. She resigned on Monday."
    article = Article(id="a", text=text, date=DAY, date_precision="day")
    times = extract_times(nlp(text), article)
    assert [t.id for t in times] == ["t1", "t2"]
    assert [t.value for t in times] == ["2021-06-14", "2021-06-07"]
    assert all(text[t.start : t.end] == t.text for t in times)


def test_times_stage_rejects_unknown_policy(nlp):
    from dateline.extractors.times import extract_times

    article = Article(id="a", text="Monday.", date=DAY, date_precision="day")
    with pytest.raises(ValueError):
        extract_times(nlp("Monday."), article, policy="guess")


def test_times_fractional_durations_and_week_of():
    text = "The hearing lasted 5 1/2 hours, then an hour and a half, during the week of March 1."
    assert one(text, "5 1/2 hours").value == "PT5H30M"
    assert one(text, "an hour and a half").value == "PT1H30M"
    assert one(text, "the week of March 1").value == "2021-W09"


def test_times_that_year_follows_the_story():
    text = "The mill opened in 1995. That year it hired forty people; the following year it closed."
    assert one(text, "That year").value == "1995"
    assert one(text, "the following year").value == "1996"


def test_times_news_later_is_a_duration_history_later_is_a_date():
    news = "The rescue came three days later."
    f = one(news, "three days")
    assert (f.type, f.value) == ("DURATION", "P3D")
    history = (
        "In 1805 the fleet sailed. In 1806 it wintered. In 1807 it fought. In 1808 it returned. "
        "On May 2, 1809 it sank, and three days later the crew reached land."
    )
    g = one(history, "three days later")
    assert (g.type, g.value) == ("DATE", "1809-05-05")


# --- TimeBank conventions added for value accuracy ----------------------------------------------


def test_times_deadline_and_past_plan_cues_set_the_direction(nlp):
    from dateline.extractors.times import extract_times

    text = "The offer, which had been due to expire Friday, now runs until noon Tuesday."
    article = Article(id="cue", text=text, date=DAY, date_precision="day")
    got = {t.text: t.value for t in extract_times(nlp(text), article)}
    assert got["Friday"] == "2021-06-04"
    assert got["noon Tuesday"] == "2021-06-15T12:00"


def test_times_recent_plural_units_are_vague_durations():
    f = one("Prices climbed in recent months.", "recent months")
    assert (f.type, f.value) == ("DURATION", "PXM")
    assert one("Sales fell, as in past years.", "past years").value == "PAST_REF"


def test_times_half_a_year_ahead_or_back_leans_to_the_past():
    # December 2020 and December 2021 are both about six months from June 2021
    assert one("The plant opened in December.", "December").value == "2020-12"
    assert one("The deal closes Jan. 4.", "Jan. 4", date="2021-07-05").value == "2021-01-04"


def test_times_year_ago_quarters_and_halves():
    text = (
        "First-quarter profit rose to $5 million. In the year-earlier first quarter it earned $4 million, "
        "or 40 cents a share, compared with $3 million last year. For the corresponding period last year, "
        "sales were flat. The plant runs through the first half of 2022."
    )
    got = {text[f.start : f.end]: f.value for f in tag(text, DAY)}
    assert got["First-quarter"] == "2021-Q1"
    assert got["the year-earlier first quarter"] == "2020-Q1"
    assert got["last year"] == "2020-Q1"
    assert got["the corresponding period last year"] == "2020-Q1"
    assert got["the first half of 2022"] == "2022-H1"


def test_times_more_and_trading_units_and_spoken_years():
    assert one("It may take 20 more years.", "20 more years").value == "P20Y"
    assert one("Shares rose for eight trading days.", "eight trading days").value == "P8D"
    assert one("Prices peaked in January nineteen ninety-seven.", "January nineteen ninety-seven").value == "1997-01"
    assert (
        one("It was cold in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four").value
        == "1994-WI"
    )


def test_times_seasons_last_and_next_cross_the_new_year():
    assert one("Hiring began last fall.", "last fall", date="2022-02-10").value == "2021-FA"
    assert one("Work starts next spring.", "next spring", date="2022-01-10").value == "2022-SP"
    assert one("It snowed last winter.", "last winter", date="2022-06-10").value == "2021-WI"


def test_times_sets_of_months_and_weekday_parts_but_not_rates():
    assert one("The parade marches each July.", "each July").value == "XXXX-07"
    f = one("Flights leave on Tuesday nights.", "Tuesday nights")
    assert (f.type, f.value) == ("SET", "XXXX-WXX-2TNI")
    assert texts("The bonds pay $2 million a year.") == []
    assert one("They meet twice a week.", "a week").type == "SET"


def test_times_bare_clock_takes_the_day_just_named():
    text = "The clinic was attacked on May 3. The first shot came at 10 p.m., police said."
    assert one(text, "10 p.m.").value == "2021-05-03T22:00"
    text = "Troops moved at 5:34 a.m. local time on March 20, 2003."
    assert one(text, "5:34 a.m.").value == "2003-03-20T05:34"


def test_times_non_times_are_left_out():
    assert texts("A second attack followed.") == []
    assert texts("After the fall of Rome, trade collapsed.") == []
    assert "This Week" not in texts('He spoke on ABC\'s "This Week" program.')
    assert texts("The average daily volume was high.") == []


def test_times_year_end_the_week_and_day_before():
    assert one("The deal should close by year-end.", "year-end").value == "2021"
    assert one("For the week, the index fell 2%.", "the week").value == "2021-WXX"
    assert one("The day before last Tuesday, he left.", "The day before last Tuesday").value == "2021-06-07"
    f = one("The day before last Tuesday, he left.", "The day before last Tuesday", date="2021-06")
    assert not f.certain


def test_times_one_day_after_a_modal_is_the_future():
    assert one("Islam will one day be the largest faith here.", "one day").value == "FUTURE_REF"
