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


def test_they_who_founded_the_organisation_are_the_couple_named_before(nlp):
    # founders._rule_founders: "they" in the clause on the organisation's noun, as "the couple"
    facts = _facts(nlp, "date 2025-03-02\nTom and Ruth Calloway married in 1970. "
                        "The bakery they founded, Calloway Bread, closes on Friday.\n")
    assert "founder" in _of(facts, "title", "Tom Calloway") and "founder" in _of(facts, "title", "Ruth Calloway"), facts


def test_they_with_no_couple_named_founds_nothing(nlp):
    # a guard (passes on the start code): two people named, but not as a pair, and no organisation
    facts = _facts(nlp, "date 2025-03-02\nAnn Lowe spoke first and Joe Hart spoke last. "
                        "The fund they started has since closed.\n")
    assert not _of(facts, "title", "Ann Lowe") and not _of(facts, "title", "Joe Hart"), facts


def test_a_founder_named_after_a_hyphened_kin_noun_and_the_late(nlp):
    # founders._founder: the name right after the kin noun's comma, however the parse hung it
    facts = _facts(nlp, "date 2025-03-02\nPenrose Marine builds dinghies. The yard was founded in 1952 by "
                        "Ellen's brother-in-law, the late Rufus Penrose, a former shipwright, in a lean-to behind his cottage.\n")
    assert "founder" in _of(facts, "title", "Rufus Penrose"), facts


def test_a_troupe_founded_by_a_named_person(nlp):
    # patterns founders.kind_nouns: a troupe or a patrol is a body founded
    facts = _facts(nlp, "date 2025-03-02\nThe Teo Puppet Troupe played on Sunday. The troupe was founded in 1961 "
                        "by Mr Teo Boon Kiat, a former street hawker, who led it until he died in 2001.\n")
    assert "founder" in _of(facts, "title", "Teo Boon Kiat"), facts
