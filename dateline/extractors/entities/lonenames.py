"""One-word names the small model leaves untagged ("Bullard had met", "Victor arrives"): found
by their place in a clause, apart from the multi-word name passes because they need the sentence
openers' common-noun test and answer to the ranker's training switch."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from dateline.extractors.entities.common import common_opener, mid_capitals
from dateline.extractors.entities.lexicon import Lexicon
from dateline.extractors.entities.missed import _NameSpan
from dateline.extractors.entities.titlenames import title_as_name
from dateline.nlp import tokens_of

# Where a lone proper noun acts as somebody in a clause: the small model leaves many rare
# one-word names untagged or calls them products or buildings ("Bullard had met", "Victor
# arrives"); GAP development showed them as the largest group of missed referents.
LONE_NAME_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "appos"})
LONE_NAME_LABELS = frozenset({"", "PRODUCT", "FAC", "WORK_OF_ART"})


def _lone_names(doc: Doc, lex: Lexicon, taken: list[bool], caps: list[Token], sent_start_of: Optional[list[int]]) -> list[_NameSpan]:
    """One-word names spaCy did not tag, without an article ("the Octavia" is a thing), and at
    the sentence start (where any word is capitalized) only as a subject before its verb, and
    not a common noun there ("Retirement was a relative term", common.py; given
    ``sent_start_of``, at extraction: the ranker's GAP training keeps the names it learnt on)."""
    toks = tokens_of(doc)
    out = []
    capitals: frozenset[str] | None = None
    for tok in caps:
        i = tok.i
        if sent_start_of is not None and _verb_read_given(toks, tok, taken):
            taken[i] = taken[i + 1] = True  # ("Anahit Petrosyan and her husband have": at extraction only)
            out.append(_NameSpan(i, i + 2, None))
            continue
        if taken[i] or tok.tag_ != "NNP" or tok.dep_ not in LONE_NAME_DEPS:
            continue
        nxt = toks[i + 1] if i + 1 < len(doc) else None
        # At the sentence start only as the subject right before its verb ("Epstein was born").
        # (at extraction, also a subject set off by its description: "Col, a retired shipwright, ran")
        apposed = sent_start_of is not None and tok.dep_ in ("nsubj", "nsubjpass") and nxt is not None and nxt.text == "," \
            and i + 2 < len(doc) and toks[i + 2].lower_ in ("a", "an") and any(c.dep_ == "appos" for c in tok.children)
        if tok.is_sent_start is not False and not (
            tok.dep_ in ("nsubj", "nsubjpass") and nxt is not None and nxt.tag_ in ("VBD", "VBZ", "VBP", "MD")
        ) and not apposed:
            continue
        if tok.ent_type_ not in LONE_NAME_LABELS or len(tok.text) < 3 or not tok.text[1:].islower() or not tok.text.isalpha():
            continue
        low = tok.lower_
        if (low in lex.titles and not (apposed and title_as_name(tok, lex))) or low in lex.platforms or low in lex.not_entities or low in lex.not_names:
            continue
        if low in lex.person_nouns or low in lex.org_nouns or low in lex.org_keywords or low in lex.employee_roles:
            continue
        if i > 0 and not toks[i - 1].is_punct and toks[i - 1].text.strip():
            prev = toks[i - 1]
            # "the 13th Amendment", "her new Mustang": a modified proper noun is a thing.
            if prev.tag_ in ("DT", "CD", "JJ", "JJS", "NNP", "NNPS", "PRP$", "POS") or prev.like_num or (prev.text[:1].isupper() and prev.is_alpha):
                continue
        if nxt is not None and (nxt.tag_ in ("NNP", "NNPS") or (nxt.text[:1].isupper() and nxt.is_alpha)):
            continue
        if sent_start_of is not None and tok.is_sent_start is not False:
            capitals = mid_capitals(doc, sent_start_of) if capitals is None else capitals
            if common_opener(doc, i, sent_start_of, capitals, lex):
                continue
        taken[i] = True
        out.append(_NameSpan(i, i + 1, None))
    return out


def _verb_read_given(toks: list[Token], tok: Token, taken: list[bool]) -> bool:
    """A rare given name opening a sentence, tagged a verb in the present or past, before a
    surname the parse made the subject of another verb ("Anahit Petrosyan and her husband
    have"): no English sentence opens on such a verb before its own subject ("Says Smith" has
    the name as the verb's subject)."""
    i = tok.i
    if taken[i] or not tok.is_sent_start or tok.tag_ not in ("VBP", "VBZ", "VBD") or tok.is_stop or not tok.is_alpha \
            or not tok.text[1:].islower() or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return not taken[i + 1] and nxt.tag_ == "NNP" and nxt.dep_ in ("nsubj", "nsubjpass") and nxt.head.i != i \
        and nxt.is_alpha and nxt.text[1:].islower() and nxt.ent_type_ in LONE_NAME_LABELS
