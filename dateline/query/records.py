"""Result records of corpus questions: flat dataclasses the CLI prints as a table, JSON Lines or CSV."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Evidence:
    article: str
    date: Optional[str]
    start: int
    end: int
    text: str


@dataclass
class SearchHit:
    kind: str  # "quote" or "article"
    article: str
    date: Optional[str]
    speaker: Optional[str]
    snippet: str
    score: float


@dataclass
class QuoteRow:
    article: str
    date: Optional[str]
    person: Optional[int]
    speaker: Optional[str]
    text: str
    cue: Optional[str]
    channel: Optional[str]
    kind: str
    start: Optional[int]
    end: Optional[int]
    # The id of the quotation (in the same article) whose text this one lies in: words the
    # speaker said as reported by someone else, not a statement of their own.
    nested_in: Optional[str] = None


@dataclass
class FactRow:
    relation: str
    value: Optional[str]
    other: Optional[str]  # the related person, for relations between people
    other_person: Optional[int]
    as_of: Optional[str]
    when: Optional[str]  # linked time value, if the text gives one
    evidence: Evidence
    direction: str = "out"  # "in" when the person is the fact's object ("X's son" seen from the son)


@dataclass
class PersonReport:
    person: int
    name: str
    type: str
    aliases: list[str]
    articles: int
    quote_count: int
    born: Optional[tuple[str, str]]
    facts: list[FactRow] = field(default_factory=list)
    relations: list[FactRow] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


@dataclass
class TimelineEvent:
    start: Optional[str]
    end: Optional[str]
    kind: str  # "born", "fact", "event" or "quote"
    what: str
    article: str
    evidence: str

    @property
    def certain(self) -> bool:
        return self.start == self.end


@dataclass
class Conflict:
    kind: str  # "age", "spouse" or "death"
    person: int
    name: str
    detail: str
    first: Evidence
    second: Evidence
