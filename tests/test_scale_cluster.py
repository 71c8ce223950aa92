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
