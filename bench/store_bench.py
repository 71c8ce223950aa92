"""Benchmark the corpus store: write throughput, search latency (one, two and five words, phrases),
`quotes --by`/`person`/`timeline` latency and size on disk at 100k quotes (1M with --articles 100000),
on SQLite and PostgreSQL, and the store's share of a real ingest (spaCy extraction + store).

    .venv/bin/python bench/store_bench.py [--articles 10000] [--quotes-per-article 10] [--pg URL]

Synthetic extractions (no spaCy) fill the store, so the write numbers time the store alone. Search
latency is the full ``dateline.query.search`` call (full-text match, joins for speaker and date,
snippets), timed per query after a warm-up. The ingest share runs the real pipeline on generated
English articles through ``dateline.store.ingest.ingest`` and reports store seconds / total seconds.
"""

from __future__ import annotations

import argparse
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from dateline import query
from dateline.ages import born_between_for
from dateline.model import Article, Entity, Extraction, Fact, Mention, Quote, Segment, Span, TimeExpr
from dateline.read import from_dated_text
from dateline.store import open_store

SEED = 20261126
PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"
SYLLABLES = ["ka", "lo", "mer", "vin", "ta", "sel", "dor", "qua", "ni", "bre", "sto", "fel", "ru", "gan", "pe", "lix"]
COMMON = ("the of and to in a is that for it on was with he she as at by this we they be from have not are "
          "will said would there their been more about when people city council year work new").split()
