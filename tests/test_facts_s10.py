"""Issue 9, set 10 (facts): children a phrasal verb of raising counts and lists ('brought up four
children: A, B ...'), also for the spouse a fronted 'with' phrase names; a count of sons and
daughters added up ('two sons and a daughter') with each listed name's sex in the order written;
'had no children' as a count of none. Fictional sentences of our own, three constructions per fix."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts

D = "date 2024-03-14\n"


# ---- children after a phrasal verb of raising, for both parents of a 'with' phrase ---------------

@pytest.mark.parametrize("text, parents, kids, n", [
    ("Gus Roy coached hockey for 52 years. With his wife of 58 years, Colette, he brought up four children on Birch Street: "
     "Denis, 57, Josee, 55, Luc, 51, and Odette, who was killed in a crash in 1992, at 19.\n",
     ("Gus Roy", "Colette"), ("Denis", "Josee", "Luc", "Odette"), 4),
    ("Mabel Hart ran the post office for years. With her husband, Frank, she brought up three sons above the shop: Alf, 60, Bert, 58, and Cyril, 55.\n",
     ("Mabel Hart", "Frank"), ("Alf", "Bert", "Cyril"), 3),
    ("Ilse Baum taught piano in Graz. She brought up two daughters in a flat on the Ringstrasse: Hanna, 40, and Lotte, 37.\n",
     ("Ilse Baum",), ("Hanna", "Lotte"), 2),
])
def test_children_brought_up_are_listed_and_counted(nlp, text, parents, kids, n):
    facts = _facts(nlp, D + text)
    for p in parents:
        assert ("number_of_children", p, n) in facts, (p, sorted(facts))
        for k in kids:
            assert ("child", p, k) in facts, (p, k)


def test_a_thing_brought_up_is_no_child(nlp):
    facts = _facts(nlp, D + "Omar Said brought up two points at the meeting: the rent and the roof.\n")
    assert not [f for f in facts if f[0] in ("number_of_children", "child")], facts


# ---- sons and daughters added up, their sexes in the order written ------------------------------------

@pytest.mark.parametrize("text, parents, n, genders", [
    ("Edna Pryce married Walter Pryce, a miner, in 1950. He died in 1990. The couple had two sons and a daughter: "
     "Tom, who is 70, Ivor, 68, and Gwen, who died in 2012.\n",
     ("Edna Pryce", "Walter Pryce"), 3, {"Ivor": "male", "Gwen": "female"}),
    ("Rosa Lind married Karl Lind in 1961. The couple had a daughter and two sons: Eva, 60, Nils, 58, and Per, 55.\n",
     ("Rosa Lind", "Karl Lind"), 3, {"Eva": "female", "Per": "male"}),
    ("Joan Tull wed Harry Tull in 1970, and they raised three daughters and a son: Amy, Beth, Cara and Dan.\n",
     ("Joan Tull", "Harry Tull"), 4, {"Amy": "female", "Dan": "male"}),
])
def test_two_counts_of_two_sexes_add_up(nlp, text, parents, n, genders):
    facts = _facts(nlp, D + text)
    for p in parents:
        assert ("number_of_children", p, n) in facts, (p, sorted(facts))
    for name, g in genders.items():
        other = "female" if g == "male" else "male"
        assert ("gender", name, other) not in facts, name


def test_two_sexes_with_too_few_names_give_no_sex(nlp):
    facts = _facts(nlp, D + "Ruth Obi married Sam Obi in 1990. The couple have two sons and a daughter: Ike and Ada.\n")
    assert not [f for f in facts if f[0] == "gender" and f[1] in ("Ike", "Ada") and f[2] == "male"] or \
        not [f for f in facts if f[0] == "gender" and f[1] in ("Ike", "Ada") and f[2] == "female"], facts


# ---- no children --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, who", [
    ("Dr Ruth Vance, who died in May at 90, left her house to the library. She had no children.\n", "Ruth Vance"),
    ("Pim Dekker took the farm over from his uncle, the late Joop Dekker, who had no children.\n", "Joop Dekker"),
    ("Agnes Moll, 77, has no children and has left her savings to the lifeboat station.\n", "Agnes Moll"),
])
def test_no_children_is_a_count_of_none(nlp, text, who):
    assert ("number_of_children", who, 0) in _facts(nlp, D + text)


@pytest.mark.parametrize("text", [
    "Len Ash had no sons, and his daughter, Kay Ash, runs the mill.\n",
    "Kit Dunn, 50, said the village school had no children left by 2019.\n",
])
def test_no_sons_or_no_children_in_mind_counts_nothing(nlp, text):
    facts = _facts(nlp, D + text)
    assert not [f for f in facts if f[0] == "number_of_children" and f[2] == 0], facts


# ---- trades the occupation lexicon lacked -----------------------------------------------------------

@pytest.mark.parametrize("text, who, job", [
    ("Her grandmother, Nell Pike (1890-1961), a laundress, raised six children in Salford.\n", "Nell Pike", "laundress"),
    ("Ron Tait, 70, a retired linesman, refereed the derby for twenty years.\n", "Ron Tait", "linesman"),
    ("Mari Ruatapu, 36, a qualified wool classer, came home in 2020.\n", "Mari Ruatapu", "wool classer"),
    ("Her brother, Owen Price, 45, is a shearing contractor in Otago.\n", "Owen Price", "shearing contractor"),
    ("Sid Cole, a millwright at the paper mill, retired in 1999.\n", "Sid Cole", "millwright"),
])
def test_listed_trades_are_occupations(nlp, text, who, job):
    assert ("occupation", who, job) in _facts(nlp, D + text)


# ---- a teaching post held now at a named school ---------------------------------------------------

@pytest.mark.parametrize("text, who", [
    ("Kirsty Bell, who is forty and teaches at Kurow Area School, said she would help.\n", "Kirsty Bell"),
    ("Her brother, Tom Reed, 58, lives in Ashby and teaches at Ashby Grammar School.\n", "Tom Reed"),
    ("Leila Haddad teaches at Westbrook Academy in Croydon.\n", "Leila Haddad"),
    # what is taught does not hide the post (the gold's convention since 2026-12-01, 78b6ac2)
    ("Dev Rao teaches maths at Elm Park Academy. He coaches its rugby team.\n", "Dev Rao"),
])
def test_teaches_at_a_named_school_is_a_title(nlp, text, who):
    assert ("title", who, "teacher") in _facts(nlp, D + text)


@pytest.mark.parametrize("text, who", [
    ("Sister Agnes Doyle, who taught at Kilmore National School from 1950 to 1980, died in May.\n", "Agnes Doyle"),
])
def test_a_past_teaching_post_gives_no_title(nlp, text, who):
    assert not [f for f in _facts(nlp, D + text) if f[0] == "title" and f[2] == "teacher"]


# ---- a birth with no time ----------------------------------------------------------------------

@pytest.mark.parametrize("text, who", [
    ("Mrs Pell, who turned 90 last week, was born in a terraced house in Leeds.\n", "Pell"),
    ("Tariq Aziz was born above his father's shop on Canal Street and never left the town.\n", "Tariq Aziz"),
    ("She was born in a farmhouse near Ennis, said her daughter, Maeve Quinn.\n", "Maeve Quinn"),
])
def test_a_birth_with_no_time_is_no_event(nlp, text, who):
    assert not [f for f in _facts(nlp, D + text) if f[0] == "event" and f[2] == "birth"]


@pytest.mark.parametrize("text, who", [
    ("Tariq Aziz was born in 1961 above his father's shop.\n", "Tariq Aziz"),
    ("Marta Vidal, a nurse, was born in March 1990 in Girona.\n", "Marta Vidal"),
    ("Their son, Luca, was born on Tuesday at the county hospital.\n", "Luca"),
])
def test_a_dated_birth_is_an_event(nlp, text, who):
    assert ("event", who, "birth") in _facts(nlp, D + text)


# ---- a title before a name, its organisation after a comma and 'of' -------------------------------

@pytest.mark.parametrize("text, who, title, org", [
    ("Retail analyst Ben Oduya, of Marsh Capital in Leeds, said the deal was sensible.\n", "Ben Oduya", "analyst", "Marsh Capital"),
    ("Managing director Hilde Brandt, of Kessler Logistics, said the depot would stay open.\n", "Hilde Brandt", "managing director", "Kessler Logistics"),
    ("Chief executive Rob Tenney, of Fenwick Holdings, declined to comment.\n", "Rob Tenney", "chief executive", "Fenwick Holdings"),
])
def test_title_name_comma_of_organisation(nlp, text, who, title, org):
    facts = _facts(nlp, D + text)
    assert ("employer", who, org) in facts, sorted(facts)
    assert any(f[0] == "title" and f[1] == who and str(f[2]).endswith(title.split()[-1]) for f in facts), sorted(facts)


@pytest.mark.parametrize("text, who", [
    ("Analyst Ben Oduya, of York, said the deal was sensible.\n", "Ben Oduya"),
    ("Presenter Owen Tate, of Leeds, said he would return.\n", "Owen Tate"),
])
def test_a_hometown_after_the_comma_is_no_employer(nlp, text, who):
    assert not [f for f in _facts(nlp, D + text) if f[0] == "employer"]


# ---- an age at death before the year -----------------------------------------------------------

@pytest.mark.parametrize("text, who, age", [
    ("Her husband, Walter Osgood, a chemistry teacher, died at 70 in 1998.\n", "Walter Osgood", 70),
    ("Ken Roe died at 84 in 2003 after a long illness.\n", "Ken Roe", 84),
    ("The founder, Ada Birch, died at 91 in 1987, and the shop passed to her niece.\n", "Ada Birch", 91),
])
def test_died_at_an_age_in_a_year(nlp, text, who, age):
    facts = _facts(nlp, D + text)
    assert ("age", who, age) in facts, sorted(facts)


def test_arrived_at_ten_is_no_age(nlp):
    facts = _facts(nlp, D + "Lia Ford arrived at 10 in 2015 to open the shop.\n")
    assert not [f for f in facts if f[0] == "age"], facts
