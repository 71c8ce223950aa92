"""Issue 9: 'X founded ORG' gives X the title founder as the passive 'ORG was founded by X'
does (the news gold reads both alike since 2026-12-01); 'started' or 'set up' in the active
voice gives none ('started the engine', 'set up a stall'), nor does a founding not asserted."""

from __future__ import annotations

from tests.test_facts_families import _facts, _of

D = "date 2024-06-11\n"



def test_founded_the_company_with_a_year(nlp):
    facts = _facts(nlp, D + "Grenadine Star Lines has named a new captain. Hubert Providence founded the company in "
                            "1968 with one boat.\n")
    assert "founder" in _of(facts, "title", "Hubert Providence")


def test_founded_a_named_school(nlp):
    facts = _facts(nlp, D + "Kwame Mensah, who died last week aged 88, founded the Tema Valley School in 1994.\n")
    assert "founder" in _of(facts, "title", "Kwame Mensah")


def test_founded_the_circus_after_the_war(nlp):
    facts = _facts(nlp, D + "The Castellano Circus marked 70 years on Sunday. Enrico Castellano founded the circus in "
                            "1952.\n")
    assert "founder" in _of(facts, "title", "Enrico Castellano")


def test_started_or_a_hope_gives_no_founder(nlp):
    facts = _facts(nlp, D + "Mira Osei started the van and drove to Accra. Kofi Osei hopes to found a bakery one day.\n")
    assert "founder" not in _of(facts, "title", "Mira Osei")
    assert "founder" not in _of(facts, "title", "Kofi Osei")
