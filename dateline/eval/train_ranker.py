"""Builds ``dateline/models/pronoun_ranker.json`` from GAP: features of every candidate of each
snippet's target pronoun (read through the entity stage's own hook), labelled by GAP's gold,
gradient-boosted trees fitted on gap-development, and their size and the "leave it unresolved"
threshold chosen on gap-validation. One round: the snippet's other pronouns are resolved by the
rules while features are read (a second round, reading them with the first round's model, scored
1.4 points lower in 5-fold cross-validation on development in a trial of 2026-11-30 that also
kept names outvoted as ORG and dropped the other-gender filter; not re-measured since). Deterministic
(fixed seeds, no subsampling): same data, same file.

Not shipped (trial of 2026-12-01, issue 9): a feature for the article's title naming the
candidate (GAP's page name; a news headline) with five of wider roles (owner of a subject,
agent of a passive, subject or object in the sentence before, object earlier in the sentence)
and the distance in mentions raised 5-fold CV on development from 73.2 to 74.2 (bias 0.93) and
the ranker-level validation F1 from 72.9 to 74.9, yet lowered the whole stage's validation F1
from 75.3 to 74.3-75.0 and PolNeAR speakers from 92.5% to 92.3%: the extraction-only rules
around the ranker already made most of those choices. The title alone gave validation 73.6-74.1.

Not shipped either (second trial of 2026-12-01, issue 9; a negative result). Baseline: this file's
5-fold CV 73.2 (bias 0.91); the same folds scoring the stage as extraction runs it (whole lexicon,
extraction-only rules, couples' and weddings' settling) 72.7 (0.91); `eval gap` on validation 75.3
(0.97); PolNeAR dev speakers 92.5%. (1) Rows read faithfully (a second hook on the resolver, every
extraction-only rule on, so only pronouns the ranker decides at run time and the candidates run time
gives it: 1856 development rows against 1945, 253 with fewer candidates, the gold among them 1586
times against 1681): stage CV 72.3-72.6, validation 71.3-71.4; with a second round steered by the
first round's model 71.9 and 72.8. The rules after the ranker (continuity, topic, owner and widow
second thoughts) change its pick in only 7-9 of 454 validation rows: the training rows were not the
gap. (2) Ten cues (title naming the candidate, owner of a subject, agent of a passive, subject or
object in the sentence before, object earlier in the sentence, distance in mentions, subject after a
subject, subjects in the paragraph and the paragraph's top subject): stage CV 73.0, validation 73.3
(rows read as now) or 72.5 (faithful); with subsampling 0.8, leaves of 20, rate 0.05, 600 trees and
threshold 0.25 CV 74.4 (bias 0.94), validation 74.4 (0.97); five such models averaged 74.1 and 73.5;
without the title CV 72.0-72.5, validation 74.3-74.9. Ranker-level CV with any of these, with
features relative to the other candidates, deeper trees or histogram boosting stays at 74.2-74.8.
Why validation moves by 2 points either way: the other pronouns, resolved by the model being tested
rather than by the rules it was trained under, change the target's features in 108 of 454 validation
rows; the shipped model and the cue model score the same 73.6 on rows read under the rules, and 75.4
against 73.3 once each steers the rest. The best of them on CV (the cues, subsampled, threshold
0.25) shipped would also lower PolNeAR speakers to 92.4% and the facts in most development folders
(families 88.8 to 87.3, gold-dev2 89.8 to 89.2; only s12 rose, 89.6 to 90.2). (A title cue needs
parsed() to give cached parses their article again: a DocBin keeps no extension attributes, so
training from the cache would read no title.)

Not shipped (trial of 2026-12-02, session gapvec; a negative result): the pipeline's own contextual
vectors, the 96-number tok2vec rows spaCy leaves in ``doc.tensor`` (set in every Doc that
nlp.pipe makes, joined by Doc.from_docs for long articles; a DocBin keeps none, so the trial stored
the parse cache's tensors in a .npy beside it). Screened at ranker level (rows read as now, plan
300/3): cosine of pronoun and candidate rows, of their governing words' rows, of the candidate and
the pronoun's sentence centroid, of the pronoun and the mean of the candidate's earlier mentions,
PCA (4 or 8 dims, fit on development) products pronoun*candidate or the candidate's own dims: CV
71.9-73.5 against 73.3-73.7, noise or worse. A logistic regression over the candidate's row alone
ranks the gold first in 56% of development rows with two or more candidates (chance 26%); its
score as one feature (vec_score; development rows scored out of fold, the model fitted on all of
development shipped in the JSON, 96 weights) raised ranker-level CV by 0.4-0.7 over three fold
orders. As a stage (commit 58e696e of branch gapvec, reverted: vectors.py, the observe hook
given the candidates' tokens, the tensor cache; the rebuild test passed): shipped model CV 73.2
(bias 0.91), validation 75.1 (0.97); C 0.01, size searched (300/3, threshold 0.3) CV 74.0 (0.91),
validation 73.4 (0.97); C 0.01 at the shipped plan validation 72.8; C 0.001, size searched (200/4,
threshold 0.05) CV 74.3 (0.93), validation 75.0 (1.00); C 0.001 at the shipped plan CV 73.4 (0.92),
validation 74.1 (0.98). The same 200/4/0.05 plan without vec_score scores CV 73.6 (0.94), validation
73.2 (0.96), so the vectors add 0.7 and 1.8 there, yet no variant beat the shipped model on
validation, and the CV gains are the size of the title cue's above, which lost at extraction too.
The 200/4/0.05 model left PolNeAR speakers at 92.5% (F1 96.3) but lowered the facts in six
development folders (s9 95.8 to 95.2, s14 92.3 to 91.9, gold-dev2 90.1 to 90.0; gold-dev3 rose,
90.6 to 91.0), with must_not violations 8 to 13 over the folders both runs scored.
sm's tok2vec sees four tokens each side and was trained for tags, parses and entities: it carries
a mention's local shape more than its meaning.

    python -m dateline.eval.train_ranker ../shared/data/gap -o dateline/models/pronoun_ranker.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Token

from dateline import nlp as nlp_mod
from dateline.eval.gap import GapRow, article_of, read_tsv
from dateline.extractors.entities import lexicon
from dateline.extractors.entities.builder import _Builder, name_passes
from dateline.extractors.entities.clusters import _Cluster
from dateline.extractors.entities.ranker import FEATURES
from dateline.extractors.entities.rankertrees import Ranker
from dateline.extractors.entities.titlecue import TITLE_FEATURES

# (trees, depth). Validation's 454 rows are few to choose a size by: 100 trees of depth 3 won
# there on 2026-11-30 yet scored 71.5 in 5-fold CV on development against 72.4 for 300.
GRID = ((300, 3), (200, 4))
RATE = 0.1
ROUNDS = 1
RULE = FEATURES.index("rule_choice")  # (the same index among UNTITLED's columns)
UNTITLED = [k for k, f in enumerate(FEATURES) if f not in TITLE_FEATURES]
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(0, 11))


@dataclass
class Target:
    """One GAP row: its candidates' feature rows, and whether each is A, B, and the gold's referent."""

    row: GapRow
    rows: list[list[float]] = field(default_factory=list)
    is_a: list[bool] = field(default_factory=list)
    is_b: list[bool] = field(default_factory=list)
    fallback: tuple[bool, bool] = (False, False)  # the answer when the ranker is not consulted


def parsed(rows: list[GapRow], *, nlp: Language, cache: Optional[Path]) -> list[Doc]:
    """The snippets parsed, from a DocBin cache keyed on the rows and the pipeline when given."""
    key = hashlib.sha256(("\0".join(r.text for r in rows) + nlp.meta["name"] + nlp.meta["version"]).encode()).hexdigest()[:16]
    path = cache / f"gap-{key}.spacy" if cache else None
    if path is not None and path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        for d, r in zip(docs, rows, strict=True):
            d._.article = article_of(r)  # (a DocBin keeps no extension attributes: the title)
        return docs
    docs = list(nlp_mod.pipe((article_of(r) for r in rows), nlp=nlp))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = DocBin()
        for d in docs:
            db.add(d)
        db.to_disk(path)
    return docs


def _covers(c: _Cluster, text: str, name: str, off: int) -> bool:
    end = off + len(name)
    return any((m.start < end and off < m.end) or (m.kind == "name" and text[m.start : m.end] == name) for m in c.root().mentions)


def collect(row: GapRow, doc: Doc, model: Optional[Ranker] = None, titled: bool = True) -> Target:
    """Run the entity stage on one snippet, recording the target pronoun's candidates; without
    ``titled``, as if the snippet had no title (an untitled article, plain news text)."""
    lex = lexicon(training=True)  # (without the extraction-only words: the model is what GAP builds)
    b = _Builder(doc, lex)
    b.read_title = titled
    target = Target(row)
    seen: list[tuple[list[_Cluster], list[list[float]]]] = []

    def observe(tok: Token, clusters: list[_Cluster], rows: list[list[float]]) -> None:
        if tok.idx == row.pronoun_offset:
            seen.append((clusters, rows))

    b.observe = observe
    # Only the model of the previous round (or none) steers the other pronouns, never the
    # shipped file, so a rebuild does not depend on what was shipped before.
    b.use_model = model is not None
    b.model = model
    name_passes(b)
    b.resolve()
    if seen:
        clusters, rows = seen[0]
        target.rows = rows
        target.is_a = [_covers(c, row.text, row.a, row.a_offset) for c in clusters]
        target.is_b = [_covers(c, row.text, row.b, row.b_offset) for c in clusters]
    # The answer the stage gives without the ranker (a rule fired first, or no candidate).
    from dateline.eval.gap import answers

    target.fallback = answers(row, b.entities())
    return target


def training_rows(targets: list[Target]) -> tuple[list[list[float]], list[int]]:
    """Positive: the candidate that is the gold referent. Negative: every other candidate of a
    row whose referent is A or B, and A's and B's candidates of a row whose referent is neither
    (other candidates of such a row may be the real referent, so they are left out)."""
    xs, ys = [], []
    for t in targets:
        gold_some = t.row.a_coref or t.row.b_coref
        for r, a, b in zip(t.rows, t.is_a, t.is_b, strict=True):
            pos = (a and t.row.a_coref) or (b and t.row.b_coref)
            if pos or gold_some or a or b:
                xs.append(r)
                ys.append(int(pos))
    return xs, ys


def gap_f1(targets: list[Target], probs: list[list[float]], threshold: float) -> float:
    tp = fp = fn = 0
    for t, ps in zip(targets, probs, strict=True):
        if t.rows:
            k = max(range(len(ps)), key=lambda j: ps[j])
            # As at run time: below the threshold only a choice the rules share stands.
            sure = ps[k] >= threshold or t.rows[k][RULE] == 1.0
            got = (t.is_a[k], t.is_b[k]) if sure else (False, False)
        else:
            got = t.fallback
        for gold, pred in ((t.row.a_coref, got[0]), (t.row.b_coref, got[1])):
            tp += gold and pred
            fp += pred and not gold
            fn += gold and not pred
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _fit(xs: list[list[float]], ys: list[int], trees: int, depth: int):
    from sklearn.ensemble import GradientBoostingClassifier  # type: ignore[import-untyped]

    return GradientBoostingClassifier(n_estimators=trees, max_depth=depth, learning_rate=RATE, random_state=0).fit(xs, ys)


def export(model, threshold: float) -> Ranker:
    import numpy as np

    prior = float(model._raw_predict_init(np.zeros((1, model.n_features_in_)))[0, 0])
    trees = []
    for est in model.estimators_[:, 0]:
        t = est.tree_
        trees.append(([int(f) for f in t.feature], [float(x) for x in t.threshold], [int(x) for x in t.children_left],
                      [int(x) for x in t.children_right], [float(v) for v in t.value[:, 0, 0]]))
    return Ranker(prior, float(model.learning_rate), tuple(trees), threshold)


def _probs(model: Ranker, targets: list[Target]) -> list[list[float]]:
    return [[model.probability(r) for r in t.rows] for t in targets]


def _collect_all(sets: dict[str, list[tuple[GapRow, Doc]]], model: Optional[Ranker]) -> dict[str, list[Target]]:
    return {split: [collect(r, d, model) for r, d in pairs] for split, pairs in sets.items()}


def _untitled(pairs: list[tuple[GapRow, Doc]], model: Optional[Ranker]) -> list[Target]:
    """The training snippets read again without their titles: every GAP snippet has one, and
    a model that never saw an untitled text reads "no title" as "not the story's subject" for
    every candidate of plain news text (titlecue.py)."""
    return [collect(r, d, model, titled=False) for r, d in pairs]


def _without_title(targets: list[Target]) -> list[Target]:
    """The rows in UNTITLED's columns: the model for untitled text never had the title's."""
    for t in targets:
        t.rows = [[r[k] for k in UNTITLED] for r in t.rows]
    return targets


def build(gap_dir: Path, *, nlp: Language, cache: Optional[Path] = None, log=print,
          plan: Optional[list[tuple[int, int, float]]] = None, titled: bool = False) -> dict:
    """Fit on development, choose the size and the threshold on validation; the model as data.
    ``plan`` fixes each round's (trees, depth, threshold) instead of searching: the shipped
    file records its plan, so a test can rebuild it without the search. Without ``titled``, the
    model for untitled articles (``ranker.MODEL``): snippets read without their page names, over
    the features other than the title's, as the model was before titles were read (the same file,
    byte for byte); with it, the model for titled ones (``ranker.MODEL_TITLED``), trained on every
    snippet with its page name and again without it (``_untitled``)."""
    sets = {}
    for split in ("development", "validation"):
        rows = read_tsv(gap_dir / f"gap-{split}.tsv")
        sets[split] = list(zip(rows, parsed(rows, nlp=nlp, cache=cache), strict=True))
    ranker: Optional[Ranker] = None
    chosen: list[tuple[int, int, float]] = []
    n_rows = 0
    for rnd in range(ROUNDS):
        if titled:
            targets = _collect_all(sets, ranker)
            dev, val = targets["development"], targets["validation"]
            xs, ys = training_rows(dev + _untitled(sets["development"], ranker))
        else:
            dev, val = (_without_title(_untitled(sets[split], ranker)) for split in ("development", "validation"))
            xs, ys = training_rows(dev)
        n_rows = len(ys)
        grid = [plan[rnd][:2]] if plan else list(GRID)
        # Highest first: of thresholds that tie on validation the most cautious wins, as a pronoun
        # the ranker is unsure of should stay unresolved.
        thresholds = [plan[rnd][2]] if plan else sorted(THRESHOLDS, reverse=True)
        best = None
        for trees, depth in grid:
            fitted = _fit(xs, ys, trees, depth)
            probs = _probs(export(fitted, 0.0), val)
            for thr in thresholds:
                f1 = gap_f1(val, probs, thr)
                if best is None or f1 > best[0] + 1e-9:
                    best = (f1, trees, depth, thr, fitted)
        assert best is not None
        f1, trees, depth, thr, fitted = best
        ranker = export(fitted, thr)
        # The exported trees must score exactly as sklearn does.
        check = fitted.decision_function(xs[:50])
        assert all(abs(ranker.log_odds(x) - c) < 1e-9 for x, c in zip(xs[:50], check, strict=True))
        chosen.append((trees, depth, thr))
        log(f"round {rnd + 1}: {trees} trees of depth {depth}, threshold {thr}: validation F1 {100 * f1:.1f} (ranker-level)")
    assert ranker is not None
    return {
        "about": "Pronoun ranker for dateline/extractors/entities/ranker.py: gradient-boosted trees over FEATURES, "
                 "fitted on GAP development, size and threshold chosen on GAP validation. Rebuild with `make model`.",
        "features": list(FEATURES) if titled else [FEATURES[k] for k in UNTITLED],
        "prior": ranker.prior,
        "rate": ranker.rate,
        "threshold": ranker.threshold,
        "plan": [list(c) for c in chosen],
        "training_rows": n_rows,
        "trees": [{"feature": f, "threshold": t, "left": lft, "right": rgt, "value": v} for f, t, lft, rgt, v in ranker.trees],
    }


def _train(pairs: list[tuple[GapRow, Doc]], plan: list[tuple[int, int, float]]) -> Ranker:
    """The rounds of ``plan`` on these rows alone (no search): the model for titled articles, as
    every GAP snippet has a title."""
    ranker: Optional[Ranker] = None
    for trees, depth, thr in plan:
        xs, ys = training_rows([collect(r, d, ranker) for r, d in pairs] + _untitled(pairs, ranker))
        ranker = export(_fit(xs, ys, trees, depth), thr)
    assert ranker is not None
    return ranker


def cross_validate(gap_dir: Path, *, nlp: Language, plan: list[tuple[int, int, float]], folds: int = 5,
                   cache: Optional[Path] = None, stage: bool = False) -> dict[str, float]:
    """GAP F1 of the whole entity stage on gap-development, each fold scored with a ranker
    trained (with the shipped plan) on the other folds: the honest development figure. With
    ``stage``, each held-out snippet is extracted as ``dateline eval gap`` extracts it (the
    whole lexicon and the rules that act at extraction only), not as training reads it."""
    from dateline.eval.gap import GapReport, answers
    from dateline.extractors.entities.builder import extract_entities

    rows = read_tsv(gap_dir / "gap-development.tsv")
    pairs = list(zip(rows, parsed(rows, nlp=nlp, cache=cache), strict=True))
    report = GapReport()
    for k in range(folds):
        train = [p for n, p in enumerate(pairs) if n % folds != k]
        ranker = _train(train, plan)
        for n, (r, d) in enumerate(pairs):
            if n % folds == k:
                report.add(r, answers(r, extract_entities(d, ranker)) if stage else collect(r, d, ranker).fallback, True)
    return {"f1": 100 * report.overall.f1, "precision": 100 * report.overall.precision, "recall": 100 * report.overall.recall,
            "masculine": 100 * report.masculine.f1, "feminine": 100 * report.feminine.f1, "bias": report.bias}


def to_json(data: dict) -> str:
    """One key per line and one tree per line: small, and a rebuild diffs readably."""
    lines = []
    for k, v in data.items():
        if k == "trees":
            body = ",\n".join("  " + json.dumps(t, separators=(",", ":")) for t in v)
            lines.append(f' "trees": [\n{body}\n ]')
        else:
            lines.append(f" {json.dumps(k)}: {json.dumps(v)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description="Build the pronoun ranker from GAP development/validation.")
    ap.add_argument("gap_dir", type=Path, help="folder with gap-development.tsv and gap-validation.tsv")
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--cache", type=Path, default=None, help="folder to cache parsed snippets in")
    ap.add_argument("--cv", type=int, default=0, metavar="K",
                    help="instead of building, report K-fold cross-validated GAP dev scores of the plan in OUTPUT")
    ap.add_argument("--stage", action="store_true",
                    help="with --cv, score held-out snippets as extraction runs (every extraction-only rule on)")
    ap.add_argument("--plan", default=None, metavar="TREES,DEPTH,THRESHOLD",
                    help="build with this size and threshold instead of searching them on validation")
    ap.add_argument("--titled", action="store_true", help="build the model for titled articles (titlecue.py)")
    args = ap.parse_args(argv)
    for split in ("development", "validation"):
        if not (args.gap_dir / f"gap-{split}.tsv").exists():
            print(f"error: {args.gap_dir} has no gap-{split}.tsv", file=sys.stderr)
            return 2
    if args.cv:
        try:
            plan = [tuple(p) for p in json.loads(args.output.read_text(encoding="utf-8"))["plan"]]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            print(f"error: {args.output}: --cv reads the plan of a built ranker there ({exc})", file=sys.stderr)
            return 2
        scores = cross_validate(args.gap_dir, nlp=nlp_mod.load(), plan=plan, folds=args.cv, cache=args.cache, stage=args.stage)  # type: ignore[arg-type]
        print(json.dumps({k: round(v, 3) for k, v in scores.items()}))
        return 0
    fixed: Optional[list[tuple[int, int, float]]] = None
    if args.plan:
        t, d, thr = args.plan.split(",")
        fixed = [(int(t), int(d), float(thr))]
    data = build(args.gap_dir, nlp=nlp_mod.load(), cache=args.cache, log=lambda s: print(s, file=sys.stderr), plan=fixed,
                 titled=args.titled)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(to_json(data), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
