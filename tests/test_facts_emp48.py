"""Employer and title constructions from helper emp48's pass over the development folders'
misses (2026-12-04). Each feature test runs on fictional text written for it and fails on the
code the helper started from; the guards keep what the same rules must not touch."""

from __future__ import annotations

from tests.test_facts_families import _facts, _of


def test_came_to_the_workplace_as_a_job_is_a_title_there(nlp):
    # asposts._moved_as: "come" reads its "to" phrase as "join" reads its object
    facts = _facts(nlp, "date 2025-03-02\nFenella Draper is the principal of Marrowby High School. "
                        "Mrs Draper came to Marrowby as a geography teacher from Holt Primary School in 1994.\n")
    assert "geography teacher" in _of(facts, "title", "Fenella Draper"), facts
    assert {"Marrowby High School", "Holt Primary School"} <= _of(facts, "employer", "Fenella Draper"), facts


def test_came_to_the_described_workplace_as_a_job(nlp):
    # "came to the brewery": the brewery named before by a name holding the word
    facts = _facts(nlp, "date 2025-03-02\nOsric Penhale retired from Tallow Bay Brewery this week. "
                        "Penhale came to the brewery as a labourer in 1981.\n")
    assert "labourer" in _of(facts, "title", "Osric Penhale"), facts
    assert "Tallow Bay Brewery" in _of(facts, "employer", "Osric Penhale"), facts


def test_came_to_a_country_as_a_refugee_gives_no_post(nlp):
    # a guard (passes on the start code): a country is no workplace, a refugee no job
    facts = _facts(nlp, "date 2025-03-02\nTomas Greer came to Britain as a refugee in 1956.\n")
    assert not _of(facts, "title", "Tomas Greer") and not _of(facts, "employer", "Tomas Greer"), facts


def test_a_successor_named_past_stacked_honorifics_takes_the_post(nlp):
    # successors._rule_successors: "His successor as dean, Prof. Ir. Dr. X"
    facts = _facts(nlp, "date 2025-03-02\nProf. Hamdan Yusof is stepping down as dean. "
                        "His successor as dean, Prof. Ir. Dr. Salmah Idris, takes over in June.\n")
    assert "dean" in _of(facts, "title", "Salmah Idris"), facts


def test_a_successor_named_past_one_honorific(nlp):
    facts = _facts(nlp, "date 2025-03-02\nThe quizmaster, Edwin Hale, retires this spring. "
                        "His successor as quizmaster, Dr. Ingrid Solberg, was chosen on Monday.\n")
    assert "quizmaster" in _of(facts, "title", "Ingrid Solberg"), facts
