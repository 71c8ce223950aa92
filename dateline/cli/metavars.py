"""Help that reads as flags: `--quiet` rather than `--quiet <bool>`, `PATHS...` rather than
`{paths}...`, `TEXT` / `[text|json|csv]` rather than `<str>` / `<Format>`.

Typer 0.29 labels every parameter with its Python type. Click's own metavars are what command-line
users expect, so the labels are taken from click instead; nothing else about the help changes."""

from __future__ import annotations

from typing import Any

from typer import core

_NAMES = {"str": "TEXT", "int": "INTEGER", "float": "FLOAT", "Path": "PATH"}


def _option_type(self: Any, ctx: Any) -> str | None:
    if self.metavar is not None:
        return str(self.metavar)
    if self.is_flag or self.count:
        return None
    desc = self.type_descriptor
    if desc.is_choice:
        return "[" + "|".join(str(getattr(c, "value", c)) for c in desc.choices or ()) + "]"
    if desc.is_path:
        return "PATH"
    bare = self.bare_type()
    bare = bare.removeprefix("list[").removesuffix("]")
    return _NAMES.get(bare, bare.upper())


def _argument_type(self: Any, ctx: Any) -> str | None:
    return None  # the name column already says it (PATHS...)


def _display_name(self: Any) -> str:
    return self.metavar or self.name.upper()


def _usage_name(self: Any) -> str:
    name = self.metavar or self.name.upper()
    name = name if self.required else f"[{name}]"
    return name + ("..." if self.nargs != 1 else "")


def install() -> None:
    core.TyperOption.display_type_rich = _option_type  # type: ignore[method-assign, assignment]
    core.TyperArgument.display_type_rich = _argument_type  # type: ignore[method-assign, assignment]
    core.TyperArgument.display_name_raw = property(_display_name)  # type: ignore[assignment, method-assign]
    core.TyperArgument._usage_display_name = _usage_name  # type: ignore[method-assign, assignment]
