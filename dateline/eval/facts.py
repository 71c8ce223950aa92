"""Fact scorer: P/R/F1 of extracted facts against gold files in the seed gold's format.

A gold file ``NAME.gold.json`` sits beside its article ``NAME.txt``. Gold entities list
mentions as text (with an optional ``head`` inside it and ``occurrence``); gold facts give
``relation``, ``subject``/``object`` as gold entity ids, and ``value``.

Matching: system entities are mapped to gold entities by mention overlap, then a gold fact
matches a system fact on relation, subject, and object (when the gold fact has one) or value
(when it has one). Two spellings of one fact are treated as the same fact:
``parent(a) = b`` is ``child(b) = a``; ``spouse`` and ``sibling`` are symmetric; an event whose
value says death is the ``death`` attribute. Event values are free text in gold
("pregnancy announced (a boy)"), so events match on their category (see ``event_categories``
in patterns/facts.json). Gender is scored separately, against the gold entities' ``gender``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, overload

from dateline.eval.common import PRF, PerRelation
from dateline.eval.must_not import check as check_must_not
from dateline.extractors.facts import patterns
from dateline.model import Extraction
from dateline.wordstart import occurrences

SYMMETRIC = {"spouse", "sibling"}


class GoldError(ValueError):
    """A gold file entry that cannot be scored; the message names the file and the entry."""


@dataclass
class GoldDoc:
    name: str
    text: str
    gold: dict
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)




def load_gold(gold_path: Path) -> GoldDoc:
    name = gold_path.name[: -len(".gold.json")]
    txt = gold_path.with_name(name + ".txt")
    if not txt.exists():
        raise GoldError(f"{gold_path}: no article {txt.name} beside it")
    text = txt.read_text(encoding="utf-8")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise GoldError(f"{gold_path}: not valid JSON ({exc})") from None
    doc = GoldDoc(name=name, text=text, gold=gold)
    ids = set()
    for i, ent in enumerate(gold.get("entities", [])):
        if "id" not in ent:
            raise GoldError(f"{gold_path}: entities[{i}] has no 'id'")
        ids.add(ent["id"])
        spans: list[tuple[int, int]] = []
        mentions = [(m, True) for m in ent.get("mentions", [])] + [({"text": ent.get("canonical", "")}, False)]
        for m, required in mentions:
            mtext = m.get("text", "")
            if not mtext:
                continue
            found = occurrences(text, mtext)
            if not found and required:
                raise GoldError(f"{gold_path}: entity {ent['id']!r} mention {mtext!r} is not in the article")
            if "occurrence" in m:
                found = found[m["occurrence"] - 1 : m["occurrence"]]
            for at in found:
                head = m.get("head")
                if head and head in mtext:
                    h = mtext.index(head)
                    spans.append((at + h, at + h + len(head)))
                else:
                    spans.append((at, at + len(mtext)))
        doc.spans[ent["id"]] = spans
    for i, fact in enumerate(gold.get("facts", [])):
        for key in ("relation", "subject"):
            if key not in fact:
                raise GoldError(f"{gold_path}: facts[{i}] has no {key!r}")
        for key in ("subject", "object"):
            if fact.get(key) is not None and fact[key] not in ids:
                raise GoldError(f"{gold_path}: facts[{i}] {key} {fact[key]!r} is not a gold entity id")
        ev = fact.get("evidence")
        if isinstance(ev, str) and ev not in text:
            raise GoldError(f"{gold_path}: facts[{i}] evidence {ev!r} is not in the article")
    return doc


def map_entities(doc: GoldDoc, extraction: Extraction) -> dict[str, str]:
    """System entity id -> gold entity id, by the number of overlapping mentions (name mentions
    only, when the entity has any); a tie goes to the gold entity whose canonical name the
    system name shares."""
    canon = {e["id"]: e.get("canonical", "").lower() for e in doc.gold.get("entities", [])}
    out: dict[str, str] = {}
    for ent in extraction.entities:
        best, best_key = None, (0, 0, 0)
        # As in the relations scorer: an entity that has name mentions is mapped by them alone,
        # so that pronouns it took by mistake ("her" resolved to the wrong woman) do not make it
        # stand for someone else and score her facts as its own.
        by_name = [m for m in ent.mentions if m.kind in ("name", "surname", "firstname", "title")]
        for gid, spans in doc.spans.items():
            overlap = sum(1 for m in by_name or ent.mentions if any(m.start < e and s < m.end for s, e in spans))
            # on a tie, the gold entity that holds the mentions' last words, their heads:
            # "Stuart's wife" is the wife's mention though it holds Stuart's name
            heads = sum(1 for m in by_name or ent.mentions if any(s < m.end <= e for s, e in spans))
            named = int(bool(canon[gid]) and ent.name.lower() in (canon[gid], canon[gid].split()[-1]))
            key = (overlap, heads, named)
            if key > best_key:
                best, best_key = gid, key
        if best is not None:
            out[ent.id] = best
    return out


def _category(value: Any) -> str:
    text = str(value).lower()
    for name, keys in patterns()["event_categories"]:
        if any(k in text for k in keys):
            return name
    return text.strip()


def _norm(value: Any) -> Optional[str]:
    if value is None:
        return None
    return _norm_text(value)


def _norm_text(value: Any) -> str:
    return re.sub(r"\s+", " ", str(value).strip().lower())


def normalize(relation: str, subject: str, obj: Optional[str], value: Any) -> tuple[str, str, Optional[str], Any]:
    if relation == "parent" and obj is not None:
        return "child", obj, subject, value
    if relation in SYMMETRIC and obj is not None:
        a, b = sorted((subject, obj))
        return relation, a, b, value
    if relation == "event" and _category(value) == "death":
        return "death", subject, None, None
    return relation, subject, obj, value


def matches(gold: tuple, system: tuple) -> bool:
    grel, gsub, gobj, gval = gold
    srel, ssub, sobj, sval = system
    if grel != srel or gsub != ssub:
        return False
    if gobj is not None:
        return gobj == sobj
    if gval is None:
        return True
    if grel == "event":
        return _category(gval) == _category(sval)
    if grel == "death":
        # a gold date matches the same date; free-text gold ("on Tuesday") matches any
        return not re.match(r"^\d{4}", str(gval)) or _norm(gval) == _norm(sval)
    if grel in ("occupation", "title") and gval is not None and sval is not None:
        # "singer" and "country singer" name the same job at two levels of detail: match when
        # one is the other's last words (same head noun)
        g, sv = _norm_text(gval).split(), _norm_text(sval).split()
        short, long_ = sorted((g, sv), key=len)
        return long_[len(long_) - len(short):] == short
    return _norm(gval) == _norm(sval)


@dataclass
class Report(PerRelation):
    relations: dict[str, PRF] = field(default_factory=dict)
    gender: PRF = field(default_factory=PRF)
    born_exact: int = 0
    born_total: int = 0
    articles: int = 0
    errors: list[dict] = field(default_factory=list)
    must_not_total: int = 0
    must_not_checked: int = 0
    must_not_violated: int = 0

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            "total": self.total.as_dict(),
            "relations": {k: v.as_dict() for k, v in sorted(self.relations.items())},
            "gender": self.gender.as_dict(),
            "born_between_exact": [self.born_exact, self.born_total],
            "must_not": {"total": self.must_not_total, "checked": self.must_not_checked, "violated": self.must_not_violated},
        }


def score_article(doc: GoldDoc, extraction: Extraction, report: Report) -> None:
    report.articles += 1
    mapping = map_entities(doc, extraction)

    @overload
    def gid(eid: str) -> str: ...
    @overload
    def gid(eid: None) -> None: ...
    def gid(eid: Optional[str]) -> Optional[str]:
        return None if eid is None else mapping.get(eid, f"system:{eid}")

    system: dict[tuple, Any] = {}
    for f in extraction.facts:
        if f.relation == "gender":
            continue
        key = normalize(f.relation, gid(f.subject), gid(f.object), _norm(f.value))
        system.setdefault(key, f)
    gold_facts = [(normalize(g["relation"], g["subject"], g.get("object"), g.get("value")), g) for g in doc.gold.get("facts", [])]
    used: set[tuple] = set()
    for gkey, g in gold_facts:
        prf = report.relations.setdefault(gkey[0], PRF())
        hit = next((k for k in system if k not in used and matches(gkey, k)), None)
        if hit is None:
            prf.fn += 1
            report.errors.append({"type": "miss", "article": doc.name, "fact": g})
            continue
        used.add(hit)
        prf.tp += 1
        if g.get("born_between"):
            report.born_total += 1
            sys_fact = system[hit]
            if sys_fact.born_between and list(sys_fact.born_between) == list(g["born_between"]):
                report.born_exact += 1
            else:
                report.errors.append({"type": "wrong birth range", "article": doc.name, "fact": g,
                                      "system": list(sys_fact.born_between or []), "as_of": sys_fact.as_of})
    for key, f in system.items():
        if key not in used:
            report.relations.setdefault(key[0], PRF()).fp += 1
            report.errors.append({"type": "false positive", "article": doc.name, "fact": f.model_dump(include={"relation", "subject", "object", "value"}),
                                  "evidence": f.evidence.text})
    # gender: gold entities' stated gender against gender facts
    gold_gender = {e["id"]: e.get("gender") for e in doc.gold.get("entities", []) if e.get("gender")}
    sys_gender = {(gid(f.subject), _norm(f.value)): f for f in extraction.facts if f.relation == "gender"}
    for pair, f in sys_gender.items():
        if gold_gender.get(pair[0]) == pair[1]:
            report.gender.tp += 1
        else:
            report.gender.fp += 1
            # a wrong gender is read from its evidence: usually a pronoun linked to the wrong person
            report.errors.append({"type": "false gender", "article": doc.name, "subject": pair[0], "value": pair[1],
                                  "gold": gold_gender.get(pair[0]), "evidence": f.evidence.text})
    for k, v in gold_gender.items():
        if (k, v) not in sys_gender:
            report.gender.fn += 1
            report.errors.append({"type": "missed gender", "article": doc.name, "subject": k, "value": v})
    for c in check_must_not(doc.gold, extraction, mapping):
        report.must_not_total += 1
        report.must_not_checked += c.checkable
        if c.violated_by:
            report.must_not_violated += 1
            report.errors.append({"type": "must_not violated", "article": doc.name, "rule": c.rule, "by": list(c.violated_by)})


def evaluate(directory: Path, *, model: str) -> Report:
    from dateline.nlp import load
    from dateline.pipeline import extract_many
    from dateline.read import Rejected, from_dated_text

    golds = [load_gold(p) for p in sorted(directory.glob("*.gold.json"))]
    articles = [from_dated_text(g.text, source=g.name, article_id=g.name) for g in golds]
    report = Report()
    nlp = load(model)
    for doc, article, result in zip(golds, articles, extract_many(articles, nlp=nlp), strict=True):
        if isinstance(result, Rejected):
            # a crash scores as a miss of every gold fact in the article
            report.errors.append({"type": "crash", "article": doc.name, "reason": result.reason})
            result = Extraction(article=article.meta())
        score_article(doc, result, report)
    return report


def format_table(report: Report) -> list[str]:
    rows = [f"{'relation':<20} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"]
    for name, prf in sorted(report.relations.items()) + [("TOTAL", report.total), ("gender (entities)", report.gender)]:
        d = prf.as_dict()
        rows.append(f"{name:<20} {d['tp']:>4} {d['fp']:>4} {d['fn']:>4} {d['precision']:>6} {d['recall']:>6} {d['f1']:>6}")
    rows.append(f"articles: {report.articles}; born_between exact on matched ages: {report.born_exact}/{report.born_total}")
    rows.append(f"must_not: {report.must_not_violated} violated of {report.must_not_checked} checked "
                f"({report.must_not_total - report.must_not_checked} of {report.must_not_total} not machine-checkable)")
    return rows
