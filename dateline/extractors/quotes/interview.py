"""The question-and-answer interview: a paragraph that is only the interviewer's question, then
the answer as a quoted paragraph with no reporting clause. The answers are the interviewee's,
whom the lead names ('We asked him about ...', 'she told us') or, failing that, the person the
lead is most about. Nothing is read unless the article keeps the form up: at least two such
question-answer pairs, so that a lone rhetorical question before a quotation names nobody."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Optional, Sequence

from dateline.extractors.quotes.intervals import Ranges
from dateline.extractors.quotes.marks import Quotation
from dateline.extractors.quotes.spans import MentionIndex
from dateline.model import Entity

# A question paragraph is short: a longer one ending in '?' is a reporter's paragraph.
_MAX_QUESTION_WORDS = 25
_MIN_PAIRS = 2
# The lead's words for whom the questions were put to ('We asked him', 'she told us').
_ASKED = re.compile(
    r"\b(?:[Ww]e|I)\s+(?:asked|put\s+(?:our|my|some|these|the)\s+questions\s+to|spoke\s+(?:to|with)|talked\s+(?:to|with)|"
    r"interviewed|caught\s+up\s+with|sat\s+down\s+with|met)\s+(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|him|her)\b"
)
_TOLD_US = re.compile(r"\b(?P<who>[Hh]e|[Ss]he|[A-Z][\w'’-]+)\s+(?:told|tells|told\s+the\s+\w+)\s+(?:us|me)\b")
_GENDER = {"him": "male", "he": "male", "her": "female", "she": "female"}


@dataclass
class Interview:
    """The answer paragraphs (indices into the article's paragraphs) and who gives them."""

    answers: frozenset[int]
    speaker: Optional[str]


def _is_question(text: str, a: int, b: int) -> bool:
    line = text[a:b].strip()
    if not line.endswith("?") or not line[:1].isupper():
        return False
    words = line.split()
    # One sentence: a stop inside is a reporter's paragraph that ends by asking.
    return len(words) <= _MAX_QUESTION_WORDS and not re.search(r"[.!?]\s+[A-Z]", line[:-1])


def question_paragraphs(text: str, paragraphs: list[tuple[int, int]], quote_starts: Sequence[int]) -> list[int]:
    """The paragraphs (indices) that are only a question, unquoted, with a quotation opening the
    next; none unless the article keeps the form up (``_MIN_PAIRS``). ``quote_starts`` are where
    the article's quotations open, sorted."""
    out = []
    for k, (a, b) in enumerate(paragraphs[:-1]):
        if not _is_question(text, a, b) or bisect_left(quote_starts, a) != bisect_left(quote_starts, b):
            continue
        n_start, n_end = paragraphs[k + 1]
        first = n_start + len(text[n_start:n_end]) - len(text[n_start:n_end].lstrip())
        at = bisect_left(quote_starts, first)
        if at < len(quote_starts) and quote_starts[at] == first:
            out.append(k)
    return out if len(out) >= _MIN_PAIRS else []


def asked(text: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """Where the lead in ``[lo, hi)`` names whom the questions were put to ('We asked him')."""
    for pattern in (_ASKED, _TOLD_US):
        m = pattern.search(text, lo, hi)
        if m is not None:
            return m.start("who"), m.end("who")
    return None


def find_interview(text: str, paragraphs: list[tuple[int, int]], quotations: list[Quotation],
                   quote_ranges: Ranges, entities: list[Entity]) -> Optional[Interview]:
    """The article's interview answers, or None when it is not written as questions and answers."""
    questions = question_paragraphs(text, paragraphs, sorted(a for a, _ in quote_ranges))
    if not questions:
        return None
    lead_end = paragraphs[questions[0]][0]
    lead_start = paragraphs[0][0]
    return Interview(answers=frozenset(k + 1 for k in questions), speaker=_interviewee(text, lead_start, lead_end, entities))


def _interviewee(text: str, lo: int, hi: int, entities: list[Entity]) -> Optional[str]:
    people = [e for e in entities if e.type == "PERSON"]
    who = asked(text, lo, hi)
    if who is not None:
        entity = MentionIndex(people).at(*who)
        if entity is not None:
            return entity.id
        gender = _GENDER.get(text[who[0] : who[1]].lower())
        if gender is not None:
            return _prominent(people, lo, who[0], gender)
    return _prominent(people, lo, hi, None)


def _prominent(people: list[Entity], lo: int, hi: int, gender: Optional[str]) -> Optional[str]:
    """The person with the most mentions in ``[lo, hi)``, the earliest named on a tie."""
    best: Optional[tuple[int, int, str]] = None
    for e in people:
        if gender is not None and e.gender not in (gender, None):
            continue
        inside = [m.start for m in e.mentions if lo <= m.start < hi]
        if inside:
            key = (-len(inside), min(inside), e.id)
            if best is None or key < best:
                best = key
    return best[2] if best else None
