"""Pronoun rules of helper gap46, all at extraction only: a pronoun is never a co-argument of its
own verb, also when that verb's doer is understood (an infinitive's, a gerund's) or stands as a
relative pronoun (controlled.py); a possessive on the converse kin of `X's KIN Y` is Y's
(ownedkin.turned_kin); the subject of "a position he held" after a role given to somebody is that
somebody (predicated.post_holder). Fictional articles written for these tests, run through the whole
pipeline."""

from __future__ import annotations

from tests.test_entities_binding import D, _linked, _name
from tests.test_facts_families import _run


def _who(nlp, body: str, needle: str, word: str) -> str | None:
    text = D + body + "\n"
    ex, _ = _run(nlp, text)
    return _name(_linked(ex, text, needle, word))


def test_an_infinitive_s_subject_is_not_its_object(nlp):
    body = ("Mara Quist and Lena Hobb trained together in Oslo for years. After the final, Mara threatened "
            "to report her to the federation.")
    assert _who(nlp, body, "report her", "her") != "Mara Quist"


def test_an_infinitive_after_refused_is_done_by_the_subject(nlp):
    body = "Anna Roos and Bea Lind met in Vienna. Before the tour, Anna refused to help her with the visas."
    assert _who(nlp, body, "help her", "her") != "Anna Roos"


def test_a_gerund_complement_is_done_by_the_subject(nlp):
    body = "Nils Arvo and Tomas Vey argued outside the court. Tomas ended up calming him down."
    assert _who(nlp, body, "calming him", "him") != "Tomas Vey"


def test_a_gerund_clause_is_done_by_the_subject(nlp):
    body = "Ola Nygaard lost to Per Holm in May. Ola faced Per again in June, beating him easily."
    assert _who(nlp, body, "beating him", "him") != "Ola Nygaard"


def test_a_gerund_after_a_verb_s_object_may_be_the_object_s_doing(nlp):
    # Piet drives Rolf out: the subject, Rolf, stays a candidate for "him"
    body = "Rolf Ekman coached Piet Varga for a decade. In 2010 Rolf blamed Piet for driving him out of the club."
    assert _who(nlp, body, "driving him", "him") == "Rolf Ekman"


def test_a_relative_clause_s_subject_is_not_its_object_relative(nlp):
    body = "In the play, Irma Vane is married to a sailor named Corran, whom she rarely sees."
    assert _who(nlp, body, "she rarely", "she") == "Irma Vane"


def test_a_possessive_on_the_turned_kin_is_the_named_relative(nlp):
    body = ("Greta Holm won the county title in 1990. Greta kept a diary. Greta's granddaughter Lise Holm "
            "later published her grandmother's diary.")
    assert _who(nlp, body, "her grandmother", "her") == "Lise Holm"



def test_a_post_held_is_the_one_named_to_it(nlp):
    body = ("Hugo Brandt trained as a lawyer in Graz. In 1921, Mayor Otto Kolar named Brandt as the city's "
            "treasurer, a position he held until 1930.")
    assert _who(nlp, body, "he held", "he") in ("Brandt", "Hugo Brandt")


def test_a_post_after_succeeded_as_is_left_to_the_ranker(nlp):
    # "as chairman" is the subject's here, not the object's: post_holder does not decide
    body = "In 1921, Otto Kolar succeeded Hugo Brandt as chairman, a post he held until 1930."
    assert _who(nlp, body, "he held", "he") == "Otto Kolar"
