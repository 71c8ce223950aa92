"""A post held for a spell, said with "after" or "for" ("retired in 2019 after 35 years as a
teacher at Oakfield Primary School", "After 12 years as head chef at the Crown, ..."): the
clause's subject held it. Fictional sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts, _of

D = "date 2024-09-10\n"


@pytest.mark.parametrize(
    "text, person, org, title",
    [
        ("Alan Birch retired in 2019 after 35 years as a teacher at Oakfield Primary School.", "Alan Birch",
         "Oakfield Primary School", "teacher"),
        ("After 35 years as a teacher at Oakfield Primary School, Alan Birch has retired.", "Alan Birch",
         "Oakfield Primary School", "teacher"),
        ("Mary Collins left in March after eight years as a nurse at Kingsmead Hospital.", "Mary Collins",
         "Kingsmead Hospital", "nurse"),
    ],
)
def test_a_post_held_for_a_spell(nlp, text, person, org, title):
    facts = _facts(nlp, D + text)
    assert org in _of(facts, "employer", person) and title in _of(facts, "title", person), facts


@pytest.mark.parametrize(
    "text, person, org, title",
    [
        ("Kestrel Athletic have sacked manager Ian Dowd after six defeats.", "Ian Dowd", "Kestrel Athletic", "manager"),
        ("Corlow District Council has suspended chief executive Ann Roe pending an inquiry.", "Ann Roe",
         "Corlow District Council", "chief executive"),
        ("Harwood Rovers have appointed their new chairman Dev Singh.", "Dev Singh", "Harwood Rovers", "chairman"),
    ],
)
def test_an_organisation_gives_or_takes_a_post(nlp, text, person, org, title):
    facts = _facts(nlp, D + text)
    assert org in _of(facts, "employer", person) and title in _of(facts, "title", person), facts
