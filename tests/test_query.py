"""Questions across the corpus (dateline/query/ and its CLI commands), on both backends."""

from __future__ import annotations

import csv
import io
import json

import pytest
from test_store import Builder, corpus, db_url, full_example, store  # noqa: F401  (fixtures)

from dateline import query
from dateline.errors import QueryError
from dateline.link import write_batch
from dateline.model import Extraction


def kowalczyk():
    return [
        corpus("kowalczyk-2012-03").person("e1", "Marta Kowalczyk", surname="Kowalczyk").age("e1", "Marta Kowalczyk, 41", 41)
        .quote("This harbour has waited long enough for a proper crossing,", "e1", "told").build(),
        corpus("kowalczyk-2016-07").person("e1", "Marta Kowalczyk", surname="Kowalczyk", gender="female")
        .age("e1", "Kowalczyk, 45", 45).fact("title", "e1", "chair", value="chair")
        .quote("We cannot let the sea decide our timetable,", "e1", "said", channel="radio").build(),
        corpus("kowalczyk-2023-02").person("e1", "Marta Kowalczyk", surname="Kowalczyk").age("e1", "Kowalczyk, 52", 52)
        .quote("Eleven years is a long watch, and the ferries run on time now,", "e1", "said").build(),
    ]


def lindqvist():
    return [
        corpus("lindqvist-2015-05").person("e1", "Oskar Lindqvist", surname="Lindqvist").age("e1", "Oskar Lindqvist, 60", 60)
        .quote("My knees are older than my legs,", "e1", "said").build(),
        corpus("lindqvist-2019-05").person("e1", "Oskar Lindqvist", surname="Lindqvist").age("e1", "Oskar Lindqvist, 61", 61)
        .quote("I promised my granddaughter a medal for her shelf,", "e1", "says").build(),
    ]


def okafor():
    return [
        corpus("okafor-2021-09").person("e1", "Sam Okafor", surname="Okafor").age("e1", "Sam Okafor, 9", 9)
        .quote("I like the endgame best because everything is simple,", "e1", "said").build(),
        corpus("okafor-2022-04").person("e1", "Sam Okafor", surname="Okafor").age("e1", "Sam Okafor, 67", 67)
        .fact("occupation", "e1", "judge", value="judge")
        .quote("The families deserve a full account of what went wrong,", "e1", "said").build(),
    ]


@pytest.fixture
def filled(store):  # noqa: F811
    write_batch(store, kowalczyk() + lindqvist() + okafor())
    return store


def test_query_quotes_by_person_with_dates_and_channel(filled):
    all_ = query.quotes(filled, by="Marta Kowalczyk")
    assert [q.date for q in all_] == ["2012-03-14", "2016-07", "2023-02-10"]
    # A month-dated article counts when any of its days is in the window.
    assert [q.article for q in query.quotes(filled, by="Kowalczyk", since="2016-07-31", until="2020-01-01")] == ["kowalczyk-2016-07"]
    assert [q.article for q in query.quotes(filled, by="kowalczyk", since="2016-08-01")] == ["kowalczyk-2023-02"]
    assert [q.channel for q in query.quotes(filled, by="Marta Kowalczyk", channel="Radio")] == ["radio"]


def test_query_unknown_person_and_bad_date_are_errors(filled):
    with pytest.raises(QueryError, match="E301"):
        query.quotes(filled, by="Nobody Atall")
    with pytest.raises(QueryError, match="E302.*--since"):
        query.quotes(filled, by="Kowalczyk", since="March 2016")


def test_query_person_report(filled):
    [p] = query.person(filled, "Kowalczyk")
    assert (p.name, p.articles, p.quote_count) == ("Marta Kowalczyk", 3, 3)
    assert p.aliases == ["Kowalczyk", "Marta Kowalczyk"]
    assert p.born == ("1970-07-02", "1971-02-10")
    assert sorted((f.relation, f.value) for f in p.facts) == [("age", "41"), ("age", "45"), ("age", "52"), ("title", "chair")]
    age45 = next(f for f in p.facts if f.value == "45")
    assert (age45.evidence.article, age45.evidence.text) == ("kowalczyk-2016-07", "Kowalczyk, 45")
    assert len(p.links) == 3


def test_query_person_namesakes_give_two_reports(filled):
    reports = query.person(filled, "Sam Okafor")
    assert [r.born[0][:4] for r in reports] == ["2011", "1954"]
    assert [r.quote_count for r in reports] == [1, 1]


