"""Readers: the dated format, plain text with --date, JSONL, directories and bad input."""

from __future__ import annotations

import json

import pytest

from dateline.errors import InputError
from dateline.read import Rejected, from_dated_text, parse_date, read_path


def test_read_header_on_same_line_as_body():
    text = " date 2020-10 Ana Lima said hello."
    art = from_dated_text(text, source="a.txt")
    assert (art.date, art.date_precision) == ("2020-10", "month")
    assert art.body == "Ana Lima said hello."
    assert text[art.body_start :].startswith("Ana")


def test_read_header_on_its_own_line_day_precision():
    art = from_dated_text("date 2021-03-04\n\nBody here.", source="b.txt")
    assert (art.date, art.date_precision, art.body) == ("2021-03-04", "day", "Body here.")


def test_read_header_never_reaches_nlp_text():
    from dateline.nlp import nlp_text

    art = from_dated_text(" date 2020-10 Ana spoke.", source="a.txt")
    shown = nlp_text(art)
    assert "date" not in shown and "2020" not in shown
    assert len(shown) == len(art.text) and shown[art.body_start :] == art.body


@pytest.mark.parametrize(
    "value, reason",
    [("2020-13", "month 13"), ("2021-02-30", "day is out of range"), ("20-1-1", "not YYYY")],
)
def test_read_invalid_date_names_file_and_reason(value, reason):
    with pytest.raises(InputError) as info:
        from_dated_text(f"date {value}\nBody.", source="bad.txt")
    assert "bad.txt" in str(info.value) and reason in str(info.value) and info.value.code == "E002"


def test_read_missing_date_asks_for_flag():
    with pytest.raises(InputError, match="--date"):
        from_dated_text("Just a body.", source="plain.txt")


def test_read_plain_text_with_date_flag():
    art = from_dated_text("Just a body.", source="plain.txt", date="2019-07-01")
    assert (art.date, art.date_precision, art.body_start) == ("2019-07-01", "day", 0)


def test_read_header_wins_over_date_flag():
    assert from_dated_text("date 2020-10\nBody.", source="x", date="2019-01-01").date == "2020-10"


def test_read_empty_body_is_an_error():
    with pytest.raises(InputError, match="body is empty"):
        from_dated_text("date 2020-10\n   \n", source="empty.txt")


def test_read_binary_file_rejected(tmp_path):
    f = tmp_path / "img.txt"
    f.write_bytes(b"\x89PNG\0\0\0")
    [item] = list(read_path(f))
    assert isinstance(item, Rejected) and "not a text file" in item.reason and "img.txt" in item.reason


def test_read_invalid_utf8_warns_and_replaces(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("date 2020-10\nCaf\xe9 owner spoke.".encode("latin-1"))
    warnings: list[str] = []
    [art] = list(read_path(f, warn=warnings.append))
    assert "\ufffd" in art.text
    assert len(warnings) == 1 and "latin.txt" in warnings[0] and "UTF-8" in warnings[0]


def test_read_jsonl_keeps_going_past_bad_lines(tmp_path):
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a", "date": "2020-01-02", "text": "First body."}),
        "{not json",
        json.dumps({"id": "b", "date": "2020-13", "text": "Bad date."}),
        json.dumps({"id": "c", "text": "No date."}),
        json.dumps({"id": "d", "date": "2020", "text": "Last body.", "title": "T"}),
    ]
    f.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_path(f))
    good = [i.id for i in items if not isinstance(i, Rejected)]
    bad = [i for i in items if isinstance(i, Rejected)]
    assert good == ["a", "d"]
    assert [b.source.rsplit(":", 1)[1] for b in bad] == ["2", "3", "4"]
    assert "not valid JSON" in bad[0].reason and "month" in bad[1].reason and "missing date" in bad[2].reason


def test_read_jsonl_offsets_index_text_field(tmp_path):
    f = tmp_path / "one.jsonl"
    f.write_text(json.dumps({"id": "a", "date": "2020-01-02", "text": "  Body."}) + "\n", encoding="utf-8")
    [art] = list(read_path(f))
    assert art.text == "  Body." and art.body_start == 2


def test_read_directory_mixes_formats_and_reports_bad_files(tmp_path):
    (tmp_path / "a.txt").write_text("date 2020-10\nOne.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2020-13\nTwo.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c", "date": "2020-10-01", "text": "Three."}), encoding="utf-8")
    items = list(read_path(tmp_path))
    assert sorted(i.id for i in items if not isinstance(i, Rejected)) == ["a", "c"]
    assert [i.source for i in items if isinstance(i, Rejected)] == [str(tmp_path / "b.txt")]


def test_read_missing_path_is_rejected(tmp_path):
    [item] = list(read_path(tmp_path / "nope.txt"))
    assert isinstance(item, Rejected) and "no such file" in item.reason


def test_read_parse_date_precisions():
    assert parse_date("2020") == ("2020", "year")
    assert parse_date("2020-02") == ("2020-02", "month")
    assert parse_date("2020-02-29") == ("2020-02-29", "day")
