"""Age arithmetic: birth ranges from a stated age on a dated article, and ages back on a date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.ages import (
    age_on,
    age_range_on,
    born_between,
    born_between_for,
    conflicts,
    describe_ages,
    intersect,
    minus_years,
)
from dateline.model import date_interval


def test_ages_month_precise_seed_rule():
    assert born_between_for(4, "2020-10") == (date(2015, 10, 2), date(2016, 10, 31))
    assert born_between_for(34, "2020-10") == (date(1985, 10, 2), date(1986, 10, 31))


def test_ages_day_precise_is_one_year_wide():
    lo, hi = born_between_for(81, "2021-03-02")
    assert (lo, hi) == (date(1939, 3, 3), date(1940, 3, 2))


def test_ages_year_precise():
    assert born_between_for(10, "2019") == (date(2008, 1, 2), date(2009, 12, 31))


def test_ages_leap_day_article_date():
    # Nobody aged 3 on 2024-02-29 was born on 2020-02-29 (that is their 4th birthday).
    assert born_between_for(3, "2024-02-29") == (date(2020, 3, 1), date(2021, 2, 28))
    assert minus_years(date(2024, 2, 29), 1) == date(2023, 2, 28)


def test_ages_leap_day_birthday_counts_from_march_first():
    born = date(2020, 2, 29)
    assert age_on(born, date(2021, 2, 28)) == 0
    assert age_on(born, date(2021, 3, 1)) == 1


def test_ages_range_on_later_date():
    born = born_between_for(4, "2020-10")
    assert age_range_on(born, date(2026, 11, 26)) == (10, 11)
    assert describe_ages(*age_range_on(born, date(2026, 11, 26))) == "10 or 11"


def test_ages_intersect_and_conflict():
    a = born_between_for(4, "2020-10")
    b = born_between_for(5, "2021-06-15")
    both = intersect([a, b])
    assert both == (date(2015, 10, 2), date(2016, 6, 15))
    c = born_between_for(9, "2020-10")
    assert intersect([a, c]) is None
    assert [(x.first, x.second) for x in conflicts([a, b, c])] == [(0, 2), (1, 2)]


def test_ages_negative_age_rejected():
    with pytest.raises(ValueError):
        born_between(-1, date(2020, 1, 1), date(2020, 1, 1))


periods = st.one_of(
    st.dates(date(1901, 1, 1), date(2099, 12, 31)).map(lambda d: d.isoformat()),
    st.dates(date(1901, 1, 1), date(2099, 12, 31)).map(lambda d: d.isoformat()[:7]),
    st.dates(date(1901, 1, 1), date(2099, 12, 31)).map(lambda d: d.isoformat()[:4]),
    # 29 February article dates and month periods that contain one
    st.sampled_from(["2000-02-29", "2024-02-29", "1904-02", "2096-02-29", "2023-03-01", "2024-02"]),
)


@settings(max_examples=300, deadline=None)
@given(period=periods, age=st.integers(0, 110), data=st.data())
def test_ages_true_birth_date_inside_born_between(period, age, data):
    first, last = date_interval(period)
    day = data.draw(st.dates(first, last))
    # any birth date giving `age` on `day`: pick one near the range and step to an exact one
    offset = data.draw(st.integers(0, 366))
    born = minus_years(day, age + 1) + timedelta(days=1 + offset)
    if age_on(born, day) != age:
        return
    lo, hi = born_between_for(age, period)
    assert lo <= born <= hi


@settings(max_examples=300, deadline=None)
@given(period=periods, age=st.integers(0, 110))
def test_ages_born_between_is_tight(period, age):
    first, last = date_interval(period)
    lo, hi = born_between_for(age, period)
    # both endpoints attainable: the youngest birth date reaches `age` by the last day,
    # the oldest one has not passed it on the first day
    assert age_on(lo, first) <= age <= age_on(lo, last)
    assert age_on(hi, first) <= age <= age_on(hi, last)
    assert age_on(hi, last) == age
    assert age_on(lo, first) == age
    # one day outside either end is impossible on every day of the period
    assert age_on(lo - timedelta(days=1), first) > age
    assert age_on(hi + timedelta(days=1), last) < age


def _extraction(source: str, day: str, name: str, age: int):
    from dateline.model import ArticleMeta, Entity, Extraction, Fact, Mention, Span

    lo, hi = born_between_for(age, day)
    text = f"{name}, {age}"
    return Extraction(
        article=ArticleMeta(id=source, source=source, date=day),
        entities=[Entity(id="e1", name=name, type="PERSON", mentions=[Mention(start=0, end=len(name), text=name)])],
        facts=[Fact(id="f1", relation="age", subject="e1", value=age, as_of=day, born_between=(lo.isoformat(), hi.isoformat()),
                    evidence=Span(start=0, end=len(text), text=text))],
    )


def test_ages_answer_matches_part_of_a_name_and_intersects():
    from dateline.ages import answer_age

    exs = [_extraction("a.txt", "2020-10", "Ivy Park", 4), _extraction("b.txt", "2021-06-15", "Ivy Park", 5)]
    found, answer = answer_age(exs, "ivy", (date(2026, 11, 26), date(2026, 11, 26)))
    assert found and not answer.conflicts
    assert answer.born == (date(2015, 10, 2), date(2016, 6, 15))
    assert answer.ages == (10, 11)
    assert answer.as_dict()["answer"] == "10 or 11"
    found, _ = answer_age(exs, "vy Pa", (date(2026, 11, 26), date(2026, 11, 26)))
    assert not found


def test_ages_answer_reports_conflict_with_both_sides():
    from dateline.ages import answer_age

    exs = [_extraction("a.txt", "2020-10", "Ivy Park", 4), _extraction("b.txt", "2020-11-02", "Ivy Park", 9)]
    found, answer = answer_age(exs, "Ivy Park", (date(2026, 11, 26), date(2026, 11, 26)))
    assert found and answer.born is None and answer.ages is None
    ((a, b),) = answer.conflicts
    assert {a.source, b.source} == {"a.txt", "b.txt"}
    assert {a.text, b.text} == {"Ivy Park, 4", "Ivy Park, 9"}
