"""Paired search latency at scale: the same queries on PostgreSQL with this checkout's search
statements and with another checkout's (the baseline), and on SQLite, each query on every store in
turn (the order flips every round of query kinds, so no store always meets cold pages first).

    .venv/bin/python bench/search_ab.py --pg 'postgresql://postgres@127.0.0.1:5432/test?schema=m1' \\
        --sqlite m1.db --baseline /work/main [--queries 300]

The stores are the ones `bench/store_bench.py --keep NAME` filled. Checks that both PostgreSQL
variants rank the same hits for every query, counts identical snippets, and prints p50/p95 per
store and the median per-query difference (this checkout - baseline): on a loaded machine the
paired difference says more than either p95.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_bench import SEED, Words, pct, query_kinds  # noqa: E402

from dateline import query  # noqa: E402
from dateline.store import open_store  # noqa: E402


def baseline_store(url: str, checkout: Path):
    """A store of this checkout (its session settings, such as synchronize_seqscans off, which makes
    the capped ranking repeatable) whose two search methods run the baseline checkout's statements."""
    spec = importlib.util.spec_from_file_location("baseline_postgres", checkout / "dateline" / "store" / "postgres.py")
    assert spec and spec.loader
    old = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(old)
    store = open_store(url)
    store._search = lambda *a: old.PostgresStore._search(store, *a)  # type: ignore[attr-defined]
    store.search_quotes = lambda q, n, o=0: old.PostgresStore.search_quotes(store, q, n, o)  # type: ignore[method-assign]
    store.search_articles = lambda q, n, o=0: old.PostgresStore.search_articles(store, q, n, o)  # type: ignore[method-assign]
    return store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pg", required=True)
    ap.add_argument("--sqlite", required=True)
    ap.add_argument("--baseline", type=Path, required=True, help="A checkout whose PostgreSQL search is the baseline.")
    ap.add_argument("--queries", type=int, default=300)
    args = ap.parse_args()
    stores = {"pg baseline": baseline_store(args.pg, args.baseline), "pg this": open_store(args.pg),
              "sqlite": open_store(args.sqlite)}
    kinds = query_kinds(Words(random.Random(SEED)), random.Random(SEED + 2))
    for store in stores.values():  # warm-up: catalog caches and query plans
        for make in kinds.values():
            query.search(store, make(), limit=20)
    times: dict[str, list[float]] = {name: [] for name in stores}
    same = total = 0
    loads = [os.getloadavg()[0]]
    for i in range(args.queries):
        text = kinds[list(kinds)[i % len(kinds)]]()
        order = list(stores) if (i // len(kinds)) % 2 == 0 else list(stores)[::-1]
        got = {}
        for name in order:
            t0 = time.perf_counter()
            got[name] = query.search(stores[name], text, limit=20)
            times[name].append((time.perf_counter() - t0) * 1000)
        a, b = got["pg baseline"], got["pg this"]
        assert [(h.kind, h.article, h.score) for h in a] == [(h.kind, h.article, h.score) for h in b], text
        same += sum(x.snippet == y.snippet for x, y in zip(a, b, strict=True))
        total += len(a)
        loads.append(os.getloadavg()[0])
    print(f"{args.queries} searches per store; load average {min(loads):.1f}-{max(loads):.1f}")
    for name, values in times.items():
        print(f"{name:12s} p50 {pct(values, 50):6.1f} ms  p95 {pct(values, 95):6.1f} ms")
    diff = sorted(b - a for a, b in zip(times["pg baseline"], times["pg this"], strict=True))
    print(f"pg this - baseline, per query: median {pct(diff, 50):.1f} ms (quartiles {pct(diff, 25):.1f} / {pct(diff, 75):.1f})")
    print(f"ranked hits identical on every query; snippets identical: {same} of {total}")


if __name__ == "__main__":
    main()
