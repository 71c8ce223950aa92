"""The first hour of a new user: people list, merge preview, missing corpus, flat CSV, help and
version, relation direction, one entity type everywhere. Runs against a corpus of examples/."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from tests.conftest import EXAMPLES


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, list(args), input=stdin)


@pytest.fixture()
def db(tmp_path, nlp):
    from dateline.read import read_path
    from dateline.store import open_store
    from dateline.store.ingest import ingest

    path = str(tmp_path / "examples.db")
    with open_store(path) as store:
        assert ingest(store, read_path(EXAMPLES), nlp=nlp).rejected == []
    return path


def pid_of(db: str, name: str) -> int:
    rows = [json.loads(line) for line in run("people", "--db", db, "-f", "json").stdout.splitlines()]
    return next(r["person"] for r in rows if r["name"] == name)


def test_version_and_short_help():
    from dateline import __version__

    assert run("--version").stdout.strip() == f"dateline {__version__}"
    short = run("search", "-h")
    assert short.exit_code == 0 and "--db" in short.stdout


def test_help_reads_as_flags_not_python_types():
    for command in ([], ["extract"], ["ingest"], ["quotes"], ["export"]):
        text = run(*command, "--help").stdout
        assert "<bool>" not in text and "<list[" not in text and "<str>" not in text and "{paths}" not in text
    assert "PATHS..." in run("ingest", "--help").stdout


@pytest.mark.parametrize("command", [["search", "baby"], ["people"], ["person", "Okafor"], ["conflicts"],
                                     ["quotes"], ["export", "-f", "jsonl"], ["timeline", "Okafor"]])
def test_a_missing_corpus_is_an_error_and_is_not_created(tmp_path, command):
    typo = tmp_path / "typo.db"
    result = run(*command, "--db", str(typo))
    assert result.exit_code == 1
    assert f"E204: no corpus at {typo}; create one with dateline ingest" in " ".join(result.output.split())
    assert not typo.exists()


def test_people_lists_ids_counts_and_sorts(db):
    rows = list(csv.DictReader(io.StringIO(run("people", "--db", db, "-f", "csv").stdout)))
    assert set(rows[0]) == {"person", "name", "type", "articles", "quotes"}
    by_quotes = [int(r["quotes"]) for r in rows]
    assert by_quotes == sorted(by_quotes, reverse=True)
    mara = next(r for r in rows if r["name"] == "Mara Okafor")
    assert int(mara["articles"]) >= 4 and int(mara["quotes"]) >= 3
    names = [json.loads(line)["name"] for line in run("people", "--db", db, "-f", "json", "--sort", "name").stdout.splitlines()]
    assert names == sorted(names)


def test_merge_previews_and_asks_then_the_old_id_says_where_it_went(db):
    keep, other = pid_of(db, "Tomas Reyes"), pid_of(db, "Tom Reyes")
    refused = run("merge", "Tomas Reyes", "Tom Reyes", "--db", db, stdin="n\n")
    assert refused.exit_code == 1 and "Tom Reyes" in refused.output and "nothing merged" in refused.output
    assert pid_of(db, "Tom Reyes") == other
    done = run("merge", "Tomas Reyes", "Tom Reyes", "--db", db, "--yes")
    assert done.exit_code == 0, done.output
    gone = run("person", f"#{other}", "--db", db)
    assert gone.exit_code == 1 and f"merged into #{keep} (Tomas Reyes)" in gone.output


def test_quotes_take_any_subset_of_filters(db):
    from dateline.api import Client, create_app

    on_instagram = [json.loads(line) for line in run("quotes", "--channel", "instagram", "--db", db, "-f", "json").stdout.splitlines()]
    assert len({q["speaker"] for q in on_instagram}) >= 3 and {q["channel"] for q in on_instagram} == {"Instagram"}
    everything = run("quotes", "--db", db, "-f", "json").stdout.splitlines()
    assert len(everything) > len(on_instagram)
    api = Client(create_app(db=db))
    r = api.get("/api/quotes", params={"channel": "instagram"})
    assert r.status_code == 200 and r.json()["count"] == len(on_instagram)
    bad = api.get("/api/quotes", params={"since": "2020-13-01"}).json()["error"]
    assert bad["code"] == "E302" and "since" in bad["message"] and "--" not in bad["message"]


def test_export_csv_has_flat_quote_and_people_rows(db, tmp_path):
    out = tmp_path / "csv"
    result = run("export", "--format", "csv", "-o", str(out), "--db", db)
    assert result.exit_code == 0, result.output
    quotes = list(csv.DictReader(io.StringIO((out / "quotes.csv").read_text(encoding="utf-8"))))
    assert {"quote", "speaker", "speaker_id", "cue", "channel", "article", "date", "title", "url"} <= set(quotes[0])
    assert any(q["speaker"] == "Mara Okafor" and q["date"] == "2018-08-04" for q in quotes)
    people = list(csv.DictReader(io.StringIO((out / "people.csv").read_text(encoding="utf-8"))))
    mara = next(p for p in people if p["name"] == "Mara Okafor")
    assert "Okafor" in mara["aliases"].split("; ")
    person_csv = run("person", "Mara Okafor", "--db", db, "-f", "csv").stdout
    assert '[{"' not in person_csv and "[\"" not in person_csv


def test_relations_read_with_their_direction(db):
    text = run("person", "Tomas Reyes", "--db", db).stdout
    assert "Kofi" in text and any(line.strip().startswith("Kofi") and "— child of — Tomas Reyes" in line for line in text.splitlines())
    mara = run("person", "Mara Okafor", "--db", db).stdout
    assert any("Mara Okafor — child of — Samuel Okafor" in line or "Samuel Okafor" in line and "— parent of — Mara Okafor" in line
               for line in mara.splitlines())


def test_age_with_two_namesakes_is_ambiguous():
    result = run("age", "Okafor", str(EXAMPLES), "--on", "2026-11-26")
    assert result.exit_code == 1 and "ambiguous" in result.output
    assert "Mara Okafor" in result.output and "Samuel Okafor" in result.output
    single = run("age", "Mara Okafor", str(EXAMPLES), "--on", "2026-11-26")
    assert single.exit_code == 0 and "34 or 35" in single.stdout


def test_entity_type_is_the_same_in_extraction_store_and_parquet(db, tmp_path):
    from dateline.store import open_store

    with open_store(db) as store:
        pairs = {(r["name"], r["etype"], r["ptype"]) for r in store.rows(
            "SELECT e.name, e.type AS etype, p.type AS ptype FROM entities e JOIN people p ON p.pid = e.person_id")}
    assert ("Instagram", "ORG_OR_PRODUCT", "ORG_OR_PRODUCT") in pairs
    assert all(e == p for _, e, p in pairs)
    pq = pytest.importorskip("pyarrow.parquet")
    run("export", "--format", "parquet", "-o", str(tmp_path / "pq"), "--db", db)
    people = pq.read_table(tmp_path / "pq" / "people.parquet").to_pylist()
    assert next(p["type"] for p in people if p["name"] == "Instagram") == "ORG_OR_PRODUCT"


@pytest.mark.parametrize("command", [["extract", str(EXAMPLES), "-f", "json"], ["ingest", str(EXAMPLES)]])
def test_progress_bar_has_total_and_eta_on_a_terminal_only(tmp_path, monkeypatch, command):
    from rich.console import Console

    from dateline.cli import common

    n = len(list(EXAMPLES.glob("*.txt")))
    for quiet, terminal in ((False, True), (True, True), (False, False)):
        buf = io.StringIO()
        monkeypatch.setattr(common, "err", Console(file=buf, force_terminal=terminal, width=150))
        extra = ["--db", str(tmp_path / f"p{quiet}{terminal}.db")] if command[0] == "ingest" else []
        result = run(*command, *extra, *(["--quiet"] if quiet else []))
        assert result.exit_code == 0, result.output
        shown = buf.getvalue()
        if terminal and not quiet:
            assert f"{n}/{n}" in shown and "ETA" in shown
        else:
            assert "ETA" not in shown and f"/{n}" not in shown
