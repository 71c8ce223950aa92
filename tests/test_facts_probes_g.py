"""Issue 9, probe round G: employer and title constructions from a court list, a livestock-market
report, a union newsletter and a society column. Fictional text of our own, run through the whole
pipeline (entities, quotes, times, facts)."""

from __future__ import annotations

from tests.test_facts_families import _run

DATE = "date 2024-05-01\n"


def _facts(nlp, body: str, date: str = DATE) -> set[tuple]:
    ex, names = _run(nlp, date + body)
    return {(f.relation, names.get(f.subject), names.get(f.object) if f.object else f.value) for f in ex.facts}


def test_the_mart_is_the_one_the_report_is_about_not_a_rival_named_once_in_passing(nlp):
    body = ("Store lambs sold well at Tarnfield Auction Mart on Monday, and Tarnfield Auction Mart "
            "expects more next week. The mart's senior auctioneer, "
            "Ivor Maddox, took the bids. Maddox, 60, who spent 20 years at Kelbrook Farmers Mart before "
            "moving north, retires in May. His son, Gethin Maddox, 31, a trainee auctioneer at the mart, "
            "will take over.\n")
    facts = _facts(nlp, body)
    assert ("employer", "Gethin Maddox", "Tarnfield Auction Mart") in facts
    assert ("employer", "Gethin Maddox", "Kelbrook Farmers Mart") not in facts


def test_works_for_and_retired_from_an_organisation_as_a_post(nlp):
    body = ("Colm Ardley's father, Seamus Ardley, retired from the Provincial Bank of Ulster as a deputy "
            "general manager in 2019.\n")
    facts = _facts(nlp, body)
    assert ("employer", "Seamus Ardley", "Provincial Bank of Ulster") in facts
    assert ("title", "Seamus Ardley", "deputy general manager") in facts


def test_a_shop_steward_keeps_both_words(nlp):
    facts = _facts(nlp, "His son Martin Tully is a shop steward at Holroyd Engineering.\n")
    assert ("title", "Martin Tully", "shop steward") in facts
    assert ("title", "Martin Tully", "shop") not in facts


def test_magistrate_is_an_office(nlp):
    body = ("COURT LIST: Corrindale Local Court\n\nMagistrate Helen Strathdee sat for a full list in "
            "Corrindale on Tuesday, hearing eleven matters.\n")
    facts = _facts(nlp, body)
    assert ("title", "Helen Strathdee", "magistrate") in facts


def test_a_full_name_of_a_business_named_by_its_trade(nlp):
    body = ("Buyers included Sion Watkin of Dyfi Meats and Dr Ravi Pillai of Ruby Hall Clinic. Bianca "
            "Loh of Loh Devlin Legal acted for the seller.\n")
    facts = _facts(nlp, body)
    assert ("employer", "Sion Watkin", "Dyfi Meats") in facts
    assert ("employer", "Ravi Pillai", "Ruby Hall Clinic") in facts
    assert ("employer", "Bianca Loh", "Loh Devlin Legal") in facts


def test_a_job_before_the_name_with_a_who_clause_joining_is_a_title(nlp):
    body = ("Auctioneer Gareth Pugh, who joined Holmbridge Auction Mart from Welshpool Livestock Sales "
            "in 2019, sold the lambs.\n")
    facts = _facts(nlp, body)
    assert ("title", "Gareth Pugh", "auctioneer") in facts
    assert ("occupation", "Gareth Pugh", "auctioneer") not in facts


def test_a_masthead_on_two_lines_names_whose_our_it_is(nlp):
    body = ("RIVERSIDE BRANCH NEWS - June\n"
            "Allied Transport Workers Union\n\n"
            "Our branch secretary, Paula Hendry, has been re-elected. Paula, a driver at Coldharbour Bus "
            "Depot, joined the union in 1996. Coldharbour Bus Depot thanked the union for its help, and "
            "Coldharbour Bus Depot staff marched too.\n")
    facts = _facts(nlp, body)
    assert ("employer", "Paula Hendry", "Allied Transport Workers Union") in facts
