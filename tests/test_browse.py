"""The browsing queries (people list, counts, quotes per month, sources, CSV export, merged ids) on
both backends, against a corpus of examples/."""

from __future__ import annotations

import pytest

from dateline import browse, query
from dateline.errors import QueryError
from tests.conftest import EXAMPLES
from tests.test_store import db_url  # noqa: F401  (the two-backend fixture)


@pytest.fixture
def corpus(db_url, nlp):  # noqa: F811
    from dateline.read import read_path
    from dateline.store import open_store
    from dateline.store.ingest import ingest

    with open_store(db_url) as store:
        assert ingest(store, read_path(EXAMPLES), nlp=nlp).rejected == []
        yield store


def test_people_counts_and_months(corpus):
    rows = browse.people(corpus)
    assert [r.quotes for r in rows] == sorted((r.quotes for r in rows), reverse=True)
    mara = next(r for r in rows if r.name == "Mara Okafor")
    counts = browse.counts(corpus)
    unattributed = sum(1 for q in query.quotes(corpus) if q.person is None)
    assert counts.articles == len(list(EXAMPLES.glob("*.txt")))
    assert counts.quotes == sum(r.quotes for r in rows) + unattributed == len(query.quotes(corpus))
    months = browse.quotes_per_month(corpus, mara.person)
    assert sum(m.quotes for m in months) == mara.quotes and {m.month for m in months} >= {"2018-08", "2019-11", "2023-05"}


def test_sources_count_every_quote_and_state_gender_only_from_the_text(corpus):
    rows = browse.sources(corpus)
    assert sum(r.quotes for r in rows) == browse.counts(corpus).quotes
    assert {r.gender for r in rows} <= {"female", "male", "not stated"}
    # Nothing in the examples says what Ines Varga is: a name does not decide it.
    assert {r.gender for r in rows if r.speaker == "Ines Varga"} == {"not stated"}
    assert {r.gender for r in rows if r.speaker == "Mara Okafor"} <= {"female", "not stated"}


def test_merged_id_answers_where_it_went(corpus):
    tom = next(r.person for r in browse.people(corpus) if r.name == "Tom Reyes")
    keep = query.merge(corpus, "Tomas Reyes", "Tom Reyes")
    with pytest.raises(QueryError, match=f"E309: person #{tom} was merged into #{keep}"):
        query.person(corpus, f"#{tom}")
    assert [p.person for p in query.person(corpus, "Tom Reyes")] == [keep]


def test_export_csv_rows_are_flat(corpus, tmp_path):
    import csv

    counts = browse.export_csv(corpus, str(tmp_path))
    with (tmp_path / "quotes.csv").open(encoding="utf-8", newline="") as fh:
        quotes = list(csv.DictReader(fh))
    assert len(quotes) == counts["quotes"]
    # Every quotation is exported; a nested one is marked and is not counted apart from its outer one.
    assert len([q for q in quotes if not q["nested_in"]]) == browse.counts(corpus).quotes < len(quotes)
    assert not any(v.startswith(("[", "{")) for q in quotes for v in q.values())
