"""Hostile input (issue 12): every bad file or record ends in a one-line coded error naming it,
the good records beside it still come out, and no article text is ever read as terminal markup."""

from __future__ import annotations

import json
import os
import sys

import pytest
from typer.testing import CliRunner

from dateline import read as read_mod
from dateline.cli import app
from dateline.errors import InputError
from dateline.read import Rejected, from_dated_text, parse_date, read_path

runner = CliRunner()
GOOD = 'date 2021-04-06\nMara Voss said: "The ferry runs again on Monday."\n'


def items(path, **kw):
    got = list(read_path(path, **kw))
    return [a for a in got if not isinstance(a, Rejected)], [r for r in got if isinstance(r, Rejected)]


def no_traceback(result) -> None:
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit), result.output


# -- files ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, code",
    [
        (b"", "E003"),
        (b"   \n\t\n  ", "E003"),
        (b"date 2020-01-01\n\n  \n", "E003"),
        (bytes(range(256)) * 10, "E004"),
        (b"Just a body, no date.", "E001"),
    ],
)
def test_hostile_bad_file_is_one_coded_rejection(tmp_path, data, code):
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    good, bad = items(f)
    assert not good
    [r] = bad
    assert r.reason.startswith(f"{code}: ") and str(f) in r.reason


def test_hostile_bom_invalid_utf8_and_mixed_line_endings_still_read(tmp_path):
    f = tmp_path / "odd.txt"
    f.write_bytes(b"\xef\xbb\xbfdate 2021-04-06\r\nMara Voss arrived.\rShe left \xff early.\n")
    warnings: list[str] = []
    [art] = list(read_path(f, warn=warnings.append))
    assert art.date == "2021-04-06" and art.body.startswith("Mara Voss")
    assert [w[:4] for w in warnings] == ["E005"]


@pytest.mark.parametrize(
    "value, fragment",
    [("2020-13", "month 13"), ("2020-02-30", "day is out of range"), ("0000-05", "year 0"), ("0000", "year 0"), ("99999", "not YYYY")],
)
def test_hostile_bad_dates_are_e002(value, fragment):
    with pytest.raises(InputError) as info:
        parse_date(value, source="x.txt")
    assert info.value.code == "E002" and fragment in str(info.value)
    result = runner.invoke(app, ["extract", "-", "--date", value], input="A body.")
    assert result.exit_code == 2 and "E002" in result.output and "Traceback" not in result.output


def test_hostile_folder_sets_aside_unreadable_and_loops_and_keeps_the_good(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "z.txt").write_text(GOOD.replace("Mara", "Lena"), encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "loop").symlink_to(tmp_path)  # a symlinked folder back to the root
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    (tmp_path / "notes.txt.gz").write_bytes(b"\x1f\x8b")
    warnings: list[str] = []
    try:
        good, bad = items(tmp_path, warn=warnings.append)
    finally:
        locked.chmod(0o644)
    assert sorted(a.id for a in good) == (["a", "locked", "z"] if os.geteuid() == 0 else ["a", "z"])
    reasons = {r.source: r.reason for r in bad}
    assert "symlink loop" in reasons[str(sub / "loop")]
    assert reasons[str(tmp_path / "self.txt")].startswith("E012:")
    if os.geteuid() != 0:  # root reads any file; elsewhere the unreadable one must be named
        assert reasons[str(locked)].startswith("E012:") and "ermission" in reasons[str(locked)]
    assert any(w.startswith("E013:") and "notes.txt.gz" in w for w in warnings)


def test_hostile_symlink_to_itself_given_directly_is_not_no_such_file(tmp_path):
    f = tmp_path / "self.txt"
    f.symlink_to(f)
    [r] = list(read_path(f))
    assert r.reason.startswith("E012:") and "symlink" in r.reason


