"""Batch extraction scaled out on Dask: many files, many workers, nothing lost.

Each task reads and extracts one chunk of articles with the process's cached spaCy
pipeline (`nlp.load` is cached per worker process, so the model loads once per worker,
not once per article). Results stream back as JSON Lines; bad records come back as
``Rejected`` with their reason, so the batch always goes past them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from dateline.model import Article, Extraction
from dateline.nlp import BATCH_SIZE, DEFAULT_MODEL
from dateline.read import Rejected

# Chunks of this many articles amortise Dask's per-task overhead (~1 ms) against
# spaCy batching while keeping enough tasks to balance across workers.
CHUNK = 64


@dataclass
class ChunkResult:
    extractions: list[str]
    rejected: list[Rejected]


def _run_chunk(articles: Sequence[Article], model: str, batch_size: int) -> ChunkResult:
    from dateline.pipeline import extract_many

    out: list[str] = []
    bad: list[Rejected] = []
    for item in extract_many(articles, model=model, batch_size=batch_size):
        if isinstance(item, Rejected):
            bad.append(item)
        else:
            out.append(item.model_dump_json())
    return ChunkResult(out, bad)


def chunks(items: Iterable[Article], size: int = CHUNK) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_batch(
    articles: Iterable[Article],
    *,
    workers: int = 2,
    model: str = DEFAULT_MODEL,
    chunk_size: int = CHUNK,
    batch_size: int = BATCH_SIZE,
    scheduler: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Iterator[Extraction | Rejected]:
    """Extract articles on a Dask cluster (a local one with ``workers`` processes unless
    ``scheduler`` names a running scheduler's address). Yields results as chunks finish."""
    from dask.distributed import Client, LocalCluster, as_completed

    # The scheduler logs every worker start and stop at INFO; only problems belong on stderr.
    logging.getLogger("distributed").setLevel(logging.WARNING)

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.WARNING
        )
        client = Client(cluster)
    try:
        parts = list(chunks(articles, chunk_size))
        total = sum(len(p) for p in parts)
        futures = {client.submit(_run_chunk, p, model, batch_size, pure=False): p for p in parts}
        done = 0
        for future in as_completed(list(futures)):
            try:
                result: ChunkResult = future.result()
            except Exception as exc:  # a dead worker or a crash loses no article: each is set aside with the reason
                reason = f"worker failed: {type(exc).__name__}: {exc}"
                result = ChunkResult([], [Rejected(a.source or a.id, f"{a.id}: {reason}") for a in futures[future]])
            for line in result.extractions:
                yield Extraction.model_validate_json(line)
            yield from result.rejected
            done += len(result.extractions) + len(result.rejected)
            if on_progress:
                on_progress(done, total)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
