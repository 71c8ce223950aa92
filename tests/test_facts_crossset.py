"""Constructions that recur across the development sets (an error analysis over sets 4-20 and the
development folders, 2026-12-02): an organisation named as a modifier of the noun that later
stands for it ("Larkfield House care home ... The home's activities coordinator"), a description
in apposition holding a figure ("Kowhai Downs, the 4,200-hectare station ... the station's stock
manager"), and a post held by a verb of coaching. Each is checked on text written for these tests."""

from __future__ import annotations

from tests.test_facts_families import _facts

D = "date 2024-04-10\n"


def test_an_organisation_named_before_the_noun_that_stands_for_it(nlp):
    facts = _facts(nlp, D + "Tea was served at Elm Lodge care home on Sunday. The home's activities coordinator, "
                            "Priya Shah, played the piano.\n")
    assert ("employer", "Priya Shah", "Elm Lodge") in facts, facts


def test_a_described_organisation_whose_description_holds_a_figure(nlp):
    facts = _facts(nlp, D + "The Rowes have farmed Glen Arden, the 3,100-hectare station above the river, since 1921. "
                            "Their son, Angus Rowe, is the station's stock manager.\n")
    assert ("employer", "Angus Rowe", "Glen Arden") in facts, facts


def test_coaching_at_a_school_is_a_post_there(nlp):
    facts = _facts(nlp, D + "Lena Ruiz has coached football at Eastfield High School since 2010.\n")
    assert ("employer", "Lena Ruiz", "Eastfield High School") in facts and ("title", "Lena Ruiz", "coach") in facts, facts

