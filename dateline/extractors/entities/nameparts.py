"""Surnames that open with a lower-case particle ("Kobus van Wyk", "Lotte van den Broek",
"Maria da Silva", "Jean-Luc de la Tour"): one person, whose surname includes the particle.

The small model often ends a PERSON ent before the particle ("Skipper Kobus" + "van Wyk") or
inside the particles ("Lotte van" + "Broek"). The name runs on over the particles to the
capitalised word after them, so the later "Van Wyk" or "Mr van Wyk" finds the one person
named in full with that surname (builder: a surname that opens with a particle)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc, Span, Token

from dateline.extractors.entities.lexicon import Lexicon
from dateline.nlp import columns, ents_of, text_of, tokens_in, tokens_of

# at most "van der", "de la", "von und zu": more lower-case words are prose, not a name
_MAX_PARTICLES = 3


def particle_end(doc: Doc, s: int, e: int, lex: Lexicon, taken: list[bool]) -> int:
    """The end of the name ``doc[s:e]`` run on over lower-case surname particles to the
    capitalised surname after them; ``e`` unchanged when the text does not go on so.

    The name itself must end on a capitalised word or on particles ("Lotte van"), and the
    particles must be written lower-case inside the sentence: a capitalised "Van" or "De"
    after a name may open the next name ("told Anna Van Wyk's story" stays to the tagger)."""
    grown = _particle_step(doc, s, e, lex, taken)
    while grown > e:  # "Jeanne du Han de Martigny": a surname of several particles and names
        e = grown
        grown = _particle_step(doc, s, e, lex, taken)
    return e


def _particle_step(doc: Doc, s: int, e: int, lex: Lexicon, taken: list[bool]) -> int:
    toks = tokens_of(doc)
    # particles the ent already ends on ("Lotte van" + "Broek") count towards the run
    k = e
    while k > s and toks[k - 1].lower_ in lex.lower_particles and toks[k - 1].text.islower():
        k -= 1
    if k == s or not _capital_word(toks[k - 1].text):
        return e
    j = e
    while j < len(doc) and j - k < _MAX_PARTICLES and toks[j].text.islower() and toks[j].lower_ in lex.lower_particles:
        j += 1
    if j == k or j >= len(doc) or taken[j] or toks[j].is_sent_start:
        return e
    last = toks[j]
    if not _capital_word(last.text) or last.lower_ in lex.titles or last.ent_type_ not in ("", "PERSON", "ORG", "GPE", "NORP"):
        return e
    if j + 2 < len(doc) and joining_hyphen(doc, j + 1, j, j + 3) and _capital_word(toks[j + 2].text) and not taken[j + 2]:
        return j + 3  # ("Ineke van der Laan-Bos": the second half of a double-barrelled surname)
    return j + 1


def _capital_word(text: str) -> bool:
    """A name word: a capital, then letters, apostrophes or hyphens ("Jean-Luc", "O'Neill")."""
    return text[:1].isupper() and text.replace("-", "").replace("'", "").isalpha()


def after_noun_or_article(doc: Doc, at: int) -> bool:
    """The name at ``at`` follows a lower-case common noun ("comte de Martigny"), a territory
    a title is of, or an article ("The Du Han de Martigny were a noble family"), a family or a
    thing: not a surname written alone for one person."""
    return at > 0 and ((doc[at - 1].text.islower() and doc[at - 1].tag_ in ("NN", "NNS", "FW")) or doc[at - 1].lower_ == "the")


def particle_surname(key: tuple[str, ...], written: str, titled: bool, lex: Lexicon, after_noun: bool = False) -> bool:
    """A name key that is a surname alone, opening with its particles ("van Wyk", "de la
    Tour", "Mrs van der Merwe"): like a one-word surname, it is whichever person of that
    surname the text means there, told apart by a gendered title ("Mrs van Wyk" is not the "Mr
    van Wyk" before her). ``written`` is the name's first word as written: a capitalised
    particle with no title before it may be a given name ("Van Morrison"), so only a particle
    written lower-case, or after a title, makes a surname of it; and not ``after_noun``
    ("comte de Martigny"). Two particles say a surname however the first is written ("Van der
    Laan, a PE teacher,": no given name is "Van der")."""
    if after_noun and not titled:
        return False
    if len(key) < 2 or len(key) > 1 + _MAX_PARTICLES or not all(w in lex.lower_particles for w in key[:-1]):
        return False
    return titled or written.islower() or len(key) > 2


def joining_hyphen(doc: Doc, i: int, s: int, e: int) -> bool:
    """Token ``i`` of the name ``doc[s:e]`` is a hyphen joining two words of it with no space
    ("Okafor-Lynch", "Jean-Luc"): part of a name's shape, not a break in it."""
    return s < i < e - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def hyphened_back(doc: Doc, spans: list, lex: Lexicon, taken: list[bool], sent_start_of: list[int]) -> list:
    """Missed names grown back over a double-barrelled surname's first half and the given names
    before it ("Rosalind Achebe-Hart", which the walk that found "Hart" stopped at the hyphen):
    else "Hart" is a surname a later "Derek Hart" takes (at extraction only)."""
    from dateline.extractors.entities.missed import _free_name  # (missed reads this module)

    toks = tokens_of(doc)
    out = []
    for sp in spans:
        s = sp.start
        if s >= 2 and toks[s - 1].text == "-" and not toks[s - 1].whitespace_ and not toks[s - 2].whitespace_ \
                and _free_name(toks[s - 2], lex, taken) and toks[s - 2].tag_ in ("NNP", "NNPS") and sent_start_of[s - 2] == sent_start_of[s]:
            s -= 2
            while s > sent_start_of[sp.start] and sp.end - s < 5 and _free_name(toks[s - 1], lex, taken) and toks[s - 1].tag_ in ("NNP", "NNPS"):
                s -= 1
        if s < sp.start:
            for k in range(s, sp.start):
                taken[k] = True
            sp = replace(sp, start=s)
        e = sp.end
        if e + 1 < len(doc) and toks[e].text == "-" and not toks[e - 1].whitespace_ and not toks[e].whitespace_ \
                and toks[e + 1].text[:1].isupper() and toks[e + 1].is_alpha and _free_name(toks[e + 1], lex, taken):
            # ("Ms Nadia Ferreira-Haight": the walk stopped at the hyphen going forward too)
            taken[e] = taken[e + 1] = True
            sp = replace(sp, end=e + 2)
        out.append(sp)
    return out


def inner_particle(doc: Doc, i: int, s: int, e: int, lex: Lexicon) -> bool:
    """Token ``i`` is a lower-case particle inside the name ``doc[s:e]`` ("Kobus van Wyk"):
    part of the name's shape, not a word of prose."""
    return s < i < e - 1 and doc[i].text.islower() and doc[i].lower_ in lex.lower_particles


def inner_particles(doc: Doc, s: int, e: int, lex: Lexicon) -> int:
    """How many words of the name ``doc[s:e]`` its surname's particles and parts add: a name's
    length counts the given names and one surname ("Pieter van der Merwe" is a name of two
    words, as "Pieter Merwe" is; "Jeanne Thérèse du Han de Martigny" of three)."""
    first = next((i for i in range(s, e) if inner_particle(doc, i, s, e, lex)), None)
    if first is None:
        return 0
    words = sum(1 for i in range(first, e) if not doc[i].is_punct)
    return words - 1


def particle_head(doc: Doc, s: int, e: int, lex: Lexicon) -> Optional[int]:
    """The token the parse hangs a name with particles on ("Thérèse" of "Jeanne Thérèse du Han
    de Martigny", whose last word the parser may read as an apposition), so the mention's role
    is the name's; None for a name without particles (its last word, as before)."""
    if not any(inner_particle(doc, i, s, e, lex) for i in range(s, e)):
        return None
    return next((i for i in range(s, e) if not s <= doc[i].head.i < e or doc[i].head.i == i), None)


def compound_head_end(doc: Doc, e: int, lex: Lexicon, taken: list[bool]) -> int:
    """'Joseph Kiprop' tagged a person and 'Too' left out, though the parse hangs the whole name
    on 'Too' as its head: the name runs on over that one capitalised, untagged word (not a
    title, an organisation's or a place's head word: 'Mary Hale Foundation' is a body)."""
    toks = tokens_of(doc)
    if e >= len(doc) or e == 0 or taken[e]:
        return e
    last, nxt = toks[e - 1], toks[e]
    if last.dep_ != "compound" or last.head.i != e or nxt.tag_ != "NNP" or nxt.ent_type_ != "" or not nxt.is_alpha:
        return e
    low = nxt.lower_
    if not nxt.text[:1].isupper() or low in lex.titles or low in lex.org_keywords or low in lex.place_heads or low in lex.not_names:
        return e
    return e + 1


def particle_start(doc: Doc, s: int, lex: Lexicon, taken: list[bool]) -> int:
    """'Kiprono arap Chumo' tagged 'Chumo' alone: the name runs back over the lower-case
    particles before it to the capitalised given name before them, whatever name label the
    tagger gave that (the particle says it is a person's: 'Kipkorir arap Towett')."""
    toks = tokens_of(doc)
    k = s
    while k > 0 and s - k < _MAX_PARTICLES and toks[k - 1].text.islower() and toks[k - 1].lower_ in lex.lower_particles:
        k -= 1
    if k == s or k == 0 or taken[k - 1] or toks[k - 1].is_sent_end:
        return s
    first = toks[k - 1]
    if not _capital_word(first.text) or first.lower_ in lex.titles or first.ent_type_ not in ("", "PERSON", "ORG", "GPE", "NORP") or first.tag_ != "NNP":
        return s
    return k - 1


# trade words that are also given names ("Mason Reid", "Porter Hale", "Chandler Voss")
_GIVEN_TRADES = frozenset({"mason", "porter", "chandler", "ranger", "hunter", "carter", "cooper", "parker", "baker",
                           "fisher", "tanner", "sawyer", "archer", "taylor", "page", "dean", "major", "judge"})


def function_word_given(toks: list[Token], s: int, lex: Lexicon, taken: list[bool], sent_start_of: list[int]) -> bool:
    """'his older brother, Per Sølvberg, 71,': a capitalised ``function_word_names`` word inside a
    sentence, right before a name the tagger found (as a place, even), is that name's first word."""
    k = s - 1
    return k >= 0 and not taken[k] and sent_start_of[k] != k and toks[k].lower_ in lex.function_word_names \
        and toks[k].text[:1].isupper() and toks[k].text[1:].islower() and toks[s].text[:1].isupper()


def aged_full_names(doc: Doc, lex: Lexicon, taken: list[bool], spans: list) -> list[tuple[int, int]]:
    """'... with Héctor Sepúlveda at the brake ... Sepúlveda, 66, has been its brakeman': two
    capitalised proper nouns the tagger left untagged, the second the one word a name with an age
    after it is written by, are that person's full name (the first no title, place or common word)."""
    aged = {doc[sp.start].lower_ for sp in spans if sp.age and sp.end - sp.start == 1}
    out = []
    for k in (k for k in tokens_in(doc, "lower", aged) if k > 0):
        first = doc[k - 1]
        if taken[k] or taken[k - 1] or doc[k].ent_type_ or first.ent_type_ or first.tag_ != "NNP" or doc[k].tag_ != "NNP" \
                or not _capital_word(first.text) or first.is_sent_start or first.lower_ in lex.titles or first.lower_ in lex.not_entities \
                or (k > 1 and doc[k - 2].text[:1].isupper() and doc[k - 2].is_alpha):
            continue
        taken[k - 1] = taken[k] = True
        out.append((k - 1, k + 1))
    return out


def without_family_plurals(doc: Doc, spans: list) -> list:
    """'Calum MacRae ... The MacRaes have farmed at Inverchandlick since 1890': "the" and the plural
    of a surname a person's full name ends on is the family, no organisation and nobody of its own."""
    low = columns(doc).lower
    surnames = {low[sp.end - 1] for sp in spans if 1 < sp.end - sp.start < 4}
    return [sp for sp in spans if not (sp.end - sp.start == 1 and sp.start > 0 and low[sp.start - 1] == "the"
                                       and low[sp.start].endswith("s") and low[sp.start][:-1] in surnames)]


def join_split_names(doc: Doc, spans: list, trades: frozenset[str] = frozenset()) -> list:
    """'the skipper Ruairidh Stewart, 44' with 'Ruairidh' tagged a place and 'Stewart' a person:
    two name spans side by side, the first one word the parse makes a modifier of the second, a
    person's, are one person's name. ``spans`` sorted by start."""
    toks = tokens_of(doc)
    out: list = []
    for sp in spans:
        prev = out[-1] if out else None
        # ("Effie" and "Sinclair" each tagged an organisation of one word: one name, whose type
        # the rest of the text decides)
        both_org = prev is not None and prev.label == sp.label == "ORG" and sp.end - sp.start == 1
        # ("Marc-André" and "Roy" tagged apart: a hyphened given name of two capitalised parts)
        hyphened = prev is not None and prev.end - prev.start == 3 and prev.label == sp.label == "PERSON" and joining_hyphen(doc, prev.start + 1, prev.start, prev.end) \
            and _capital_word(toks[prev.start + 2].text)
        # ("María Elena" untagged before "Gutiérrez Paz" tagged a person: two given names, each a
        # modifier of the surnames' head)
        two_given = prev is not None and prev.end - prev.start == 2 and sp.label == "PERSON" and prev.label in (None, "PERSON") \
            and all(toks[k].dep_ == "compound" and sp.start <= toks[k].head.i < sp.end and _capital_word(toks[k].text) and toks[k].lower_ not in trades
                    for k in range(prev.start, prev.end))
        if (prev is not None and prev.end == sp.start and (prev.end - prev.start == 1 or hyphened or two_given) and ("PERSON" in (prev.label, sp.label) or both_org)
                and not (prev.platform or sp.platform or prev.pair or sp.pair or prev.age or prev.surname is not None)
                and toks[prev.end - 1].dep_ == "compound" and sp.start <= toks[prev.end - 1].head.i < sp.end
                # ("the late Anders Pedersen Sara": a given name ending in s tagged a plural)
                and _capital_word(toks[prev.start].text) and toks[prev.start].tag_ in ("NNP", "NNPS")
                # ("Deacon" + "Alan Price": his job, unless the trade is also a given name: "Mason")
                and (toks[prev.start].lower_ not in trades or toks[prev.start].lower_ in _GIVEN_TRADES)
                # ("Potters Wyn and Elin Hughes": a trade in the plural before a couple)
                and not (toks[prev.start].lower_[:-1] in trades and toks[prev.start].lower_.endswith("s")
                         and sp.end < len(toks) and toks[sp.end].lower_ == "and")):
            out[-1] = replace(sp, start=prev.start, label="ORG" if both_org else "PERSON")
            continue
        out.append(sp)
    return out


def person_of_firm(doc: Doc, s: int, e: int, lex: Lexicon) -> Optional[int]:
    """'Celia Moss of Moss & Tully' tagged one organisation: a person's full name (two or three
    capitalised words, none an organisation's word), 'of', and a firm's name (with '&', or
    closing on an organisation's word). Where the 'of' stands, or None."""
    toks = tokens_of(doc)
    for k in range(s + 2, min(s + 4, e - 2) + 1):
        if toks[k].lower_ != "of":
            continue
        before, after = toks[s:k], toks[k + 1 : e]
        if not all(t.text[:1].isupper() and t.text[1:].islower() and t.lower_ not in lex.org_keywords
                   and t.lower_ not in lex.lead_org_words and t.lower_ not in lex.titles for t in before):
            return None
        if any(t.text == "&" for t in after) or after[-1].lower_ in lex.org_suffixes:
            return k
        return None
    return None


def person_of_place(doc: Doc, s: int, e: int, lex: Lexicon) -> Optional[int]:
    """'Mrs Elspeth Crozier of Selkirk' tagged one person: a full name (two or three capitalised
    words), 'of' and one or two capitalised words of no organisation. Where the 'of' stands, or
    None ('Albert of Brandenburg', a single name before 'of', is one name)."""
    toks = tokens_of(doc)
    for k in range(s + 2, min(s + 4, e - 1) + 1):
        if toks[k].lower_ != "of":
            continue
        before, after = toks[s:k], toks[k + 1 : e]
        names = [t for t in before if t.lower_.rstrip(".") not in lex.titles]
        if len(names) < 2 or not all(t.text[:1].isupper() and t.is_alpha for t in before) or not 1 <= len(after) <= 2:
            return None
        if all(t.text[:1].isupper() and t.is_alpha and t.lower_ not in lex.org_keywords for t in after):
            return k
        return None
    return None


def after_given_and(toks: list[Token], s: int) -> bool:
    """'Murdo and Peigi MacLeod of Newmarket', the second name tagged an organisation with its
    town: a name right after 'and' and a lone capitalised word (a couple's first given name)."""
    if s < 2 or toks[s - 1].lower_ != "and":
        return False
    first = toks[s - 2]
    return first.is_alpha and first.is_title and first.pos_ == "PROPN" and (s < 3 or not toks[s - 3].is_title)


def listed_of_place(doc: Doc, s: int, e: int, lex: Lexicon) -> Optional[int]:
    """'his sons, Mark (Debbie) of Fargo and Paul of Fergus Falls' with 'Paul of Fergus Falls'
    tagged one organisation: in an obituary's list of relatives, a first name, 'of' and one or two
    capitalised words of no organisation is a relative and the town they live in. Where the
    'of' stands, or None."""
    toks = tokens_of(doc)
    if e - s < 3 or toks[s + 1].lower_ != "of" or not toks[s].text[:1].isupper() or not toks[s].is_alpha or s == 0:
        return None
    after = toks[s + 2 : e]
    if not 1 <= len(after) <= 2 or not all(t.text[:1].isupper() and t.is_alpha and t.lower_ not in lex.org_keywords for t in after):
        return None
    if toks[s - 1].lower_ not in ("and", ",", ";"):
        return None
    # a kin noun opens the list a few words before
    return s + 1 if any(toks[k].lower_ in lex.kin_kinds or toks[k].lemma_.lower() in lex.kin_kinds
                        for k in range(max(0, s - 12), s)) else None


def keyword_tail(toks: list[Token], ent: Span, lex: Lexicon) -> int:
    """The end of an organisation's name the tagger closed one word early: "Halifax General"
    tagged, "Infirmary" not, though the parse makes the two a compound of it."""
    e = ent.end
    while ent.label_ == "ORG" and e - ent.start > 1 and toks[e - 1].is_lower and toks[e - 1].pos_ == "ADP":
        e -= 1  # "the School of Engineering at" tagged whole: the preposition is the sentence's
    if ent.label_ != "ORG" or e >= len(toks) or e < ent.end:
        return e
    tail = toks[e]
    if (tail.ent_type_ == "" and tail.tag_ == "NNP" and tail.is_alpha and tail.text[:1].isupper() and tail.lower_ in lex.org_keywords
            and toks[e - 1].dep_ == "compound" and toks[e - 1].head.i == e):
        return e + 1
    # ("the Chepsoi Farmers Co-operative" and "Society" tagged two names: one, the keyword its head)
    alone = e + 1 >= len(toks) or toks[e + 1].ent_iob_ != "I"
    if (tail.ent_type_ == "ORG" and tail.ent_iob_ == "B" and alone and tail.tag_ == "NNP" and tail.lower_ in lex.org_keywords
            and toks[e - 1].head.i == e and toks[e - 1].dep_ in ("compound", "amod")):
        return e + 1
    return e


def town_after_venue(tok: Token) -> bool:
    """'at Holy Trinity, Hull, between ...', 'at St Cuthbert's, Wells, of Mr X': a one-word name
    apposed to the venue after 'at' or 'in' is the venue's town."""
    venue = tok.head
    return (tok.dep_ == "appos" and venue.dep_ == "pobj" and venue.head.lower_ in ("at", "in") and venue.ent_type_ in ("ORG", "FAC", "GPE")
            and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in (",", ".", ";") and tok.doc[tok.i - 1].text == ","
            and not (tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].lower_ in ("who", "whose", "and")))  # (a list's next name)


def wedded_partner(ent: Span, lex: Lexicon) -> bool:
    """A full name the tagger took for a place, joined by "and" to a person's name in a sentence
    about a marriage: "took place ... between Walter Ibbotson and Doreen Sugden"."""
    root = ent.root
    return (2 <= len(ent) <= 3 and all(t.text[:1].isupper() and t.is_alpha for t in ent) and root.dep_ == "conj"
            and root.head.ent_type_ == "PERSON" and root.head.i < ent.start
            and any(t.lemma_.lower() in lex.wedding_events for t in root.sent))


def married_object(ent: Span, lex: Lexicon) -> bool:
    """'Diouf himself married Fatou Bintou Mbengue', the name tagged a building: capitalised words
    a person married (the object of a partner verb whose subject is a person or a pronoun)."""
    root = ent.root
    subj = [c for c in root.head.children if c.dep_ == "nsubj"]
    return (2 <= len(ent) <= 4 and all(t.text[:1].isupper() and t.is_alpha for t in ent) and root.dep_ == "dobj"
            and root.head.lemma_.lower() in lex.partner_words and bool(subj) and (subj[0].ent_type_ == "PERSON" or subj[0].tag_ == "PRP"))


def person_conjunct(ent: Span, lex: Lexicon) -> bool:
    """'firefighters Tom Hennessy and Paddy Ward', the second tagged a place: two capitalised
    words joined by "and" to a person's full name are a second person's, unless a place's or a
    body's word ends them ('Tom Hennessy and Kilkenny City')."""
    root = ent.root
    return (len(ent) == 2 and all(t.text[:1].isupper() and t.is_alpha and not t.is_upper for t in ent) and root.dep_ == "conj"
            and root.head.ent_type_ == "PERSON" and root.head.i < ent.start and root.head.dep_ in ("appos", "pobj", "dobj", "nsubj", "nsubjpass", "conj")
            and any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in root.head.children)
            and ent[-1].lower_ not in lex.place_heads and ent[-1].lower_ not in lex.org_keywords)


def life_subject(ent: Span, lex: Lexicon) -> bool:
    """'Winston died in a road accident in 1989, aged 22', the name tagged a place: one
    capitalised word that is the subject of a verb only a person's life has (die, marry, wed)
    is a person's name, with no article before it ('the Tyne'). Not a surname the text has
    written in a person's full name: that is who the surname rules find ('Providence and his
    wife married' after 'Captain Desmond Providence')."""
    if len(ent) != 1:
        return False
    root = ent.root
    # (the full names looked at last, and through the Doc's one list of its ents: building
    # ``doc.ents`` anew for every place the tagger found cost 5% of the entity stage)
    doc = ent.doc
    # ("In 1984 Ueli married Margrit Bühler": the parser read the name into the fronted date's
    # phrase, right before the verb)
    fronted = (root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == root.i + 1
               and any(t.ent_type_ == "DATE" for t in doc[root.head.i + 1 : root.i]))
    # (or hung on the verb as an adverb, after the date: "In 1984 Ueli married")
    fronted = fronted or (root.dep_ == "npadvmod" and root.head.i == root.i + 1 and root.i > 0 and doc[root.i - 1].ent_type_ == "DATE")
    verb = root.head.head if fronted and root.dep_ == "pobj" else root.head
    return ((root.dep_ == "nsubj" or fronted) and verb.lemma_.lower() in lex.life_verbs and verb.pos_ == "VERB"
            and root.is_title and root.is_alpha and not (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the")
            and not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == root.text for e in ents_of(ent.doc)))


def kin_pair(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """'their two boys, the twins Gethin and Aled', tagged as one name: two single names joined
    by 'and' right after a plural kin noun are two people (one shared surname would follow)."""
    toks = tokens_of(doc)
    if e - s != 3 or toks[s + 1].lower_ != "and" or s < 1:
        return False
    k = s - 1
    if toks[k].lower_ == "the" and k > 0:
        k -= 1
    kin = toks[k].lower_
    plural = kin.endswith("s") and (kin[:-1] in lex.kin_kinds or kin in ("twins", "boys", "girls"))
    return plural and all(toks[j].tag_ == "NNP" and toks[j].is_alpha and toks[j].text[:1].isupper() for j in (s, s + 2)) \
        and not (e < len(doc) and toks[e].tag_ == "NNP")


def comma_list(toks: list, s: int, e: int) -> list[tuple[int, int]] | None:
    """One-word names joined by commas that the tagger took for one name ("Rajiv, Anjali,
    Suresh"): each a name of its own; None unless every part is one capitalised word."""
    if not any(toks[i].text == "," for i in range(s, e)):
        return None
    # (a list goes on past it, "..., Suresh and Latha", or opens after a colon)
    if not ((e + 1 < len(toks) and toks[e].lower_ == "and" and toks[e + 1].text[:1].isupper()) or (s > 0 and toks[s - 1].text == ":")):
        return None
    parts, start = [], s
    for i in range(s, e + 1):
        if i == e or toks[i].text == ",":
            if i - start != 1 or not (toks[start].text[:1].isupper() and toks[start].is_alpha):
                return None
            parts.append((start, i))
            start = i + 1
    return parts if len(parts) >= 2 else None


def given_pairs(ents, lex) -> frozenset[tuple[str, str]]:
    """The two words of every person the tagger found by exactly two capitalised words ('Paddy
    Joe'): where a longer name is split before the second of them, the first is its given name
    (not a title: 'Mother Dorcas' is Dorcas)."""
    return frozenset((ent[0].text, ent[1].text) for ent in ents if ent.label_ == "PERSON" and len(ent) == 2
                     and ent[0].text[:1].isupper() and ent[1].text[:1].isupper() and ent[0].lower_ not in lex.titles)


def split_given_name(toks, s: int, e: int, pairs: frozenset[tuple[str, str]], taken: list[bool]) -> bool:
    """'Paddy' tagged a place, or nothing, before 'Joe Furlong', where the text elsewhere names
    'Paddy Joe' alone: a three-word name the tagger cut after its first word."""
    if s == 0 or e - s != 2 or taken[s - 1]:
        return False
    prev = toks[s - 1]
    return (prev.text, toks[s].text) in pairs and prev.text[:1].isupper() and prev.is_alpha and prev.ent_type_ in ("", "GPE", "PERSON", "NORP") \
        and prev.ent_iob_ != "I"


# the quotation marks a nickname is written between inside a name ('Dorothy "Dot" Kessler')
NICK_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})


