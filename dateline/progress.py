"""Progress bars for long CLI commands: a total and an ETA on a terminal, nothing otherwise.

The total is counted cheaply before the work starts (files in folders, lines in JSON Lines files), so
that `extract`, `ingest` and `batch` can show how far along they are without reading articles twice.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from dateline.read import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES


def count_records(paths: Iterable[str | Path]) -> Optional[int]:
    """How many records the reader will yield (a bad one counts too); None when unknown (stdin)."""
    total = 0
    for path in paths:
        p = Path(path)
        if str(path) == "-":
            return None
        if p.is_dir():
            files = [f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES]
        else:
            files = [p]
        for f in files:
            if f.suffix.lower() in JSONL_SUFFIXES:
                try:
                    total += sum(1 for line in f.open("rb") if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def progress_bar(console: Console, *, enabled: bool) -> Progress:
    """A bar with done/total, elapsed time and time remaining; disabled, it prints nothing."""
    return Progress(
        TextColumn("{task.description}"), BarColumn(bar_width=24), MofNCompleteColumn(), TextColumn("{task.fields[note]}"),
        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
        console=console, disable=not enabled, transient=False,
    )
