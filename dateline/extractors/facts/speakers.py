"""A quotation's first person is its speaker: `"My husband Tom and I opened the shop," said Ann
Pike` states Ann Pike's husband. The entity stage links no 'I' or 'my' (a pronoun ranker cannot
tell whose words a quotation holds); the quotes stage knows. This module lends each first-person
word inside a quotation to the person the quotes stage resolved as its speaker, as a pronoun
mention the fact rules read like any other (never put on the entity itself, so the extraction's
entities stay the entity stage's).

Only the innermost quotation holding the word counts: in `"He told me 'I quit'," she said` the
'I' is the nested quotation's speaker's, and nobody's when that one is unresolved or its cue
verb comes after it. A speaker that is unresolved or an organisation lends nothing (a firm's
'my' is its spokesman's, whom the text does not name), nor does a cluster whose own words
disagree on gender (two people merged). Indirect speech and scare quotes carry no first person
of the speaker's ('she said I was wrong' is the reporter's 'I')."""

from __future__ import annotations

from bisect import bisect_left
from typing import Sequence

from spacy.tokens import Doc, Token

from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.facts.lexicon import patterns
from dateline.model import Entity, Mention, Quote, trusted_mention
from dateline.nlp import columns, tokens_in

# The singular first person: 'we'/'our' is the speaker with others nobody names (a firm, a
# town, a team), whose jobs and posts are not the speaker's. But a child, parent or sibling
# that is 'ours' is the speaker's too ('our son', 'our three daughters', 'our mother'), and is
# lent with it (``_our_kin``); 'our husband' names nobody.
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})
_FIRST_OR_OUR = FIRST_PERSON | {"our"}
_SPOUSE_WORDS = frozenset({"husband", "wife", "spouse", "widow", "widower"})
# Kinds whose words are the speaker's own, verbatim.
VERBATIM = frozenset({"direct", "partial"})


def first_person_mentions(doc: Doc, text: str, entities: Sequence[Entity], quotes: Sequence[Quote]) -> list[tuple[Mention, Entity]]:
    """(pronoun mention, speaker) for every first-person word inside a verbatim quotation
    whose innermost quotation's speaker is a person entity."""
    if not quotes:
        return []
    words = first_person_words(doc)
    if not words:
        return []
    starts = [a for a, _ in words]
    # A nested quotation's segments lie inside its enclosing one's: going from the longest
    # segment to the shortest, the last quotation to claim a word is the innermost holding it.
    holder: dict[int, Quote] = {}
    for start, end, quote in sorted(((s.start, s.end, q) for q in quotes for s in q.spans), key=lambda x: x[0] - x[1]):
        for k in range(bisect_left(starts, start), bisect_left(starts, end)):
            if words[k][1] <= end:
                holder[k] = quote
    people = {e.id: e for e in entities if e.type == "PERSON"}
    single: dict[str, bool] = {}
    out: list[tuple[Mention, Entity]] = []
    for k, quote in sorted(holder.items()):
        speaker = people.get(quote.speaker) if quote.speaker is not None and quote.kind in VERBATIM and _introduced(quote) else None
        if speaker is not None and speaker.id not in single:
            single[speaker.id] = not _two_people(speaker)  # (once per speaker, not per word)
        if speaker is not None and single[speaker.id]:
            a, b = words[k]
            out.append((trusted_mention(a, b, text[a:b], "pronoun"), speaker))
    return out


def first_person_words(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of every word that can be a speaker's own: 'I', 'my', ..., and an 'our'
    owning a child, parent or sibling."""
    # (the columns, not a Token per word: this runs on every article)
    cols = columns(doc)
    lower = cols.lower
    return [(cols.idx[k], cols.idx[k] + len(cols.text[k])) for k in tokens_in(doc, "lower", _FIRST_OR_OUR)
            if ((w := lower[k]) in FIRST_PERSON and (w != "mine" or cols.pos[k] == "PRON")) or (w == "our" and _our_kin(doc[k]))]


def _introduced(quote: Quote) -> bool:
    """A quotation inside another is someone's only when its cue comes first ('Tom told me,
    'my sister runs it''): one read from a verb after it ('..., ' and I believed him') is a
    guess the enclosing words do not settle."""
    return quote.nested_in is None or (quote.cue_span is not None and quote.cue_span.end <= quote.spans[0].start)


def _two_people(entity: Entity) -> bool:
    """A cluster whose own words disagree on gender ('Mrs van Wyk' and 'his'): the entity stage
    merged two people, and nothing says whose the quotation's 'I' is."""
    lex = lexicon()
    said: set[str] = set()
    for m in entity.mentions:
        words = m.text.lower().split()
        if not words:
            continue
        gender = (lex.pronouns.get(words[0]) if m.kind == "pronoun" else lex.titles.get(words[0]) if m.kind == "title"
                  else lex.gendered.get(words[-1]) if m.kind == "descriptor" else None)
        if gender:
            said.add(gender)
    return len(said) > 1


def _our_kin(tok: Token) -> bool:
    return tok.lower_ == "our" and tok.dep_ == "poss" and tok.head.lower_ in patterns()["kinship"] and tok.head.lower_ not in _SPOUSE_WORDS
