"""SQLite backend: one file, WAL journal, FTS5 (porter stemming) over quote text and article text."""

from __future__ import annotations

import re
import sqlite3
import time
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

from dateline.errors import StoreError
from dateline.store import HIT_COLUMNS, Row, Store

# External-content FTS5 tables kept in step by triggers, so the text is stored once and a cascade
# delete of an article also removes its quotes from the index.
_FTS_V1 = [
    "CREATE VIRTUAL TABLE quote_fts USING fts5(text, content='quotes', content_rowid='qid', tokenize='porter unicode61')",
    "CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN"
    " INSERT INTO quote_fts (rowid, text) VALUES (new.qid, new.text); END",
    "CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN"
    " INSERT INTO quote_fts (quote_fts, rowid, text) VALUES ('delete', old.qid, old.text); END",
    "CREATE VIRTUAL TABLE article_fts USING fts5(text, content='articles', content_rowid='aid', tokenize='porter unicode61')",
    "CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN"
    " INSERT INTO article_fts (rowid, text) VALUES (new.aid, new.text); END",
    "CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN"
    " INSERT INTO article_fts (article_fts, rowid, text) VALUES ('delete', old.aid, old.text); END",
]

# SQLite's substr counts characters, as Python offsets do; body_start is 0-based, substr 1-based.
_FTS_V3 = [
    "ALTER TABLE articles ADD COLUMN body TEXT GENERATED ALWAYS AS (substr(text, body_start + 1)) VIRTUAL",
    "DROP TRIGGER articles_ai",
    "DROP TRIGGER articles_ad",
    "DROP TABLE article_fts",
    "CREATE VIRTUAL TABLE article_fts USING fts5(body, content='articles', content_rowid='aid', tokenize='porter unicode61')",
    "CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN"
    " INSERT INTO article_fts (rowid, body) VALUES (new.aid, new.body); END",
    "CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN"
    " INSERT INTO article_fts (article_fts, rowid, body) VALUES ('delete', old.aid, old.body); END",
    "INSERT INTO article_fts (article_fts) VALUES ('rebuild')",
]

# The quote triggers skip nested quotations, and those already indexed are taken out ('delete'
# needs the text that was indexed, which is still the row's).
_FTS_V6 = [
    "DROP TRIGGER quotes_ai",
    "DROP TRIGGER quotes_ad",
    "CREATE TRIGGER quotes_ai AFTER INSERT ON quotes WHEN new.nested_in IS NULL BEGIN"
    " INSERT INTO quote_fts (rowid, text) VALUES (new.qid, new.text); END",
    "CREATE TRIGGER quotes_ad AFTER DELETE ON quotes WHEN old.nested_in IS NULL BEGIN"
    " INSERT INTO quote_fts (quote_fts, rowid, text) VALUES ('delete', old.qid, old.text); END",
    "INSERT INTO quote_fts (quote_fts, rowid, text) SELECT 'delete', qid, text FROM quotes WHERE nested_in IS NOT NULL",
]

_TERM = re.compile(r'"([^"]*)"|([^\s"]+)')
_WORD = re.compile(r"\w+")


def fts5_query(text: str) -> str:
    """User text -> an FTS5 query: every word must occur; "double quotes" keep a phrase.

    Each term is itself quoted, so FTS5 operators and punctuation in user text are never parsed
    as syntax (a stray `-` or `:` would otherwise be an error)."""
    terms = []
    for phrase, word in _TERM.findall(text):
        words = _WORD.findall(phrase or word)
        if words:
            terms.append('"' + " ".join(words) + '"')
    # A repeated word adds nothing to an AND query but costs snippet() a pass per copy.
    return " ".join(dict.fromkeys(terms))


