"""Speaker mention -> entity: the entities' own mentions first, then pronouns and descriptors to the nearest earlier compatible speaker or person."""

from __future__ import annotations

from bisect import bisect_right, insort
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Doc, Token

from dateline.extractors.quotes.attribution import _addressee, _subject
from dateline.extractors.quotes.intervals import Ranges
from dateline.extractors.quotes.lexicon import PRONOUNS, THEY_REACH, lexicon
from dateline.extractors.quotes.spans import MentionIndex, Tree
from dateline.model import Entity

if TYPE_CHECKING:
    from dateline.extractors.quotes.attribution import CueIndex


@dataclass
class _Resolver:
    """Speaker mention -> entity id: the entities' own mentions first, then pronouns and
    descriptors to the nearest earlier compatible speaker or person. Built once per article;
    it also holds the article's cue index (see ``CueIndex``)."""

    doc: Doc
    entities: list[Entity]
    # (offset, entity id) of speakers so far, kept sorted: add them with ``add_speaker``.
    history: list[tuple[int, str]] = field(default_factory=list)
    cues: Optional[CueIndex] = None
    tree: Optional[Tree] = None

    def __post_init__(self) -> None:
        self._mentions = MentionIndex(self.entities)
        self._gender: dict[str, Optional[str]] = {}
        self._type: dict[str, Optional[str]] = {}
        for e in self.entities:  # the first entity with an id answers, as a scan would
            self._gender.setdefault(e.id, e.gender)
            self._type.setdefault(e.id, e.type)
        self._subjects: dict[int, Optional[Token]] = {}
        self._addressees: dict[int, Optional[str]] = {}
        self._earlier: dict[tuple[str, Optional[str]], tuple[list[int], list[tuple[int, str]]]] = {}

    def gender_of(self, entity_id: str) -> Optional[str]:
        return self._gender.get(entity_id)

    def type_of(self, entity_id: str) -> Optional[str]:
        return self._type.get(entity_id)

    def subject(self, cue: Token, quote_ranges: Ranges) -> Optional[Token]:
        """``_subject``, once per cue: one cue can stand before thousands of quotations, and
        its subject search walks all of the cue's children."""
        if cue.i not in self._subjects:
            self._subjects[cue.i] = _subject(cue, quote_ranges)
        return self._subjects[cue.i]

    def addressee(self, cue: Token, quote_ranges: Ranges) -> Optional[str]:
        if cue.i not in self._addressees:
            self._addressees[cue.i] = _addressee(self.doc, cue, quote_ranges)
        return self._addressees[cue.i]

    def add_speaker(self, pos: int, entity_id: str) -> None:
        insort(self.history, (pos, entity_id))

    def linked(self, head: Token, start: int, end: int) -> Optional[str]:
        """The entity the entities stage put this mention in, or None: no nearest-person guess."""
        entity = self._mentions.at(head.idx, head.idx + len(head.text)) or self._mentions.at(start, end)
        return entity.id if entity is not None else None

    def resolve(self, head: Token, start: int, end: int) -> Optional[str]:
        entity = self._mentions.at(head.idx, head.idx + len(head.text)) or self._mentions.at(start, end)
        if entity is not None:
            return entity.id
        lex = lexicon()
        word = head.lower_
        if word in PRONOUNS:
            if word in ("i", "we", "you"):
                return None
            if word in ("they", "them"):
                return self._organisation_nearby(start)
            want_type = "ORG" if word == "it" else "PERSON"
            return self._nearest(start, want_type, PRONOUNS[word])
        if head.pos_ == "NOUN" and word in lex["person_nouns"] | lex["org_nouns"]:
            # A definite descriptor (`the 52-year-old coach`) refers back to someone named.
            det = [c for c in head.children if c.dep_ in ("det", "poss")]
            if not det or det[0].lower_ not in ("the", "this", "that"):
                return None
            if word in lex["org_nouns"]:
                return self._nearest(start, "ORG", None)
            gender = "female" if word in lex["female_nouns"] else "male" if word in lex["male_nouns"] else None
            return self._nearest(start, "PERSON", gender)
        return None

    def _mention_ends(self, want_type: str, gender: Optional[str]) -> tuple[list[int], list[tuple[int, str]]]:
        """(end, entity id) of the non-pronoun mentions of compatible entities, sorted once per kind."""
        key = (want_type, gender)
        if key not in self._earlier:
            rows = sorted(
                (m.end, e.id) for e in self.entities
                if (e.type == want_type or (want_type == "ORG" and e.type == "ORG_OR_PRODUCT"))
                and not (gender and e.gender and e.gender != gender)
                for m in e.mentions if m.kind != "pronoun"
            )
            self._earlier[key] = ([r[0] for r in rows], rows)
        return self._earlier[key]

    def _organisation_nearby(self, before: int) -> Optional[str]:
        """`Politifact ruled … but they could not resist`: a speaking `they` the entity stage
        left alone is the organisation named just before it, if one was; a group of people
        is not guessed."""
        ends, rows = self._mention_ends("ORG", None)
        k = bisect_right(ends, before)
        if k and before - ends[k - 1] <= THEY_REACH:
            return rows[k - 1][1]
        return None

    def _nearest(self, before: int, want_type: str, gender: Optional[str]) -> Optional[str]:
        """The latest (offset, entity id) at or before ``before`` among compatible mentions
        and earlier speakers; the greatest pair wins, as ``max`` over all of them would."""
        best: Optional[tuple[int, str]] = None
        ends, rows = self._mention_ends(want_type, gender)
        k = bisect_right(ends, before)
        if k:
            best = rows[k - 1]
        k = bisect_right(self.history, (before, "\U0010ffff")) - 1
        while k >= 0 and (best is None or self.history[k] > best):
            pos, eid = self.history[k]
            if self.type_of(eid) in (want_type, None):
                g = self.gender_of(eid)
                if not (gender and g and g != gender):
                    best = (pos, eid)
                    break
            k -= 1
        return best[1] if best else None
