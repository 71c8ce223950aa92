"""Issue 9: posts at bodies news calls by a word the encyclopedia reading excluded. A society's
secretary or president and a club's coach work for it in the news gold's reading (an
employer); a care home or a guest house named "... House" is a workplace. A party's leader and a
league's members still give none; an owner of a business named before does since 2026-12-05."""

from __future__ import annotations

from tests.test_facts_families import _facts, _of

D = "date 2024-06-11\n"



def test_a_societys_secretary_after_its_name(nlp):
    facts = _facts(nlp, D + "The Glenmore Angling Society held its annual dinner on Friday. The society's secretary, "
                            "Neil Baird, read the accounts.\n")
    assert "Glenmore Angling Society" in _of(facts, "employer", "Neil Baird")


def test_a_society_president_before_the_name(nlp):
    facts = _facts(nlp, D + "Members of the Tarrow Horticultural Society met on Monday. Society president Elspeth "
                            "Naylor, 71, opened the show.\n")
    assert "Tarrow Horticultural Society" in _of(facts, "employer", "Elspeth Naylor")


def test_a_care_home_named_house(nlp):
    facts = _facts(nlp, D + "Staff at Larch House, a care home in Dunoon, were praised by inspectors. Its manager, "
                            "Iain Sword, said the report was deserved.\n")
    assert "Larch House" in _of(facts, "employer", "Iain Sword")


def test_a_clubs_coach(nlp):
    facts = _facts(nlp, D + "Harwood Town won the cup on Saturday. The club's head coach, Dermot Ryle, 44, said "
                            "the players had earned it.\n")
    assert "Harwood Town" in _of(facts, "employer", "Dermot Ryle")


def test_a_party_leader_gives_no_employer_and_an_owner_works_for_the_business(nlp):
    # (the owner's half was "no employer" until 2026-12-05: the development gold reads "Its
    # owner, X" after a business as an employer in seven of nine files, so it is one now)
    facts = _facts(nlp, D + "The Green Party's leader, Ruth Amory, spoke first. The Corran Arms, a coaching inn, has "
                            "been sold. Its owner, Alec Brodie, 66, is retiring.\n")
    assert not _of(facts, "employer", "Ruth Amory")
    assert _of(facts, "employer", "Alec Brodie") == {"Corran Arms"}
