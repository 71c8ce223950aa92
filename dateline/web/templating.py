"""One Jinja2 environment for every page, with autoescaping on: text from articles is never HTML."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

TEMPLATES = Path(__file__).parent / "templates"


def _query(params: dict[str, Any], **changes: Any) -> str:
    """The current query string with some parameters changed (for paging and filter links)."""
    merged = {k: v for k, v in {**params, **changes}.items() if v not in (None, "")}
    return "?" + urlencode(merged) if merged else ""


def _snippet(text: str) -> Markup:
    """A full-text snippet with its [matched words] as <mark>: escape first, then mark."""
    escaped = str(Markup.escape(text))
    return Markup(escaped.replace("[", "<mark>").replace("]", "</mark>"))


@lru_cache(maxsize=1)
def env() -> Environment:
    e = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True, default_for_string=True),
                    trim_blocks=True, lstrip_blocks=True)
    e.filters["urlpart"] = lambda s: quote(str(s), safe="")
    e.filters["snippet"] = _snippet
    e.globals["query"] = _query
    return e


def render(template: str, **context: Any) -> str:
    return env().get_template(template).render(**context)
