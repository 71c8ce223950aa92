"""Ingest: articles -> extraction -> store, one transaction per batch.

Articles whose id and content hash are already stored are skipped before extraction, so a re-run
after an interruption only extracts what the last committed batch did not cover.
"""

from __future__ import annotations

import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional, Union

from spacy.language import Language

from dateline.link import write_batch
from dateline.model import Article, Extraction
from dateline.read import Rejected
from dateline.store import Store

DEFAULT_BATCH = 64


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
    extract: Optional[Callable[..., Iterable[Union[Extraction, Rejected]]]] = None,
) -> IngestReport:
    """Extract and store every article; bad records are collected in the report, never raised.

    ``extract`` defaults to ``dateline.pipeline.extract_many`` (benchmarks pass a stand-in)."""
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

    def write(items: list[tuple[Article, Extraction]]) -> None:
        result = write_batch(store, items)
        report.added += result.added
        report.replaced += result.replaced
        report.unchanged += result.unchanged

    def flush() -> None:
        t0 = time.perf_counter()
        try:
            write(batch)
        except store.errors:
            # Policy: skip and record. The batch was rolled back; store its articles one by one so
            # that one extraction the database refuses does not cost the others.
            for item in batch:
                try:
                    write([item])
                except store.errors as exc:
                    article = item[0]
                    report.rejected.append(Rejected(article.source or article.id,
                                                    f"article {article.id}: the store refused its extraction ({exc})"))
        report.seconds_store += time.perf_counter() - t0
        batch.clear()
        report.pending = 0
        tick()

    for result in extract(todo(), nlp=nlp, batch_size=min(batch_size, 256)):
        if isinstance(result, Rejected):
            report.rejected.append(result)
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
