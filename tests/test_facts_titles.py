"""Titles that need no organisation, before a name: 'Commissioner X', 'Detective Sergeant X',
'Councillors X and Y'. Fictional sentences of our own."""

from __future__ import annotations

from tests.test_facts_families import _facts


def _titles(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, v) for r, s, v in _facts(nlp, text) if r == "title"}


def test_a_capitalised_title_before_one_name(nlp):
    assert ("Orla Pennick", "commissioner") in _titles(nlp, "date 2023-04-02\nCommissioner Orla Pennick voted against the plan.\n")
    assert ("Dev Amberley", "detective sergeant") in _titles(
        nlp, "date 2023-04-02\nDetective Sergeant Dev Amberley said the inquiry had taken two years.\n")
    assert ("Hal Brewin", "councillor") in _titles(nlp, "date 2023-04-02\nThe motion was seconded by Councillor Hal Brewin on Monday.\n")


def test_a_capitalised_plural_title_before_a_list_of_names(nlp):
    titles = _titles(nlp, "date 2023-04-02\nVoting for the budget were Councillors Tamsin Drew, Peter Okoro and Margaret Vale.\n")
    assert {("Tamsin Drew", "councillor"), ("Peter Okoro", "councillor"), ("Margaret Vale", "councillor")} <= titles
    titles = _titles(nlp, "date 2023-04-02\nThe plan was opposed by Commissioners Ruth Kinsale and Abe Moreno.\n")
    assert {("Ruth Kinsale", "commissioner"), ("Abe Moreno", "commissioner")} <= titles


def test_a_plural_word_that_is_no_such_title_gives_none(nlp):
    # "Ministers" is a listed title, but "Stevens Mill" is no list of people after it
    titles = _titles(nlp, "date 2023-04-02\nThe Harpers Lane bakery hired Nia Cole and Ben Hart last spring.\n")
    assert not any(v in ("harper", "commissioner") for _, v in titles)
