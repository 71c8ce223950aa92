"""The corpus store: articles and their extractions, behind one interface on SQLite and PostgreSQL.

``open_store(url)`` picks the backend: a file path (default ``./dateline.db``) opens SQLite, a
``postgresql://`` URL opens PostgreSQL. Everything except connecting, transactions and full-text
search is written once here in SQL both backends accept (``?`` placeholders are rewritten for
psycopg), so the two cannot drift apart in behaviour.
"""

from __future__ import annotations

import json
import os
from abc import ABC, abstractmethod
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable, Iterator, Optional, Sequence

from dateline.errors import QueryError, StoreError
from dateline.model import Article, Entity, Extraction, Fact, Mention, Quote, Span, TimeExpr, date_interval
from dateline.names import entity_aliases, normalize
from dateline.store.schema import LATEST, MIGRATIONS

__all__ = ["Store", "BatchResult", "StoredBatch", "open_store", "DEFAULT_DB", "QUERY_SECONDS", "RANK_CAP", "ARTICLE_RANK_CAP"]

DEFAULT_DB = "./dateline.db"
# Documented in the README (Limits): seconds one corpus query may run in the CLI and the API.
QUERY_SECONDS = float(os.environ.get("DATELINE_QUERY_SECONDS", 5))
# Documented in the README (Limits): a full-text search ranks at most this many matches, the first
# ones in storage order. Ranking costs time per match, so a common word in a million quotes took
# 0.7 s; with the cap no search ranks more than this, and a search with fewer matches is exact.
RANK_CAP = 1_000
# Article bodies are ~20 times longer than a quote, and so is ranking one (PostgreSQL also reads
# each body's tsvector back from TOAST): 1,000 of them took 85-125 ms at 100,000 articles.
ARTICLE_RANK_CAP = 200
# What a search hit carries besides its score and snippet, joined onto the ranked hits ``h`` in the
# same statement (each statement is a round trip and a plan: four per search cost PostgreSQL more
# than the matching did). ``q`` is the hit's quote or article row.
HIT_COLUMNS = {
    "quotes": ("a.id AS article, a.date, COALESCE(p.name, e.name) AS speaker",
               " JOIN articles a ON a.aid = q.aid LEFT JOIN entities e ON e.aid = q.aid AND e.id = q.speaker"
               " LEFT JOIN people p ON p.pid = e.person_id"),
    "articles": ("q.id AS article, q.date", ""),
}
Row = dict[str, Any]

# Model fields that have real columns; anything else a model grows lands in the `extra` JSON column.
_ENTITY_COLS = {"id", "name", "type", "gender", "mentions"}
_MENTION_COLS = {"start", "end", "text", "kind"}
_QUOTE_COLS = {"id", "kind", "text", "spans", "speaker", "speaker_mention", "cue", "cue_span", "addressee", "channel", "confidence", "nested_in"}
_TIME_COLS = {"id", "text", "start", "end", "type", "value", "interval", "certain", "role", "anchor", "mod", "anchored_value"}
_FACT_COLS = {"id", "relation", "subject", "object", "value", "as_of", "born_between", "time", "evidence", "confidence"}


@dataclass
class BatchResult:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0


@dataclass
class StoredBatch:
    """What ``Store.store_batch`` wrote: the counts, each fresh article (aid, article id,
    extraction) for the linker, and the hand links of replaced articles, keyed by (article id,
    normalized entity name) -> (person, link reason)."""

    result: BatchResult = field(default_factory=BatchResult)
    fresh: list[tuple[int, str, Extraction]] = field(default_factory=list)
    hand: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)


def _extra(model: Any, known: set[str]) -> Optional[str]:
    rest = model.model_dump(mode="json", exclude=known)
    return json.dumps(rest, ensure_ascii=False) if rest else None


def _load(value: Optional[str]) -> Any:
    return json.loads(value) if value else None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# Link reason prefix of a hand link carried across a re-ingest (not repeated on the next one).
KEPT_PREFIX = "kept across re-ingest: "


