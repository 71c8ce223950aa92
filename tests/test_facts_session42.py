"""Constructions found short in the thirty-first set on 2026-12-03 (read once the thirty-second was
frozen and scored): the head of a school named by 'of', a bare name between semicolons in a list
of children that the tagger calls an organisation, abbreviated offices before a name ('State
Sen.', 'Gov.'), common jobs the lexicon lacked (fireman, policewoman), a pair who 'are both'
of a trade, and a job 'on' a railway. Each is checked on text written for these tests."""

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


def test_common_jobs_the_lexicon_lacked(nlp):
    facts = _facts(nlp, D + "Callum Reid qualified as a fireman in April. His aunt, Jean Reid, 58, a policewoman, "
                            "was there.\n")
    assert _of(facts, "occupation", "Callum Reid") == {"fireman"}
    assert "policewoman" in _of(facts, "occupation", "Jean Reid")


def test_a_pair_are_both_of_a_trade(nlp):
    facts = _facts(nlp, D + "Arun and Vinod Pillai are both carpenters and built the new pavilion.\n")
    assert _of(facts, "occupation", "Arun Pillai") | _of(facts, "occupation", "Arun") == {"carpenter"}
    assert _of(facts, "occupation", "Vinod Pillai") == {"carpenter"}


def test_a_job_on_a_railway_is_a_post_there(nlp):
    facts = _facts(nlp, D + "Walter Binns, who was a signalman on the Coldharbour & Pelham Railway, died on Monday aged 93.\n")
    assert _of(facts, "employer", "Walter Binns") == {"Coldharbour & Pelham Railway"}
