"""Entity recall where the person relations need it (issue 9): of the gold PER and ORG entities
that take part in a Re-DocRED spouse, child, sibling, employer or death relation, how many
have a system entity of the right type, how many one of the wrong type, how many none, and why.

A gold entity is *found* when a system entity maps to it (``relations.map_entities``) with the
right type (PER as PERSON; ORG as ORG or ORG_OR_PRODUCT), *typed wrong* when only entities of
another type map to it, *missing* when none does. A miss is put down to the first cause that
fits, read from spaCy's entities over the gold mentions:

* ``ner: none``: spaCy tagged no entity over any of its mentions;
* ``ner: LABEL``: spaCy tagged it, but only as another label (GPE, NORP, FAC, ...);
* ``ner: span``: spaCy tagged PERSON/ORG, never with the gold mention's bounds (split or merged);
* ``merged: namesake``: spaCy tagged a gold mention exactly, and the entity stage put it in an
  entity that maps to another gold entity sharing a word of the name (the gold's own split of
  one person into "Radu D. Lecca" and "Lecca", or a real merge of a father and a son);
* ``merged: other``: the same, into an entity of another name;
* ``rules: dropped``: spaCy tagged a gold mention exactly, and the entity stage dropped it;

and marked with the shapes that often go with a miss: an acronym, a leading "the", a name in
parentheses. ``python -m dateline.eval.entity_recall ../shared/data/redocred/dev [--list]``.

Given folders of news gold in the seed gold's format instead (``NAME.txt`` beside
``NAME.gold.json``; one or more), it scores those with ``entity_news``: entity recall of the named
gold people and organisations, and the type precision of the system's named entities.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any, Optional

from dateline.eval import relations as R

RIGHT = {"PER": ("PERSON",), "ORG": ("ORG", "ORG_OR_PRODUCT")}


def involved(record: dict) -> dict[int, tuple[str, str]]:
    """Gold id -> (type, name) of the PER and ORG entities in the five relations."""
    types = {int(e["id"]): (e.get("type", ""), e.get("name", "")) for e in record.get("entities", [])}
    out = {}
    for rel in record.get("relations", []):
        if rel[0] not in R.RELATIONS:
            continue
        for g in rel[1:]:
            if g is not None and types.get(int(g), ("",))[0] in RIGHT:
                out[int(g)] = types[int(g)]
    return out


def shapes(text: str, spans: list[tuple[int, int]]) -> list[str]:
    out = []
    words = [text[s:e] for s, e in spans]
    if any(len(w) >= 2 and w.replace(".", "").replace("&", "").isupper() for w in words):
        out.append("acronym")
    if any(text[max(0, s - 4) : s].lower() == "the " for s, _ in spans):
        out.append("the-X")
    if any(text[max(0, s - 1) : s] == "(" for s, _ in spans):
        out.append("in-parens")
    return out



def verdict(gtype: str, got: list[str], doc, spans, right: dict[str, tuple[str, ...]] | None = None) -> tuple[str, str]:
    """A gold entity's status from the types of the system entities matched to it, and why it
    was missed (shared by the Re-DocRED and the news scorers)."""
    if any(t in (right or RIGHT)[gtype] for t in got):
        return "found", ""
    if got:
        return "typed wrong", f"{gtype} as {'/'.join(sorted(set(got)))}"
    return "missing", cause(doc, spans)

def cause(doc: Any, spans: list[tuple[int, int]]) -> str:
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    over = [(s, e, lab) for s, e, lab in ents for gs, ge in spans if s < ge and gs < e]
    if not over:
        return "ner: none"
    ours = [(s, e) for s, e, lab in over if lab in ("PERSON", "ORG")]
    if not ours:
        return "ner: " + Counter(lab for _, _, lab in over).most_common(1)[0][0]
    if not any((s, e) in ours or (s, e) in {(a + 4, b) for a, b in ours} for s, e in spans):
        return "ner: span"
    return "rules"


def _merged(record: dict, gold: R.GoldDoc, ex: Any, mapping: dict[str, int], spans: list, name: str) -> str:
    """Why a name spaCy tagged has no entity of its own: its mentions went to an entity that
    maps to another gold entity, one sharing a word of the name (the gold splits one person
    into "Radu D. Lecca" and "Lecca", or a namesake was merged: a father and son), or not."""
    names = {int(e["id"]): e.get("name", "") for e in record.get("entities", [])}
    words = {w.lower() for w in name.split() if len(w) > 1}
    for ent in ex.entities:
        if any(m.start < e and s < m.end for m in ent.mentions if m.kind in R.NAME_KINDS for s, e in spans):
            other = mapping.get(ent.id)
            if other is not None:
                shared = words & {w.lower() for w in names.get(other, "").split()}
                return "merged: namesake" if shared else "merged: other"
    return "rules: dropped"


def diagnose(doc: Any, record: dict, gold: R.GoldDoc, ex: Any) -> list[dict]:
    mapping = R.map_entities(gold, ex)
    types = {e.id: e.type for e in ex.entities}
    by_gold: dict[int, list[str]] = {}
    for sid, gid in mapping.items():
        by_gold.setdefault(gid, []).append(types[sid])
    rows = []
    for gid, (gtype, name) in sorted(involved(record).items()):
        spans = gold.entities.get(gid, [])
        got = by_gold.get(gid, [])
        status, why = verdict(gtype, got, doc, spans)
        if status == "missing":
            if why == "rules":
                why = _merged(record, gold, ex, mapping, spans, name)
        rows.append({"article": gold.id, "gold": gid, "type": gtype, "name": name, "status": status,
                     "cause": why, "shapes": shapes(doc.text, spans)})
    return rows


def run(target: Path, model: str, limit: Optional[int] = None) -> list[dict]:
    from dateline import nlp as nlp_mod
    from dateline.pipeline import extract_doc

    articles, golds = R.load(R.find_pairs(target), limit=limit)
    records = {}
    for _texts, gold_path in R.find_pairs(target):
        for raw in gold_path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                rec = json.loads(raw)
                records[str(rec["id"])] = rec
    rows: list[dict] = []
    for doc in nlp_mod.pipe(articles, nlp=nlp_mod.load(model)):
        art = doc._.article
        rows.extend(diagnose(doc, records[art.id], golds[art.id], extract_doc(doc, art)))
    return rows


def table(rows: list[dict]) -> list[str]:
    out = [f"{'':<22} {'PER':>5} {'ORG':>5} {'all':>5}"]

    def line(label: str, pick) -> str:
        n = {t: sum(1 for r in rows if r["type"] == t and pick(r)) for t in ("PER", "ORG")}
        return f"{label:<22} {n['PER']:>5} {n['ORG']:>5} {n['PER'] + n['ORG']:>5}"

    out.append(line("gold entities", lambda r: True))
    for status in ("found", "typed wrong", "missing"):
        out.append(line(status, lambda r, s=status: r["status"] == s))
    out.append("causes (typed wrong and missing):")
    causes = Counter(r["cause"] for r in rows if r["status"] != "found")
    for c, _ in causes.most_common():
        out.append(line("  " + c, lambda r, c=c: r["status"] != "found" and r["cause"] == c))
    out.append("shapes among them:")
    for s in ("acronym", "the-X", "in-parens"):
        out.append(line("  " + s, lambda r, s=s: r["status"] != "found" and s in r["shapes"]))
    return out


def main(argv: Optional[list[str]] = None) -> None:
    from dateline.defaults import DEFAULT_MODEL

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("target", type=Path, nargs="+", help="Re-DocRED dir/prefix, or seed-format gold folders")
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--list", action="store_true", help="list every entity not found")
    ap.add_argument("--json", type=Path, help="write the rows here")
    a = ap.parse_args(argv)
    if all(t.is_dir() and any(t.glob("*.gold.json")) for t in a.target):
        from dateline.eval import entity_news

        print("\n".join(entity_news.report(a.target, a.model, show=a.list)))
        return
    rows = run(a.target[0], a.model, a.limit)
    print("\n".join(table(rows)))
    if a.list:
        for r in rows:
            if r["status"] != "found":
                print(f"{r['article']} {r['gold']:>3} {r['type']} {r['status']:<11} {r['cause']:<18} {','.join(r['shapes']):<16} {r['name']}")
    if a.json:
        a.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
