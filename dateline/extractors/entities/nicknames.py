"""A nickname written inside a full name: "Margaret 'Peggy' Olsen", 'Thomas ("Tam") McLeish',
"William 'Billy' Archer". One person, named once with the nickname between first name and surname.

Name spans stop at a quotation mark (a headline's ent can run into a quotation), so such a name
comes out as two or three people: "Margaret", "Peggy" and "Olsen", and a later "Olsen, 84"
finds no first name to join. Here the pieces become one span over the whole name, whose key
(punctuation dropped) is first name, nickname and surname, so a later bare surname or the first
and last names together find the same person."""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc

from dateline.extractors.entities.hyphenednames import GAELIC_PARTICLES
from dateline.extractors.entities.lexicon import Lexicon
from dateline.extractors.entities.missed import _NameSpan
from dateline.nlp import columns, tokens_of

_OPEN = frozenset({"'", '"', "‘", "“", "`", "``"})
_CLOSE = frozenset({"'", '"', "’", "”", "''"})
_MAX_NICK = 3  # "Big Jim", "The Rocket": a nickname is short


def _word(text: str) -> bool:
    # ("O'Sullivan", "D’Arcy": an apostrophe inside an Irish or Norman surname)
    return text[:1].isupper() and text.replace("-", "").replace(".", "").replace("'", "").replace("’", "").isalpha()


def _nickname_end(doc: Doc, i: int) -> Optional[int]:
    """Where the surname starts if a bracketed or quoted nickname opens at token ``i``."""
    toks = tokens_of(doc)
    n = len(doc)
    bracket = i < n and toks[i].text == "("
    j = i + 1 if bracket else i
    quoted = j < n and toks[j].text in _OPEN
    if not (bracket or quoted):
        return None
    j += 1 if quoted else 0
    k = j
    while k < n and k - j < _MAX_NICK and _word(toks[k].text):
        k += 1
        # ('Claude "T-Claude" Thibodeaux Jr.': a hyphen inside the nickname, written close)
        if k + 1 < n and toks[k].text in ("-", "‐") and not toks[k - 1].whitespace_ and not toks[k].whitespace_ and _word(toks[k + 1].text):
            k += 1
    if k == j:
        return None
    if quoted:
        if not (k < n and toks[k].text in _CLOSE):
            return None
        k += 1
    if bracket:
        if not (k < n and toks[k].text == ")"):
            return None
        k += 1
    # nothing but spaces between the closing mark and the surname; the opening mark after a space
    if not toks[i - 1].whitespace_ or not toks[k - 1].whitespace_ or "\n" in toks[k - 1].whitespace_:
        return None
    return k


def _first_names_found(doc: Doc, spans: list) -> list:
    """'Dorothy "Dot" Kessler' where the tagger found "Dot" and "Kessler" but not "Dorothy": the
    capitalised word before the nickname, in no span, becomes the first name's span."""
    toks = tokens_of(doc)
    starts = {sp.start for sp in spans}
    covered = {i for sp in spans for i in range(sp.start, sp.end)}
    added = []
    for sp in spans:
        if sp.label != "PERSON" or sp.start < 3:
            continue
        for f in (sp.start - 4, sp.start - 5):  # first name, opening mark, nickname (1-2 words), closing mark
            if f >= 0 and f not in covered and _word(toks[f].text) and toks[f].pos_ == "PROPN" and _nickname_end(doc, f + 1) == sp.start \
                    and f - 1 not in covered and (f == 0 or not _word(toks[f - 1].text)):
                added.append(replace(sp, start=f, end=f + 1, label=None, age=False, surname=None))
                break
    return sorted(spans + added, key=lambda s: s.start) if added and not any(a.start in starts for a in added) else spans


