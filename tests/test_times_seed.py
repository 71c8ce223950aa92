"""The seed article's time gold: the uncertain Thursday, the anchored 11 days, both ages."""

from __future__ import annotations

from tests.conftest import find


def gold_time(seed_gold, text):
    return next(t for t in seed_gold["times"] if t["text"] == text)


def by_span(extraction, start, end):
    hits = [t for t in extraction.times if (t.start, t.end) == (start, end)]
    assert hits, [(t.text, t.start, t.end) for t in extraction.times]
    return hits[0]


def test_times_seed_thursday_morning_is_uncertain_within_october(seed_text, seed_gold, seed_extraction):
    g = gold_time(seed_gold, "the early hours of Thursday morning")
    t = by_span(seed_extraction, *find(seed_text, g["text"]))
    assert t.type == g["type"] == "TIME"
    assert t.certain is False
    assert t.interval == ("2020-10-01", "2020-10-29")
    assert t.value.startswith("2020-10-XX") and t.value.endswith("TMO")


def test_times_seed_eleven_days_is_anchored_p11d(seed_text, seed_gold, seed_extraction):
    g = gold_time(seed_gold, "11 days")
    t = by_span(seed_extraction, *find(seed_text, "11 days"))
    assert (t.type, t.value) == (g["type"], g["value"])
    assert t.role == "anchored"
    assert t.anchor and t.anchor.startswith("it was publicly announced")


def test_times_seed_ages(seed_text, seed_gold, seed_extraction):
    for g in seed_gold["times"]:
        if g.get("role") != "age":
            continue
        if "occurrence_after" in g:
            s, e = find(seed_text, g["occurrence_after"] + g["text"])
            s = e - len(g["text"])
        else:
            s, e = find(seed_text, g["text"])
        t = by_span(seed_extraction, s, e)
        assert (t.type, t.value, t.role) == (g["type"], g["value"], "age")


def test_times_seed_must_not_fix_thursday(seed_gold, seed_extraction):
    assert any("Thursday" in rule for rule in seed_gold["must_not"])
    for t in seed_extraction.times:
        if "Thursday" in t.text:
            assert not t.certain
            assert "XX" in t.value


def test_times_seed_header_is_not_tagged(seed_extraction):
    body_start = seed_extraction.article.body_start
    assert body_start > 0
    assert all(t.start >= body_start for t in seed_extraction.times)
