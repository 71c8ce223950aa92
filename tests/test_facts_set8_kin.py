"""Issue 9, set 8 (kin): lists of children whose items carry clauses, counts on a second verb,
'whose' clauses past a parenthesis or joined to a first relative clause, 'wed' as one word,
and parents known only by a trade. Fictional sentences of our
own, three constructions per fix."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts

D = "date 2024-07-23\n"


# ---- a list whose items are described by clauses -------------------------------------------------

@pytest.mark.parametrize("text, parents, kids", [
    ("Amos and Vera Tull, who married in 1960, farm near Ely. The Tulls have three sons: Joel, 44, who runs a garage with his wife, Ruth; "
     "Eli, 41, a pilot for Northwind Air; and Sam, who teaches in Leeds.\n", ("Amos Tull", "Vera Tull"), ("Joel", "Eli", "Sam")),
    ("Hal Stroud and his wife, Una, live in Bath. They have two sons: Kit, who works with his partner, Nell Ash, in Bristol; and Rory, 30.\n",
     ("Hal Stroud", "Una"), ("Kit", "Rory")),
    ("Gus and Ida Brenn, who married in 1979, keep bees. The Brenns have three sons: Otto, who cooks at Marlow Grill with his wife, Ann; Piet, 29; and Wim, a nurse.\n",
     ("Gus Brenn", "Ida Brenn"), ("Otto", "Piet", "Wim")),
])
def test_semicolon_items_with_a_clause_or_a_firm_stay_in_the_list_and_take_the_nouns_gender(nlp, text, parents, kids):
    facts = _facts(nlp, D + text)
    for p in parents:
        for k in kids:
            assert ("child", p, k) in facts
        assert ("number_of_children", p, len(kids)) in facts
    for k in kids:
        # "sons" says they are male; the "wife" or "partner" inside an item says nothing of the next one
        assert ("gender", k, "male") in facts and ("gender", k, "female") not in facts


@pytest.mark.parametrize("text, parent, kids", [
    ("Lena Voss and her husband, Carl, have two daughters: Ada, 31, an engineer in Cape Town, and Bea, who is 26.\n",
     "Lena Voss", ("Ada", "Bea")),
    ("Ruth Kemp raised four children: Tom, 39, Ann, 37, Joy, who is 32, and Ned, who died in 2009.\n",
     "Ruth Kemp", ("Tom", "Ann", "Joy", "Ned")),
    ("Omar Haddad has three children: Laila, a doctor at St Jude Hospital, David, who lives in Lyon, and Emma.\n",
     "Omar Haddad", ("Laila", "David", "Emma")),
])
def test_a_comma_list_goes_on_past_a_relative_clause_or_a_description_ending_in_a_place(nlp, text, parent, kids):
    facts = _facts(nlp, D + text)
    for k in kids:
        assert ("child", parent, k) in facts


def test_a_firm_named_sons_in_the_list_does_not_stop_the_count(nlp):

    for text, who, n in [
        ("Dora Pike and her husband, Len, have two daughters: Mae, who runs Pike & Sons, and Flo.\n", "Dora Pike", 2),
        ("Ivo Marsh and his wife, Tess, have three daughters: Kay, of Marsh Sons Ltd; Lou; and Bel.\n", "Ivo Marsh", 3),
        ("Ray Combe and his wife, Gail, have two sons: Al, a partner at Combe & Sons, and Ben.\n", "Ray Combe", 2),
    ]:
        assert ("number_of_children", who, n) in _facts(nlp, D + text), text


@pytest.mark.parametrize("text, pair, n", [
    ("Noel Hart and his wife, Iris, married in 1980 and raised three children in Derby: Sid, Pat and Lou.\n", ("Noel Hart", "Iris"), 3),
    ("Jon Ellery and his wife, Meg, married in 1990 and have two sons.\n", ("Jon Ellery", "Meg"), 2),
    ("Abe Lutz and his wife, Cora, moved to Hull in 1975 and had four children.\n", ("Abe Lutz", "Cora"), 4),
])
def test_a_count_on_a_second_verb_belongs_to_the_first_verbs_subject(nlp, text, pair, n):
    facts = _facts(nlp, D + text)
    for p in pair:
        assert ("number_of_children", p, n) in facts


# ---- whose ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, child, parent", [
    ("The inn was built by the late Owen Rhys (1901 - 1970), whose mother, Mair, baked its bread.\n", "Owen Rhys", "Mair"),
    ("Its manager, Priya Nair (44), whose father, Ravi Nair, founded it, spoke on Monday.\n", "Priya Nair", "Ravi Nair"),
    ("The mill passed to Hugo Lind (1880 - 1951), whose own mother, Britt Lind, had run it.\n", "Hugo Lind", "Britt Lind"),
])
def test_whose_after_a_parenthesis_is_the_name_before_it(nlp, text, child, parent):
    assert ("parent", child, parent) in _facts(nlp, D + text)


@pytest.mark.parametrize("text, a, b", [
    ("The oldest driver is Alun Rees, 68, who has driven since 1975 and whose wife, Gwen, keeps the books.\n", "Alun Rees", "Gwen"),
    ("We spoke to Tomas Berg, who grew up in Umea and whose wife, Lise Berg, teaches there.\n", "Tomas Berg", "Lise Berg"),
    ("The prize went to Rosa Quint, who trained in Rome and whose husband, Dario, is a painter.\n", "Rosa Quint", "Dario"),
])
def test_whose_joined_to_a_first_relative_clause_hangs_from_the_same_name(nlp, text, a, b):
    facts = _facts(nlp, D + text)
    assert ("spouse", a, b) in facts or ("spouse", b, a) in facts


# ---- wed ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, pair, n", [
    ("Gareth Bevan and Nia Bevan wed at Soar Chapel in 1969, and they had three children.\n", ("Gareth Bevan", "Nia Bevan"), 3),
    ("Ken Mori and his wife, Hana, met in Osaka, wed in 1988 and have two daughters.\n", ("Ken Mori", "Hana"), 2),
    ("Tim Doyle and Rose Doyle wed in 2001. They have four children.\n", ("Tim Doyle", "Rose Doyle"), 4),
])
def test_wed_is_one_verb_and_the_couple_has_the_count(nlp, text, pair, n):
    doc = nlp(text)
    wed = next(t for t in doc if t.lower_ == "wed")
    assert wed.lemma_ == "wed"
    facts = _facts(nlp, D + text)
    a, b = pair
    assert ("event", a, b) in facts or ("event", b, a) in facts
    assert ("number_of_children", a, n) in facts and ("number_of_children", b, n) in facts


# ---- parents known by a trade -------------------------------------------------------------------

@pytest.mark.parametrize("text, child, trade", [
    ("Mair Lloyd, 77, a retired school cook and the daughter of a slate miner, lives in Bala.\n", "Mair Lloyd", "slate miner"),
    ("Anita Rao (84), a retired lecturer and the daughter of a Munnar tea planter, spoke on Friday.\n", "Anita Rao", "tea planter"),
    ("Greta Holm, 90, the daughter of a net-maker, still walks to the quay.\n", "Greta Holm", "net-maker"),
])
def test_a_parent_known_by_a_trade_in_a_second_description(nlp, text, child, trade):
    facts = _facts(nlp, D + text)
    parent = next((f[1] for f in facts if f[0] == "child" and f[2] == child), None)
    assert parent is not None
    assert ("occupation", parent, trade) in facts


@pytest.mark.parametrize("text, child, trade, other", [
    ("Tom Hale, 50, runs the shop. He is the son of a rail dispatcher and of the late Ann Hale.\n", "Tom Hale", "rail dispatcher", "Ann Hale"),
    ("Rita Moss, 40, is the daughter of a train dispatcher and of the late Joan Moss.\n", "Rita Moss", "train dispatcher", "Joan Moss"),
    ("Ben Cole, 61, is the son of a bus driver and of the late Mary Cole.\n", "Ben Cole", "bus driver", "Mary Cole"),
])
def test_the_son_of_a_trade_and_of_a_named_parent(nlp, text, child, trade, other):
    facts = _facts(nlp, D + text)
    assert ("child", other, child) in facts
    assert any(f[0] == "occupation" and f[2] == trade for f in facts)

