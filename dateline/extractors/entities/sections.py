"""Where a pronoun's section of the article begins. A roundup (church notes, club news, a
council's bulletin) runs items under short headings, and each item is about its own people: a
"She leaves a son" under "In memoriam: Elsie Hart" is nobody from the golden wedding above it."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Doc

from dateline.paragraphs import heading_line_before

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver


def heading_starts(doc: Doc) -> list[int]:
    """The first token of each heading line inside the body, in order (not a headline at the
    very top: what comes before it is no section of its own)."""
    out = []
    for t in doc:
        if "\n" not in t.text or t.i + 1 >= len(doc) or doc[t.i + 1].is_space:
            continue
        start = heading_line_before(doc, t.i)
        if start is not None and start > 0:
            out.append(start)
    return out


def section_start(res: "_Resolver", i: int) -> Optional[int]:
    """The first token of the heading line that opens the section holding token ``i``, if any."""
    starts = res.doc.user_data.get("dateline.heading_starts")
    if starts is None:
        starts = res.doc.user_data["dateline.heading_starts"] = heading_starts(res.doc)
    k = bisect_right(starts, i)
    return starts[k - 1] if k else None
