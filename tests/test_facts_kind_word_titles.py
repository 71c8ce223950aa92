"""Issue 9: a capitalised kind word before a title and a name at a sentence's start ('Company
president X', 'Club president X') stands for the organisation of that kind the article named,
though its name lacks the word: a firm called 'Orla Systems', a club called 'Harwood Rovers'."""

from __future__ import annotations

from tests.test_facts_families import _facts, _of

D = "date 2024-06-11\n"



def test_company_president_after_a_firm_named_without_the_word(nlp):
    facts = _facts(nlp, D + "Orla Systems has moved its offices to Galway. Company president Gloria Hartwell said "
                            "rents in Dublin had doubled.\n")
    assert "Orla Systems" in _of(facts, "employer", "Gloria Hartwell")


def test_firm_chairman_after_a_firm_named_without_the_word(nlp):
    facts = _facts(nlp, D + "Brandt & Keel Ltd was fined on Monday. Company chairman Oskar Brandt, 70, apologised to "
                            "the court.\n")
    assert "Brandt & Keel Ltd" in _of(facts, "employer", "Oskar Brandt")


def test_club_president_in_a_report_on_one_club(nlp):
    facts = _facts(nlp, D + "Harwood Rovers have won the league for the first time since 1998. Harwood Rovers' fans "
                            "filled the square on Sunday, and Harwood Rovers will parade the trophy today. Club "
                            "president Fiona McAllister, 63, said the town had waited long enough.\n")
    assert "Harwood Rovers" in _of(facts, "employer", "Fiona McAllister")


def test_a_lower_case_word_before_the_title_is_no_kind(nlp):
    facts = _facts(nlp, D + "Orla Systems has moved to Galway, said local president Gloria Hartwell of the chamber "
                            "of commerce.\n")
    assert "Orla Systems" not in _of(facts, "employer", "Gloria Hartwell")
