"""Issue 9: a parent described only by a trade ("the daughter of a coal miner") is an unnamed
person of its own, with the child and the trade; the child does not take the trade, and a later
"he" is still the named child. Every sentence is fictional and our own."""

from __future__ import annotations

from tests.test_facts_families import _facts, _run


def test_the_son_of_a_trade_is_an_unnamed_parent_with_that_occupation(nlp):
    facts = _facts(nlp, "date 2024-03-01\nOwain Prys, the son of a slate quarryman, opened the gallery in Bethesda.\n")
    assert ("child", "a slate quarryman", "Owain Prys") in facts
    assert ("occupation", "a slate quarryman", "slate quarryman") in facts
    assert not any(f[0] == "occupation" and f[1] == "Owain Prys" for f in facts)


def test_a_phrase_apposed_to_a_place_is_the_clause_subjects_parent(nlp):
    text = "date 2024-03-01\nLena Morrow grew up in Calder Bank, the daughter of a postman, and now runs the ferry.\n"
    assert ("child", "a postman", "Lena Morrow") in _facts(nlp, text)


def test_the_unnamed_parent_takes_no_later_pronoun(nlp):
    ex, names = _run(nlp, "date 2024-03-01\nTed Orme, the son of a baker, trained in Leeds. He opened his shop in 1999.\n")
    parent = next(e for e in ex.entities if e.name == "a baker")
    assert [m.text for m in parent.mentions] == ["a baker"]
    assert parent.gender is None


def test_a_daughter_of_a_named_family_or_a_place_gives_no_parent(nlp):
    facts = _facts(nlp, "date 2024-03-01\nNell Ashby, a daughter of the parish, read the lesson. Kit Rowe is the son of a wealthy family.\n")
    assert not any(f[0] == "child" for f in facts)


def test_a_parent_phrase_the_parse_hangs_on_a_thing_goes_to_the_name_before_its_comma(nlp):
    # the parser apposes "the daughter ..." to "estate" / "will" / "house"; the child is the
    # person named right before the comma, a life span in parentheses between them or not
    for text, parent, child in [
        ("date 2024-03-01\nAmong the claims was the estate of Morwenna Lusk (1928 - 2021), the daughter of a tin miner from Redruth.\n",
         "a tin miner", "Morwenna Lusk"),
        ("date 2024-03-01\nThe court read the will of Aubrey Thrale, the son of a hill farmer, aloud on Monday.\n",
         "a hill farmer", "Aubrey Thrale"),
        ("date 2024-03-01\nVisitors toured the house of Ottilie Brandes (1901 – 1980), the daughter of a ferryman, last week.\n",
         "a ferryman", "Ottilie Brandes"),
    ]:
        assert ("child", parent, child) in _facts(nlp, text), text