class SQLiteStore(Store):
    backend = "sqlite"
    PK_TYPE = "INTEGER PRIMARY KEY"
    FLOAT_TYPE = "REAL"
    FTS_DDL = {1: _FTS_V1, 3: _FTS_V3, 6: _FTS_V6}
    errors = (sqlite3.Error,)

    def __init__(self, path: str) -> None:
        super().__init__(path)
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per batch.
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        except sqlite3.Error as exc:
            raise StoreError("E201", db=path, reason=str(exc)) from None
        self.conn.row_factory = sqlite3.Row
        if path != ":memory:":
            self._wal()
        # NORMAL is durable at every commit in WAL mode except against power loss, which is enough
        # for a corpus that can be re-ingested.
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        # The default 2 MB page cache thrashes once the indexes outgrow it: at 20,000 articles a
        # batch wrote 30% faster with 64 MB (a ceiling, not an allocation).
        self.conn.execute("PRAGMA cache_size=-65536")
        self._depth = 0

    def _wal(self) -> None:
        # Switching a new file to WAL needs it alone for a moment, and SQLite answers "database is
        # locked" at once rather than through the busy timeout when another process is doing the
        # same: two ingests starting on one new database would lose one of them. Wait and retry.
        deadline = time.monotonic() + 30
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise StoreError("E201", db=self.url, reason=str(exc)) from None
                time.sleep(0.02)

    def _lock(self, what: str) -> None:
        # Nothing to take: transactions begin IMMEDIATE, so one writer holds the whole file.
        return None

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        self._restart_clock()
        with self._limited(sql):
            return self.conn.execute(sql, tuple(params))

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._restart_clock()
        with self._limited(sql):
            self.conn.executemany(sql, rows)

    @contextmanager
    def _limited(self, sql: str) -> Iterator[None]:
        """The progress handler's interrupt becomes E307/E312, never a raw sqlite3 error."""
        try:
            yield
        except sqlite3.OperationalError as exc:
            if self.query_seconds is not None and "interrupted" in str(exc):
                raise self._stopped(sql) from None
            raise

    def _restart_clock(self) -> None:
        """Each statement gets the whole time limit, not what the previous ones left of it."""
        if self.query_seconds is not None:
            self._deadline = time.monotonic() + self.query_seconds

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        if self.query_seconds is None:
            return [dict(r) for r in self.conn.execute(sql, tuple(params)).fetchall()]
        self._restart_clock()
        with self._limited(sql):
            return [dict(r) for r in self.conn.execute(sql, tuple(params)).fetchall()]

    def bound(self, seconds: float) -> None:
        super().bound(seconds)
        self._deadline = time.monotonic() + seconds
        # SQLite has no statement timeout; the progress handler runs every N virtual-machine
        # steps and a non-zero answer interrupts the statement.
        self.conn.set_progress_handler(lambda: int(time.monotonic() > self._deadline), 10_000)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        # IMMEDIATE takes the write lock up front, so two ingests never interleave their batches.
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            # An interrupted write has already rolled the whole transaction back (SQLite does that
            # itself), and a second ROLLBACK would fail and hide the real error.
            if self.conn.in_transaction:
                self._deadline = float("inf")  # the rollback itself must not be interrupted
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def _search(self, table: str, key: str, source: str, query: str, limit: int, offset: int) -> list[Row]:
        match = fts5_query(query)
        if not match:
            return []
        cap = self.article_rank_cap if source == "articles" else self.rank_cap
        # One pass over the index: FTS5 yields matches in rowid order with bm25 and the LIMIT stops
        # it after the cap, so no more than that many are ranked. snippet() then runs on the page
        # kept, one indexed lookup per hit: a second pass over the matches (ORDER BY rank under a
        # rowid bound) made five-word and phrase searches twice as slow at 1M quotes.
        top = self.rows(
            f"SELECT rowid AS {key}, score FROM (SELECT rowid, -bm25({table}) AS score FROM {table}"
            f" WHERE {table} MATCH ? LIMIT ?) ORDER BY score DESC, rowid LIMIT ? OFFSET ?",
            (match, cap, limit, offset),
        )
        if not top:
            return []
        columns, joins = HIT_COLUMNS[source]
        marks = ", ".join("?" for _ in top)
        info = {r[key]: r for r in self.rows(
            f"SELECT q.{key}, {columns} FROM {source} q{joins} WHERE q.{key} IN ({marks})", [h[key] for h in top])}
        for hit in top:
            found = self.one(f"SELECT snippet({table}, 0, '[', ']', '…', 16) AS snippet FROM {table}"
                             f" WHERE {table} MATCH ? AND rowid = ?", (match, hit[key]))
            hit["snippet"] = found["snippet"] if found else ""
            hit.update({k: v for k, v in info[hit[key]].items() if k != key})
        return top

    def search_quotes(self, query: str, limit: int, offset: int = 0) -> list[Row]:
        return self._search("quote_fts", "qid", "quotes", query, limit, offset)

    def search_articles(self, query: str, limit: int, offset: int = 0) -> list[Row]:
        return self._search("article_fts", "aid", "articles", query, limit, offset)

    def optimize(self) -> None:
        self.conn.execute("PRAGMA optimize")

    def close(self) -> None:
        self.conn.close()
