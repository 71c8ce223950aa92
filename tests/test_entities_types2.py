"""Issue 9, the i9s9types rules narrowed on development data: 'X said she' goes past a speaker of
no known gender only to a subject of the same paragraph; one continuing subject pronoun states a
gender only after the person's name (or a name apposed to the subject), not after an epithet
such as 'the 84-year-old', whose own link is a guess. Fictional sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_entities_gender import D, _genders, _owner
from tests.test_facts_families import _run


def _said_she(ex, text: str):
    """The entity that owns the 'she' right after 'said'."""
    start = text.index("said she") + len("said ")
    return next((e for e in ex.entities if any(m.start <= start < m.end for m in e.mentions)), None)


# ---- 'X said she': the subject before must be in the pronoun's paragraph -------------------------


@pytest.mark.parametrize(
    "text, subject, speaker",
    [
        (D + "Ilse Warrender joins from Tarnby Mutual, where she ran the claims desk. Its finance chief, "
         "Robin Achebe, said she left the desk in good order.\n", "Ilse Warrender", "Robin Achebe"),
        (D + "Greta Holm left the quartet in 2019, when she moved to Bergen. Its cellist, Jules Marne, said "
         "she had been its heart for a decade.\n", "Greta Holm", "Jules Marne"),
        (D + "Oona Brack coached the under-twelves until she moved away in March. The club's treasurer, "
         "Sam Idowu, said she never missed a session.\n", "Oona Brack", "Sam Idowu"),
    ],
)
def test_said_she_in_the_same_paragraph_goes_to_the_subject_before(nlp, text, subject, speaker):
    ex, _ = _run(nlp, text)
    assert _said_she(ex, text) is _owner(ex, text, subject)
    assert speaker not in _genders(nlp, text)


@pytest.mark.parametrize(
    "text, subject, speaker",
    [
        (D + "Ilse Warrender ran the claims desk at Tarnby Mutual until May. She now lives in Oslo.\n"
         "Robin Achebe, the mayor of Tarnby, said she had celebrated her wedding in the town hall.\n",
         "Ilse Warrender", "Robin Achebe"),
        (D + "Greta Holm left the quartet in 2019, when she moved to Bergen.\n"
         "The quartet's new cellist, Jules Marne, said she was nervous before the first concert.\n",
         "Greta Holm", "Jules Marne"),
        (D + "Oona Brack coached the under-twelves until she moved away in March.\n"
         "The club's treasurer, Sam Idowu, said she would run the summer camp from June.\n",
         "Oona Brack", "Sam Idowu"),
    ],
)
def test_said_she_after_a_paragraph_break_is_not_sent_back_to_the_subject_before(nlp, text, subject, speaker):
    ex, _ = _run(nlp, text)
    assert _said_she(ex, text) is not _owner(ex, text, subject)


# ---- one continuing subject pronoun: after a name, not after an epithet --------------------------


@pytest.mark.parametrize(
    "text, name, gender",
    [
        (D + "The Gazette's wine critic, Nell Baptiste, judged the final round. \"It was very close,\" she "
         "said.\n", "Nell Baptiste", "female"),
        (D + "The station's night editor, Kofi Mensah, confirmed the report on Friday. He declined to name "
         "the source.\n", "Kofi Mensah", "male"),
        (D + "The library's chief archivist, Wren Talbot, found the letters in a box. She catalogued them "
         "over the winter.\n", "Wren Talbot", "female"),
    ],
)
def test_one_pronoun_continuing_a_name_apposed_to_the_subject_states_the_gender(nlp, text, name, gender):
    assert _genders(nlp, text).get(name) == gender


@pytest.mark.parametrize(
    "text, name",
    [
        (D + "Sam Ortiz, 52, opened the bakery on Friday. Customers queued for an hour in the rain. The "
         "52-year-old said he had baked since dawn.\n", "Sam Ortiz"),
        (D + "Robin Hale, 67, sold the orchard in March. The buyers plan to keep the old trees. The 67-year-old "
         "said she would miss the blossom.\n", "Robin Hale"),
        (D + "Kit Amberly, 40, won the rowing race on Sunday. The river was high after the storms. The "
         "40-year-old said he had trained at dawn.\n", "Kit Amberly"),
    ],
)
def test_one_pronoun_after_an_age_epithet_states_no_gender(nlp, text, name):
    assert name not in _genders(nlp, text)


@pytest.mark.parametrize(
    "text, name, gender",
    [
        (D + "Omar Reyes said the car had been grey. He asked garages to check their records.\n",
         "Omar Reyes", "male"),
        (D + "Councillor Tess Ambrose said the bridge would reopen in June. \"We have waited long enough,\" "
         "she said.\n", "Tess Ambrose", "female"),
        (D + "The shop took on a trainee, Ravi Loke, last spring; he now runs the till.\n", "Ravi Loke", "male"),
    ],
)
def test_one_pronoun_continuing_the_persons_name_still_states_the_gender(nlp, text, name, gender):
    assert _genders(nlp, text).get(name) == gender
