"""The worker settings of ``dateline.scale.WORKER_CONFIG`` (issue 12) inside real workers: those of
a local cluster (`--workers N`) get them from dateline; those of a running cluster (`--scheduler`)
get them only from their own Dask config, and the file the README gives sets exactly them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from dask.utils import parse_timedelta

from dateline import scale
from dateline.defaults import DEFAULT_MODEL

README = Path(__file__).resolve().parent.parent / "README.md"


def _probe(dask_worker) -> dict:
    """What the worker actually runs with: its environment and its periodic callbacks."""
    import os

    pc = dask_worker.periodic_callbacks
    return {"MALLOC_TRIM_THRESHOLD_": os.environ.get("MALLOC_TRIM_THRESHOLD_"), "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS"),
            "tick_ms": pc["tick"].callback_time, "monitor_ms": pc["monitor"].callback_time, "profile": "profile" in pc}


def _expected() -> dict:
    cfg = scale.WORKER_CONFIG
    return {
        "MALLOC_TRIM_THRESHOLD_": None,  # removed: glibc's adaptive threshold stays on
        "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1"),  # dask's nannies set 1 unless the environment says otherwise
        "tick_ms": parse_timedelta(cfg["distributed.admin.tick.interval"]) * 1000,
        "monitor_ms": parse_timedelta(cfg["distributed.admin.system-monitor.interval"]) * 1000,
        "profile": cfg["distributed.worker.profile.enabled"],
    }


def _flat(tree: dict, prefix: str = "") -> dict:
    """Nested YAML keys as dask's dotted ones (`distributed.admin.tick.interval`)."""
    out = {}
    for key, value in tree.items():
        out.update(_flat(value, f"{prefix}{key}.") if isinstance(value, dict) else {f"{prefix}{key}": value})
    return out


def _readme_yaml() -> dict:
    block = re.search(r"```yaml\n# ~/\.config/dask/dateline\.yaml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert block, "the README's Dask config file for remote workers is gone"
    return yaml.safe_load(block.group(1))


def test_local_cluster_workers_run_with_worker_config(monkeypatch):
    # What a cluster started earlier in this process with dask's defaults leaves behind: its
    # nannies write their pre-spawn variables into the starting process's own environment.
    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "65536")
    # The CLI's path: the cluster starts in a thread while the input is read, and loads the model.
    client, cluster = scale.ClusterStart(1, None, DEFAULT_MODEL).take()
    try:
        assert list(client.run(_probe).values()) == [_expected()]
    finally:
        client.close()
        cluster.close()


def test_readme_config_sets_worker_config_exactly():
    flat = {k: (parse_timedelta(v) if isinstance(v, str) else v) for k, v in _flat(_readme_yaml()).items()}
    ours = {k: (parse_timedelta(v) if isinstance(v, str) else v) for k, v in scale.WORKER_CONFIG.items()}
    assert flat == ours


@pytest.mark.skipif(not (Path(sys.executable).parent / "dask").exists(), reason="the dask command is not installed next to Python")
def test_remote_cluster_with_the_readme_config_runs_with_worker_config(tmp_path):
    # `dask scheduler` and `dask worker` as on other machines, with the README's file as their
    # config; dateline connects to them as `--scheduler` does.
    (tmp_path / "cfg").mkdir()
    (tmp_path / "cfg" / "dateline.yaml").write_text(yaml.safe_dump(_readme_yaml()), encoding="utf-8")
    # PYTHONPATH: the workers unpickle ``_probe`` from this module.
    env = {**os.environ, "DASK_CONFIG": str(tmp_path / "cfg"), "PYTHONPATH": str(Path(__file__).resolve().parent)}
    env.pop("MALLOC_TRIM_THRESHOLD_", None)  # a variable of its own would reach the workers, as it should
    dask_cmd = str(Path(sys.executable).parent / "dask")
    started = []
    try:
        started.append(subprocess.Popen([dask_cmd, "scheduler", "--port", "0", "--no-dashboard", "--host", "127.0.0.1",
                                         "--scheduler-file", str(tmp_path / "s.json")], env=env, stderr=subprocess.DEVNULL))
        deadline = time.monotonic() + 60
        while not (tmp_path / "s.json").exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(0.5)  # the file is written, then filled
        address = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["address"]
        started.append(subprocess.Popen([dask_cmd, "worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard"],
                                        env=env, stderr=subprocess.DEVNULL))
        client, _ = scale._client(1, address)
        try:
            client.wait_for_workers(1, timeout=60)
            assert list(client.run(_probe).values()) == [_expected()]
        finally:
            client.close()
    finally:
        for proc in reversed(started):
            proc.terminate()
            proc.wait(timeout=30)
