"""Time expressions, issue 11: the error families seen on held-out news, each on fictional sentences."""

from __future__ import annotations

import pytest

from dateline.extractors.timenorm import tag
from dateline.model import Article

DAY = "2021-06-10"  # a Thursday, in the second quarter


def found(text: str, date: str = DAY, **kw) -> dict[str, tuple[str, str]]:
    """Each expression's text -> (type, value)."""
    return {text[f.start : f.end]: (f.type, f.value) for f in tag(text, date, **kw)}


def staged(nlp, text: str, date: str = DAY) -> dict[str, str]:
    """Each expression's text -> value, through the spaCy stage (the parse gives the tense)."""
    from dateline.extractors.times import extract_times

    article = Article(id="f", text=text, date=date, date_precision="day")
    return {t.text: t.value for t in extract_times(nlp(text), article)}


# --- weekdays and tense (issue 11) -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "weekday", "value"),
    [
        ("The Corliss mill will reopen on Saturday.", "Saturday", "2021-06-12"),  # future: the coming one
        ("The Corliss mill is due to reopen on Saturday.", "Saturday", "2021-06-12"),
        ("The Corliss mill reopened on Saturday.", "Saturday", "2021-06-05"),  # past: the last one
        ("Crews repaired the Corliss pier on Thursday.", "Thursday", "2021-06-10"),  # the article's own day
        ("The Corliss pier collapsed on Wednesday, the harbour master said.", "Wednesday", "2021-06-09"),  # yesterday
    ],
)
def test_times_families_weekday_follows_the_clause_tense(nlp, text, weekday, value):
    assert staged(nlp, text)[weekday] == value


def test_times_families_reported_would_points_forward(nlp):
    got = staged(nlp, "Officials said Friday that the Corliss bridge would reopen Saturday.")
    assert got == {"Friday": "2021-06-04", "Saturday": "2021-06-12"}


# --- times with zones (issue 11) ----------------------------------------------------------------


def test_times_families_utc_clock_carries_the_zone():
    got = found("The probe woke at 09:40 UTC on Tuesday and slept at 22:15 GMT.")
    assert got["09:40 UTC on Tuesday"] == ("TIME", "2021-06-08T09:40Z")
    assert got["22:15 GMT"][1].endswith("T22:15Z")


def test_times_families_local_zone_stays_out_of_the_value():
    assert found("Polls in Elmridge close at 8 p.m. EST.")["8 p.m. EST"] == ("TIME", "2021-06-10T20:00")


def test_times_families_evening_clock_takes_the_weekday_just_named():
    got = found("On Tuesday the choir met, and at 8 PM the vote closed.")
    assert got["Tuesday"] == ("DATE", "2021-06-08")
    assert got["8 PM"] == ("TIME", "2021-06-08T20:00")


# --- quarters, halves and parts of years (issue 11) -----------------------------------------------


def test_times_families_last_quarter_is_the_previous_quarter():
    assert found("Orchard sales fell in the last quarter.")["the last quarter"] == ("DATE", "2021-Q1")


def test_times_families_fourth_quarter_forecast_or_reported():
    ahead = tag("Mill profits in the fourth quarter will rise.", DAY, tense_at=lambda _: "future")
    back = tag("The mill reported profits for the fourth quarter.", DAY, tense_at=lambda _: "past")
    assert [f.value for f in ahead] == ["2021-Q4"] and [f.value for f in back] == ["2020-Q4"]


def test_times_families_forecast_quarter_is_this_years():
    # an article of the third quarter: a forecast for the fourth is this year's, reported results last year's
    ahead = found("Harlow Mills expects fourth-quarter earnings of $2 a share.", "2021-08-10")
    back = found("Harlow Mills posted fourth-quarter earnings of $2 a share.", "2021-08-10")
    assert ahead["fourth-quarter"] == ("DATE", "2021-Q4") and back["fourth-quarter"] == ("DATE", "2020-Q4")


