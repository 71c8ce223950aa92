"""A cheaper form of a rule's regex for ``finditer``: when every non-empty match of a pattern
starts with a word character, ``(?=\\w)`` in front finds the same matches while failing at once
at every other position (the end of each word, spaces, punctuation), where the pattern would
first try all its leading alternatives. Which patterns qualify is read from their parse."""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]  # the parse tree's opcodes, CPython's re package
import re._parser as sre_parse  # type: ignore[import-not-found]  # no stubs, as re._constants
from bisect import bisect_left
from typing import Optional

_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_GATE = r"(?=\w)(?:"
_WORD = re.compile(r"\w")


def _word_char(code: int) -> bool:
    return _WORD.match(chr(code)) is not None


def _charset_is_word(items: list) -> bool:
    for op, av in items:
        if op is sre.LITERAL:
            if not _word_char(av):
                return False
        elif op is sre.RANGE:
            lo, hi = av
            if hi - lo > 0x400 or not all(_word_char(c) for c in range(lo, hi + 1)):
                return False
        elif op is sre.CATEGORY:
            if av not in (sre.CATEGORY_DIGIT, sre.CATEGORY_WORD):
                return False
        else:  # NEGATE and anything unknown
            return False
    return True


def _item(op, av) -> tuple[bool, bool]:
    """(every first character the item can consume is a word character, it can match empty)."""
    if op is sre.LITERAL:
        return _word_char(av), False
    if op is sre.IN:
        return _charset_is_word(av), False
    if op is sre.SUBPATTERN:
        return _sequence(av[3])
    if op is sre.BRANCH:
        results = [_sequence(alt) for alt in av[1]]
        return all(w for w, _ in results), any(e for _, e in results)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, _high, body = av
        word, empty = _sequence(body)
        return word, empty or low == 0
    return False, True  # ANY, group references, conditionals: no claim


def _sequence(items) -> tuple[bool, bool]:
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the first character comes from a later item
        word, empty = _item(op, av)
        if not word:
            return False, True
        if not empty:
            return True, False
    return True, True


def starts_with_word(rx: re.Pattern) -> bool:
    """Whether every non-empty match of ``rx`` begins with a word character."""
    return _sequence(sre_parse.parse(rx.pattern, rx.flags))[0]


def _opens_with_choices(items) -> bool:
    """Whether the first item that consumes is optional or a choice among alternatives: what
    such a pattern tries at every position costs more than the gate (a pattern opening on one
    literal or character class fails as fast without it)."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        while op is sre.SUBPATTERN and len(av[3]) == 1:
            op, av = av[3][0]
        return op is sre.BRANCH or _item(op, av)[1]
    return False


def word_start_gate(rx: re.Pattern) -> re.Pattern:
    """``rx`` itself, or, when every non-empty match of it starts with a word character and it
    opens on a choice, the same pattern behind ``(?=\\w)`` (its groups keep their numbers and
    names)."""
    if not isinstance(rx.pattern, str) or rx.pattern.startswith(_GATE):
        return rx
    if rx.pattern.startswith("(?") and rx.pattern[2:3].isalpha():
        return rx  # leading global flags must stay first
    if not starts_with_word(rx) or not _opens_with_choices(sre_parse.parse(rx.pattern, rx.flags)):
        return rx
    return re.compile(_GATE + rx.pattern + ")", rx.flags)


# The characters IGNORECASE matches to an ASCII letter that are none themselves (İ ı ſ K).
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def ascii_lower(text: str) -> Optional[str]:
    """``text`` lower-cased, for searching in place of IGNORECASE patterns spelt in lower-case
    ASCII (sre compares such a pattern character by character, folding each, and skips no
    position ahead): the offsets are the text's, and such a pattern matches the text where its
    case-sensitive form matches this. None when the text holds a character that folds onto an
    ASCII letter, where only the pattern itself can say."""
    global _LAST_LOWER
    last = _LAST_LOWER
    if last[0] is text:
        return last[1]
    low = None if any(c in text for c in _FOLDS_TO_ASCII) else text.lower()
    _LAST_LOWER = (text, low)
    return low


# The text asked of last and its answer: a dozen rules ask of the same article's text in turn.
# One tuple, read and replaced whole, so that a thread sees a whole entry.
_LAST_LOWER: tuple[Optional[str], Optional[str]] = (None, None)


_CASED: dict[re.Pattern, Optional[re.Pattern]] = {}


def finditer_lower(rx: re.Pattern, text: str, low: Optional[str], pos: int = 0, endpos: Optional[int] = None) -> list[re.Match]:
    """The matches of ``rx.finditer(text, pos, endpos)``, found in ``low`` (ascii_lower's text)
    by ``rx`` without IGNORECASE when its pattern is all lower-case ASCII (the "P" of a named
    group aside), each matched again at its start in the text for its groups as written."""
    end = len(text) if endpos is None else endpos
    cased = _CASED.get(rx, rx)
    if cased is rx:
        # (a named group's "(?P<" is no letter the pattern matches; its name must be lower-case)
        bare = rx.pattern.replace("(?P<", "(?<").replace("(?P=", "(?=")
        plain = rx.flags & re.IGNORECASE and rx.pattern.isascii() and bare == bare.lower()
        cased = _CASED[rx] = re.compile(rx.pattern, rx.flags & ~re.IGNORECASE) if plain else None
    if cased is None or low is None:
        return list(rx.finditer(text, pos, end))
    found = []
    for m in cased.finditer(low, pos, end):
        got = rx.match(text, m.start(), end)
        if got is None or got.end() != m.end():
            return list(rx.finditer(text, pos, end))  # (never seen: the two searches agree)
        found.append(got)
    return found


def match_starts(text: str, marks: tuple[str, ...] = ()) -> list[int]:
    """In order, every line's start in ``text`` (where ``^`` matches under re.MULTILINE: 0 and
    each position after a "\\n") and every start of one of ``marks``; kept for the text and
    marks asked of last."""
    global _LAST_STARTS
    last = _LAST_STARTS
    if last[0] is text and last[1] == marks:
        return last[2]
    found = {0, *(i + 1 for i in occurrences(text, "\n"))}
    for mark in marks:
        found.update(occurrences(text, mark))
    starts = sorted(found)
    _LAST_STARTS = (text, marks, starts)
    return starts


_LAST_STARTS: tuple[Optional[str], tuple[str, ...], list[int]] = (None, (), [])  # one tuple, read and replaced whole


def finditer_at(rx: re.Pattern, text: str, starts: list[int], pos: int = 0) -> list[re.Match]:
    """``list(rx.finditer(text, pos))`` for a pattern whose every match is non-empty and starts at
    one of ``starts`` (``match_starts``: a line's start or a mark): ``rx.match`` tried there only,
    each past the last match, as finditer goes on. Opening on a choice of "^" and a mark, such a
    pattern gives sre no first character to skip ahead by: it was tried at every character (one
    opening on "^" alone sre already tries at line starts only)."""
    found = []
    end = pos
    for p in starts[bisect_left(starts, pos) :]:
        if p >= end and (m := rx.match(text, p)) is not None:
            found.append(m)
            end = m.end()
    return found


def occurrences(text: str, needle: str) -> list[int]:
    """Every index where ``needle`` starts in ``text`` (overlaps included), by str.find: the
    cheap test a rule runs before its regex, and how the scorer places a gold string."""
    out, at = [], text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + 1)
    return out
