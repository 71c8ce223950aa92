"""The typed document model every stage shares: Article in, Extraction out.

All offsets are half-open character offsets into ``Article.text``, the whole input
string as read (for a dated file the header is included; for a JSONL record it is the
record's ``text`` field). ``source[start:end]`` is always exactly the span's text.
"""

from __future__ import annotations

import calendar
import hashlib
from datetime import date
from typing import Literal, Optional, TypeVar

from pydantic import BaseModel, ConfigDict, Field

Precision = Literal["year", "month", "day"]
EntityType = Literal["PERSON", "ORG", "ORG_OR_PRODUCT"]
QuoteKind = Literal["direct", "partial", "scare", "indirect"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
MentionKind = Literal["name", "surname", "firstname", "title", "pronoun", "descriptor"]
# Module-level alias: inside Article the field ``date`` shadows datetime.date.
DateInterval = tuple[date, date]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A piece of the source: ``text == source[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Segment(_Model):
    """One contiguous stretch of a quotation (a split quote has several)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(Span):
    kind: MentionKind = "name"


# What ``model_construct`` sets on a model with neither aliases, defaults left unset nor
# extras, done directly: the stages make tens of these per article from offsets they computed
# themselves, and ``model_construct`` walking the fields cost four times as much.
_set = object.__setattr__
_M = TypeVar("_M", bound=BaseModel)


def _trusted(cls: type[_M], values: dict) -> _M:
    m = cls.__new__(cls)
    _set(m, "__dict__", values)
    _set(m, "__pydantic_fields_set__", set(values))
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m


def trusted_span(start: int, end: int, text: str) -> Span:
    """``Span.model_construct(start=start, end=end, text=text)``, faster."""
    return _trusted(Span, {"start": start, "end": end, "text": text})


def trusted_mention(start: int, end: int, text: str, kind: MentionKind) -> Mention:
    """``Mention.model_construct(start=start, end=end, text=text, kind=kind)``, faster."""
    return _trusted(Mention, {"start": start, "end": end, "text": text, "kind": kind})


class Entity(_Model):
    id: str
    name: str = Field(description="Canonical name: the longest proper name in the cluster.")
    type: EntityType
    gender: Optional[Literal["female", "male"]] = Field(
        default=None, description="Only when the text states it (a pronoun, 'husband', 'mother')."
    )
    mentions: list[Mention] = Field(default_factory=list)


def trusted_entity(id: str, name: str, type: EntityType, gender: Optional[str], mentions: list[Mention]) -> Entity:
    """``Entity.model_construct(...)`` of the entity stage's own values, faster than ``Entity(...)``,
    whose validation walked every mention again (a tenth of the stage's output time)."""
    return _trusted(Entity, {"id": id, "name": name, "type": type, "gender": gender, "mentions": mentions})


class Quote(_Model):
    id: str
    kind: QuoteKind
    text: str = Field(description="The quoted words; segments joined by ' … ' for a split quote.")
    spans: list[Segment]
    speaker: Optional[str] = Field(default=None, description="Entity id, or null when the text does not say.")
    speaker_mention: Optional[Span] = None
    cue: Optional[str] = Field(default=None, description="Cue verb lemma: say, tell, add, tweet ...")
    cue_span: Optional[Span] = None
    addressee: Optional[str] = None
    channel: Optional[str] = None
    confidence: float = 1.0
    nested_in: Optional[str] = Field(
        default=None,
        description=(
            "Id of the quotation whose text this one lies in ('He told me \"we are done\"'), or null for a top-level"
            " one. Its spans lie inside the enclosing quotation's, whose text keeps the inner marks; its speaker is"
            " whoever the enclosing text says spoke it, or null."
        ),
    )


class TimeExpr(_Model):
    id: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    type: TimeType
    value: str = Field(description="TIMEX3 value, resolved against the article date.")
    interval: Optional[tuple[str, str]] = Field(
        default=None, description="[earliest day, latest day] the expression can denote (ISO dates)."
    )
    certain: bool = Field(default=True, description="False when the article date cannot fix the value.")
    role: Optional[str] = Field(default=None, description="'age' for ages; 'anchored' for '11 days after X'.")
    anchor: Optional[str] = Field(default=None, description="What an anchored expression is relative to.")
    mod: Optional[str] = None
    anchored_value: Optional[str] = None


class Fact(_Model):
    id: str
    relation: str
    subject: str = Field(description="Entity id.")
    object: Optional[str] = Field(default=None, description="Entity id, for relations between entities.")
    value: Optional[str | int] = None
    as_of: Optional[str] = Field(default=None, description="The article date, at its precision.")
    born_between: Optional[tuple[str, str]] = None
    time: Optional[str] = Field(default=None, description="Id of the linked TimeExpr, if any.")
    evidence: Span
    confidence: float = 1.0


class ArticleMeta(_Model):
    id: str
    date: Optional[str] = Field(default=None, description="YYYY, YYYY-MM or YYYY-MM-DD, at its precision.")
    date_precision: Optional[Precision] = None
    body_start: int = 0
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = Field(default=None, description="File the article was read from.")
    sha256: Optional[str] = None


class Article(ArticleMeta):
    """An input article. ``text`` is the whole input as read; the body starts at ``body_start``."""

    text: str

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    def meta(self) -> ArticleMeta:
        return ArticleMeta(**self.model_dump(exclude={"text"}))

    def content_hash(self) -> str:
        h = hashlib.sha256()
        h.update((self.date or "").encode())
        h.update(b"\0")
        h.update(self.text.encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def date_interval(self) -> Optional[DateInterval]:
        """First and last day the article date can denote."""
        return date_interval(self.date)


def date_interval(value: Optional[str]) -> Optional[DateInterval]:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        y, m = parts
        return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
    d = date(*parts)
    return d, d


class Extraction(_Model):
    """What dateline extracts from one article (the `--format json` object)."""

    article: ArticleMeta
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    times: list[TimeExpr] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)


def json_schema() -> dict:
    return Extraction.model_json_schema()