def test_times_families_parts_of_years_and_months():
    text = "Since the start of this year the ferry ran late; fares rise at the end of the month. Tolls peaked in mid-2015."
    got = {text[f.start : f.end]: (f.type, f.value, f.mod) for f in tag(text, DAY)}
    assert got == {
        "the start of this year": ("DATE", "2021", "START"),
        "the end of the month": ("DATE", "2021-06", "END"),
        "mid-2015": ("DATE", "2015", "MID"),
    }


# --- comparatives (issue 11) ---------------------------------------------------------------------


def test_times_families_same_month_a_year_ago_stays_a_month():
    got = found("Cider sales in March rose 5% from the same month a year ago.")
    assert got["the same month a year ago"] == ("DATE", "2020-03")


def test_times_families_same_period_takes_the_period_under_discussion():
    assert found("Ferry takings in the second quarter beat the same period last year.")["the same period last year"] == ("DATE", "2020-Q2")
    assert found("Ferry takings in May beat the same period last year.")["the same period last year"] == ("DATE", "2020-05")
    assert found("Takings on March 3 beat the same day two years ago.")["the same day two years ago"] == ("DATE", "2019-03-03")


def test_times_families_same_month_without_a_month_is_the_article_month():
    assert found("Takings beat the same month a year ago.")["the same month a year ago"] == ("DATE", "2020-06")


# --- durations that are not dates (issue 11) ------------------------------------------------------


def test_times_families_ago_is_a_date_for_is_a_duration():
    assert found("The mill closed a year ago.")["a year ago"] == ("DATE", "2020")
    assert found("The mill closed for a year.")["a year"] == ("DURATION", "P1Y")


def test_times_families_the_last_week_date_or_stretch_by_the_preposition():
    assert found("The last week was quiet at the quarry.")["The last week"] == ("DATE", "2021-W22")
    assert found("In the last week, quarry rents rose.")["the last week"] == ("DURATION", "P1W")
    # a year is the previous calendar year in news, preposition or not (the TimeBank gold)
    assert found("Over the past year, quarry rents rose.")["the past year"] == ("DATE", "2020")
    assert found("Over the past month, quarry rents rose.")["the past month"] == ("DURATION", "P1M")
    assert found("The past weekend was wet.")["The past weekend"] == ("DATE", "2021-W22-WE")


def test_times_families_next_decade_is_ten_years_ahead():
    # TimeBank's convention (docs/times.md): a stretch from now, not the calendar decade
    assert found("Rents will rise over the next decade.")["the next decade"] == ("DURATION", "P10Y")
    # ... but the past decade is the previous calendar decade (TimeBank's 'in the last decade')
    assert found("Rents rose over the past decade.")["the past decade"] == ("DATE", "201")


# --- anchoring to the last mentioned date (issue 11) ------------------------------------------------


def test_times_families_next_day_counts_from_the_day_named():
    text = "On March 3 the dam at Kestrel Falls broke. The next day, crews arrived."
    nxt = [f for f in tag(text, DAY) if text[f.start : f.end] == "The next day"][0]
    assert (nxt.type, nxt.value, nxt.anchor) == ("DATE", "2021-03-04", "March 3")


def test_times_families_days_later_is_anchored_at_the_day_named():
    text = "On March 3 the dam at Kestrel Falls broke. Two days later, the road reopened."
    later = [f for f in tag(text, DAY) if text[f.start : f.end] == "Two days"][0]
    assert (later.type, later.value, later.role, later.anchor, later.anchored_value) == (
        "DURATION", "P2D", "anchored", "March 3", "2021-03-05")


def test_times_families_previous_evening_and_without_a_named_day():
    text = "The ferry sank on Tuesday. The previous evening, the crew had warned the owners."
    prev = [f for f in tag(text, DAY) if text[f.start : f.end] == "The previous evening"][0]
    assert (prev.type, prev.value, prev.anchor) == ("TIME", "2021-06-07TEV", "Tuesday")
    # nothing named before it: the article's day is where it counts from
    assert found("The crew left the day after.")["the day after"] == ("DATE", "2021-06-11")


# --- datelines at the top (issue 11) ---------------------------------------------------------------


