"""The person a question-and-answer interview is with: in such an article ('We asked him about
...', then question paragraphs each answered by a quotation) the narrative paragraphs between
the answers are about that person too, so a 'his' or 'she' opening one means them ('Who takes
over? ¶ His successor is ...'), not whoever an answer last named. The register and the lead's
'We asked him' are read as the quotes stage reads them (``quotes.interview``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Doc

from dateline.extractors.entities.clusters import _Cluster
from dateline.extractors.entities.syntax import quote_mask
from dateline.extractors.quotes.interview import asked, question_paragraphs
from dateline.extractors.quotes.marks import paragraph_ranges
from dateline.nlp import text_of, token_at_char

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver


def interview_topic(r: "_Resolver") -> Optional[_Cluster]:
    """The interviewee's cluster, once the lead's pronoun or name is resolved; None outside the
    register. Read once per article (extraction only)."""
    if r.observe is not None:
        return None
    if not hasattr(r, "_interviewee"):
        r._interviewee = _find(r)  # type: ignore[attr-defined]
    found: Optional[_Cluster] = r._interviewee  # type: ignore[attr-defined]
    return found.root() if found is not None else None


def _find(r: "_Resolver") -> Optional[_Cluster]:
    doc: Doc = r.doc
    text = text_of(doc)
    article = getattr(doc._, "article", None) if Doc.has_extension("article") else None
    paragraphs = paragraph_ranges(text, article.body_start if article is not None else 0)
    questions = question_paragraphs(text, paragraphs, sorted(a for a, _ in quote_mask(text)))
    if not questions:
        return None
    lo, hi = paragraphs[0][0], paragraphs[questions[0]][0]
    who = asked(text, lo, hi)
    k = token_at_char(doc, who[0]) if who is not None else None
    c = r.covered.get(k) if k is not None else None
    if c is not None:
        return c.root() if c.root().is_person_like() and not c.root().plural else None
    # else the person the lead names most often (the earliest named on a tie)
    counts: dict[int, list] = {}
    for c in (x.root() for x in r.clusters):
        inside = [m.start for m in c.mentions if lo <= m.start < hi]
        if inside and c.is_person_like() and not c.plural and not c.platform:
            counts[id(c)] = [-len(inside), min(inside), c]
    return min(counts.values(), key=lambda v: (v[0], v[1]))[2] if counts else None
