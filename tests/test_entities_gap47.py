"""Pronoun rules of helper gap47, all at extraction only (binding.py): a possessive in a phrase on
an adjective that is a copula's complement belongs to the copula's subject, also a relative
pronoun's noun ("Amy Lark, a nurse who is bored with her job"); a possessive in a relative clause
whose relative pronoun is its subject belongs to the relative's noun rather than repeating the same
possessive met earlier in the sentence (relative_first), unless that earlier one is on the relative
noun's own phrase ("thanked his wife, Mary, who ran his office"). Fictional articles written for
these tests, run through the whole pipeline."""

from __future__ import annotations

from tests.test_entities_binding import D, _linked, _name
from tests.test_facts_families import _run


def _who(nlp, body: str, needle: str, word: str) -> str | None:
    text = D + body + "\n"
    ex, _ = _run(nlp, text)
    return _name(_linked(ex, text, needle, word))


def test_a_possessive_on_an_adjective_s_phrase_is_the_relative_noun_s(nlp):
    body = ("Tova Brenn wrote the play in 1921. In it, Greta Lund plays Amy Winthrop, a wife who is bored "
            "with her traditional husband.")
    assert _who(nlp, body, "her traditional", "her") == "Amy Winthrop"


def test_a_possessive_in_a_subject_relative_is_the_relative_noun_s(nlp):
    body = ("After the success of her first novel, Ada Voss hastily penned a sequel centering on the life "
            "and loves of the bestselling author Lena Holt, who follows in the footsteps of her mother.")
    assert _who(nlp, body, "her mother", "her") == "Lena Holt"


def test_a_possessive_on_the_relative_noun_s_own_phrase_is_repeated(nlp):
    body = ("The council's outgoing leader, Gordon Pryce, 71, lost the Abbey ward by 41 votes. Pryce thanked "
            "his wife of four decades, Marjorie, who ran his campaign office, and paid tribute to his late "
            "father, Dennis Pryce.")
    assert _who(nlp, body, "his campaign", "his") == "Gordon Pryce"


def test_with_a_name_as_her_role_is_not_her(nlp):
    # "as" hung on the verb (or on the star) by the parser: the role is still Vera Moss's
    body = ("The silent film opened in 1928. The film starred Greta Lund, with Vera Moss as her domineering "
            "mother, Paul Ek, and Hans Berg.")
    assert _who(nlp, body, "her domineering", "her") != "Vera Moss"
