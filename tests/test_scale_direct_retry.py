"""`ingest --direct` when a worker dies after its COMMIT, before the client hears back (issue 12):
Dask runs the chunk again on another worker, which finds its articles already stored with the
same hash. Nothing is stored twice and nothing is lost."""

from __future__ import annotations

import json
import logging

import pytest

from dateline.nlp import load
from dateline.read import read_paths
from dateline.scale import WORKER_CONFIG, run_batch
from dateline.store import open_store
from dateline.store.ingest import ingest


def _die_once_after_commit(marker: str) -> bool:
    """Run on each worker: the first chunk any worker commits ends its process at once (as a
    kill -9 or a lost machine would), before its result can go back."""
    import os

    import dateline.store.ingest as ingest_mod

    original = ingest_mod.store_items

    def store_then_die(store, items):
        result = original(store, items)
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return result
        os.write(fd, json.dumps(sorted(a.id for a, _ in items)).encode())
        os.close(fd)
        os._exit(1)

    ingest_mod.store_items = store_then_die
    return True


@pytest.mark.postgres
def test_direct_chunk_rerun_after_a_worker_died_past_commit_stores_each_article_once(tmp_path):
    import dask
    from dask.distributed import Client, LocalCluster

    from tests.test_store import drop_schema, fresh_url

    url, schema = fresh_url("postgres", tmp_path)
    marker = tmp_path / "died.json"
    logging.getLogger("distributed").setLevel(logging.ERROR)
    with dask.config.set(WORKER_CONFIG):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, protocol="tcp",
                               dashboard_address=":0", silence_logs=logging.ERROR)
    try:
        with Client(cluster) as client:
            assert all(client.run(_die_once_after_commit, str(marker)).values())
        names = ["Mara Voss", "Ilse Brandt", "Omar Quist"]
        src = tmp_path / "in.jsonl"
        src.write_text("".join(json.dumps({"id": f"d{i}", "date": "2022-04-02", "text": f'"Day {i} went well,"'
                                           f' {names[i % 3]} said on Monday.'}) + "\n" for i in range(24)), encoding="utf-8")
        with open_store(url) as store:
            report = ingest(store, read_paths([src]), nlp=None,
                            extract=lambda arts, nlp, batch_size: run_batch(arts, scheduler=cluster.scheduler_address,
                                                                            chunk_size=4, store_url=url))
        died = json.loads(marker.read_text())
        assert len(died) == 4, "a worker must have died right after committing a chunk"
        # The dead worker's chunk ran again and found its articles stored: unchanged, not set aside.
        assert (report.added, report.unchanged, len(report.rejected)) == (20, 4, 0), report
        with open_store(url) as store:
            assert store.one("SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS d FROM articles") == {"n": 24, "d": 24}
            stored = {r["id"] for r in store.rows("SELECT id FROM articles")}
            people = store.rows("SELECT p.name, COUNT(DISTINCT e.aid) AS n FROM entities e JOIN people p ON p.pid = e.person_id"
                                " WHERE e.type = 'PERSON' GROUP BY p.pid, p.name")
        assert stored == {f"d{i}" for i in range(24)} and set(died) <= stored
        # Linked as an in-process ingest links them: one person per speaker, each in 8 articles.
        with open_store(str(tmp_path / "here.db")) as here:
            ingest(here, read_paths([src]), nlp=load())
            alone = here.rows("SELECT p.name, COUNT(DISTINCT e.aid) AS n FROM entities e JOIN people p ON p.pid = e.person_id"
                              " WHERE e.type = 'PERSON' GROUP BY p.pid, p.name")
        assert sorted((r["name"], int(r["n"])) for r in people) == sorted((r["name"], int(r["n"])) for r in alone)
        assert sorted(int(r["n"]) for r in people) == [8, 8, 8]
    finally:
        cluster.close()
        drop_schema(schema)
