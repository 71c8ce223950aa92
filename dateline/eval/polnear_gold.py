"""PolNeAR gold for the quotation scorer (`polnear.py`, whose docstring states the protocol):
brat .ann attributions, the quoted spans of a text, and which of them are speech under the
``ranges`` or ``union`` reading of a Content."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dateline.model import Article

Range = tuple[int, int]

OPEN_ONLY = "“"
CLOSE_ONLY = "”"
STRAIGHT = '"'
PARAGRAPH = re.compile(r"\n")
# Characters a quoted span may carry at its edges that a Content boundary often leaves out.
EDGE = " \t\n.,;:!?-—–'‘’"


@dataclass
class Relation:
    source: list[Range]
    content: list[Range]
    cue: list[Range] = field(default_factory=list)


@dataclass
class GoldSpan:
    start: int
    end: int
    speech: bool
    sources: list[list[Range]] = field(default_factory=list)


@dataclass
class GoldArticle:
    name: str
    text: str
    date: str | None
    relations: list[Relation]
    spans: list[GoldSpan]
    # The second annotator's relations, where the article has two annotators' files.
    second: list[Relation] | None = None


def paragraphs(text: str) -> list[Range]:
    """Non-empty lines: in PolNeAR (and the dated format) a paragraph is a line."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def quoted_spans(text: str) -> list[Range]:
    """Every quoted span, pairing double marks within each paragraph.

    A straight mark opens when no quotation is open and closes otherwise; a curly opening
    mark met inside an open quotation starts a new one (the previous close was lost), and a
    stray closing mark with nothing open is ignored.
    """
    spans: list[Range] = []
    for p_start, p_end in paragraphs(text):
        open_at: int | None = None
        for i in range(p_start, p_end):
            c = text[i]
            if c == STRAIGHT:
                if open_at is None:
                    open_at = i + 1
                else:
                    spans.append((open_at, i))
                    open_at = None
            elif c == OPEN_ONLY:
                if open_at is not None:
                    spans.append((open_at, i))
                open_at = i + 1
            elif c == CLOSE_ONLY and open_at is not None:
                spans.append((open_at, i))
                open_at = None
        if open_at is not None:
            spans.append((open_at, len(text[:p_end].rstrip())))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _ranges(field_text: str) -> list[Range]:
    out = []
    for part in field_text.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def parse_ann(ann: str) -> list[Relation]:
    """Relations of a brat .ann file, ignoring Discuss/Discard notes."""
    spans: dict[str, tuple[str, list[Range]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, offsets = parts[1].partition(" ")
            if label in ("Discuss", "Discard"):
                continue
            spans[parts[0]] = (label, _ranges(offsets))
        elif parts[0].startswith("E"):
            roles = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                roles[role.rstrip("0123456789")] = ref
            events.append(roles)
    relations = []
    for roles in events:
        found = {role: spans[ref][1] for role, ref in roles.items() if ref in spans}
        relations.append(Relation(source=found.get("Source", []), content=found.get("Content", []), cue=found.get("Cue", [])))
    return relations


def _strip(text: str, start: int, end: int) -> Range:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def _inside(span: Range, ranges: list[Range]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in ranges)


def _covered(text: str, span: Range, ranges: list[Range]) -> bool:
    """Every non-space character of ``span`` lies in one of ``ranges``."""
    return all(text[i].isspace() or any(a <= i < b for a, b in ranges) for i in range(*span))


CONTENT_READINGS = ("ranges", "union")


def gold_spans(text: str, relations: list[Relation], content: str = "ranges") -> list[GoldSpan]:
    if content not in CONTENT_READINGS:
        raise ValueError(f"content must be one of {CONTENT_READINGS}, not {content!r}")
    inside = _inside if content == "ranges" else lambda span, ranges: _covered(text, span, ranges)
    out = []
    for s, e in quoted_spans(text):
        core = _strip(text, s, e)
        if core[0] == core[1]:
            core = (s, e)
        sources = [r.source for r in relations if r.source and inside(core, r.content)]
        out.append(GoldSpan(s, e, bool(sources), sources))
    return out


def load_dir(directory: Path, content: str = "ranges") -> list[GoldArticle]:
    """A PolNeAR split: ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann``, dates
    from ``metadata.tsv`` in the split directory or its parent. The first annotator's file
    in sorted order is the gold; a second one, if any, is kept for the agreement figure."""
    directory = Path(directory)
    dates: dict[str, str] = {}
    for candidate in (directory / "metadata.tsv", directory.parent / "metadata.tsv"):
        if candidate.exists():
            lines = candidate.read_text(encoding="utf-8").splitlines()
            header = lines[0].split("\t")
            name_col, date_col = header.index("filename"), header.index("publication_date")
            for line in lines[1:]:
                cols = line.split("\t")
                if len(cols) > max(name_col, date_col):
                    dates[cols[name_col]] = cols[date_col]
            break
    anns = sorted((directory / "attributions").glob("*.ann"))
    articles = []
    for txt in sorted((directory / "text").glob("*.txt")):
        name = txt.stem
        own = [a for a in anns if a.stem.rsplit("_", 1)[0] == name]
        if not own:
            continue
        text = txt.read_text(encoding="utf-8")
        relations = parse_ann(own[0].read_text(encoding="utf-8"))
        second = parse_ann(own[1].read_text(encoding="utf-8")) if len(own) > 1 else None
        articles.append(GoldArticle(name, text, dates.get(name), relations, gold_spans(text, relations, content), second))
    return articles


def to_article(gold: GoldArticle) -> Article:
    return Article(id=gold.name, date=gold.date, date_precision="day" if gold.date else None, text=gold.text, source=gold.name)


def iter_gold_quotes(golds: Iterable[GoldArticle]) -> Iterator[tuple[GoldArticle, GoldSpan]]:
    for g in golds:
        for s in g.spans:
            yield g, s