def given_lead(recent, key: tuple[str, ...]):
    """The one known person a short or a fuller form of a name stands for, else None: 'Paddy
    Joe' after 'Paddy Joe Furlong' (two words that are the given names of one known name of
    three), "Lola Caring" after 'Caridad "Lola Caring" Villanueva' (the quoted nickname alone),
    and that full name after a headline's "Lola Caring" (the earlier cluster takes the full key)."""
    if len(key) == 4:
        # ('Caridad "Lola Caring" Villanueva' after a headline's "Lola Caring": the nickname first)
        nick = [c for c in recent if not c.platform and c.key == key[1:3] and c.person_score() >= 0]
        if len(nick) == 1:
            nick[0].key = key
            return nick[0]
    if len(key) == 3:
        # ("His granddaughter Maria do Céu" after "Maria do Céu Bento": given names with a particle)
        lead = [c for c in recent if not c.platform and len(c.key) == 4 and c.key[:3] == key and c.person_score() >= 0]
        return lead[0] if len(lead) == 1 else None
    if len(key) != 2:
        return None
    lead = [c for c in recent if not c.platform and len(c.key) == 3 and c.key[:2] == key and c.person_score() >= 0]
    if not lead:
        # ("Don Aurelio" after "Don Aurelio Hernández Cruz": a given name with two surnames after it)
        lead = [c for c in recent if not c.platform and len(c.key) in (4, 5) and c.key[:2] == key and c.person_score() >= 0]
    if not lead:
        # ("Kok Wah's wife" after "Lim Kok Wah": a Chinese given name of two words after the family name)
        # (short syllables only, as Chinese names are written: not "Muhammad Rafiq" of "Haji Muhammad
        # Rafiq"; or after a father's initial, as Tamil names are: "Senthil Kumar" of "R. Senthil Kumar")
        lead = [c for c in recent if not c.platform and len(c.key) == 3 and c.key[1:] == key and c.person_score() >= 0
                and (all(len(w) <= 4 and w.isalpha() for w in c.key) or re.fullmatch(r"[a-z]\.", c.key[0]) is not None)]
        return lead[0] if len(lead) == 1 else None
    if not lead:
        # ("Lola Caring" after 'Caridad "Lola Caring" Villanueva': the quoted nickname alone)
        lead = [c for c in recent if not c.platform and len(c.key) == 4 and c.key[1:3] == key and c.person_score() >= 0
                and NICK_QUOTES & set(c.unlowered or ())]
    return lead[0] if len(lead) == 1 else None


