"""Hand corrections of the linker, by name or '#id': merge two people, split one."""

from __future__ import annotations

from dateline.errors import QueryError
from dateline.link import merge as _merge
from dateline.link import split as _split
from dateline.query.common import one_person
from dateline.store import Store


def merge(store: Store, keep: str, other: str) -> int:
    """Fold the person ``other`` into ``keep`` (ids like '#3' or unambiguous names)."""
    a, b = one_person(store, keep), one_person(store, other)
    if a == b:
        raise QueryError("E303", name=keep)
    _merge(store, a, b)
    return a


def split(store: Store, who: str, article_ids: list[str]) -> int:
    """Give the mentions of a person in these articles to a new person; returns the new id."""
    pid = one_person(store, who)
    try:
        return _split(store, pid, article_ids)
    except LookupError:
        raise QueryError("E304", name=who, articles=", ".join(article_ids)) from None
