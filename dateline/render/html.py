"""The article with quotes, speakers and time expressions highlighted, as HTML.

The text is cut into segments (plain text, or a mark opening or closing) and a Jinja2 template
writes them out with autoescaping, so no article text is ever pasted into HTML by hand."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

from dateline.model import Article, Extraction

PALETTE = ["#fde68a", "#bfdbfe", "#bbf7d0", "#fbcfe8", "#ddd6fe", "#fed7aa", "#a5f3fc", "#d9f99d"]
NO_SPEAKER = "#e5e7eb"  # with a dashed outline: visible on white, and clearly "nobody named"


@dataclass
class Mark:
    kind: str  # quote, nospeaker, scare, speaker, time, entity, evidence
    start: int
    end: int
    color: str = ""
    title: str = ""
    href: str = ""
    certain: bool = True


@dataclass
class Highlighted:
    """What a template needs to draw one highlighted article."""

    title: str
    date: str
    precision: str
    quotes: int
    times: int
    segments: list[dict] = field(default_factory=list)
    legend: list[dict] = field(default_factory=list)
    has_scare: bool = False
    has_nospeaker: bool = False
    has_uncertain: bool = False


def _speakers(ex: Extraction) -> list:
    return [e for e in ex.entities if any(q.speaker == e.id and q.kind != "scare" for q in ex.quotes)]


def _marks(ex: Extraction, person_href: Optional[Callable[[str], Optional[str]]], at: Optional[tuple[int, int]]) -> list[Mark]:
    colors = {e.id: PALETTE[i % len(PALETTE)] for i, e in enumerate(_speakers(ex))}
    names = {e.id: e.name for e in ex.entities}
    marks: list[Mark] = []
    if at:
        marks.append(Mark("evidence", at[0], at[1], title="the evidence you followed"))
    for q in ex.quotes:
        if q.kind == "scare":
            for s in q.spans:
                marks.append(Mark("scare", s.start, s.end, title="scare quote: words held at a distance, not speech"))
            continue
        speaker = names.get(q.speaker or "")
        title = f"{q.kind} quote · {speaker or 'speaker not stated'} · cue {q.cue or '-'} · channel {q.channel or '-'}"
        if q.nested_in is not None:
            title += f" · quoted inside {q.nested_in}"
        for s in q.spans:
            if speaker:
                marks.append(Mark("quote", s.start, s.end, color=colors[q.speaker or ""], title=title))
            else:
                marks.append(Mark("nospeaker", s.start, s.end, color=NO_SPEAKER, title=title))
        if q.speaker_mention and speaker:
            m = q.speaker_mention
            href = person_href(q.speaker or "") if person_href else None
            marks.append(Mark("speaker", m.start, m.end, color=colors[q.speaker or ""], title=f"speaker: {speaker}", href=href or ""))
    for t in ex.times:
        marks.append(Mark("time", t.start, t.end, title=f"{t.type} {t.value}" + ("" if t.certain else " (uncertain)"), certain=t.certain))
    if person_href:
        for e in ex.entities:
            href = person_href(e.id)
            if href:
                for m in e.mentions:
                    if m.kind in ("name", "surname", "firstname"):
                        marks.append(Mark("entity", m.start, m.end, title=f"{e.name} ({e.type})", href=href))
    return marks


def _nest(marks: list[Mark]) -> list[Mark]:
    """Drop marks that would cross another one: HTML needs proper nesting, and a crossing
    highlight is rarer than the readability it would cost to split it."""
    order = {"evidence": 0, "quote": 1, "nospeaker": 1, "scare": 1, "speaker": 2, "entity": 3, "time": 4}
    marks = sorted(marks, key=lambda m: (m.start, -m.end, order[m.kind]))
    kept: list[Mark] = []
    stack: list[Mark] = []
    for m in marks:
        while stack and stack[-1].end <= m.start:
            stack.pop()
        if stack and m.end > stack[-1].end:
            continue
        if m.kind == "entity" and any(s.kind in ("speaker", "entity") for s in stack):
            continue  # a speaker mark already links the name
        kept.append(m)
        stack.append(m)
    return kept


def segments(text: str, body_start: int, marks: list[Mark]) -> list[dict]:
    events: list[tuple[int, int, int, str, Mark]] = []
    for m in _nest(marks):
        events.append((m.start, 1, -m.end, "open", m))
        events.append((m.end, 0, -m.start, "close", m))
    # At one offset, closing tags come before opening ones; the inner span closes first.
    events.sort(key=lambda e: e[:3])
    out: list[dict] = []
    pos = body_start
    for offset, _kind, _tie, what, mark in events:
        offset = max(offset, pos)
        if offset > pos:
            out.append({"text": text[pos:offset]})
        out.append({what: mark})
        pos = offset
    out.append({"text": text[pos:]})
    return out


def highlight(
    article: Article, ex: Extraction, *, person_href: Optional[Callable[[str], Optional[str]]] = None,
    at: Optional[tuple[int, int]] = None,
) -> Highlighted:
    """The article as segments plus its legend; ``person_href`` links entity ids to pages and
    ``at`` marks an evidence span to scroll to."""
    marks = _marks(ex, person_href, at)
    speakers = _speakers(ex)
    a = ex.article
    return Highlighted(
        title=a.title or a.id, date=a.date or "unknown", precision=a.date_precision or "unknown",
        quotes=sum(q.kind != "scare" and q.nested_in is None for q in ex.quotes), times=len(ex.times),
        segments=segments(article.text, article.body_start, marks),
        legend=[{"name": e.name, "color": PALETTE[i % len(PALETTE)], "href": person_href(e.id) if person_href else None}
                for i, e in enumerate(speakers)],
        has_scare=any(m.kind == "scare" for m in marks), has_nospeaker=any(m.kind == "nospeaker" for m in marks),
        has_uncertain=any(m.kind == "time" and not m.certain for m in marks),
    )


def render_html(article: Article, ex: Extraction) -> str:
    """A self-contained page (no links, no outside assets) for `extract --format html`."""
    from dateline.web.templating import render

    return render("standalone.html", h=highlight(article, ex))


def render_fragment(article: Article, ex: Extraction) -> str:
    """The highlighted article and its legend, to put into a page (the paste form's result)."""
    from dateline.web.templating import render

    return render("highlight.html", h=highlight(article, ex))