def test_times_families_dateline_dates_the_story_and_anchors_nothing():
    text = "GLENWOOD, Tuesday March 4, 2014 - The council met. The levy vote on Tuesday passed. The next day, it rained."
    got = {text[f.start : f.end]: f for f in tag(text, "2014-03")}
    assert got["Tuesday March 4, 2014"].value == "2014-03-04"
    # a month-precise article date: the dateline fixes the day the rest is read against
    assert (got["Tuesday"].value, got["Tuesday"].certain) == ("2014-03-04", True)
    assert (got["The next day"].value, got["The next day"].anchor) == ("2014-03-05", "Tuesday")


def test_times_families_without_a_dateline_the_month_precise_weekday_stays_uncertain():
    text = "The council met. The levy vote on Tuesday passed."
    f = [f for f in tag(text, "2014-03") if text[f.start : f.end] == "Tuesday"][0]
    # early March reaches back into February
    assert f.certain is False and f.value == "2014-XX-XX" and f.interval == ("2014-02-25", "2014-03-25")


def test_times_families_history_of_recent_years_follows_its_own_years():
    # a chronicle of 2016-2020 read in 2021: two of its five years are within two of the
    # article's, but none is the article's own, so bare dates follow the story
    years = [2016, 2017, 2018, 2019, 2020] * 4
    text = " ".join(f"In {y} the Lindqvist canal company built a lock." for y in years)
    text += " In 2017 the company failed. On April 9 its barges were sold."
    f = [f for f in tag(text, DAY) if text[f.start : f.end] == "April 9"][0]
    assert f.value == "2017-04-09"
    # the same sentence in news that names this year's events stays in the article's year
    news = "In 2021 the Lindqvist canal company built a lock. In 2017 it failed. On April 9 its barges were sold."
    assert [g.value for g in tag(news, DAY) if news[g.start : g.end] == "April 9"] == ["2021-04-09"]


# --- expressions that went untagged (issue 11) ------------------------------------------------------


def test_times_families_spelled_out_ordinal_days_and_weeks():
    got = found("It is the second day of the Harlow dock strike, and pickets stayed out for a third consecutive week.")
    assert got["the second day"] == ("DATE", "2021-06-10")
    assert got["a third consecutive week"] == ("DATE", "2021-W23")


def test_times_families_day_words_the_weekend_and_this_week():
    got = found("Late in the day the Harlow dock reopened. That day, pickets left. Over the weekend and this week, ships sailed.")
    assert got["the day"] == ("DATE", "2021-06-10")
    assert got["That day"] == ("DATE", "2021-06-10")
    assert got["the weekend"] == ("DATE", "2021-W22-WE")
    assert got["this week"] == ("DATE", "2021-W23")


def test_times_families_annually_recurs_unless_it_is_a_rate():
    assert found("The Harlow regatta is held annually in June.")["annually"] == ("SET", "P1Y")
    assert "annually" not in found("Harlow expects fares to rise 4% annually.")


def test_times_families_fiscal_years():
    got = found("The FY2019 budget of the Harlow port was cut, and fiscal 2020 spending rose.")
    assert got["FY2019"] == ("DATE", "2019")
    assert got["fiscal 2020"] == ("DATE", "2020")


# --- the pre-filter (issue 11): running each rule only near its trigger words loses nothing -----------


