"""Issue 9: common jobs the occupation lexicon lacked, said of a person in apposition or after
a copula: a porter, a technician, a foreman, a warden, a concierge."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts

D = "date 2024-06-11\n"


@pytest.mark.parametrize("text, who, job", [
    ("Tam Reid, 58, a hospital porter, found the purse on Monday.\n", "Tam Reid", "porter"),
    ("Maria Kelly, 41, is a dental technician in Carlow. She has two sons.\n", "Maria Kelly", "technician"),
    ("The fire was spotted by Owen Sayer, a retired foreman, who called 999.\n", "Owen Sayer", "foreman"),
    ("Kit Darrow, a park warden, said the lake had frozen over.\n", "Kit Darrow", "warden"),
])
def test_a_job_the_lexicon_now_knows(nlp, text, who, job):
    facts = _facts(nlp, D + text)
    assert any(f[0] in ("occupation", "title") and f[1] == who and str(f[2]).endswith(job) for f in facts), facts


def test_a_concierge_at_a_named_hotel_works_there(nlp):
    facts = _facts(nlp, D + "Marisol Vega, 37, is a concierge at the Harbour View Hotel in Cobh.\n")
    assert ("employer", "Marisol Vega", "Harbour View Hotel") in facts
