"""Places and names set off by commas in local copy, read at extraction only.

A parish or community column's place after a name: "Eamon Gunn, Derrylin, who died in 2015";
"Ann Maguire, Aghalane, celebrated her 90th birthday". The one capitalised word set off by
commas right after a full name, before "who" or the clause's verb, is where the person lives
(a townland or village), though the tagger calls it a person. Also a child's name after an age
rank ("the youngest of whom, Eilidh")."""

from __future__ import annotations

from spacy.tokens import Token

# words after the second comma that go on with the named person's clause
_CLAUSE_OPENERS = frozenset({"who", "whose", "whom"})


def townland_after_name(tok: Token) -> bool:
    doc, i = tok.doc, tok.i
    if i < 3 or i + 2 >= len(doc) or doc[i - 1].text != "," or doc[i + 1].text != ",":
        return False
    if not (tok.is_alpha and tok.is_title):
        return False
    # a full name before the comma: two capitalised words the tagger took for a person's
    first, last = doc[i - 3], doc[i - 2]
    if not (first.is_title and last.is_title and first.ent_type_ == "PERSON" and last.ent_type_ == "PERSON" and last.ent_iob_ == "I"):
        return False
    return _clause_goes_on(doc[i + 2])


def _clause_goes_on(after: Token) -> bool:
    """The word after the place's comma goes on with the named person's clause: "who" or a verb."""
    return after.lower_ in _CLAUSE_OPENERS or (after.tag_ in ("VBD", "VBZ") and after.pos_ in ("VERB", "AUX"))


def rank_apposed(doc, start: int, end: int, ranks) -> bool:
    """'four children, the youngest of whom, Eilidh, was baptised'; 'Their eldest, Morag, is a
    nurse': one or two capitalised words set off after an age rank (patterns ``age_ranks``),
    with or without "of whom"/"of them", are a child's name, though the tagger calls it a place."""
    if start < 2 or end - start > 2 or doc[start - 1].text != "," or not all(t.is_title and t.is_alpha for t in doc[start:end]):
        return False
    k = start - 2
    if k >= 2 and doc[k].lower_ in ("whom", "them") and doc[k - 1].lower_ == "of":
        k -= 2
    return doc[k].lower_ in ranks and k > 0 and doc[k - 1].lower_ in ("the", "their", "his", "her", "our", "my")


def name_then_townland(doc, s: int, e: int) -> bool:
    """'Liam Tierney, Drumkeel' tagged one organisation: two capitalised words, a comma and one
    more, then a comma and "who" or the clause's verb: a person and where they live."""
    if e - s != 4 or doc[s + 2].text != "," or e + 1 >= len(doc) or doc[e].text != ",":
        return False
    if not all(doc[k].is_title and doc[k].is_alpha for k in (s, s + 1, s + 3)):
        return False
    return _clause_goes_on(doc[e + 1])

