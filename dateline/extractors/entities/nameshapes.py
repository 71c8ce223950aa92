"""Word-shape checks a candidate name span is tested against in ``names._name_spans``: post-nominal
letters, a shop called by its owner's possessive, a common noun the tagger labelled, a place before a
trade, an acronym job, an organisation's possessive tail, a make of thing, and two first names
sharing one surname."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc, Span, Token

from dateline.extractors.entities.kinwords import TRADE_ENDINGS
from dateline.extractors.entities.lexicon import Lexicon
from dateline.extractors.entities.missed import _NameSpan
from dateline.extractors.entities.places import DASHES, kin_of_after, place_preposition_before
from dateline.nlp import columns, ents_of, text_of, tokens_of, where_in


def _honour_after_name(doc: Doc, s: int, e: int, spans: list[_NameSpan]) -> bool:
    """A short span ending in capital letters ("OBE", "Commendatore OSSI") set off by a comma
    right after a person's name: post-nominal letters, part of how that person is styled."""
    toks = tokens_of(doc)
    def letters(i: int) -> bool:
        return i < len(doc) and 2 <= len(toks[i].text) <= 6 and toks[i].text.isalpha() and toks[i].text.isupper()

    # the letters inside the span ("Commendatore OSSI") or right after it ("Commendatore" + "OMRI,")
    if e - s > 3 or not (letters(e - 1) or (letters(e) and e + 1 < len(doc) and toks[e + 1].text == ",")):
        return False
    if s < 2 or toks[s - 1].text != "," or not spans:
        return False
    prev = spans[-1]
    return prev.end == s - 1 and prev.label != "ORG" and not prev.platform and prev.end - prev.start >= 2


def _bare_possessive(doc: Doc, i: int, anywhere: bool = False) -> bool:
    """A possessive with nothing owned after it: "at Marlow's, the fish restaurant", "from
    Hobbs's on Friday", "a party in Tully's" (a shop, a pub or a restaurant called by its
    owner's name)."""
    s = i - 1
    while s > 0 and doc[s - 1].text[:1].isupper() and doc[s - 1].pos_ == "PROPN":
        s -= 1
    # only as a place one goes to or works at: "Joan Baez's." or "was Philip's" is a person's
    # (anywhere, once the text has made the name such a place: "Thanks to Tully's for the room")
    if not anywhere and (s == 0 or doc[s - 1].lower_ not in ("at", "from", "outside", "opposite", "inside", "near", "in")):
        return False
    if i + 1 >= len(doc):
        return True
    nxt = doc[i + 1]
    return nxt.text in (",", ".", ";", ":", ")") or nxt.pos_ in ("ADP", "AUX", "CCONJ", "SPACE")


def _noun_modifier(tok: Token) -> bool:
    """A common noun modifying the next word ("Ferry traffic"), whatever entity label the
    small model gave it at the start of a paragraph."""
    doc = tok.doc
    return (
        tok.tag_ in ("NN", "NNS")
        and tok.dep_ == "compound"
        and tok.i + 1 < len(doc)
        and tok.head.i == tok.i + 1
        and doc[tok.i + 1].text.islower()
    )


def common_tail(ent) -> bool:
    """An organisation the tagger closed on two lower-case common nouns after a capitalised word,
    the last a business's generic noun ("Auckland food group", "a Lagos shipping firm"): a
    description, no name (not "Ballycarra lifeboat station", which untaggedorgs.station_end makes one)."""
    return len(ent) >= 3 and ent[0].text[:1].isupper() and ent[-1].lower_ in _DESCRIBED_BUSINESS and all(
        t.is_alpha and t.is_lower and t.tag_ in ("NN", "NNS") for t in ent[len(ent) - 2 :])


# the head nouns a news description of a business ends on ("an Auckland food group")
_DESCRIBED_BUSINESS = frozenset({"group", "groups", "firm", "company", "giant", "chain", "maker", "producer", "retailer",
                                 "supplier", "operator", "business", "conglomerate"})


