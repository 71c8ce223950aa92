"""Issue 9 experiment: does a small learned (person, organisation) employer scorer beat the
rules on text it was not tuned on?

``collect`` runs the pipeline on Re-DocRED dev and on the news development gold folders and
writes one row per candidate pair (features from employer_features.py, the rules' decision,
and the gold label) with each document's gold and rule employer keys. ``cv`` splits each
corpus by document into 5 folds (fixed seed), trains a logistic regression on the other folds
of both corpora, picks its thresholds by an inner cross-validation inside those training folds
only, and scores employer P/R/F1 on the held-out fold the way each corpus' scorer does:
rules alone, the model alone, rules plus the model's confident additions (adder), rules minus
the ones it scores very low (veto), and both.

    python -m dateline.eval.employer_cv collect -o /tmp/employer_rows.json
    python -m dateline.eval.employer_cv cv /tmp/employer_rows.json
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

import numpy as np

from dateline.eval.common import PRF

NEWS_DIRS = ("tests/gold-dev", "tests/families", "tests/gold", "/tmp/s23", "/tmp/s4", "/tmp/s5")
REDOCRED = "../shared/data/redocred/dev"
FOLDS = 5
SEED = 13


def _rows_of(doc: Any, ex: Any, keyer: Any) -> list[dict]:
    from dateline.eval.employer_features import candidates, rule_pairs

    rules = rule_pairs(ex)
    out = []
    for (p, o), f in candidates(doc, ex).items():
        key = keyer(p, o)
        out.append({"pair": [p, o], "key": key, "rule": (p, o) in rules, "f": f})
    return out


def collect(redocred: str, news: list[str], model: str) -> list[dict]:
    from dateline import nlp as nlp_mod
    from dateline.eval import facts as F
    from dateline.eval import relations as R
    from dateline.pipeline import extract_doc
    from dateline.read import from_dated_text

    nlp = nlp_mod.load(model)
    docs: list[dict] = []
    articles, golds = R.load(R.find_pairs(Path(redocred)))
    for doc in nlp_mod.pipe(articles, nlp=nlp):
        art = doc._.article
        ex = extract_doc(doc, art)
        gold = golds[art.id]
        rmap = R.map_entities(gold, ex)

        def rkey(p: str, o: str, mapping: dict = rmap) -> Any:
            gp, go = mapping.get(p), mapping.get(o)
            return None if gp is None or go is None else [gp, go]

        system, _ = R.system_triples(gold, ex)
        docs.append({"corpus": "redocred", "doc": art.id,
                     "gold": sorted([s, o] for r, s, o in gold.relations if r == "employer"),
                     "rules": sorted([s, o] for r, s, o in system if r == "employer"),
                     "cands": _rows_of(doc, ex, rkey)})
    for d in news:
        golds_n = [F.load_gold(p) for p in sorted(Path(d).glob("*.gold.json"))]
        arts = [from_dated_text(g.text, source=g.name, article_id=g.name) for g in golds_n]
        for g, doc in zip(golds_n, nlp_mod.pipe(arts, nlp=nlp), strict=True):
            ex = extract_doc(doc, doc._.article)
            mapping = F.map_entities(g, ex)

            def nkey(p: str, o: str, mapping: dict = mapping) -> Any:
                return [mapping.get(p, "system:" + p), mapping.get(o, "system:" + o)]

            # the facts scorer counts employer facts only (a title's object is not an employer there)
            docs.append({"corpus": "news", "doc": f"{d}/{g.name}",
                         "gold": [[f["subject"], f.get("object")] for f in g.gold.get("facts", []) if f["relation"] == "employer"],
                         "rules": sorted({tuple(nkey(f.subject, f.object)) for f in ex.facts if f.relation == "employer" and f.object}),
                         "employer_pairs": sorted({(f.subject, f.object) for f in ex.facts if f.relation == "employer" and f.object}),
                         "cands": _rows_of(doc, ex, nkey)})
    return docs


# ---- cross-validation -------------------------------------------------------------------


def score_docs(docs: list[dict], scores: dict[tuple[int, int], float], mode: str, t_add: float, t_veto: float) -> tuple[int, int, int]:
    """Employer tp/fp/fn over ``docs`` when the system's pairs are chosen by ``mode``:
    'rules', 'model' (score >= t_add), 'add' (rules + score >= t_add), 'veto' (rules with
    score >= t_veto), 'both'. ``scores`` is keyed by (doc index, candidate index)."""
    tp = fp = fn = 0
    for d in docs:
        keep: set[tuple] = set()
        cand_rule_keys = set()
        for j, c in enumerate(d["cands"]):
            s = scores[(d["_i"], j)]
            if c["key"] is None:
                continue
            k = tuple(c["key"])
            news_rule = c["rule"] and (d["corpus"] == "redocred" or tuple(c["pair"]) in {tuple(x) for x in d.get("employer_pairs", [])})
            if news_rule:
                cand_rule_keys.add(k)
            if mode == "rules":
                on = news_rule
            elif mode == "model":
                on = s >= t_add
            elif mode == "add":
                on = news_rule or s >= t_add
            elif mode == "veto":
                on = news_rule and s >= t_veto
            else:
                on = (news_rule and s >= t_veto) or (not news_rule and s >= t_add)
            if on:
                keep.add(k)
        # rule keys no candidate carries (none expected) stay as they are
        keep |= {tuple(k) for k in d["rules"]} - cand_rule_keys if mode != "model" else set()
        gold = [tuple(g) for g in d["gold"]]
        hit = keep & set(gold)
        tp += len(hit)
        fp += len(keep - set(gold))
        fn += len(gold) - len(hit)
    return tp, fp, fn


def _xy(docs: list[dict], vocab: dict[str, int]) -> tuple[Any, np.ndarray, list[tuple[int, int]]]:
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    y: list[int] = []
    ids: list[tuple[int, int]] = []
    for d in docs:
        for j, c in enumerate(d["cands"]):
            n = len(y)
            for k, v in c["f"].items():
                if k in vocab:
                    rows.append(n)
                    cols.append(vocab[k])
                    vals.append(v)
            y.append(1 if c["key"] is not None and c["key"] in d["gold"] else 0)
            ids.append((d["_i"], j))
    return csr_matrix((vals, (rows, cols)), shape=(len(y), len(vocab))), np.array(y), ids


# Variants the experiment tried: with or without the rules' decision as a feature, and with
# classes weighted to balance (positives are about 1 in 40 candidates in Re-DocRED).
DROP: tuple[str, ...] = ()
BALANCED = False


def fit(docs: list[dict], c: float = 1.0, min_count: int = 2) -> tuple[dict[str, int], Any]:
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    counts: dict[str, int] = {}
    for d in docs:
        for cand in d["cands"]:
            if cand["key"] is None:
                continue  # unjudged: the gold does not say, so it teaches nothing
            for k in cand["f"]:
                if not k.startswith(DROP) or not DROP:
                    counts[k] = counts.get(k, 0) + 1
    vocab = {k: i for i, k in enumerate(sorted(k for k, n in counts.items() if n >= min_count))}
    judged = [{**d, "cands": [c_ for c_ in d["cands"] if c_["key"] is not None]} for d in docs]
    X, y, _ = _xy(judged, vocab)
    clf = LogisticRegression(C=c, max_iter=2000, solver="liblinear", class_weight="balanced" if BALANCED else None)
    clf.fit(X, y)
    return vocab, clf


def predict(docs: list[dict], vocab: dict[str, int], clf: Any) -> dict[tuple[int, int], float]:
    X, _, ids = _xy(docs, vocab)
    if not ids:
        return {}
    return dict(zip(ids, clf.predict_proba(X)[:, 1].tolist(), strict=True))


def folds(docs: list[dict], k: int, seed: int) -> list[list[dict]]:
    """Documents of each corpus dealt into k folds, shuffled with a fixed seed."""
    out: list[list[dict]] = [[] for _ in range(k)]
    for corpus in sorted({d["corpus"] for d in docs}):
        mine = sorted((d for d in docs if d["corpus"] == corpus), key=lambda d: d["doc"])
        random.Random(seed).shuffle(mine)
        for n, d in enumerate(mine):
            out[n % k].append(d)
    return out


ADD_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
VETO_GRID = (-0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3)


def _both_f1(docs: list[dict], scores: dict, mode: str, ta: float, tv: float) -> float:
    """The smaller of the two corpora's F1: a threshold must serve both."""
    out = []
    for corpus in ("redocred", "news"):
        mine = [d for d in docs if d["corpus"] == corpus]
        out.append(PRF(*score_docs(mine, scores, mode, ta, tv)).f1)
    return min(out) + 0.001 * sum(out)


