"""Issue 9: 'a pharmacist at the same hospital' names the hospital named before as the
employer, as 'at the hospital' does."""

from __future__ import annotations

from tests.test_facts_families import _facts, _of

D = "date 2024-06-11\n"



def test_a_sister_at_the_same_hospital(nlp):
    facts = _facts(nlp, D + "Dr Grace Amoah, 44, works at Korle Bu Teaching Hospital. Her sister, Efua Amoah, is a "
                            "pharmacist at the same hospital.\n")
    assert "Korle Bu Teaching Hospital" in _of(facts, "employer", "Efua Amoah")


def test_a_husband_at_the_same_firm(nlp):
    facts = _facts(nlp, D + "Moira Lusk is a chemist at Pell Brothers Ltd in Leeds. Her husband, Ewan Lusk, 52, is a driver "
                            "at the same firm.\n")
    assert "Pell Brothers Ltd" in _of(facts, "employer", "Ewan Lusk")


def test_a_son_at_the_same_bank(nlp):
    facts = _facts(nlp, D + "Ravi Menon spent 30 years at Coastal Union Bank. His son, Arun Menon, 31, is now an "
                            "analyst at the same bank.\n")
    assert "Coastal Union Bank" in _of(facts, "employer", "Arun Menon")


def test_a_nephew_at_the_same_hotel(nlp):
    facts = _facts(nlp, D + "Alec Brodie, 66, is the owner of the Corran Arms Hotel. His nephew, Sandy Brodie, 30, "
                            "is a manager at the same hotel.\n")
    assert "Corran Arms Hotel" in _of(facts, "employer", "Sandy Brodie")


def test_a_daughter_at_the_same_theatre(nlp):
    facts = _facts(nlp, D + "Lorna Pike, 61, is the manager of the Corran Theatre. Her daughter, Isla Pike, 29, is an "
                            "electrician at the same theatre.\n")
    assert "Corran Theatre" in _of(facts, "employer", "Isla Pike")
