"""Re-DocRED person-relation scorer: spouse, child, sibling, employer and death, P/R/F1.

Input is a pair ``NAME.jsonl`` (articles: ``id``, ``date``, ``title``, ``text``) and
``NAME.gold.jsonl`` (per article: ``entities`` with character-offset ``mentions`` and
``relations`` as ``[relation, subject id, object id or null]``, already normalised: spouse
and sibling unordered with the smaller id first, ``child`` as ``[child, parent, child]``,
``employer`` as ``[employer, person, organisation]``, ``death`` as ``[death, person, null]``).

Scoring (as ``../shared/data/README.md`` specifies):

* each dateline entity maps to the gold entity that most of its mentions overlap (ties go
  to the smaller gold id); an entity that overlaps none maps to nothing;
* dateline facts are normalised the same way: ``parent(x) = y`` is ``child(y) = x``, a
  ``title`` with an organisation object is an ``employer`` fact, a death event is ``death``;
* a predicted fact whose subject or object maps to no gold entity is not judged (the gold
  annotates named entities only) and is counted apart as *unjudged*;
* facts are compared as sets of normalised triples per article.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from dateline.eval.common import PRF, PerRelation
from dateline.eval.facts import normalize
from dateline.model import Article, Extraction

RELATIONS = ("spouse", "child", "sibling", "employer", "death")
NAME_KINDS = ("name", "surname", "firstname", "title")
Triple = tuple[str, int, Optional[int]]


class GoldError(ValueError):
    """A gold file or pair that cannot be scored; the message names the file and the reason."""


@dataclass
class GoldDoc:
    id: str
    entities: dict[int, list[tuple[int, int]]]
    relations: set[Triple]


def find_pairs(target: Path) -> list[tuple[Path, Path]]:
    """``(articles, gold)`` file pairs for a folder of ``*.gold.jsonl`` files or a prefix
    such as ``../shared/data/redocred/dev`` (meaning ``dev.jsonl`` + ``dev.gold.jsonl``)."""
    if target.is_dir():
        golds = sorted(target.glob("*.gold.jsonl"))
        if not golds:
            raise GoldError(f"{target}: no *.gold.jsonl files")
    else:
        golds = [target.with_name(target.name + ".gold.jsonl")]
    pairs = []
    for gold in golds:
        texts = gold.with_name(gold.name[: -len(".gold.jsonl")] + ".jsonl")
        for path in (texts, gold):
            if not path.is_file():
                raise GoldError(f"{path}: no such file (expected a NAME.jsonl beside NAME.gold.jsonl)")
        pairs.append((texts, gold))
    return pairs


def parse_gold(record: Any, *, where: str) -> GoldDoc:
    if not isinstance(record, dict) or "id" not in record:
        raise GoldError(f"{where}: not an object with an 'id'")
    entities: dict[int, list[tuple[int, int]]] = {}
    for ent in record.get("entities", []):
        try:
            entities[int(ent["id"])] = [(int(m["start"]), int(m["end"])) for m in ent["mentions"]]
        except (KeyError, TypeError, ValueError):
            raise GoldError(f"{where}: entity {ent!r:.60} lacks an id or mention offsets") from None
    relations: set[Triple] = set()
    for rel in record.get("relations", []):
        if not (isinstance(rel, list) and len(rel) == 3 and rel[0] in RELATIONS):
            raise GoldError(f"{where}: relation {rel!r} is not [relation, subject, object]")
        relations.add((rel[0], int(rel[1]), None if rel[2] is None else int(rel[2])))
    return GoldDoc(id=str(record["id"]), entities=entities, relations=relations)


def load(pairs: Iterable[tuple[Path, Path]], *, limit: Optional[int] = None) -> tuple[list[Article], dict[str, GoldDoc]]:
    """The articles to extract and their gold, keyed by article id; articles without gold
    are left out."""
    from dateline.read import Rejected, iter_jsonl

    articles: list[Article] = []
    golds: dict[str, GoldDoc] = {}
    for texts, gold_path in pairs:
        for n, raw in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{gold_path}:{n}: not valid JSON ({exc.msg})") from None
            gold = parse_gold(record, where=f"{gold_path}:{n}")
            golds[gold.id] = gold
        for item in iter_jsonl(texts.read_text(encoding="utf-8"), source=str(texts)):
            if isinstance(item, Rejected):
                raise GoldError(item.reason)
            if item.id in golds:
                articles.append(item)
    if limit is not None:
        articles = articles[:limit]
    return articles, {a.id: golds[a.id] for a in articles}


def map_entities(gold: GoldDoc, extraction: Extraction) -> dict[str, int]:
    """System entity id -> the gold entity most of its mentions overlap."""
    out: dict[str, int] = {}
    for ent in extraction.entities:
        counts: dict[int, int] = {}
        # The gold marks names only. A descriptor such as "Liang's father" overlaps the gold
        # name of its possessor, so it would vote for the wrong person: an entity that has
        # name mentions is mapped by them alone.
        named = [m for m in ent.mentions if m.kind in NAME_KINDS]
        for m in named or ent.mentions:
            for gid, spans in gold.entities.items():
                if any(m.start < e and s < m.end for s, e in spans):
                    counts[gid] = counts.get(gid, 0) + 1
        if counts:
            out[ent.id] = min(counts, key=lambda g: (-counts[g], g))
    return out


def system_triples(gold: GoldDoc, extraction: Extraction) -> tuple[set[Triple], int]:
    """The extraction's person relations as gold-id triples, and how many were unjudged."""
    mapping = map_entities(gold, extraction)
    judged: set[Triple] = set()
    unjudged: set[tuple] = set()
    for f in extraction.facts:
        relation = "employer" if f.relation == "title" and f.object is not None else f.relation
        rel, subj, obj, _ = normalize(relation, f.subject, f.object, f.value)
        if rel not in RELATIONS:
            continue
        gsub = mapping.get(subj)
        gobj = None if obj is None else mapping.get(obj)
        if gsub is None or (obj is not None and gobj is None):
            unjudged.add((rel, subj, obj))
            continue
        if rel in ("spouse", "sibling") and gobj is not None:
            gsub, gobj = sorted((gsub, gobj))
        judged.add((rel, gsub, None if rel == "death" else gobj))
    return judged, len(unjudged)


