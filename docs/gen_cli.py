"""Regenerate docs/cli.md from every command's --help (`make docs`); tests/test_docs.py fails when it is stale."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
import typer
from typer.testing import CliRunner

OUT = Path(__file__).resolve().parent / "cli.md"


def commands(group: click.Group, prefix: list[str]) -> list[list[str]]:
    found = []
    for name in group.list_commands(click.Context(group)):
        cmd = group.get_command(click.Context(group), name)
        path = prefix + [name]
        found.append(path)
        if isinstance(cmd, click.Group):
            found.extend(commands(cmd, path))
    return found


def render() -> str:
    from dateline.cli import app

    os.environ["COLUMNS"] = "100"
    os.environ["NO_COLOR"] = "1"
    os.environ["TERMINAL_WIDTH"] = "100"
    runner = CliRunner()
    root = typer.main.get_command(app)
    parts = ["# dateline CLI reference\n", "Generated from each command's `--help` by `docs/gen_cli.py` (`make docs`). Do not edit by hand.\n"]
    for path in [[]] + commands(root, []):
        result = runner.invoke(app, [*path, "--help"], prog_name="dateline", env={"COLUMNS": "100", "NO_COLOR": "1", "TERMINAL_WIDTH": "100"})
        title = " ".join(["dateline", *path])
        body = "\n".join(line.rstrip() for line in result.output.strip("\n").splitlines())
        parts.append(f"## {title}\n\n```\n{body}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    text = render()
    if "--check" in sys.argv:
        sys.exit(0 if OUT.exists() and OUT.read_text(encoding="utf-8") == text else 1)
    OUT.write_text(text, encoding="utf-8")
