"""A self-contained HTML page: the article with quotes, speakers and time expressions highlighted."""

from __future__ import annotations

import html

from dateline.model import Article, Extraction

PALETTE = ["#fde68a", "#bfdbfe", "#bbf7d0", "#fbcfe8", "#ddd6fe", "#fed7aa", "#a5f3fc", "#e5e7eb"]

STYLE = """
body{font:16px/1.6 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#111}
header{font-family:system-ui,sans-serif;border-bottom:1px solid #ccc;margin-bottom:1rem}
.q{border-radius:3px;padding:0 1px}.t{border-bottom:2px dotted #b45309}
.sp{font-weight:bold}.legend span{margin-right:.6rem;padding:0 .3rem;border-radius:3px}
p{white-space:pre-wrap}
"""


def _marks(ex: Extraction) -> list[tuple[int, int, str, str]]:
    """(start, end, open tag, close tag) for every highlighted span, outermost first."""
    colors = {e.id: PALETTE[i % len(PALETTE)] for i, e in enumerate(ex.entities)}
    names = {e.id: e.name for e in ex.entities}
    marks: list[tuple[int, int, str, str]] = []
    for q in ex.quotes:
        if q.kind == "scare":
            continue
        color = colors.get(q.speaker or "", "#f3f4f6")
        title = html.escape(f"{q.kind} · {names.get(q.speaker or '', 'speaker not stated')} · {q.cue or '-'} · {q.channel or '-'}")
        for s in q.spans:
            marks.append((s.start, s.end, f'<mark class="q" style="background:{color}" title="{title}">', "</mark>"))
        if q.speaker_mention:
            m = q.speaker_mention
            marks.append((m.start, m.end, f'<span class="sp" style="background:{color}">', "</span>"))
    for t in ex.times:
        title = html.escape(f"{t.type} {t.value}" + ("" if t.certain else " (uncertain)"))
        marks.append((t.start, t.end, f'<span class="t" title="{title}">', "</span>"))
    return marks


def render_html(article: Article, ex: Extraction) -> str:
    text = article.text
    marks = _marks(ex)
    # Drop marks that would cross another one: HTML needs proper nesting, and a crossing
    # highlight is rarer than the readability it would cost to split it.
    marks.sort(key=lambda m: (m[0], -m[1]))
    kept: list[tuple[int, int, str, str]] = []
    stack: list[tuple[int, int, str, str]] = []
    for m in marks:
        while stack and stack[-1][1] <= m[0]:
            stack.pop()
        if stack and m[1] > stack[-1][1]:
            continue
        kept.append(m)
        stack.append(m)
    events: list[tuple[int, int, int, str]] = []
    for start, end, open_tag, close_tag in kept:
        events.append((start, 1, -end, open_tag))
        events.append((end, 0, -start, close_tag))
    # At one offset, closing tags come before opening ones; the inner span closes first
    # and the outer one opens first.
    events.sort(key=lambda e: e[:3])
    out: list[str] = []
    pos = article.body_start
    for offset, _kind, _tie, tag in events:
        if offset < pos:
            offset = pos
        out.append(html.escape(text[pos:offset]))
        out.append(tag)
        pos = offset
    out.append(html.escape(text[pos:]))
    body = "".join(out).replace("\n\n", "</p>\n<p>")
    legend = "".join(
        f'<span style="background:{PALETTE[i % len(PALETTE)]}">{html.escape(e.name)}</span>'
        for i, e in enumerate(ex.entities)
        if any(q.speaker == e.id for q in ex.quotes)
    )
    a = ex.article
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(a.title or a.id)}</title><style>{STYLE}</style></head><body>"
        f"<header><h1>{html.escape(a.title or a.id)}</h1><p>Dated {html.escape(a.date or 'unknown')} "
        f"({html.escape(a.date_precision or 'unknown')} precision) · {len(ex.quotes)} quotations · "
        f"{len(ex.times)} time expressions</p><p class='legend'>{legend}</p></header>"
        f"<article><p>{body}</p></article></body></html>\n"
    )
