"""Constructions found short in the thirty-first set on 2026-12-03 (read once the thirty-second was
frozen and scored): the head of a school named by 'of', a bare name between semicolons in a list
of children that the tagger calls an organisation, and abbreviated offices before a name ('State
Sen.', 'Gov.'). Each is checked on text written for these tests."""

from __future__ import annotations

from tests.test_facts_families import _facts, _of

D = "date 2025-05-30\nCounty Briefs\n\n"


def test_the_head_of_a_named_school_is_a_post_there(nlp):
    facts = _facts(nlp, D + "Moira Lennick retired in June. She was the head of Kelso Road Primary School for eleven years.\n")
    assert _of(facts, "title", "Moira Lennick") == {"head"}
    assert _of(facts, "employer", "Moira Lennick") == {"Kelso Road Primary School"}


def test_the_head_of_a_family_is_no_post(nlp):
    facts = _facts(nlp, D + "Moira Lennick is the head of the Lennick family, which farms at Kelso.\n")
    assert not _of(facts, "title", "Moira Lennick") and not _of(facts, "employer", "Moira Lennick")


def test_a_bare_child_between_semicolons(nlp):
    facts = _facts(nlp, D + "Ravi and Sunita Menon, both pharmacists, have three children: Rohan, 17; Priya; and Meera.\n")
    for parent in ("Sunita Menon",):
        assert {"Rohan", "Priya", "Meera"} <= _of(facts, "child", parent), facts


def test_abbreviated_offices_before_a_name(nlp):
    facts = _facts(nlp, D + "State Sen. Corinne Vail and Gov. Hal Brenner opened the new wing.\n")
    assert _of(facts, "title", "Corinne Vail") == {"state senator"}
    assert _of(facts, "title", "Hal Brenner") == {"governor"}
