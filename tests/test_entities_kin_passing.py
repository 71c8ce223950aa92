"""A relative whose death the text has just told ("His late brother, Owen Pryce, died in 2001")
is still the owner of the next sentence's "his son" or "her widower": only a surname written
alone passes over such a person to the article's subject. Fictional sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.test_entities_dev2 import D, _holding
from tests.test_entities_general import entities_of


@pytest.mark.parametrize(
    "text, owner, kin",
    [
        ("Farm manager Rhiannon Vale, 44, has run the estate since 2019. Rhiannon Vale said the sale was "
         "fair, and Rhiannon Vale will stay.\n\nLord Ashby's late sister, Cora Finch, died in 2018, aged 80. "
         "Her son, Tobias Finch, is the estate's gamekeeper.", "Cora Finch", "Her son"),
        ("Skipper Dale Moran, 52, said he had fished the bay all his life. Dale Moran bought the boat in "
         "2004.\n\nThe harbourmaster's late brother, Neil Okoro, died in 2011, aged 63. His daughter, "
         "Amara Okoro, now runs the chandlery.", "Neil Okoro", "His daughter"),
        ("Head teacher Priya Nand, 49, opened the new library. Priya Nand said pupils chose the books.\n\n"
         "The founder's widow, Edith Marsh, died in 2015, aged 91. Her grandson, Leo Marsh, cut the ribbon.",
         "Edith Marsh", "Her grandson"),
    ],
)
def test_a_relative_just_said_to_have_died_still_owns_the_next_kin_noun(nlp, text, owner, kin):
    ents = entities_of(nlp, D + text)
    holder = _holding(ents, kin)
    assert holder, [(e.name, [m.text for m in e.mentions]) for e in ents]
    # the kin noun is the relative's own mention; its owner is the dead relative, read from
    # the person entity whose mentions the possessive pronoun joined
    pronoun = kin.split()[0]
    owners = [e for e in ents if any(m.text == pronoun and m.kind == "pronoun" for m in e.mentions)]
    assert [e.name for e in owners] == [owner], [(e.name, [m.text for m in e.mentions]) for e in ents]
