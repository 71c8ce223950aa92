"""Extraction commands: `extract` (report, JSON Lines or HTML), `batch` (on Dask), `schema`
and `timeml`; none of them needs a corpus."""

from __future__ import annotations

import json
import sys
from collections import deque
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer
from rich.console import Console

from dateline.cli import common
from dateline.cli.common import (
    DATE_OPTION,
    MODEL_OPTION,
    QUIET_OPTION,
    check_date,
    fail,
    load_model,
    progress_enabled,
    say,
    warn,
    warner,
)
from dateline.defaults import BATCH_SIZE
from dateline.errors import DatelineError
from dateline.read import Rejected, read_paths

if TYPE_CHECKING:
    from dateline.model import Article


class ExtractFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"


def extract(
    paths: list[Path] = typer.Argument(..., help="Dated text files, JSONL files, HTML files or directories; - for stdin."),
    fmt: ExtractFormat = typer.Option(ExtractFormat.text, "--format", "-f", help="text report, json (JSON Lines for several articles), or an html page."),
    date: str | None = DATE_OPTION,
    model: str = MODEL_OPTION,
    batch_size: int = typer.Option(BATCH_SIZE, help="Articles per spaCy batch."),
    quiet: bool = QUIET_OPTION,
) -> None:
    """Extract quotes, people, times and facts from articles."""
    from dateline.pipeline import extract_many
    from dateline.progress import count_records, progress_bar
    from dateline.render.html import render_html
    from dateline.render.terminal import print_report

    check_date(date)
    rejected: list[Rejected] = []
    total = count_records(paths) if progress_enabled(quiet) else None
    bar = progress_bar(common.err, enabled=progress_enabled(quiet) and (total or 0) > 1)
    task = bar.add_task("extracting", total=total, note="")

    def articles():
        for item in read_paths(paths, date=date, warn=warner(quiet)):
            if isinstance(item, Rejected):
                rejected.append(item)
                bar.advance(task)
                if not quiet:
                    say("skipped", "red", item.reason)
            else:
                yield item

    nlp = load_model(model)
    out = Console(soft_wrap=True)
    count = 0
    # A queue per id: files in different folders can share an id, and each result must
    # get back its own article (results come in input order).
    seen: dict[str, deque[Article]] = {}

    def remember():
        for article in articles():
            seen.setdefault(article.id, deque()).append(article)
            yield article

    def forget(article_id: str | None) -> Article | None:
        queue = seen.get(article_id or "")
        if not queue:
            return None
        article = queue.popleft()
        if not queue:
            del seen[article_id or ""]
        return article

    bar.start()
    for result in extract_many(remember(), nlp=nlp, batch_size=batch_size):
        bar.advance(task)
        if isinstance(result, Rejected):
            rejected.append(result)
            forget(result.article_id)
            say("failed", "red", result.reason)
            continue
        count += 1
        article = forget(result.article.id)
        if fmt is ExtractFormat.json:
            sys.stdout.write(result.model_dump_json() + "\n")
        elif fmt is ExtractFormat.html:
            # every extraction comes from an article remember() queued under its id
            assert article is not None
            sys.stdout.write(render_html(article, result))
        else:
            print_report(result, out)
    bar.stop()
    sys.stdout.flush()
    if rejected:
        common.err.print(f"{count} article(s) extracted, {len(rejected)} set aside (reasons above)", markup=False, highlight=False)
    if count == 0:
        raise typer.Exit(1)


def batch(
    paths: list[Path] = typer.Argument(..., help="Files or directories of articles."),
    out: Path = typer.Option(..., "--out", "-o", help="JSON Lines file for the extractions."),
    rejected_out: Optional[Path] = typer.Option(None, "--rejected", help="JSON Lines file for set-aside records (default: OUT.rejected.jsonl)."),
    workers: int = typer.Option(2, "--workers", "-w", min=1, help="Local Dask worker processes."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Address of a running Dask scheduler (tcp://host:8786)."),
    chunk_size: int = typer.Option(16, "--chunk-size", min=1, help="Articles per Dask task."),
    date: Optional[str] = DATE_OPTION,
    model: str = MODEL_OPTION,
    quiet: bool = QUIET_OPTION,
) -> None:
    """Extract many articles in parallel on Dask, writing JSON Lines; bad records are set aside with reasons."""
    from dateline.progress import progress_bar
    from dateline.scale import ClusterStart, check_scheduler, run_batch

    check_date(date)
    try:
        if scheduler is not None:
            check_scheduler(scheduler)
    except DatelineError as exc:
        fail(str(exc))
    # The cluster starts, and its workers load the model, while the input is read.
    started = ClusterStart(workers, scheduler, model)
    rejected: list[Rejected] = []
    articles: list[Article] = []
    try:
        for item in read_paths(paths, date=date, warn=warner(quiet)):
            if isinstance(item, Rejected):
                rejected.append(item)
            else:
                articles.append(item)
    except BaseException:
        started.close()
        raise
    try:
        # A scheduler that cannot be reached fails here, before the output files are made.
        started.wait()
    except DatelineError as exc:
        fail(str(exc))
    rejected_path = rejected_out or out.with_name(out.name + ".rejected.jsonl")
    count = 0
    with out.open("w", encoding="utf-8") as fh, progress_bar(common.err, enabled=progress_enabled(quiet)) as progress:
        task = progress.add_task("extracting", total=len(articles), note="")
        for result in run_batch(
            articles, workers=workers, model=model, chunk_size=chunk_size, scheduler=scheduler,
            on_progress=lambda done, total: progress.update(task, completed=done), as_json=True, started=started,
        ):
            if isinstance(result, Rejected):
                rejected.append(result)
            else:
                fh.write(f"{result}\n")
                count += 1
    with rejected_path.open("w", encoding="utf-8") as fh:
        for r in rejected:
            fh.write(json.dumps({"source": r.source, "reason": r.reason}) + "\n")
    common.err.print(f"{count} article(s) extracted to {out}; {len(rejected)} set aside in {rejected_path}", markup=False, highlight=False)
    for r in rejected:
        common.err.print(f"  {r.reason}", markup=False, highlight=False)
    if count == 0:
        raise typer.Exit(1)


def schema() -> None:
    """Print the JSON Schema of the extraction output."""
    from dateline.model import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")


TIME_POLICY_OPTION = typer.Option(
    "honest", "--policy", help="For month/year-precise dates: honest (default), end-of-period or start-of-period."
)


def timeml(
    path: Path = typer.Argument(..., help="A dated text file (or plain text with --date)."),
    date: Optional[str] = DATE_OPTION,
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    model: str = MODEL_OPTION,
    policy: str = TIME_POLICY_OPTION,
) -> None:
    """Write the article as TimeML: TIMEX3 tags in TEXT, the article date as DCT."""
    from dateline.extractors.times import POLICIES, extract_times
    from dateline.render.timeml import to_timeml

    check_date(date)
    if policy not in POLICIES:
        raise typer.BadParameter(f"expected one of {', '.join(POLICIES)}", param_hint="--policy")
    items = list(read_paths([path], date=date, warn=warn))
    articles = [a for a in items if not isinstance(a, Rejected)]
    for r in items:
        if isinstance(r, Rejected):
            say("skipped", "red", r.reason)
    if not articles:
        raise typer.Exit(1)
    from dateline import nlp as nlp_mod

    nlp = load_model(model)
    chunks = []
    for doc in nlp_mod.pipe(articles, nlp=nlp):
        chunks.append(to_timeml(doc._.article, extract_times(doc, doc._.article, policy=policy)))
    text = "".join(chunks)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
