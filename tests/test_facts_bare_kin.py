"""A kin noun with no "his" or "her" before the name it introduces ("with husband Dean", "joined
by daughter Ella", "while husband Arben came fifth") is the relative of the clause's subject.
Fictional sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts, _of

D = "date 2024-05-02\n"


@pytest.mark.parametrize(
    "text, owner, relation, relative",
    [
        ("Leanne Hart, 39, runs the cafe with husband Dean. She opened it in 2015.", "Leanne Hart", "spouse", "Dean"),
        ("Olga Berisha finished third, while husband Arben Berisha came fifth.", "Olga Berisha", "spouse", "Arben Berisha"),
        ("Tom Keane, 70, was at the ceremony with wife Noreen and son Patrick, 41.", "Tom Keane", "spouse", "Noreen"),
        ("Tom Keane, 70, was at the ceremony with wife Noreen and son Patrick, 41.", "Tom Keane", "child", "Patrick"),
        ("Priya Nair crossed the line in four hours, joined for the last mile by daughter Anika.", "Priya Nair", "child", "Anika"),
        ("Gordon Sutherland has farmed near Lairg for 30 years alongside brother Alasdair.", "Gordon Sutherland", "sibling", "Alasdair"),
    ],
)
def test_a_bare_kin_noun_is_the_subjects_relative(nlp, text, owner, relation, relative):
    facts = _facts(nlp, D + text)
    assert relative in _of(facts, relation, owner) | {f[1] for f in facts if f[0] == relation and f[2] == owner}, facts


@pytest.mark.parametrize(
    "text, wrong_owner, relative",
    [
        # the noun's owner is the article's woman, not her son who is the clause's subject
        ("Kylie Shaw, 44, ran the course. Her eldest, Mitchell, 22, ran beside her, while husband Rhys "
         "Shaw waited at the line.", "Mitchell", "Rhys Shaw"),
        # a nun's title, not a sibling
        ("The school was opened by Sister Bernadette Quirke with head teacher Aidan Moran.", "Aidan Moran", "Bernadette Quirke"),
        # the first relative's own relative, not the subject's
        ("Tom Keane, 70, was at the ceremony with wife Noreen and son Patrick, 41.", "Noreen", "Patrick"),
    ],
)
def test_a_bare_kin_noun_is_nobody_elses_relative(nlp, text, wrong_owner, relative):
    facts = _facts(nlp, D + text)
    assert not any(wrong_owner in (f[1], f[2]) and relative in (f[1], f[2]) for f in facts if f[0] in ("spouse", "child", "sibling", "parent")), facts


@pytest.mark.parametrize(
    "text, dead, year",
    [
        ("Pat Rooney, 78, who lost his wife, Maureen, in 2019, now volunteers at the hospice.", "Maureen", "2019"),
        ("Ines Duarte lost her husband, Rui, in 2017 and took over the bakery.", "Rui", "2017"),
        ("Mohan Rao, a retired pharmacist, lost his daughter, Priya, in March 2022.", "Priya", "2022-03"),
    ],
)
def test_losing_ones_relative_in_a_year_is_their_death(nlp, text, dead, year):
    assert year in _of(_facts(nlp, D + text), "death", dead)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ana Silva lost her son, Tiago, in the crowd in 2019, but a steward found him.", "Tiago"),
        ("Joe Hart lost his brother, Ray, in the fog on the hill in 2021; they met again at the car park.", "Ray"),
    ],
)
def test_losing_a_relative_somewhere_is_no_death(nlp, text, name):
    assert _of(_facts(nlp, D + text), "death", name) == set()
