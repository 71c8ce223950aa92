"""Issue 9 experiment, second round: can a learned (person, organisation) scorer ADD employer
facts the rules miss, on news folders it was not trained on?

Unlike employer_cv.py (which let the model veto or replace the rules, and mixed in Re-DocRED),
this one only proposes additions: candidates are same-sentence (person, organisation) pairs the
rules did not already give as an employer fact (a person mention may be a pronoun or descriptor
resolved to a PERSON entity). Labels come from the facts scorer's own entity alignment
(``eval.facts.map_entities``), so a positive is exactly a pair the scorer would count as right.

The honest measure is leave-one-folder-out over the news development folders: train on all
folders but one, choose the threshold by an inner leave-one-folder-out inside those training
folders only, add the held-out folder's candidates above it, and score employer and TOTAL
P/R/F1 with and without the additions.

    python -m dateline.eval.employer_lofo collect DIR... -o ROWS_DIR   (one JSON per folder)
    python -m dateline.eval.employer_lofo lofo ROWS_DIR
"""

from __future__ import annotations

import argparse
import json
from bisect import bisect_right
from pathlib import Path
from typing import Any, Optional

from dateline.eval.common import PRF

ORG_TYPES = ("ORG", "ORG_OR_PRODUCT")
# Variant: besides the closest mention pair's features, those of every other mention pair of the
# two entities (prefixed 'any:'), for a person tied to an organisation in more than one place.
ALL_PAIRS = False
PREPS = ("at", "for", "of", "with", "from", "in", "by", "to")


def _extra(doc: Any, pm: Any, om: Any, others: list[tuple[int, int, str]]) -> dict[str, float]:
    """Features the shared path features do not spell out: a possessive organisation, an
    apposition on the path, the verb that governs both, another person or organisation between."""
    from dateline.eval.employer_features import dep_path, role_words

    f: dict[str, float] = {}
    a, b = pm.root, om.root
    got = dep_path(a, b)
    if got is not None:
        labels, inner = got
        if any("appos" in x for x in labels):
            f["appos_on_path"] = 1.0
        for t in inner:
            if t.dep_ == "prep" and t.lower_ in PREPS:
                f["prep_on=" + t.lower_] = 1.0
        gov = [t for t in inner if t.pos_ in ("VERB", "AUX")]
        if gov:
            f["gov=" + gov[-1].lemma_.lower()] = 1.0
        if inner and any(t.lemma_.lower() in role_words() for t in inner) and any("appos" in x for x in labels):
            f["appos_role"] = 1.0
    if b.dep_ == "poss":
        f["org_poss"] = 1.0
        if b.head.lemma_.lower() in role_words():
            f["org_poss_role"] = 1.0
    lo, hi = (pm, om) if pm.start < om.start else (om, pm)
    s, e = lo.end_char, hi.start_char
    for os_, oe, typ in others:
        if s <= os_ and oe <= e:
            f["between_" + typ] = 1.0
    return f


