"""An extraction as TimeML: the article body with TIMEX3 tags, and the article date as DCT."""

from __future__ import annotations

from typing import Iterable
from xml.sax.saxutils import escape, quoteattr

from dateline.model import Article, TimeExpr

HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n'


def timex_tag(t: TimeExpr) -> str:
    attrs = [("tid", t.id), ("type", t.type), ("value", t.value)]
    if t.mod:
        attrs.append(("mod", t.mod))
    return "<TIMEX3 " + " ".join(f"{k}={quoteattr(v)}" for k, v in attrs) + ">"


def to_timeml(article: Article, times: Iterable[TimeExpr]) -> str:
    """The body of ``article`` with each time expression wrapped in a TIMEX3 element.

    Offsets in ``times`` are into ``article.text``; the TEXT element holds the body only,
    so the header (already a DCT) is not repeated. Expressions are never nested.
    """
    body_start = article.body_start
    body = article.text[body_start:]
    parts = [HEADER, "<TimeML>\n"]
    parts.append(f"<DOCID>{escape(article.id)}</DOCID>\n")
    if article.date:
        parts.append(
            '<DCT><TIMEX3 tid="t0" type="DATE" value=' + quoteattr(article.date)
            + ' temporalFunction="false" functionInDocument="CREATION_TIME">'
            + escape(article.date) + "</TIMEX3></DCT>\n"
        )
    parts.append("<TEXT>")
    pos = 0
    for t in sorted(times, key=lambda t: t.start):
        start, end = t.start - body_start, t.end - body_start
        if start < pos or start < 0 or end > len(body):
            continue
        parts.append(escape(body[pos:start]))
        parts.append(timex_tag(t) + escape(body[start:end]) + "</TIMEX3>")
        pos = end
    parts.append(escape(body[pos:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)
