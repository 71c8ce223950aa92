"""Every command in the README's CLI usage and Python API code blocks runs as written, in order, in a
fresh folder holding a copy of examples/, with `dateline` on PATH as `. .venv/bin/activate` puts it.

A command fails the test when it exits non-zero or, for a corpus command, prints nothing or
"no records". `dateline serve` without --get is started on a free port, must print its URL, and is
then stopped."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT

README = ROOT / "README.md"


def blocks(section_start: str, section_end: str, lang: str) -> list[str]:
    text = README.read_text(encoding="utf-8")
    part = text[text.index(section_start) : text.index(section_end)]
    return re.findall(rf"```{lang}\n(.*?)```", part, flags=re.S)


def commands() -> list[str]:
    lines = []
    for block in blocks("## CLI usage", "### Scoring", "sh"):
        lines += [line for line in block.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return lines


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    where = tmp_path_factory.mktemp("readme")
    shutil.copytree(EXAMPLES, where / "examples")
    return where


def env() -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT), "COLUMNS": "200"}


def serve_prints_url(line: str, cwd: Path) -> None:
    port = free_port()
    proc = subprocess.Popen(["bash", "-c", f"exec {line.split('#')[0].strip()} --port {port}"], cwd=cwd, env=env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        first = proc.stderr.readline()
        assert f"http://127.0.0.1:{port}/" in first, first
        import httpx

        for _ in range(100):
            try:
                page = httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert page.status_code == 200 and "Mara Okafor" in page.text
    finally:
        proc.terminate()
        proc.communicate(timeout=10)  # also closes the pipes


def test_readme_has_the_corpus_walk_through():
    words = {line.split()[1] for line in commands()}
    assert {"ingest", "people", "person", "timeline", "facts", "conflicts", "search", "quotes", "age", "merge",
            "split", "export", "serve"} <= words


def test_every_readme_command_runs(workdir):
    started = False
    for line in commands():
        if line.startswith("dateline serve") and "--get" not in line:
            serve_prints_url(line, workdir)
            continue
        result = subprocess.run(["bash", "-o", "pipefail", "-c", line], cwd=workdir, env=env(), input="y\n",
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, f"{line}\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
        started = started or line.startswith("dateline ingest")
        if started:
            shown = (result.stdout + result.stderr).strip()
            assert shown and "no records" not in shown, f"{line} printed nothing to look at"


def test_readme_python_blocks_run(workdir):
    for code in blocks("### Python API", "## Output schema", "python"):
        result = subprocess.run([sys.executable, "-c", code], cwd=workdir, env=env(), capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr[-2000:]
        assert result.stdout.strip()
