"""The docs match the code: CLI reference, README commands and documented commands."""

from __future__ import annotations

import importlib.util
import re

from tests.conftest import ROOT


def _gen():
    spec = importlib.util.spec_from_file_location("gen_cli", ROOT / "docs" / "gen_cli.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_cli_reference_is_current():
    gen = _gen()
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == gen.render(), "run `make docs` to refresh docs/cli.md"


def test_docs_readme_mentions_every_command():
    import click
    import typer

    from dateline.cli import app

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    root = typer.main.get_command(app)
    for name in root.list_commands(click.Context(root)):
        assert re.search(rf"dateline {name}\b", readme), f"README.md does not show `dateline {name}`"


def test_docs_readme_two_commands_and_ci():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    demo = re.search(r"^demo:.*\n\t(.+)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M)
    example = re.search(r"examples/\S+", demo.group(1)).group(0)
    assert (ROOT / example).exists()
