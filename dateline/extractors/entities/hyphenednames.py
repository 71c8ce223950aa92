"""East Asian names written with a hyphened given name ("Park Soon-ja", "Chan Tai-man"), which the
small tagger often leaves untagged: a capitalised family name, a capitalised first syllable and a
short lower-case second one joined to it by a hyphen with no space. Read by names.py at
extraction only (2026-12-05)."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.extractors.entities.lexicon import Lexicon
from dateline.nlp import columns, tokens_of


def hyphened_given_names(doc: Doc, lex: Lexicon, taken: list[bool]) -> list[tuple[int, int]]:
    """The untagged names of that shape, as token spans (the tokens are taken)."""
    cols = columns(doc)
    text, ent = cols.text, cols.ent_type
    toks = tokens_of(doc)
    out = []
    for k in range(1, len(doc) - 2):
        if text[k + 1] != "-" or toks[k].whitespace_ or toks[k + 1].whitespace_ or any(taken[j] for j in range(k - 1, k + 3)):
            continue
        family, first, second = text[k - 1], text[k], text[k + 2]
        if not (family.isalpha() and family[:1].isupper() and family[1:].islower() and first.isalpha() and first[:1].isupper()
                and first[1:].islower() and second.isalpha() and second.islower() and len(second) <= 5 and len(first) <= 5):
            continue
        if any(ent[j] not in ("", "PERSON") for j in (k - 1, k, k + 2)) or family.lower() in lex.titles or family.lower() in lex.not_entities \
                or family.lower() in lex.org_keywords or cols.tag[k - 1] != "NNP":
            continue
        for j in range(k - 1, k + 3):
            taken[j] = True
        out.append((k - 1, k + 3))
    return out


# Japanese honorifics written after a name with a hyphen ("Kenji-san")
HONORIFIC_SUFFIXES = frozenset({"san", "sama", "chan", "kun", "sensei", "senpai"})


def suffixed_names(doc: Doc, lex: Lexicon, taken: list[bool]) -> list[tuple[int, int]]:
    """'Kenji-san has two sons', untagged: a capitalised name with a Japanese honorific after a
    hyphen is that name, a person's (the honorific no part of it)."""
    cols = columns(doc)
    text = cols.text
    toks = tokens_of(doc)
    out = []
    for k in range(len(doc) - 2):
        if text[k + 1] != "-" or text[k + 2].lower() not in HONORIFIC_SUFFIXES or taken[k] or toks[k].whitespace_ or toks[k + 1].whitespace_:
            continue
        if not (text[k].isalpha() and text[k][:1].isupper() and text[k][1:].islower()) or text[k].lower() in lex.titles:
            continue
        taken[k] = taken[k + 1] = taken[k + 2] = True
        out.append((k, k + 1))
    return out


# Irish and Scottish Gaelic surname particles written capitalised as a word of their own
GAELIC_PARTICLES = frozenset({"ó", "ní", "nic", "uí", "mac", "mhic", "ua"})


def gaelic_names(doc: Doc, lex: Lexicon, taken: list[bool]) -> list[tuple[int, int]]:
    """'Seán Ó Súilleabháin died on Tuesday', untagged: a capitalised given name, a Gaelic
    particle and a capitalised surname are a person's name (the particle is a word the tagger's
    name test, which wants a second letter, does not take)."""
    cols = columns(doc)
    text, low, ent = cols.text, cols.lower, cols.ent_type
    out = []
    for k in range(1, len(doc) - 1):
        if low[k] not in GAELIC_PARTICLES or not text[k][:1].isupper() or taken[k - 1] or taken[k] or taken[k + 1]:
            continue
        given, surname = text[k - 1], text[k + 1]
        if not (given.isalpha() and given[:1].isupper() and given[1:].islower() and surname[:1].isupper() and surname.replace("'", "").isalpha()):
            continue
        if given.lower() in lex.titles or any(ent[j] not in ("", "PERSON", "GPE", "NORP", "ORG") for j in (k - 1, k, k + 1)):
            continue
        taken[k - 1] = taken[k] = taken[k + 1] = True
        out.append((k - 1, k + 2))
    return out
