"""The garbage collector's settings for a process that extracts: applied once the spaCy pipeline
is loaded (``nlp.load``)."""

from __future__ import annotations

import gc

# The young generation's collection threshold (Python's default: 700). The stages allocate and
# drop millions of small objects, nearly all freed by reference counting; at 700 the collector
# ran about three young collections per article, which promoted short-lived objects into the
# older generations and set off their collections too (about 0.5 ms of CPU per article, 2-3% of
# the stages). At 10,000 it runs a few times per hundred articles. What may wait unexamined is
# bounded by the threshold, not by the number of articles: peak RSS over 1,000 PolNeAR articles
# was 994 MB before and 996 MB after, flat from the 400th article on (README.md, benchmark).
GEN0_THRESHOLD = 10_000


def after_load() -> None:
    """The pipeline lives as long as the process: out of the collector's generations
    (gc.freeze), its hundred thousand objects are no longer walked by each full collection
    that the stages' allocations set off (a tenth of their CPU time). What else is alive at
    this point (start-up state in the CLI and the server) is frozen too; frozen objects are
    still freed by reference counting, only cycles among them stay. Then the young threshold
    is raised to GEN0_THRESHOLD, never lowered (0, collection off, stays off)."""
    gc.collect()
    gc.freeze()
    first, *rest = gc.get_threshold()
    if 0 < first < GEN0_THRESHOLD:
        gc.set_threshold(GEN0_THRESHOLD, *rest)
