"""Second pre-filters for rules whose trigger is any number (patterns.scan): a few characters
every match of the rule holds. A window's match is a substring of the text, so only the windows
in which one of those starts can hold a match: the rest (around every number, most of an
article) are not read, and the windows read are the same as before. Found by str.find, which
costs next to nothing (a regex over the text cost as much as the windows it spared)."""

from __future__ import annotations

from bisect import bisect_left
from typing import Optional

# Each rule's strings, one of which every match holds; those with letters are looked for in
# the lower-cased text (wordstart.ascii_lower), as the rules read letters case-blind.
GATES: dict[str, tuple[str, ...]] = {
    "numeric": ("/",),  # "12/25/2019"
    "iso": ("-",),  # "2019-12-25"
    "year_span": ("-",),  # "1990-91"
    "decade": ("0s", "0's"),  # "1990s", "'60s", "1990's"
    "age_aged": ("age",),  # "aged 61", "ages 4"
}


def gated(name: str, text: str, low: Optional[str], windows: list[tuple[int, int]], starts: dict[str, list[int]]) -> list[tuple[int, int]]:
    """``windows`` less those in which none of rule ``name``'s strings starts (``starts``: each
    rule's starts, found when first asked). Left whole when there is no lower-cased text to
    look for letters in (it holds a character the rules fold onto an ASCII letter)."""
    at = starts.get(name)
    if at is None:
        found: list[int] = []
        for w in GATES[name]:
            hay = text if w.isascii() and not any(c.isalpha() for c in w) else low
            if hay is None:
                return windows
            i = hay.find(w)
            while i >= 0:
                found.append(i)
                i = hay.find(w, i + 1)
        at = starts[name] = sorted(found)
    return [(a, b) for a, b in windows if bisect_left(at, a) < bisect_left(at, b)]
