"""At extraction only: a he/she inside a quotation is not the person quoted (``Kay said: "Dee
won, and she deserved it"``, ``Kay wrote that Dee's songs "grow as she grows"``): a speaker
calls themselves I, so a third-person pronoun in their words is somebody else.

Pronouns inside straight or curly double quotes are never resolved (``pronouns.py`` skips
them), so this matters for the typewriter convention of encyclopedia dumps and some wires,
where a quotation opens with two backticks and closes with two apostrophes, which the quote
mask does not read as marks (a lone apostrophe is also a possessive's).

Also at extraction only: a name the text writes only inside a quoted title (``Marigold Lane'', a
song) is no he or she (``ranker.candidates``), and a pronoun that is a word of one (``When He
Comes Home Again'') is nobody's (``pronouns._pronoun_rules``)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.syntax import quote_mask
from dateline.nlp import columns, text_of, tokens_of

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.pronouns import _Resolver

_OPEN = "``"
_CLOSE = "''"
# How many words before the quotation opens, or after it closes, its speech verb may stand
# ("Kay commented: ``...", "``...'', Kay said").
_REACH = 4
_CLAUSE_REACH = 40
# Verbs that introduce a quotation and are no speech verb of the entity lexicon ("answered,
# ``I think she ...''", "expressed faith in Vance: ``He has ...''"), read here only.
_MORE_SPEECH = frozenset({"answer", "assert", "opine", "conclude", "quote", "elaborate", "enthuse", "rave", "express"})
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})


def ticked_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``...'' quotations; one left open ends with its paragraph."""
    out: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        k = para.find(_OPEN)
        while k >= 0:
            end = para.find(_CLOSE, k + 2)
            stop = pos + (end + 2 if end >= 0 else len(para))
            out.append((pos + k, stop))
            if end < 0:
                break
            k = para.find(_OPEN, end + 2)
        pos += len(para) + 1
    return out


def _token_span(r: "_Resolver", tok: Token) -> Optional[tuple[int, int]]:
    """The token range [lo, hi) of the ``...'' quotation holding the token, if any."""
    spans = getattr(r, "_ticked_tokens", None)
    if spans is None:
        idx = columns(r.doc).idx
        spans = [(bisect_right(idx, a - 1), bisect_right(idx, b - 1)) for a, b in ticked_spans(text_of(r.doc))]
        r._ticked_tokens = spans  # type: ignore[attr-defined]
    for lo, hi in spans:
        if lo <= tok.i < hi:
            return lo, hi
        if lo > tok.i:
            break
    return None


def _speaking(r: "_Resolver", t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in r.lex.speech_verbs or t.lemma_.lower() in _MORE_SPEECH)


def _speech_verb(r: "_Resolver", tok: Token, lo: int, hi: int) -> Optional[Token]:
    """The speech verb the quotation is attributed to: the first verb above the pronoun outside
    the quotation (or the speech verb reporting that verb's clause), or one before it opens
    after a comma or colon, or one just after it closes."""
    node, steps, outside = tok, 0, 0
    while node.head.i != node.i and steps < 12 and outside < 3:
        node = node.head
        steps += 1
        if not lo <= node.i < hi:
            # the first verb above the quotation ("noted the way Ruth ``keeps ...''": the
            # parser hangs a quoted clause on a noun as often as on its verb)
            outside += 1
            if node.pos_ in ("VERB", "AUX"):
                if _speaking(r, node):
                    return node
                if node.dep_ == "ccomp" and _speaking(r, node.head):
                    return node.head  # "said the part is ``exciting to play ...''"
                break
    toks = tokens_of(r.doc)
    if lo > 0 and toks[lo - 1].text in (":", ","):
        # (a comma or colon opening the quotation ends the clause of its verb, however long:
        # "wrote in a letter to her aunt Maud: ``...", "asked in the Gazette, ``...")
        sent = r.sent_of[lo - 1]
        for k in range(lo - 2, max(-1, lo - 2 - _CLAUSE_REACH), -1):
            if r.sent_of[k] != sent:
                break
            if _speaking(r, toks[k]):
                return toks[k]
    sent = r.sent_of[lo]
    for k in list(range(lo - 1, max(-1, lo - 1 - _REACH), -1)) + list(range(hi, min(len(toks), hi + _REACH))):
        t = toks[k]
        if r.sent_of[k] == sent and _speaking(r, t) and t.pos_ == "VERB":
            return t
    return None


