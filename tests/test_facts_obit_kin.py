"""Kin-heavy obituary lists (issue 9, fictional obituaries written for these tests): in a
survivor list, "his son, Robert Becker, and his wife, Linda, of Columbus" names the son's wife
(the dead man's own wife is named first, and a possessive after a named relative of its gender
is that relative's), and "of Columbus" is where they live, not a relative."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts, _of

D = "date 2022-11-14\n"

RELATIVES_SPOUSES = [
    ("Harold Becker, 84, of Millbrook, died Thursday. He is survived by his wife of 52 years, Margaret; his son, "
     "Robert Becker, and his wife, Linda, of Columbus; and his brother, Donald Becker, of Florida.",
     "Harold Becker", {"Robert Becker"}, ("Robert Becker", "Linda"), "Margaret", {"Linda", "Columbus", "Florida"}),
    ("Irene Salter, 79, of Dover, died Monday. She is survived by her husband, Walt; her daughter, Joan Pike, and "
     "her husband, Gary, of Camden; and her sister, Ada Lund, of Maine.",
     "Irene Salter", {"Joan Pike"}, ("Joan Pike", "Gary"), "Walt", {"Gary", "Camden", "Maine"}),
    ("Carl Voss, 90, died Sunday at home. He is survived by his wife, Edith; his grandson, Luke; his son, Neil "
     "Voss, and his wife, Pam, of Fresno; and two sisters.",
     "Carl Voss", {"Neil Voss"}, ("Neil Voss", "Pam"), "Edith", {"Pam", "Fresno"}),
]


@pytest.mark.parametrize("text, dead, children, couple, wife, strangers", RELATIVES_SPOUSES)
def test_a_relatives_spouse_in_a_survivor_list_is_the_relatives(nlp, text, dead, children, couple, wife, strangers):
    facts = _facts(nlp, D + text)
    assert children <= _of(facts, "child", dead), facts
    assert couple[1] in _of(facts, "spouse", couple[0]) | {f[1] for f in facts if f[0] == "spouse" and f[2] == couple[0]}, facts
    assert _of(facts, "spouse", dead) | {f[1] for f in facts if f[0] == "spouse" and f[2] == dead} == {wife}, facts
    related = {f[2] for f in facts if f[1] == dead and f[0] in ("child", "sibling", "spouse", "parent")}
    assert not (strangers & related), facts


# "Survivors include ..." has no subject of its own, and a pronoun before "preceded in death by"
# may be one the entity stage left unresolved: the list is the dead person's, the one the
# obituary names first; the predeceased are dead, in the year their item gives
LISTS = [
    ("Evelyn Turner, 91, of Cedar Falls died Tuesday at home. She taught kindergarten for 30 years. Survivors "
     "include two sons, Dennis Turner of Des Moines and Gary Turner of Ames; and a sister, Ruth Brandt. She was "
     "preceded in death by her husband; a son, Larry Turner, in 1975; and a brother, Eugene Brandt.",
     "Evelyn Turner", {"Dennis Turner", "Gary Turner", "Larry Turner"}, {"Ruth Brandt", "Eugene Brandt"},
     {"Larry Turner": "1975", "Eugene Brandt": None}),
    ("Walter Crane, 88, died Friday in Elm Grove. He farmed near Elm Grove all his life. Survivors include a "
     "daughter, Amy Crane of Peoria; a son, Dale Crane; and a brother, Vern Crane. He was preceded in death by "
     "his parents; a sister, Opal Reese, in 2001; and a son, Rick Crane.",
     "Walter Crane", {"Amy Crane", "Dale Crane", "Rick Crane"}, {"Vern Crane", "Opal Reese"},
     {"Opal Reese": "2001", "Rick Crane": None}),
    ("Lorraine Dietz, 76, of Pella died Sunday at the hospital. Survivors include three daughters, Kim Dietz, "
     "Jill Dietz and Tara Dietz; and a brother, Ray Holm. She was predeceased by a son, Brian Dietz, in 1990; and "
     "a sister, Fern Holm.",
     "Lorraine Dietz", {"Kim Dietz", "Jill Dietz", "Tara Dietz", "Brian Dietz"}, {"Ray Holm", "Fern Holm"},
     {"Brian Dietz": "1990", "Fern Holm": None}),
]


def _both(facts, relation, who):
    return _of(facts, relation, who) | {f[1] for f in facts if f[0] == relation and f[2] == who}


@pytest.mark.parametrize("text, dead, children, siblings, deaths", LISTS)
def test_a_list_without_its_own_subject_is_the_obituarys(nlp, text, dead, children, siblings, deaths):
    facts = _facts(nlp, "date 2021-08-20\n" + text)
    assert children <= _of(facts, "child", dead), facts
    assert siblings <= _both(facts, "sibling", dead), facts
    for who, year in deaths.items():
        assert _of(facts, "death", who) == {year}, (who, facts)


COLUMN = [
    ("Ada Quill, 90, of Lisle died Monday.\n\nRuth Gale, 70, of Avon died Sunday. She married Tom Gale in 1970. "
     "Survivors include a sister, Joan Moss; and a son, Sam Gale.", "Ruth Gale", "Ada Quill", {"Joan Moss"}, {"Sam Gale"}),
    ("Ben Ott, 81, died Friday. Survivors include a son, Al Ott; and a brother, Lou Ott.\n\nMay Finch, 77, died "
     "Saturday. Survivors include a daughter, Lea Finch; and a brother, Roy Dale.", "May Finch", "Ben Ott",
     {"Roy Dale"}, {"Lea Finch"}),
    ("Cora Bell, 95, died Tuesday in Lyle. She ran the diner.\n\nNed Roy, 66, died Wednesday. Ned drove a school bus "
     "for years. Survivors include a brother, Dan Roy; and a son, Kip Roy.", "Ned Roy", "Cora Bell", {"Dan Roy"}, {"Kip Roy"}),
]


@pytest.mark.parametrize("text, dead, other, siblings, children", COLUMN)
def test_a_column_of_obituaries_gives_each_list_to_its_own_paragraphs_dead(nlp, text, dead, other, siblings, children):
    facts = _facts(nlp, "date 2021-08-20\n" + text)
    assert siblings <= _both(facts, "sibling", dead), facts
    assert children <= _of(facts, "child", dead), facts
    assert not ((siblings | children) & (_both(facts, "sibling", other) | _of(facts, "child", other))), facts


# "to the late Walter and Edna Becker", "the son of the late ...": the two parents share the
# surname written once, after "the late" as without it
LATE_PARENTS = [
    ("Harold Becker, 84, died Thursday. He was born March 3, 1938, in Greenfield, Ohio, to the late Walter and "
     "Edna Becker.", "Harold Becker", {"Walter Becker", "Edna Becker"}),
    ("Iris Vane, 79, died Monday. She was the daughter of the late Cyril and Maud Pell of Oxley.", "Iris Vane",
     {"Cyril Pell", "Maud Pell"}),
    ("Otto Lind, 88, died Sunday. Otto was born in Moline to Gus and Hanna Lind, the youngest of six.", "Otto Lind",
     {"Gus Lind", "Hanna Lind"}),
]


@pytest.mark.parametrize("text, child, parents", LATE_PARENTS)
def test_parents_after_the_late_or_born_to_share_the_surname(nlp, text, child, parents):
    facts = _facts(nlp, "date 2022-11-14\n" + text)
    assert parents <= {f[1] for f in facts if f[0] == "child" and f[2] == child}, facts


# "Bill and Joan Prescott of Ashby" where the text also names "Ashby Primary School": the town
# the couple live in, not their workplace
TOWNS = [
    ("Bill and Joan Prescott of Ashby celebrated their golden wedding on Thursday. They married in Ashby in "
     "1973. Their son Dan teaches at Ashby Primary School.", {"Dan"}, "Ashby Primary School"),
    ("Ron and Edna Pike of Milbury celebrated their diamond wedding on Thursday. They married in Milbury in 1963. "
     "Their son Carl teaches at Milbury High School.", {"Carl"}, "Milbury High School"),
    ("Gwen and Arthur Lowe of Milbury celebrated their platinum wedding on Monday. The couple married in Milbury "
     "in 1953, and their granddaughter, Kate Lowe, manages Milbury Library.", {"Kate Lowe"}, "Milbury Library"),
]


@pytest.mark.parametrize("text, staff, org", TOWNS)
def test_of_a_town_that_opens_an_organisations_name_is_no_employer(nlp, text, staff, org):
    facts = _facts(nlp, "date 2023-09-02\n" + text)
    assert {f[1] for f in facts if f[0] == "employer" and f[2] == org} <= staff, facts


# "preceded in death by" with no semicolons: the people named after it died
PREDECEASED = [
    ("Ray Fisk, 79, died Saturday. In addition to his wife, he was preceded in death by his parents and a brother, "
     "Dale Fisk.", {"Dale Fisk": None}),
    ("Opal Dunn, 90, died Monday at home. She was preceded in death by her husband, Vern Dunn, in 2012.",
     {"Vern Dunn": "2012"}),
    ("Hans Brink, 81, died Friday. He was predeceased by his sister, Ada Vik, and his son, Tom Brink.",
     {"Ada Vik": None, "Tom Brink": None}),
]


@pytest.mark.parametrize("text, deaths", PREDECEASED)
def test_the_predeceased_died(nlp, text, deaths):
    facts = _facts(nlp, "date 2023-02-08\n" + text)
    for who, year in deaths.items():
        assert _of(facts, "death", who) == {year}, (who, facts)