def choose(docs: list[dict], mode: str, c: float, seed: int) -> tuple[float, float]:
    """Thresholds from an inner cross-validation over the training documents alone."""
    scores: dict = {}
    inner = folds(docs, 4, seed + 1)
    for i, test in enumerate(inner):
        train = [d for j, f in enumerate(inner) if j != i for d in f]
        vocab, clf = fit(train, c)
        scores.update(predict(test, vocab, clf))
    grid = [(ta, tv) for ta in (ADD_GRID if mode in ("add", "both", "model") else (1.01,))
            for tv in (VETO_GRID if mode in ("veto", "both") else (-0.01,))]
    return max(grid, key=lambda g: (_both_f1(docs, scores, mode, *g), -g[1], g[0]))


def cv(docs: list[dict], c: float = 1.0) -> dict:
    for i, d in enumerate(docs):
        d["_i"] = i
    outer = folds(docs, FOLDS, SEED)
    modes = ("rules", "model", "add", "veto", "both")
    totals = {(m, corpus): [0, 0, 0] for m in modes for corpus in ("redocred", "news")}
    picked: dict[str, list] = {m: [] for m in modes}
    for i, test in enumerate(outer):
        train = [d for j, f in enumerate(outer) if j != i for d in f]
        vocab, clf = fit(train, c)
        scores = predict(test, vocab, clf)
        for m in modes:
            ta, tv = (1.01, -0.01) if m == "rules" else choose(train, m, c, SEED + i)
            picked[m].append((ta, tv))
            for corpus in ("redocred", "news"):
                got = score_docs([d for d in test if d["corpus"] == corpus], scores, m, ta, tv)
                totals[(m, corpus)] = [a + b for a, b in zip(totals[(m, corpus)], got, strict=True)]
    report: dict = {"C": c, "thresholds": picked, "scores": {}}
    for (m, corpus), (tp, fp, fn) in totals.items():
        prf = PRF(tp, fp, fn)
        report["scores"][f"{m}/{corpus}"] = {"tp": tp, "fp": fp, "fn": fn, "P": round(100 * prf.precision, 1), "R": round(100 * prf.recall, 1), "F1": round(100 * prf.f1, 1)}
    return report