def candidates(doc: Any, ex: Any) -> list[dict]:
    """Every (PERSON, organisation) pair with mentions in one sentence that the rules did not
    give as an employer fact; features from the mention pair with the shortest path."""
    from dateline.eval.employer_features import _bucket, _span, pair_features

    emp = {(f.subject, f.object) for f in ex.facts if f.relation == "employer" and f.object}
    titled = {(f.subject, f.object) for f in ex.facts if f.relation == "title" and f.object}
    has_emp = {p for p, _ in emp}
    # what else the rules said: a pair tied by another relation (founder, owner ...), an
    # organisation that employs someone else, a person given a title or occupation
    tied: dict[tuple[str, str], set[str]] = {}
    for f in ex.facts:
        if f.object:
            tied.setdefault((f.subject, f.object), set()).add(f.relation)
    employs = {o for _, o in emp}
    has_job = {f.subject for f in ex.facts if f.relation in ("title", "occupation")}
    people = [e for e in ex.entities if e.type == "PERSON"]
    orgs = [e for e in ex.entities if e.type in ORG_TYPES]
    starts = [s.start_char for s in doc.sents]

    def by_sent(e: Any) -> dict[int, list]:
        out: dict[int, list] = {}
        for m in e.mentions:
            sp = _span(doc, m.start, m.end)
            if sp is not None and len(sp):
                out.setdefault(bisect_right(starts, m.start) - 1, []).append((sp, m.kind))
        return out

    typed = [(m.start, m.end, "PERSON" if e.type == "PERSON" else "ORG") for e in people + orgs
             for m in e.mentions if m.kind != "pronoun"]
    org_sents = {o.id: by_sent(o) for o in orgs}
    out = []
    for p in people:
        ps = by_sent(p)
        for o in orgs:
            if (p.id, o.id) in emp or p.id == o.id:
                continue
            shared = sorted(set(ps) & set(org_sents[o.id]))
            best: Optional[tuple[int, dict[str, float]]] = None
            seen: dict[str, float] = {}
            for s in shared:
                for pm, pk in ps[s]:
                    for om, ok in org_sents[o.id][s]:
                        if pm.start_char < om.end_char and om.start_char < pm.end_char:
                            continue
                        n, f = pair_features(doc, pm, om, pk, ok)
                        if ALL_PAIRS:
                            seen.update({"any:" + k: 1.0 for k in f if k.startswith(("deps=", "on=", "direct=", "role_", "bws="))})
                        if best is None or n < best[0]:
                            others = [t for t in typed if not (t[0] < pm.end_char and pm.start_char < t[1])
                                      and not (t[0] < om.end_char and om.start_char < t[1])]
                            best = (n, {**f, **_extra(doc, pm, om, others)})
            if best is None:
                continue
            f = {**best[1], **seen}
            f["sents=" + _bucket(len(shared))] = 1.0
            f["otype=" + o.type] = 1.0
            if (p.id, o.id) in titled:
                f["title_rule"] = 1.0
            if p.id in has_emp:
                f["p_has_emp"] = 1.0
            for rel in tied.get((p.id, o.id), ()):
                f["rule_rel=" + rel] = 1.0
            if o.id in employs:
                f["o_employs"] = 1.0
            if p.id in has_job:
                f["p_has_job"] = 1.0
            if not any(m.kind == "name" for m in o.mentions):
                f["o_unnamed"] = 1.0
            f["bias"] = 1.0
            out.append({"pair": [p.id, o.id], "f": f})
    return out


def collect_folder(directory: str, nlp: Any) -> dict:
    from dateline import nlp as nlp_mod
    from dateline.eval import facts as F
    from dateline.pipeline import extract_doc
    from dateline.read import from_dated_text

    golds = [F.load_gold(p) for p in sorted(Path(directory).glob("*.gold.json"))]
    arts = [from_dated_text(g.text, source=g.name, article_id=g.name) for g in golds]
    report = F.Report()
    docs = []
    for g, doc in zip(golds, nlp_mod.pipe(arts, nlp=nlp), strict=True):
        ex = extract_doc(doc, doc._.article)
        F.score_article(g, ex, report)
        mapping = F.map_entities(g, ex)

        def key(eid: str, mapping: dict = mapping) -> str:
            return mapping.get(eid, "system:" + eid)

        cands = candidates(doc, ex)
        for c in cands:
            c["key"] = [key(c["pair"][0]), key(c["pair"][1])]
        docs.append({"doc": g.name,
                     "gold": sorted({(f["subject"], f.get("object")) for f in g.gold.get("facts", []) if f["relation"] == "employer"}),
                     "rules": sorted({(key(f.subject), key(f.object)) for f in ex.facts if f.relation == "employer" and f.object}),
                     "cands": cands})
    t = report.total
    emp = report.relations.get("employer", PRF())
    return {"folder": directory, "total": [t.tp, t.fp, t.fn], "employer": [emp.tp, emp.fp, emp.fn], "docs": docs}


# ---- leave one folder out ---------------------------------------------------------------


def _label(d: dict, c: dict) -> int:
    return int(tuple(c["key"]) in {tuple(g) for g in d["gold"]})