def org_tail_named(tok: Token, lex: Lexicon) -> bool:
    """'Rangers coach Joseph Amponsah' after 'Sunyani Rangers': the word is an organisation's
    suffix that closes a name elsewhere, so a paragraph's first word modifying a noun is still
    that organisation, no common noun (at extraction only; not any tagged name's last word: "the
    Machine bassist" of Rage Against the Machine is no employer)."""
    doc = tok.doc
    if tok.lower_ not in lex.org_suffixes:
        return False
    toks = tokens_of(doc)
    return any(k != tok.i and k > 0 and toks[k - 1].text[:1].isupper() and toks[k - 1].is_alpha and not toks[k].is_sent_start
               for k in where_in(doc, "lower").get(tok.lower_, ()))


def _trade_origin(tok: Token, lex: Lexicon) -> bool:
    """'the son of a Grimsby trawlerman', 'a Cornish tin miner': one proper noun before a
    trade that "a" or "an" opens says where the worker is from; no personal name sits there
    (a staff role, 'a Trump spokesman', names whose staff, and is left alone)."""
    head = tok.head
    if tok.dep_ != "compound" or head.i <= tok.i or head.tag_ != "NN" or not head.text.islower():
        return False
    low = head.lower_
    # (any trade word for a parent known only by it: "the daughter of a Munnar tea planter")
    parent = head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in lex.parent_of
    if low in lex.employee_roles or not (low in lex.trades or low.endswith(("man", "woman")) or (parent and low.endswith(TRADE_ENDINGS))):
        return False
    return any(ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in head.children)


def hyphened_trade_origin(tok: Token) -> bool:
    """'the daughter of a Dunlassa net-maker': a place before a hyphened trade ('net-maker',
    'boat-builder') that 'a' opens, which the parser joins less tightly than a plain one."""
    head = tok.head
    if tok.dep_ not in ("nmod", "compound") or head.i <= tok.i or head.tag_ != "NN" or not head.text.islower():
        return False
    hyphened = head.i >= 2 and tok.doc[head.i - 1].text == "-" and tok.doc[head.i - 2].i > tok.i
    return hyphened and head.lower_.endswith(TRADE_ENDINGS) and any(ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in head.children)


def described_origin(tok: Token, lex: Lexicon) -> bool:
    """'the Lincolnshire seed merchant Pell & Farrant', 'the Cork boat builder Hanlon Marine': one
    proper noun after "the", before a trade that describes the name right after it, says where
    the trade is; no personal name sits there (in extraction only)."""
    head = tok.head
    doc = tok.doc
    if tok.dep_ != "compound" or head.i <= tok.i or head.tag_ != "NN" or not head.text.islower() or tok.i == 0:
        return False
    if doc[tok.i - 1].lower_ != "the" or head.i + 1 >= len(doc):
        return False
    if any(not t.text.islower() or t.pos_ not in ("NOUN", "ADJ") for t in doc[tok.i + 1 : head.i]):
        return False
    trade = head.lower_ in lex.trades or head.lower_.endswith(("er", "or", "ist", "ant"))
    if not trade or head.lower_ in lex.employee_roles:
        return False
    # "Walter Penhaligon, the Camborne baker whose ...": the trade apposed to a person's name,
    # the proper noun written nowhere else (a person's name there, "Giuliani, the Trump lawyer",
    # is written again in the story)
    apposed = head.dep_ == "appos" and head.head.ent_type_ == "PERSON" and head.head.i < tok.i \
        and len(where_in(doc, "lower").get(tok.lower_, ())) == 1
    return apposed or (doc[head.i + 1].text[:1].isupper() and doc[head.i + 1].pos_ == "PROPN")