def _untagged_nicknamed(doc: Doc, spans: list, lex: Lexicon) -> list:
    """'Dewitt "Dee" Harmon.' heading an honoree's paragraph, tagged nothing: a capitalised word,
    a quoted nickname and one or two capitalised words after it, none in a span, are a person's
    name (the shape is a person's own; no place or firm is written so)."""
    toks = tokens_of(doc)
    covered = {i for sp in spans for i in range(sp.start, sp.end)}
    added = []
    words = columns(doc).text
    # (the quotation marks found in one comprehension over the words: a Token's text read for
    # every word cost more than the rest of the rule)
    for i in [i for i in range(1, len(doc) - 3) if words[i] in _OPEN]:
        if i - 1 in covered or not _word(toks[i - 1].text) or toks[i - 1].lower_ in lex.titles:
            continue
        end = _nickname_end(doc, i)
        if end is None or end >= len(doc) or not _word(toks[end].text) or toks[end].lower_ in lex.org_keywords:
            continue
        if end in covered:
            # ('Doug "Smithy" Pengelly' with the surname tagged alone: the first name joins it below)
            if any(sp.start == end for sp in spans):
                added.append(_NameSpan(i - 1, i, "PERSON"))
            continue
        stop = end + 1 if not (end + 1 < len(doc) and _word(toks[end + 1].text) and end + 1 not in covered) else end + 2
        added.append(_NameSpan(i - 1, i, None))
        added.append(_NameSpan(end, stop, "PERSON"))
    return sorted(spans + added, key=lambda sp: sp.start) if added else spans


