"""The extract command: formats, batching over several articles, and bad input."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dateline.cli import app
from tests.conftest import EXAMPLES

runner = CliRunner()


def test_cli_extract_json_contract_on_example():
    result = runner.invoke(app, ["extract", str(EXAMPLES / "harbor-2023-05.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    [line] = result.stdout.strip().splitlines()
    data = json.loads(line)
    assert set(data) >= {"article", "entities", "quotes", "times", "facts"}
    art = data["article"]
    assert (art["id"], art["date"], art["date_precision"]) == ("harbor-2023-05", "2023-05", "month")
    text = (EXAMPLES / "harbor-2023-05.txt").read_text(encoding="utf-8")
    assert text[art["body_start"] :].startswith("Olympic swimmer")
    for ent in data["entities"]:
        for m in ent["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    for q in data["quotes"]:
        for s in q["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(text)


def test_cli_extract_several_articles_print_json_lines(tmp_path):
    (tmp_path / "a.txt").write_text("date 2021-01-05\nNadia Fell said: \"We won.\"", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "j1", "date": "2021-02", "text": "Omar Quist spoke."})
        + "\n{broken\n"
        + json.dumps({"id": "j2", "date": "2021-03-09", "text": "Rita Vance smiled."})
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text("date 2020-13\nBad month.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0
    ids = [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()]
    assert ids == ["a", "j1", "j2"]
    assert "b.jsonl: line 2:" in result.stderr and "not valid JSON" in result.stderr
    assert "c.txt" in result.stderr and "month 13" in result.stderr
    assert "3 article(s) extracted, 2 set aside" in result.stderr


def test_cli_extract_text_report_names_the_article():
    result = runner.invoke(app, ["extract", str(EXAMPLES / "harbor-2023-05.txt")])
    assert result.exit_code == 0
    assert "harbor-2023-05" in result.stdout and "Who said what" in result.stdout


def test_cli_extract_plain_text_needs_date(tmp_path):
    f = tmp_path / "plain.txt"
    f.write_text("Lena Brook said hello.", encoding="utf-8")
    missing = runner.invoke(app, ["extract", str(f), "--format", "json"])
    assert missing.exit_code == 1 and "plain.txt" in missing.stderr and "--date" in missing.stderr
    given = runner.invoke(app, ["extract", str(f), "--date", "2022-06-01", "--format", "json"])
    assert given.exit_code == 0 and json.loads(given.stdout)["article"]["date_precision"] == "day"


def test_cli_extract_bad_date_flag_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["extract", str(EXAMPLES / "harbor-2023-05.txt"), "--date", "2022-02-31"])
    assert result.exit_code == 2 and "--date" in result.output


def test_cli_extract_unknown_model_fails_clearly():
    result = runner.invoke(app, ["extract", str(EXAMPLES / "harbor-2023-05.txt"), "--model", "xx_no_such_pipeline"])
    assert result.exit_code == 1 and "xx_no_such_pipeline" in result.stderr and "E102" in result.stderr


def test_cli_extract_model_option_accepts_blank_pipeline_name(tmp_path):
    # Any installed pipeline loads via --model; a package path works the same way as a name.
    import spacy

    path = tmp_path / "blank_en"
    spacy.blank("en").to_disk(path)
    result = runner.invoke(app, ["extract", str(EXAMPLES / "harbor-2023-05.txt"), "--model", str(path), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["article"]["id"] == "harbor-2023-05"


def test_cli_schema_doc_is_current():
    from tests.conftest import ROOT

    result = runner.invoke(app, ["schema"])
    published = (ROOT / "docs" / "extraction.schema.json").read_text(encoding="utf-8")
    assert json.loads(result.stdout) == json.loads(published), "run `make schema` to refresh docs/extraction.schema.json"


def test_public_api_all_matches_exports():
    import types

    import dateline

    # dir(), not vars(): extract and extract_many are imported on first use (they import spaCy).
    public = {n for n in dir(dateline) if not n.startswith("_") and not isinstance(getattr(dateline, n), types.ModuleType)}
    assert public == set(dateline.__all__) - {"__version__"}
    assert callable(dateline.extract), "dateline.extract is the function"
    # The stages live in dateline.extractors, so importing one never shadows the function.
    import dateline.extractors.entities as entities_module

    assert callable(entities_module.extract_entities) and callable(dateline.extract)


def test_cli_extract_html_pages_for_two_files_with_one_id(tmp_path):
    # Two folders may hold files of the same name, so the same article id: each page must
    # still show its own article's text.
    for folder, name in (("a", "Nadia Fell"), ("b", "Omar Quist")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(f'date 2021-01-05\n{name} said: "We won."', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a" / "same.txt"), str(tmp_path / "b" / "same.txt"), "--format", "html"])
    assert result.exit_code == 0, result.output
    pages = [p for p in result.stdout.split("<!doctype html>") if p.strip()]
    assert len(pages) == 2
    assert "Nadia Fell" in pages[0] and "Omar Quist" not in pages[0]
    assert "Omar Quist" in pages[1] and "Nadia Fell" not in pages[1]
