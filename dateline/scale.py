"""Batch extraction scaled out on Dask: many files, many workers, nothing lost.

``run_batch`` runs on a local cluster of N worker processes with one thread each, or on a
running cluster named by its scheduler address (``tcp://host:8786``). Each worker loads the
spaCy pipeline once, before any task (``nlp.load`` is cached per process). Articles go out in
small chunks, at most a few per worker in flight, and results stream back in the order they
finish; bad records come back as ``Rejected`` with their reason, so a batch always goes past
them. The client only writes: ``batch`` writes JSON Lines, ``ingest`` writes the store in
transactions (or, with ``--direct`` and PostgreSQL, the workers write it; see
``_run_chunk_store``). ``ClusterStart`` starts the cluster while the caller reads its input.

Why two workers were slower than one (issue 12): the per-article CPU time is the same in a
worker as in-process, and Dask already pins each worker's BLAS/OpenMP pools to one thread. The
loss was scheduling: 64-article chunks cut 200 articles into 4 tasks, so 2 workers finished
after 128 articles' worth of work (and 4 workers on 2 cores competed for them); every worker
started its model load inside the first task; and the client parsed each result back into a
pydantic model only to dump it to JSON again.

Why one worker cost more CPU per article than plain ``extract`` (0.284 against 0.206 s in one
run): the same 64 articles extracted inside a worker's task and in a plain process, interleaved,
took 0.200 and 0.164 s of CPU each; the task thread had 5,000 minor page faults per article
against 250, and twice the system time. Dask's nannies start workers with
MALLOC_TRIM_THRESHOLD_=65536 (see ``WORKER_CONFIG``); without it the task costs what plain
extraction does (0.164-0.207 against 0.163-0.199 s). Whether the variable reached the workers
depended on the process: a Dask nanny writes its pre-spawn variables into its own process's
environment, which later workers inherit, so any cluster started before with dask's defaults
(a script, a test) handed MALLOC_TRIM_THRESHOLD_=65536 to every later one; ``_drop_dask_leftovers``
takes it out. The workers of ``python -m dateline.cli batch`` and of ``dateline batch --workers 1``
did not have it (/proc/PID/environ, 2026-11-30). The rest of the gap is the fixed cost: about
2 CPU s and 5 s of wall time per run under load (``bench/scaleout.py`` prints it). The worker's
event loop took another 6-8% of its CPU on other threads.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Union

from dateline.defaults import BATCH_SIZE, DEFAULT_MODEL
from dateline.errors import ClusterError
from dateline.model import Article, Extraction
from dateline.read import Rejected

if TYPE_CHECKING:
    from dateline.store.ingest import Stored

# Articles per task: small enough that the last tasks of a run spread over every worker,
# large enough that Dask's per-task overhead (about a millisecond) and spaCy's batching pay.
CHUNK = 16
# Tasks in flight per worker: one running and one queued, so a worker never waits on the client.
IN_FLIGHT = 2
# Seconds to reach a --scheduler before E401 (dask's own default is 30 s, retried in silence).
CONNECT_SECONDS = 5

# Dask settings for the workers of a local cluster (its nannies pass them on to the workers).
# - The statistical profiler (a thread walking every task's stack each 10 ms, for the dashboard)
#   cost about 15% of a worker's CPU on spaCy's deep stacks.
# - The nannies start each worker with MALLOC_TRIM_THRESHOLD_=65536. Setting any glibc malloc
#   threshold turns off glibc's dynamic mmap threshold, so every allocation over 128 KB (spaCy's
#   and thinc's arrays, batch after batch) was mmapped and unmapped anew: 5,000 page faults
#   instead of 250 per article, and about 25% more CPU per article than the same code in a
#   plain process (issue 12; measured on a cluster started from a script, see the module's
#   docstring). None removes the variable; one set in the environment still wins, unless it holds
#   dask's own default, which a nanny started earlier in this process left there
#   (``_drop_dask_leftovers``).
# - The event loop's health check every 20 ms and the system monitor's psutil samples every 0.5 s
#   woke the worker's loop thread, which took the GIL from the task: 6-8% of the worker's CPU
#   went to threads other than the task's, 1-3% with these intervals (a blocked loop is still
#   reported after tick.limit, 3 s).
WORKER_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
}


@dataclass
class ChunkResult:
    extractions: list[str]
    rejected: list[Rejected]


@dataclass
class ChunkStored:
    """A chunk a worker extracted and wrote to the store itself (``ingest --direct``)."""

    rejected: list[Rejected]
    stored: Stored


def _warm(model: str) -> bool:
    from dateline.nlp import load

    load(model)
    return True


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


# Worker side of ``ingest --direct``: one store connection per worker process and database,
# opened on the first chunk and kept for the next ones.
_STORES: dict[str, Any] = {}


def _worker_store(url: str) -> Any:
    from dateline.store import open_store

    store = _STORES.get(url)
    if store is None or getattr(getattr(store, "conn", None), "closed", False):
        store = _STORES[url] = open_store(url)
    return store


def _run_chunk_store(articles: Sequence[Article], model: str, batch_size: int, url: str) -> ChunkStored:
    """Extract a chunk and write it to the store from the worker, one transaction per chunk.

    Linking stays right with many writers: ``write_batch`` holds the store's write lock (a
    PostgreSQL advisory lock) from its first write to COMMIT, so batches are written and linked
    one at a time, each seeing every batch committed before it, as two ``ingest`` runs into one
    database do. Only the counts go back to the client. A chunk Dask runs again (its worker died
    after COMMIT) finds its articles stored with the same hash: counted unchanged, never twice."""
    import time

    from dateline.pipeline import extract_many
    from dateline.store import BatchResult
    from dateline.store.ingest import Stored, store_items

    by_key = {(a.id, a.sha256): a for a in articles}
    pairs: list[tuple[Article, Extraction]] = []
    bad: list[Rejected] = []
    for item in extract_many(articles, model=model, batch_size=batch_size):
        if isinstance(item, Rejected):
            bad.append(item)
        else:
            pairs.append((by_key[(item.article.id, item.article.sha256)], item))
    t0 = time.perf_counter()
    result, refused = store_items(_worker_store(url), pairs) if pairs else (BatchResult(), [])
    return ChunkStored(bad, Stored(result, refused, [(a.id, a.sha256) for a, _ in pairs], time.perf_counter() - t0))


def chunks(items: Iterable[Article], size: int = CHUNK) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _client(workers: int, scheduler: str | None) -> tuple[Any, Any]:
    import dask
    from dask.distributed import Client, LocalCluster

    # The scheduler logs every worker start and stop at INFO; only problems belong on stderr.
    logging.getLogger("distributed").setLevel(logging.WARNING)
    if scheduler:
        return _connect(scheduler), None
    # ":0": the scheduler's HTTP server on a free port, so that clusters started side by side (or
    # another program on 8787) do not collide; None would still take 8787.
    # A Client left half-made by a failed connection closes itself when collected; collected
    # inside LocalCluster's start it waits on the loop lock that start holds, for ever.
    gc.collect()
    _drop_dask_leftovers()
    try:
        with dask.config.set(WORKER_CONFIG):
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.WARNING
            )
    except Exception as exc:  # dask's own assertion when its event loop is slow to start, no processes, ...
        raise ClusterError("E403", workers=workers, reason=f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__) from None
    return Client(cluster), cluster


def _drop_dask_leftovers() -> None:
    """Take out of this process's environment the variables WORKER_CONFIG removes that hold dask's
    own default: a worker inherits this process's environment, and a Dask nanny writes its
    pre-spawn variables into it (``os.environ.update``). So one cluster started here with dask's
    defaults before (a notebook, a test, a script) left MALLOC_TRIM_THRESHOLD_=65536 behind for
    every later worker. A value of the user's own (any other) still reaches the workers."""
    import os

    import dask

    prefix = "distributed.nanny.pre-spawn-environ."
    for key, value in WORKER_CONFIG.items():
        if key.startswith(prefix) and value is None:
            name = key[len(prefix) :]
            default = dask.config.get(key, default=None)
            if default is not None and os.environ.get(name) == str(default):
                del os.environ[name]


