"""Names the text writes as a place somewhere, whatever the small model called them
("brought it to Mauritius, where it ...", "In his hometown Oulu", "moved to Hadleigh in
Suffolk", "stayed in Haripad"): read by context.py as an organisation's (a non-person's)
evidence, at extraction only, so that a he/she pronoun is not given a town."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dateline.extractors.entities.lexicon import Lexicon
from dateline.nlp import columns, where_in

# nouns for a place a name may be apposed to, or named by with "of" ("his hometown Oulu", "the
# town of Lisk"), besides the lexicon's place bodies (city, town, village, county, parish, ...)
_PLACE_NOUNS = frozenset({"hometown", "capital", "island", "province", "region", "country", "port", "birthplace", "homeland"})
# verbs whose "in" or "at" says where one is ("lived in Lisk", "stayed at Oxmere", "died in Lisk")
_STAYING = frozenset({"live", "stay", "settle", "reside", "die", "bear", "bury", "grow", "remain"})
# prepositions of a journey's end or start ("moved to Lisk", "set out for Quilon", "fled from Lisk")
_JOURNEY = frozenset({"to", "from", "for", "into"})


def _place_noun(tok: Token, lex: Lexicon) -> bool:
    return tok.is_lower and (tok.lower_ in _PLACE_NOUNS or tok.lower_ in lex.place_bodies)


def place_use(tok: Token, lex: Lexicon) -> bool:
    """Whether this use of a name (by its last word) is a place's: the object of a preposition with "where"
    after it ("to Mauritius, where it produced"; a dative person is no preposition's object:
    "told Mary where to go"), apposed to a place noun or named by one with "of" ("his hometown
    Oulu", "the village of Lisk"), after a journey's preposition ("moved to Hadleigh", "set out
    for Quilon"), after "in" or "at" a verb of staying ("stayed in Haripad"), or after a
    preposition of place with the tagger's place label there ("the decline in Skopje")."""
    doc = tok.doc
    if tok.dep_ == "appos" and _place_noun(tok.head, lex) and tok.head.i < tok.i:
        return True
    if tok.dep_ == "compound" and _place_noun(tok.head, lex):
        return False  # ("the Lisk town council")
    top = tok
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head  # ("set in Bath, Somerset": the second of a list after the preposition)
    if top.dep_ != "pobj":
        return False
    prep = top.head
    k = tok.i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k < len(doc) and doc[k].lower_ == "where" and top is tok:
        return True
    verb = prep.head
    if any(not (t.dep_ == "compound" and t.tag_ == "NNP" and t.head.i == top.i) for t in doc[prep.i + 1 : top.i]):
        return False  # (not past other words: "returned to the Premiership Whitehead", a parse run on)
    if prep.lower_ == "of" and _place_noun(verb, lex) and any(c.lower_ == "the" for c in verb.children):
        return True
    if top is not tok:
        return prep.lower_ in lex.place_prepositions and _labelled_place(tok)
    if prep.lower_ in _JOURNEY and verb.pos_ == "VERB" and verb.lemma_.lower() in lex.travel_words:
        return True
    if prep.lower_ == "to" and _from_a_place(prep):
        return True
    if prep.lower_ in ("in", "at") and verb.pos_ == "VERB" and verb.lemma_.lower() in _STAYING:
        return True
    # (the tagger's place label counts only where it never calls the word a person: "expressed
    # confidence in Britton", tagged a place there)
    return prep.lower_ in lex.place_prepositions and _labelled_place(tok)


def _from_a_place(to: Token) -> bool:
    """'From Crabwood Creek to Skeldon she is known as Nani', 'known from Kadavu to Koro': the
    'to' of a span whose 'from' has a place the tagger labelled as its object."""
    head = to.head
    if head.dep_ == "pobj" and head.head.lower_ == "from" and head.ent_type_ in ("GPE", "LOC", "FAC"):
        return True  # (the parser hangs the 'to' on the first place)
    froms = [head] if head.lower_ == "from" else [ch for ch in head.children if ch.lower_ == "from" and ch.i < to.i]
    return any(f.i < to.i and any(ch.dep_ == "pobj" and ch.ent_type_ in ("GPE", "LOC", "FAC") for ch in f.children) for f in froms)


def _labelled_place(tok: Token) -> bool:
    doc = tok.doc
    return tok.ent_type_ in ("GPE", "LOC", "FAC") and not any(doc[i].ent_type_ == "PERSON" for i in where_in(doc, "lower").get(tok.lower_, ()))


def person_use(tok: Token, lex: Lexicon) -> bool:
    """A use only a person's name has: the subject of a verb of saying, the owner of a
    relative ("Lisk's mother")."""
    return (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in lex.speech_verbs) or (
        tok.dep_ == "poss" and tok.head.lower_ in lex.relative_nouns)


def written_as_place(toks: list[Token], at: list[int], lex: Lexicon) -> bool:
    """The word at the indices ``at`` (all its capitalised uses) is written as a place at least
    once and never as a person."""
    uses = [toks[i] for i in at if toks[i].text[:1].isupper()]
    return any(place_use(t, lex) for t in uses) and not any(person_use(t, lex) for t in uses)


def noun_modifier(tok: Token, lex: Lexicon) -> bool:
    """The word is no more than a common noun's modifier ("the Curepipe workshop", "Braemar heavy
    events"), not a person's noun's or a title's ("Thranduil king of northern Mirkwood")."""
    head = tok.head
    return tok.dep_ in ("compound", "nmod") and head.pos_ == "NOUN" and head.lemma_.lower() not in lex.person_nouns \
        and head.lower_ not in lex.titles


def headline_modifier(tok: Token, lex: Lexicon) -> bool:
    """'Braemar heavy events: a father's record falls to his daughter', 'Beauce sugar shack passes to
    a fourth generation': a one-word name in the article's first line, no more than a common noun's
    modifier (``noun_modifier``), is a place the headline is set in."""
    if not noun_modifier(tok, lex):
        return False
    doc = tok.doc
    first = next((t.i for t in doc if not t.is_space), 0)
    # (a headline: a short first line the text breaks after, not a text of one paragraph)
    brk = next((t.i for t in doc[first : first + 25] if "\n" in t.text or "\n" in t.whitespace_), None)
    return brk is not None and first <= tok.i <= brk


# the nouns whose "of" names a place ("the mayor of Marija Bistrica", "the people of Santa Ana")
_OF_PLACE = frozenset({"mayor", "town", "village", "parish", "people", "municipality", "outskirts", "centre", "center", "streets"})


def place_named_throughout(ent: Span) -> bool:
    """'the family workshop in Marija Bistrica', 'painted by hand in Marija Bistrica', 'The mayor of
    Marija Bistrica': a name of two or three words, tagged a person, that the text writes at least
    twice and every time as a place ("in", "near", a town's "of") and never as an owner, is a place."""
    doc = ent.doc
    if not 2 <= len(ent) <= 3 or not all(t.is_title and t.is_alpha for t in ent):
        return False
    # (found by the lower-case column's index, which the name pass has built already, and kept
    # written as the name is: a desk line's "MARIJA BISTRICA" in capitals is no use of it)
    words = [t.text for t in ent]
    written = columns(doc).text
    starts = [k for k in where_in(doc, "lower").get(ent[0].lower_, ()) if written[k : k + len(words)] == words]
    if len(starts) < 2:
        return False
    for k in starts:
        last = doc[k + len(words) - 1]
        head = last
        while head.dep_ in ("compound", "flat") and head.head.i > head.i:
            head = head.head
        prep = head.head
        if head.dep_ != "pobj" or (k + len(words) < len(doc) and doc[k + len(words)].tag_ == "POS"):
            return False
        if not (prep.lower_ in ("in", "near", "outside") or (prep.lower_ == "of" and prep.head.lower_ in _OF_PLACE)):
            return False
    return True


# the first words of a road's or a district's name in Malay and Filipino, which no personal name
# opens with (unlike "Rue" or "Plaza" of place_openers)
_ROAD_WORDS = frozenset({"jalan", "lorong", "lebuh", "persiaran", "lebuhraya", "kampung", "kampong", "barangay"})


def road_named(ent: Span) -> bool:
    """'a Jalan Besar firm', 'the Lorong Ah Soo flat': a name tagged a person that opens with a
    road's or a district's word, wherever it stands, is the place."""
    return len(ent) >= 2 and ent[0].lower_ in _ROAD_WORDS and ent[0].text[:1].isupper()


def place_in_and_before_nouns(ent: Span, lex: Lexicon) -> bool:
    """'the widow's Chisamba farm', 'the Chisamba smallholding', 'Sakala Stockfeeds in Chisamba': a
    one-word name, tagged a person or an organisation, that the text writes at least twice, once
    at least after "in", "near" or "outside" and otherwise only as the modifier of a common noun
    that is no person's or family's ("the Phiri family", "the Smith boys" keep their surname), is a
    place (extraction only)."""
    doc = ent.doc
    if len(ent) != 1 or not (ent[0].is_title and ent[0].is_alpha):
        return False
    word = ent[0].text
    written = columns(doc).text
    starts = [k for k in where_in(doc, "lower").get(ent[0].lower_, ()) if written[k] == word]
    if len(starts) < 2:
        return False
    placed = False
    for k in starts:
        tok = doc[k]
        if k + 1 < len(doc) and doc[k + 1].tag_ == "POS":
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "near", "outside"):
            placed = True
            continue
        head = tok.head
        if not (tok.dep_ in ("compound", "nmod") and head.i == k + 1 and head.tag_ in ("NN", "NNS") and head.text.islower()
                and head.lower_ not in lex.person_nouns and head.lemma_ not in lex.person_nouns and head.lower_ not in lex.family_nouns):
            return False
    return placed


_LEFT = re.compile(r"\bfrom\s+(?:the\s+)?$")


def after_from(text: str, start: int) -> bool:
    """Whether the words right before ``start`` are "from" or "from the": a place someone left
    ("joined X from Y"); read by the descriptors ("the mart" is not one somebody came from) and
    by the facts stage's successors, employment and itsowner."""
    return _LEFT.search(text, max(0, start - 10), start) is not None
