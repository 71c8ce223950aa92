"""Constructions from the development folders, 2026-12-06, session from 05:18 UTC. Each is
checked on text written for these tests; the guards (marked) hold on the start code too."""

from __future__ import annotations

from tests.test_facts_families import _run
from tests.test_facts_session49 import _facts

WORKSHOP = ("date 2025-05-02\n\nAnselm Tarrow, a clockmaker, trained with the Geneva watch firm Morrow Pike Ltd "
            "and stayed with Morrow Pike Ltd for ten years. In 1990 he came home to open Tarrow Horology in an "
            "old dairy.\n\nHe still repairs every long-case clock in the valley. His nephew, Ivo Tarrow, 22, "
            "joined the workshop as an apprentice last year.\n")


def test_the_workshop_is_the_firm_somebody_opened_not_the_one_named_most(nlp):
    ex, names = _run(nlp, WORKSHOP)
    facts = _facts(ex, names)
    assert ("employer", "Ivo Tarrow", "Tarrow Horology") in facts, facts
    assert ("employer", "Ivo Tarrow", "Morrow Pike Ltd") not in facts, facts