def town_before_trade(toks: list[Token], s: int, e: int, lex: Lexicon) -> bool:
    """'the daughter of a St Helens net-maker', 'a Hobart marine biologist': a name between "a" (or
    nothing, right before the tradesman's own name: 'Dalby plumber Sandy Bell') and a trade's noun (with its own lower-case words) says where the trade is plied; no person is
    written there (in extraction only; the caller takes names the small model calls people)."""
    last = toks[e - 1]
    head = last.head
    if last.dep_ not in ("compound", "nmod") or head.i <= last.i or head.tag_ != "NN" or not head.text.islower():
        return False
    # ("married Dalby plumber Sandy Bell": the trade right before the tradesman's name, with no article)
    # (not a club's player or officer: "the former Seaham Town goalkeeper Tommy Brack")
    named = head.dep_ == "compound" and head.i + 1 < len(toks) and toks[head.i + 1].ent_type_ == "PERSON" and toks[head.i + 1].ent_iob_ == "B" \
        and last.lower_ not in lex.team_name_tails and last.lower_ not in lex.org_keywords and head.lower_ not in lex.team_roles
    if not named and (s == 0 or toks[s - 1].lower_ not in ("a", "an")):
        return False
    if any(not (t.text.islower() or t.tag_ == "HYPH") for t in toks[e : head.i]):
        return False
    word = head.lower_
    return (word in lex.trades or word in lex.occupations or word.endswith(("er", "or", "ist", "ant"))) and word not in lex.employee_roles


_OFFICE_BEFORE = frozenset({"the", "our", "their", "his", "her", "its", "new", "as", "was", "is", "be", "been", "became", "becomes", "and", ","})


def office_only(toks: list[Token], s: int, e: int, lex: Lexicon) -> bool:
    """'Past Master', 'the Upper Warden', 'Immediate Past Master', 'the Clerk': a capitalised
    office of a guild or a lodge the small model tags a person; every word is the office's (a
    modifier of offices, then a role noun), so no one is named (in extraction only)."""
    # (asked of every name and of each tail of some: read from the token columns, ``toks``
    # being the Doc's token list, and the last word's office tested before the capitals)
    e = min(e, len(toks))
    if s >= e:
        return False
    cols = columns(toks[s].doc)
    text, lower, alpha = cols.text, cols.lower, cols.is_alpha
    first = s + 1 if lower[s] == "the" else s  # (the words, past an opening "the")
    if first >= e:
        return False
    low = lower[e - 1]
    # ("two Past Masters": the plural of an office)
    last = low[:-1] if low.endswith("s") and low[:-1] in lex.role_heads else low
    if last not in lex.role_heads and (e - first == 1 or last not in lex.titles):
        return False
    if not all(text[k][:1].isupper() and alpha[k] for k in range(first, e)):
        return False
    if e - first == 1:
        # One word is an office where a post stands ("the Clerk", "was Master in 1998",
        # "Geoffrey Lanyon, Clerk to the Company"), never where the text makes it a surname
        # ("Tom Baker ... Baker said") or it is an abbreviated rank ("Col", a man's name too)
        before = lower[first - 1] if first > 0 else ""
        if before not in _OFFICE_BEFORE:
            return False
        return not any(text[k - 1][:1].isupper() and alpha[k - 1] and lower[k - 1] not in lex.office_modifiers
                       and lower[k - 1] not in _OFFICE_BEFORE for k in where_in(toks[s].doc, "lower").get(lower[first], ()) if k > 0)
    return last not in lex.honorific_titles and all(lower[k] in lex.office_modifiers for k in range(first, e - 1))


def _common_acronym(tok: Token) -> bool:
    """An acronym the parser reads as a common noun after "a"/"an" ("a GP in the town", "an
    MP"): a job or a thing, not a name."""
    return tok.tag_ in ("NN", "NNS") and tok.text.isupper() and any(
        ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in tok.children)


def _org_tail(doc: Doc, i: int, lex: Lexicon, apposed: bool = False) -> Optional[int]:
    """End of "'s Infirmary" / "' Union" at token i: a possessive followed by capitalized words
    ending in an organization's head word; None when it is an ordinary possessive. With
    ``apposed`` (at extraction), also words a business's noun is apposed to ("Uncle Kimo's Plate
    Lunch, the Makapu restaurant")."""
    cols = columns(doc)  # (asked after every name: the token columns, not Token objects)
    text, lower, n = cols.text, cols.lower, len(doc)
    if i >= n or not (cols.tag[i] == "POS" or lower[i] in ("'s", "\u2019s")):  # _possessive
        return None
    end = None
    for j in range(i + 1, min(i + 4, n)):
        if not text[j][:1].isupper():
            break
        if lower[j] in lex.org_keywords or lower[j] in lex.possessed_org_heads:
            end = j + 1
        elif apposed and end is None and cols.pos[j] == "PROPN" and any(
                ch.dep_ == "appos" and ch.i > j + 1 and (ch.lemma_.lower() in lex.org_keywords or ch.lemma_.lower() in lex.org_nouns)
                for ch in doc[j].children):
            return j + 1
    return end