def test_times_families_prefilter_equals_every_rule_everywhere():
    from dateline.extractors.timenorm.patterns import PRIORITY, TRIGGERS, scan

    assert set(TRIGGERS) == set(PRIORITY)  # every rule names the words its matches contain
    text = (
        "GLENWOOD, Tuesday March 4, 2014 - The 34-year-old ferryman, aged 61 by then, and Ada Lusk, 7, met on "
        "3/3/14 and 2014-03-05. In the first half of 2013, in fiscal 2012, in nineteen ninety-two, in 44 BC, "
        "on the morning of March 3, in 2013-14, in the 1990s and the '80s, the sixties and the 19th century, the "
        "third quarter of 2012, the week of March 10, last year's second half, the latest quarter, the same "
        "period last year, the corresponding quarter a year ago, the year-earlier period, the first nine months, "
        "the day before Tuesday, the next morning, the second day, the early hours of Monday, 9:40 UTC on "
        "Friday, Monday at 8 p.m., last Sunday evening, the day after tomorrow, this morning, overnight, "
        "midafternoon, next Christmas, the past two weeks, the end of next month, this spring, two years ago, "
        "the next few days, weeks later, the years ahead, the entire year, every other week, weekly, Sundays, "
        "by year-end, at month's end, the best to date, for a while, a year-long trial, and now, recently."
    )
    fast = sorted((name, m.span()) for name, m in scan(text))
    assert fast == sorted((name, m.span()) for name, m in scan(text, everywhere=True))
    assert len({name for name, _ in fast}) >= 47  # the sentence exercises most rules


def test_times_families_recent_history_is_the_past():
    got = found("It was the worst flood at Harlow in recent history, and in recent memory.")
    assert got["recent history"] == ("DATE", "PAST_REF") and got["recent memory"] == ("DATE", "PAST_REF")


def test_times_families_second_day_of_a_pair_or_range():
    got = found("The Harlow summit is on April 24 and 25. Talks ran March 5-9, 2019 in Oslo.")
    assert got["April 24"] == ("DATE", "2021-04-24") and got["25"] == ("DATE", "2021-04-25")
    assert got["9, 2019"] == ("DATE", "2019-03-09")
    # a count after 'and' is no day: 'on March 3 and 25 soldiers'
    assert list(found("On March 3 and 25 Harlow soldiers died.")) == ["March 3"]


def test_times_families_may_of_a_year_is_the_month():
    assert found("The Harlow estates met in May of 2019.")["May of 2019"] == ("DATE", "2019-05")


def test_times_families_holiday_with_its_year():
    assert found("The Harlow troops were home by Christmas 2007, the mayor said.")["Christmas 2007"] == ("DATE", "2007-12-25")


def test_times_families_first_day_of_a_day_range_and_that_same_day():
    got = found("The Harlow siege of 6-7 January 2016 ended. From 15 to 22 February the army rested.")
    assert got["6"] == ("DATE", "2016-01-06") and got["7 January 2016"] == ("DATE", "2016-01-07")
    assert got["15"] == ("DATE", "2021-02-15")
    text = "The Harlow dam broke on May 10, 2016. On that same day, the mill closed."
    same = [f for f in tag(text, DAY) if text[f.start : f.end] == "that same day"][0]
    assert same.value == "2016-05-10"


def test_times_families_season_joined_to_a_season():
    got = found("The Harlow standoff lasted through the fall and winter.")
    assert got["the fall"][1].endswith("-FA") and got["winter"][1].endswith("-WI")


# --- counts per unit, possessive days (issue 11, second pass) --------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The Orla ferry will run four crossings a week from May.", "a week", ("SET", "P1W")),
        ("The Orla press prints thousands of leaflets a day.", "a day", ("SET", "P1D")),
        ("Orla Books sold fifty thousand atlases a year.", "a year", ("SET", "P1Y")),
    ],
)
def test_times_families_a_count_per_unit_is_a_set(text, expr, value):
    assert found(text)[expr] == value


def test_times_families_a_sum_per_unit_or_a_stretch_is_no_set():
    assert "a year" not in found("The Orla ferry costs $2 million a year to run.")
    assert found("The Orla rig pumps 300 barrels a day.").get("a day", ("", ""))[0] != "SET"
    assert found("The Orla ferry stopped for a week.")["a week"] == ("DURATION", "P1W")


def test_times_families_possessive_day_leaves_the_s_out():
    got = found("Today's vote in Orla was close, and yesterday's was not.")
    assert got["Today"] == ("DATE", DAY)
    assert got["yesterday"] == ("DATE", "2021-06-09")
    assert "Today's" not in got


