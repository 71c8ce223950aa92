"""Dask batch runner and the HTML page."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from typer.testing import CliRunner

from dateline.cli import app
from dateline.model import Entity, Extraction, Mention, Quote, Segment, Span, TimeExpr
from dateline.read import from_dated_text
from dateline.render.html import render_html


def _article_jsonl(path, n):
    lines = [json.dumps({"id": f"a{i}", "date": "2022-04-0" + str(1 + i % 9), "text": f"Pia Lund{i} spoke on Monday."}) for i in range(n)]
    lines.insert(3, '{"id": "broken"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_scale_batch_command_loses_nothing(tmp_path):
    src = tmp_path / "in.jsonl"
    _article_jsonl(src, 7)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(src), "-o", str(out), "--workers", "2", "--chunk-size", "2", "-q"])
    assert result.exit_code == 0, result.output
    ids = sorted(json.loads(line)["article"]["id"] for line in out.read_text().splitlines())
    assert ids == [f"a{i}" for i in range(7)]
    rejected = [json.loads(line) for line in (tmp_path / "out.jsonl.rejected.jsonl").read_text().splitlines()]
    assert len(rejected) == 1 and rejected[0]["source"].endswith("in.jsonl:4") and "not valid JSON" in rejected[0]["reason"]


def test_scale_chunks_cover_every_article():
    from dateline.scale import chunks

    items = list(range(10))
    parts = list(chunks(items, 4))
    assert [len(p) for p in parts] == [4, 4, 2] and sum(parts, []) == items


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack: list[str] = []
        self.marked: list[str] = []
        self.ok = True

    def handle_starttag(self, tag, attrs):
        if tag not in {"meta", "br"}:  # void elements never close
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.ok = False

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "mark":
            self.marked.append(data)


def test_render_html_highlights_quotes_and_nests_tags():
    text = 'date 2021-05-04\nTara Quill said on Monday: "We <won> on Monday & Tuesday."'
    art = from_dated_text(text, source="t.txt")
    q_start = text.index("We <won>")
    q_end = text.index('."') + 1
    mon2 = text.index("Monday &")
    ex = Extraction(
        article=art.meta(),
        entities=[Entity(id="e1", name="Tara Quill", type="PERSON", mentions=[Mention(start=16, end=26, text="Tara Quill")])],
        quotes=[
            Quote(
                id="q1", kind="direct", text=text[q_start:q_end], spans=[Segment(start=q_start, end=q_end)],
                speaker="e1", speaker_mention=Span(start=16, end=26, text="Tara Quill"),
            )
        ],
        times=[
            TimeExpr(id="t1", text="Monday", start=mon2, end=mon2 + 6, type="DATE", value="2021-05-03"),
            TimeExpr(id="t2", text="Monday", start=text.index("Monday"), end=text.index("Monday") + 6, type="DATE", value="2021-05-03"),
        ],
    )
    page = render_html(art, ex)
    parser = _Collect()
    parser.feed(page)
    assert parser.ok and parser.stack == [], "tags must nest properly"
    assert "date 2021" not in page.split("<article")[1], "the header is not part of the body"
    assert "&lt;won&gt;" in page and "Tara Quill" in page
    assert "".join(parser.marked).startswith("We <won> on ")
