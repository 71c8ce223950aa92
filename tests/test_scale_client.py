"""The client of a Dask run (`batch`, `ingest` with --workers or --scheduler) never imports spaCy or
a model: only the workers parse. Checked in a fresh interpreter (this one has spaCy loaded), through
the CLI up to the cluster's connection, which fails at once on a port where nothing listens, and
through the modules the client uses on the results."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest

CLIENT = r"""
import json, sys
from typer.testing import CliRunner

from dateline.cli import app

command, source, out, address = sys.argv[1:5]
target = ["-o", out] if command == "batch" else ["--db", out]
result = CliRunner().invoke(app, [command, source, *target, "--scheduler", address, "-q"])

# What the client does with what comes back: JSON lines into models, and (ingest) the store.
from dateline import scale
from dateline.link import write_batch
from dateline.model import Extraction
from dateline.read import read_path
from dateline.store import open_store
from dateline.store.ingest import ingest

article = next(iter(read_path(source)))
line = Extraction(article=article, entities=[], quotes=[], times=[], facts=[]).model_dump_json()
with open_store(out + ".client.db") as store:
    write_batch(store, [(article, Extraction.model_validate_json(line))])
list(scale.chunks([article]))

loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "thinc") or m.startswith("en_core_web"))
print(json.dumps({"exit": result.exit_code, "stderr": result.stderr, "loaded": loaded}))
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("command", ["batch", "ingest"])
def test_the_dask_client_never_imports_spacy(tmp_path, command):
    src = tmp_path / "a.txt"
    src.write_text('date 2023-05-16\n\n"The ferry is late again," Mara Voss said on Monday.\n', encoding="utf-8")
    out = str(tmp_path / ("out.jsonl" if command == "batch" else "c.db"))
    run = subprocess.run(
        [sys.executable, "-c", CLIENT, command, str(src), out, f"tcp://127.0.0.1:{_free_port()}"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout.strip().splitlines()[-1])
    # The run got as far as the cluster: read its input, then failed to reach the scheduler.
    assert report["exit"] == 1 and "E401" in report["stderr"], report
    assert report["loaded"] == [], "the client imported the parser: " + ", ".join(report["loaded"][:5])
