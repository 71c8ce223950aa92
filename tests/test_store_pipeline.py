"""End to end: the fictional corpus in tests/corpus through the real pipeline into the store.

These depend on the extractors finding names and ages in plain sentences; the same behaviours are
tested on hand-built extractions in test_store.py and test_query.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline import query
from dateline.read import read_paths
from dateline.store import open_store
from dateline.store.ingest import ingest

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture(scope="module")
def ingested(nlp, tmp_path_factory):
    url = str(tmp_path_factory.mktemp("e2e") / "corpus.db")
    with open_store(url) as s:
        first = ingest(s, read_paths([CORPUS]), nlp=nlp, batch_size=3)
        again = ingest(s, read_paths([CORPUS]), nlp=nlp, batch_size=3)
    store = open_store(url)
    yield store, first, again
    store.close()


def test_store_pipeline_ingest_is_idempotent(ingested):
    store, first, again = ingested
    assert (first.added, len(first.rejected)) == (7, 0)
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 7)
    assert store.article_count() == 7


def test_store_pipeline_links_one_person_over_three_articles(ingested):
    store, _, _ = ingested
    [p] = query.person(store, "Marta Kowalczyk")
    assert p.articles == 3
    assert p.born is not None  # the three stated ages agree on a birth range


def test_store_pipeline_separates_namesakes_and_finds_age_conflict(ingested):
    store, _, _ = ingested
    assert len(query.person(store, "Sam Okafor")) == 2
    kinds = {(c.kind, c.name) for c in query.conflicts(store)}
    assert ("age", "Oskar Lindqvist") in kinds
    assert not any(name in ("Marta Kowalczyk", "Sam Okafor") for kind, name in kinds if kind == "age")


def test_store_pipeline_reingest_changed_file_replaces(nlp, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    target = src / "kowalczyk-2012-03.txt"
    target.write_text((CORPUS / "kowalczyk-2012-03.txt").read_text(encoding="utf-8"), encoding="utf-8")
    with open_store(str(tmp_path / "c.db")) as s:
        ingest(s, read_paths([src]), nlp=nlp)
        target.write_text(target.read_text(encoding="utf-8").replace("ribbon cutting", "lighthouse museum"), encoding="utf-8")
        report = ingest(s, read_paths([src, tmp_path / "missing.txt"]), nlp=nlp)
        assert (report.added, report.replaced) == (0, 1)
        assert [r.source for r in report.rejected] == [str(tmp_path / "missing.txt")]
        assert [h.article for h in query.search(s, "lighthouse museum")] == ["kowalczyk-2012-03"]
        assert query.search(s, "ribbon") == []


def test_store_pipeline_cli_ingest_lists_bad_records_and_keeps_stdout_clean(nlp, tmp_path):
    import json

    from typer.testing import CliRunner

    from dateline.cli import app

    records = tmp_path / "wire.jsonl"
    good = {"id": "wire-1", "date": "2024-02-03", "text": '"The tide waits for no one," harbourmaster Ines Poole said.'}
    records.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "wire-2", "text": "no date"}) + "\n", encoding="utf-8")
    db = str(tmp_path / "cli.db")
    result = CliRunner().invoke(app, ["ingest", str(records), str(CORPUS / "okafor-2021-09.txt"), "--db", db])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""  # progress and the summary go to stderr only
    assert "2 added, 0 replaced, 0 unchanged, 2 set aside" in result.stderr
    assert "E006" in result.stderr and "E007" in result.stderr
    with open_store(db) as s:
        assert sorted(s.article_ids()) == ["okafor-2021-09", "wire-1"]


def test_store_pipeline_sqlite_never_imports_psycopg(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['psycopg'] = None\n"
        "from dateline.store import open_store\nfrom dateline import query\n"
        f"s = open_store({str(tmp_path / 'x.db')!r}); print(len(query.search(s, 'anything'))); s.close()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"
