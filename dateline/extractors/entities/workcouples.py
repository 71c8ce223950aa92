"""A couple named together that the small model tagged as a work, an event or a product
("among them ... and Tomasz and Ewa Kowalczyk of Ashby, who now volunteer": one WORK_OF_ART
over the two names and their place). Extraction only."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span

_LABELS = frozenset({"WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})


def _name_word(tok) -> bool:
    text = tok.text
    return tok.is_alpha and text[:1].isupper() and text[1:].islower() and tok.tag_ == "NNP"


def couple_as_work(ent: Span) -> Optional[int]:
    """Where the couple's names end in ``ent`` ("Given and Given Surname", two surname words at
    most, then nothing or "of" and a place), when the ent is a work's or an event's label and
    stands outside quotation marks and after no article; None otherwise ("Pride and Prejudice",
    "the Rose and Crown Inn", a title in quotes)."""
    doc = ent.doc
    if ent.label_ not in _LABELS or len(ent) < 4 or ent[1].lower_ != "and":
        return None
    if ent.start > 0 and (doc[ent.start - 1].lower_ in ("the", "a", "an") or doc[ent.start - 1].is_quote):
        return None
    end = ent.end
    of = next((k for k in range(ent.start + 3, ent.end) if doc[k].lower_ == "of"), None)
    if of is not None:
        if not all(_name_word(doc[k]) for k in range(of + 1, ent.end)) or of + 1 == ent.end:
            return None
        end = of
    names = [ent.start, *range(ent.start + 2, end)]
    if not 3 <= len(names) <= 4 or not all(_name_word(doc[k]) for k in names):
        return None
    if end < len(doc) and doc[end].is_quote:
        return None
    return end
