"""Entity recall and type precision on news gold in the seed gold's format (issue 9).

Re-DocRED (``entity_recall``) is Wikipedia prose; this scorer asks the same question of news
articles with gold beside them (``NAME.txt`` + ``NAME.gold.json``, as ``dateline eval facts``
reads them). System entities are mapped to gold entities as the facts scorer maps them
(``facts.map_entities``: by overlapping name mentions), so a figure here is the entity stage's
share of what the facts score sees.

* **Recall.** A gold PERSON or ORG (``ORG_OR_PRODUCT`` counts as ORG) that the text *names* (a
  mention that opens on a capitalised word after any article, pronoun or title) is *found* when a
  system entity of the right type maps to it, *typed wrong* when only entities of another type
  do, and *missing* when none does. Gold people the text never names (``a Grimsby
  trawlerman``) are counted apart: the entity stage makes a person of a descriptor only when
  somebody speaks or a relative is described, so they say little about naming.
* **Type precision.** Each system PERSON or ORG with a name mention is *right* when it maps to a
  gold entity of its type, a *type error* when it maps to a gold entity of another type (a
  place, a club, a firm typed PERSON), and *spurious* when it maps to no gold entity or only to
  one the text never names (a place the gold does not list, a common noun taken for a name).

A miss is put down to what spaCy tagged over the gold mentions (``entity_recall.cause``).
``python -m dateline.eval.entity_recall tests/gold-dev tests/families [--list]``.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from dateline.eval import facts as F
from dateline.eval.entity_recall import verdict
from dateline.eval.relations import NAME_KINDS

RIGHT = {"PERSON": ("PERSON",), "ORG": ("ORG", "ORG_OR_PRODUCT"), "ORG_OR_PRODUCT": ("ORG", "ORG_OR_PRODUCT")}
SCORED = ("PERSON", "ORG")
# capitalised words that do not make a mention a name: they open descriptors and sentences
NOT_NAME_WORDS = {
    "the", "a", "an", "his", "her", "hers", "their", "its", "he", "she", "they", "him", "them",
    "who", "whose", "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "our", "my", "your", "this",
    "that", "these", "those", "one", "two", "three", "both", "all", "some", "another",
}


def gold_type(t: str) -> str:
    return "ORG" if t in ("ORG", "ORG_OR_PRODUCT") else t


def named(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether some gold mention opens, after any article, pronoun or title, on a capitalised
    word (``Gary, 57``, ``Mr Hale`` and ``the Brewing Workers' Union`` are names; ``The
    57-year-old``, ``the firm`` and ``the daughter of a coal miner from Maryport`` are not)."""
    for s, e in spans:
        words = re.findall(r"[\w][\w'’.-]*", text[s:e])
        while words and words[0].lower().rstrip(".") in NOT_NAME_WORDS:
            words.pop(0)
        if words and words[0][0].isupper():
            return True
    return False


def diagnose(doc: Any, gold: F.GoldDoc, ex: Any) -> tuple[list[dict], list[dict]]:
    """Rows for gold entities (recall) and for system entities with a name (type precision)."""
    mapping = F.map_entities(gold, ex)
    gtypes = {e["id"]: gold_type(e.get("type", "")) for e in gold.gold.get("entities", [])}
    gnames = {e["id"]: e.get("canonical", e["id"]) for e in gold.gold.get("entities", [])}
    by_gold: dict[str, list[str]] = {}
    for ent in ex.entities:
        if ent.id in mapping:
            by_gold.setdefault(mapping[ent.id], []).append(ent.type)
    grows = []
    for gid, gtype in gtypes.items():
        if gtype not in SCORED:
            continue
        spans = gold.spans.get(gid, [])
        got = by_gold.get(gid, [])
        status, why = verdict(gtype, got, doc, spans, RIGHT)
        grows.append({"article": gold.name, "gold": gid, "type": gtype, "name": gnames[gid],
                      "named": named(gold.text, spans), "status": status, "cause": why})
    isnamed = {r["gold"]: r["named"] for r in grows}
    srows = []
    for ent in ex.entities:
        if ent.type not in ("PERSON", "ORG", "ORG_OR_PRODUCT") or not any(m.kind in NAME_KINDS for m in ent.mentions):
            continue
        stype = "PERSON" if ent.type == "PERSON" else "ORG"
        gid = mapping.get(ent.id)
        if gid is None or (gid in isnamed and not isnamed[gid]):
            # a name inside an unnamed person's descriptor ("a coal miner from Maryport") is
            # not that person: the gold lists no entity for it
            status = "spurious"
        elif gtypes.get(gid) == stype:
            status = "right"
        else:
            status = f"type error: gold {gtypes.get(gid) or '?'}"
        srows.append({"article": gold.name, "system": ent.id, "type": stype, "name": ent.name,
                      "gold": gid, "status": status})
    return grows, srows


