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
import itertools
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
from typing import Iterator

from dateline import query
from dateline.ages import born_between_for
from dateline.link import write_batch
from dateline.model import Article, Entity, Extraction, Fact, Mention, Quote, Segment, Span, TimeExpr
from dateline.read import from_dated_text
from dateline.store import open_store

SEED = 20261126
PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"
SYLLABLES = ["ka", "lo", "mer", "vin", "ta", "sel", "dor", "qua", "ni", "bre", "sto", "fel", "ru", "gan", "pe", "lix"]
COMMON = ("the of and to in a is that for it on was with he she as at by this we they be from have not are "
          "will said would there their been more about when people city council year work new").split()
FIRST = ["Ada", "Bram", "Cleo", "Dario", "Esme", "Femi", "Gus", "Hana", "Ivo", "Juno", "Kai", "Lise", "Milo", "Nora",
         "Oren", "Pia", "Quin", "Rosa", "Sven", "Tove"]
LAST = ["Abara", "Brandt", "Castell", "Dunmore", "Eklund", "Farrant", "Gallo", "Hume", "Ilic", "Jaramillo", "Kerr",
        "Lowe", "Marsh", "Nakata", "Oduya", "Pryce", "Quist", "Rowan", "Sato", "Thorne"]


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class Words:
    """Zipf-like word draws: common English words first, then invented words by falling frequency.

    One long stream of draws is made up front and sentences are slices of it at random offsets:
    drawing each word afresh cost most of the 7 minutes 100,000 articles once took to generate."""

    STREAM = 1 << 20

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.vocab = COMMON + vocabulary(rng)
        cum = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(self.vocab))))
        self.stream = rng.choices(self.vocab, cum_weights=cum, k=self.STREAM)

    def sentence(self, n: int) -> str:
        at = self.rng.randrange(self.STREAM - n)
        return " ".join(self.stream[at:at + n]).capitalize()


class Cast:
    """Fictional people: first names × invented surnames, each with a fixed birth year, so that the
    ages stated in different articles agree and the linker joins namesakes as one person. One person
    (the first) speaks in about 2% of the articles: a corpus's most-quoted person."""

    HEAVY_SHARE = 0.02

    def __init__(self, rng: random.Random, surnames: int = 2000) -> None:
        self.rng = rng
        last = [w.capitalize() for w in vocabulary(random.Random(SEED + 9), surnames)]
        self.names = [f"{f} {s}" for s in last for f in FIRST]
        rng.shuffle(self.names)
        self.born = [1940 + rng.randrange(55) for _ in self.names]

    def draw(self) -> list[int]:
        picked = {self.rng.randrange(len(self.names)) for _ in range(3)}
        if self.rng.random() < self.HEAVY_SHARE:
            picked.add(0)
        return sorted(picked)