def check_scheduler(address: str) -> str:
    """``address`` if it reads as a Dask scheduler address, else E402 (before anything starts)."""
    from distributed.comm import parse_address
    from distributed.comm.addressing import parse_host_port
    from distributed.comm.registry import get_backend

    try:
        # Not strict: a bare HOST:PORT means tcp://HOST:PORT, as dask reads it.
        scheme, location = parse_address(address)
        get_backend(scheme)
        if scheme != "inproc":
            parse_host_port(location)
    except (ValueError, TypeError) as exc:
        raise ClusterError("E402", address=address, reason=str(exc)) from None
    return address


def _connect(scheduler: str) -> Any:
    """A client of the running scheduler at ``scheduler``, or E402 (not an address) or E401
    (nothing answers there as a scheduler within CONNECT_SECONDS) in place of dask's tracebacks."""
    from dask.distributed import Client

    check_scheduler(scheduler)
    try:
        return Client(scheduler, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError) as exc:
        reason = f"no answer within {CONNECT_SECONDS:g} s" if "timed out" in str(exc).lower() else str(exc) or type(exc).__name__
    except Exception as exc:  # something answered, not in dask's protocol (a frame header read as a 3 EiB length)
        reason = f"what answers there is not a Dask scheduler ({type(exc).__name__})"
    raise ClusterError("E401", address=scheduler, reason=reason)