def test_times_families_ends_of_a_year_range_are_tagged_apart():
    got = found("The Orla canal was dug in 1907-09 and widened in 1923-24.")
    assert got["1907"] == ("DATE", "1907") and got["09"] == ("DATE", "1909")
    assert got["1923"] == ("DATE", "1923") and got["24"] == ("DATE", "1924")
    assert "92" not in found("The Orla Rovers won the cup final 1992-92.")  # no range runs backwards


def test_times_families_era_written_once_covers_both_years():
    got = found("The walls of Orla stood from 412 to 398 BC; the siege (397-395 BC) ended them.")
    assert got["412"] == ("DATE", "BC0412") and got["398 BC"] == ("DATE", "BC0398")
    assert got["397"] == ("DATE", "BC0397")
    assert "5" not in found("Orla's harbour dates from 5-10 BC.")  # years BC count down


def test_times_families_era_reaches_month_season_and_century():
    got = found("Orla fell in August 212 BC, after the winter of 213 BC, late in the 3rd century BC.")
    assert got["August 212 BC"] == ("DATE", "BC0212-08")
    assert got["the winter of 213 BC"] == ("DATE", "BC0213-WI")
    assert got["the 3rd century BC"] == ("DATE", "BC02")
    assert found("Orla grew in the 3rd century.")["the 3rd century"] == ("DATE", "02")


def test_times_families_date_joined_to_a_later_one_shares_its_year():
    text = "The Orla dam rose between March and May 1931; the floods (12 June - 3 July 1932) took it."
    got = found(text)
    assert got["March"] == ("DATE", "1931-03") and got["May 1931"] == ("DATE", "1931-05")
    assert got["12 June"] == ("DATE", "1932-06-12")
    assert found("The Orla dam rose in March, and in May 1931 it opened.")["March"][1] != "1931-03"  # not joined


def test_times_families_march_after_a_name_is_no_month():
    assert "March" not in found("The Orla Salt March crossed the delta, led by the Coastal March Band.")
    text = "Orla froze.\n\nThe March thaw came late. In March the river rose."
    assert [(text[f.start : f.end], f.value) for f in tag(text, DAY)] == [("March", "2021-03")] * 2  # both the month
    assert found("The Orla Salt March began in March 1931.")["March 1931"] == ("DATE", "1931-03")


def test_times_families_to_date_and_month_end():
    assert found("It was the largest catch at Orla to date.")["date"] == ("DATE", "PRESENT_REF")
    assert "date" not in found("The Orla charts are up to date.")
    text = "The Orla bridge opened on 3 May 1962. At month's end, traffic doubled."
    got = [(f.value, f.mod) for f in tag(text, DAY) if text[f.start : f.end] == "month's end"]
    assert got == [("1962-05", "END")]


def test_times_families_possessive_period_is_the_period():
    got = found("Thursday was the week's busiest day at the Orla market, and the month's sales rose.")
    assert got["the week"] == ("DATE", "2021-WXX") and got["the month"] == ("DATE", "2021-06")
    assert "the year" not in found("The Orla market closes by the year's end.")  # the year's end is its own rule


def test_times_families_present_perfect_progressive_looks_back(nlp):
    # DAY is 2021-06-10: 'Dec. 2' is the last one, not the coming one, after 'have been searching since'
    got = staged(nlp, "Divers have been searching the Orla wreck since the Dec. 2 storm.")
    assert got["Dec. 2"] == "2020-12-02"
    assert staged(nlp, "Divers are searching the Orla wreck on Saturday.")["Saturday"] == "2021-06-12"


# --- second pass: conventions of the scored gold (TimeBank + AQUAINT) ----------------------------


def test_times_families_recent_years_is_the_past_recent_months_a_stretch():
    got = found("Rents at Kestrel have doubled in recent years, and in recent months they fell.")
    assert got["recent years"] == ("DATE", "PAST_REF")
    assert got["recent months"] == ("DURATION", "PXM")


def test_times_families_todays_world_is_no_day():
    assert "today" not in found("In today's world, the Orla ferry is a relic, and today's youth ignore it.")
    assert found("The Orla ferry is in today's edition.")["today"] == ("DATE", DAY)