def test_hostile_oversized_article_is_e011_and_the_rest_go_on(tmp_path, monkeypatch):
    monkeypatch.setattr(read_mod, "MAX_ARTICLE_CHARS", 1_000)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "big.txt").write_text("date 2021-01-01\n" + "word " * 2_000, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "huge", "date": "2021", "text": "x " * 1_000}) + "\n" + json.dumps({"id": "ok", "date": "2021", "text": "Fine."}) + "\n",
        encoding="utf-8",
    )
    good, bad = items(tmp_path)
    assert sorted(a.id for a in good) == ["a", "ok"]
    assert sorted(r.reason[:4] for r in bad) == ["E011", "E011"]
    assert any("big.txt" in r.reason for r in bad) and any("b.jsonl:1" in r.reason for r in bad)


# -- JSON Lines -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, code, fragment",
    [
        ('{"id": "t", "date": "2021", "text": "Hi.", "title": 123}', "E015", "'title' must be a string or null, not a number"),
        ('{"id": "t", "date": "2021", "text": "Hi.", "url": {"a": 1}}', "E015", "'url'"),
        ('{"id": null, "date": "2021", "text": "Hi."}', "E015", "'id'"),
        ('{"id": "t", "date": 2021, "text": "Hi."}', "E015", "'date'"),
        ('{"id": "t", "date": "2021", "text": ["Hi."]}', "E015", "'text'"),
        ("[" * 100_000, "E006", "nested too deeply"),
        ('{"id": "t", "date": "2021", "text": "a\\u0000b"}', "E004", "NUL"),
        ('{"id": "t", "date": "2021", "text": "a\\ud800b"}', "E014", "surrogate"),
        ('{"id": "t", "date": "0000", "text": "Hi."}', "E002", "year 0"),
        ("{broken", "E006", "line 2"),
    ],
)
def test_hostile_jsonl_bad_line_between_good_ones(tmp_path, line, code, fragment):
    f = tmp_path / "mix.jsonl"
    good = [json.dumps({"id": f"g{i}", "date": "2021-05", "text": f"Line {i} is fine."}) for i in (1, 3)]
    f.write_text("\n".join([good[0], line, good[1]]) + "\n", encoding="utf-8")
    ok, bad = items(f)
    assert [a.id for a in ok] == ["g1", "g3"]
    [r] = bad
    assert r.reason.startswith(code + ":") and fragment in r.reason and "mix.jsonl" in r.reason


def test_hostile_jsonl_id_null_never_becomes_none(tmp_path):
    f = tmp_path / "n.jsonl"
    f.write_text('{"id": null, "date": "2021", "text": "Hi."}\n', encoding="utf-8")
    ok, _ = items(f)
    assert not ok


# -- CLI: one-line errors, no markup ---------------------------------------------------------------


def test_hostile_binary_on_stdin_is_a_one_line_e004():
    result = runner.invoke(app, ["extract", "-"], input=bytes(range(256)) * 12)
    assert result.exit_code == 1
    assert "E004: <stdin>" in result.output and "Traceback" not in result.output


