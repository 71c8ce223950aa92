"""A person's other name, stated as such, is the same person: 'Bonnie Tyler (then known as
Gaynor Hopkins)', 'Dora Quist (born Dora Vell; 1931)', 'Ida Marsh (née Kell)', 'Kell-Marsh was
born Ida Kell in Leeds', 'Brann has made films (under his real name, Tomas Veidt)', 'whose real
name is Tomas Veidt', 'Tomas Veidt, better known as Brann'. Read after pronouns are resolved (at
extraction only: the ranker's training never sees it), so the pronouns of either name are the
one person's; nothing is merged across a stated gender that differs, or into a name the text
does not take for a person."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from dateline.extractors.entities.clusters import _Cluster, _majority, _merge
from dateline.nlp import text_of
from dateline.wordstart import finditer_at, occurrences

if TYPE_CHECKING:
    from dateline.extractors.entities.builder import _Builder

# "X (born Y", "X (née Y", "X (then known as Y" ...: the name right before the bracket
_BRACKETED = re.compile(r"\((?:(born|n[ée]e|nee|formerly|then known as|birth name|original name)|also known as|known as|"
                        r"real name|later known as)[:,]?\s+(?=[A-Z])")
# "X was born Y" (a name, not "born in", "born on", "born to" ...)
_WAS_BORN = re.compile(r"\b(?:was|is) born\s+(?=[A-Z])")
# "his real name, Y", "whose real name is Y", "X's real name was Y", "better known as"
_REAL_NAME = re.compile(r"\b(his|her|whose|'s|\u2019s) (?:real|birth|given|original) name(?:,| (?:is|was))\s+(?=[A-Z])")
_OWNERS = ("his", "her", "whose", "'s", "\u2019s")  # (_REAL_NAME's first words)


def _real_name_starts(text: str) -> list[int]:
    """Where a match of _REAL_NAME can start: an owner word ending where " real name" (or
    "birth", "given", "original") starts."""
    starts: set[int] = set()
    for kind in ("real", "birth", "given", "original"):
        for at in occurrences(text, f" {kind} name"):
            starts.update(at - len(w) for w in _OWNERS if at >= len(w) and text.startswith(w, at - len(w)))
    return sorted(starts)


_BETTER_KNOWN = re.compile(r",\s+(?:better|more commonly|commonly|popularly|professionally) known as\s+(?=[A-Z])")


def _person(c: Optional[_Cluster]) -> Optional[_Cluster]:
    if c is None:
        return None
    c = c.root()
    return c if c.key and not c.plural and not c.platform and c.is_person_like() else None


def _stated(c: _Cluster) -> Optional[str]:
    return _majority(c.genders) or _majority(c.pgenders)


def _join(b: "_Builder", a: Optional[_Cluster], other: Optional[_Cluster], former: bool = False) -> None:
    """``other`` is ``a``'s other name; with ``former``, one they no longer go by (no display name)."""
    a, other = _person(a), _person(other)
    if a is None or other is None or a is other:
        return
    # the other name only in this sentence: a name the text uses again on its own is somebody's
    # own ("Kay (née Ahn)" after "Ahn" the daughter is the mother's maiden name, not the daughter)
    sents = {b.sent_start_of[m.head] for m in other.mentions if m.kind not in ("pronoun", "descriptor")}
    if len(sents) > 1:
        return
    ga, go = _stated(a), _stated(other)
    if ga is not None and go is not None and ga != go:
        return
    if former:
        a.former |= {m.start for m in other.mentions if m.kind == "name"}
    into = _merge(a, other)
    for k, c in list(b.covered.items()):
        if c is other:
            b.covered[k] = into


def _token_at(b: "_Builder", char: int) -> Optional[int]:
    tok = b.doc.char_span(char, char + 1, alignment_mode="expand")
    return tok[0].i if tok is not None and len(tok) else None


def _cluster_at(b: "_Builder", char: int) -> Optional[_Cluster]:
    i = _token_at(b, char)
    return b.covered.get(i) if i is not None else None


def _before(b: "_Builder", char: int) -> Optional[_Cluster]:
    """The cluster of the name that ends right before ``char`` (spaces and a comma between)."""
    text = text_of(b.doc)
    k = char
    while k > 0 and text[k - 1] in " ,":
        k -= 1
    return _cluster_at(b, k - 1) if k > 0 else None


def aliases(b: "_Builder") -> None:
    if b.observe is not None:
        return
    doc = b.doc
    text = text_of(doc)
    if not any(w in text for w in ("born", "known as", "name", "née", "nee", "formerly")):
        return
    for m in _BRACKETED.finditer(text):
        _join(b, _before(b, m.start()), _cluster_at(b, m.end()), former=m.group(1) is not None)
    for m in _BETTER_KNOWN.finditer(text):
        _join(b, _before(b, m.start()), _cluster_at(b, m.end()))
    # (the next two patterns open on a choice of words, tried at every word: each is matched
    # only where its words stand, found by str.find, as finditer would find them)
    for m in finditer_at(_WAS_BORN, text, sorted(occurrences(text, "was born") + occurrences(text, "is born"))):
        i = _token_at(b, m.start())
        if i is None:
            continue
        born = doc[i].head if doc[i].head.lower_ == "born" else doc[i + 1] if i + 1 < len(doc) else None
        if born is None or born.lower_ != "born":
            continue
        subj = next((ch for ch in born.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            _join(b, b.covered.get(subj.i), _cluster_at(b, m.end()), former=True)
    for m in finditer_at(_REAL_NAME, text, _real_name_starts(text)):
        owner_char = m.start(1)
        word = m.group(1)
        if word in ("his", "her"):
            owner = _cluster_at(b, owner_char)
        elif word == "whose":
            owner = _before(b, owner_char)
        else:
            owner = _cluster_at(b, owner_char - 1)
        _join(b, owner, _cluster_at(b, m.end()))