@dataclass
class Report(PerRelation):
    relations: dict[str, PRF] = field(default_factory=lambda: {r: PRF() for r in RELATIONS})
    unjudged: int = 0
    articles: int = 0
    errors: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            "total": self.total.as_dict(),
            "relations": {k: v.as_dict() for k, v in self.relations.items()},
            "unjudged": self.unjudged,
        }


def score_article(gold: GoldDoc, extraction: Extraction, report: Report) -> None:
    report.articles += 1
    system, unjudged = system_triples(gold, extraction)
    report.unjudged += unjudged
    for triple in sorted(system | gold.relations, key=str):
        prf = report.relations[triple[0]]
        if triple in system and triple in gold.relations:
            prf.tp += 1
        elif triple in system:
            prf.fp += 1
            report.errors.append({"type": "false positive", "article": gold.id, "relation": list(triple)})
        else:
            prf.fn += 1
            report.errors.append({"type": "miss", "article": gold.id, "relation": list(triple)})


def evaluate(target: Path, *, model: str, limit: Optional[int] = None) -> Report:
    from dateline.nlp import load as load_model
    from dateline.pipeline import extract_many
    from dateline.read import Rejected

    articles, golds = load(find_pairs(target), limit=limit)
    report = Report()
    for article, result in zip(articles, extract_many(articles, nlp=load_model(model)), strict=True):
        if isinstance(result, Rejected):
            # a crash scores as a miss of every gold relation in the article
            report.errors.append({"type": "crash", "article": article.id, "reason": result.reason})
            result = Extraction(article=article.meta())
        before = len(report.errors)
        score_article(golds[article.id], result, report)
        for e in report.errors[before:]:
            if "relation" in e:
                e.update(_where(article.text, golds[article.id], e["relation"]))
    return report


def _where(text: str, gold: GoldDoc, triple: list) -> dict:
    """The gold names of an error's entities and the stretch of text that holds a mention of
    each (the nearest pair), so that ``--errors`` can be read without the gold file."""
    ids = [g for g in triple[1:] if g is not None]
    names = [text[s:e] for g in ids for s, e in gold.entities.get(g, [])[:1]]
    spans = [gold.entities.get(g, []) for g in ids]
    if not all(spans):
        return {"names": names}
    start, end = min(((min(a[0], b[0]), max(a[1], b[1])) for a in spans[0] for b in spans[-1]), key=lambda x: x[1] - x[0])
    # widen to sentence ends ('. '), at most 200 characters either way
    left = text.rfind(". ", max(0, start - 200), start)
    right = text.find(". ", end, end + 200)
    context = text[left + 2 if left >= 0 else max(0, start - 200) : right + 1 if right >= 0 else end + 200]
    return {"names": names, "context": context.strip()}


def format_table(report: Report) -> list[str]:
    rows = [f"{'relation':<10} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"]
    for name, prf in list(report.relations.items()) + [("TOTAL", report.total)]:
        d = prf.as_dict()
        rows.append(f"{name:<10} {d['tp']:>4} {d['fp']:>4} {d['fn']:>4} {d['precision']:>6} {d['recall']:>6} {d['f1']:>6}")
    rows.append(f"articles: {report.articles}; unjudged predictions (subject or object not a gold entity): {report.unjudged}")
    return rows
