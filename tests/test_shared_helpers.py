"""Helpers that replaced repeated copies: ``cli.common.load_model`` (every command that loads
the model fails the same way on an unknown one), ``query.output.csv_text`` (the CSV of the query
exports and of the web pages) and ``eval.polnear._speaker_ranges``. Fictional text of our own."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.query.output import csv_text, to_csv

runner = CliRunner()
ARTICLE = "date 2023-06-14\nIsolde Marrack, 58, said on Tuesday that the ferry would run again in July.\n"


@pytest.mark.parametrize("command", [
    ["extract", "{f}"],
    ["timeml", "{f}"],
    ["age", "Isolde Marrack", "{f}", "--on", "2024-01-01"],
    ["ingest", "{f}", "--db", "{db}"],
    ["eval", "gap", "{f}"],
    ["eval", "times", "{d}"],
])
def test_every_command_fails_the_same_way_on_an_unknown_model(tmp_path, command):
    f = tmp_path / "ferry.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    d = tmp_path / "tml"
    d.mkdir()
    (d / "a.tml").write_text("<TimeML><TEXT>On Tuesday.</TEXT></TimeML>", encoding="utf-8")
    args = [a.format(f=f, d=d, db=tmp_path / "c.db") for a in command] + ["--model", "xx_no_such_pipeline"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, (args, result.output)
    assert "E102" in result.stderr and "xx_no_such_pipeline" in result.stderr


@dataclass
class _Row:
    name: str
    ages: list
    evidence: dict


def test_csv_text_writes_the_first_row_s_keys_as_the_header():
    assert csv_text([]) == ""
    assert csv_text([{"name": "Isolde Marrack", "age": 58}, {"name": "Oren Pask", "age": 7}]) == (
        "name,age\nIsolde Marrack,58\nOren Pask,7\n")
    assert csv_text([{"quote": 'the ferry "will run", she said'}]) == 'quote\n"the ferry ""will run"", she said"\n'
    # the query exports flatten their records first, then write them the same way
    rows = [_Row("Oren Pask", [7, 8], {"start": 3, "end": 9})]
    assert to_csv(rows) == "name,ages,evidence_start,evidence_end\nOren Pask,7; 8,3,9\n"


def test_speaker_ranges_are_the_speaker_mention_then_the_entity_s_mentions(nlp):
    from dateline.eval.polnear import _speaker_ranges
    from tests.test_facts_families import _run

    text = ("date 2023-06-14\nIsolde Marrack runs the ferry. \"It will sail again in July,\" Marrack said. "
            "Harbour staff agreed with her.\n")
    ex, _ = _run(nlp, text)
    by_id = {e.id: e for e in ex.entities}
    quote = next(q for q in ex.quotes if q.kind == "direct")
    ranges = _speaker_ranges(quote, by_id)
    assert ranges[0] == (quote.speaker_mention.start, quote.speaker_mention.end)
    assert text[ranges[0][0] : ranges[0][1]] == "Marrack"
    assert {text[s:e] for s, e in ranges[1:]} >= {"Isolde Marrack", "Marrack"}
    # no speaker: no ranges
    assert _speaker_ranges(quote.model_copy(update={"speaker": None, "speaker_mention": None}), by_id) == []
