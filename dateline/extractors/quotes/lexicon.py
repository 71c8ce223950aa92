"""Quotation lexicons and conventions: marks, cue and noun lists (from dateline/patterns/quotes.json), limits."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from dateline.wordstart import word_start_gate

PATTERNS = Path(__file__).resolve().parents[2] / "patterns" / "quotes.json"


DOUBLE_OPEN = "“„«"


DOUBLE_CLOSE = "”»"


STRAIGHT = '"'


SINGLE_OPEN = "‘"


SINGLE_CLOSE = "’"


# A quotation mark inside an HTML/XML tag (`<tweet author="...">`) quotes an attribute value.
TAG = re.compile(r"<[^<>\n]{0,3000}>")


PRONOUNS = {
    "he": "male", "him": "male", "his": "male",
    "she": "female", "her": "female", "hers": "female",
    "they": None, "them": None, "it": None, "we": None, "i": None, "you": None,
}


SUBJECT_DEPS = ("nsubj",)


# How far back (in tokens) `the statement said` looks for the statement it refers to.
DOCUMENT_LOOKBACK = 150


# How far back (in characters) a speaking `they` looks for the organisation it stands for:
# about two sentences.
THEY_REACH = 300


# Dependents that build a noun phrase before its head (`the Friday editorial`).
NOUN_MODIFIER_DEPS = ("det", "amod", "compound", "nmod", "poss")


# A quotation signed after a dash (`"…" ― Jane Doe`), the convention of reader comments and
# pull quotes: the name is the speaker.
DASH_SIGNATURE = re.compile(r"\s*[―—–-]{1,2}\s*((?:[A-Z][\w.'’-]*\s?){1,4})")


# A transcript line (`WALLACE: ...`) names its speaker in capitals before a colon.
TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s")


# A stage direction (`"(CROSSTALK.)`, `[APPLAUSE]`) is not speech, and it interrupts a
# running quotation: what follows it is a new statement.
STAGE_DIRECTION = re.compile(r"\s*[(\[][^()\[\]]*[)\]][.,]?\s*")


# Words that may sit between a closing mark and the next opening mark of a split quote
# (`"...," she said, "..."`): more than this and the two are separate quotations.
MAX_INTERJECTION_WORDS = 10


# A quotation this long (in words) reads as a statement even when it starts mid-sentence.
SENTENTIAL_WORDS = 12


# A quoted fragment with no cue verb in its sentence is still taken as quoted speech from
# this many words on (`a "human leech who will bleed the country"`); a lone quoted word with
# no cue is a scare quote. Set on PolNeAR dev and checked on train.
MIN_UNATTRIBUTED_FRAGMENT_WORDS = 2


# A single-mark quotation longer than this (in characters) is an apostrophe meeting a
# possessive, not a quotation; the headline style keeps single quotations short.
MAX_SINGLE_QUOTE_CHARS = 400


# Quotations nested in quotations are kept this many levels below the top one; deeper marks
# stay part of the text (real text rarely nests past three, hostile text can nest thousands).
MAX_NESTING_DEPTH = 4


# How far (in characters) from a nested quotation its cue is looked for in the enclosing words,
# within its sentence: bounds the work per nested quotation.
NESTED_CUE_REACH = 200


# Longest title or name we recognise by its capitalisation alone (`"Face the Nation"`).
MAX_TITLE_WORDS = 7


TITLE_STOPWORDS = {"a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "with", "at", "by", "from", "is", "&"}


@lru_cache(maxsize=1)
def lexicon() -> dict:
    data = json.loads(PATTERNS.read_text(encoding="utf-8"))
    for key in ("speech_cues", "reporting_cues", "object_reporting_cues", "content_objects", "document_nouns", "irregular_past_cues", "naming_cues", "noun_cues", "person_nouns", "female_nouns", "male_nouns", "org_nouns", "abbreviations", "elisions"):
        data[key] = frozenset(data[key])
    data["scare_re"] = re.compile(r"(?:^|\W)(?:" + "|".join(re.escape(c) for c in sorted(data["scare_cues"], key=len, reverse=True)) + r")\W*$", re.I)
    # (gated to word starts: the channel names were tried at every word's end too)
    data["channel_re"] = word_start_gate(
        re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(data["channels"], key=len, reverse=True)) + r")\b", re.I)
    )
    return data


def _abbreviation(word: str) -> bool:
    """A word whose full stop does not end a sentence: a listed abbreviation, an initial,
    or dotted letters (`U.S`)."""
    w = word.lower()
    return w in lexicon()["abbreviations"] or len(w) == 1 or re.fullmatch(r"(\w\.)+\w", w) is not None
