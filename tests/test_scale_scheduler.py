"""A bad --scheduler (issue 12): a malformed address, a port where nothing listens, or a
listener that is no Dask scheduler ends `batch` and `ingest` in one coded line, within
seconds, with no traceback and no output file."""

from __future__ import annotations

import socket
import threading
import time

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.scale import CONNECT_SECONDS

runner = CliRunner()


def _article(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text('date 2023-05-16\n\n"The ferry is late again," Mara Voss said on Monday.\n', encoding="utf-8")
    return src


def _free_port() -> int:
    """A local port with nothing listening on it (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(tmp_path, command: str, scheduler: str):
    src = _article(tmp_path)
    target = ["-o", str(tmp_path / "out.jsonl")] if command == "batch" else ["--db", str(tmp_path / "c.db")]
    t0 = time.monotonic()
    result = runner.invoke(app, [command, str(src), *target, "--scheduler", scheduler, "-q"])
    return result, time.monotonic() - t0


def _one_line_error(result, code: str) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"error: {code}: "), result.stderr
    return lines[0]


@pytest.mark.parametrize("command", ["batch", "ingest"])
@pytest.mark.parametrize("address", ["foo", "tcp://harbour-head:port", "http://harbour-head:8786", "tcp://"])
def test_a_malformed_scheduler_address_is_E402_at_once(tmp_path, command, address):
    result, seconds = _run(tmp_path, command, address)
    line = _one_line_error(result, "E402")
    assert repr(address) in line and "tcp://HOST:PORT" in line
    assert seconds < CONNECT_SECONDS, "a malformed address needs no connection attempt"
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "c.db").exists()


@pytest.mark.parametrize("command", ["batch", "ingest"])
def test_a_scheduler_port_with_nothing_listening_is_E401_within_the_connect_timeout(tmp_path, command):
    address = f"tcp://127.0.0.1:{_free_port()}"
    result, seconds = _run(tmp_path, command, address)
    line = _one_line_error(result, "E401")
    assert address in line and f"no answer within {CONNECT_SECONDS:g} s" in line
    assert seconds < CONNECT_SECONDS + 10
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "out.jsonl.rejected.jsonl").exists()


@pytest.fixture
def not_a_scheduler():
    """A TCP server that accepts and answers every connection with a line of HTTP, as a web
    server on the scheduler's port would."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                try:
                    conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                except OSError:
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"tcp://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join()
    server.close()


def test_a_listener_that_is_no_scheduler_is_E401(tmp_path, not_a_scheduler):
    result, seconds = _run(tmp_path, "batch", not_a_scheduler)
    line = _one_line_error(result, "E401")
    assert not_a_scheduler in line
    assert seconds < CONNECT_SECONDS + 10


def _worker_settings() -> dict:
    import os

    import dask

    return {
        "MALLOC_TRIM_THRESHOLD_": os.environ.get("MALLOC_TRIM_THRESHOLD_"),
        "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS"),
        "profile": dask.config.get("distributed.worker.profile.enabled"),
        "tick": dask.config.get("distributed.admin.tick.interval"),
    }


def test_local_cluster_workers_run_without_dasks_malloc_trim_and_profiler(monkeypatch):
    """The workers of `--workers N` start without MALLOC_TRIM_THRESHOLD_ (it cost about a quarter
    more CPU per article in page faults) and without the statistical profiler, and keep dask's
    one-thread BLAS/OpenMP pools."""
    from dateline.scale import _client

    # An earlier cluster in this process (another test's) leaves dask's value in os.environ.
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    client, cluster = _client(1, None)
    try:
        (settings,) = client.run(_worker_settings).values()
    finally:
        client.close()
        cluster.close()
    assert settings == {"MALLOC_TRIM_THRESHOLD_": None, "OMP_NUM_THREADS": "1", "profile": False, "tick": "1s"}


def test_a_local_cluster_that_cannot_start_is_E403_not_a_traceback(tmp_path, monkeypatch):
    """`--workers N` on a machine where dask cannot start its cluster (here its loop assertion,
    seen once on a loaded 2-core machine) ends in one coded line, with no output file."""
    import dask.distributed

    def broken(*args, **kwargs):
        raise AssertionError

    monkeypatch.setattr(dask.distributed, "LocalCluster", broken)
    src = _article(tmp_path)
    result = runner.invoke(app, ["batch", str(src), "-o", str(tmp_path / "out.jsonl"), "--workers", "1", "-q"])
    line = _one_line_error(result, "E403")
    assert "1 worker(s)" in line and "AssertionError" in line
    assert not (tmp_path / "out.jsonl").exists()
