"""When the text last called a person by a pronoun surely (not the ranker's guess), per gender:
the other-gender filter trusts one sure pronoun only nearby. "Nora ... found her work. His
praise" is not Nora's; a "he" put on Veronica surely four sentences back may be the ranker's
own slip, and must not hide her from every later "her" (GAP dev 5-fold CV 73.5 -> 73.7).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Cluster

# How many sentences after a sure pronoun of one gender it still rules the person out for the other.
SURE_REACH = 1


class Told:
    """Sure pronouns per cluster and gender: how many, and the sentence of the latest."""

    def __init__(self) -> None:
        self.count: defaultdict[int, Counter] = defaultdict(Counter)
        self.at: defaultdict[int, dict[str, int]] = defaultdict(dict)

    def note(self, c: "_Cluster", gender: str, doubted: Counter, sent: int) -> None:
        """After ``c.pgenders[gender]`` grew by one: record it when it was no guess."""
        if c.pgenders[gender] > doubted[gender] + self.count[id(c)][gender]:
            self.count[id(c)][gender] += 1
            self.at[id(c)][gender] = sent

    def near(self, c: "_Cluster", gender: str, sent: int) -> bool:
        return sent - self.at.get(id(c), {}).get(gender, -99) <= SURE_REACH
