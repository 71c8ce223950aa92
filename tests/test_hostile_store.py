"""Hostile use of the corpus (issue 12), on SQLite and PostgreSQL: processes racing to create one
new database, person ids past 64 bits, full-text syntax and oversized searches, runaway queries."""

from __future__ import annotations

import multiprocessing

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.errors import QueryError
from dateline.link import write_batch
from dateline.model import Entity, Extraction, Mention
from dateline.read import from_dated_text
from dateline.store import open_store
from tests.test_store import drop_schema, fresh_url

runner = CliRunner()
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _extraction(article, name: str) -> Extraction:
    start = article.text.index(name)
    mention = Mention(start=start, end=start + len(name), text=name)
    return Extraction(article=article.meta(), entities=[Entity(id="e1", name=name, type="PERSON", mentions=[mention])])


def _writer(url: str, n: int, barrier) -> None:
    barrier.wait(timeout=60)
    own = from_dated_text(f"date 2021-05-0{n + 1}\nWriter{n} Kell spoke.", source=f"own{n}.txt")
    shared = from_dated_text("date 2021-05-09\nShared Ansel spoke.", source="shared.txt")
    with open_store(url) as store:
        write_batch(store, [(own, _extraction(own, f"Writer{n} Kell")), (shared, _extraction(shared, "Shared Ansel"))])


@pytest.mark.parametrize("backend", BACKENDS)
def test_store_two_processes_create_one_new_database_nothing_lost(backend, tmp_path):
    trials = 12 if backend == "sqlite" else 6
    ctx = multiprocessing.get_context("fork")
    for trial in range(trials):
        if backend == "sqlite":
            url, schema = str(tmp_path / f"race{trial}.db"), None
        else:
            url, schema = fresh_url("postgres", tmp_path)
        try:
            barrier = ctx.Barrier(2)
            procs = [ctx.Process(target=_writer, args=(url, n, barrier)) for n in range(2)]
            for p in procs:
                p.start()
            for p in procs:
                p.join(120)
            assert [p.exitcode for p in procs] == [0, 0], f"trial {trial}: a process failed"
            with open_store(url) as store:
                assert sorted(store.article_ids()) == ["own0", "own1", "shared"], f"trial {trial}"
                assert store.one("SELECT COUNT(*) AS n FROM schema_version")["n"] == store.schema_version()
        finally:
            drop_schema(schema)


@pytest.fixture(params=BACKENDS)
def corpus_url(request, tmp_path):
    url, schema = fresh_url(request.param, tmp_path)
    arts = [from_dated_text(f"date 2021-04-0{i}\nMara Voss said the ferry runs on day {i}.", source=f"a{i}.txt") for i in range(1, 4)]
    with open_store(url) as store:
        write_batch(store, [(a, _extraction(a, "Mara Voss")) for a in arts])
    yield url
    drop_schema(schema)


@pytest.mark.parametrize("command", [["person"], ["timeline"], ["facts", "--as-of", "2021-01-01"], ["quotes", "--by"]])
def test_cli_huge_person_id_is_no_match_not_a_crash(corpus_url, command):
    args = command[:1] + (["--by", "#99999999999999999999"] if command[-1] == "--by" else ["#99999999999999999999", *command[1:]])
    result = runner.invoke(app, [*args, "--db", corpus_url])
    assert result.exit_code == 1 and "E301" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("q", ['"unbalanced', "AND OR NOT", "*", "NEAR(", "ferry NEAR(x", "'; DROP TABLE quotes; --", '"ferry" OR "1"="1"'])
def test_cli_search_fts_syntax_is_a_result(corpus_url, q):
    result = runner.invoke(app, ["search", q, "--db", corpus_url, "-f", "json"])
    assert result.exit_code == 0, result.output
    with open_store(corpus_url) as store:
        assert store.article_count() == 3


@pytest.mark.parametrize("q, unit", [("ferry " * 33, "words"), ("x" * 10_000, "characters"), ("fer\x00ry", None)])
def test_cli_search_too_long_or_nul_is_a_clear_error(corpus_url, q, unit):
    result = runner.invoke(app, ["search", q, "--db", corpus_url])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert ("E306" in result.output and unit in result.output) if unit else "E308" in result.output


def test_cli_search_repeated_word_pages(corpus_url):
    full = runner.invoke(app, ["search", "ferry ferry ferry", "--db", corpus_url, "-f", "json", "--limit", "5"])
    page = runner.invoke(app, ["search", "ferry", "--db", corpus_url, "-f", "json", "--limit", "1", "--offset", "1"])
    assert full.exit_code == 0 and page.exit_code == 0
    articles = [line for line in full.stdout.splitlines() if '"article"' in line and '"kind": "article"' in line]
    assert len(articles) == 3
    assert len(page.stdout.splitlines()) == 1 and page.stdout.splitlines()[0] == articles[1]


def test_store_runaway_query_is_stopped(corpus_url):
    with open_store(corpus_url) as store:
        store.bound(0.2)
        if store.backend == "sqlite":
            slow = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000000) SELECT COUNT(*) AS n FROM c"
        else:
            slow = "SELECT pg_sleep(3) AS n"
        with pytest.raises(QueryError, match="E307"):
            store.rows(slow)
        assert store.article_count() == 3  # the connection still answers



def test_store_runaway_write_is_stopped_with_a_clear_error(corpus_url):
    """A write past the time limit ends in E312 and changes nothing; the connection goes on."""
    with open_store(corpus_url) as store:
        store.bound(0.2)
        if store.backend == "sqlite":
            slow = ("INSERT INTO people (name, norm, type) WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1"
                    " FROM c WHERE x < 100000000) SELECT 'P' || x, 'p', 'PERSON' FROM c")
        else:
            slow = "INSERT INTO people (name, norm, type) SELECT 'P', 'p', 'PERSON' FROM pg_sleep(3)"
        before = store.one("SELECT COUNT(*) AS n FROM people")["n"]
        with pytest.raises(QueryError, match="E312"):
            with store.transaction():
                store.execute("UPDATE people SET manual = 1")
                store.execute(slow)
        assert store.one("SELECT COUNT(*) AS n FROM people")["n"] == before
        assert store.one("SELECT COUNT(*) AS n FROM people WHERE manual = 1")["n"] == 0  # rolled back
        with pytest.raises(QueryError, match="E312"):
            store.execute(slow)  # outside a transaction too
        assert store.article_count() == 3
