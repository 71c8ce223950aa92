"""Quotation marks inside a stretch of text paired into a tree, for quotations nested in
quotations (`"He told me 'we are done'"`) and top-level single-mark quotations: character work
only. Single marks double as apostrophes, so each one is read from the characters around it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from dateline.extractors.quotes.intervals import Ranges
from dateline.extractors.quotes.lexicon import MAX_SINGLE_QUOTE_CHARS, lexicon

DOUBLE, SINGLE = "d", "s"
# Two straight singles written for a double mark (`''Yes,'' he said`, an archive convention):
# such a pair is no quotation here (the double-mark pairing and PolNeAR's leave it alone), but
# what lies inside it is nested, not top-level.
DOUBLED = "w"
_ANY_MARK = re.compile("[\"'‘’“”„«»]")
# What may stand right before an opening mark, and right after a closing one.
_BEFORE_OPEN = set(" \t\n\r([{—–-/\"'‘“„«")
_AFTER_CLOSE = set(" \t\n\r.,;:!?)]}—–-/\"'’”»…")


@dataclass
class _Mark:
    pos: int
    kind: str
    opens: bool
    # A closing single mark that may be a plural possessive (`the Smiths' house`): used only
    # when no later closing single mark can end the quotation instead.
    weak: bool = False


@dataclass
class Pair:
    """Opening and closing mark positions, with the pairs nested directly inside it."""

    open: int
    close: int
    kind: str
    children: list[Pair] = field(default_factory=list)


def _elision(text: str, i: int, hi: int) -> bool:
    """`'90s`, `'em`, `rock 'n' roll`: an apostrophe standing for left-out letters."""
    word = re.match(r"[\w]+'?", text[i + 1 : min(hi, i + 12)])
    if word is None:
        return False
    w = word.group().lower()
    return w[0].isdigit() or w.rstrip("'") in lexicon()["elisions"] or w == "n'"


def _classify(text: str, i: int, lo: int, hi: int) -> Optional[_Mark]:
    c = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if c in "“„«":
        return _Mark(i, DOUBLE, True)
    if c in "”»":
        return _Mark(i, DOUBLE, False)
    if c == '"':
        if prev in _BEFORE_OPEN and not nxt.isspace():
            return _Mark(i, DOUBLE, True)
        return _Mark(i, DOUBLE, False) if not prev.isspace() else None
    if prev.isalnum() and nxt.isalnum():
        return None  # don't, O'Neill, Lee’s
    if prev in _BEFORE_OPEN and not nxt.isspace():
        if c == "’" or _elision(text, i, hi):
            return None  # ’90s written with a closing mark, 'em
        return _Mark(i, SINGLE, True)
    if c != "‘" and not prev.isspace() and nxt in _AFTER_CLOSE:
        after = text[i + 2] if i + 2 < hi else ""
        return _Mark(i, SINGLE, False, weak=prev in "sS" and nxt == " " and after.isalpha())
    return None


def _marks(text: str, lo: int, hi: int, kinds: str, skip: tuple[Ranges, ...]) -> list[_Mark]:
    out = []
    doubled = -1
    for m in _ANY_MARK.finditer(text, lo, hi):
        i = m.start()
        if i <= doubled or any(i in ranges for ranges in skip):
            continue
        if text.startswith("''", i):
            doubled = i + 1
            prev = text[i - 1] if i > lo else " "
            nxt = text[i + 2] if i + 2 < hi else " "
            if prev in _BEFORE_OPEN and not nxt.isspace():
                out.append(_Mark(i, DOUBLED, True))
            elif not prev.isspace():
                out.append(_Mark(i + 1, DOUBLED, False))
            continue
        mark = _classify(text, i, lo, hi)
        if mark is not None and mark.kind in kinds:  # (doubled marks always count, above)
            out.append(mark)
    return out


def _drop_weak(marks: list[_Mark]) -> list[_Mark]:
    """A possessive-looking closing single mark gives way when the next single mark closes too
    (`'I went to the Smiths' house,' she said`)."""
    out: list[_Mark] = []
    next_single_closes = False
    for m in reversed(marks):
        if m.kind == SINGLE:
            if m.weak and next_single_closes:
                continue
            next_single_closes = not m.opens
        out.append(m)
    out.reverse()
    return out


def pair_marks(text: str, lo: int, hi: int, kinds: str = DOUBLE + SINGLE, skip: tuple[Ranges, ...] = (),
               max_depth: int = 1) -> list[Pair]:
    """The quotation pairs in ``text[lo:hi]`` as a forest, ``max_depth`` levels deep at most;
    pairs of ``kinds`` only, and no mark inside the ``skip`` ranges (tags, quotations already found).

    One pass with a stack: a closing mark closes the latest open mark of its kind, and any
    marks opened after that one and never closed were apostrophes or lost marks. Each mark is
    pushed and popped once, so hostile input (thousands of open marks) stays linear. A single
    pair longer than ``MAX_SINGLE_QUOTE_CHARS`` is an apostrophe meeting a possessive, not a
    quotation."""
    marks = _drop_weak(_marks(text, lo, hi, kinds, skip))
    stack: list[_Mark] = []
    open_of = {DOUBLE: 0, SINGLE: 0, DOUBLED: 0}
    pairs: list[tuple[int, int, str]] = []
    for m in marks:
        if m.opens:
            stack.append(m)
            open_of[m.kind] += 1
            continue
        if not open_of[m.kind]:
            continue  # an apostrophe (`the Smiths' house`) or a stray mark
        while True:
            top = stack.pop()
            open_of[top.kind] -= 1
            if top.kind == m.kind:
                break
        too_long = m.kind == SINGLE and m.pos - top.pos > MAX_SINGLE_QUOTE_CHARS
        if text[top.pos + 1 : m.pos].strip() and not too_long:
            pairs.append((top.pos, m.pos, m.kind))
    return _keep(_forest(sorted(pairs), max_depth), kinds)


def _keep(pairs: list[Pair], kinds: str) -> list[Pair]:
    """The pairs of ``kinds``; a pair of another kind takes what lies inside it along."""
    out = [p for p in pairs if p.kind in kinds]
    for p in out:
        p.children = _keep(p.children, kinds)
    return out


def _forest(pairs: Iterable[tuple[int, int, str]], max_depth: int) -> list[Pair]:
    """Sorted, properly nested pairs as a tree, cut at ``max_depth`` levels."""
    roots: list[Pair] = []
    stack: list[Pair] = []
    for o, c, kind in pairs:
        while stack and stack[-1].close < o:
            stack.pop()
        if len(stack) >= max_depth:
            continue
        p = Pair(o, c, kind)
        (stack[-1].children if stack else roots).append(p)
        stack.append(p)
    return roots