def _ready(workers: int, scheduler: str | None, model: str) -> tuple[Any, Any]:
    """A client whose workers have all loaded the model (at once, before any task)."""
    client, cluster = _client(workers, scheduler)
    try:
        client.run(_warm, model)
    except BaseException:
        client.close()
        if cluster is not None:
            cluster.close()
        raise
    return client, cluster


class ClusterStart:
    """A cluster being started, and its workers' models loaded, in a thread while the caller reads
    its input: the start-up (worker processes, imports, model loads) was most of the fixed cost
    that kept one worker behind plain ``extract``. Hand it to ``run_batch``; ``close()`` releases
    a cluster that was never used (the input failed to read)."""

    def __init__(self, workers: int, scheduler: str | None, model: str) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self._pool = ThreadPoolExecutor(1, thread_name_prefix="dateline-cluster")
        self._future = self._pool.submit(_ready, workers, scheduler, model)
        self._pool.shutdown(wait=False)
        self.taken = False

    def wait(self) -> None:
        """Wait for the cluster; raise its start's error (E401: the scheduler cannot be reached)."""
        self._future.result()

    def take(self) -> tuple[Any, Any]:
        self.taken = True
        return self._future.result()

    def close(self) -> None:
        if self.taken:
            return
        try:
            client, cluster = self.take()
        except Exception:  # it failed to start: nothing to release
            return
        client.close()
        if cluster is not None:
            cluster.close()


def run_batch(
    articles: Iterable[Article],
    *,
    workers: int = 2,
    model: str = DEFAULT_MODEL,
    chunk_size: int = CHUNK,
    batch_size: int = BATCH_SIZE,
    scheduler: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    as_json: bool = False,
    store_url: str | None = None,
    started: ClusterStart | None = None,
) -> Iterator[Union[Extraction, str, Rejected, Stored]]:
    """Extract articles on a Dask cluster (a local one with ``workers`` processes unless
    ``scheduler`` names a running scheduler's address). Yields results as chunks finish;
    ``as_json`` yields each extraction as the worker's JSON line (no parse in the client).
    ``articles`` may be a generator: it is read as tasks are needed, never all at once.
    With ``store_url``, each worker writes its chunks to that store itself and a
    ``dateline.store.ingest.Stored`` record per chunk comes back instead of the extractions.
    ``started``: a ``ClusterStart`` begun earlier (its cluster is used and closed here)."""
    from dask.distributed import as_completed

    client, cluster = started.take() if started else _ready(workers, scheduler, model)
    try:
        slots = IN_FLIGHT * max(1, len(client.scheduler_info().get("workers", {})) or workers)
        total = len(articles) if isinstance(articles, Sequence) else 0
        todo = chunks(articles, chunk_size)
        pending: dict[Any, list[Article]] = {}

        running = as_completed([])

        def submit() -> bool:
            part = next(todo, None)
            if part is None:
                return False
            if store_url:
                future = client.submit(_run_chunk_store, part, model, batch_size, store_url, pure=False)
            else:
                future = client.submit(_run_chunk, part, model, batch_size, pure=False)
            pending[future] = part
            running.add(future)
            return True

        for _ in range(slots):
            if not submit():
                break
        done = 0
        for future in running:
            part = pending.pop(future)
            try:
                result: ChunkResult | ChunkStored = future.result()
            except Exception as exc:  # a dead worker or a crash loses no article: each is set aside with the reason
                reason = f"worker failed: {type(exc).__name__}: {exc}"
                result = ChunkResult([], [Rejected(a.source or a.id, f"{a.id}: {reason}", article_id=a.id) for a in part])
            future.release()
            submit()
            if isinstance(result, ChunkStored):
                yield result.stored
                yield from result.rejected
                done += len(part)
            else:
                for line in result.extractions:
                    yield line if as_json else Extraction.model_validate_json(line)
                yield from result.rejected
                done += len(result.extractions) + len(result.rejected)
            if on_progress:
                on_progress(done, max(total, done))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

