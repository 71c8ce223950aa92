"""A readable rich report of one extraction."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from dateline.model import Extraction


def _row(table: Table, *cells: str) -> None:
    table.add_row(*(Text(c) for c in cells))


def report(ex: Extraction) -> Group:
    a = ex.article
    names = {e.id: e.name for e in ex.entities}
    # Every cell is a Text, never a markup string: article text may hold `[/x]` or `[link=...]`.
    title = Text.assemble((a.id, "bold"), f"  dated {a.date or '?'} ({a.date_precision or 'unknown'} precision)")
    parts: list[RenderableType] = [title]

    people = Table(title="Who is who", expand=True)
    for col in ("id", "name", "type", "gender", "mentions"):
        people.add_column(col)
    for e in ex.entities:
        mentions = ", ".join(dict.fromkeys(m.text for m in e.mentions))
        _row(people, e.id, e.name, e.type, e.gender or "-", mentions)
    parts.append(people)

    quotes = Table(title="Who said what", expand=True)
    for col in ("kind", "speaker", "cue", "channel", "quote"):
        quotes.add_column(col, overflow="fold")
    depth = {q.id: 0 for q in ex.quotes}
    for q in ex.quotes:
        text = q.text if len(q.text) <= 160 else q.text[:157] + "..."
        speaker = names.get(q.speaker or "", "(not stated)")
        if q.nested_in is not None:
            # Words quoted inside the quotation above it, indented under it: not a statement of its own.
            depth[q.id] = depth.get(q.nested_in, 0) + 1
            text = "  " * (depth[q.id] - 1) + "↳ " + text
        _row(quotes, q.kind, speaker, q.cue or "-", q.channel or "-", text)
    parts.append(quotes)

    times = Table(title="When", expand=True)
    for col in ("text", "type", "value", "interval", "certain", "role"):
        times.add_column(col)
    for t in ex.times:
        interval = " .. ".join(t.interval) if t.interval else "-"
        _row(times, t.text, t.type, t.value, interval, "yes" if t.certain else "no", t.role or "-")
    parts.append(times)

    facts = Table(title="Facts", expand=True)
    for col in ("relation", "subject", "object / value", "born between", "evidence"):
        facts.add_column(col, overflow="fold")
    for f in ex.facts:
        obj = names.get(f.object or "", "") or ("" if f.value is None else str(f.value))
        born = " .. ".join(f.born_between) if f.born_between else "-"
        _row(facts, f.relation, names.get(f.subject, f.subject), obj, born, f.evidence.text)
    parts.append(facts)
    return Group(*(Panel(p) if isinstance(p, Text) else p for p in parts))


def print_report(ex: Extraction, console: Console | None = None) -> None:
    (console or Console()).print(report(ex))