class Store(ABC):
    """One corpus database. Use as a context manager, or call ``close()``."""

    backend: str = ""
    # The driver's error classes: what ingest catches to set one article aside and go on.
    errors: tuple[type[Exception], ...] = ()

    def __init__(self, url: str) -> None:
        self.url = url

    # -- backend hooks -------------------------------------------------------------------------

    @abstractmethod
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any: ...

    @abstractmethod
    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    @abstractmethod
    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run a query written with ``?`` placeholders; rows come back as dicts."""

    @abstractmethod
    @contextmanager
    def transaction(self) -> Iterator[None]: ...

    # Backend types for the shared DDL, and each migration's extra full-text statements.
    PK_TYPE: str = ""
    FLOAT_TYPE: str = ""
    FTS_DDL: dict[int, list[str]] = {}

    def _ddl(self, version: int) -> list[str]:
        """The statements of one migration, with this backend's types and full-text objects."""
        shared = [s.replace("{pk}", self.PK_TYPE).replace("{float}", self.FLOAT_TYPE) for s in MIGRATIONS[version]]
        return shared + self.FTS_DDL.get(version, [])

    # How many matches a search ranks (see RANK_CAP); an attribute so that tests can lower it.
    rank_cap: int = RANK_CAP
    article_rank_cap: int = ARTICLE_RANK_CAP

    @abstractmethod
    def search_quotes(self, query: str, limit: int, offset: int = 0) -> list[Row]:
        """Full-text hits over quote text: qid, snippet, score (higher is better), article, date,
        speaker; best first among the first ``rank_cap`` matches in storage order."""

    @abstractmethod
    def search_articles(self, query: str, limit: int, offset: int = 0) -> list[Row]:
        """Full-text hits over article text: aid, snippet, score (higher is better), article, date;
        best first among the first ``article_rank_cap`` matches in storage order."""

    # Seconds a read statement may run once ``bound()`` is called (None: unbounded, as ingest is).
    query_seconds: Optional[float] = None

    def bound(self, seconds: float) -> None:
        """Stop any later statement that runs past ``seconds``: a read raises QueryError E307, a
        write E312 (its transaction is rolled back)."""
        self.query_seconds = seconds

    def _stopped(self, sql: str) -> QueryError:
        """The error for a statement stopped by the time limit: E307 for a read, E312 for a write."""
        first = sql.lstrip()[:6].upper()
        return QueryError("E307" if first.startswith(("SELECT", "WITH")) else "E312", seconds=self.query_seconds or 0)

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def optimize(self) -> None:
        """Bring indexes and planner statistics up to date after a bulk write (ingest calls it)."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- small helpers ---------------------------------------------------------------------------

    def one(self, sql: str, params: Sequence[Any] = ()) -> Optional[Row]:
        found = self.rows(sql, params)
        return found[0] if found else None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._executemany(sql, rows)

    # -- schema ----------------------------------------------------------------------------------

    def schema_version(self) -> int:
        self._execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = self.one("SELECT MAX(version) AS v FROM schema_version")
        return int(row["v"]) if row and row["v"] is not None else 0

    @abstractmethod
    def _lock(self, what: str) -> None:
        """Hold a lock named ``what`` to the end of the current transaction."""

    def _current_version(self) -> Optional[int]:
        """The schema version, read without writing anything; None when there is no schema yet."""
        try:
            row = self.one("SELECT MAX(version) AS v FROM schema_version")
        except self.errors:
            return None
        return int(row["v"]) if row and row["v"] is not None else 0

    def migrate(self, target: int = LATEST) -> int:
        """Apply the migrations this database lacks, all in one transaction under a lock, so two
        processes opening a new database at once never both create it; return the version."""
        current = self._current_version()
        if current is not None and current >= target:
            if current > LATEST:
                raise StoreError("E202", db=self.url, found=current, supported=LATEST)
            return current
        with self.transaction():
            self._lock("schema")
            # Read again under the lock: another process may have migrated while we waited.
            current = self.schema_version()
            if current > LATEST:
                raise StoreError("E202", db=self.url, found=current, supported=LATEST)
            for version in range(current + 1, target + 1):
                for statement in self._ddl(version):
                    self._execute(statement)
                self._execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
        return max(current, target)

    # -- writing ---------------------------------------------------------------------------------

    def stored_hash(self, article_id: str) -> Optional[str]:
        row = self.one("SELECT sha256 FROM articles WHERE id = ?", (article_id,))
        return row["sha256"] if row else None

    def store_batch(self, items: Iterable[tuple[Article, Extraction]]) -> StoredBatch:
        """Write a batch of extractions under the write lock, without linking their people
        (``dateline.link.write_batch`` does both in one transaction; call that).

        An article whose content hash is already stored is skipped; one whose id is stored with
        another hash replaces the old extraction (its old rows go away). The hand links of a
        replaced article come back in ``StoredBatch.hand`` for the linker to restore."""
        out = StoredBatch()
        result = out.result
        items = list(items)
        with self.transaction():
            # Two ingests into one database: one writes and links at a time, so neither sees the
            # other's half-written batch (same article id, same new person).
            self._lock("write")
            fresh: list[tuple[int, Extraction]] = []
            fresh_ids: list[str] = []
            ids = list({a.id for a, _ in items})
            # One lookup for the whole batch; an id met twice in a batch is re-checked below.
            stored = {
                r["id"]: r
                for r in (self.rows(f"SELECT id, aid, sha256 FROM articles WHERE id IN ({', '.join('?' for _ in ids)})", ids)
                          if ids else [])
            }
            seen: set[str] = set()
            for article, extraction in items:
                sha = article.sha256 or article.content_hash()
                if article.id in seen:
                    old = self.one("SELECT aid, sha256 FROM articles WHERE id = ?", (article.id,))
                else:
                    old = stored.get(article.id)
                    seen.add(article.id)
                if old and old["sha256"] == sha:
                    result.unchanged += 1
                    continue
                if old:
                    for r in self.rows(
                        "SELECT e.norm, e.person_id, e.link_reason FROM entities e JOIN people p ON p.pid = e.person_id"
                        " WHERE e.aid = ? AND p.manual = 1",
                        (old["aid"],),
                    ):
                        reason = (r["link_reason"] or "").removeprefix(KEPT_PREFIX)
                        out.hand[(article.id, r["norm"])] = (int(r["person_id"]), reason)
                    self._execute("DELETE FROM articles WHERE aid = ?", (old["aid"],))
                    result.replaced += 1
                else:
                    result.added += 1
                fresh.append((self._insert_article(article, sha), extraction))
                fresh_ids.append(article.id)
            self._insert_rows(fresh)
        out.fresh = [(aid, article_id, ex) for (aid, ex), article_id in zip(fresh, fresh_ids, strict=True)]
        return out

    def _insert_article(self, article: Article, sha: str) -> int:
        span = date_interval(article.date)
        row = self.one(
            "INSERT INTO articles (id, sha256, date, date_precision, date_start, date_end, body_start, title, url,"
            " source, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING aid",
            (
                article.id,
                sha,
                article.date,
                article.date_precision,
                span[0].isoformat() if span else None,
                span[1].isoformat() if span else None,
                article.body_start,
                article.title,
                article.url,
                article.source,
                article.text,
                _now(),
            ),
        )
        assert row is not None
        return int(row["aid"])

    def _insert_rows(self, fresh: list[tuple[int, Extraction]]) -> None:
        entities: list[tuple] = []
        mentions: list[tuple] = []
        aliases: list[tuple] = []
        quotes: list[tuple] = []
        times: list[tuple] = []
        facts: list[tuple] = []
        for aid, ex in fresh:
            for seq, e in enumerate(ex.entities):
                entities.append((aid, e.id, seq, e.name, normalize(e.name), e.type, e.gender, _extra(e, _ENTITY_COLS)))
                for mseq, m in enumerate(e.mentions):
                    mentions.append((aid, e.id, mseq, m.start, m.end, m.text, m.kind, _extra(m, _MENTION_COLS)))
                for norm, text, full in entity_aliases(e):
                    aliases.append((aid, e.id, norm, text, int(full)))
            for seq, q in enumerate(ex.quotes):
                quotes.append(
                    (
                        aid, q.id, seq, q.kind, q.text,
                        json.dumps([s.model_dump() for s in q.spans]),
                        min((s.start for s in q.spans), default=None),
                        max((s.end for s in q.spans), default=None),
                        q.speaker,
                        q.speaker_mention.model_dump_json() if q.speaker_mention else None,
                        q.cue,
                        q.cue_span.model_dump_json() if q.cue_span else None,
                        q.addressee, q.channel, q.confidence, q.nested_in, _extra(q, _QUOTE_COLS),
                    )
                )
            for seq, t in enumerate(ex.times):
                times.append(
                    (
                        aid, t.id, seq, t.text, t.start, t.end, t.type, t.value,
                        t.interval[0] if t.interval else None,
                        t.interval[1] if t.interval else None,
                        int(t.certain), t.role, t.anchor, t.mod, t.anchored_value, _extra(t, _TIME_COLS),
                    )
                )
            for seq, f in enumerate(ex.facts):
                facts.append(
                    (
                        aid, f.id, seq, f.relation, f.subject, f.object,
                        None if f.value is None else str(f.value),
                        f.value if isinstance(f.value, int) else None,
                        f.as_of,
                        f.born_between[0] if f.born_between else None,
                        f.born_between[1] if f.born_between else None,
                        f.time, f.evidence.start, f.evidence.end, f.evidence.text, f.confidence,
                        _extra(f, _FACT_COLS),
                    )
                )
        inserts: list[tuple[str, list[tuple]]] = [
            ("INSERT INTO entities (aid, id, seq, name, norm, type, gender, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", entities),
            ("INSERT INTO mentions (aid, entity_id, seq, start_char, end_char, text, kind, extra)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", mentions),
            ("INSERT INTO aliases (aid, entity_id, norm, text, full_name) VALUES (?, ?, ?, ?, ?)"
             " ON CONFLICT DO NOTHING", aliases),
            ("INSERT INTO quotes (aid, id, seq, kind, text, spans, start_char, end_char, speaker, speaker_mention, cue,"
             " cue_span, addressee, channel, confidence, nested_in, extra)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
             quotes),
            ("INSERT INTO times (aid, id, seq, text, start_char, end_char, type, value, interval_start, interval_end,"
             " certain, role, anchor, mod, anchored_value, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
             times),
            ("INSERT INTO facts (aid, id, seq, relation, subject, object, value, value_int, as_of, born_start, born_end,"
             " time_id, evidence_start, evidence_end, evidence_text, confidence, extra)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", facts),
        ]
        for sql, batch in inserts:
            if batch:
                self._executemany(sql, batch)

    # -- reading ---------------------------------------------------------------------------------

    def article_count(self) -> int:
        row = self.one("SELECT COUNT(*) AS n FROM articles")
        return int(row["n"]) if row else 0

    def article_ids(self) -> list[str]:
        return [r["id"] for r in self.rows("SELECT id FROM articles ORDER BY aid")]

    def read_extraction(self, aid: int) -> Extraction:
        """Rebuild the stored Extraction of one article, every field as it was ingested."""
        a = self.one("SELECT * FROM articles WHERE aid = ?", (aid,))
        if a is None:
            raise KeyError(aid)
        meta = {k: a[k] for k in ("id", "date", "date_precision", "body_start", "title", "url", "source", "sha256")}
        mentions: dict[str, list[Mention]] = {}
        for m in self.rows("SELECT * FROM mentions WHERE aid = ? ORDER BY entity_id, seq", (aid,)):
            mentions.setdefault(m["entity_id"], []).append(
                Mention(start=m["start_char"], end=m["end_char"], text=m["text"], kind=m["kind"], **(_load(m["extra"]) or {}))
            )
        entities = [
            Entity(id=e["id"], name=e["name"], type=e["type"], gender=e["gender"], mentions=mentions.get(e["id"], []),
                   **(_load(e["extra"]) or {}))
            for e in self.rows("SELECT * FROM entities WHERE aid = ? ORDER BY seq", (aid,))
        ]
        quotes = [
            Quote(
                id=q["id"], kind=q["kind"], text=q["text"], spans=json.loads(q["spans"]), speaker=q["speaker"],
                speaker_mention=Span.model_validate_json(q["speaker_mention"]) if q["speaker_mention"] else None,
                cue=q["cue"], cue_span=Span.model_validate_json(q["cue_span"]) if q["cue_span"] else None,
                addressee=q["addressee"], channel=q["channel"], confidence=q["confidence"], nested_in=q["nested_in"],
                **(_load(q["extra"]) or {}),
            )
            for q in self.rows("SELECT * FROM quotes WHERE aid = ? ORDER BY seq", (aid,))
        ]
        times = [
            TimeExpr(
                id=t["id"], text=t["text"], start=t["start_char"], end=t["end_char"], type=t["type"], value=t["value"],
                interval=(t["interval_start"], t["interval_end"]) if t["interval_start"] is not None else None,
                certain=bool(t["certain"]), role=t["role"], anchor=t["anchor"], mod=t["mod"],
                anchored_value=t["anchored_value"], **(_load(t["extra"]) or {}),
            )
            for t in self.rows("SELECT * FROM times WHERE aid = ? ORDER BY seq", (aid,))
        ]
        facts = [
            Fact(
                id=f["id"], relation=f["relation"], subject=f["subject"], object=f["object"],
                value=f["value_int"] if f["value_int"] is not None else f["value"], as_of=f["as_of"],
                born_between=(f["born_start"], f["born_end"]) if f["born_start"] is not None else None,
                time=f["time_id"],
                evidence=Span(start=f["evidence_start"], end=f["evidence_end"], text=f["evidence_text"]),
                confidence=f["confidence"], **(_load(f["extra"]) or {}),
            )
            for f in self.rows("SELECT * FROM facts WHERE aid = ? ORDER BY seq", (aid,))
        ]
        return Extraction(article=meta, entities=entities, quotes=quotes, times=times, facts=facts)

    def iter_extractions(self) -> Iterator[Extraction]:
        for r in self.rows("SELECT aid FROM articles ORDER BY aid"):
            yield self.read_extraction(int(r["aid"]))


def open_store(url: Optional[str] = None, *, migrate: bool = True) -> Store:
    """Open (and create or upgrade) a corpus database.

    ``url`` is a SQLite file path (default ``./dateline.db``; ``:memory:`` works) or a
    ``postgresql://`` URL; a ``schema=NAME`` query parameter on a PostgreSQL URL keeps the tables in
    that schema (created if missing), which is how tests isolate themselves."""
    url = url or DEFAULT_DB
    store: Store
    if url.startswith(("postgresql://", "postgres://")):
        from dateline.store.postgres import PostgresStore

        store = PostgresStore(url)
    else:
        from dateline.store.sqlite import SQLiteStore

        store = SQLiteStore(url.removeprefix("sqlite:///"))
    if migrate:
        try:
            store.migrate()
        except Exception:
            store.close()
            raise
    return store
