"""Scores dateline's time stage on TimeML gold, the way TempEval-3 Task A does.

Extent: strict (same offsets) and relaxed (overlap) precision, recall and F1. Attributes
(type, value) are counted over the relaxed matches: attribute P = correct / system count,
attribute R = correct / gold count. The DCT is never counted.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_:]+)="([^"]*)"')
_DCT = re.compile(r"<DCT>.*?<TIMEX3([^>]*)>", re.DOTALL)


@dataclass
class Timex:
    start: int
    end: int
    type: str
    value: str
    text: str = ""


@dataclass
class GoldDoc:
    id: str
    dct: Optional[str]
    text: str
    timexes: list[Timex] = field(default_factory=list)


def read_tml(path: Path) -> GoldDoc:
    """A TimeML file as plain TEXT content (tags stripped, entities decoded) with its
    TIMEX3 offsets into that plain text, and the DCT's day."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    if m := _DCT.search(raw):
        dct_attrs = dict(_ATTR.findall(m.group(1)))
        if v := re.match(r"\d{4}(?:-\d\d(?:-\d\d)?)?", dct_attrs.get("value", "")):
            dct = v.group(0)
    body_start = raw.find("<TEXT>")
    body_end = raw.rfind("</TEXT>")
    body = raw[body_start + len("<TEXT>") : body_end] if body_start >= 0 and body_end > body_start else ""
    parts: list[str] = []
    pos = 0
    length = 0
    stack: list[tuple[int, dict]] = []
    timexes: list[Timex] = []
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name != "TIMEX3" or m.group(4):
            continue
        if not closing:
            stack.append((length, dict(_ATTR.findall(attrs))))
        elif stack:
            start, a = stack.pop()
            timexes.append(Timex(start, length, a.get("type", ""), a.get("value", "")))
    parts.append(html.unescape(body[pos:]))
    text = "".join(parts)
    for t in timexes:
        t.text = text[t.start : t.end]
    timexes.sort(key=lambda t: (t.start, t.end))
    return GoldDoc(path.stem, dct, text, timexes)


def read_dir(directory: Path) -> list[GoldDoc]:
    return [read_tml(p) for p in sorted(Path(directory).rglob("*.tml"))]


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict_sys: int = 0  # system timexes with an exact gold twin
    strict_gold: int = 0
    relaxed_sys: int = 0  # system timexes overlapping some gold timex
    relaxed_gold: int = 0
    value_ok: int = 0  # matched pairs whose value is right
    type_ok: int = 0

    def add(self, other: "Counts") -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(other, k))