def synthetic(i: int, words: Words, cast: Cast, quotes_per_article: int) -> tuple[Article, Extraction]:
    """One article and its extraction, built from templates (no spaCy, no extraction run). The
    models are made with ``model_construct`` (no validation): the values are right by construction."""
    rng = words.rng
    year = 2000 + i % 25
    who = cast.draw()
    people = [cast.names[k] for k in who]
    header = f"date {year}-{1 + i % 12:02d}-{1 + i % 28:02d}\n"
    parts = [header]
    ents: dict[int, list[Mention]] = {}
    quotes = []
    text_len = len(header)
    for q in range(quotes_per_article):
        k = q % len(people)
        name = people[k]
        body = words.sentence(rng.randint(8, 20))
        said = f'"{body}," {name} said. {words.sentence(12)}. '
        qs, qe = text_len + 1, text_len + 1 + len(body)
        ms = qe + 3
        ents.setdefault(k, []).append(Mention.model_construct(start=ms, end=ms + len(name), text=name))
        cue = ms + len(name) + 1
        quotes.append(Quote.model_construct(
            id=f"q{q}", kind="direct", text=body, spans=[Segment.model_construct(start=qs, end=qe)], speaker=f"e{k}",
            cue="say", cue_span=Span.model_construct(start=cue, end=cue + 4, text="said")))
        parts.append(said)
        text_len += len(said)
    text = "".join(parts)
    article = Article.model_construct(id=f"bench-{i}", date=header[5:15], date_precision="day", body_start=len(header),
                                      text=text, source=f"bench-{i}")
    article.sha256 = article.content_hash()
    entities = [Entity.model_construct(id=f"e{k}", name=people[k], type="PERSON", mentions=ms) for k, ms in ents.items()]
    m = entities[0].mentions[0]
    age = year - cast.born[who[0]]
    lo, hi = born_between_for(age, article.date)
    facts = [Fact.model_construct(id="f1", relation="age", subject=entities[0].id, value=age, as_of=article.date,
                                  born_between=(lo.isoformat(), hi.isoformat()),
                                  evidence=Span.model_construct(start=m.start, end=m.end, text=m.text))]
    times = [TimeExpr.model_construct(id="t1", text=m.text, start=m.start, end=m.end, type="DATE", value=article.date,
                                      interval=(article.date, article.date))]
    return article, Extraction.model_construct(article=article.meta(), entities=entities, quotes=quotes, times=times,
                                               facts=facts)


def generate(n: int, quotes_per_article: int, batch: int) -> Iterator[list[tuple[Article, Extraction]]]:
    """The same articles on every call (seeded), a batch at a time, so 100,000 never sit in memory."""
    rng = random.Random(SEED)
    words, cast = Words(rng), Cast(rng)
    for start in range(0, n, batch):
        yield [synthetic(i, words, cast, quotes_per_article) for i in range(start, min(n, start + batch))]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def mean_ci(values: list[float]) -> tuple[float, float]:
    """Mean and half-width of a normal 95% interval."""
    if len(values) < 2:
        return (values[0] if values else 0.0), 0.0
    return statistics.fmean(values), 1.96 * statistics.stdev(values) / len(values) ** 0.5


def rows_of(extraction: Extraction) -> int:
    """Rows one extraction adds: the article, entities, mentions, quotes, times, facts (aliases aside)."""
    return (1 + len(extraction.entities) + sum(len(e.mentions) for e in extraction.entities) + len(extraction.quotes)
            + len(extraction.times) + len(extraction.facts))


def fill(url: str, n: int, quotes_per_article: int, batch: int) -> dict:
    """Write ``n`` synthetic articles through ``Store.write_batch`` (the path `ingest` takes: one
    transaction per batch, people linked as they come), timing the store alone."""
    per_batch, store_s, gen_s, rows = [], 0.0, 0.0, 0
    with open_store(url) as store:
        t_gen = time.perf_counter()
        for chunk in generate(n, quotes_per_article, batch):
            gen_s += time.perf_counter() - t_gen
            t0 = time.perf_counter()
            write_batch(store, chunk)
            took = time.perf_counter() - t0
            store_s += took
            per_batch.append(len(chunk) / took)
            rows += sum(rows_of(ex) for _, ex in chunk)
            if len(per_batch) % 20 == 0:
                print(f"  {len(per_batch) * batch} articles, {rows / store_s:.0f} rows/s", file=sys.stderr, flush=True)
            t_gen = time.perf_counter()
        t0 = time.perf_counter()
        store.optimize()  # as `ingest` does at the end of a run
        optimize_s = time.perf_counter() - t0
        n_quotes = store.one("SELECT COUNT(*) AS n FROM quotes")["n"]
        n_people = store.one("SELECT COUNT(*) AS n FROM people")["n"]
    rate, ci = mean_ci(per_batch)
    return {"articles_per_s": rate, "ci": ci, "quotes": n_quotes, "people": n_people, "optimize_s": optimize_s,
            "rows_per_s": rows / store_s, "quotes_per_s": n_quotes / store_s, "store_s": store_s, "generate_s": gen_s}


COPY_TABLES = ["articles", "people", "entities", "mentions", "aliases", "quotes", "times", "facts", "merged_people"]