def test_times_families_or_so_ago_is_a_date():
    assert found("The Orla ferry sank a week or so ago.")["a week or so ago"] == ("DATE", "2021-W22")


def test_times_families_a_day_earlier_in_news_is_the_duration():
    # no day named before it: TimeBank tags the duration, as for 'three days later'
    assert found("Traffic at Orla was light. A day earlier, the bridge was shut.")["A day"] == ("DURATION", "P1D")


def test_times_families_modal_perfect_looks_back(nlp):
    # DAY is a Thursday: 'may have been' guesses about the past, so Wednesday is yesterday
    got = staged(nlp, "The storm may have been responsible for a drop in Orla ferry traffic on Wednesday.")
    assert got["Wednesday"] == "2021-06-09"


def test_times_families_decades_do_not_date_a_history():
    text = (
        "In 1961 the Varn league formed. In 1962 it split. In 1963 the Orla clubs left, and in 1964 they "
        "returned. In 1965 the league folded; almost two decades earlier its founders had met in a barn. "
        "In March the last club closed."
    )
    got = {text[f.start : f.end]: f.value for f in tag(text, "2009-12-19")}
    assert got["March"] == "1965-03"  # the story's last year, not the 1940s of 'two decades earlier'


def test_times_families_vague_stretches():
    got = found("The Orla mill will stay shut for a while. Over the years, its owners changed.")
    assert got["a while"] == ("DURATION", "PXX")
    assert got["years"] == ("DURATION", "PXY")
    assert "years" not in found("The Orla mill recalls the years of the flood.")


def test_times_families_following_month_counts_from_the_month_told():
    # 'In March' is read from the article date (2021-03); 'the following month' counts from it
    got = found("In March, the Orla board met a buyer. The following month, the mill was sold.")
    assert got["March"] == ("DATE", "2021-03")
    assert got["The following month"] == ("DATE", "2021-04")


def test_times_families_long_adjectives_are_durations():
    got = found("After a year-long trial and a months-long appeal, the Orla case closed on its third day-long hearing.")
    assert got["year-long"] == ("DURATION", "P1Y")
    assert got["months-long"] == ("DURATION", "PXM")
    assert got["day-long"] == ("DURATION", "P1D")


def test_times_families_all_the_time_idioms_are_untagged():
    assert found("Guards watch the Orla vault 24 hours a day, seven days a week.") == {}
    assert found("Guards watched the Orla vault for 24 hours.")["24 hours"] == ("DURATION", "PT24H")


def test_times_families_then_current_is_the_past():
    assert found("Holders may buy Orla shares at half the then current price.")["current"] == ("DATE", "PAST_REF")
    assert found("Holders may buy Orla shares at half the current price.")["current"] == ("DATE", "PRESENT_REF")


def test_times_families_prefilter_with_letters_that_fold_onto_ascii():
    # İ ı ſ K match ASCII letters under IGNORECASE but are no ASCII word characters for the
    # pre-filter's tokenizer: the rules must still agree with running every rule everywhere
    # (and "Marchı" once crashed the time stage: a trigger word with no whole-word spot).
    from dateline.extractors.timenorm.patterns import scan

    for text in (
        "Mara Okafor spoke in March\u0131 2019 and again on Friday.",
        "\u212aofi Okafor, 7, swam on Monday at 5pm.",
        "Last \u017feptember, and on March 3, 2019, the mee\u0130ting was held.",
    ):
        fast = sorted((name, m.span()) for name, m in scan(text))
        assert fast == sorted((name, m.span()) for name, m in scan(text, everywhere=True))


def test_times_families_fold_table_is_complete():
    import re

    from dateline.wordstart import _FOLDS_TO_ASCII

    letter = re.compile("[a-z]", re.IGNORECASE)
    # every non-ASCII character in the Basic Multilingual Plane and beyond that the regex engine
    # matches to an ASCII letter is in the table the pre-filter checks for
    folds = {chr(c) for c in range(128, 0x110000) if letter.fullmatch(chr(c))}
    assert folds == set(_FOLDS_TO_ASCII)