def _surname_words(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """One or two capitalised words, none an organisation's, a hyphened surname one word
    ('Patricia "Trish" Dizon-Ramos')."""
    words = doc[s:e].text.split()
    # ('Johannes "Hans" van der Berg': lower-case particles before the capitalised surname)
    while len(words) > 1 and words[0] in lex.lower_particles:
        words = words[1:]
    return len(words) <= 2 and all(_word(w) and w.lower() not in lex.org_keywords for w in words)


def join_nicknamed(doc: Doc, spans: list, lex: Lexicon) -> list:
    """Spans sorted by start; a first name's span, a nickname (a span of its own or none) and a
    surname's span right after it become one PERSON span. The first name is one or two
    capitalised words, the surname one or two, and one of the pieces was tagged a person."""
    toks = tokens_of(doc)
    spans = _first_names_found(doc, spans)
    spans = _untagged_nicknamed(doc, spans, lex)
    out: list = []
    n = 0
    while n < len(spans):
        sp = spans[n]
        end = _nickname_end(doc, sp.end) if sp.end < len(doc) and not sp.platform else None
        if end is None or sp.end - sp.start > 2 or not all(_word(toks[i].text) for i in range(sp.start, sp.end)):
            out.append(sp)
            n += 1
            continue
        m = n + 1
        inner = []
        while m < len(spans) and spans[m].start < end:
            inner.append(spans[m])
            m += 1
        last = spans[m] if m < len(spans) else None
        if (last is None or last.start != end) and sp.label is None:
            # 'Margaret "Peggy" Olsen' tagged one PERSON ent: the span stopped at the quotation
            # mark and left the rest of the ent out
            stop = end
            while stop < len(doc) and stop - end < 2 and toks[stop].ent_type_ == "PERSON" and _word(toks[stop].text) \
                    and (last is None or stop < last.start):
                stop += 1
            if stop > end and toks[sp.start].ent_type_ == "PERSON" and toks[sp.start].ent_iob_ == "B":
                last = replace(sp, start=end, end=stop, label="PERSON")
                m -= 1
        if last is not None and last.start == end and last.end - last.start == 1 and toks[last.start].lower_ in GAELIC_PARTICLES \
                and m + 1 < len(spans) and spans[m + 1].start == last.end:
            # ('Seán "Sonny" Ó Súilleabháin' with the particle a span of its own: the surname is both)
            last = replace(last, end=spans[m + 1].end, label=last.label or spans[m + 1].label)
            m += 1
        # (one word before a quoted nickname: 'Caridad "Lola Caring" Villanueva')
        quoted_one = toks[sp.end].text in _OPEN and sp.end - sp.start == 1
        if (last is None or last.start != end) and quoted_one and end < len(doc) \
                and _word(toks[end].text) and toks[end].ent_type_ in ("", "GPE", "ORG", "NORP") and not any(x.start <= end < x.end for x in spans) \
                and (end + 1 >= len(doc) or not _word(toks[end + 1].text)):
            # ('Caridad "Lola Caring" Villanueva', the surname tagged a place alone: the word after the nickname)
            last = _NameSpan(end, end + 1, None)
            m -= 1
        if (last is None or last.start != end or last.platform or not _surname_words(doc, last.start, last.end, lex)
                or any(s.end > end for s in inner)
                or ("PERSON" not in {sp.label, last.label, *(s.label for s in inner), *(toks[i].ent_type_ for i in range(sp.start, last.end))}
                    # ('Caridad "Lola Caring" Villanueva' tagged a firm and a place: one word, a
                    # quoted nickname and one word are a person's name by their shape alone)
                    and not (quoted_one and last.end - last.start == 1)
                    # ("Larysa (Lesia) Zaritska-Moroz" tagged a firm: a bracketed one, the same)
                    and not (toks[sp.end].text == "(" and sp.end - sp.start == 1 and end - sp.end == 3 and len(doc[last.start : last.end].text.split()) == 1))):
            out.append(sp)
            n += 1
            continue
        out.append(replace(sp, end=last.end, label="PERSON", age=last.age))
        n = m + 1
    return out


# a generational suffix closing a name ("Jr.", "Sr", "III"): no part of the surname the nickname goes with
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def nickname_keys(doc: Doc, start: int, end: int, key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The other keys a name written with its nickname inside goes by: 'Harold "Hal" Vearing'
    is also "Hal Vearing" and "Harold Vearing"; 'Claude Joseph "Boo" Thibodeaux Sr.' is also
    "Boo Thibodeaux", "Claude Joseph Thibodeaux" and "Claude Thibodeaux" (the words before the
    mark, those inside it, those after it less a generational suffix)."""
    cols = columns(doc)
    q = next((k for k in range(start + 1, end) if cols.text[k] in _OPEN or cols.text[k] == "("), None)
    close = next((k for k in range(q + 1, end) if cols.text[k] in _CLOSE or cols.text[k] == ")"), None) if q is not None else None
    if q is None or close is None:
        return []

    def words(a: int, b: int) -> tuple[str, ...]:
        return tuple(cols.lower[k] for k in range(a, b) if not cols.is_punct[k])

    given, nick, rest = words(start, q), words(q + 1, close), words(close + 1, end)
    if rest and rest[-1].rstrip(".") in _GENERATIONS:
        rest = rest[:-1]
    if not given or not nick or not rest or len(given) > 2 or len(rest) > 2:
        return []
    out = [nick + rest, given + rest] + ([given[:1] + rest] if len(given) > 1 else [])
    return [k for k in out if k != key]


def _initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[:1].isalpha()


def middle_initial_keys(key: tuple[str, ...], known) -> list[tuple[str, ...]]:
    """'Dale E. Hostetler' (a headline) and 'Dale Eugene Hostetler' (the body) are one man: a
    middle initial and a middle name it begins, between the same given name and surname. Two
    full middle names that differ stay two people (a father and a son); ``known``: the keys seen."""
    if len(key) != 3 or not key[0][:1].isalpha() or _initial(key[0]):
        return []
    if _initial(key[1]):
        return [k for k in known if len(k) == 3 and k[0] == key[0] and k[2] == key[2] and len(k[1]) > 2 and k[1][0] == key[1][0]]
    return [k for k in ((key[0], key[1][0] + ".", key[2]), (key[0], key[1][0], key[2])) if k in known]
