"""Issue 9: a verb that names a job ('teaches') with what is taught as its object is still the
post held at the named organisation after it ('teaches chemistry at Harlan High'): a title and
an employer. A person taught, or a class taught with no organisation, gives no job."""

from __future__ import annotations

from tests.test_facts_families import _facts, _of


def test_a_subject_taught_at_a_named_school(nlp):
    facts = _facts(nlp, "date 2024-05-02\nNadia Brook, 44, teaches chemistry at Harlan High School in Dunmore. She "
                        "has lived in the town since 2001.\n")
    assert "teacher" in _of(facts, "title", "Nadia Brook")
    assert "Harlan High School" in _of(facts, "employer", "Nadia Brook")


def test_a_year_group_taught_at_a_named_primary(nlp):
    facts = _facts(nlp, "date 2024-05-02\nRosa Lim, 38, teaches Year 4 at Millgate Primary and runs its chess club.\n")
    assert "teacher" in _of(facts, "title", "Rosa Lim")


def test_an_apposed_relative_who_teaches_an_instrument_at_an_academy(nlp):
    facts = _facts(nlp, "date 2024-05-02\nHer brother, Ivo Brook, teaches music at Fenwick Academy.\n")
    assert "teacher" in _of(facts, "title", "Ivo Brook")


def test_a_person_taught_gives_the_teacher_no_post(nlp):
    facts = _facts(nlp, "date 2024-05-02\nPam Ode taught him the cello at Fenwick Academy in 1990.\n")
    assert "teacher" not in _of(facts, "title", "Pam Ode")
