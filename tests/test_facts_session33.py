"""Work constructions found short on the development folders on 2026-12-02 (from 12:38 UTC): a
job in apposition to a name given only with its honorific ("Mr. Dunn, a nurse at ORG"), and a
secretary whose organisation's name stands right before the word ("X, Harwood Rovers secretary").
Each is checked on text written for these tests."""

from __future__ import annotations

from tests.test_facts_families import _facts, _run

D = "date 2024-04-10\n"


def test_a_job_apposed_to_an_honorific_and_surname(nlp):
    text = D + "Mr. Dunn, a pediatric nurse at Larch Valley Hospital, gathered 300 signatures against the plan.\n"
    facts = _facts(nlp, text)
    assert ("employer", "Mr. Dunn", "Larch Valley Hospital") in facts, facts
    assert ("title", "Mr. Dunn", "pediatric nurse") in facts, facts
    ex, _ = _run(nlp, text)
    # the honorific's name, not the description, names him
    assert [e.name for e in ex.entities if e.type == "PERSON"] == ["Mr. Dunn"], ex.entities


def test_a_secretary_after_the_organisations_name(nlp):
    facts = _facts(nlp, D + "Harwood Rovers will play at home on Saturday. Mark Fell, Harwood Rovers secretary, "
                            "said the pitch had recovered.\n")
    assert ("employer", "Mark Fell", "Harwood Rovers") in facts and ("title", "Mark Fell", "secretary") in facts, facts


def test_an_office_after_a_party_name_stays_an_office(nlp):
    facts = _facts(nlp, D + "Labour leader Dana Roe said the vote would be close.\n")
    assert not any(f[0] == "employer" and f[1] == "Dana Roe" for f in facts), facts
