"""Questions across the corpus: search, quotes by a person, person reports, timelines, facts as of a
date and contradictions. Every function takes an open ``Store`` and mirrors one CLI command.

Results are lists of flat dataclasses, so the CLI can print them as a table, JSON Lines or CSV.
"""

from __future__ import annotations

from dateline.query.common import (
    MAX_SEARCH_CHARS,
    MAX_SEARCH_TERMS,
    check_search,
    find_people,
    one_person,
    page,
    parse_day,
    plain,
    present_tense,
)
from dateline.query.contradictions import conflicts
from dateline.query.corrections import merge, split
from dateline.query.export import EXPORT_TABLES, export_jsonl, export_parquet
from dateline.query.fulltext import search
from dateline.query.output import field_names, flatten, joined, to_csv, to_json_lines
from dateline.query.people import facts, person, quotes, timeline
from dateline.query.records import Conflict, Evidence, FactRow, PersonReport, QuoteRow, SearchHit, TimelineEvent

__all__ = [
    "Evidence", "SearchHit", "QuoteRow", "PersonReport", "FactRow", "TimelineEvent", "Conflict",
    "search", "quotes", "find_people", "person", "timeline", "facts", "conflicts", "merge", "split",
    "export_jsonl", "export_parquet", "to_json_lines", "to_csv", "page", "MAX_SEARCH_TERMS", "MAX_SEARCH_CHARS",
    "EXPORT_TABLES", "check_search", "field_names", "flatten", "joined", "one_person", "parse_day", "plain", "present_tense",
]
