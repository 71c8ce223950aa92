"""Issue 9: a verb that names a post at the named organisation it takes ('chairs the X') gives
that post as a title and the organisation as an employer, held now or taken up ('became the
first woman to chair X'); a past or future one does not."""

from __future__ import annotations

from tests.test_facts_families import _facts

D = "date 2024-06-11\n"


def test_chairs_a_named_union(nlp):
    facts = _facts(nlp, D + "Samuel Owusu, 61, chairs the Leeds Ghana Union and sings in its choir.\n")
    assert ("title", "Samuel Owusu", "chair") in facts


def test_the_first_woman_to_chair(nlp):
    facts = _facts(nlp, D + "In 2019 Lakshmi Iyer became the first woman to chair the Norwich Tamil Association.\n")
    assert ("title", "Lakshmi Iyer", "chair") in facts
    assert ("employer", "Lakshmi Iyer", "Norwich Tamil Association") in facts


def test_a_relative_who_chairs_a_trust(nlp):
    facts = _facts(nlp, D + "Her brother, Ewan Grant, chairs the Kilbride Heritage Trust.\n")
    assert ("title", "Ewan Grant", "chair") in facts


def test_a_future_chair_is_not_yet_one(nlp):
    facts = _facts(nlp, D + "Owen Pike will chair the Harbour Trust from May.\n")
    assert ("title", "Owen Pike", "chair") not in facts
