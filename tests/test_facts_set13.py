"""Issue 9, the thirteenth set (opera, seeds): general fixes, each checked on fictional
constructions of our own (none copied from an article)."""

from __future__ import annotations

from tests.test_facts_families import _facts, _run

D = "date 2025-03-04\n"


def _names(nlp, text: str) -> set[str]:
    ex, _ = _run(nlp, text)
    return {e.name for e in ex.entities}


# ---- a job word before a first name and a hyphened surname: "Cellist Anneke Visser-Moyo" -------

def test_job_word_first_name_and_hyphened_surname(nlp):
    assert "Anneke Visser-Moyo" in _names(nlp, D + "Cellist Anneke Visser-Moyo, 33, leads the quartet this spring.\n")


def test_hyphened_surname_keeps_its_first_name_for_a_later_possessive(nlp):
    facts = _facts(nlp, D + "Drummer Tomasz Greer-Bakri, 29, joins the tour. Tomasz's father, Abel Greer, is 70.\n")
    assert ("child", "Abel Greer", "Tomasz Greer-Bakri") in facts


def test_hyphened_surname_age_goes_to_the_full_name(nlp):
    facts = _facts(nlp, D + "Violinist Ruthie Okafor-Lynch, 52, will retire in June.\n")
    assert ("age", "Ruthie Okafor-Lynch", 52) in facts


# ---- "the company" stays the organisation the text already called so ---------------------------

def test_company_kept_over_an_organisation_named_in_between(nlp):
    facts = _facts(nlp, D + "Fenwick Opera opens its season in May, the company said on Monday. "
                   "Its director, Ann Bell, joined the company from the Lyric Theatre in 2015.\n")
    assert ("employer", "Ann Bell", "Fenwick Opera") in facts


def test_company_kept_after_a_character_tagged_as_an_organisation(nlp):
    facts = _facts(nlp, D + "Harrowgate Opera will stage Tosca, the company announced. The tenor Owen Pryce sings "
                   "Cavaradossi. Pryce, 40, joined the company in 2012.\n")
    assert ("employer", "Owen Pryce", "Harrowgate Opera") in facts


def test_company_chairman_after_a_horse_that_acted(nlp):
    facts = _facts(nlp, D + "Bramley Opera announced its season on Friday, the company said. Dora Vance joined the "
                   "company in 2001. A pony named Biscuit, lent by a farm, has appeared on stage before. "
                   "Kofi Mensah, the company's chairman, said the board was pleased.\n")
    assert ("employer", "Kofi Mensah", "Bramley Opera") in facts


# ---- "the orchestra's cellist" when only an opera company is named: another body ---------------

def test_orchestra_post_is_not_the_opera_company(nlp):
    facts = _facts(nlp, D + "Fenwick Opera opens in May. The conductor will be Sam Obi, the orchestra's leader.\n")
    assert not any(r == "employer" and s == "Sam Obi" for r, s, _ in facts)


def test_choir_post_is_not_the_theatre(nlp):
    facts = _facts(nlp, D + "The Lyric Theatre reopens in May. The soloist is Jo Hale, the choir's organist.\n")
    assert not any(r == "employer" and s == "Jo Hale" for r, s, _ in facts)


def test_orchestra_post_named_orchestra_still_counts(nlp):
    facts = _facts(nlp, D + "The Tarn Valley Orchestra opens in May. The soloist is Jo Hale, the orchestra's leader.\n")
    assert ("employer", "Jo Hale", "Tarn Valley Orchestra") in facts


# ---- "Their brother" after twins: the twins' sibling and their parents' child --------------------

def test_their_brother_after_twin_daughters(nlp):
    facts = _facts(nlp, D + "Rosa Lind, 40, and her husband, Piet Lind, 44, sing together, and the couple's twin daughters, "
                   "Ida and Mia, join the chorus. Their younger brother, Finn, 5, stays at home.\n")
    assert {("sibling", "Ida", "Finn"), ("sibling", "Mia", "Finn"), ("child", "Rosa Lind", "Finn"),
            ("child", "Piet Lind", "Finn")} <= facts
    assert ("sibling", "Rosa Lind", "Finn") not in facts


def test_their_sister_after_two_sons(nlp):
    facts = _facts(nlp, D + "Omar Haddad and his wife, Leila Haddad, run the bakery with their two sons, Sami and Karim. "
                   "Their sister, Nour, 19, is at college.\n")
    assert {("sibling", "Sami", "Nour"), ("sibling", "Karim", "Nour")} <= facts
    assert ("sibling", "Omar Haddad", "Nour") not in facts


def test_their_brother_after_twin_sons(nlp):
    facts = _facts(nlp, D + "Grace Mwangi and her husband, Paul Mwangi, have twin sons, Joel and Eli, who are nine. "
                   "Their older brother, Amos, 14, plays football.\n")
    assert {("sibling", "Joel", "Amos"), ("sibling", "Eli", "Amos")} <= facts
