"""A town's name written as the first word of a described noun, which the small model often
tags an organisation: 'the late Gasparillo businessman Ramdeo Persad', 'The Kabwe branch
secretary of the union', 'a Lusaka accounting firm', 'Kasonde Milling, the Kabwe maize miller'.
It says where the person or the business is: no employer and no entity. Every capitalised use
of the word (bar a desk line's) must be such a description or a place preposition's object,
and one a description. At extraction only (names.py)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extractors.entities.lexicon import Lexicon
from dateline.extractors.entities.mastheads import desk_tokens
from dateline.extractors.entities.places import _LOCALS, _dateline_word, _place_object
from dateline.nlp import per_doc, tokens_of, where_in

# plural people an organisation's name before them makes its own ("Tesco employees")
_OWN_PEOPLE = frozenset({"employee", "worker", "staff", "customer", "shareholder", "member", "user", "fan", "player", "supporter",
                         "executive", "official", "director", "manager", "engineer", "volunteer", "student", "pupil"})
# the noun right after the town that makes the next noun a local one ("the Kabwe branch secretary")
_LOCAL_UNITS = frozenset({"branch", "district", "county", "regional", "provincial", "municipal", "parish", "village", "town"})


def _described(tok: Token, lex: Lexicon) -> bool:
    doc = tok.doc
    if not tok.is_alpha or tok.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = tok.head
    if not tok.i < head.i <= tok.i + 3 or head.tag_ not in ("NN", "NNS", "NNP") or not head.text.islower():
        return False
    between = doc[tok.i + 1 : head.i]
    if any(not t.text.islower() or t.dep_ not in ("compound", "amod") for t in between):
        return False
    dets = {c.lower_ for c in head.children if c.dep_ == "det"}
    before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    low = head.lemma_.lower()
    if before == "late" and "the" in dets and low in _LOCALS:
        return True  # "the late Gasparillo businessman"
    if dets & {"the", "a", "an"} and between and between[0].lower_ in _LOCAL_UNITS:
        return True  # "The Kabwe branch secretary"
    if not dets and not between and head.tag_ == "NNS" and head.dep_ == "pobj" and low not in _OWN_PEOPLE:
        return True  # ("selling maize to Kabwe millers": the town's, not "Acme employees")
    if len(between) != 1 or between[0].tag_ != "NN":
        return False
    # "a Lusaka accounting firm"; an organisation's apposed description, "X, the Kabwe maize miller"
    return (bool(dets & {"a", "an"}) and low in lex.org_nouns) or (
        "the" in dets and head.dep_ == "appos" and doc[tok.i - 2].text == "," and head.head.pos_ == "PROPN")


def town_before_description(tok: Token, lex: Lexicon) -> bool:
    if not tok.text[:1].isupper():
        return False
    memo = per_doc(tok.doc, "town_before_description")
    found = memo.get(tok.lower_)
    if found is None:
        toks, desk = tokens_of(tok.doc), desk_tokens(tok.doc)
        uses = [toks[k] for k in where_in(tok.doc, "lower").get(tok.lower_, ()) if k not in desk and toks[k].text[:1].isupper()]
        uses = [t for t in uses if not _dateline_word(t)]
        described = [t for t in uses if _described(t, lex)]
        found = memo[tok.lower_] = bool(described) and all(t in described or _place_object(t, lex, True) for t in uses)
    return found


# (not "to" or "on": "married to Rita Dale", "went to Edna Marsh")
_PLACE_PREPOSITIONS = frozenset({"at", "in", "near", "off", "around", "outside"})


def natural_place(toks, s: int, e: int, lex: Lexicon) -> bool:
    """'Josh Ridley, a tug deckhand at Bell Bay', 'a rice farmer at Black Bush Polder': a name of
    two to four capitalised words after a place preposition, not tagged a person's, ending on a
    word for land or water that is no common surname (not Marsh, Moor, Dale, Heath, Lake, Glen)
    (``natural_place_heads``) and holding no organisation's word, is a place, whatever the tagger
    called it, and though somebody works at it. (Not after "from": "joined Ashcombe Athletic from
    Wrexley Vale" is a club, and clubs are named like places.)"""
    if not 2 <= e - s <= 4 or s < 1 or toks[s - 1].lower_ not in _PLACE_PREPOSITIONS or toks[e - 1].lower_ not in lex.natural_place_heads \
            or toks[e - 1].ent_type_ == "PERSON":
        return False
    words = toks[s:e]
    if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words) \
            or any(t.lower_ in lex.org_keywords or t.lower_ in lex.org_suffixes for t in words):
        return False
    # (nor the short form of a longer name written elsewhere: "Prospect Point Primary School ...
    # taught music at Prospect Point")
    doc, low = toks[0].doc, [t.lower_ for t in words]
    for k in where_in(doc, "lower").get(low[0], ()):
        end = k + len(low)
        if end < len(doc) and [toks[j].lower_ for j in range(k, end)] == low and toks[end].text[:1].isupper():
            return False
    return True
