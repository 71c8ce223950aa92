"""The package type-checks clean under mypy (settings in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_types_mypy_is_clean():
    # mypy keeps its incremental cache in .mypy_cache under ROOT, so reruns take about a second
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "dateline"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
