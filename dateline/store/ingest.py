"""Ingest: articles -> extraction -> store, one transaction per batch.

Articles whose id and content hash are already stored are skipped before extraction, so a re-run
after an interruption only extracts what the last committed batch did not cover.
"""

from __future__ import annotations

import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Optional, Union

from dateline.link import write_batch
from dateline.model import Article, Extraction
from dateline.read import Rejected
from dateline.store import BatchResult, Store

if TYPE_CHECKING:  # only the extracting side needs spaCy; a Dask client ingests without it
    from spacy.language import Language

DEFAULT_BATCH = 64


@dataclass
class Stored:
    """What a Dask worker that wrote its chunk to the store itself sends back instead of the
    extractions: the counts, the articles the store refused, and the (id, hash) of every article of
    the chunk that was extracted (to drop it from the client's waiting list)."""

    result: BatchResult
    rejected: list[Rejected]
    done: list[tuple[str, Optional[str]]]
    seconds: float


def store_items(store: Store, items: list[tuple[Article, Extraction]]) -> tuple[BatchResult, list[Rejected]]:
    """Write and link a batch in one transaction. Policy when the store refuses it: skip and
    record. The batch was rolled back; its articles are stored one by one so that one extraction
    the database refuses does not cost the others."""
    try:
        return write_batch(store, items), []
    except store.errors:
        total, refused = BatchResult(), []
        for item in items:
            try:
                one = write_batch(store, [item])
            except store.errors as exc:
                article = item[0]
                refused.append(Rejected(article.source or article.id,
                                        f"article {article.id}: the store refused its extraction ({exc})"))
                continue
            total.added += one.added
            total.replaced += one.replaced
            total.unchanged += one.unchanged
        return total, refused


@dataclass
class IngestReport:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    seconds_total: float = 0.0
    seconds_store: float = 0.0
    # Extracted, waiting in the current batch to be stored: lets a progress bar move per article.
    pending: int = 0

    @property
    def seen(self) -> int:
        return self.added + self.replaced + self.unchanged + len(self.rejected)

    @property
    def store_share(self) -> float:
        return self.seconds_store / self.seconds_total if self.seconds_total else 0.0


def ingest(
    store: Store,
    items: Iterable[Union[Article, Rejected]],
    *,
    nlp: Optional[Language],
    batch_size: int = DEFAULT_BATCH,
    progress: Optional[Callable[[IngestReport], None]] = None,
    extract: Optional[Callable[..., Iterable[Union[Extraction, Rejected, Stored]]]] = None,
) -> IngestReport:
    """Extract and store every article; bad records are collected in the report, never raised.

    ``extract`` defaults to ``dateline.pipeline.extract_many`` (benchmarks pass a stand-in). It
    may also yield ``Stored`` records: chunks a Dask worker extracted and wrote itself."""
    if extract is None:
        from dateline.pipeline import extract_many

        extract = extract_many
    report = IngestReport()
    started = time.perf_counter()
    waiting: dict[tuple[str, Optional[str]], deque[Article]] = defaultdict(deque)

    def tick() -> None:
        if progress:
            progress(report)

    def todo() -> Iterable[Article]:
        for item in items:
            if isinstance(item, Rejected):
                report.rejected.append(item)
                tick()
            elif store.stored_hash(item.id) == item.sha256:
                report.unchanged += 1
                tick()
            else:
                waiting[(item.id, item.sha256)].append(item)
                yield item

    batch: list[tuple[Article, Extraction]] = []

    def count(result: BatchResult, refused: list[Rejected]) -> None:
        report.added += result.added
        report.replaced += result.replaced
        report.unchanged += result.unchanged
        report.rejected.extend(refused)

    def flush() -> None:
        t0 = time.perf_counter()
        count(*store_items(store, batch))
        report.seconds_store += time.perf_counter() - t0
        batch.clear()
        report.pending = 0
        tick()

    for result in extract(todo(), nlp=nlp, batch_size=min(batch_size, 256)):
        if isinstance(result, Rejected):
            report.rejected.append(result)
            tick()
            continue
        if isinstance(result, Stored):  # written by a Dask worker (``ingest --direct``)
            for key in result.done:
                waiting[key].popleft()
                if not waiting[key]:
                    del waiting[key]
            count(result.result, result.rejected)
            report.seconds_store += result.seconds
            tick()
            continue
        article = waiting[(result.article.id, result.article.sha256)].popleft()
        batch.append((article, result))
        report.pending = len(batch)
        if len(batch) >= batch_size:
            flush()
        else:
            tick()
    if batch:
        flush()
    if report.added or report.replaced:
        t0 = time.perf_counter()
        store.optimize()
        report.seconds_store += time.perf_counter() - t0
    report.seconds_total = time.perf_counter() - started
    return report
