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


# ---- a named animal with an age and a he/she of its own is no person ---------------------------

def _entities(nlp, text: str) -> dict[str, tuple]:
    ex, _ = _run(nlp, text)
    return {e.name: (e.type, e.gender) for e in ex.entities}


def test_a_kelpie_with_an_age_named_again_later(nlp):
    text = ("date 2023-03-04\nThe dog trial was won by Dean Morrow's kelpie, Banjo, who is six. Morrow, a fencer, "
            "said Banjo had never done a day's work he didn't enjoy.\n")
    ents = _entities(nlp, text)
    assert ents["Banjo"][0] != "PERSON"
    assert ents["Dean Morrow"] == ("PERSON", None)


def test_a_mare_whose_she_is_her_own(nlp):
    text = ("date 2023-03-04\nThe hack class went to Ann Roe's mare, Clover, who is nine. Roe said Clover always "
            "knew when she was being watched.\n")
    ents = _entities(nlp, text)
    assert ents["Clover"][0] != "PERSON"
    assert ents["Ann Roe"] == ("PERSON", None)


def test_a_collie_named_twice_and_its_owner_called_he(nlp):
    text = ("date 2023-03-04\nThe sheepdog class went to Ailsa Grant's collie, Fern, who is eight. Tom Hale said "
            "Fern had never missed a sheep she was sent for, and he was pleased for Grant.\n")
    ents = _entities(nlp, text)
    assert ents["Fern"][0] != "PERSON"
    assert ents["Tom Hale"] == ("PERSON", "male")


# ---- a shop named with an honorific, and brands named before 'brands' ------------------------

def test_a_shop_named_after_a_mama_is_no_person(nlp):
    text = ("date 2024-07-30\nIts main stockist, Mama Ronke Stores of Yaba, has no link to the family, a spokesman said. "
            "Ola Bello said Mama Ronke Stores had sold the paint since 1990.\n")
    ents = _entities(nlp, text)
    assert not any(t == "PERSON" and "Stores" in n for n, (t, _) in ents.items())


def test_names_before_brands_are_products(nlp):
    text = "date 2024-07-30\nIts soaps are sold across East Africa under the Kingfisher and Mary Rose brands.\n"
    assert _entities(nlp, text)["Mary Rose"][0] != "PERSON"


def test_a_person_like_brand_name_in_a_pair_of_brands(nlp):
    text = "date 2024-07-30\nThe coffee is roasted in Lagos and sold under the Sunbird and Ruth Adeyinka brands.\n"
    assert _entities(nlp, text).get("Ruth Adeyinka", ("ORG",))[0] != "PERSON"


def test_a_person_like_name_before_labels(nlp):
    text = "date 2024-07-30\nThe dairy sells its yoghurt under the Hill Top and Martha Jones labels.\n"
    assert _entities(nlp, text).get("Martha Jones", ("ORG",))[0] != "PERSON"
