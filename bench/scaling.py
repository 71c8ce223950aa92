"""Scaling: does extraction time grow linearly with an article's length and its number of quotes?

One command: `make bench-scaling` (or `.venv/bin/python bench/scaling.py [--quick]`). Extracts
synthetic articles of 10k, 100k and 1M characters, articles of 1k, 4k and 16k quotations, and one
sentence of 1k, 4k and 16k quotations each after its own cue, each in a fresh process (the model
load is not timed), and reports seconds, peak memory (RSS) and its growth over the loaded model,
and the ratio of time per character (per quote) between the largest and the smallest input. Target (issue 12): that ratio <= 1.5, memory growing no faster than input.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")


def measure(kind: str, size: int) -> dict:
    """Run one extraction in a child process; it prints its own timings as JSON."""
    code = f"""
import json, resource, sys, time
sys.path.insert(0, {str(HERE)!r})
from synth import article_text, one_sentence_text, quotes_text
from dateline import nlp as nlp_mod
from dateline.pipeline import extract_doc
from dateline.read import from_dated_text
nlp = nlp_mod.load()
make = {{"chars": lambda n: article_text(7, n), "quotes": quotes_text, "sentence": one_sentence_text}}
text = make[{kind!r}]({size})
art = from_dated_text(text, source="synthetic")
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
[doc] = nlp_mod.pipe([art], nlp=nlp)
t1 = time.perf_counter()
ex = extract_doc(doc, art)
t2 = time.perf_counter()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps(dict(chars=len(text), quotes=len(ex.quotes), parse=t1 - t0, stages=t2 - t1, base_mb=base / 1024, peak_mb=peak / 1024)))
"""
    out = subprocess.run([PYTHON, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


def report(title: str, kind: str, sizes: list[int], unit: str) -> None:
    rows = [(n, measure(kind, n)) for n in sizes]
    print(f"\n{title}")
    print(f"{'input':>12} {'chars':>10} {'quotes':>7} {'parse s':>8} {'stages s':>9} {'total s':>8} {'peak MB':>8} {'+MB':>7}")
    for n, r in rows:
        total = r["parse"] + r["stages"]
        print(f"{n:>12,} {r['chars']:>10,} {r['quotes']:>7,} {r['parse']:>8.2f} {r['stages']:>9.2f} {total:>8.2f} "
              f"{r['peak_mb']:>8.0f} {r['peak_mb'] - r['base_mb']:>7.0f}")
    per = [(r["parse"] + r["stages"]) / (r["chars"] if unit == "char" else r["quotes"]) for _, r in rows]
    stage_per = [r["stages"] / (r["chars"] if unit == "char" else r["quotes"]) for _, r in rows]
    print(f"time per {unit}, largest / smallest: {per[-1] / per[0]:.2f} (target <= 1.5); "
          f"dateline stages alone: {stage_per[-1] / stage_per[0]:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="Smaller inputs (1k-100k chars, 250-4k quotes) for a fast check.")
    opts = ap.parse_args()
    print(f"{os.cpu_count()} cores, Python {platform.python_version()}, load average {os.getloadavg()[0]:.1f}")
    chars = [1_000, 10_000, 100_000] if opts.quick else [10_000, 100_000, 1_000_000]
    quotes = [250, 1_000, 4_000] if opts.quick else [1_000, 4_000, 16_000]
    report("Article length (synthetic news paragraphs)", "chars", chars, "char")
    report("Number of quotations (one per paragraph)", "quotes", quotes, "quote")
    report("Quotations in one sentence, each after its own cue", "sentence", quotes, "quote")


if __name__ == "__main__":
    sys.exit(main())
