"""Ingest survives being killed: SIGKILL after the first committed batch, run again, and every
article is stored exactly once (one transaction per batch; committed articles are skipped by hash)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_store import drop_schema, fresh_url

from dateline.store import open_store

N_ARTICLES = 150
BATCH = 4
NAMES = ["Ines Farrow", "Tomas Reyes", "Greta Holm"]


def write_articles(directory: Path) -> list[str]:
    ids = []
    for i in range(N_ARTICLES):
        name = NAMES[i % len(NAMES)]
        year = 2000 + i % 20
        body = (
            f"date {year}-0{1 + i % 9}-1{i % 9}\n"
            f"{name}, who runs the lantern workshop on Quay Street, spoke to the council on Monday.\n\n"
            f'"We need {i} more lanterns before the winter fair," {name.split()[1]} said.\n\n'
            f"The council will vote on item {i} next week."
        )
        (directory / f"lantern-{i:03d}.txt").write_text(body, encoding="utf-8")
        ids.append(f"lantern-{i:03d}")
    return ids


def count(url: str) -> int:
    try:
        with open_store(url, migrate=False) as s:
            return s.article_count()
    except Exception:  # the database or its tables may not exist yet while the child starts
        return 0


def ingest_cmd(directory: Path, url: str) -> list[str]:
    return [sys.executable, "-m", "dateline.cli", "ingest", str(directory), "--db", url, "--batch-size", str(BATCH), "--quiet"]


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_ingest_crash_kill_and_rerun_leaves_no_duplicates_or_gaps(backend, tmp_path):
    url, schema = fresh_url(backend, tmp_path)
    try:
        articles = tmp_path / "articles"
        articles.mkdir()
        ids = write_articles(articles)
        env = {**os.environ, "PYTHONWARNINGS": "ignore"}
        child = subprocess.Popen(ingest_cmd(articles, url), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        deadline = time.monotonic() + 120
        while count(url) < BATCH and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        child.send_signal(signal.SIGKILL)
        child.wait()
        stored_at_kill = count(url)
        assert BATCH <= stored_at_kill < N_ARTICLES, f"kill landed at {stored_at_kill} of {N_ARTICLES} articles"
        assert stored_at_kill % BATCH == 0, "a batch was partly committed"

        rerun = subprocess.run(ingest_cmd(articles, url), capture_output=True, text=True, env=env, timeout=300)
        assert rerun.returncode == 0, rerun.stderr
        assert f"{stored_at_kill} unchanged" in rerun.stderr
        with open_store(url) as s:
            assert s.article_ids() == ids
            dupes = s.rows("SELECT a.id, q.text, COUNT(*) AS n FROM quotes q JOIN articles a ON a.aid = q.aid"
                           " GROUP BY a.id, q.text HAVING COUNT(*) > 1")
            assert dupes == []
            per_article = s.rows("SELECT aid, COUNT(*) AS n FROM entities GROUP BY aid HAVING COUNT(*) > 3")
            assert per_article == []
    finally:
        drop_schema(schema)
