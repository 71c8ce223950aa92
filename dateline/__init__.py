"""dateline: dated news articles -> who said what, who is who, and when."""

from dateline.model import Article, Entity, Extraction, Fact, Mention, Quote, Span, TimeExpr
from dateline.pipeline import extract, extract_many
from dateline.read import read_path

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
