"""The `dateline` command line. Commands stay thin: they parse options and call the library."""

from __future__ import annotations

import json
import logging
import sys
from enum import Enum
from pathlib import Path

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


FORMAT_OPTION = typer.Option(Format.text, "--format", "-f", help="text for people, json (JSON Lines for several records), csv.")
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
    count = 0
    for result in extract_many(articles(), nlp=nlp, batch_size=batch_size):
        if isinstance(result, Rejected):
            rejected.append(result)
            err.print(f"[red]failed[/red] {result.reason}", highlight=False)
            continue
        count += 1
        if fmt is Format.json:
            sys.stdout.write(result.model_dump_json() + "\n")
        elif fmt is Format.csv:
            fail("extract has no csv form; use --format json or text", 2)
        else:
            print_report(result, out)
    sys.stdout.flush()
    if rejected:
        err.print(f"{count} article(s) extracted, {len(rejected)} set aside (reasons above)", highlight=False)
    if count == 0:
        raise typer.Exit(1)


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
