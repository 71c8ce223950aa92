"""The `dateline` command line. Commands stay thin: they parse options and call the library."""

from __future__ import annotations

import json
import logging
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from dateline import nlp as nlp_mod
from dateline.errors import DatelineError
from dateline.read import Rejected, parse_date, read_paths

app = typer.Typer(help="Turn dated news articles into time-anchored knowledge.", no_args_is_help=True, add_completion=False)
eval_app = typer.Typer(help="Score dateline against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

err = Console(stderr=True, soft_wrap=True)
log = logging.getLogger("dateline")


class Format(str, Enum):
    text = "text"
    json = "json"
    csv = "csv"
    html = "html"


FORMAT_OPTION = typer.Option(Format.text, "--format", "-f", help="text for people, json (JSON Lines for several records), csv; html where a command has a page.")
MODEL_OPTION = typer.Option(nlp_mod.DEFAULT_MODEL, "--model", help="Any installed spaCy pipeline.")
DATE_OPTION = typer.Option(None, "--date", help="Article date (YYYY, YYYY-MM or YYYY-MM-DD) for files without a 'date' header.")
QUIET_OPTION = typer.Option(False, "--quiet", "-q", help="No progress bar or warnings.")


def warn(message: str) -> None:
    err.print(f"[yellow]warning:[/yellow] {message}", highlight=False)


def fail(message: str, code: int = 1) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)


def check_date(value: str | None, flag: str = "--date") -> str | None:
    if value is None:
        return None
    try:
        parse_date(value, source=flag)
    except DatelineError as exc:
        raise typer.BadParameter(str(exc), param_hint=flag) from None
    return value


def progress_enabled(quiet: bool) -> bool:
    return not quiet and err.is_terminal


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Dated text files, JSONL files, HTML files or directories; - for stdin."),
    fmt: Format = FORMAT_OPTION,
    date: str | None = DATE_OPTION,
    model: str = MODEL_OPTION,
    batch_size: int = typer.Option(nlp_mod.BATCH_SIZE, help="Articles per spaCy batch."),
    quiet: bool = QUIET_OPTION,
) -> None:
    """Extract quotes, people, times and facts from articles."""
    from dateline.pipeline import extract_many
    from dateline.render.html import render_html
    from dateline.render.terminal import print_report

    check_date(date)
    rejected: list[Rejected] = []

    def articles():
        for item in read_paths(paths, date=date, warn=(lambda m: None) if quiet else warn):
            if isinstance(item, Rejected):
                rejected.append(item)
                if not quiet:
                    err.print(f"[red]skipped[/red] {item.reason}", highlight=False)
            else:
                yield item

    try:
        nlp = nlp_mod.load(model)
    except DatelineError as exc:
        fail(str(exc))
    out = Console(soft_wrap=True)
    if fmt is Format.csv:
        fail("extract has no csv form; use --format json, text or html", 2)
    count = 0
    seen: dict[str, object] = {}

    def remember():
        for article in articles():
            seen[article.id] = article
            yield article

    for result in extract_many(remember(), nlp=nlp, batch_size=batch_size):
        if isinstance(result, Rejected):
            rejected.append(result)
            err.print(f"[red]failed[/red] {result.reason}", highlight=False)
            continue
        count += 1
        article = seen.pop(result.article.id, None)
        if fmt is Format.json:
            sys.stdout.write(result.model_dump_json() + "\n")
        elif fmt is Format.html:
            sys.stdout.write(render_html(article, result))
        else:
            print_report(result, out)
    sys.stdout.flush()
    if rejected:
        err.print(f"{count} article(s) extracted, {len(rejected)} set aside (reasons above)", highlight=False)
    if count == 0:
        raise typer.Exit(1)


@app.command()
def batch(
    paths: list[Path] = typer.Argument(..., help="Files or directories of articles."),
    out: Path = typer.Option(..., "--out", "-o", help="JSON Lines file for the extractions."),
    rejected_out: Optional[Path] = typer.Option(None, "--rejected", help="JSON Lines file for set-aside records (default: OUT.rejected.jsonl)."),
    workers: int = typer.Option(2, "--workers", "-w", min=1, help="Local Dask worker processes."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Address of a running Dask scheduler (tcp://host:8786)."),
    chunk_size: int = typer.Option(64, "--chunk-size", min=1, help="Articles per Dask task."),
    date: Optional[str] = DATE_OPTION,
    model: str = MODEL_OPTION,
    quiet: bool = QUIET_OPTION,
) -> None:
    """Extract many articles in parallel on Dask, writing JSON Lines; bad records are set aside with reasons."""
    from rich.progress import Progress

    from dateline.scale import run_batch

    check_date(date)
    rejected: list[Rejected] = []
    articles = []
    for item in read_paths(paths, date=date, warn=(lambda m: None) if quiet else warn):
        (rejected if isinstance(item, Rejected) else articles).append(item)
    rejected_path = rejected_out or out.with_name(out.name + ".rejected.jsonl")
    count = 0
    with out.open("w", encoding="utf-8") as fh, Progress(console=err, disable=not progress_enabled(quiet)) as progress:
        task = progress.add_task("extracting", total=len(articles))
        for result in run_batch(
            articles, workers=workers, model=model, chunk_size=chunk_size, scheduler=scheduler,
            on_progress=lambda done, total: progress.update(task, completed=done),
        ):
            if isinstance(result, Rejected):
                rejected.append(result)
            else:
                fh.write(result.model_dump_json() + "\n")
                count += 1
    with rejected_path.open("w", encoding="utf-8") as fh:
        for r in rejected:
            fh.write(json.dumps({"source": r.source, "reason": r.reason}) + "\n")
    err.print(f"{count} article(s) extracted to {out}; {len(rejected)} set aside in {rejected_path}", highlight=False)
    for r in rejected:
        err.print(f"  {r.reason}", highlight=False)
    if count == 0:
        raise typer.Exit(1)


@app.command()
def serve(
    db: Optional[str] = typer.Option(None, "--db", help="Corpus database for the corpus endpoints (SQLite path or postgresql:// URL)."),
    host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    model: str = MODEL_OPTION,
    get: Optional[str] = typer.Option(None, "--get", help="Request this path in-process, print the response and exit (0 only on HTTP 200)."),
) -> None:
    """Serve the HTTP API and web page (or answer one request with --get)."""
    from dateline.api import Client, create_app

    api = create_app(db=db, model=model)
    if get is not None:
        response = Client(api).get(get)
        sys.stdout.write(response.text + ("" if response.text.endswith("\n") else "\n"))
        raise typer.Exit(0 if response.status_code == 200 else 1)
    import uvicorn

    uvicorn.run(api, host=host, port=port, log_level="warning")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the extraction output."""
    from dateline.model import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")


def main() -> None:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    app()


if __name__ == "__main__":
    main()