def run(dirs: Iterable[Path], model: str) -> tuple[list[dict], list[dict]]:
    from dateline import nlp as nlp_mod
    from dateline.pipeline import extract_doc
    from dateline.read import from_dated_text

    golds = [F.load_gold(p) for d in dirs for p in sorted(Path(d).glob("*.gold.json"))]
    articles = [from_dated_text(g.text, source=g.name, article_id=g.name) for g in golds]
    grows: list[dict] = []
    srows: list[dict] = []
    for gold, doc in zip(golds, nlp_mod.pipe(articles, nlp=nlp_mod.load(model)), strict=True):
        g, s = diagnose(doc, gold, extract_doc(doc, doc._.article))
        grows.extend(g)
        srows.extend(s)
    return grows, srows


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}" if b else "    -"


def table(grows: list[dict], srows: list[dict]) -> list[str]:
    out = [f"{'named gold entities':<28} {'PER':>5} {'ORG':>5} {'all':>5}"]

    def line(label: str, rows: list[dict], pick: Any) -> str:
        n = {t: sum(1 for r in rows if r["type"] == t and pick(r)) for t in SCORED}
        return f"{label:<28} {n['PERSON']:>5} {n['ORG']:>5} {n['PERSON'] + n['ORG']:>5}"

    names = [r for r in grows if r["named"]]
    out.append(line("gold", names, lambda r: True))
    for status in ("found", "typed wrong", "missing"):
        out.append(line(status, names, lambda r, s=status: r["status"] == s))
    found = {t: sum(1 for r in names if r["type"] == t and r["status"] == "found") for t in SCORED}
    total = {t: sum(1 for r in names if r["type"] == t) for t in SCORED}
    out.append(f"{'recall %':<28} {_pct(found['PERSON'], total['PERSON']):>5} {_pct(found['ORG'], total['ORG']):>5} "
               f"{_pct(sum(found.values()), sum(total.values())):>5}")
    out.append("causes (typed wrong and missing):")
    for c, _ in Counter(r["cause"] for r in names if r["status"] != "found").most_common():
        out.append(line("  " + c, names, lambda r, c=c: r["status"] != "found" and r["cause"] == c))
    unnamed = [r for r in grows if not r["named"]]
    out.append(line("unnamed gold (found/all)", unnamed, lambda r: r["status"] == "found")
               + f"   of {sum(1 for r in unnamed if r['type'] == 'PERSON')}/{sum(1 for r in unnamed if r['type'] == 'ORG')}")
    out.append(f"{'system entities with a name':<28} {'PER':>5} {'ORG':>5} {'all':>5}")
    out.append(line("system", srows, lambda r: True))
    for status in sorted({r["status"] for r in srows}, key=lambda s: (s != "right", s)):
        out.append(line(status, srows, lambda r, s=status: r["status"] == s))
    right = {t: sum(1 for r in srows if r["type"] == t and r["status"] == "right") for t in SCORED}
    alls = {t: sum(1 for r in srows if r["type"] == t) for t in SCORED}
    out.append(f"{'type precision %':<28} {_pct(right['PERSON'], alls['PERSON']):>5} {_pct(right['ORG'], alls['ORG']):>5} "
               f"{_pct(sum(right.values()), sum(alls.values())):>5}")
    return out


def listing(grows: list[dict], srows: list[dict]) -> list[str]:
    out = []
    for r in grows:
        if r["status"] != "found" and r["named"]:
            out.append(f"{r['article']:<32} {r['type']:<6} {r['status']:<11} {r['cause']:<20} {r['name']}")
    for r in srows:
        if r["status"] != "right":
            out.append(f"{r['article']:<32} {r['type']:<6} {r['status']:<24} {r['name']}")
    return out


def report(dirs: list[Path], model: str, show: bool = False) -> list[str]:
    grows, srows = run(dirs, model)
    lines = table(grows, srows)
    if show:
        lines += listing(grows, srows)
    return lines