# Variants tried: the model family, class weights, and feature groups left out (by prefix).
MODEL = "lr"
BALANCED = False
DROP: tuple[str, ...] = ()


def _matrix(rows: list[dict[str, float]], vocab: dict[str, int]) -> Any:
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    r, col, v = [], [], []
    for n, f in enumerate(rows):
        for k, x in f.items():
            if k in vocab:
                r.append(n)
                col.append(vocab[k])
                v.append(x)
    return csr_matrix((v, (r, col)), shape=(len(rows), len(vocab)))


def fit(folders: list[dict], c: float = 1.0, min_count: int = 2) -> Any:
    """A classifier over the training folders' candidates: for the logistic regression, its
    feature weights (``bias`` carries the intercept), so that scoring needs no sklearn."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    rows = [({k: x for k, x in c_["f"].items() if not (DROP and k.startswith(DROP))}, _label(d, c_))
            for fo in folders for d in fo["docs"] for c_ in d["cands"]]
    counts: dict[str, int] = {}
    for f, _ in rows:
        for k in f:
            counts[k] = counts.get(k, 0) + 1
    vocab = {k: i for i, k in enumerate(sorted(k for k, n in counts.items() if n >= min_count))}
    X = _matrix([f for f, _ in rows], vocab)
    y = np.array([lab for _, lab in rows])
    if y.sum() == 0:
        return {"bias": -10.0}
    if MODEL == "gb":
        from sklearn.ensemble import GradientBoostingClassifier  # type: ignore[import-untyped]

        gb = GradientBoostingClassifier(n_estimators=100, max_depth=2, learning_rate=0.1, subsample=0.8, random_state=13)
        gb.fit(X.toarray(), y)
        return ("gb", vocab, gb)
    clf = LogisticRegression(C=c, max_iter=3000, solver="liblinear", class_weight="balanced" if BALANCED else None)
    clf.fit(X, y)
    w = {k: float(clf.coef_[0][i]) for k, i in vocab.items() if abs(clf.coef_[0][i]) > 1e-6}
    w["bias"] = w.get("bias", 0.0) + float(clf.intercept_[0])
    return w


def score(w: dict[str, float], f: dict[str, float]) -> float:
    import math

    z = sum(w.get(k, 0.0) * x for k, x in f.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def predict(model: Any, folder: dict) -> list[list[float]]:
    """Each candidate's score, per document."""
    if isinstance(model, dict):
        return [[score(model, c["f"]) for c in d["cands"]] for d in folder["docs"]]
    _, vocab, gb = model
    flat = [c["f"] for d in folder["docs"] for c in d["cands"]]
    got = gb.predict_proba(_matrix(flat, vocab).toarray())[:, 1].tolist() if flat else []
    out, at = [], 0
    for d in folder["docs"]:
        out.append(got[at : at + len(d["cands"])])
        at += len(d["cands"])
    return out


def added(folder: dict, scores: list[list[float]], t: float) -> tuple[list[int], list[int]]:
    """Employer and TOTAL tp/fp/fn of ``folder`` when candidates scoring >= t are added."""
    etp = efp = efn = 0
    for d, ss in zip(folder["docs"], scores, strict=True):
        keys = {tuple(k) for k in d["rules"]}
        keys |= {tuple(c["key"]) for c, s in zip(d["cands"], ss, strict=True) if s >= t}
        gold = {tuple(g) for g in d["gold"]}
        etp += len(keys & gold)
        efp += len(keys - gold)
        efn += len(gold - keys)
    b = folder["employer"]
    # the scorer's own numbers stay the base; only the difference the additions make is added
    base = _employer(folder)
    de = [etp - base[0], efp - base[1], efn - base[2]]
    tot = [x + y for x, y in zip(folder["total"], de, strict=True)]
    return [x + y for x, y in zip(b, de, strict=True)], tot


def _employer(folder: dict) -> list[int]:
    tp = fp = fn = 0
    for d in folder["docs"]:
        keys, gold = {tuple(k) for k in d["rules"]}, {tuple(g) for g in d["gold"]}
        tp += len(keys & gold)
        fp += len(keys - gold)
        fn += len(gold - keys)
    return [tp, fp, fn]


GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
FINE = tuple(x / 100 for x in range(20, 100, 5)) + (1.01,)
# Variants of the threshold choice: inner k-fold over folders instead of inner leave-one-folder-out
# (INNER_K > 0), and a precision floor: the lowest threshold at which the additions the inner
# folds make are right at least TARGET_P of the time (and at least MIN_ADD of them), else none.
INNER_K = 0
TARGET_P: Optional[float] = None
MIN_ADD = 5


def _inner(train: list[dict], c: float) -> list[tuple[dict, list[list[float]]]]:
    if not INNER_K:
        return [(fo, predict(fit([x for x in train if x is not fo], c), fo)) for fo in train]
    groups = [train[i::INNER_K] for i in range(INNER_K)]
    return [(fo, predict(fit([x for h in groups if h is not g for x in h], c), fo)) for g in groups for fo in g]


def choose(train: list[dict], c: float) -> float:
    """Threshold by an inner leave-one-folder-out over the training folders: the one with the
    best summed TOTAL F1 (ties go to the higher, more cautious threshold)."""
    inner = _inner(train, c)
    if TARGET_P is not None:
        for t in FINE:
            right = wrong = 0
            for fo, ss in inner:
                for d, s_ in zip(fo["docs"], ss, strict=True):
                    for cand, x in zip(d["cands"], s_, strict=True):
                        if x >= t:
                            right += _label(d, cand)
                            wrong += 1 - _label(d, cand)
            if right + wrong >= MIN_ADD and right >= TARGET_P * (right + wrong):
                return t
        return 1.01

    def gain(t: float) -> tuple[float, float]:
        tp = fp = fn = 0
        for fo, w in inner:
            _, tot = added(fo, w, t)
            tp, fp, fn = tp + tot[0], fp + tot[1], fn + tot[2]
        return PRF(tp, fp, fn).f1, t

    return max(GRID, key=gain)


def _fmt(x: list[int]) -> str:
    p = PRF(*x)
    return f"{100 * p.precision:5.1f} {100 * p.recall:5.1f} {100 * p.f1:5.1f}"


def lofo(folders: list[dict], c: float = 1.0, fixed: Optional[float] = None) -> None:
    print(f"C={c}  {'folder':<18} employer P R F1 (rules) -> (+learned)   TOTAL P R F1 (rules) -> (+learned)  t  +tp +fp")
    sums = {k: [0, 0, 0] for k in ("e0", "e1", "t0", "t1")}
    moved = {"up": 0, "down": 0, "same": 0}
    for fo in folders:
        train = [x for x in folders if x is not fo]
        w = fit(train, c)
        t = fixed if fixed is not None else choose(train, c)
        e1, t1 = added(fo, predict(w, fo), t)
        e0, t0 = fo["employer"], fo["total"]
        for k, v in (("e0", e0), ("e1", e1), ("t0", t0), ("t1", t1)):
            sums[k] = [a + b for a, b in zip(sums[k], v, strict=True)]
        d_f1 = PRF(*e1).f1 - PRF(*e0).f1
        moved["up" if d_f1 > 1e-9 else "down" if d_f1 < -1e-9 else "same"] += 1
        print(f"  {fo['folder']:<22} {_fmt(e0)} -> {_fmt(e1)}   {_fmt(t0)} -> {_fmt(t1)}  {t:.2f} {e1[0] - e0[0]:+d} {e1[1] - e0[1]:+d}", flush=True)
    print(f"  {'ALL':<22} {_fmt(sums['e0'])} -> {_fmt(sums['e1'])}   {_fmt(sums['t0'])} -> {_fmt(sums['t1'])}")
    print(f"  added right {sums['e1'][0] - sums['e0'][0]} wrong {sums['e1'][1] - sums['e0'][1]};"
          f" employer F1 up on {moved['up']} folders, down on {moved['down']}, same on {moved['same']}", flush=True)


