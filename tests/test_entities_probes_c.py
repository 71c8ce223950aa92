"""Who is who on registers the gold does not cover (issue 9, probes C): celebrity features,
racing and show reports, soap listings, travel pieces. Fictional sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.test_entities_general import entities_of
from tests.test_facts_families import _facts


def _mentions(ents, name: str) -> list[str]:
    found = [e for e in ents if e.name == name]
    assert found, [e.name for e in ents]
    return [m.text for m in found[0].mentions]


# -- a sentence-opening pronoun after the text turns to somebody new ------------------------

@pytest.mark.parametrize(
    "text, pronoun, who, other",
    [
        ("Singer Mira Holt and actor Dev Sandhu have announced their engagement. Holt, 28, won the talent show Bright Lights in 2019. "
         "Sandhu, 33, starred in the hospital drama Night Ward. His first wife, the dancer Kim Orr, lives in Leeds.",
         "His", "Dev Sandhu", "Mira Holt"),
        ("Presenter Gabi Lennox and actor Rory Vance have split after nine years of marriage, a spokesman for the couple said on Monday. "
         "The former couple, who married in Crete in 2015, have a son, Milo, 6.\n"
         "Lennox, 38, rose to fame on the quiz show Brainbox in 2010. The 38-year-old was previously engaged to the cricketer Joe Amis. "
         "Vance, 44, starred in the hospital drama Ward Nine. His first wife, the singer Amy Lowe, lives in Dublin.",
         "His", "Rory Vance", "Gabi Lennox"),
        ("Model Sky Darrow and boxer Leon Pryce were married in Ibiza on Saturday.\n"
         "Darrow, 27, appeared on the reality show Sun Island. Darrow was raised in Essex. Pryce, 30, starred in the film Iron Jaw. "
         "He has a daughter, Nova, from a previous relationship.",
         "He", "Leon Pryce", "Sky Darrow"),
    ],
)
def test_an_opening_pronoun_after_a_new_subject_is_that_subject(nlp, text, pronoun, who, other):
    ents = entities_of(nlp, text)
    assert pronoun in _mentions(ents, who)
    assert pronoun not in _mentions(ents, other)


def test_the_new_subjects_wife_is_his(nlp):
    text = ("Singer Mira Holt and actor Dev Sandhu have announced their engagement. Holt, 28, won the talent show Bright Lights in 2019. "
            "Sandhu, 33, starred in the hospital drama Night Ward. His first wife, the dancer Kim Orr, lives in Leeds.")
    facts = _facts(nlp, "date 2024-03-02\n" + text + "\n")
    assert ("spouse", "Dev Sandhu", "Kim Orr") in facts or ("spouse", "Kim Orr", "Dev Sandhu") in facts
    assert not {f for f in facts if f[0] == "spouse" and "Mira Holt" in f[1:] and "Kim Orr" in f[1:]}


# -- an untagged name as a subject that the next sentence calls he or she ---------------------

@pytest.mark.parametrize(
    "text, name",
    [
        ("A collie called Moss won the trophy on Sunday. Ffion Rees runs a flock of 400 ewes above Llandovery. She said the dog had earned it.", "Ffion Rees"),
        ("The ram sold for a record price at Builth on Monday. Ffion Wyn runs a flock of 300 ewes above Tregaron. She bought him as a lamb.", "Ffion Wyn"),
        ("The collie won the national trial on Saturday. Ffion Wyn trains dogs on a hill farm above Dolgellau. She bred the winner herself.", "Ffion Wyn"),
    ],
)
def test_an_untagged_subject_continued_by_he_or_she_is_a_person(nlp, text, name):
    ents = entities_of(nlp, text)
    found = [e for e in ents if e.name == name]
    assert found and found[0].type == "PERSON", [(e.name, e.type) for e in ents]


def test_an_organisation_continued_by_it_is_no_person(nlp):
    ents = entities_of(nlp, "Bryher Dairies runs a depot near Penzance. It employs forty people.")
    assert not [e for e in ents if e.name == "Bryher Dairies" and e.type == "PERSON"]
