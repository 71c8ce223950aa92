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

# The hard limit on one article (documented in the README): longer articles are parsed in
# paragraph chunks (dateline.nlp), but past this a file is refused with E011, not read into memory.
MAX_ARTICLE_CHARS = 50_000_000
MAX_ID_CHARS = 1_000
_SURROGATE = re.compile("[\ud800-\udfff]")

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
        # Python dates start at year 1: a year 0 would pass here and fail in every later stage.
        if int(y) < 1:
            raise ValueError("year 0 does not exist; the first year is 0001")
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
        return data.decode("utf-8-sig", errors="replace")


def check_text(text: str, *, source: str) -> None:
    """Refuse text no later stage can hold: over the size limit, NUL characters, lone surrogates
    (JSON can spell them as \\ud800; they cannot be written out as UTF-8)."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError("E011", source=source, size=len(text), unit="characters", limit=MAX_ARTICLE_CHARS)
    if "\0" in text:
        raise InputError("E004", source=source)
    bad = _SURROGATE.search(text)
    if bad:
        raise InputError("E014", source=source, point=ord(bad.group()), offset=bad.start())


def from_dated_text(
    text: str, *, source: str = "<input>", article_id: str | None = None, date: str | None = None
) -> Article:
    """Read the dated format; ``date`` (from --date) is used only when there is no header."""
    if not text.strip():
        raise InputError("E003", source=source)
    check_text(text, source=source)
    if article_id is not None:
        check_text(article_id, source=f"{source} (id)")
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


def _kind(value: object) -> str:
    return "null" if value is None else {dict: "an object", list: "a list", bool: "true/false", int: "a number", float: "a number"}.get(type(value), type(value).__name__)


def from_record(record: object, *, source: str, line: int) -> Article:
    if not isinstance(record, dict):
        raise InputError("E007", source=source, line=line, reason="not an object")
    missing = [k for k in ("id", "date", "text") if k not in record]
    if missing:
        raise InputError("E007", source=source, line=line, reason="missing " + ", ".join(missing))
    # A wrong type must name the field, not end in a validation traceback, and a null id must
    # not become the id "None".
    rid = record["id"]
    if isinstance(rid, bool) or not isinstance(rid, (str, int)) or (isinstance(rid, str) and not rid.strip()):
        raise InputError("E015", source=source, line=line, field="id", expected="a non-empty string or a number", found=_kind(rid))
    rid = str(rid)
    if len(rid) > MAX_ID_CHARS:
        raise InputError("E015", source=source, line=line, field="id", expected=f"at most {MAX_ID_CHARS:,} characters",
                         found=f"{len(rid):,}")
    for name, optional in (("text", False), ("date", False), ("title", True), ("url", True)):
        value = record.get(name)
        if not isinstance(value, str) and not (optional and value is None):
            raise InputError("E015", source=source, line=line, field=name,
                             expected="a string" + (" or null" if optional else ""), found=_kind(value))
    text = record["text"]
    where = f"{source}:{line}"
    value, precision = parse_date(record["date"], source=where)
    if not text.strip():
        raise InputError("E003", source=where)
    check_text(text, source=where)
    for name in ("id", "title", "url"):
        if isinstance(record.get(name), str):
            check_text(str(record[name]), source=f"{where} ({name})")
    art = Article(
        id=rid,
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


def _jsonl_record(raw: str, *, source: str, line: int) -> Article:
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError("E006", source=source, line=line, reason=exc.msg) from None
    except RecursionError:
        raise InputError("E006", source=source, line=line, reason="nested too deeply") from None
    return from_record(record, source=source, line=line)


def iter_jsonl(text: str, *, source: str) -> Iterator[Article | Rejected]:
    yield from _jsonl_lines(enumerate(text.splitlines(), start=1), source=source)


def _jsonl_lines(lines: Iterable[tuple[int, str]], *, source: str) -> Iterator[Article | Rejected]:
    for n, raw in lines:
        if not raw.strip():
            continue
        try:
            yield _jsonl_record(raw, source=source, line=n)
        except InputError as exc:
            yield Rejected(f"{source}:{n}", exc.args[0])


def _jsonl_file(p: Path, *, warn: Warn) -> Iterator[Article | Rejected]:
    """Read a JSONL file a line at a time, so a big archive is never held in memory whole."""
    source = str(p)

    def lines() -> Iterator[tuple[int, str]]:
        with p.open("rb") as fh:
            for n, raw in enumerate(fh, start=1):
                if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if len(raw) > 6 * MAX_ARTICLE_CHARS:
                    yield n, ""
                    warn(InputError("E011", source=f"{source}:{n}", size=len(raw), unit="bytes", limit=6 * MAX_ARTICLE_CHARS).args[0])
                    continue
                try:
                    yield n, raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    warn(InputError("E005", source=f"{source}:{n}", offset=exc.start).args[0])
                    yield n, raw.decode("utf-8", errors="replace")

    yield from _jsonl_lines(lines(), source=source)


def from_html(data: str, *, source: str, date: str | None = None) -> Article:
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(data, with_metadata=True)
    except Exception as exc:  # trafilatura raises many lxml error types; all mean "unreadable HTML"
        raise InputError("E010", source=source, reason=str(exc)) from None
    if extracted is None:
        raise InputError("E003", source=source)
    doc = extracted if isinstance(extracted, dict) else extracted.as_dict()
    lines = [line for line in (doc.get("text") or "").split("\n") if line.strip()]
    # The headline goes to `title`, not into the body where it would run into the first
    # paragraph; trafilatura gives one line per paragraph, and a blank line keeps each one.
    if lines and doc.get("title") and lines[0].strip() == doc["title"].strip():
        lines = lines[1:]
    body = "\n\n".join(lines)
    found = date or doc.get("date")
    if not found:
        raise InputError("E001", source=source)
    art = from_dated_text(body, source=source, date=found)
    art.title = doc.get("title")
    art.url = doc.get("url")
    return art


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _walk(root: Path, *, warn: Warn) -> Iterator[Path | Rejected]:
    """Article files under a folder, in name order. Unreadable folders and symlink loops come out
    as ``Rejected``; files of other types are named in a warning. Symlinked folders are followed
    once each (a loop back to a folder already walked is reported, not followed)."""
    suffixes = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
    seen: set[tuple[int, int]] = set()

    def walk(folder: Path) -> Iterator[Path | Rejected]:
        try:
            st = folder.stat()
            key = (st.st_dev, st.st_ino)
            if key in seen:
                yield Rejected(str(folder), InputError("E012", source=str(folder), reason="a symlink loop back to a folder already read").args[0])
                return
            seen.add(key)
            entries = sorted(folder.iterdir())
        except OSError as exc:
            yield Rejected(str(folder), InputError("E012", source=str(folder), reason=_reason(exc)).args[0])
            return
        for entry in entries:
            try:
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()
            except OSError as exc:  # is_dir() swallows most errors; what remains is a real fault
                yield Rejected(str(entry), InputError("E012", source=str(entry), reason=_reason(exc)).args[0])
                continue
            if is_dir:
                yield from walk(entry)
            elif not is_file:
                if entry.is_symlink():
                    reason = "a broken symlink or a symlink loop"
                    yield Rejected(str(entry), InputError("E012", source=str(entry), reason=reason).args[0])
            elif entry.suffix.lower() in suffixes:
                yield entry
            elif not entry.name.startswith("."):
                warn(InputError("E013", source=str(entry), reason="not a supported file type (.txt, .md, .jsonl, .html)").args[0])

    yield from walk(root)


def read_path(
    path: str | Path, *, date: str | None = None, warn: Warn = _no_warn
) -> Iterator[Article | Rejected]:
    """Yield every article in a file or directory; bad records come out as ``Rejected``."""
    p = Path(path)
    if str(path) == "-":
        import sys

        try:
            text = decode(sys.stdin.buffer.read(), source="<stdin>", warn=warn)
        except InputError as exc:
            yield Rejected("<stdin>", exc.args[0])
            return
        yield from _read_text("<stdin>", text, date=date, kind="jsonl" if text.lstrip().startswith("{") else "text")
        return
    if not p.exists():
        if p.is_symlink():
            yield Rejected(str(p), InputError("E012", source=str(p), reason="a broken symlink or a symlink loop").args[0])
        else:
            yield Rejected(str(p), InputError("E008", source=str(p)).args[0])
        return
    if p.is_dir():
        found = False
        for entry in _walk(p, warn=warn):
            if isinstance(entry, Rejected):
                yield entry
            else:
                found = True
                yield from read_path(entry, date=date, warn=warn)
        if not found:
            yield Rejected(str(p), InputError("E009", source=str(p)).args[0])
        return
    suffix = p.suffix.lower()
    kind = "jsonl" if suffix in JSONL_SUFFIXES else "html" if suffix in HTML_SUFFIXES else "text"
    try:
        if kind == "jsonl":
            yield from _jsonl_file(p, warn=warn)
            return
        size = p.stat().st_size
        # UTF-8 takes at most 4 bytes a character: refuse before reading what cannot fit the limit.
        if size > 4 * MAX_ARTICLE_CHARS:
            raise InputError("E011", source=str(p), size=size, unit="bytes", limit=4 * MAX_ARTICLE_CHARS)
        text = decode(p.read_bytes(), source=str(p), warn=warn)
    except InputError as exc:
        yield Rejected(str(p), exc.args[0])
        return
    except OSError as exc:
        yield Rejected(str(p), InputError("E012", source=str(p), reason=_reason(exc)).args[0])
        return
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
