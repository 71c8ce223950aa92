"""Chart geometry for the explorer's server-rendered SVG (templates/charts.html draws it).

Only arithmetic lives here: scales, bar positions, colours. Each chart also keeps its numbers as a
table, so a reader without the picture (or a screen reader) gets the same information."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Optional

SERIES = ["#2563eb", "#f59e0b", "#10b981", "#db2777", "#7c3aed", "#0891b2", "#65a30d", "#dc2626", "#6b7280"]
GENDER_COLORS = {"female": "#db2777", "male": "#2563eb", "not stated": "#9ca3af"}


@dataclass
class Bar:
    x: float
    y: float
    w: float
    h: float
    color: str
    title: str


@dataclass
class Chart:
    width: int
    height: int
    label: str  # what the chart shows, for aria-label and the caption
    bars: list[Bar] = field(default_factory=list)
    ticks: list[dict] = field(default_factory=list)  # {"x", "y", "text"} axis labels
    legend: list[dict] = field(default_factory=list)  # {"name", "color"}
    table_head: list[str] = field(default_factory=list)
    table: list[list] = field(default_factory=list)
    marks: list[dict] = field(default_factory=list)  # timeline: points and intervals


def months_between(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last[:7]:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def stacked_months(counts: Iterable[tuple[str, str, int]], label: str, *, colors: Optional[dict[str, str]] = None,
                   share: bool = False, width: int = 640, height: int = 200) -> Chart:
    """Bars per month, stacked by series; ``share`` scales each month to 100%."""
    data: dict[str, dict[str, int]] = {}
    for month, series, n in counts:
        if month:
            data.setdefault(month, {})
            data[month][series] = data[month].get(series, 0) + n
    chart = Chart(width, height, label)
    if not data:
        return chart
    months = months_between(min(data), max(data))
    names = sorted({s for d in data.values() for s in d}, key=lambda s: (-sum(d.get(s, 0) for d in data.values()), s))
    palette = colors or {s: SERIES[i % len(SERIES)] for i, s in enumerate(names)}
    left, bottom, top = 36, 22, 8
    plot_h = height - bottom - top
    step = (width - left - 28) / len(months)
    biggest = max(sum(d.values()) for d in data.values())
    scale = 100 if share else max(biggest, 1)
    for value in ([0, 50, 100] if share else sorted({0, scale // 2, scale})):
        chart.ticks.append({"x": left - 6, "y": top + plot_h - plot_h * value / scale + 4, "text": f"{value}%" if share else str(value),
                            "anchor": "end", "line": True, "x2": width - 4})
    every = max(1, len(months) // 8)
    for i, month in enumerate(months):
        x = left + i * step
        total = sum(data.get(month, {}).values())
        y: float = top + plot_h
        for s in names:
            n = data.get(month, {}).get(s, 0)
            if not n:
                continue
            h = plot_h * (n / total * 100 if share else n) / scale
            y -= h
            what = f"{n / total:.0%} ({n} of {total})" if share else f"{n} quote{'s' if n != 1 else ''}"
            chart.bars.append(Bar(round(x + step * 0.1, 1), round(y, 1), round(max(step * 0.8, 1), 1), round(h, 1), palette[s],
                                  f"{month} · {s}: {what}"))
        if i % every == 0:
            chart.ticks.append({"x": x + step / 2, "y": height - 6, "text": month, "anchor": "middle", "line": False})
    chart.legend = [{"name": s, "color": palette[s]} for s in names]
    chart.table_head = ["month", *names, "total"]
    chart.table = [[m, *[data.get(m, {}).get(s, 0) for s in names], sum(data.get(m, {}).values())] for m in months if m in data]
    return chart


def horizontal(counts: dict[str, int], label: str, *, width: int = 640) -> Chart:
    """One bar per category, longest first."""
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    row, left = 22, 150
    chart = Chart(width, row * len(items) + 8, label)
    biggest = max(counts.values(), default=1)
    for i, (name, n) in enumerate(items):
        w = (width - left - 40) * n / biggest
        chart.bars.append(Bar(left, 4 + i * row, round(max(w, 1), 1), row - 6, SERIES[i % len(SERIES)], f"{name}: {n}"))
        chart.ticks.append({"x": left - 6, "y": 4 + i * row + row / 2, "text": name, "anchor": "end", "line": False})
        chart.ticks.append({"x": left + w + 4, "y": 4 + i * row + row / 2, "text": str(n), "anchor": "start", "line": False})
    chart.table_head = ["", "quotes"]
    chart.table = [[k, v] for k, v in items]
    return chart


def timeline(events: list[dict], label: str, *, width: int = 760) -> Chart:
    """Events on a time axis: a point when the day is known, a bar over every day it can be
    when it is not (a month-precise date is the whole month)."""
    dated = [e for e in events if e.get("start") and e.get("end")]
    row, left, right = 20, 8, 8
    chart = Chart(width, max(row * len(dated) + 34, 60), label)
    if not dated:
        return chart
    # A birth range lies years before everything else: the axis covers the other events, and the
    # birth bar is cut at the left edge (its title keeps the whole range).
    on_axis = [e for e in dated if e["kind"] != "born"] or dated
    first = date.fromisoformat(min(e["start"] for e in on_axis)) - timedelta(days=30)
    last = date.fromisoformat(max(e["end"] for e in on_axis)) + timedelta(days=30)
    span = max((last - first).days, 1)

    def x(day: str) -> float:
        days = min(max((date.fromisoformat(day) - first).days, 0), span)
        return round(left + (width - left - right) * days / span, 1)

    every = max(1, (last.year - first.year) // 10)
    for year in range(first.year + 1, last.year + 1):
        if year % every:
            continue
        chart.ticks.append({"x": x(f"{year}-01-01"), "y": 12, "text": str(year), "anchor": "middle", "line": True,
                            "y2": chart.height})
    for i, e in enumerate(dated):
        y = 22 + i * row
        x1, x2 = x(e["start"]), x(e["end"])
        color = {"born": "#7c3aed", "event": "#dc2626", "fact": "#2563eb", "quote": "#10b981"}.get(e["kind"], "#6b7280")
        point = e["start"] == e["end"]
        chart.marks.append({"x": x1, "w": max(x2 - x1, 8), "y": y, "point": point, "color": color,
                            "title": f"{e['start']}" + ("" if point else f" .. {e['end']}") + f" · {e['kind']}: {e['what']}",
                            "text": (f"← born {e['start']}..{e['end']}" if e["kind"] == "born" and x1 <= left else e["what"][:70]), "text_x": min(x2 + 6, width - 4), "anchor": "start" if x2 < width * 0.6 else "end",
                            "text_x_end": x1 - 6})
    chart.legend = [{"name": k, "color": c} for k, c in
                    (("born", "#7c3aed"), ("event", "#dc2626"), ("fact", "#2563eb"), ("quote", "#10b981"))]
    return chart
