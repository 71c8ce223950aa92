"""Scale-out: the same 400 synthetic articles through plain `dateline extract`, and through
`dateline batch` on a local Dask cluster of 1 and of 2 worker processes, in one run.

One command: `.venv/bin/python bench/scaleout.py [--articles 400] [--chars 3000]`. Each run is a
fresh process timed end to end (start-up, model loads and writing included), as a user sees it.
Targets (issue 12, on a 2-core machine): 2 workers >= 1.7x one worker; 1 worker within 10% of
plain extract. The machine's load average is printed: other work on the machine skews all three.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
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


def run(args: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


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
        load = os.getloadavg()[0]
        plain = run([*DATELINE, "extract", str(src), "-f", "json", "-q"])
        one = run([*DATELINE, "batch", str(src), "-o", f"{tmp}/w1.jsonl", "--workers", "1", "-q"])
        two = run([*DATELINE, "batch", str(src), "-o", f"{tmp}/w2.jsonl", "--workers", "2", "-q"])
        lines = [len((Path(tmp) / f"w{n}.jsonl").read_text().splitlines()) for n in (1, 2)]
    print(f"{opts.articles} articles of ~{opts.chars} chars; {os.cpu_count()} cores; {platform.python_version()}; "
          f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after")
    print(f"plain extract     {plain:7.1f} s  {opts.articles / plain:6.1f} articles/s")
    print(f"batch, 1 worker   {one:7.1f} s  {opts.articles / one:6.1f} articles/s  ({one / plain:.2f}x the time of plain; target <= 1.10)")
    print(f"batch, 2 workers  {two:7.1f} s  {opts.articles / two:6.1f} articles/s  (speedup over 1 worker {one / two:.2f}x; target >= 1.7)")
    assert lines == [opts.articles, opts.articles], f"lost articles: {lines}"


if __name__ == "__main__":
    main()