def _subject_of(r: "_Resolver", verb: Token) -> Optional[int]:
    """The token of whoever the speech verb's subject is: its own, or, for a participle with
    none ("gave it two stars and stating ``...", "was quoted as saying: ``..."), the subject of the
    verb it hangs from; a "who" is its clause's noun."""
    node = verb
    for _ in range(4):
        subj = [ch for ch in node.children if ch.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            if subj[0].lower_ in ("who", "that") and node.dep_ == "relcl":
                return node.head.i  # "Ada Voss, who wrote: ``..." is Voss speaking
            return subj[0].i
        if node.dep_ not in ("advcl", "xcomp", "pcomp", "pobj", "prep", "acl", "conj") or node.head.i == node.i:
            return None
        node = node.head
    return None


def quoted_speaker(r: "_Resolver", tok: Token) -> set[int]:
    """The clusters (by id) of whoever speaks the ``...'' quotation the pronoun is in."""
    span = _token_span(r, tok)
    if span is None:
        return set()
    lo, hi = span
    if lo > 0 and r.doc[lo - 1].lower_ == "that" and not any(t.lower_ in _FIRST_PERSON for t in r.doc[lo:hi]):
        # "Ada recalls that ``She had vowed ...'': reported speech in quotation marks, unless the
        # words say I ("wrote that ``when Nell left as she did, I wept'')
        return set()
    verb = _speech_verb(r, tok, lo, hi)
    if verb is None or (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in r.lex.speech_verbs):
        # ("Voss wrote that Brandt said that Lutz ``never pleased him'': whose words they
        # are, and so whom the third person avoids, is not clear)
        return set()
    k = _subject_of(r, verb)
    c = r.covered.get(k) if k is not None else None
    return {id(c.root())} if c is not None else set()


# Words a title leaves in lower case ("I Wanna Dance with Somebody", "The Secret Life of Bees").
_TITLE_SMALL = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "by", "for", "with",
                          "from", "as", "up", "is", "vs", "de", "la", "le", "von", "van"})


# 'Abandon All Hope', 'Anywhere But Here,': a capitalised run in single quotes, the opening mark
# after a space or a bracket (not a possessive's or a contraction's apostrophe), the closing one
# before no letter
_SINGLE = re.compile(r"(?:(?<=[\s(\[])|^)'([A-Z][^'\n]{0,80}?)'(?![\w])", re.M)


def _single_marks(text: str) -> Iterator[re.Match]:
    """``_SINGLE.finditer(text)``, tried only where a match can start, at an apostrophe (found by
    str.find), each past the last match: the pattern opens on a look-behind, so sre had no first
    character to skip ahead by and tried it at every character of the text."""
    end, at = 0, text.find("'")
    while at >= 0:
        if at >= end and (m := _SINGLE.match(text, at)) is not None:
            yield m
            end = m.end()
        at = text.find("'", at + 1)


def single_quoted(text: str) -> list[tuple[int, int]]:
    """Titles of two words or more in single quotes ('When the Levee Breaks'); not a nickname
    between a given name and a surname (Ann 'Big Sis' Lowe)."""
    out = []
    n = len(text)
    for m in _single_marks(text):
        inner = m.group(1).rstrip(",.!?")
        # the last word before the mark and the first character after it, past any space
        # (``text[:start].rstrip().rsplit(" ", 1)[-1]`` and ``text[end:].lstrip()[:1]``, without
        # copying the text on either side of every match)
        j = m.start()
        while j > 0 and text[j - 1].isspace():
            j -= 1
        before = text[text.rfind(" ", 0, j) + 1 : j]
        k = m.end()
        while k < n and text[k].isspace():
            k += 1
        after = text[k : k + 1]
        if len(inner.split()) < 2 or (before[:1].isupper() and before.isalpha() and after.isupper()):
            continue
        out.append((m.start(), m.end()))
    return out


def _title_like(words: str) -> bool:
    """Every word of a quotation capitalised but the small ones: a song's or a book's title."""
    tokens = [w.strip(".,!?;:()'\"") for w in words.split()]
    tokens = [w for w in tokens if w and any(ch.isalpha() for ch in w)]
    return bool(tokens) and all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in tokens)


def _title_spans(r: "_Resolver") -> list[tuple[int, int]]:
    spans = getattr(r, "_title_spans", None)
    if spans is None:
        text = text_of(r.doc)
        spans = []
        for a, b in sorted(ticked_spans(text) + quote_mask(text) + single_quoted(text)):
            inner = text[a:b].strip("`'\"\u201c\u201d ")
            if _title_like(inner):
                spans.append((a, b))
        r._title_spans = spans  # type: ignore[attr-defined]
    return spans


def quoted_title_only(r: "_Resolver", cluster: "_Cluster") -> bool:
    """Every name of the cluster is inside a quoted title (``Marigold Lane'', "Paper Moon Waltz"): a
    work, no he or she, whatever the tagger calls the words."""
    names = [m for m in cluster.mentions if m.kind != "pronoun"]
    if not names:
        return False
    spans = _title_spans(r)
    return bool(spans) and all(any(a <= m.start and m.end <= b for a, b in spans) for m in names)


def in_quoted_title(r: "_Resolver", tok: Token) -> bool:
    """The pronoun is a word of a quoted title (``When He Comes Home Again''), nobody's."""
    # (not a quoted pronoun alone: the Madonna's message that ``She'' was ...)
    starts, reach = _long_titles(r)
    # (the titles of more than one word starting at or before the pronoun, and the furthest
    # any of them ends, made once per Doc: each pronoun walked every title)
    k = bisect_right(starts, tok.idx)
    return k > 0 and reach[k - 1] > tok.idx


def _long_titles(r: "_Resolver") -> tuple[list[int], list[int]]:
    got = getattr(r, "_long_titles", None)
    if got is None:
        text = text_of(r.doc)
        starts, reach, far = [], [], -1
        for a, b in _title_spans(r):  # (sorted by start)
            if len(text[a:b].split()) > 1:
                far = max(far, b)
                starts.append(a)
                reach.append(far)
        got = r._long_titles = (starts, reach)  # type: ignore[attr-defined]
    return got
