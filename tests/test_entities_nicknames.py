"""A nickname inside a full name ("Margaret 'Peggy' Olsen", 'Thomas ("Tam") McLeish') is one
person, found again by the bare surname; and a two-word name the tagger took for a place is a
person when a person's noun is apposed to it ("Gethin Rhys, a farmer who died ..."). Fictional
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_entities_dev2 import _show
from tests.test_facts_families import _facts, _of


@pytest.mark.parametrize(
    "text, full, age",
    [
        ("date 2024-03-05\nA bench at Kellerton Oval will honour Margaret \"Peggy\" Olsen, the netball coach "
         "who died on Friday aged 84. Olsen, a retired nurse, coached for forty years.", 'Margaret "Peggy" Olsen', 84),
        ("date 2023-11-14\nTrainer William 'Billy' Archer has been banned for six months. Archer, 47, told the "
         "panel he would appeal. His wife, Joanne Archer, owns the stables.", "William 'Billy' Archer", 47),
        ("date 2025-06-02\nFriends gathered on Sunday to remember Thomas (\"Tam\") McLeish, a fisherman from "
         "Ullapool, who drowned last month aged 39. McLeish leaves a daughter, Isla, 6.", 'Thomas ("Tam") McLeish', 39),
        ("date 2022-08-09\nA park in Geelong will be named after Bruce 'Bluey' Templeton, the lifeguard who "
         "rescued 14 swimmers. Templeton, 71, still swims every morning.", "Bruce 'Bluey' Templeton", 71),
    ],
)
def test_a_nickname_inside_a_name_is_one_person(nlp, text, full, age):
    facts = _facts(nlp, text)
    assert _of(facts, "age", full) == {age}, facts
    people = {f[1] for f in facts} | {f[2] for f in facts if isinstance(f[2], str)}
    first, last = full.split()[0], full.split()[-1]
    assert first not in people and last not in people, facts


def test_a_nickname_keeps_two_namesakes_apart(nlp):
    facts = _facts(nlp, "date 2023-11-14\nTrainer William 'Billy' Archer has been banned for six months. "
                        "Archer, 47, told the panel he would appeal. His wife, Joanne Archer, owns the stables.")
    assert _of(facts, "age", "Joanne Archer") == set(), facts
    assert _of(facts, "spouse", "William 'Billy' Archer") == {"Joanne Archer"}, facts


@pytest.mark.parametrize(
    "text, name, job",
    [
        ("date 2025-02-03\nThe race is run in memory of Gethin Rhys, a farmer who died in 2019 aged 58. "
         "Rhys, the club's founder, ran it for years.", "Gethin Rhys", "farmer"),
        ("date 2024-06-30\nThe new footbridge is named after Bryn Tudor, a blacksmith who built the first one "
         "in 1962. Tudor died in 2001.", "Bryn Tudor", "blacksmith"),
        ("date 2025-01-14\nThe award went to Gethin Rhys, the school's caretaker, for thirty years of service.",
         "Gethin Rhys", "caretaker"),
    ],
)
def test_a_place_tagged_name_with_a_persons_noun_apposed_is_a_person(nlp, text, name, job):
    from tests.test_entities_general import entities_of

    ents = entities_of(nlp, text)
    held = [e for e in ents if e.name == name]
    assert held and held[0].type == "PERSON", _show(ents)
    facts = _facts(nlp, text)
    assert job in _of(facts, "occupation", name) | _of(facts, "title", name), facts


@pytest.mark.parametrize(
    "text, place",
    [
        ("date 2024-04-02\nThe tour ends in Port Talbot, a steel town on the coast.", "Port Talbot"),
        ("date 2024-04-02\nAroha Tane moved to New Plymouth, a city she had never visited, in 2019.", "New Plymouth"),
        ("date 2024-04-02\nThe convoy reached Glen Innes, a farming town where the mayor, Ruth Hale, met it.", "Glen Innes"),
    ],
)
def test_a_place_described_as_a_place_stays_no_person(nlp, text, place):
    from tests.test_entities_general import entities_of

    ents = entities_of(nlp, text)
    assert not [e for e in ents if e.name == place and e.type == "PERSON"], _show(ents)
