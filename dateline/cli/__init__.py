"""The `dateline` command line. Commands stay thin: they parse options and call the library.

`common` holds the typer app and what the commands share; `extract`, `serve`, `corpus` and
`evaluate` hold the commands. They are registered here, in one table, because typer lists
commands in the order they were added and `dateline --help` keeps its order. spaCy is imported
only where a command loads the model, so the client of a Dask run (and every corpus query)
never imports it (`tests/test_scale_client.py`)."""

from __future__ import annotations

import logging
import sys

from dateline.cli import corpus, evaluate, extract, serve
from dateline.cli.common import app, eval_app

for _name, _command in (
    ("extract", extract.extract),
    ("batch", extract.batch),
    ("serve", serve.serve),
    ("schema", extract.schema),
    ("ingest", corpus.corpus_ingest),
    ("search", corpus.corpus_search),
    ("quotes", corpus.corpus_quotes),
    ("person", corpus.corpus_person),
    ("people", corpus.corpus_people),
    ("timeline", corpus.corpus_timeline),
    ("facts", corpus.corpus_facts),
    ("conflicts", corpus.corpus_conflicts),
    ("merge", corpus.corpus_merge),
    ("split", corpus.corpus_split),
    ("export", corpus.corpus_export),
    ("age", corpus.age),
    ("timeml", extract.timeml),
):
    app.command(_name)(_command)

for _name, _command in (
    ("quotes", evaluate.eval_quotes),
    ("facts", evaluate.eval_facts),
    ("relations", evaluate.eval_relations),
    ("gap", evaluate.eval_gap),
    ("times", evaluate.eval_times),
):
    eval_app.command(_name)(_command)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    app()


__all__ = ["app", "eval_app", "main"]