def test_hostile_extract_folder_skips_bad_file_with_markup_path_and_extracts_good(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "d[").mkdir()
    (tmp_path / "d[" / "x].txt").write_text("no date here", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "E001" in result.stderr and "d[/x].txt" in result.stderr
    assert [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()] == ["a"]


@pytest.mark.parametrize("fmt", ["text", "json", "html"])
def test_hostile_markup_in_text_and_id_is_printed_literally(tmp_path, fmt, nlp):
    payload = 'Mara Voss said: "[link=https://evil.example]click here[/link] and [/x] [bold]now[/bold]."'
    f = tmp_path / "m.jsonl"
    f.write_text(json.dumps({"id": "[/x][link=https://evil.example]id[/link]", "date": "2021-04-06", "text": payload}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(f), "-f", fmt], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "json":
        data = json.loads(out)
        assert data["article"]["id"] == "[/x][link=https://evil.example]id[/link]"
        assert any("[link=https://evil.example]click here[/link]" in q["text"] for q in data["quotes"])
    elif fmt == "html":
        assert "[link=https://evil.example]" in out and "href=\"https://evil" not in out and "href=.https://evil" not in out
    else:
        assert "[link=https://evil.example]click here[/link]" in out
        assert "[/x][link=https://evil.example]id[/link]" in out
        assert "\x1b]8;" not in out  # no terminal hyperlink escape


def test_hostile_rejected_reason_holding_markup_prints_literally(tmp_path):
    f = tmp_path / "r.jsonl"
    f.write_text('{"id": "[/x]", "date": "2021-13", "text": "[link=https://evil.example]x[/link]"}\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(f)])
    assert result.exit_code == 1 and "E002" in result.stderr and "Traceback" not in result.output


def test_hostile_extreme_article_dates_leave_relative_times_unresolved(nlp):
    from dateline.pipeline import extract_article

    text = "Yesterday Mara Voss said the vote comes next year, in two weeks and on Monday. Last month it rained."
    for value in ("0001-01-01", "9999-12-31", "0001", "9999", "9999-12"):
        art = from_dated_text(text, source=f"{value}.txt", date=value)
        ex = extract_article(art, nlp=nlp)
        assert ex.times, value
        for t in ex.times:
            assert text[t.start : t.end] == t.text


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_hostile_ingest_folder_with_bad_files_stores_the_good(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "b.jsonl").write_text('{"id": "t", "date": "2021", "text": "Hi.", "title": 123}\n' + "[" * 50_000 + "\n", encoding="utf-8")
    (tmp_path / "in" / "c.txt").write_text(GOOD.replace("Mara", "Ilse"), encoding="utf-8")
    db = str(tmp_path / "c.db")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db, "-q"])
    assert result.exit_code == 0, result.output
    assert "2 added" in result.stderr and "2 set aside" in result.stderr
    assert "E015" in result.stderr and "E006" in result.stderr


# -- long articles: parsed in chunks, offsets exact ----------------------------------------------


def test_nlp_chunk_bounds_cover_the_text_at_paragraph_breaks():
    from dateline.chunks import chunk_bounds

    text = ("One paragraph here.\n\n" * 40) + "x" * 700 + " tail"
    bounds = chunk_bounds(text, 300)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    assert all(0 < e - s <= 300 for s, e in bounds)
    assert text[bounds[0][0] : bounds[0][1]].endswith("\n\n")


def test_nlp_long_article_parsed_in_chunks_gives_the_same_extraction(nlp):
    from dateline import nlp as nlp_mod
    from dateline.pipeline import extract_doc

    para = 'Mara Voss said: "The ferry runs again on Monday." Officials in Lisbon agreed on Tuesday.\n\n'
    art = from_dated_text("date 2021-04-06\n" + para * 12, source="long.txt")
    [whole] = nlp_mod.pipe([art], nlp=nlp)
    [parts] = nlp_mod.pipe([art], nlp=nlp, max_chars=400)
    assert parts.text == whole.text and len(parts.text) == len(art.text)
    a, b = extract_doc(whole, art), extract_doc(parts, art)
    assert len(a.quotes) == 12
    assert [(q.spans, q.speaker, q.text) for q in a.quotes] == [(q.spans, q.speaker, q.text) for q in b.quotes]
    assert [(t.start, t.end, t.value) for t in a.times] == [(t.start, t.end, t.value) for t in b.times]


def test_read_html_headline_goes_to_title_and_paragraphs_stay_paragraphs(tmp_path):
    f = tmp_path / "p.html"
    f.write_text(
        '<html><head><title>Ferry returns</title><meta name="date" content="2023-05-16"></head><body><article>'
        "<h1>Ferry returns to the harbour</h1><p>Mara Voss said the ferry would run again on Monday after the repairs.</p>"
        '<p>"We are ready," said Ilse Brandt, who runs the ticket office at the harbour.</p></article></body></html>',
        encoding="utf-8",
    )
    [art] = list(read_path(f))
    assert art.title == "Ferry returns to the harbour"
    assert art.body.startswith("Mara Voss") and "\n\n\"We are ready,\"" in art.body
