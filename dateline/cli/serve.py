"""`dateline serve`: the HTTP API and explorer over a corpus, or one in-process request with --get."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from dateline.cli import common
from dateline.cli.common import MODEL_OPTION, open_db


def serve(
    db: str = typer.Option("./dateline.db", "--db", help="Corpus database: a SQLite file path or a postgresql:// URL."),
    host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    model: str = MODEL_OPTION,
    get: Optional[str] = typer.Option(None, "--get", help="Request this path in-process, print the response and exit (0 only on HTTP 200)."),
) -> None:
    """Serve the HTTP API and web page (or answer one request with --get)."""
    from dateline.api import Client, create_app

    open_db(db).close()  # a missing corpus is an error here too, before the server starts
    api = create_app(db=db, model=model)
    if get is not None:
        response = Client(api).get(get)
        sys.stdout.write(response.text + ("" if response.text.endswith("\n") else "\n"))
        raise typer.Exit(0 if response.status_code == 200 else 1)
    import uvicorn

    common.err.print(f"dateline explorer on http://{host}:{port}/ (corpus {db}); API reference at /docs; Ctrl+C to stop",
                     highlight=False)
    uvicorn.run(api, host=host, port=port, log_level="warning")