FIRST = ["Ada", "Bram", "Cleo", "Dario", "Esme", "Femi", "Gus", "Hana", "Ivo", "Juno", "Kai", "Lise", "Milo", "Nora"]
LAST = ["Abara", "Brandt", "Castell", "Dunmore", "Eklund", "Farrant", "Gallo", "Hume", "Ilic", "Jaramillo", "Kerr",
        "Lowe", "Marsh", "Nakata", "Oduya", "Pryce", "Quist", "Rowan", "Sato", "Thorne"]


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class Words:
    """Zipf-like word draws: common English words first, then invented words by falling frequency."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.vocab = COMMON + vocabulary(rng)
        self.weights = [1.0 / (rank + 1) for rank in range(len(self.vocab))]

    def sentence(self, n: int) -> str:
        return " ".join(self.rng.choices(self.vocab, weights=self.weights, k=n)).capitalize()


def synthetic(i: int, words: Words, quotes_per_article: int) -> tuple[Article, Extraction]:
    rng = words.rng
    year = 2000 + i % 25
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(3)]
    parts = [f"date {year}-{1 + i % 12:02d}-{1 + i % 28:02d}\n"]
    ents: dict[str, list[Mention]] = {}
    quotes = []
    text_len = len(parts[0])
    for q in range(quotes_per_article):
        who = q % len(people)
        said = f'"{words.sentence(rng.randint(8, 20))}," {people[who]} said. {words.sentence(12)}. '
        qs = text_len + 1
        qe = text_len + said.index('," ')
        ms = text_len + said.index(people[who])
        ents.setdefault(f"e{who}", []).append(Mention(start=ms, end=ms + len(people[who]), text=people[who]))
        cue = text_len + said.index(" said.") + 1
        quotes.append(Quote(id=f"q{q}", kind="direct", text=said[1:said.index('," ')], spans=[Segment(start=qs, end=qe)],
                            speaker=f"e{who}", cue="say", cue_span=Span(start=cue, end=cue + 4, text="said")))
        parts.append(said)
        text_len += len(said)
    text = "".join(parts)
    article = from_dated_text(text, source=f"bench-{i}", article_id=f"bench-{i}")
    entities = [Entity(id=eid, name=people[int(eid[1:])], type="PERSON", mentions=ms) for eid, ms in ents.items()]
    m = entities[0].mentions[0]
    lo, hi = born_between_for(30 + i % 40, article.date)
    facts = [Fact(id="f1", relation="age", subject=entities[0].id, value=30 + i % 40, as_of=article.date,
                  born_between=(lo.isoformat(), hi.isoformat()), evidence=Span(start=m.start, end=m.end, text=m.text))]
    times = [TimeExpr(id="t1", text=m.text, start=m.start, end=m.end, type="DATE", value=article.date, interval=(article.date, article.date))]
    return article, Extraction(article=article.meta(), entities=entities, quotes=quotes, times=times, facts=facts)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def mean_ci(values: list[float]) -> tuple[float, float]:
    """Mean and half-width of a normal 95% interval."""
    if len(values) < 2:
        return (values[0] if values else 0.0), 0.0
    return statistics.fmean(values), 1.96 * statistics.stdev(values) / len(values) ** 0.5


def fill(url: str, items: list[tuple[Article, Extraction]], batch: int) -> dict:
    per_batch = []
    with open_store(url) as store:
        for start in range(0, len(items), batch):
            chunk = items[start:start + batch]
            t0 = time.perf_counter()
            store.write_batch(chunk)
            per_batch.append(len(chunk) / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        store.optimize()  # as `ingest` does at the end of a run
        optimize_s = time.perf_counter() - t0
        n_quotes = store.one("SELECT COUNT(*) AS n FROM quotes")["n"]
    rate, ci = mean_ci(per_batch)
    return {"articles_per_s": rate, "ci": ci, "quotes": n_quotes, "optimize_s": optimize_s}


def search_latency(url: str, words: Words, rng: random.Random, n: int = 300) -> dict:
    vocab = words.vocab[len(COMMON):]
    kinds = {
        "rare word": lambda: rng.choice(vocab[2000:]),
        "mid word": lambda: rng.choice(vocab[200:2000]),
        "frequent word": lambda: rng.choice(vocab[:200]),
        "two words": lambda: f"{rng.choice(vocab[:500])} {rng.choice(vocab[:2000])}",
        "five words": lambda: " ".join(rng.choice(vocab[:300]) for _ in range(5)),
        "phrase": lambda: f'"{rng.choice(vocab[:100])} {rng.choice(vocab[:100])}"',
    }
    out: dict[str, list[float]] = {k: [] for k in kinds}
    with open_store(url) as store:
        for make in kinds.values():  # warm-up: caches and query plans
            query.search(store, make(), limit=20)
        for i in range(n):
            kind = list(kinds)[i % len(kinds)]
            text = kinds[kind]()
            t0 = time.perf_counter()
            query.search(store, text, limit=20)
            out[kind].append((time.perf_counter() - t0) * 1000)
    everything = [v for vs in out.values() for v in vs]
    return {"all": (pct(everything, 50), pct(everything, 95)), **{k: (pct(v, 50), pct(v, 95)) for k, v in out.items()}}


def english_articles(n: int) -> list[Article]:
    rng = random.Random(SEED + 1)
    places = ["the harbour", "the old mill", "the north road", "the library", "the market hall"]
    items = []
    for i in range(n):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        place = rng.choice(places)
        text = (
            f"date 20{10 + i % 15}-0{1 + i % 9}-1{i % 9}\n"
            f"{name}, {25 + i % 50}, told the council on Tuesday that work on {place} would start in the spring.\n\n"
            f'"We have waited {2 + i % 7} years for this, and the money is finally there," {name.split()[1]} said.\n\n'
            f"The council voted {5 + i % 4} to 2 in favour. A spokeswoman for the council said the plan would cost "
            f"about {i % 90 + 10} million. \"It is a fair price for {place},\" she added on Wednesday."
        )
        items.append(from_dated_text(text, source=f"en-{i}", article_id=f"en-{i}"))
    return items


def ingest_share(url: str, n: int) -> dict:
    from dateline.nlp import load
    from dateline.store.ingest import ingest

    nlp = load()
    articles = english_articles(n)
    ingest(open_store(url), articles[:20], nlp=nlp)  # warm-up (model caches, schema)
    with open_store(url) as store:
        report = ingest(store, articles[20:], nlp=nlp, batch_size=64)
    if report.rejected:
        print(f"{len(report.rejected)} article(s) set aside, first: {report.rejected[0].reason}", file=sys.stderr)
    return {"articles": report.added, "seconds": report.seconds_total, "store_seconds": report.seconds_store,
            "share": report.store_share, "articles_per_s": report.added / report.seconds_total}


def versions(pg_url: str | None) -> str:
    import spacy

    parts = [f"Python {platform.python_version()}", f"SQLite {sqlite3.sqlite_version}", f"spaCy {spacy.__version__}"]
    if pg_url:
        with open_store(pg_url, migrate=False) as s:
            parts.append(s.one("SHOW server_version")["server_version"].split()[0].join(["PostgreSQL ", ""]))
    return ", ".join(parts)


def pg_reachable(url: str) -> bool:
    try:
        import psycopg

        psycopg.connect(url, connect_timeout=3).close()
        return True
    except Exception as exc:  # report and carry on with SQLite only
        print(f"PostgreSQL not reachable at {url}: {exc}", file=sys.stderr)
        return False


def person_latency(url: str, rng: random.Random, n: int = 60) -> dict:
    """p50/p95 of `quotes --by`, `person` and `timeline` for people drawn from the corpus."""
    out: dict[str, list[float]] = {"quotes --by": [], "person": [], "timeline": []}
    calls = {
        "quotes --by": lambda s, who: query.quotes(s, by=who),
        "person": lambda s, who: query.person(s, who),
        "timeline": lambda s, who: query.timeline(s, who),
    }
    with open_store(url) as store:
        names = [r["name"] for r in store.rows("SELECT name FROM people ORDER BY pid LIMIT 500")]
        for kind, call in calls.items():
            call(store, names[0])  # warm-up
            for _ in range(n):
                who = rng.choice(names)
                t0 = time.perf_counter()
                call(store, who)
                out[kind].append((time.perf_counter() - t0) * 1000)
    return {k: (pct(v, 50), pct(v, 95)) for k, v in out.items()}


def size_mb(url: str) -> float:
    """Database size on disk: the SQLite file with its WAL, or the PostgreSQL schema's relations."""
    if not url.startswith("postgresql"):
        return sum(p.stat().st_size for p in Path(url).parent.glob(Path(url).name + "*")) / 1e6
    with open_store(url) as store:
        schema = url.split("schema=")[1]
        row = store.one(
            "SELECT SUM(pg_total_relation_size(c.oid)) AS n FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace"
            " WHERE ns.nspname = ? AND c.relkind IN ('r', 'm')",
            (schema,),
        )
    return float(row["n"] or 0) / 1e6 if row else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--quotes-per-article", type=int, default=10)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--ingest-articles", type=int, default=500, help="Articles for the real-pipeline ingest share.")
    ap.add_argument("--pg", default=PG_DEFAULT, help="PostgreSQL URL ('' to skip).")
    ap.add_argument("--skip-store", action="store_true", help="Only the real-pipeline ingest share.")
    args = ap.parse_args()

    rng = random.Random(SEED)
    words = Words(rng)
    t0 = time.perf_counter()
    items = [] if args.skip_store else [synthetic(i, words, args.quotes_per_article) for i in range(args.articles)]
    print(f"generated {len(items)} synthetic extractions in {time.perf_counter() - t0:.1f}s", file=sys.stderr)

    tmp = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    backends = {"sqlite": str(tmp / "bench.db")}
    schemas = []
    if args.pg and pg_reachable(args.pg):
        schema = "bench_" + uuid.uuid4().hex[:8]
        schemas.append(schema)
        backends["postgresql"] = f"{args.pg}?schema={schema}"
    print(versions(args.pg if "postgresql" in backends else None))
    try:
        for name, url in ({} if args.skip_store else backends).items():
            w = fill(url, items, args.batch)
            print(f"{name}: store write {w['articles_per_s']:.0f} ± {w['ci']:.0f} articles/s "
                  f"({w['articles_per_s'] * args.quotes_per_article:.0f} quotes/s), {w['quotes']} quotes stored;"
                  f" optimize {w['optimize_s']:.1f}s")
            lat = search_latency(url, Words(random.Random(SEED)), random.Random(SEED + 2))
            for kind, (p50, p95) in lat.items():
                print(f"{name}: search {kind:13s} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms")
            for kind, (p50, p95) in person_latency(url, random.Random(SEED + 3)).items():
                print(f"{name}: {kind:20s} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms")
            print(f"{name}: database size {size_mb(url):.0f} MB for {w['quotes']} quotes")
        for name, base in backends.items():
            url = str(tmp / "ingest.db") if name == "sqlite" else base.replace("?schema=", "?schema=i")
            if name != "sqlite":
                schemas.append("i" + base.split("?schema=")[1])
            r = ingest_share(url, args.ingest_articles)
            print(f"{name}: real ingest {r['articles_per_s']:.1f} articles/s over {r['articles']} articles;"
                  f" store {r['store_seconds']:.2f}s of {r['seconds']:.2f}s = {100 * r['share']:.1f}% of ingest time")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if schemas:
            import psycopg

            with psycopg.connect(args.pg, autocommit=True) as conn:
                for schema in schemas:
                    conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


if __name__ == "__main__":
    main()
