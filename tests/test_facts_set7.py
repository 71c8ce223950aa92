"""Issue 9, the seventh set's error analysis: general fixes, each checked on fictional
constructions of our own (none copied from an article)."""

from __future__ import annotations

from tests.test_facts_families import _facts


def _sym(facts, rel, a, b):
    return (rel, a, b) in facts or (rel, b, a) in facts


def _parents(facts, child):
    return {f[1] for f in facts if f[0] == "child" and f[2] == child}


# ---- a list of children whose items end on semicolons and open with a description ---------------

def test_semicolon_list_item_opening_with_twins_goes_on(nlp):
    text = ("date 2024-07-23\nDavid and Sarah Pryce, who married in 1990, run the mill. The couple have three children: Dylan, 30, "
            "a baker in Bala; twins Elin and Mari, 26; and the youngest, Gethin, 19.\n")
    facts = _facts(nlp, text)
    for child in ("Dylan", "Elin", "Mari"):
        assert ("child", "David Pryce", child) in facts and ("child", "Sarah Pryce", child) in facts
    assert _sym(facts, "sibling", "Elin", "Mari")


def test_semicolon_list_item_opening_with_an_article_and_adjective(nlp):
    text = ("date 2024-07-23\nJames and Helen Moreno have four sons: Luis, 12, a keen swimmer; the older twins "
            "Daniel and Michael, 15; and a baby, Thomas.\n")
    facts = _facts(nlp, text)
    assert len(_parents(facts, "Daniel")) == 2 and len(_parents(facts, "Michael")) == 2


def test_twins_read_as_a_verb_before_two_names_are_still_siblings(nlp):
    text = ("date 2024-07-23\nGreta Lind has four grandchildren: Oskar, 9, a drummer; twins Saga and Liv, 7; "
            "and Nils, 3.\n")
    assert _sym(_facts(nlp, text), "sibling", "Saga", "Liv")


# ---- a counted object with its colon after a place or time -------------------------------------

def test_counted_children_as_object_with_a_phrase_before_the_colon(nlp):
    text = ("date 2024-07-23\nPeter and Anna Petrenko opened the bakery in 1991. They raised four children in "
            "the rooms behind the ovens: Ivan, 33, Olga, 31, and Yuri, 28.\n")
    facts = _facts(nlp, text)
    for child in ("Ivan", "Olga", "Yuri"):
        assert len(_parents(facts, child)) == 2


def test_counted_children_after_a_time_phrase_before_the_colon(nlp):
    text = ("date 2024-07-23\nJoel and Maria Sandoval married in 1980. They raised two sons on the farm "
            "during the 1990s: Rico, 40, and Mateo, 37.\n")
    facts = _facts(nlp, text)
    assert len(_parents(facts, "Rico")) == 2 and len(_parents(facts, "Mateo")) == 2


def test_a_colon_list_of_a_non_kin_object_gives_no_children(nlp):
    text = ("date 2024-07-23\nNadia and Piers Quill run the inn. They hired three cooks in the spring: Ada, "
            "Bram and Cole.\n")
    facts = _facts(nlp, text)
    assert not any(f[0] == "child" for f in facts)