def copy_from_sqlite(source: str, url: str) -> dict:
    """Fill a PostgreSQL store with the rows of a SQLite store this benchmark filled: the same
    corpus, linked by the same code, without paying the write path's per-article round trips again
    (on a loaded 2-core machine it wrote 14 articles/s, so 100,000 articles would take two hours).
    The write path's own rate is measured on a smaller fill."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    rows = 0
    t0 = time.perf_counter()
    with open_store(url) as store:
        conn = store.conn  # type: ignore[attr-defined]
        for table in COPY_TABLES:
            cols = [r["column_name"] for r in store.rows(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                " AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position", (table,))]
            names = ", ".join(f'"{c}"' for c in cols)
            with conn.transaction(), conn.cursor() as cur:
                with cur.copy(f"COPY {table} ({names}) FROM STDIN") as cp:
                    for row in src.execute(f"SELECT {names} FROM {table}"):
                        cp.write_row(row)
                        rows += 1
            print(f"  copied {table}: {rows} rows so far, {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
        for table, key in (("articles", "aid"), ("people", "pid"), ("quotes", "qid")):
            store.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{key}'), (SELECT MAX({key}) FROM {table}))")
        copy_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        store.optimize()
        optimize_s = time.perf_counter() - t1
        n_quotes = store.one("SELECT COUNT(*) AS n FROM quotes")["n"]
        n_people = store.one("SELECT COUNT(*) AS n FROM people")["n"]
    src.close()
    return {"quotes": n_quotes, "people": n_people, "rows_per_s": rows / copy_s, "copy_s": copy_s, "optimize_s": optimize_s}


def query_kinds(words: Words, rng: random.Random) -> dict:
    """Each kind of search -> a function drawing one query of that kind (shared with search_ab.py)."""
    vocab = words.vocab[len(COMMON):]
    return {
        "rare word": lambda: rng.choice(vocab[2000:]),
        "mid word": lambda: rng.choice(vocab[200:2000]),
        "frequent word": lambda: rng.choice(vocab[:200]),
        "two words": lambda: f"{rng.choice(vocab[:500])} {rng.choice(vocab[:2000])}",
        "five words": lambda: " ".join(rng.choice(vocab[:300]) for _ in range(5)),
        "phrase": lambda: f'"{rng.choice(vocab[:100])} {rng.choice(vocab[:100])}"',
    }


def search_latency(url: str, words: Words, rng: random.Random, n: int = 300) -> dict:
    kinds = query_kinds(words, rng)
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
    """p50/p95 of `quotes --by`, `person` and `timeline` for people drawn at random from the corpus,
    and the same three calls for its most-quoted person (one timing each after a warm-up)."""
    out: dict[str, list[float]] = {"quotes --by": [], "person": [], "timeline": []}
    calls = {
        "quotes --by": lambda s, who: query.quotes(s, by=who),
        "person": lambda s, who: query.person(s, who),
        "timeline": lambda s, who: query.timeline(s, who),
    }
    with open_store(url) as store:
        top = store.one("SELECT MAX(pid) AS n FROM people")
        pids = [rng.randint(1, int(top["n"])) for _ in range(4 * n)] if top and top["n"] else []
        names = [r["name"] for r in store.rows(
            f"SELECT name FROM people WHERE pid IN ({', '.join('?' for _ in pids)})", pids)] if pids else []
        heavy = store.one(
            "SELECT p.name, COUNT(*) AS n FROM quotes q JOIN entities e ON e.aid = q.aid AND e.id = q.speaker"
            " JOIN people p ON p.pid = e.person_id GROUP BY p.pid, p.name ORDER BY n DESC LIMIT 1")
        for kind, call in calls.items():
            call(store, names[0])  # warm-up
            for _ in range(n):
                who = rng.choice(names)
                t0 = time.perf_counter()
                call(store, who)
                out[kind].append((time.perf_counter() - t0) * 1000)
        result = {k: (pct(v, 50), pct(v, 95)) for k, v in out.items()}
        if heavy:
            for kind, call in calls.items():
                call(store, heavy["name"])
                t0 = time.perf_counter()
                call(store, heavy["name"])
                ms = (time.perf_counter() - t0) * 1000
                result[f"{kind} (top, {heavy['n']} quotes)"] = (ms, ms)
    return result


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
    ap.add_argument("--batch", type=int, default=500, help="Articles per write transaction.")
    ap.add_argument("--backend", choices=["both", "sqlite", "postgresql"], default="both",
                    help="Run one backend at a time on a shared machine.")
    ap.add_argument("--ingest-articles", type=int, default=500, help="Articles for the real-pipeline ingest share (0 skips it).")
    ap.add_argument("--pg", default=PG_DEFAULT, help="PostgreSQL URL ('' to skip).")
    ap.add_argument("--skip-store", action="store_true", help="Only the real-pipeline ingest share.")
    ap.add_argument("--keep", metavar="NAME", help="Keep the filled store (SQLite file NAME.db in the current folder,"
                    " PostgreSQL schema NAME) to time queries again later with --no-fill.")
    ap.add_argument("--no-fill", action="store_true", help="Time queries on the store --keep names, filled before.")
    ap.add_argument("--query-seed", type=int, default=0,
                    help="Draw other queries and people than earlier runs (0: the usual ones), so a repeated run"
                         " on a kept store is not timed on pages the same queries just read.")
    ap.add_argument("--pg-from-sqlite", metavar="FILE", help="Fill PostgreSQL by copying a SQLite store this benchmark"
                    " filled and kept (same corpus and links) instead of through the write path.")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    backends = {}
    if args.backend in ("both", "sqlite"):
        backends["sqlite"] = f"{args.keep}.db" if args.keep else str(tmp / "bench.db")
    schemas = []
    if args.backend in ("both", "postgresql") and args.pg and pg_reachable(args.pg):
        schema = args.keep or "bench_" + uuid.uuid4().hex[:8]
        if not args.keep:
            schemas.append(schema)
        backends["postgresql"] = f"{args.pg}?schema={schema}"
    print(versions(args.pg if "postgresql" in backends else None))
    try:
        for name, url in ({} if args.skip_store else backends).items():
            if name == "postgresql" and args.pg_from_sqlite and not args.no_fill:
                w = copy_from_sqlite(args.pg_from_sqlite, url)
                print(f"{name}: copied from {args.pg_from_sqlite}: {w['rows_per_s']:.0f} rows/s ({w['copy_s']:.0f} s);"
                      f" {w['quotes']} quotes, {w['people']} people; optimize {w['optimize_s']:.1f}s", flush=True)
            elif args.no_fill:
                with open_store(url) as store:
                    quoted = store.one("SELECT COUNT(*) AS n FROM quotes")
                w = {"quotes": quoted["n"] if quoted else 0}
            else:
                w = fill(url, args.articles, args.quotes_per_article, args.batch)
                print(f"{name}: store write {w['articles_per_s']:.0f} ± {w['ci']:.0f} articles/s, {w['quotes_per_s']:.0f} quotes/s,"
                      f" {w['rows_per_s']:.0f} rows/s ({w['store_s']:.0f} s in the store; generating took {w['generate_s']:.0f} s);"
                      f" {w['quotes']} quotes, {w['people']} people stored; optimize {w['optimize_s']:.1f}s", flush=True)
            lat = search_latency(url, Words(random.Random(SEED)), random.Random(SEED + 2 + 1000 * args.query_seed))
            for kind, (p50, p95) in lat.items():
                print(f"{name}: search {kind:13s} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms")
            for kind, (p50, p95) in person_latency(url, random.Random(SEED + 3 + 1000 * args.query_seed)).items():
                print(f"{name}: {kind:20s} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms")
            print(f"{name}: database size {size_mb(url):.0f} MB for {w['quotes']} quotes", flush=True)
        for name, base in ({} if not args.ingest_articles else backends).items():
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
