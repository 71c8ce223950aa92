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


def test_a_name_apposed_to_a_trade_that_is_also_a_boat_is_a_person_who_dies(nlp):
    ex, names = _run(nlp, "date 2025-08-14\n\nTeodor Vasko, a cane cutter for six seasons before he owned a field, "
                          "died at his home near Ayr on Sunday, aged 88.\n")
    teodor = next((e for e in ex.entities if e.name == "Teodor Vasko"), None)
    assert teodor is not None and teodor.type == "PERSON", [(e.name, e.type) for e in ex.entities]
    facts = _facts(ex, names)
    assert ("age", "Teodor Vasko", 88) in facts, facts


def test_a_cutter_who_speaks_is_a_person_and_her_pronoun_is_hers(nlp):
    ex, _ = _run(nlp, "date 2025-03-04\n\nAnna Berg, a cutter at a clothing factory, said she had worked nights "
                      "for a decade.\n")
    anna = next((e for e in ex.entities if e.name == "Anna Berg"), None)
    assert anna is not None and anna.type == "PERSON", [(e.name, e.type) for e in ex.entities]
    assert "she" in [m.text for m in anna.mentions]


def test_a_crabber_that_sinks_stays_a_boat(nlp):
    # guard: a boat's noun on a name that does nothing a person does is still the boat's
    ex, _ = _run(nlp, "date 2025-03-04\n\nMorwen Grace, a crabber, sank off the Manacles in 1952 with two men "
                      "aboard.\n")
    assert not any(e.name == "Morwen Grace" and e.type == "PERSON" for e in ex.entities), [(e.name, e.type) for e in ex.entities]
