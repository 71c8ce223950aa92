"""Parents in British engagement and wedding notices (issue 9; fictional notices written for
these tests): "only son of the late Mr Peter Ashdown and of Mrs Jane Ashdown" names both
parents past the second one's title; in "Oliver, son of Mr and Mrs Simon Grant, of Edinburgh,
and Eleanor, daughter of Mrs Rachel Whitby" Eleanor, who has a kin noun of her own, is the other
party, not a second parent of Oliver."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts

D = "date 2024-02-10\n"


def _parents(facts, child):
    return {f[1] for f in facts if f[0] == "child" and f[2] == child}


SECOND_TITLE = [
    ("The engagement is announced between Thomas, only son of the late Mr Peter Ashdown and of Mrs Jane Ashdown, "
     "of Lewes, and Emma Fry, of Hove.", "Thomas", {"Peter Ashdown", "Jane Ashdown"}),
    ("Mr Neil Orme, son of Mr Carl Orme and of Mrs Wendy Tait, of Derby, married Miss Ruth Lane on Saturday.",
     "Neil Orme", {"Carl Orme", "Wendy Tait"}),
    ("Dr Ayo Bello, the daughter of the late Dr Femi Bello and of Mrs Grace Bello, has been appointed to the "
     "board.", "Ayo Bello", {"Femi Bello", "Grace Bello"}),
]


@pytest.mark.parametrize("text, child, parents", SECOND_TITLE)
def test_a_second_parent_after_and_of_and_a_title(nlp, text, child, parents):
    assert parents <= _parents(_facts(nlp, D + text), child)


OTHER_PARTY = [
    ("The engagement is announced between Oliver, younger son of Mr and Mrs Simon Grant, of Edinburgh, and "
     "Eleanor, daughter of Mrs Rachel Whitby, of Norwich.", "Oliver", "Eleanor"),
    ("The engagement is announced between Edward, elder son of Mr and Mrs John Hunt, of Bristol, and Victoria, "
     "daughter of Mrs Jane Cole, of Bath.", "Edward", "Victoria"),
    ("The engagement is announced between Daniel, only son of Mr and Mrs Mark Fox, of Ely, and Catherine, daughter "
     "of Mr Hugh Page, of Wells.", "Daniel", "Catherine"),
]


@pytest.mark.parametrize("text, child, other", OTHER_PARTY)
def test_the_other_party_with_a_kin_noun_of_its_own_is_no_parent(nlp, text, child, other):
    facts = _facts(nlp, D + text)
    assert other not in _parents(facts, child), facts
    assert len(_parents(facts, child)) >= 1, facts


# "Peter and Mary Banks, who celebrate their diamond wedding this month": a wedding anniversary
# of the two named together says they are married to each other
ANNIVERSARIES = [
    ("Congratulations to Peter and Mary Banks, who celebrate their diamond wedding this month. Their granddaughter, "
     "Chloe Banks, will read at the service.", "Peter Banks", "Mary Banks"),
    ("Len and Iris Batt marked their ruby wedding on Saturday with a party at the Corn Exchange.", "Len Batt",
     "Iris Batt"),
    ("Friends of Arthur and Nell Quinn gathered on Sunday for their 60th wedding anniversary at the Swan.",
     "Arthur Quinn", "Nell Quinn"),
]


@pytest.mark.parametrize("text, one, other", ANNIVERSARIES)
def test_a_pair_with_a_wedding_anniversary_are_spouses(nlp, text, one, other):
    facts = _facts(nlp, D + text)
    assert ("spouse", one, other) in facts or ("spouse", other, one) in facts, facts
