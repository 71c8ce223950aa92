"""Who is who in the notices register (issue 9, probes E): deceased estates and court of
protection notices, whose entries open with an inverted name and an address. Fictional
sentences written for these tests."""

from __future__ import annotations

from tests.test_entities_general import entities_of
from tests.test_facts_families import _facts, _of

ESTATES = (
    "date 2024-03-08\nDECEASED ESTATES\n\n"
    "MARCHETTI, Oswin Paul, late of 3 Mill Row, Brantcombe, a retired signalman, who died on 4 January 2024 aged 90. "
    "He was the husband of Delia Marchetti. Claims to Hobb & Vane LLP by 9 May 2024.\n\n"
    "QUILLER, Ada Rose, late of Flat 6, Larch Court, Ebury Road, a former midwife, who died on 2 February 2024 aged 77. "
    "Her executor is her cousin, Tobias Fenn.\n"
)


def _names(ents) -> list[str]:
    return [e.name for e in ents]


def test_an_inverted_heading_is_one_person_named_in_order(nlp):
    names = _names(entities_of(nlp, ESTATES))
    assert "Oswin Paul Marchetti" in names and "Ada Rose Quiller" in names
    assert not any(n in ("MARCHETTI", "QUILLER", "Oswin Paul", "Ada Rose") for n in names)


def test_the_names_of_an_address_run_are_no_people(nlp):
    ents = entities_of(nlp, ESTATES)
    people = [e.name for e in ents if e.type == "PERSON"]
    assert not any(n in people for n in ("Mill Row", "Brantcombe", "Larch Court", "Ebury Road")), people


def test_the_entry_after_its_address_is_the_heading_person(nlp):
    facts = _facts(nlp, ESTATES)
    assert _of(facts, "death", "Oswin Paul Marchetti") == {"2024-01-04"}
    assert _of(facts, "age", "Ada Rose Quiller") == {77}
    assert {f for f in facts if f[0] == "spouse"} & {("spouse", "Oswin Paul Marchetti", "Delia Marchetti"),
                                                     ("spouse", "Delia Marchetti", "Oswin Paul Marchetti")}


def test_a_pronoun_in_an_entry_is_its_subject_not_the_last_entry_name(nlp):
    facts = _facts(nlp, ESTATES)
    assert ("gender", "Ada Rose Quiller", "female") in facts
    assert not any(f[0] == "gender" and f[1] not in ("Oswin Paul Marchetti", "Ada Rose Quiller", "Delia Marchetti", "Tobias Fenn")
                   for f in facts), facts

