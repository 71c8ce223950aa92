"""`dateline age` and `dateline eval facts` from the command line (in-process)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import app

GOLD_DIR = Path(__file__).resolve().parent / "gold"
runner = CliRunner()


def test_facts_cli_age_seed_luna(nlp, seed_text):
    from tests.conftest import SEED

    result = runner.invoke(app, ["age", "Luna", "--on", "2026-11-26", str(SEED)])
    assert result.exit_code == 0, result.output
    assert "10 or 11" in result.output
    assert "Luna, 4" in result.output


def test_facts_cli_age_json_and_case_insensitive(nlp):
    result = runner.invoke(app, ["age", "vitale", "--on", "2026-11-26", "--format", "json", str(GOLD_DIR / "birth-2022-06.txt")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["born_between"] == ["1990-06-02", "1991-06-30"]
    assert data["answer"] == "35 or 36"
    assert data["evidence"][0]["evidence"]["text"] == "Vitale, 31"


def test_facts_cli_age_intersects_consistent_articles(nlp, tmp_path):
    (tmp_path / "a.txt").write_text("date 2020-10\nMaria Lopez, 4, started school this month, her mother said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2021-06-15\nMaria Lopez, 5, won a drawing prize, her teacher said.\n", encoding="utf-8")
    result = runner.invoke(app, ["age", "Maria Lopez", "--on", "2026-11-26", "--format", "json", str(tmp_path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["born_between"] == ["2015-10-02", "2016-06-15"]
    assert len(data["evidence"]) == 2


def test_facts_cli_age_conflict_exits_nonzero(nlp, tmp_path):
    (tmp_path / "a.txt").write_text("date 2020-10\nMaria Lopez, 4, started school this month, her mother said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2020-11-02\nMaria Lopez, 9, won a drawing prize, her teacher said.\n", encoding="utf-8")
    result = runner.invoke(app, ["age", "Maria Lopez", "--on", "2026-11-26", str(tmp_path)])
    assert result.exit_code == 3
    assert "conflict" in result.output
    assert "Maria Lopez, 4" in result.output and "Maria Lopez, 9" in result.output


def test_facts_cli_age_unknown_person(nlp):
    result = runner.invoke(app, ["age", "Nobody Here", "--on", "2026-11-26", str(GOLD_DIR / "birth-2022-06.txt")])
    assert result.exit_code == 1


def test_facts_cli_age_bad_date(nlp):
    result = runner.invoke(app, ["age", "Teo", "--on", "26/11/2026", str(GOLD_DIR / "birth-2022-06.txt")])
    assert result.exit_code == 2


def test_facts_cli_eval_facts_seed(nlp, seed_text):
    from tests.conftest import SEED

    result = runner.invoke(app, ["eval", "facts", str(SEED.parent), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["total"]["recall"] == 100.0
    assert data["born_between_exact"] == [3, 3]
