"""A definite description is never the person whose clause commands it: "Sergeant Ellis said the
driver was arrested" (the driver is not Ellis), "Dr Okafor thanked the nurse" (the nurse is not
Okafor). Fictional sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts, _of

D = "date 2024-09-10\n"


@pytest.mark.parametrize(
    "text, speaker, wrong",
    [
        ("Sergeant Tom Ellis, of West Mercia Police, said the driver was arrested. Ellis, 44, praised the public.",
         "Tom Ellis", ("occupation", "driver")),
        ("Inspector Ruth Cole said the 30-year-old victim was stable in hospital. Cole thanked witnesses.",
         "Ruth Cole", ("age", 30)),
        ("Marco Bellini, 52, the club's chairman, said the 19-year-old striker had signed a new contract.",
         "Marco Bellini", ("age", 19)),
        ("Dr Ama Okafor, 61, thanked the 24-year-old nurse who had worked through the night.",
         "Ama Okafor", ("age", 24)),
    ],
)
def test_a_description_is_not_who_commands_it(nlp, text, speaker, wrong):
    facts = _facts(nlp, D + text)
    relation, value = wrong
    assert value not in _of(facts, relation, speaker), facts


def test_a_description_still_names_somebody_before(nlp):
    facts = _facts(nlp, D + "Lauren Pike, 19, scored twice. Her coach, Dan Hare, said the teenager had earned it.")
    assert _of(facts, "age", "Lauren Pike") == {19}, facts


def test_a_description_in_a_second_main_clause_names_the_speaker(nlp):
    text = (D + "Lina Haddad, the party's candidate, spoke at the rally. She said pensions would rise, and when "
            "pressed on how, the 41-year-old mother of two replied that savings would pay for it.")
    assert 41 in _of(_facts(nlp, text), "age", "Lina Haddad")