def hyphened_end(doc: Doc, e: int, lex: Lexicon) -> int:
    """The end of a name whose head word is written with a hyphen the tokenizer split
    ("Fishermen's Co-operative", "Valley Co-op"): past the whole word, not at "Co"."""
    if 0 < e < len(doc) - 1 and doc[e].text == "-" and not doc[e - 1].whitespace_ and not doc[e].whitespace_ \
            and f"{doc[e - 1].lower_}-{doc[e + 1].lower_}" in lex.org_keywords:
        return e + 2
    return e


def _made_in_year(tok: Token) -> bool:
    """'a 1968 Bedford', 'an 1890s Steinway': a proper noun after "a" and a year is a make of
    thing; no personal name is counted or dated so."""
    kids = list(tok.children)
    return any(ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in kids) and any(
        ch.dep_ in ("nummod", "amod", "compound") and ch.i < tok.i and ch.text[:4].isdigit() for ch in kids)


def _conjoined_first_names(doc: Doc, toks, s: int, e: int, label: str, lex: Lexicon) -> Optional[int]:
    """The index of 'and' in a span 'First and First Surname' ("Anil and Reena Dutta"): one
    capitalised word before it and two after. Tagged as an organisation ("Marks and Spencer"),
    it is two people only when the text says so: the surname after an honorific or as a
    family ("Ms. Dutta", "the Duttas"), or a family word right after ("a husband-and-wife team")."""
    if e - s != 4 or toks[s + 1].lower_ != "and":
        return None
    words = [toks[i] for i in (s, s + 2, s + 3)]
    if not all(t.text[:1].isupper() and t.text.replace("-", "").replace("'", "").isalpha() for t in words):
        return None
    if label == "PERSON":
        return s + 1
    surname = toks[e - 1].text
    if surname.lower() in lex.org_keywords:
        return None
    text = text_of(doc)
    after = {w.lower() for w in re.findall(r"[A-Za-z]+", doc[e : min(len(doc), e + 12)].text)}
    if after & lex.shared_surname_cues or re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? {re.escape(surname)}\b|\b[Tt]he {re.escape(surname)}s\b", text):
        return s + 1
    return None


def _at_workplace(ent: Span) -> bool:
    """'Staff at Brindle Foods', 'workers from Kestle Mills': the object of a place of work's
    'at' or 'from' after people (the small model tags some such firms as titles of works)."""
    prep = ent.root.head
    return ent.root.dep_ == "pobj" and prep.lower_ in ("at", "from") and prep.head.tag_ in ("NNS", "NNP", "NNPS", "NN")


def _office_of(tok: Token, lex: Lexicon) -> bool:
    """'The Mayor of Harlow', 'the Bishop of Truro': the one word after an office and 'of' is
    the office's place, not a person."""
    office = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and office.lower_ in lex.titles and lex.titles[office.lower_] is None


def _plural_kin(tok: Token, lex: Lexicon) -> bool:
    """'Brothers', 'Twins', 'Sisters' capitalised before names: a kin noun, no part of a name."""
    return tok.lower_.endswith("s") and tok.lower_[:-1] in lex.kin_kinds and tok.text[:1].isupper()


def _past_dateline(toks, s: int, e: int) -> int:
    """Where a name starts inside an ent that took in a news dateline ("BRIXHAM – Carmela
    Zammit, who ..."): past the capitals and the dash, which the tagger may read as one
    organisation's name; ``s`` itself otherwise."""
    k = s
    while k < e and toks[k].is_alpha and len(toks[k].text) > 1 and toks[k].text.isupper():
        k += 1
    return k + 1 if s < k and k + 1 < e and toks[k].text in DASHES else s


def _plural_title(tok: Token, lex: Lexicon) -> bool:
    """'Captains', 'Professors', 'Drs': a capitalised title in the plural, before a couple's
    names ("Captains Raúl and Beatriz Quintana")."""
    low = tok.lower_
    return tok.text[:1].isupper() and len(low) > 3 and low.endswith("s") and low[:-1] in lex.titles and low not in lex.titles


