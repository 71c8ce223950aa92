"""Issue 9, gold-dev2 fact rules: the death-notice register, parallel possessives in a notice's
lists, children reared by a couple, couples named together, roles a 'whose' clause, an
election or a founding gives. Fictional sentences of our own, three constructions per fix,
with negatives."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts

D = "date 2024-03-14\n"


# ---- "The death has occurred of X" -----------------------------------------------------------

@pytest.mark.parametrize("text, who, date, age", [
    ("The death has occurred of Cormac Deery, of Deery's Garage, Ballyfin, suddenly at his home on Tuesday, aged 71.\n",
     "Cormac Deery", "2024-03-12", 71),
    ("The death has taken place of Eileen Roche, late of Mill Road, Kilcarne, peacefully on Monday, aged 93.\n",
     "Eileen Roche", "2024-03-11", 93),
    ("The death occurred of Fintan Lowry, formerly of Glenmore, peacefully at his home on Sunday, aged 88.\n",
     "Fintan Lowry", "2024-03-10", 88),
])
def test_death_notice_register_is_a_death_with_its_age(nlp, text, who, date, age):
    facts = _facts(nlp, D + text)
    assert ("death", who, date) in facts
    assert ("age", who, age) in facts


@pytest.mark.parametrize("text", [
    "A death occurred in the ward of Tullow Hospital on Sunday, the coroner Aidan Roche said.\n",
    "The death of the old mill occurred to Marian Keogh as a loss to the whole village.\n",
    "Nessa Quirke said no death had occurred at the quarry since 1990.\n",
])
def test_a_death_with_no_person_after_of_names_nobody(nlp, text):
    facts = _facts(nlp, D + text)
    assert not any(f[0] == "death" for f in facts), facts


# ---- "Predeceased by his wife X and his brother Y" -----------------------------------------------

@pytest.mark.parametrize("text, owner, spouse, sib", [
    ("Jarlath Moran was buried on Friday. Predeceased by his beloved wife Maura (née Keane) and his brother Colm.\n",
     "Jarlath Moran", "Maura", "Colm"),
    ("Owen Tully was laid to rest in Cong. Predeceased by his wife Sadie and his sister Peg. Sadly missed by his son Kevin.\n",
     "Owen Tully", "Sadie", "Peg"),
    ("Delia Furlong died at home. Predeceased by her husband Mattie and her brother Fergal.\n",
     "Delia Furlong", "Mattie", "Fergal"),
])
def test_two_relatives_with_their_own_possessives_share_the_owner(nlp, text, owner, spouse, sib):
    facts = _facts(nlp, D + text)
    assert ("spouse", owner, spouse) in facts or ("spouse", spouse, owner) in facts
    assert ("sibling", owner, sib) in facts or ("sibling", sib, owner) in facts
    assert ("sibling", spouse, sib) not in facts and ("sibling", sib, spouse) not in facts


@pytest.mark.parametrize("text, a, b", [
    # a man named before "and his brother" is still the brother's sibling
    ("Declan Moore and his brother Eoin ran the shop for forty years.\n", "Declan Moore", "Eoin"),
    ("Brenda Lyons and her sister Moya opened a cafe in Tralee.\n", "Brenda Lyons", "Moya"),
    ("Fergus Kane and his sister Orla Kane, 58, run the farm.\n", "Fergus Kane", "Orla Kane"),
])
def test_name_before_and_his_brother_still_owns_the_relative(nlp, text, a, b):
    facts = _facts(nlp, D + text)
    assert ("sibling", a, b) in facts or ("sibling", b, a) in facts


# ---- "the couple reared three children" ----------------------------------------------------------

@pytest.mark.parametrize("text, parents, n", [
    ("Sadly missed by his sons John and Michael, daughter Mary. Tadhg Nolan married Ita Ryan in 1960, "
     "and the couple reared three children on the farm.\n", ("Tadhg Nolan", "Ita Ryan"), 3),
    ("Mourned by his daughters Ailbhe and Roisin. Seamus Kerr married Nuala Hynes in 1971 and the couple reared two children above the shop.\n",
     ("Seamus Kerr", "Nuala Hynes"), 2),
    ("Gerard Walsh and his wife, Peig, reared four children in Clonmel.\n", ("Gerard Walsh", "Peig"), 4),
])
def test_reared_counts_a_couples_children(nlp, text, parents, n):
    facts = _facts(nlp, D + text)
    for p in parents:
        assert ("number_of_children", p, n) in facts, p


def test_reared_children_are_the_ones_the_text_named_for_one_partner(nlp):
    facts = _facts(nlp, D + "The death has occurred of Tadhg Nolan, of Main Street, Cong, on Monday, aged 90. Sadly missed "
                              "by his sons John and Michael, daughter Mary. Nolan married Ita Ryan in 1960, and the couple "
                              "reared three children on the farm.\n")
    for kid in ("John", "Michael", "Mary"):
        assert ("child", "Ita Ryan", kid) in facts, kid


def test_a_count_that_differs_from_the_named_children_gives_no_shared_child(nlp):
    # two named, four reared: a child may come from another marriage, so none is inferred
    facts = _facts(nlp, D + "The death has occurred of Tadhg Nolan, of Main Street, Cong, on Monday, aged 90. Sadly missed "
                              "by his sons John and Michael. Nolan married Ita Ryan in 1960, and the couple reared four children "
                              "on the farm.\n")
    assert ("child", "Tadhg Nolan", "John") in facts
    assert not any(f[0] == "child" and f[1] == "Ita Ryan" for f in facts), facts


def test_reared_cattle_is_no_count_of_children(nlp):
    facts = _facts(nlp, D + "Nuala Hynes and her husband, Seamus, reared three hundred cattle on the hill.\n")
    assert not any(f[0] == "number_of_children" for f in facts), facts


# ---- "Travis and Jolene Brandt": a couple named together -----------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("Milo is the son of Garrett and Dawn Pruitt, who grow soybeans near Adair.\n", "Garrett", "Dawn Pruitt"),
    ("The mill dates to 1911, when Amos and Ida Kettering, homesteaders from Ohio, dammed the creek.\n", "Amos", "Ida Kettering"),
    ("The prize heifer was bred by Luis and Marisol Ybarra of Kearney, who moved there in 2009.\n", "Luis", "Marisol Ybarra"),
])
def test_two_first_names_and_one_surname_are_a_couple(nlp, text, a, b):
    facts = _facts(nlp, D + text)
    pairs = {(f[1], f[2]) for f in facts if f[0] == "spouse"}
    assert any(x.startswith(a) and y == b or y.startswith(a) and x == b for x, y in pairs), facts


@pytest.mark.parametrize("text", [
    "Her sons, Wade and Colby Pruitt, farm the land now.\n",
    "The club was started by the brothers Amos and Eli Kettering in 1911.\n",
    "Nora and Bess Ybarra, sisters who run the bakery, won the prize.\n",
])
def test_a_pair_named_as_other_relatives_is_no_couple(nlp, text):
    facts = _facts(nlp, D + text)
    assert not any(f[0] == "spouse" for f in facts), facts