def ranking(folders: list[dict], c: float = 1.0) -> None:
    """Out-of-folder average precision of the candidate scores, the candidates' recall ceiling,
    and, as a bound only, the best single threshold chosen with every folder in view."""
    from sklearn.metrics import average_precision_score  # type: ignore[import-untyped]

    rows = oof_scores(folders, c)
    y = [r[4] for r in rows]
    s = [r[3] for r in rows]
    print(f"C={c}: {len(rows)} candidates, {sum(y)} right (base rate {sum(y) / len(y):.3f});"
          f" out-of-folder average precision {average_precision_score(y, s):.3f}")
    for t in FINE:
        r = sum(1 for a, b in zip(s, y, strict=True) if a >= t and b)
        n = sum(1 for a in s if a >= t)
        print(f"  t={t:.2f} added {n}: right {r}, wrong {n - r}")


def oof_scores(folders: list[dict], c: float = 1.0) -> list[tuple[str, str, str, float, int, dict]]:
    """Every candidate with its out-of-folder score and label, for reading what the model adds."""
    out = []
    for fo in folders:
        scores = predict(fit([x for x in folders if x is not fo], c), fo)
        for d, ss in zip(fo["docs"], scores, strict=True):
            for cand, s in zip(d["cands"], ss, strict=True):
                out.append((fo["folder"], d["doc"], " / ".join(cand["key"]), s, _label(d, cand), cand["f"]))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("collect")
    a.add_argument("dirs", nargs="+")
    a.add_argument("-o", "--out", required=True)
    a.add_argument("--all-pairs", action="store_true", help="also the features of every other mention pair")
    b = sub.add_parser("lofo")
    b.add_argument("rows")
    b.add_argument("-C", type=float, nargs="*", default=[1.0])
    b.add_argument("--fixed", type=float, default=None, help="one threshold for every fold (a bound, not a result)")
    b.add_argument("--model", choices=("lr", "gb"), default="lr")
    b.add_argument("--balanced", action="store_true")
    b.add_argument("--drop", nargs="*", default=[], help="leave out features starting with these")
    b.add_argument("--inner-k", type=int, default=0, help="threshold by inner k-fold over folders, not leave-one-folder-out")
    b.add_argument("--target-precision", type=float, default=None,
                   help="lowest threshold whose inner-fold additions are right at least this often")
    b.add_argument("--ranking", action="store_true", help="out-of-folder average precision and fixed-threshold counts")
    b.add_argument("--top", type=int, default=0, help="also list the top out-of-folder candidates")
    args = ap.parse_args(argv)
    if args.cmd == "collect":
        from dateline import nlp as nlp_mod
        from dateline.defaults import DEFAULT_MODEL

        global ALL_PAIRS
        ALL_PAIRS = args.all_pairs
        nlp = nlp_mod.load(DEFAULT_MODEL)
        Path(args.out).mkdir(parents=True, exist_ok=True)
        for d in args.dirs:
            if not Path(d).is_dir():
                print(d, "absent: skipped", flush=True)
                continue
            rows = collect_folder(d, nlp)
            name = d.strip("/").replace("/", "_")
            Path(args.out, name + ".json").write_text(json.dumps(rows), encoding="utf-8")
            print(d, rows["total"], rows["employer"], _employer(rows), sum(len(x["cands"]) for x in rows["docs"]), flush=True)
        return
    folders = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(args.rows).glob("*.json"))]
    global MODEL, BALANCED, DROP, INNER_K, TARGET_P
    MODEL, BALANCED, DROP = args.model, args.balanced, tuple(args.drop)
    INNER_K, TARGET_P = args.inner_k, args.target_precision
    for c in args.C:
        if args.ranking:
            ranking(folders, c)
            continue
        lofo(folders, c, args.fixed)
    if args.top:
        top = sorted(oof_scores(folders, args.C[0]), key=lambda r: -r[3])[: args.top]
        for fo, doc, key, s, lab, _ in top:
            print(f"{s:.2f} {lab} {fo} {doc} {key}")


if __name__ == "__main__":
    main()
