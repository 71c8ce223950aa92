"""A name the tagger missed after a capitalised office ("Councillor Ruth Obi of Harlow Council")
is a person, and the office with its body is their post; a place or a body named after an office
word stays what it is. Fictional sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_entities_dev2 import _show
from tests.test_entities_general import entities_of
from tests.test_facts_families import _facts, _of

D = "date 2024-09-10\n"


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("Councillor Ruth Obi of Harlow Council voted against the plan.", "Ruth Obi", "councillor"),
        ("Councillor Dafydd Rhys of Gwynedd Council said the road would reopen.", "Dafydd Rhys", "councillor"),
        ("Inspector Lowri Bevan of Dyfed-Powys Police said two men were arrested.", "Lowri Bevan", "inspector"),
    ],
)
def test_a_name_after_an_office_is_a_person(nlp, text, name, title):
    ents = entities_of(nlp, D + text)
    assert any(e.name == name and e.type == "PERSON" for e in ents), _show(ents)
    assert title in _of(_facts(nlp, D + text), "title", name)


@pytest.mark.parametrize(
    "text, word",
    [
        ("The parade went down Mayor Street and on to the quay.", "Mayor Street"),
        ("Bishop Park Primary School opened a new library.", "Bishop Park"),
    ],
)
def test_an_office_word_inside_a_place_or_body_makes_no_person(nlp, text, word):
    ents = entities_of(nlp, D + text)
    assert not any(word.split()[-1] in e.name and e.type == "PERSON" for e in ents), _show(ents)
