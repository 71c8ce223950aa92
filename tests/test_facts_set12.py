"""Issue 9, the twelfth set: general fixes, each checked on fictional constructions of our own
(none copied from an article)."""

from __future__ import annotations

from tests.test_facts_families import _run


def _lives(nlp, text: str) -> dict[tuple[str, str], tuple]:
    """(relation, subject name) -> (value, as_of, born_between) for the age and death facts."""
    ex, names = _run(nlp, text)
    return {(f.relation, names[f.subject]): (f.value, f.as_of, f.born_between) for f in ex.facts if f.relation in ("age", "death")}


# ---- a death dated by a season is dated by its year ---------------------------------------------

def test_died_in_the_spring_of_a_year(nlp):
    lives = _lives(nlp, "date 2021-04-01\nHer brother, Alec Munro, a joiner, died in the spring of 2012, aged 70.\n")
    assert lives[("death", "Alec Munro")][0] == "2012"
    assert lives[("age", "Alec Munro")] == (70, "2012", ("1941-01-02", "1942-12-31"))


def test_died_in_summer_and_in_autumn(nlp):
    text = ("date 2019-02-11\nGeorge Pratt, a potter, died in the summer of 2003 aged 81. "
            "His cousin, Edith Lamb, died in the autumn of 2009, aged 90.\n")
    lives = _lives(nlp, text)
    assert lives[("death", "George Pratt")][:1] == ("2003",)
    assert lives[("age", "George Pratt")][1:] == ("2003", ("1921-01-02", "1922-12-31"))
    assert lives[("death", "Edith Lamb")][0] == "2009"
    assert lives[("age", "Edith Lamb")][1] == "2009"


def test_a_dated_death_in_a_month_keeps_its_month(nlp):
    lives = _lives(nlp, "date 2020-06-01\nThe trawlerman Neil Bain died in March 2015, aged 66.\n")
    assert lives[("death", "Neil Bain")][0] == "2015-03"
