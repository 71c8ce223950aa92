"""First-person words outside quotation marks whose speaker the article's layout says: the
turns of a transcript or an interview printed without quotation marks. The quotes stage lends
a quotation's 'I' and 'my' to its speaker (``speakers``); these words have no quotation, so the
layout is read here instead:

- a turn opening with a speaker label ('BEVERLEY NANCE: My late wife ...', 'VT: ANN PIKE:'),
  when the label holds a person the entity stage linked; 'A:' or 'Answer:' is the interviewee;
  the paragraphs after a turn that open with no label of their own go on with it;
- a letters page, each letter closed by its writer's name and town on a line of its own
  ('MARGARET OGIER, St Sampson's'; entities/signatures.py): the letter's first-person words are
  the writer's;
- an interview set as short question paragraphs, each followed by its unquoted answer ('Who got
  you into clay? ¶ My dad, ...'): the answers are the interviewee's, whom the lead names ('We
  asked him', 'she talks to us') or, failing that, the person the lead is most about.

Neither is read unless the article keeps the form up (two labelled turns; three questions,
with the lead naming whom they were put to or two of them asking 'you'), so that a lone
subheading with a colon or a columnist's rhetorical question lends nobody's 'my'. A word
inside quotation marks is left to the quotes stage, which knows whose it is."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Optional, Sequence

from spacy.tokens import Doc

from dateline.extractors.entities.signatures import signature_lines
from dateline.extractors.entities.syntax import quote_mask
from dateline.extractors.facts.speakers import _two_people, first_person_mentions, first_person_words
from dateline.extractors.quotes.interview import _interviewee, _is_question, asked
from dateline.extractors.quotes.marks import paragraph_ranges
from dateline.model import Entity, Fact, Mention, Quote, trusted_mention
from dateline.wordstart import finditer_at, match_starts

if TYPE_CHECKING:
    from dateline.extractors.facts.context import _Ctx

# A speaker label: capitalised words (a name, a role, 'VT'), then any parenthesised notes and
# a trailing ', LIVE' before the colon ('REPORTER (OWEN TULLY), LIVE: ').
_LABEL = re.compile(
    r"(?P<name>[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3})(?:\s*\([^()\n]{1,40}\))*(?:,[ ][A-Z][A-Z ]{0,20})?:[ \t]+"
)
_ANSWER_LABEL = frozenset({"A", "Answer", "ANSWER"})
_QUESTION_LABEL = re.compile(r"(?:Q|Question|QUESTION)[:.][ \t]+")
_ANSWER_DOT = re.compile(r"A\.[ \t]+")
_MIN_TURNS = 2
_MIN_QUESTIONS = 3
_MIN_YOU_QUESTIONS = 2
_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)


def lent_first_person(doc: Doc, text: str, body_start: int, entities: Sequence[Entity], quotes: Sequence[Quote]) -> list[tuple[Mention, Entity]]:
    """Every first-person word lent to a speaker: by a quotation (``speakers``), else by the layout."""
    quoted = first_person_mentions(doc, text, entities, quotes)
    taken = {(m.start, m.end) for m, _ in quoted}
    return quoted + [(m, e) for m, e in turn_mentions(doc, text, body_start, entities) if (m.start, m.end) not in taken]


def turn_mentions(doc: Doc, text: str, body_start: int, entities: Sequence[Entity]) -> list[tuple[Mention, Entity]]:
    """(pronoun mention, speaker) for every first-person word in a turn the layout gives a
    person, outside quotation marks."""
    words = first_person_words(doc)
    if not words:
        return []
    people = [e for e in entities if e.type == "PERSON"]
    paragraphs = paragraph_ranges(text, body_start)
    turns = _labelled_turns(text, paragraphs, people) or _unquoted_answers(text, paragraphs, people) or _signed_letters(text, body_start, people) \
        or _signed_columns(text, body_start, people)
    if not turns:
        return []
    quoted = quote_mask(text)
    quote_starts = [a for a, _ in quoted]
    out: list[tuple[Mention, Entity]] = []
    single: dict[str, bool] = {}
    for start, end, speaker in turns:
        if speaker.id not in single:
            single[speaker.id] = not _two_people(speaker)
        if not single[speaker.id]:
            continue
        for a, b in words[bisect_left(words, (start, start)) : bisect_left(words, (end, end))]:
            k = bisect_left(quote_starts, a + 1) - 1
            if k >= 0 and a < quoted[k][1]:
                continue  # (inside a quotation: the quotes stage's to lend)
            out.append((trusted_mention(a, b, text[a:b], "pronoun"), speaker))
    return out


def _labelled_turns(text: str, paragraphs: list[tuple[int, int]], people: list[Entity]) -> list[tuple[int, int, Entity]]:
    """(start, end, speaker) of the turns of a transcript: a paragraph opening with a speaker
    label, and the unlabelled paragraphs after it."""
    labels: list[Optional[tuple[int, str]]] = []
    for a, b in paragraphs:
        labels.append(_labels(text, a, b))
    if sum(1 for x in labels if x is not None) < _MIN_TURNS:
        return []
    interviewee: Optional[Entity] = None
    if any(x is not None and x[1] in _ANSWER_LABEL for x in labels):
        first_q = next(i for i, x in enumerate(labels) if x is not None)
        interviewee = _by_id(people, _interviewee(text, paragraphs[0][0], paragraphs[first_q][0], people))
    out: list[tuple[int, int, Entity]] = []
    speaker: Optional[Entity] = None
    for (a, b), label in zip(paragraphs, labels, strict=True):
        if label is not None:
            at, name = label
            speaker = interviewee if name in _ANSWER_LABEL else _person_in(people, a, at)
            a = at
        if speaker is not None:
            out.append((a, b, speaker))
    return out


def _labels(text: str, a: int, b: int) -> Optional[tuple[int, str]]:
    """Where the words after a paragraph's opening labels start, and the last label's name;
    None when the paragraph opens with none."""
    pos, name = a, None
    if (q := _QUESTION_LABEL.match(text, a, b)) is not None:
        return q.end(), "Q"
    if (d := _ANSWER_DOT.match(text, a, b)) is not None:
        return d.end(), "A"
    while (m := _LABEL.match(text, pos, b)) is not None:
        pos, name = m.end(), m.group("name")
    return (pos, name) if name is not None else None


def _person_in(people: list[Entity], a: int, b: int) -> Optional[Entity]:
    """The person with the last mention inside the labels ``[a, b)``: in 'VT: ANN PIKE:' and
    'REPORTER (OWEN TULLY):' the name, not the role."""
    best: Optional[tuple[int, Entity]] = None
    for e in people:
        for m in e.mentions:
            if a <= m.start and m.end <= b and m.kind != "pronoun" and (best is None or m.start > best[0]):
                best = (m.start, e)
    return best[1] if best else None


def _unquoted_answers(text: str, paragraphs: list[tuple[int, int]], people: list[Entity]) -> list[tuple[int, int, Entity]]:
    """(start, end, interviewee) of each run of paragraphs between one question paragraph and
    the next, in an interview whose answers carry no quotation marks."""
    questions = [k for k, (a, b) in enumerate(paragraphs[:-1])
                 if _is_question(text, a, b) and not _is_question(text, *paragraphs[k + 1])]
    if len(questions) < _MIN_QUESTIONS:
        return []
    lo, hi = paragraphs[0][0], paragraphs[questions[0]][0]
    asking = sum(1 for k in questions if _YOU.search(text, *paragraphs[k]))
    if asked(text, lo, hi) is None and asking < _MIN_YOU_QUESTIONS:
        return []
    who = _by_id(people, _interviewee(text, lo, hi, people))
    if who is None:
        return []
    ends = [paragraphs[k][0] for k in questions[1:]] + [paragraphs[-1][1]]
    return [(paragraphs[k + 1][0], end, who) for k, end in zip(questions, ends, strict=True)]


def _signed_letters(text: str, body_start: int, people: list[Entity]) -> list[tuple[int, int, Entity]]:
    """(start, end, writer) of each letter of a letters page: the text from the line after the
    signature before (or the body's start) up to its own signature, whose name is the writer's."""
    out: list[tuple[int, int, Entity]] = []
    start = body_start
    for line_start, line_end, a, b in signature_lines(text, body_start):
        writer = _person_in(people, a, b)
        if writer is not None:
            out.append((start, line_start, writer))
        start = line_end
    return out


# a column's sign-off at the end of its last line: its writer and the office they write from
# ('Dale Kowalski, President' on a line of its own; '... at the bonspiel. — Carol Lindquist, President')
_SIGN_OFF = re.compile(r"(?:^|[—–][ ]?|--[ ]?)(?P<name>[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){1,3}),[ ](?:Club[ ]|Society[ ]|Branch[ ])?"
                       r"(?:President|Chair|Chairman|Chairwoman|Chairperson|Editor|Secretary|Treasurer|Captain|Commodore|Coxswain|Skipper|Headteacher|Principal|Convener)[ \t]*$", re.M)
# a heading line: capitals, no lower-case letter ('FROM THE PRESIDENT'S SEAT', 'PRESIDENT'S CORNER')
_HEADING = re.compile(r"^[^a-z\n]*[A-Z]{3}[^a-z\n]*$", re.M)


def _signed_columns(text: str, body_start: int, people: list[Entity]) -> list[tuple[int, int, Entity]]:
    """(start, end, writer) of a newsletter column signed at its end with its writer's name and
    office: the text from the heading over it (or the body's start) to the sign-off, whose
    'I', 'my' and kin 'our' are the writer's ("My wife, Linda, and I want to thank our three
    daughters ... Dale Kowalski, President")."""
    out: list[tuple[int, int, Entity]] = []
    for m in finditer_at(_SIGN_OFF, text, match_starts(text, ("—", "–", "--")), body_start):  # (wordstart.finditer_at)
        writer = _person_in(people, m.start("name"), m.end("name"))
        if writer is None:
            continue
        since = out[-1][1] if out else body_start  # (the heading over it, past the column signed before)
        start = max([h.end() for h in _HEADING.finditer(text, since, m.start())] + [since])
        out.append((start, m.start(), writer))
    return out


_KIN = frozenset({"parent", "child", "spouse", "sibling"})
_NAMES = frozenset({"name", "firstname", "surname"})


def within_letters(ctx: "_Ctx", facts: list[Fact]) -> list[Fact]:
    """Without a letter writer's kin facts whose relative is named only in other letters: 'My
    wife' in one letter is no wife named in another, whatever the entity stage merged (each
    letter's 'my' is a different writer's)."""
    lines = signature_lines(ctx.text, ctx.article.body_start) if any(f.relation in _KIN for f in facts) else []
    if not lines:
        return facts
    bounds = [ctx.article.body_start] + [end for _, end, _, _ in lines]
    names = {e.id: [m.start for m in e.mentions if m.kind in _NAMES] for e in ctx.entities}

    def letter(at: int) -> int:
        return bisect_left(bounds, at + 1) - 1

    out = []
    for f in facts:
        if f.relation in _KIN and f.object is not None and len(lines) > letter(f.evidence.start):
            here = letter(f.evidence.start)
            writer = next((e.id for e in ctx.entities for m in e.mentions
                           if m.kind in _NAMES and lines[here][2] <= m.start < lines[here][3]), None)
            relative = f.object if f.subject == writer else f.subject if f.object == writer else None
            at = names.get(relative, []) if relative is not None else []
            if at and all(letter(a) != here for a in at):
                continue
        out.append(f)
    return out


def _by_id(people: list[Entity], entity_id: Optional[str]) -> Optional[Entity]:
    return next((e for e in people if e.id == entity_id), None) if entity_id is not None else None
