"""Readers: dated text, plain text with --date, JSON Lines, HTML and directories -> Article.

``read_path`` yields ``Article`` objects and ``Rejected`` records; a bad record never stops
a multi-article input. Warnings (such as invalid UTF-8) are reported through ``warn``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dateline.errors import InputError
from dateline.model import Article, Precision

# Optional leading whitespace, the word `date`, then YYYY-MM or YYYY-MM-DD, then the body.
# The header may share its line with the body (the body starts after the whitespace).
HEADER = re.compile(r"\A\s*date[ \t]+(?P<value>\d\S*)[ \t]*(?:\r?\n|[ \t]+|\Z)\s*")
DATE_VALUE = re.compile(r"\A(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}


@dataclass(frozen=True)
class Rejected:
    """A record set aside, with the reason."""

    source: str
    reason: str
    # Set when an article was read but failed later (extraction), so callers can drop
    # whatever they kept for it.
    article_id: str | None = None


Warn = Callable[[str], None]


def _no_warn(message: str) -> None:
    return None


def parse_date(value: str, *, source: str = "<input>") -> tuple[str, Precision]:
    """Validate ``YYYY[-MM[-DD]]`` and return it with its precision."""
    m = DATE_VALUE.match(value.strip())
    if not m:
        raise InputError("E002", source=source, value=value, reason="not YYYY, YYYY-MM or YYYY-MM-DD")
    y, mo, d = m.groups()
    try:
        if d:
            date(int(y), int(mo), int(d))
            return value.strip(), "day"
        if mo:
            if not 1 <= int(mo) <= 12:
                raise ValueError(f"month {mo} out of range")
            return value.strip(), "month"
    except ValueError as exc:
        raise InputError("E002", source=source, value=value, reason=str(exc)) from None
    return value.strip(), "year"


def decode(data: bytes, *, source: str, warn: Warn = _no_warn) -> str:
    if b"\0" in data:
        raise InputError("E004", source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        warn(InputError("E005", source=source, offset=exc.start).args[0])
        return data.decode("utf-8", errors="replace")


def from_dated_text(
    text: str, *, source: str = "<input>", article_id: str | None = None, date: str | None = None
) -> Article:
    """Read the dated format; ``date`` (from --date) is used only when there is no header."""
    m = HEADER.match(text)
    if m:
        value, precision = parse_date(m.group("value"), source=source)
        body_start = m.end()
    elif date is not None:
        value, precision = parse_date(date, source=source)
        body_start = len(text) - len(text.lstrip())
    else:
        raise InputError("E001", source=source)
    if not text[body_start:].strip():
        raise InputError("E003", source=source)
    art = Article(
        id=article_id or Path(source).stem,
        date=value,
        date_precision=precision,
        body_start=body_start,
        text=text,
        source=source,
    )
    art.sha256 = art.content_hash()
    return art


def from_record(record: object, *, source: str, line: int) -> Article:
    if not isinstance(record, dict):
        raise InputError("E007", source=source, line=line, reason="not an object")
    missing = [k for k in ("id", "date", "text") if k not in record]
    if missing:
        raise InputError("E007", source=source, line=line, reason="missing " + ", ".join(missing))
    text = record["text"]
    if not isinstance(text, str):
        raise InputError("E007", source=source, line=line, reason="'text' is not a string")
    where = f"{source}:{line}"
    value, precision = parse_date(str(record["date"]), source=where)
    if not text.strip():
        raise InputError("E003", source=where)
    art = Article(
        id=str(record["id"]),
        date=value,
        date_precision=precision,
        body_start=len(text) - len(text.lstrip()),
        text=text,
        title=record.get("title"),
        url=record.get("url"),
        source=where,
    )
    art.sha256 = art.content_hash()
    return art


def iter_jsonl(text: str, *, source: str) -> Iterator[Article | Rejected]:
    for n, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield Rejected(f"{source}:{n}", InputError("E006", source=source, line=n, reason=exc.msg).args[0])
            continue
        try:
            yield from_record(record, source=source, line=n)
        except InputError as exc:
            yield Rejected(f"{source}:{n}", exc.args[0])


def from_html(data: str, *, source: str, date: str | None = None) -> Article:
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(data, with_metadata=True)
    except Exception as exc:  # trafilatura raises many lxml error types; all mean "unreadable HTML"
        raise InputError("E010", source=source, reason=str(exc)) from None
    if extracted is None:
        raise InputError("E003", source=source)
    doc = extracted if isinstance(extracted, dict) else extracted.as_dict()
    body = doc.get("text") or ""
    found = date or doc.get("date")
    if not found:
        raise InputError("E001", source=source)
    art = from_dated_text(body, source=source, date=found)
    art.title = doc.get("title")
    art.url = doc.get("url")
    return art


def read_path(
    path: str | Path, *, date: str | None = None, warn: Warn = _no_warn
) -> Iterator[Article | Rejected]:
    """Yield every article in a file or directory; bad records come out as ``Rejected``."""
    p = Path(path)
    if str(path) == "-":
        import sys

        text = decode(sys.stdin.buffer.read(), source="<stdin>", warn=warn)
        yield from _read_text("<stdin>", text, date=date, kind="jsonl" if text.lstrip().startswith("{") else "text")
        return
    if not p.exists():
        yield Rejected(str(p), InputError("E008", source=str(p)).args[0])
        return
    if p.is_dir():
        files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES)
        if not files:
            yield Rejected(str(p), InputError("E009", source=str(p)).args[0])
        for f in files:
            yield from read_path(f, date=date, warn=warn)
        return
    try:
        text = decode(p.read_bytes(), source=str(p), warn=warn)
    except InputError as exc:
        yield Rejected(str(p), exc.args[0])
        return
    suffix = p.suffix.lower()
    kind = "jsonl" if suffix in JSONL_SUFFIXES else "html" if suffix in HTML_SUFFIXES else "text"
    yield from _read_text(str(p), text, date=date, kind=kind)


def _read_text(source: str, text: str, *, date: str | None, kind: str) -> Iterator[Article | Rejected]:
    try:
        if kind == "jsonl":
            yield from iter_jsonl(text, source=source)
        elif kind == "html":
            yield from_html(text, source=source, date=date)
        else:
            yield from_dated_text(text, source=source, date=date)
    except InputError as exc:
        yield Rejected(source, exc.args[0])


def read_paths(
    paths: Iterable[str | Path], *, date: str | None = None, warn: Warn = _no_warn
) -> Iterator[Article | Rejected]:
    for path in paths:
        yield from read_path(path, date=date, warn=warn)