def test_query_facts_as_of_gives_age_range_from_all_articles(filled):
    rows = query.facts(filled, "Marta Kowalczyk", as_of="2026-11-26")
    age = next(r for r in rows if r.relation == "age")
    # Born 1970-07-02..1971-02-10 (intersection of three articles): 55 or 56 on that day.
    assert age.value == "55 or 56"
    assert "kowalczyk-2012-03" in age.evidence.text and "kowalczyk-2023-02" in age.evidence.text
    early = query.facts(filled, "Marta Kowalczyk", as_of="2013-01-01")
    assert [r.relation for r in early if r.relation == "title"] == []  # stated only in 2016
    assert next(r.value for r in query.facts(filled, "Marta Kowalczyk", as_of="1960-01-01") if r.relation == "age") == "not born yet"


def test_query_facts_as_of_reports_conflicting_ages(filled):
    age = next(r for r in query.facts(filled, "Oskar Lindqvist", as_of="2020-01-01") if r.relation == "age")
    assert age.value.startswith("unknown: the stated ages conflict")


def test_query_conflicts_inconsistent_age_with_both_evidences(filled):
    found = query.conflicts(filled)
    assert [(c.kind, c.name) for c in found if c.kind == "age"] == [("age", "Oskar Lindqvist")]
    c = next(c for c in found if c.kind == "age")
    assert {c.first.article, c.second.article} == {"lindqvist-2015-05", "lindqvist-2019-05"}
    assert {c.first.text, c.second.text} == {"Oskar Lindqvist, 60", "Oskar Lindqvist, 61"}


def test_query_timeline_in_calendar_order(filled):
    events = query.timeline(filled, "Marta Kowalczyk")
    assert events[0].kind == "born" and (events[0].start, events[0].end) == ("1970-07-02", "1971-02-10")
    starts = [e.start for e in events]
    assert starts == sorted(starts)
    month = [e for e in events if e.article == "kowalczyk-2016-07"]
    assert {(e.start, e.end) for e in month} == {("2016-07-01", "2016-07-31")}
    assert not month[0].certain


def spouse_articles():
    a = Builder("date 2010-05-01\nPia Lund, with her husband Erik Lund, opened the bakery.", "lund-2010")
    a.person("e1", "Pia Lund").person("e2", "Erik Lund").fact("spouse", "e1", "her husband Erik Lund", obj="e2")
    b = Builder("date 2014-08-09\nPia Lund and her husband Jon Berg cut the cake.", "lund-2014")
    b.person("e1", "Pia Lund").person("e2", "Jon Berg").fact("spouse", "e1", "her husband Jon Berg", obj="e2")
    return a, b


def test_query_conflicts_two_spouses_without_divorce(store):  # noqa: F811
    a, b = spouse_articles()
    write_batch(store, [a.build(), b.build()])
    [c] = [c for c in query.conflicts(store) if c.kind == "spouse"]
    assert c.name == "Pia Lund"
    assert (c.first.article, c.second.article) == ("lund-2010", "lund-2014")
    assert "Erik Lund" in c.detail and "Jon Berg" in c.detail


@pytest.mark.parametrize("who_divorced", ["Pia", "Erik"])
def test_query_conflicts_spouse_after_divorce_is_fine(store, who_divorced):  # noqa: F811
    a, b = spouse_articles()
    d = Builder("date 2012-02-02\nPia Lund divorced Erik Lund last year; Erik Lund divorced Pia Lund.", "lund-2012")
    d.person("e1", "Pia Lund").person("e2", "Erik Lund")
    if who_divorced == "Pia":
        d.fact("divorce", "e1", "divorced Erik Lund", obj="e2")
    else:  # stated from the other side: the person is the fact's object
        d.fact("divorce", "e2", "divorced Pia Lund", obj="e1")
    write_batch(store, [a.build(), d.build(), b.build()])
    assert [c for c in query.conflicts(store) if c.kind == "spouse"] == []
    # After the divorce, only the second marriage holds.
    spouses = [r.other for r in query.facts(store, "Pia Lund", as_of="2015-01-01") if r.relation == "spouse"]
    assert spouses == ["Jon Berg"]


def test_query_conflicts_death_then_present_tense_quote(store):  # noqa: F811
    died = Builder("date 2018-03-05\nThe poet Ivo Marek died on Sunday, aged 80.", "marek-2018")
    died.person("e1", "Ivo Marek").time("t1", "Sunday", "2018-03-04", ("2018-03-04", "2018-03-04"))
    died.fact("death", "e1", "died on Sunday", time="t1")
    past = Builder('date 2019-01-10\n"Verse is breath," Ivo Marek said in 1990.', "marek-2019")
    past.person("e1", "Ivo Marek").quote("Verse is breath,", "e1", "said")
    present = Builder('date 2020-06-01\n"I write every morning," Ivo Marek says.', "marek-2020")
    present.person("e1", "Ivo Marek").quote("I write every morning,", "e1", "says")
    write_batch(store, [died.build(), past.build(), present.build()])
    [c] = [c for c in query.conflicts(store) if c.kind == "death"]
    assert (c.first.article, c.first.text) == ("marek-2018", "died on Sunday")
    assert (c.second.article, c.second.text) == ("marek-2020", "I write every morning,")


