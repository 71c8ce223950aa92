"""What every `dateline` command shares: the typer app, the common options, messages on
stderr, the exit on error, and opening the corpus. The commands are in the sibling modules."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer
from rich.console import Console

from dateline import __version__
from dateline.cli import metavars
from dateline.defaults import DEFAULT_MODEL
from dateline.errors import DatelineError
from dateline.read import parse_date

if TYPE_CHECKING:
    from spacy.language import Language

metavars.install()
HELP = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(help="Turn dated news articles into time-anchored knowledge.", no_args_is_help=True, add_completion=False,
                  context_settings=HELP)
eval_app = typer.Typer(help="Score dateline against gold data.", no_args_is_help=True, context_settings=HELP)
app.add_typer(eval_app, name="eval")

# Commands print through `common.err` (the module attribute, looked up on each call), so that one
# assignment redirects every message and progress bar (the tests give it a terminal).
err = Console(stderr=True, soft_wrap=True)


class Format(str, Enum):
    text = "text"
    json = "json"
    csv = "csv"


FORMAT_OPTION = typer.Option(Format.text, "--format", "-f", help="text for people, json (JSON Lines for several records), csv.")
MODEL_OPTION = typer.Option(DEFAULT_MODEL, "--model", help="Any installed spaCy pipeline.")
DATE_OPTION = typer.Option(None, "--date", help="Article date (YYYY, YYYY-MM or YYYY-MM-DD) for files without a 'date' header.")
QUIET_OPTION = typer.Option(False, "--quiet", "-q", help="No progress bar or warnings.")


def say(label: str, style: str, message: str, console: Console | None = None) -> None:
    """Print a labelled message; the message is text, never markup (paths and ids from the
    input may hold `[/x]` or `[link=...]`)."""
    from rich.text import Text

    (console or err).print(Text.assemble((label, style), " ", message), highlight=False)


def warn(message: str) -> None:
    say("warning:", "yellow", message)


def warner(quiet: bool):
    """The reader's warning callback: silent with --quiet."""
    return (lambda message: None) if quiet else warn


def fail(message: str, code: int = 1) -> NoReturn:
    say("error:", "red", message)
    raise typer.Exit(code)


def load_model(model: str) -> "Language":
    """The spaCy pipeline, loaded once per process; a model that is not installed ends the
    command with its message."""
    from dateline import nlp as nlp_mod

    try:
        return nlp_mod.load(model)
    except DatelineError as exc:
        fail(str(exc))


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


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"dateline {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Turn dated news articles into time-anchored knowledge."""


def open_db(db: str, *, create: bool = False):
    """Open the corpus; only `ingest` may create one (a typo in --db must not leave an empty file)."""
    from dateline.errors import StoreError
    from dateline.store import open_store

    try:
        if not create and not db.startswith(("postgresql://", "postgres://")) and db != ":memory:":
            if not Path(db.removeprefix("sqlite:///")).is_file():
                raise StoreError("E204", db=db)
        return open_store(db)
    except DatelineError as exc:
        fail(str(exc))
