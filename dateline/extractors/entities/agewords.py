"""Ages written next to a name or as a noun phrase: ", 4," and ", fifty-one," after a name, and
"the 29-year-old" standing for a person. Kept apart from the other token tests because names,
clusters, couples and the pronoun resolver all ask them, and the two forms share their number
reading."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from dateline.nlp import columns, text_of, tokens_of

_TENS_WORDS = {w: 10 * (k + 2) for k, w in enumerate(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))}
_ONES_WORDS = {w: k + 1 for k, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))}


def _age_follows(doc: Doc, i: int, words: bool = False) -> bool:
    """", 4," right after a name: the news convention for a person's age (with ``words``, at
    extraction only, also "fifty-one": the pronoun ranker learnt on digits)."""
    return age_after(doc, i, words) is not None


def age_after(doc: Doc, i: int, words: bool = True) -> Optional[int]:
    """The age of ", 4," at token ``i`` right after a name; also in words, "Jan, fifty-one;",
    "Geraint, thirty-eight, our loosehead" (the tokeniser splits it at its hyphen)."""
    # (the token columns: asked after every name and capitalised word)
    cols = columns(doc)
    text = cols.text
    n = len(text)
    if words and i + 2 < n and text[i] == "(" and text[i + 2] == ")" and text[i + 1].isdigit() and int(text[i + 1]) < 120:
        return int(text[i + 1])  # ("Naresh (61); and Sunil": an age in brackets, the South Asian convention; at extraction only)
    if i + 1 >= n or text[i] != ",":
        return None
    num = text[i + 1]
    after = i + 2
    if num.isdigit() and int(num) < 120:
        age = int(num)
    else:
        low = cols.lower
        if not words or low[i + 1] not in _TENS_WORDS:
            return None
        age = _TENS_WORDS[low[i + 1]]
        if after + 1 < n and text[after] == "-" and low[after + 1] in _ONES_WORDS:
            age += _ONES_WORDS[low[after + 1]]
            after += 2
    if after >= n or text[after] in (",", ".", ";", ")") or cols.lower[after] == "and":
        return age
    if words and text[after] in ("–", "—"):
        return age  # ("and Salote, 36 – read the lessons": a dash closing the list; at extraction only)
    return None


_AGED_BEFORE = re.compile(r"(\d{1,3})-year-old\s+$")


def age_said_before(doc: Doc, i: int) -> Optional[int]:
    """68 for "The 68-year-old Raghunathan": an age written right before token ``i``."""
    start = doc[i].idx
    m = _AGED_BEFORE.search(text_of(doc), max(0, start - 16), start)
    return int(m.group(1)) if m else None


def age_said_with(doc: Doc, i: int) -> Optional[int]:
    """The age written with the one-word name at token ``i``: after it (", 68,") or before it
    ("the 68-year-old Raghunathan")."""
    age = age_after(doc, i + 1)
    return age if age is not None else age_said_before(doc, i)


def _bare_age(tok: Token) -> Optional[int]:
    """The age in "the 29-year-old" used as a noun phrase of its own (no noun after it), read at
    its head word "old"; None for anything else."""
    if tok.lower_ not in ("old", "year-old") and not tok.lower_.endswith("-year-old"):
        return None
    doc = tok.doc
    toks = tokens_of(doc)
    nxt = toks[tok.i + 1] if tok.i + 1 < len(doc) else None
    # "The 36-year-old told fans ..." is sometimes parsed as an adjective on "fans"; a verb
    # right after it shows it is the subject.
    if tok.dep_ in ("amod", "compound", "nmod") and not (nxt is not None and nxt.tag_ in ("VBD", "VBZ", "VBP", "MD")):
        return None
    # Glue "29 - year - old" (or "29-year-old" as one token) back into one string.
    start = tok.i
    while start > 0 and tok.i - start < 4 and (toks[start - 1].text == "-" or toks[start - 1].lower_ in ("year", "years") or toks[start - 1].like_num):
        start -= 1
    joined = "".join(t.lower_ for t in doc[start : tok.i + 1]).replace("years", "year")
    num = joined.split("-year-old")[0] if joined.endswith("-year-old") else ""
    if not num.isdigit() or not 0 < int(num) < 120:
        return None
    return int(num) if start > 0 and toks[start - 1].lower_ == "the" else None


def stated_age(noun: Token) -> Optional[int]:
    """34 for "the 34-year-old mother": the age an N-year-old modifier on the noun states."""
    for ch in noun.children:
        if ch.dep_ == "amod" and ch.i < noun.i and (ch.lower_ == "old" or ch.lower_.endswith("-year-old")):
            words = "".join(t.lower_ for t in noun.doc[ch.left_edge.i : ch.i + 1]).replace("years", "year")
            num = words.split("-year-old")[0] if words.endswith("-year-old") else ""
            if num.isdigit() and 0 < int(num) < 120:
                return int(num)
    return None


def job_like(low: str, lex) -> bool:
    """A lower-case job word the person lexicon leaves out because it is also a surname
    ("smith") or ends like one of the trades ("shipwright", "boatbuilder"): with a stated age
    before it ("the 74-year-old smith") it describes a person (patterns key ``job_suffixes``)."""
    return low in lex.role_heads or low.endswith(lex.job_suffixes)


# ("nineteen", "thirteen": an age in words with no tens word)
_TEEN_WORDS = frozenset(("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"))


def aged_by_who(toks: list[Token], i: int) -> bool:
    """One capitalised word set off before "who is" and an age ("Mads, who is nineteen"): only a
    person (or an animal, which the thing rules read) is said to be so many (missed.py)."""
    if i + 4 >= len(toks) or toks[i + 1].text != "," or toks[i + 2].lower_ != "who" or toks[i + 3].lower_ not in ("is", "was"):
        return False
    age = toks[i + 4]
    word = age.lower_.split("-")[0]
    if not (age.text.isdigit() and int(age.text) < 120) and word not in _TENS_WORDS and word not in _ONES_WORDS and word not in _TEEN_WORDS:
        return False
    after = toks[i + 5] if i + 5 < len(toks) else None
    return after is None or after.lower_ not in ("years", "months", "weeks", "days", "percent", "per", "%", "metres", "feet")