def test_query_nested_quote_after_a_death_is_no_conflict_and_is_part_of_the_outer_quote(store):  # noqa: F811
    died = Builder("date 2018-03-05\nThe poet Ivo Marek died on Sunday, aged 80.", "marek-2018")
    died.person("e1", "Ivo Marek").time("t1", "Sunday", "2018-03-04", ("2018-03-04", "2018-03-04"))
    died.fact("death", "e1", "died on Sunday", time="t1")
    # His widow reports what he used to say: his words, quoted inside hers, at no date.
    later = Builder("date 2020-06-01\nLena Marek says: 'Ivo Marek tells everyone \"verse is breath\" still.'", "marek-2020")
    later.person("e1", "Ivo Marek").person("e2", "Lena Marek")
    later.quote("Ivo Marek tells everyone \"verse is breath\" still.", "e2", "says").quote("verse is breath", "e1", "tells")
    later.quotes[1].nested_in = "q1"
    write_batch(store, [died.build(), later.build()])
    assert [c for c in query.conflicts(store) if c.kind == "death"] == []
    # His words are part of hers: listed and counted with her quotation, not as his own.
    assert query.quotes(store, by="Ivo Marek") == []
    assert [(r.text, r.nested_in) for r in query.quotes(store, by="Lena Marek")] == [
        ("Ivo Marek tells everyone \"verse is breath\" still.", None)]


def test_query_nested_quote_counts_once_with_its_outer_quote_everywhere(db_url, tmp_path):  # noqa: F811
    from dateline import browse
    from dateline.api import Client, create_app
    from dateline.store import open_store

    b = Builder("date 2021-06-15\nRita Vale said: 'I told him \"no\" twice.' She left.", "vale-twice")
    b.person("e1", "Rita Vale", surname="Vale")
    b.quote('I told him "no" twice.', "e1", "said").quote("no", "e1", "told")
    b.quotes[1].nested_in = "q1"
    with open_store(db_url) as corpus_db:
        write_batch(corpus_db, [b.build()])
        assert [r.text for r in query.quotes(corpus_db, by="Rita Vale")] == ['I told him "no" twice.']
        assert [r.text for r in query.quotes(corpus_db)] == ['I told him "no" twice.']
        assert query.person(corpus_db, "Rita Vale")[0].quote_count == 1
        assert [e.what for e in query.timeline(corpus_db, "Rita Vale") if e.kind == "quote"] == ['Rita Vale: I told him "no" twice.']
        assert [(p.name, p.quotes) for p in browse.people(corpus_db)] == [("Rita Vale", 1)]
        assert browse.counts(corpus_db).quotes == 1
        pid = query.one_person(corpus_db, "Rita Vale")
        assert sum(m.quotes for m in browse.quotes_per_month(corpus_db, pid)) == 1
        assert sum(r.quotes for r in browse.sources(corpus_db)) == 1
        # The flat export keeps every quotation, the nested one marked as such.
        browse.export_csv(corpus_db, str(tmp_path / "export"))
        with (tmp_path / "export" / "quotes.csv").open(encoding="utf-8") as fh:
            assert [(r["quote"], r["nested_in"]) for r in csv.DictReader(fh)] == [('I told him "no" twice.', ""), ("no", "q1")]
    # The HTTP API and the explorer give the same numbers.
    site = Client(create_app(db=db_url))
    assert site.get("/api/quotes", params={"speaker": "Rita Vale"}).json()["count"] == 1
    assert [p["quotes"] for p in site.get("/api/people").json()["people"]] == [1]
    assert site.get("/api/people/Rita Vale").json()["results"][0]["quote_count"] == 1
    page = site.get(f"/people/{pid}?format=json").json()
    assert page["quote_count"] == len(page["quotes"]) == 1
    assert sum(m["quotes"] for m in page["quotes_per_month"]) == 1
    assert site.get("/?format=json").json()["counts"]["quotes"] == 1
    assert sum(r["quotes"] for r in site.get("/api/sources").json()["results"]) == 1