def _opens(toks, s: int, sent_start_of: list[int]) -> bool:
    """Token ``s`` starts its sentence, or follows only the line breaks that open it."""
    return all(not toks[i].text.strip() for i in range(sent_start_of[s], s))


ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")
# kin words a sentence may open on before the names they describe
KIN_OPENERS = frozenset({"twins", "twin", "brothers", "sisters", "siblings", "cousins", "triplets"})


def without_offices(toks: list, spans: list[_NameSpan], lex: Lexicon) -> list[_NameSpan]:
    """Whatever rule found them, 'The new Master, 61', 'two Past Masters', 'Our Beadle' name an
    office, nobody; 'Mrs Fenella Ruddock Renter Warden' is a name and then her office; 'Twins
    Maya' a kin word and then a name (in extraction only)."""
    out = []
    for sp in spans:
        if sp.platform or sp.pair:
            out.append(sp)
            continue
        if office_only(toks, sp.start, sp.end, lex):
            continue
        if sp.label != "ORG" and sp.end - sp.start > 1 and toks[sp.start].lower_ in KIN_OPENERS and toks[sp.start].text[:1].isupper():
            sp = replace(sp, start=sp.start + 1)  # "Twins Maya and Callum Brennan": the kin word is no name
        if sp.label != "ORG" and sp.end - sp.start > 1 and sp.end + 1 < len(toks) and toks[sp.end].text == "-" \
                and not toks[sp.end - 1].whitespace_ and not toks[sp.end].whitespace_ and toks[sp.end - 1].text[:1].isupper() \
                and toks[sp.end + 1].is_lower and toks[sp.end + 1].is_alpha and len(toks[sp.end + 1].text) <= 5:
            sp = replace(sp, end=sp.end + 2)  # "Fok Wai-ling": a Cantonese given name's second syllable
        cut = None if sp.label == "ORG" else next((k for k in range(sp.start + 2, sp.end) if office_only(toks, k, sp.end, lex)), None)
        out.append(sp if cut is None else replace(sp, end=cut))
    return out


def numbered_unit(toks: list[Token], s: int, label: str) -> bool:
    """"have led 1st Addingham since 2010": a numbered unit (a Scout group, a battalion) named
    after its town is a body, its number part of the name (in extraction only)."""
    return s > 0 and bool(ORDINAL.match(toks[s - 1].text)) and label in ("PERSON", "ORG") and toks[s - 1].ent_type_ in ("", "ORDINAL", "DATE")


def kin_and_comma_bounds(toks: list[Token], s: int, e: int) -> tuple[int, int]:
    """A tagged name's bounds past a kin word opening the sentence ("Twins Maya and Callum
    Brennan, 17") and before an inner comma that a possessor follows ("Cyril Marwood,
    Brackenholme's conductor" tagged whole); in extraction only."""
    if e - s > 1 and toks[s].lower_ in KIN_OPENERS and toks[s].text[:1].isupper():
        s += 1
    comma = next((k for k in range(s + 1, e - 1) if toks[k].text == ","), None)
    if comma is not None and toks[e - 1].text in ("'s", "’s") and comma - s >= 2:
        e = comma
    return s, e


def bracketed_spouse(toks: list[Token], s: int, e: int) -> bool:
    """"his sons, Mark (Debbie) of Fargo": one word in brackets right after a person's name is an
    obituary's bracketed spouse, a person, whatever the tagger called it (not "Ingrid (Olson)
    Lindqvist", a maiden name before the surname); in extraction only."""
    return (e - s == 1 and s >= 2 and e + 1 < len(toks) and toks[s - 1].text == "(" and toks[e].text == ")"
            and toks[s - 2].ent_type_ == "PERSON" and not toks[e + 1].text[:1].isupper()
            # (in a list of relatives: "former CEO of Norges Statsbaner (NSB)" is an acronym)
            and any(toks[k].lemma_.lower() in _LIST_KIN for k in range(max(0, s - 10), s)))