def prf(hit_p: int, n_p: int, hit_r: int, n_r: int) -> tuple[float, float, float]:
    p = hit_p / n_p if n_p else 0.0
    r = hit_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def match_pairs(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one pairs of overlapping gold/system timexes: exact twins first, then the
    largest overlap."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_s: set[int] = set()
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if si not in used_s and (s.start, s.end) == (g.start, g.end):
                pairs.append((gi, si))
                used_g.add(gi)
                used_s.add(si)
                break
    cands = []
    for gi, g in enumerate(gold):
        if gi in used_g:
            continue
        for si, s in enumerate(system):
            ov = min(g.end, s.end) - max(g.start, s.start)
            if si not in used_s and ov > 0:
                cands.append((-ov, gi, si))
    for _, gi, si in sorted(cands):
        if gi in used_g or si in used_s:
            continue
        pairs.append((gi, si))
        used_g.add(gi)
        used_s.add(si)
    return sorted(pairs)


def count(gold: Sequence[Timex], system: Sequence[Timex]) -> Counts:
    def overlaps(a: Timex, b: Timex) -> bool:
        return a.start < b.end and b.start < a.end

    c = Counts(gold=len(gold), system=len(system))
    c.strict_sys = sum(any((s.start, s.end) == (g.start, g.end) for g in gold) for s in system)
    c.strict_gold = sum(any((s.start, s.end) == (g.start, g.end) for s in system) for g in gold)
    c.relaxed_sys = sum(any(overlaps(s, g) for g in gold) for s in system)
    c.relaxed_gold = sum(any(overlaps(s, g) for s in system) for g in gold)
    for gi, si in match_pairs(gold, system):
        c.value_ok += gold[gi].value == system[si].value
        c.type_ok += gold[gi].type == system[si].type
    return c


def scores(c: Counts) -> dict[str, float]:
    sp, sr, sf = prf(c.strict_sys, c.system, c.strict_gold, c.gold)
    rp, rr, rf = prf(c.relaxed_sys, c.system, c.relaxed_gold, c.gold)
    vp, vr, vf = prf(c.value_ok, c.system, c.value_ok, c.gold)
    tp, tr, tf = prf(c.type_ok, c.system, c.type_ok, c.gold)
    return {
        "strict_p": sp, "strict_r": sr, "strict_f1": sf,
        "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
        "value_p": vp, "value_r": vr, "value_f1": vf,
        "type_p": tp, "type_r": tr, "type_f1": tf,
        "gold": c.gold, "system": c.system,
    }


def system_timexes(docs: Sequence[GoldDoc], *, nlp=None, batch_size: int = 16) -> list[list[Timex]]:
    """Run the time stage on each document's plain text with its DCT (day precision)."""
    from dateline import nlp as nlp_mod
    from dateline.extractors.times import extract_times
    from dateline.model import Article

    language = nlp or nlp_mod.load()
    articles = [
        Article(id=d.id, text=d.text, date=d.dct, date_precision=_precision(d.dct), body_start=0) for d in docs
    ]
    out = []
    for doc in nlp_mod.pipe(articles, nlp=language, batch_size=batch_size):
        times = extract_times(doc, doc._.article)
        # TimeML does not annotate ages ('a 6-year-old'); they stay out of the comparison
        out.append([Timex(t.start, t.end, t.type, t.value, t.text) for t in times if t.role != "age"])
    return out


def _precision(dct: Optional[str]):
    if not dct:
        return None
    return {4: "year", 7: "month"}.get(len(dct), "day")


def evaluate(docs: Sequence[GoldDoc], systems: Iterable[Sequence[Timex]]) -> dict[str, float]:
    total = Counts()
    for d, s in zip(docs, systems, strict=True):
        total.add(count(d.timexes, s))
    return scores(total)


def evaluate_dirs(
    dirs: Sequence[Path], *, nlp=None, errors: Optional[list[dict[str, str]]] = None
) -> dict[str, dict[str, float]]:
    """Scores per directory plus 'all' over everything, running the pipeline once. With a list
    for ``errors``, every miss, false alarm and wrong value or type is appended to it."""
    results: dict[str, dict[str, float]] = {}
    grand = Counts()
    for directory in dirs:
        docs = read_dir(directory)
        systems = system_timexes(docs, nlp=nlp)
        total = Counts()
        for d, s in zip(docs, systems, strict=True):
            total.add(count(d.timexes, s))
            if errors is not None:
                errors.extend(doc_errors(d, s))
        grand.add(total)
        results[Path(directory).name] = scores(total)
    if len(dirs) > 1:
        results["all"] = scores(grand)
    return results


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    return (text[max(0, start - width) : start] + "[[" + text[start:end] + "]]" + text[end : end + width]).replace("\n", " ¶ ")


def doc_errors(doc: GoldDoc, system: Sequence[Timex]) -> list[dict[str, str]]:
    """A document's misses (gold no system timex overlaps), false alarms (the reverse) and
    matched pairs whose value or type differs, in text order, each with its context."""
    out: list[tuple[int, dict[str, str]]] = []
    pairs = match_pairs(doc.timexes, system)
    paired_g = {gi for gi, _ in pairs}
    paired_s = {si for _, si in pairs}
    base = {"doc": doc.id, "dct": doc.dct or ""}
    for gi, g in enumerate(doc.timexes):
        if gi not in paired_g:
            out.append((g.start, {**base, "kind": "miss", "gold": f"{g.type} {g.value}", "system": "",
                                  "context": _context(doc.text, g.start, g.end)}))
    for si, t in enumerate(system):
        if si not in paired_s:
            out.append((t.start, {**base, "kind": "false alarm", "gold": "", "system": f"{t.type} {t.value}",
                                  "context": _context(doc.text, t.start, t.end)}))
    for gi, si in pairs:
        g, t = doc.timexes[gi], system[si]
        if (g.value, g.type) != (t.value, t.type):
            kind = "wrong value" if g.value != t.value else "wrong type"
            span = (min(g.start, t.start), max(g.end, t.end))
            out.append((span[0], {**base, "kind": kind, "gold": f"{g.type} {g.value} {g.text!r}",
                                  "system": f"{t.type} {t.value} {t.text!r}", "context": _context(doc.text, *span)}))
    return [e for _, e in sorted(out, key=lambda x: x[0])]


def format_errors(errors: Sequence[dict[str, str]], limit: int) -> list[str]:
    """One line per error: kind, document (and its DCT), gold and system readings, context."""
    rows = []
    for e in errors[:limit]:
        readings = "  ".join(x for x in (f"gold={e['gold']}" if e["gold"] else "", f"system={e['system']}" if e["system"] else "") if x)
        rows.append(f"[{e['kind']}] {e['doc']} (DCT {e['dct']}): {readings}  | {e['context']}")
    return rows


# HeidelTime 2.2.1 on the TempEval-3 platinum test set (published figures), for reference
HEIDELTIME = {"strict_f1": 0.818, "relaxed_f1": 0.907, "value_f1": 0.781, "type_f1": 0.833}


def format_table(results: dict[str, dict[str, float]]) -> list[str]:
    cols = ["strict_p", "strict_r", "strict_f1", "relaxed_p", "relaxed_r", "relaxed_f1", "value_f1", "type_f1"]
    rows = [f"{'corpus':<12} {'gold':>5} {'sys':>5} " + " ".join(f"{c:>10}" for c in cols)]
    for name, s in results.items():
        rows.append(f"{name:<12} {int(s['gold']):>5} {int(s['system']):>5} " + " ".join(f"{100 * s[c]:>10.1f}" for c in cols))
    rows.append(
        f"{'HeidelTime*':<12} {'':>5} {'':>5} "
        + " ".join(f"{100 * HEIDELTIME[c]:>10.1f}" if c in HEIDELTIME else f"{'':>10}" for c in cols)
    )
    rows.append("* HeidelTime 2.2.1, TempEval-3 platinum test set (published), for reference only.")
    return rows
