"""Issue 9: 'Its POST, NAME' when the sentence before names no organisation: the organisation
referred to in the two sentences before (the article's own first, else the subject two
sentences back), and a chief or head named this way works there."""

from __future__ import annotations

from tests.test_facts_families import _facts, _of

D = "date 2024-06-11\n"



def test_its_after_a_sentence_about_a_person(nlp):
    facts = _facts(nlp, D + "The Wattle Creek Show Society's 120th show drew its biggest crowd since 1988. Society "
                            "president Lachlan Dwyer said takings were up. Its secretary, Sue Hendry, has organised "
                            "her last show.\n")
    assert "Wattle Creek Show Society" in _of(facts, "employer", "Sue Hendry")


def test_its_chief_two_sentences_after_the_brigade(nlp):
    facts = _facts(nlp, D + "The Ridgeback Fire Brigade lost two trucks in the blaze. Volunteers worked through the "
                            "night, and residents brought food. Its chief, Maria Ocampo, said no one was hurt.\n")
    assert "Ridgeback Fire Brigade" in _of(facts, "employer", "Maria Ocampo")


def test_its_head_after_a_quoted_sentence(nlp):
    facts = _facts(nlp, D + "The Harrow Lane Allotment Association won the county prize on Friday. \"We dug for "
                            "years,\" one member said. Its head, Colin Vane, 70, collected the cup.\n")
    assert "Harrow Lane Allotment Association" in _of(facts, "employer", "Colin Vane")
