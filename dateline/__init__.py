"""dateline: dated news articles -> who said what, who is who, and when."""

import typing

from dateline.model import Article, Entity, Extraction, Fact, Mention, Quote, Span, TimeExpr
from dateline.read import read_path

if typing.TYPE_CHECKING:
    from dateline.pipeline import extract, extract_many

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Entity",
    "Extraction",
    "Fact",
    "Mention",
    "Quote",
    "Span",
    "TimeExpr",
    "__version__",
    "extract",
    "extract_many",
    "read_path",
]

# The extraction functions import spaCy, so they are imported when first used: a process that
# only reads, stores or queries (the client of a Dask run, the corpus commands) never loads it.
_LAZY = {"extract", "extract_many"}


def __getattr__(name: str) -> typing.Any:
    if name in _LAZY:
        from dateline import pipeline

        value = getattr(pipeline, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'dateline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _LAZY)
