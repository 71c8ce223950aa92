"""Names in family notices (issue 9: wedding, engagement and obituary registers; fictional
notices written for these tests): "Dr and Mrs Martin Lowe" is a couple named by one man's name,
and its first title, which the tagger may take for a name of its own, is nobody."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts, _run

D = "date 2023-07-22\n"

COUPLE_TITLES = [
    ("The marriage took place on Saturday between Mr Oliver Crane and Miss Harriet Lowe, daughter of Dr and Mrs "
     "Martin Lowe, of York.", "Harriet Lowe", "Martin Lowe"),
    ("The engagement is announced between Tom, son of Mr and Mrs Ian Hale, and Ruth, only daughter of Dr and Mrs "
     "Paul Reid of Leeds. Ruth Reid is a vet.", "Ruth Reid", "Paul Reid"),
    ("Lena Moss, 32, the daughter of Dr and Mrs Alan Moss of Leeds, has joined the practice as a partner.",
     "Lena Moss", "Alan Moss"),
]


@pytest.mark.parametrize("text, child, father", COUPLE_TITLES)
def test_a_couples_first_title_names_nobody(nlp, text, child, father):
    ex, names = _run(nlp, D + text)
    people = {e.name for e in ex.entities if e.type == "PERSON"}
    assert not people & {"Dr", "Mr"}, people
    facts = _facts(nlp, D + text)
    parents = {f[1] for f in facts if f[0] == "child" and f[2] == child}
    assert parents == {father}, facts


# "The marriage took place ... between Mr Oliver Crane and Miss Harriet Lowe": an honorific
# says a person's name follows, never a place's, whatever the preposition before it
BETWEEN = [
    ("The marriage took place on Saturday between Mr Oliver Crane and Miss Harriet Lowe. The Rev Ann Hart "
     "officiated.", {"Oliver Crane", "Harriet Lowe"}),
    ("The engagement is announced between Mr Rupert Vale and Dr Imogen Frost, of Hexham. Both are 34.",
     {"Rupert Vale", "Imogen Frost"}),
    ("The marriage was solemnised on Friday between Mr Jonah Pell and Miss Ada Brook, both of Ripon.",
     {"Jonah Pell", "Ada Brook"}),
]


@pytest.mark.parametrize("text, people", BETWEEN)
def test_an_honorific_after_between_names_a_person(nlp, text, people):
    ex, _ = _run(nlp, D + text)
    assert people <= {e.name for e in ex.entities if e.type == "PERSON"}, [(e.name, e.type) for e in ex.entities]
