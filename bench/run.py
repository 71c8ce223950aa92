"""Throughput: bare spaCy pipeline vs full `dateline extract` on the same PolNeAR articles.

One command: `make bench` (or `.venv/bin/python bench/run.py [--articles 500] [--rounds 3]`).
Both are measured in the same run, alternating rounds so that machine noise hits both
alike; only the parse/extraction is timed (reading files and JSON output are not).
Reports articles/s with a 95% bootstrap interval, the ratio full/bare (target >= 0.8),
and each dateline stage's share of the full extraction time.

``--cpu`` measures CPU time instead (``time.process_time``), which other work on a shared
machine disturbs less than wall time: the articles are parsed once and kept, each stage is
timed on those Docs ``--rounds`` times (the fastest round counts), and the implied ratio is
parse / (parse + stages + building the Extraction).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dateline import nlp as nlp_mod  # noqa: E402
from dateline.extractors.entities import extract_entities  # noqa: E402
from dateline.extractors.facts import extract_facts  # noqa: E402
from dateline.extractors.quotes import extract_quotes  # noqa: E402
from dateline.extractors.times import extract_times  # noqa: E402
from dateline.model import Article, Extraction  # noqa: E402
from dateline.pipeline import extract_many  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "data" / "polnear"


def load_articles(limit: int) -> list[Article]:
    meta = {}
    for line in (POLNEAR / "metadata.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        meta[cols[1]] = cols[5]
    files = sorted((POLNEAR / "train" / "text").glob("*.txt")) + sorted((POLNEAR / "dev" / "text").glob("*.txt"))
    articles = []
    for f in files[:limit]:
        text = f.read_text(encoding="utf-8")
        articles.append(Article(id=f.stem, date=meta.get(f.stem, "2016-09-01"), date_precision="day", text=text, source=str(f)))
    return articles


def bootstrap_ci(values: list[float], n: int = 2000) -> tuple[float, float]:
    rng = random.Random(0)
    means = sorted(statistics.fmean(rng.choices(values, k=len(values))) for _ in range(n))
    return means[int(0.025 * n)], means[int(0.975 * n)]


def cpu_costs(articles: list[Article], nlp, rounds: int, batch_size: int) -> dict:
    """CPU milliseconds per article: the parse (once, the Docs kept) and each stage over them."""
    clock = time.process_time
    list(nlp_mod.pipe(articles[:20], nlp=nlp, batch_size=batch_size))
    t = clock()
    docs = list(nlp_mod.pipe(articles, nlp=nlp, batch_size=batch_size))
    parse = clock() - t
    names = ("entities", "times", "quotes", "facts", "build")
    best = dict.fromkeys(names, float("inf"))
    for r in range(rounds + 1):  # the first round warms up
        spent = dict.fromkeys(names, 0.0)
        for doc in docs:
            article = doc._.article
            t0 = clock()
            entities = extract_entities(doc)
            t1 = clock()
            times = extract_times(doc, article)
            t2 = clock()
            quotes = extract_quotes(doc, entities)
            t3 = clock()
            facts = extract_facts(doc, article, entities, times, quotes)
            t4 = clock()
            Extraction(article=article.meta(), entities=entities, quotes=quotes, times=times, facts=facts)
            t5 = clock()
            for name, s in zip(names, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
                spent[name] += s
        if r > 0:
            best = {k: min(best[k], spent[k]) for k in names}
    n = len(docs)
    ms = {k: 1000 * v / n for k, v in best.items()}
    parse_ms = 1000 * parse / n
    return {"articles": n, "rounds": rounds, "parse_ms_per_article": parse_ms, "stage_ms_per_article": ms,
            "stages_share_of_parse": sum(ms.values()) / parse_ms, "implied_ratio": parse_ms / (parse_ms + sum(ms.values()))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=nlp_mod.BATCH_SIZE)
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--cpu", action="store_true", help="CPU time per stage over kept Docs, and the implied ratio")
    args = ap.parse_args()
    if not POLNEAR.exists():
        sys.exit(f"bench: PolNeAR not found at {POLNEAR} (../shared/data is needed for this benchmark)")

    articles = load_articles(args.articles)
    nlp = nlp_mod.load()
    if args.cpu:
        got = cpu_costs(articles, nlp, args.rounds, args.batch_size)
        if args.json:
            print(json.dumps(got, indent=2))
            return
        print(f"{got['articles']} PolNeAR articles, CPU ms per article (fastest of {got['rounds']} rounds over kept Docs)")
        print(f"  parse     {got['parse_ms_per_article']:7.2f}")
        for k, v in got["stage_ms_per_article"].items():
            print(f"  {k:9s} {v:7.2f}")
        print(f"stages: {100 * got['stages_share_of_parse']:.1f}% of the parse; implied ratio full / bare {got['implied_ratio']:.3f}")
        return
    texts = [nlp_mod.nlp_text(a) for a in articles]
    # Warm-up: first batches pay for lazy initialisation in spaCy and in our pattern tables.
    list(nlp.pipe(texts[:20], batch_size=args.batch_size))
    list(extract_many(articles[:20], nlp=nlp, batch_size=args.batch_size))

    bare, full = [], []
    timings: dict[str, float] = {}
    for _ in range(args.rounds):
        t = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=args.batch_size):
            pass
        bare.append(len(texts) / (time.perf_counter() - t))
        t = time.perf_counter()
        for _ in extract_many(articles, nlp=nlp, batch_size=args.batch_size, timings=timings):
            pass
        full.append(len(articles) / (time.perf_counter() - t))

    ratios = [f / b for f, b in zip(full, bare, strict=True)]
    total_stage = sum(timings.values())
    full_seconds = sum(len(articles) / r for r in full)
    result = {
        "articles": len(articles),
        "rounds": args.rounds,
        "spacy": spacy.__version__,
        "model": f"{nlp.meta.get('name')} {nlp.meta.get('version')}",
        "python": platform.python_version(),
        "bare_articles_per_s": statistics.fmean(bare),
        "bare_ci95": bootstrap_ci(bare),
        "full_articles_per_s": statistics.fmean(full),
        "full_ci95": bootstrap_ci(full),
        "ratio_full_over_bare": statistics.fmean(ratios),
        "ratio_target": 0.8,
        "stage_share_of_full": {k: v / full_seconds for k, v in timings.items()},
        "stage_share_of_dateline_stages": {k: v / total_stage for k, v in timings.items()} if total_stage else {},
        # the time stage on its own: milliseconds per article and per 1,000 words of text
        "times_ms_per_article": 1000 * timings.get("times", 0.0) / (args.rounds * len(articles)),
        "times_ms_per_1000_words": 1000 * timings.get("times", 0.0) / (args.rounds * sum(len(t.split()) for t in texts) / 1000),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{len(articles)} PolNeAR articles, {args.rounds} rounds, spaCy {result['spacy']}, {result['model']}, Python {result['python']}")
    lo, hi = result["bare_ci95"]
    print(f"bare spaCy pipeline : {result['bare_articles_per_s']:7.1f} articles/s  (95% CI {lo:.1f}-{hi:.1f})")
    lo, hi = result["full_ci95"]
    print(f"full dateline       : {result['full_articles_per_s']:7.1f} articles/s  (95% CI {lo:.1f}-{hi:.1f})")
    print(f"ratio full / bare   : {result['ratio_full_over_bare']:.3f}  (target >= 0.8)")
    print("stage share of full extraction time:")
    for k, v in sorted(result["stage_share_of_full"].items(), key=lambda kv: -kv[1]):
        print(f"  {k:9s} {100 * v:5.1f}%")
    print(f"time stage          : {result['times_ms_per_article']:.1f} ms/article, {result['times_ms_per_1000_words']:.1f} ms per 1,000 words")


if __name__ == "__main__":
    main()
