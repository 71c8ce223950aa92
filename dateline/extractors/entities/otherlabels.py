"""Pass 1's names among the tagger's other labels (a place, a building, a law, an event, a
work): an organisation's name by its head word or its place ("Corrigan's Garage" with "Corrigan"
tagged a place, "Ferrington Beach Surf Life Saving Club"), a person's by a surname already
found or an age right before one word ("the eldest of them, 19-year-old Manaia"). Moved out of
names.py, whose _name_spans calls it once the tagger's PERSON and ORG names are read."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from dateline.extractors.entities.agewords import _age_follows
from dateline.extractors.entities.lexicon import Lexicon
from dateline.extractors.entities.missed import _NameSpan
from dateline.extractors.entities.nameshapes import _at_workplace, _org_tail
from dateline.extractors.entities.places import body_of_place, employing_place, named_as_org
from dateline.extractors.entities.syntax import _is_name_token, _possessive
from dateline.nlp import tokens_of

# labels the small model gives organisations named like places or things ("Aldous Ensemble" LAW,
# "Linthorpe Festival" EVENT): with an organisation's head word last, an organisation
ORG_LIKE_LABELS = frozenset({"FAC", "LOC", "LAW", "EVENT"})

_AGE_WORDS = re.compile(r"\d+[- ]years?[- ]old$")


def age_before(doc: Doc, start: int) -> bool:
    """'the eldest of them, 19-year-old Manaia', 'Among the crew was 16-year-old Pania': an age
    written right before the word at ``start``, with no article or possessive before the age
    ('the 40-year-old Toyota' is a thing)."""
    toks = tokens_of(doc)
    for k in range(start - 1, max(-1, start - 6), -1):
        if toks[k].like_num and _AGE_WORDS.fullmatch(doc[k:start].text) is not None:
            return k == 0 or toks[k - 1].tag_ not in ("DT", "PRP$", "POS", "JJ", "CD", "WP$")
    return False


def _staffed_building(ent: Span, lex: Lexicon) -> bool:
    """'is a sergeant at Castlebar Garda Station', 'a boilermaker at Kooragang Fabrication': a
    building's name where somebody holds a job is the body that employs them (two or more
    capitalised words: 'a nurse at Mercy' stays as tagged)."""
    if ent.label_ != "FAC" or len(ent) < 2 or ent[0].lower_ == "the" or not all(t.text[:1].isupper() and t.is_alpha for t in ent) \
            or ent[-1].lower_ in lex.place_heads:  # ("a sergeant at Store Street": the station by its street)
        return False
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("at", "with", "for") or root.head.i != ent.start - 1:
        return False
    post = root.head.head
    if post.lemma_ == "be" and post.i < root.i:
        post = next((c for c in post.children if c.dep_ == "attr" and c.i < root.i), post)
    return post.i < root.i and post.tag_ == "NN" and any(c.lower_ in ("a", "an") for c in post.children) and (
        post.lower_ in lex.trades or post.lower_ in lex.titles or post.lower_ in lex.employee_roles)


def _without_place(ent: Span, lex: Lexicon) -> Span:
    """"a nurse at Dr Gray's Hospital in Elgin" (or ", Elgin"), tagged as one building: the name
    ends on its head word, and the town after "in" or the comma is no part of it."""
    for k in range(2, len(ent) - 1):
        if ent[k].lower_ in ("in", ",") and ent[k - 1].lower_ in lex.org_keywords and all(_is_name_token(t) for t in ent[k + 1 :]):
            return Span(ent.doc, ent.start, ent.start + k, label=ent.label)
    return ent


# prepositions only a place takes, of the lexicon's place_prepositions (not "at", "into" or
# "between": a club is played at, joined and met)
_PLACE_ONLY = frozenset({"in", "near", "outside", "around", "across", "throughout", "inside"})


def _town_lived_in(ent: Span, lex: Lexicon) -> bool:
    """'an architect in Cape Town', 'a stall in George Town': a place's word that also ends a
    club's name ('Harwood Town'), after a preposition only a place takes, is the place (a club
    is beaten, joined or played for, not lived or worked in)."""
    root = ent.root
    return (len(ent) == 2 and ent[-1].lower_ in lex.place_bodies and ent[0].lower_ not in lex.lead_org_words
            and root.dep_ == "pobj" and root.head.lower_ in _PLACE_ONLY and root.head.i == ent.start - 1)


def _name_before_lifespan(doc: Doc, toks: list[Token], lex: Lexicon, ent: Span) -> tuple[int, int] | None:
    """'founded by the late Agnes Ncube (1939-2008)' tagged a date whole: the name words right
    before a life span's opening bracket are a person's, two or more of them, or one after
    'late'; not a month or a day ('late March (2008)')."""
    for k in range(ent.start + 1, min(ent.end + 1, len(doc) - 1)):
        if toks[k].text != "(" or not re.fullmatch(r"\d{4}", toks[k + 1].text):
            continue
        j = k
        while j > ent.start and k - j < 4 and _is_name_token(toks[j - 1]) and toks[j - 1].lower_ not in lex.not_names:
            j -= 1
        if j < k and (k - j >= 2 or (j > 0 and toks[j - 1].lower_ == "late")):
            return j, k
    return None


def other_label_names(doc: Doc, toks: list[Token], lex: Lexicon, ents: Sequence[Span], taken: list[bool], spans: list[_NameSpan],
                      surnames: set[str], extraction: bool) -> None:
    """The tagger's names under other labels that are an organisation's or a person's, added to
    ``spans`` and marked in ``taken`` (``surnames``: the last words of the full names of persons
    found so far)."""
    for ent in ents:
        if ent.label_ in ("PERSON", "ORG") or any(taken[i] for i in range(ent.start, ent.end)):
            continue
        if extraction and ent.label_ in ("DATE", "TIME", "CARDINAL"):
            named = _name_before_lifespan(doc, toks, lex, ent)
            if named is not None:
                for i in range(*named):
                    taken[i] = True
                spans.append(_NameSpan(named[0], named[1], "PERSON"))
            continue
        tail = _org_tail(doc, ent.end, lex) if len(ent) < 3 else None
        owner = ent[:-1] if extraction and len(ent) > 1 and _possessive(ent[-1]) else ent
        if tail is None and owner is not ent and len(owner) < 3:
            tail = _org_tail(doc, ent.end - 1, lex)  # "St Kea's" tagged without its "Church"
        if tail is None and ent.label_ in ("FAC", "LOC", "GPE"):
            # "Ferrington Beach Surf Life" tagged as a place, then "Saving Club": the name runs
            # on over capitalised words to an organisation's head word
            j = ent.end
            while j < len(doc) and j < ent.end + 3 and not taken[j] and _is_name_token(toks[j]) and toks[j].ent_type_ == "":
                j += 1
            if j > ent.end and toks[j - 1].lower_ in lex.org_keywords:
                tail = j
        if tail is not None and all(_is_name_token(t) for t in owner) and not any(taken[i] for i in range(ent.end, tail)):
            # "Corrigan's Garage" with "Corrigan" tagged as a place: a business by its head word
            for i in range(ent.start, tail):
                taken[i] = True
            spans.append(_NameSpan(ent.start, tail, "ORG"))
            continue
        if ent.label_ in ("FAC", "LOC") and ent[0].lower_ == "the" and len(ent) > 2:
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label)  # "taught at the Harwood Conservatory"
        if ent.label_ in ("FAC", "LAW", "EVENT") and ent[0].lower_ == "the" and len(ent) > 2:
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label)
        if extraction and ent.label_ in ("FAC", "LOC"):
            whole, ent = ent, _without_place(ent, lex)
            for i in range(ent.end, whole.end):
                taken[i] = True  # (the town cut off is a place, no name of anybody's: "St. Luke's Hospital, Colombo")
        if 3 < len(ent) < 7 and ent.label_ in ORG_LIKE_LABELS and ent[-1].lower_ in lex.org_keywords \
                and all(_is_name_token(t) or ((t.lower_ in ("of", "and", "for", "-") or (extraction and _possessive(t))) and 0 < k < len(ent) - 1)
                        for k, t in enumerate(ent)):
            # "Ferrington Beach Surf Life Saving Club", "Green Mountain Justice Project", "St
            # Declan's Hospital": a long name that ends on an organisation's head word is one,
            # whatever the label
            for i in range(ent.start, ent.end):
                taken[i] = True
            spans.append(_NameSpan(ent.start, ent.end, "ORG"))
            continue
        # (a product's label only for a place's body somebody joins: "joins the Town of Rosetown")
        if extraction and ent.label_ in ("GPE", "LOC", "FAC", "PRODUCT") and (employing_place(ent, lex) or (ent.label_ != "PRODUCT" and (
                named_as_org(ent, lex) or body_of_place(ent, lex) or _staffed_building(ent, lex) or ent[0].lower_ in lex.org_openers))):
            s = ent.start + (ent[0].lower_ == "the")
            for i in range(s, ent.end):
                taken[i] = True
            spans.append(_NameSpan(s, ent.end, "ORG"))
            continue
        if extraction and len(ent) == 1 and ent.label_ in ("GPE", "LOC", "NORP") and _is_name_token(ent[0]) and \
                age_before(doc, ent.start):
            # "the eldest of them, 19-year-old Manaia": an age with no article before one word
            # is a person's
            taken[ent.start] = True
            spans.append(_NameSpan(ent.start, ent.end, "PERSON"))
            continue
        if not 1 < len(ent) < 4:
            continue
        if ent[-1].lower_ in surnames and all(_is_name_token(t) and t.lower_ not in lex.titles for t in ent):
            for i in range(ent.start, ent.end):
                taken[i] = True
            # ("Des Corrigan, 84," tagged as a place keeps its age; in extraction only)
            spans.append(_NameSpan(ent.start, ent.end, None, age=extraction and _age_follows(doc, ent.end, True)))
        elif (ent.label_ in ORG_LIKE_LABELS or (extraction and ent.label_ == "WORK_OF_ART" and _at_workplace(ent))) and (
                ent[-1].lower_ in lex.org_keywords or ent[0].lower_ in lex.lead_org_words) and all(_is_name_token(t) for t in ent) \
                and not (extraction and _town_lived_in(ent, lex)):
            # "beat Corley Town by 40 runs" tagged as a building, "Combe Valley Dairy" as a
            # place: a club, hospital, college or business
            for i in range(ent.start, ent.end):
                taken[i] = True
            spans.append(_NameSpan(ent.start, ent.end, "ORG"))