def titled_words(doc: Doc, lex: Lexicon) -> frozenset[str]:
    """The capitalised words the article writes after a personal title ("Ms Pritchard",
    "Dr Okafor"): surnames, whoever the tagger made of them."""
    cols = columns(doc)
    n = len(doc)
    return frozenset(cols.lower[k + 1] for k in tokens_in(doc, "lower", lex.titles)
                     if k + 1 < n and cols.text[k][:1].isupper() and cols.text[k + 1][:1].isupper() and cols.text[k + 1].isalpha())


def titled_surname(doc: Doc, lex: Lexicon, run: tuple[int, int], titled: frozenset[str]) -> bool:
    """'The choir has appointed Siân Pritchard as its director. Ms Pritchard, 39, ...': two
    untagged proper nouns whose second the text writes after a personal title elsewhere are
    that person's full name (a title is what no place or firm is given)."""
    s, e = run
    if not titled or e - s != 2:
        return False
    cols = columns(doc)
    if s > 0 and cols.lower[s - 1] in ("the", "a", "an"):
        return False  # ("the Clan Johnstone ... Lord Johnstone": no person's name takes an article)
    if not (cols.lower[e - 1] in titled and cols.ent_type[s] == "" and cols.ent_type[e - 1] == ""
            and cols.pos[s] == "PROPN" and cols.pos[e - 1] == "PROPN" and cols.lower[s] not in lex.titles
            and cols.lower[s] not in lex.org_keywords and cols.lower[e - 1] not in lex.org_keywords):
        return False
    # (nor the first words of a firm's name written in full elsewhere: "Delaney Rowe Solicitors";
    # searched last, as it reads the whole text)
    return not written_longer(doc, s, e)


def written_longer(doc: Doc, s: int, e: int) -> bool:
    """Whether the words ``s`` to ``e`` open a longer capitalised name the text writes somewhere
    ("Harlan State" of Harlan State University, "Delaney Rowe" of Delaney Rowe Solicitors)."""
    cols, text = columns(doc), text_of(doc)
    return re.search(re.escape(text[cols.idx[s] : cols.idx[e - 1] + len(cols.text[e - 1])]) + r"\s+[A-Z]", text) is not None


def prize_tail(doc: Doc, e: int, lex: Lexicon) -> int:
    """Where a prize's name ends when its last one or two capitalised words, right after a
    person's name, end on a prize's word ("the Edwin Gaunt Rose Bowl"); ``e`` when they do not."""
    cols = columns(doc)  # (the words' columns, with no Token made per word)
    text, alpha = cols.text, cols.is_alpha
    for k in (e + 1, e + 2):
        if k <= len(doc) and all(text[j][:1].isupper() and alpha[j] for j in range(e, k)) and cols.lower[k - 1] in lex.prize_heads \
                and not (k < len(doc) and text[k][:1].isupper()):
            return k
    return e
