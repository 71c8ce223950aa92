"""The garbage collector's settings applied once the pipeline is loaded (dateline/collector.py)."""

from __future__ import annotations

import gc

from dateline import collector


def test_young_threshold_is_raised_never_lowered_nor_switched_on():
    saved = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        collector.after_load()
        assert gc.get_threshold() == (collector.GEN0_THRESHOLD, 10, 10)
        gc.set_threshold(50_000, 10, 10)  # a process's own higher setting stays
        collector.after_load()
        assert gc.get_threshold() == (50_000, 10, 10)
        gc.set_threshold(0)  # collection switched off stays off
        collector.after_load()
        assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*saved)
