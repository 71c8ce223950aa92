"""The code passes the project's linter (ruff, settings in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_lint_ruff_is_clean():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "dateline", "tests", "bench", "docs"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
