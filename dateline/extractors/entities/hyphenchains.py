"""Names inside a hyphenated chain with a lower-case word in it ("the Ben-my-Chree",
"Stratford-upon-Avon", "Jack-in-the-Green"): the chain is one name, of a vessel, a place or a
thing, and its capitalised part names no person. The tagger splits the chain and tags a part a
PERSON."""

from __future__ import annotations

from spacy.tokens import Doc


def _joined(doc: Doc, i: int) -> bool:
    """Tokens ``i`` and ``i + 1`` are written with no space between them."""
    return 0 <= i < len(doc) - 1 and not doc[i].whitespace_


def _lower_link(doc: Doc, h: int) -> bool:
    """A hyphen at ``h``, glued to a lower-case word after it that is glued to another hyphen
    ("-my-", "-upon-")."""
    return (h + 2 < len(doc) and doc[h].text == "-" and _joined(doc, h) and doc[h + 1].text.isalpha()
            and doc[h + 1].text.islower() and _joined(doc, h + 1) and doc[h + 2].text == "-")


def in_hyphen_chain(doc: Doc, s: int, e: int) -> bool:
    """The one-word name ``doc[s:e]`` runs on, or ends a chain, over "-lower-": "Ben" in
    "Ben-my-Chree" (a longer name is an organisation's named after the chain: "Anse-aux-Pins
    Historical Society")."""
    if e - s != 1:
        return False
    after = e < len(doc) and _joined(doc, e - 1) and _lower_link(doc, e)
    before = s >= 3 and _joined(doc, s - 1) and _lower_link(doc, s - 3)
    return after or before
