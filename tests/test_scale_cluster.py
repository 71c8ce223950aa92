"""Scale-out against a real Dask cluster over TCP (issue 12): `ingest` and `batch` with
--scheduler store and write exactly what an in-process run does, bad records set aside."""

from __future__ import annotations

import json
import logging

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.store import open_store

runner = CliRunner()


@pytest.fixture(scope="module")
def scheduler():
    from dask.distributed import LocalCluster

    logging.getLogger("distributed").setLevel(logging.WARNING)
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, protocol="tcp", dashboard_address=":0",
                           silence_logs=logging.WARNING)
    assert cluster.scheduler_address.startswith("tcp://")
    yield cluster.scheduler_address
    cluster.close()


def _corpus(path, n: int = 23) -> None:
    names = ["Mara Voss", "Ilse Brandt", "Omar Quist", "Lena Sato"]
    lines = [json.dumps({"id": f"a{i}", "date": f"2022-04-{1 + i % 28:02d}",
                         "text": f'"The ferry runs again on day {i}," {names[i % 4]} said on Monday.'}) for i in range(n)]
    lines.insert(5, '{"id": "broken"')
    lines.insert(9, '{"id": "typed", "date": "2022", "text": "Hi.", "title": 7}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _dump(db: str) -> list[dict]:
    with open_store(db) as store:
        rows = [store.read_extraction(int(r["aid"])).model_dump(mode="json") for r in store.rows("SELECT aid FROM articles")]
    return sorted(rows, key=lambda r: r["article"]["id"])


def _people(db: str) -> list[tuple[str, int]]:
    """Each corpus person's name and the number of articles linked to them."""
    with open_store(db) as store:
        rows = store.rows("SELECT p.name, COUNT(DISTINCT e.aid) AS n FROM entities e JOIN people p ON p.pid = e.person_id"
                          " WHERE e.type = 'PERSON' GROUP BY p.pid, p.name")
        assert store.one("SELECT COUNT(*) AS n FROM entities WHERE person_id IS NULL") == {"n": 0}
    return sorted((r["name"], int(r["n"])) for r in rows)


def test_scale_ingest_on_a_tcp_cluster_stores_what_in_process_does(tmp_path, scheduler):
    src = tmp_path / "in.jsonl"
    _corpus(src, 23)
    here, there = str(tmp_path / "here.db"), str(tmp_path / "there.db")
    a = runner.invoke(app, ["ingest", str(src), "--db", here, "-q"])
    b = runner.invoke(app, ["ingest", str(src), "--db", there, "--scheduler", scheduler, "--batch-size", "5", "-q"])
    assert a.exit_code == 0 and b.exit_code == 0, b.output
    assert "23 added" in b.stderr and "2 set aside" in b.stderr
    assert _dump(there) == _dump(here)
    again = runner.invoke(app, ["ingest", str(src), "--db", there, "--scheduler", scheduler, "-q"])
    assert "0 added" in again.stderr and "23 unchanged" in again.stderr


def test_scale_batch_on_a_tcp_cluster_writes_every_article(tmp_path, scheduler):
    src = tmp_path / "in.jsonl"
    _corpus(src, 23)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "--scheduler", scheduler, "--chunk-size", "3", "-q"])
    assert result.exit_code == 0, result.output
    ids = sorted(json.loads(line)["article"]["id"] for line in out.read_text().splitlines())
    assert ids == sorted(f"a{i}" for i in range(23))
    rejected = (tmp_path / "out.jsonl.rejected.jsonl").read_text().splitlines()
    assert len(rejected) == 2


@pytest.mark.postgres
def test_scale_ingest_direct_workers_write_postgres_and_link_as_one_writer(tmp_path, scheduler):
    """`ingest --direct`: the workers of a TCP cluster write their chunks to PostgreSQL themselves.
    The stored extractions equal an in-process ingest's, and the people are linked as one writer
    links them: each name is one person, though chunks were written by two workers at once."""
    from tests.test_store import drop_schema, fresh_url

    url, schema = fresh_url("postgres", tmp_path)
    try:
        src = tmp_path / "in.jsonl"
        _corpus(src, 40)
        here = str(tmp_path / "here.db")
        a = runner.invoke(app, ["ingest", str(src), "--db", here, "-q"])
        b = runner.invoke(app, ["ingest", str(src), "--db", url, "--scheduler", scheduler, "--direct", "-q"])
        assert a.exit_code == 0 and b.exit_code == 0, b.output
        assert "40 added" in b.stderr and "2 set aside" in b.stderr
        assert _dump(url) == _dump(here)
        with open_store(url) as store:
            assert store.one("SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS d FROM articles") == {"n": 40, "d": 40}
        assert _people(url) == _people(here)
        assert len(_people(url)) == 4 and all(n == 10 for _, n in _people(url))
        again = runner.invoke(app, ["ingest", str(src), "--db", url, "--scheduler", scheduler, "--direct", "-q"])
        assert "0 added" in again.stderr and "40 unchanged" in again.stderr
    finally:
        drop_schema(schema)


def test_scale_ingest_direct_needs_postgres_and_a_cluster(tmp_path):
    src = tmp_path / "in.jsonl"
    _corpus(src, 3)
    for extra in (["--direct"], ["--direct", "--workers", "1"]):
        result = runner.invoke(app, ["ingest", str(src), "--db", str(tmp_path / "x.db"), *extra, "-q"])
        assert result.exit_code == 2 and "--direct" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "x.db").exists()


@pytest.mark.postgres
def test_scale_direct_writers_in_small_chunks_create_each_person_once(tmp_path, scheduler):
    """Two workers writing 2-article chunks at once: the write lock makes them link one batch
    at a time, so no name becomes two people and no article is stored twice."""
    from dateline.read import read_paths
    from dateline.scale import run_batch
    from dateline.store.ingest import ingest
    from tests.test_store import drop_schema, fresh_url

    url, schema = fresh_url("postgres", tmp_path)
    try:
        src = tmp_path / "in.jsonl"
        # One speaker in every article: each worker's first chunk would create her if not locked.
        src.write_text("".join(json.dumps({"id": f"m{i}", "date": "2022-04-02", "text": f'"Day {i} went well," Mara Voss'
                                           ' said on Monday.'}) + "\n" for i in range(30)), encoding="utf-8")
        with open_store(url) as store:
            report = ingest(store, read_paths([src]), nlp=None,
                            extract=lambda arts, nlp, batch_size: run_batch(arts, scheduler=scheduler, chunk_size=2,
                                                                            store_url=url))
        assert (report.added, len(report.rejected)) == (30, 0)
        assert _people(url) == [("Mara Voss", 30)]
    finally:
        drop_schema(schema)