def test_query_merge_and_split_correct_links(filled):
    child, judge = (r.person for r in query.person(filled, "Sam Okafor"))
    with pytest.raises(QueryError, match="E305"):
        query.merge(filled, "Sam Okafor", "#1")
    query.merge(filled, f"#{child}", f"#{judge}")
    [merged] = query.person(filled, "Sam Okafor")
    assert merged.articles == 2 and any("merged by hand" in link for link in merged.links)
    new = query.split(filled, f"#{child}", ["okafor-2022-04"])
    reports = {r.person: r for r in query.person(filled, "Sam Okafor")}
    assert set(reports) == {child, new}
    assert reports[new].born[0].startswith("1954")
    with pytest.raises(QueryError, match="E304"):
        query.split(filled, f"#{new}", ["kowalczyk-2012-03"])


def test_query_hand_links_survive_reingest_of_a_changed_article(filled):
    from test_store import CORPUS

    # The linker keeps the child and the judge apart (ages 9 and 67); an editor decides the
    # 2022 article is about the child after all, then re-ingests a corrected version of it.
    child, judge = (r.person for r in query.person(filled, "Sam Okafor"))
    query.merge(filled, f"#{child}", f"#{judge}")
    text = (CORPUS / "okafor-2022-04.txt").read_text(encoding="utf-8") + "\nThis article was corrected.\n"
    b = Builder(text, "okafor-2022-04").person("e1", "Sam Okafor", surname="Okafor").age("e1", "Sam Okafor, 67", 67)
    b.quote("The families deserve a full account of what went wrong,", "e1", "said")
    result = write_batch(filled, [b.build()])
    assert result.replaced == 1
    [person] = query.person(filled, "Sam Okafor")
    assert person.person == child and person.articles == 2
    assert any("kept across re-ingest: merged by hand" in link for link in person.links)
    # A second correction keeps the link, and the reason does not grow.
    again = Builder(text + "Corrected again.\n", "okafor-2022-04").person("e1", "Sam Okafor", surname="Okafor").age("e1", "Sam Okafor, 67", 67)
    assert write_batch(filled, [again.build()]).replaced == 1
    [person] = query.person(filled, "Sam Okafor")
    assert person.person == child and person.articles == 2
    assert not any("re-ingest: kept across" in link for link in person.links)


def test_query_export_jsonl_roundtrips(filled):
    buf = io.StringIO()
    assert query.export_jsonl(filled, buf) == 7
    back = [Extraction.model_validate_json(line) for line in buf.getvalue().splitlines()]
    assert back[0] == kowalczyk()[0][1]


def test_query_export_parquet_tables(filled, tmp_path):
    import pyarrow.parquet as pq

    counts = query.export_parquet(filled, str(tmp_path / "out"))
    assert counts["articles"] == 7 and counts["quotes"] == 7
    quotes = pq.read_table(tmp_path / "out" / "quotes.parquet").to_pylist()
    assert {q["article"] for q in quotes} >= {"okafor-2021-09"} and all(q["person_id"] for q in quotes)


# -- the CLI over the same data ----------------------------------------------------------------------


def run_cli(*args: str):
    from typer.testing import CliRunner

    from dateline.cli import app

    return CliRunner().invoke(app, list(args))


def test_query_cli_formats(filled, db_url):  # noqa: F811
    result = run_cli("quotes", "--by", "Marta Kowalczyk", "--db", db_url, "--format", "json")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article"] for r in lines] == ["kowalczyk-2012-03", "kowalczyk-2016-07", "kowalczyk-2023-02"]
    result = run_cli("conflicts", "--db", db_url, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["kind"], r["first_article"], r["second_article"]) for r in rows] == [("age", "lindqvist-2015-05", "lindqvist-2019-05")]
    result = run_cli("facts", "Kowalczyk", "--as-of", "2026-11-26", "--db", db_url)
    assert result.exit_code == 0 and "55 or 56" in result.stdout
    result = run_cli("person", "Nobody Atall", "--db", db_url)
    assert result.exit_code == 1 and "E301" in result.output
    result = run_cli("search", "harbour", "--db", db_url, "--format", "json")
    assert {json.loads(line)["article"] for line in result.stdout.splitlines()} >= {"kowalczyk-2012-03"}


def test_query_facts_as_of_after_death_gives_age_at_death(store):  # noqa: F811
    b = Builder("date 2018-03-05\nThe poet Ivo Marek, 80, died on Monday.", "marek-2018")
    b.person("e1", "Ivo Marek").age("e1", "Ivo Marek, 80", 80)
    b.time("t1", "Monday", "2018-03-05", ("2018-03-05", "2018-03-05")).fact("death", "e1", "died on Monday", time="t1")
    write_batch(store, [b.build()])
    age = next(r.value for r in query.facts(store, "Ivo Marek", as_of="2026-01-01") if r.relation == "age")
    assert age == "died on 2018-03-05 aged 80"  # the same words as `dateline age` (issue 9)
    before = next(r.value for r in query.facts(store, "Ivo Marek", as_of="2017-01-01") if r.relation == "age")
    assert before == "78 or 79"
