"""Scale-out: the same 400 synthetic articles through plain `dateline extract`, and through
`dateline batch` on a local Dask cluster of 1 and of 2 worker processes, in one run.

One command: `.venv/bin/python bench/scaleout.py [--articles 400] [--chars 3000]`. Each run is a
fresh process timed end to end (start-up, model loads and writing included), as a user sees it.
Targets (issue 12, on a 2-core machine): 2 workers >= 1.7x one worker; 1 worker within 10% of
plain extract. Plain and 1 worker are also run on one article, for their fixed cost (start-up,
model loads, cluster start and stop), and the per-article cost past it is printed beside the
totals. The machine's load average is printed: other work on the machine skews the wall times, so
the CPU seconds of each run (the process and all it started) are printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import article_text  # noqa: E402

# `python -m dateline.cli` rather than the script, so PYTHONPATH can point a run at another checkout.
DATELINE = [str(ROOT / ".venv" / "bin" / "python"), "-m", "dateline.cli"]


def run(args: list[str]) -> tuple[float, float]:
    """Wall seconds, and CPU seconds of the process and everything it started (workers included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--chars", type=int, default=3000)
    opts = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for k in range(opts.articles):
                text = article_text(k, opts.chars)
                fh.write(json.dumps({"id": f"a{k}", "date": "2023-05-16", "text": text.split("\n", 1)[1]}) + "\n")
        first = Path(tmp) / "first.jsonl"
        first.write_text(src.read_text(encoding="utf-8").split("\n", 1)[0] + "\n", encoding="utf-8")
        load = os.getloadavg()[0]
        plain = run([*DATELINE, "extract", str(src), "-f", "json", "-q"])
        one = run([*DATELINE, "batch", str(src), "-o", f"{tmp}/w1.jsonl", "--workers", "1", "-q"])
        two = run([*DATELINE, "batch", str(src), "-o", f"{tmp}/w2.jsonl", "--workers", "2", "-q"])
        lines = [len((Path(tmp) / f"w{n}.jsonl").read_text().splitlines()) for n in (1, 2)]
        # The fixed cost of each way (start-up, model loads, cluster start and stop): the same
        # commands on the first article alone. Reported beside the totals, never in their place.
        plain_fixed = run([*DATELINE, "extract", str(first), "-f", "json", "-q"])
        one_fixed = run([*DATELINE, "batch", str(first), "-o", f"{tmp}/f1.jsonl", "--workers", "1", "-q"])
    print(f"{opts.articles} articles of ~{opts.chars} chars; {os.cpu_count()} cores; {platform.python_version()}; "
          f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after")
    for label, (wall, cpu) in (("plain extract", plain), ("batch, 1 worker", one), ("batch, 2 workers", two)):
        print(f"{label:17s} {wall:7.1f} s wall  {opts.articles / wall:5.1f} articles/s  {cpu:7.1f} CPU s")
    for label, (wall, cpu) in (("plain, 1 article", plain_fixed), ("1 worker, 1 art.", one_fixed)):
        print(f"{label:17s} {wall:7.1f} s wall  {'':18s}  {cpu:7.1f} CPU s  (fixed cost)")
    # Past the fixed costs, what each article costs: the ratio a long enough run tends to.
    per_plain = (plain[0] - plain_fixed[0]) / (opts.articles - 1)
    per_one = (one[0] - one_fixed[0]) / (opts.articles - 1)
    print(f"1 worker / plain, wall: {one[0] / plain[0]:.2f} (target <= 1.10); 2 workers speedup over 1: "
          f"{one[0] / two[0]:.2f}x (target >= 1.7); CPU s per article: {plain[1] / opts.articles:.3f} plain, "
          f"{one[1] / opts.articles:.3f} (1 worker), {two[1] / opts.articles:.3f} (2 workers)")
    print(f"fixed cost, wall: {plain_fixed[0]:.1f} s plain, {one_fixed[0]:.1f} s 1 worker (+{one_fixed[0] - plain_fixed[0]:.1f} s); "
          f"past it, wall s per article: {per_plain:.3f} plain, {per_one:.3f} 1 worker (ratio {per_one / per_plain:.2f}); "
          f"CPU s per article past it: {(plain[1] - plain_fixed[1]) / (opts.articles - 1):.3f} plain, "
          f"{(one[1] - one_fixed[1]) / (opts.articles - 1):.3f} 1 worker")
    assert lines == [opts.articles, opts.articles], f"lost articles: {lines}"


if __name__ == "__main__":
    main()