def oracle(docs: list[dict], c: float = 1.0) -> dict:
    """An optimistic bound: out-of-fold scores, with each corpus' thresholds chosen on its own
    held-out folds (not a result; if even this does not beat the rules, no threshold will)."""
    for i, d in enumerate(docs):
        d["_i"] = i
    outer = folds(docs, FOLDS, SEED)
    scores: dict = {}
    for i, test in enumerate(outer):
        vocab, clf = fit([d for j, f in enumerate(outer) if j != i for d in f], c)
        scores.update(predict(test, vocab, clf))
    out = {}
    for corpus in ("redocred", "news"):
        mine = [d for d in docs if d["corpus"] == corpus]
        for m in ("add", "veto", "both"):
            grid = [(ta, tv) for ta in ADD_GRID + (0.1, 0.2) for tv in VETO_GRID + (0.4, 0.5)]
            best = max(grid, key=lambda g: PRF(*score_docs(mine, scores, m, *g)).f1)
            tp, fp, fn = score_docs(mine, scores, m, *best)
            out[f"{m}/{corpus}"] = {"thresholds": best, "F1": round(100 * PRF(tp, fp, fn).f1, 1), "tp": tp, "fp": fp, "fn": fn}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("collect")
    a.add_argument("-o", "--out", required=True)
    a.add_argument("--redocred", default=REDOCRED)
    a.add_argument("--news", nargs="*", default=list(NEWS_DIRS))
    a.add_argument("--model", default=None)
    b = sub.add_parser("cv")
    b.add_argument("rows")
    b.add_argument("-C", type=float, nargs="*", default=[1.0])
    b.add_argument("--drop", nargs="*", default=[], help="leave out features starting with these")
    b.add_argument("--balanced", action="store_true", help="weight the classes to balance")
    b.add_argument("--oracle", action="store_true", help="also the optimistic bound (thresholds tuned on the test folds)")
    args = ap.parse_args(argv)
    if args.cmd == "collect":
        from dateline.defaults import DEFAULT_MODEL

        docs = collect(args.redocred, [d for d in args.news if Path(d).is_dir()], args.model or DEFAULT_MODEL)
        Path(args.out).write_text(json.dumps(docs), encoding="utf-8")
        print(f"{len(docs)} documents, {sum(len(d['cands']) for d in docs)} candidates -> {args.out}")
        return
    docs = json.loads(Path(args.rows).read_text(encoding="utf-8"))
    global DROP, BALANCED
    DROP, BALANCED = tuple(args.drop), args.balanced
    for c in args.C:
        rep = cv(docs, c)
        print(f"C={c} drop={list(DROP)} balanced={BALANCED}")
        for k, v in rep["scores"].items():
            print(f"  {k:<16} P {v['P']:>5} R {v['R']:>5} F1 {v['F1']:>5}  (tp {v['tp']} fp {v['fp']} fn {v['fn']})")
        print("  thresholds (add, veto) per fold:", {m: t for m, t in rep["thresholds"].items() if m != "rules"})
        if args.oracle:
            for k, v in oracle(docs, c).items():
                print(f"  bound {k:<14} F1 {v['F1']:>5}  (tp {v['tp']} fp {v['fp']} fn {v['fn']}) at (add, veto) {v['thresholds']}")


if __name__ == "__main__":
    main()