_LIST_KIN = frozenset({"son", "daughter", "child", "grandchild", "brother", "sister", "sibling", "stepson", "stepdaughter",
                       "grandson", "granddaughter", "nephew", "niece", "parent"})


# labels the small model puts on a body's name it takes for a thing, and the head words that
# still make such a name an institution's (not "city" or "county": "New York City" is a place)
_THING_LABELS = frozenset({"PRODUCT", "FAC", "WORK_OF_ART", "EVENT"})
INSTITUTION_HEADS = frozenset({"school", "college", "university", "academy", "union", "hospital", "church", "chapel",
                                "club", "society", "association", "institute", "council", "trust", "foundation", "choir",
                                "orchestra", "company", "federation", "league"})


def institution_thing(ent: Span) -> bool:
    """A name the small model took for a product or a building that ends on an institution's
    head word: "Drostdy Boys' High School" (PRODUCT), "the Drostdy Old Boys' Union"."""
    return ent.label_ in _THING_LABELS and len(ent) > 1 and ent[-1].lower_ in INSTITUTION_HEADS


# what a team or a band does with those it is named with ("played junior hockey with the
# Camrose Kodiaks", "signed for the Harwood Hornets")
_TEAM_VERBS = frozenset({"play", "sign", "join", "coach", "captain", "skate", "race", "ride", "compete", "tour", "sing", "perform", "drum", "line", "trial"})


def plural_team(ent: Span) -> bool:
    """'the Camrose Kodiaks' tagged a person, 'the Harwood Hornets' a building: a name of two or
    more words after "the" that ends on a plural proper noun is a team's or a band's. (One word,
    'the Kennedys', is a family's, and a building needs a player's verb before it to count.)"""
    doc = ent.doc
    toks = tokens_of(doc)
    s, e = ent.start, ent.end
    the = toks[s].lower_ == "the" or (s > 0 and toks[s - 1].lower_ == "the")
    if toks[s].lower_ == "the":
        s += 1
    last = toks[e - 1]
    if e - s < 2 or last.tag_ != "NNPS" or not last.lower_.endswith("s") or not all(t.is_alpha and t.text[:1].isupper() for t in doc[s:e]):
        return False
    if not the:
        return False
    if ent.label_ == "PERSON":
        return True
    head = last.head
    return ent.label_ == "FAC" and last.dep_ == "pobj" and head.lower_ in ("for", "with", "against") and head.head.lemma_.lower() in _TEAM_VERBS


def joined_ent_end(toks: list[Token], e: int, lex: Lexicon) -> int:
    """'the Somerset Brothers Gombey Troupe' tagged as the organisation "the Somerset Brothers"
    and the person "Gombey Troupe": an organisation's name runs on over a second name the parser
    hung on the same head, or joined to it by "and", when that one ends on an organisation's word
    ("Troupe", "Hospital")."""
    n = len(toks)
    # ("from Moi Teaching and Referral Hospital", tagged "Moi Teaching and" and "Referral Hospital")
    joined = toks[e - 1].lower_ in ("and", "&") and e < n and toks[e].ent_type_ == "ORG"
    if not joined and e + 1 < n and toks[e].lower_ in ("and", "&") and toks[e].ent_iob_ == "O" and toks[e + 1].ent_type_ == "ORG" \
            and toks[e - 1].lower_ not in lex.org_keywords and toks[e - 1].lower_ not in lex.org_nouns:
        # ("for the Estonian Song and Dance Celebration Foundation", tagged "Estonian Song" and
        # "Dance Celebration Foundation": a first name with no organisation's word of its own,
        # after "the", is the first half of the second's)
        s = e - 1
        while s > 0 and toks[s].ent_iob_ == "I":
            s -= 1
        if (toks[s].lower_ == "the" or (s > 0 and toks[s - 1].lower_ == "the")) and toks[e + 1].ent_iob_ == "B":
            joined, e = True, e + 1
    if e >= n or toks[e].ent_iob_ != "B" or toks[e].ent_type_ not in ("PERSON", "ORG") or (
            not joined and (toks[e - 1].dep_ != "compound" or toks[e - 1].head.i < e)):
        return e
    end = e + 1
    while end < n and toks[end].ent_iob_ == "I":
        end += 1
    last = toks[end - 1]
    if not all(t.text[:1].isupper() and t.is_alpha for t in toks[e:end]) or (last.lower_ not in lex.org_keywords and last.lower_ not in lex.org_nouns):
        return e
    return end


