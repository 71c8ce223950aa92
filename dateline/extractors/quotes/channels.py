"""The channel of a statement (Twitter, a press release ...): named in its clause or carried from the statement before."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Token

from dateline.extractors.quotes.lexicon import lexicon
from dateline.model import Quote
from dateline.nlp import text_of
from dateline.wordstart import ascii_lower, occurrences


@lru_cache(maxsize=16)
def _channel_hits(text: str, lo: int, hi: int) -> tuple[list[int], list[str]]:
    """Channel names in a window (offsets in order, and channels), found once per window: the
    quotations of one long sentence share it (a str caches its hash, so the text as a key costs
    nothing after the first)."""
    lex = lexicon()
    starts = _channel_starts(text)
    if starts is not None and bisect_left(starts, lo) == bisect_left(starts, hi):
        return [], []  # no channel's name starts in the window
    found = [(m.start(), lex["channels"][m.group(1).lower()]) for m in lex["channel_re"].finditer(text, lo, hi)]
    return [at for at, _ in found], [name for _, name in found]


@lru_cache(maxsize=4)
def _channel_starts(text: str) -> Optional[list[int]]:
    """Where a channel's name starts in the text, in order (found in its lower-case copy by
    str.find: the regex tried every word of every window); None when the text holds a character
    the regex folds onto an ASCII letter, where only the regex can say."""
    low = ascii_lower(text)
    if low is None:
        return None
    found = []
    for name in lexicon()["channels"]:
        found.extend(occurrences(low, name.lower()))
    return sorted(found)


def _channel(text: str, cue: Optional[Token], lo: int, hi: int) -> Optional[str]:
    """The channel named in the reporting clause, nearest the cue wins (the earlier on a tie)."""
    if cue is not None and cue.lemma_ == "tweet":
        return "Twitter"
    offsets, names = _channel_hits(text, lo, hi)
    if not offsets:
        return None
    anchor = cue.idx if cue is not None else lo
    # The nearest hit is the last before the anchor or the first at or after it: a bisection,
    # not a look at every hit of a sentence that names a channel thousands of times.
    k = bisect_left(offsets, anchor)
    if k == len(offsets) or (k > 0 and anchor - offsets[k - 1] <= offsets[k] - anchor):
        k -= 1
    return names[k]


def _channels_from_context(doc: Doc, results: list[tuple[int, Quote, Optional[Token]]]) -> None:
    """A quotation whose own clause names no channel takes the channel of the statement
    right before it by the same speaker, in the same or the previous paragraph
    (`X confirmed the news via an Instagram post. "…," X told her followers`)."""
    text = text_of(doc)
    for i, (_, quote, _) in enumerate(results):
        if quote.channel is not None or quote.speaker is None or i == 0:
            continue
        _, before, _ = results[i - 1]
        if before.speaker != quote.speaker or before.channel is None:
            continue
        gap = text[before.spans[-1].end : quote.spans[0].start]
        if gap.count("\n\n") + gap.count("\n") // 2 <= 1 or gap.count("\n") <= 2:
            quote.channel = before.channel
