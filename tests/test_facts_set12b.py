"""Issue 9, the twelfth set, second pass: general fixes, each checked on fictional constructions
of our own (none copied from an article)."""

from __future__ import annotations

from tests.test_facts_families import _facts

D = "date 2024-05-02\n"


# ---- twins named together with one age: "A and B, twins aged 41" -----------------------------

def test_twins_aged_in_a_kin_list(nlp):
    facts = _facts(nlp, D + "Her sons are Rob, 50, a joiner; Sam and Joe, twins aged 41, who farm near Leeds; and Will.\n")
    assert {("age", "Sam", 41), ("age", "Joe", 41), ("age", "Rob", 50)} <= facts


def test_twins_aged_apposed_to_a_kin_noun(nlp):
    facts = _facts(nlp, D + "Her brothers, Sam and Joe, twins aged 41, farm near Leeds.\n")
    assert {("age", "Sam", 41), ("age", "Joe", 41)} <= facts


def test_twin_sisters_now_an_age(nlp):
    facts = _facts(nlp, D + "The winners were Amy and Beth Cole, twin sisters now 19, from Hull.\n")
    assert {("age", "Amy Cole", 19), ("age", "Beth Cole", 19)} <= facts


def test_twins_aged_without_a_number_is_no_age(nlp):
    facts = _facts(nlp, D + "The couple, Tom and Ann Lee, twins aged by the sun, came.\n")
    assert not any(r == "age" for r, _, _ in facts)