def place_named_once(ent: Span, lex: Optional[Lexicon] = None) -> bool:
    """'the best cooper on Speyside', 'grew up in Kerikeri', tagged a person: one word the text
    names once, in a place's phrase ("in", "across", "throughout", or "on" after a noun) and not
    as an owner, is a place. (A person written once is more often a full name, or the subject or
    object of a verb.)"""
    if len(ent) != 1:
        return False
    tok = ent[0]
    prep = tok.head
    if tok.dep_ != "pobj" or not tok.is_title or not tok.is_alpha:
        return False
    if not (prep.lower_ in ("in", "across", "throughout") or (prep.lower_ == "on" and prep.head.pos_ == "NOUN") or (lex is not None and from_home(tok, lex))):
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ == "POS":
        return False
    return len(where_in(tok.doc, "lower").get(tok.lower_, ())) == 1


def from_home(tok: Token, lex: Lexicon) -> bool:
    """'married to a winemaker from Toro, 46': a name after "from" that a person's job or person
    noun takes is where that person is from, no person (the age is the noun's)."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "from" and prep.head.pos_ == "NOUN" and prep.head.is_lower \
        and (prep.head.lemma_ in lex.occupations or prep.head.lemma_ in lex.person_nouns or prep.head.lemma_ in lex.role_heads
             or prep.head.lemma_ in lex.relative_nouns
             or prep.head.lemma_.endswith(("er", "or", "ist", "ian", "man", "woman", "wright", "smith")))


def family_house(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """'Dar Bakkouche' beside 'Amira Bakkouche': a house's word opening a name whose last word a
    person the tagger found elsewhere bears is the family's house, a firm; not 'Dar Adal', a man
    with no namesake (patterns key ``family_house_openers``)."""
    return e - s > 1 and doc[s].lower_ in lex.family_house_openers and doc[s].text[:1].isupper() and any(
        x.label_ == "PERSON" and (x.end <= s or x.start >= e) and x[0].lower_ != doc[s].lower_ and x[-1].lower_ == doc[e - 1].lower_
        for x in ents_of(doc))


def named_business(ent: Span, lex: Lexicon) -> bool:
    """"owner of the Kyria Despina taverna opposite": a person's name between "the" and a
    lower-case business noun it is the compound of names the business, not the person; so does
    one opened by an ``org_openers`` word ("Maison Clémence", "Casa Urrutia")."""
    doc, s, e = ent.doc, ent.start, ent.end
    if e - s > 1 and doc[s].lower_ in lex.org_openers and doc[s].text[:1].isupper():
        return True  # ("Maison Clémence, the Curepipe workshop": a house of trade's word opens the name)
    if family_house(doc, s, e, lex):
        return True
    if s < 1 or e >= len(doc) or doc[s - 1].lower_ != "the":
        return False
    if e - s == 1 and s >= 3 and doc[s - 2].text == "," and doc[s - 3].text[:1].isupper():
        return False  # ("Narayan & Sons Hardware, the Lautoka firm": a named firm's town, apposed)
    noun = doc[e]
    return noun.is_lower and (noun.lower_ in lex.org_keywords or noun.lower_ in lex.org_nouns) \
        and doc[e - 1].dep_ == "compound" and doc[e - 1].head.i in (e, noun.head.i)  # (the parser may hang both on a word after)


def kin_apposed_name(ent: Span, lex: Lexicon) -> bool:
    """"her sister-in-law, Ina Tulloch", the name tagged a place: a full name set off by a comma
    after a kin noun it is apposed to is a person's; so is one word right after a plural kin noun
    and its comma ("twin daughters, Litia and Priya, 7"), or a possessed singular one ("his
    grandmother, Clémence"), or after a copula whose subject is a plural kin noun ("Their
    children are Femke, ..."); and a name of up to three words set off before "(the) younger
    daughter of" ("and Imogen, younger daughter of ...")."""
    root, s, doc = ent.root, ent.start, ent.doc
    toks = tokens_of(doc)
    if 1 <= len(ent) <= 3 and all(t.is_title and t.is_alpha for t in ent) and kin_of_after(toks, ent.end, lex) is not None \
            and not place_preposition_before(toks, s, lex):  # (not "born in Cumberland County, Nova Scotia, the son of")
        return True  # ("between Owain Rees and Imogen, younger daughter of the late Mr Peter Strand", a place)
    if len(ent) == 1 and s >= 2 and toks[s - 1].lower_ in ("are", "were") and ent[0].is_title and ent[0].is_alpha:
        # ("Their three children are Femke; Joris, 24; and Lotte", the first tagged an organisation)
        return any(c.dep_ == "nsubj" and c.tag_ == "NNS" and c.lemma_.lower() in lex.kin_kinds for c in toks[s - 1].children)
    if s < 2 or toks[s - 1].text != "," or not all(t.text[:1].isupper() and t.is_alpha and not t.is_upper for t in ent) \
            or ent[-1].lower_ in lex.place_heads:
        return False
    if len(ent) == 1:
        kin = toks[s - 2]
        # (or a singular one with its possessive: "named it after his grandmother, Clémence", tagged an organisation)
        return (kin.tag_ == "NNS" and kin.lemma_.lower() in lex.kin_kinds and root.dep_ in ("appos", "conj") and root.head.i == kin.i) \
            or (kin.tag_ == "NN" and kin.lower_ in lex.kin_kinds and root.dep_ == "appos" and root.head.i == kin.i and any(c.dep_ == "poss" for c in kin.children))
    return len(ent) <= 3 and root.dep_ == "appos" and root.head.i < s and root.head.lower_ in lex.kin_kinds


# a street's words, which no surname is (unlike "Hill", "Wood" or "Green": "Inspector Wood")
THOROUGHFARES = frozenset({"street", "road", "avenue", "terrace", "square", "boulevard"})
ADDRESSES = THOROUGHFARES | {"lane", "row", "quay", "parade", "crescent", "drive", "place", "way", "wharf"}


def person_clause_after(toks: list[Token], end: int) -> bool:
    """', who has died', ', 87, of Mill Lane': a relative "who" or an age set off in commas, which
    only a person's name takes."""
    words = [t.text for t in toks[end : end + 3]]
    return words[:2] == [",", "who"] or (len(words) == 3 and words[0] == words[2] == "," and words[1].isdigit() and len(words[1]) <= 3)


def before_address(toks: list[Token], s: int, e: int) -> int:
    """Where an organisation's span ends before an address the tagger ran into it ("... Cafe on
    Mill Street", "... Inn in Bridge Lane")."""
    for k in range(s + 1, e - 1):
        if toks[k].lower_ in ("on", "in") and toks[e - 1].lower_ in ADDRESSES and all(t.text[:1].isupper() for t in toks[k + 1 : e]):
            return k
    return e


def listed_employer(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """'Sir Rupert Vane, former chairman, Calder Shipping, 81;': the organisation of a listed
    person's post, which the entry's age follows but is not of (at extraction only)."""
    return (e - s > 1 and doc[e - 1].lower_ in lex.org_keywords and s >= 2 and doc[s - 1].text == ","
            and doc[s - 2].is_lower and doc[s - 2].is_alpha)


# verbs that give somebody a post
APPOINTING = frozenset({"appoint", "hire", "name", "elect", "promote", "recruit", "select", "choose", "install", "confirm"})


def appoints_as_its(head: Token) -> bool:
    """'Pedro Estate ... has appointed Lakshmi Murugesu, 41, as its superintendent': the subject of a
    verb of appointing that gives somebody a post as "its" is the body that holds the post."""
    if head.dep_ == "appos" and head.head.is_upper:
        head = head.head  # ("NUWARA ELIYA — Pedro Estate, ..., has appointed": hung on the wire dateline)
    verb = head.head
    return head.dep_ == "nsubj" and verb.lemma_.lower() in APPOINTING and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" and any(p.dep_ == "poss" and p.lower_ == "its" for p in g.children) for g in c.children)
        for c in verb.children)
