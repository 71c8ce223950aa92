"""Organisations the tagger leaves untagged: "founded the Xagħra Lace Guild" (a letter the small
model rarely saw, and the whole name goes untagged, so a later "the guild" finds another body).
A run of capitalised proper nouns after "the" (or "with", "at", "for", "from", "joined", "of": "a
deckhand with Hebridean Link Ferries", "Dr Ann Pike of Ruby Hall Clinic") that ends in an organisation's keyword is one
organisation, and so are such words with a noun of an organisation's kind apposed ("The
Linden, the 240-room hotel"). At extraction only, as every name rule the pronoun ranker did not learn on."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.extractors.entities.lexicon import Lexicon
from dateline.nlp import columns, tokens_in, tokens_of, where_in

# (a body's name runs to a few words: "the Lower Wensley Rural Preservation Society")
MAX_WORDS = 6
_ANCHORS = ("the", "with", "at", "for", "from", "joined", "of")


def untagged_orgs(doc: Doc, lex: Lexicon, taken: list[bool]) -> list[tuple[int, int]]:
    """Spans of such names; claims their words in ``taken``."""
    toks = tokens_of(doc)
    out = []
    n = len(doc)
    i = 0
    # (each "the", or a preposition a workplace follows, from the Doc's word index, not a Token
    # per word of the text: "a deckhand with Hebridean Link Ferries")
    index = where_in(doc, "lower")
    anchors = sorted({k for w in _ANCHORS for k in index.get(w, ())})
    for i_the in anchors:
        if i_the < i:
            continue  # inside the name found before
        i = i_the
        if i + 2 >= n:
            break
        e = i + 1
        joined = 0
        while e < n and e - i - joined <= MAX_WORDS and toks[e].lower_ not in lex.titles and (
                _bare_proper(toks[e], taken)
                # ("a firefighter with Mid and West Wales Fire and Rescue Service": an "and" between
                # capitalised words inside the name, which must still end on a keyword below)
                or (toks[e].lower_ == "and" and e > i + 1 and e + 1 < n and _bare_proper(toks[e + 1], taken) and joined < 2)
                # ("the Faroese Fishing Vessel Owners' Association": a plural's possessive inside)
                or (_possessive_mark(toks[e]) and e > i + 1 and toks[e - 1].lower_.endswith("s") and e + 1 < n
                    and (_bare_proper(toks[e + 1], taken) or _hyphened_keyword(toks, e + 1, lex, taken)) and joined < 2)):
            joined += toks[e].lower_ == "and" or _possessive_mark(toks[e])
            e += 1
        # ("the Nkawie Weavers' Co-operative": a keyword the tokenizer split at its hyphen, its first
        # part tagged an adjective, where the walk stopped, or a proper noun it took)
        last = ""
        k = e - 1 if e < n and toks[e].text == "-" else e
        if i + 1 < k < n:
            last = _hyphened_keyword(toks, k, lex, taken)
            if last:
                e, joined = k + 3, joined + 2
        last = last or toks[e - 1].lower_
        # two words at least, the last a body's keyword, and no capitalised word running on
        if e - i > 2 and last in lex.org_keywords and not (e < n and toks[e].text[:1].isupper()):
            for k in range(i + 1, e):
                taken[k] = True
            out.append((i + 1, e))
        i = max(e, i + 1)
    return (out + _founded_names(doc, taken) + _keyword_runs(doc, lex, taken) + _apposed_kinds(doc, lex, taken, index)
            + _staff_names(doc, lex, taken, index) + _named_shops(doc, lex, taken, index) + _placed_stations(doc, taken, index)
            + _opened_names(doc, lex, taken, index) + _numbered_names(doc, taken))


# "Fjord1", "Kanal5": a capitalised word closed by a number, written as one word, which no
# personal name is (not "COVID19", all capitals, nor "B52", one letter)
_NUMBERED_WORD = re.compile(r"[A-Z][a-z]{2,}[0-9]{1,3}")
_DIGITS = frozenset("0123456789")


def _numbered_names(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """'41 years with Fjord1', 'Fjord1 chief executive Dag Inge Sørnes': a capitalised word with a
    number run on to it, left untagged, is an organisation's (or a product's) name."""
    cols = columns(doc)
    tags, ents, texts = cols.tag, cols.ent_type, cols.text
    out = []
    # (only the words ending on a digit, from the text column: a Token per word cost more than the rule)
    for k in [k for k, t in enumerate(texts) if t[-1:] in _DIGITS]:
        if not taken[k] and tags[k] in ("NNP", "NN") and ents[k] in ("", "ORG", "PRODUCT") and _NUMBERED_WORD.fullmatch(texts[k]):
            taken[k] = True
            out.append((k, k + 1))
    return out


def _opened_names(doc: Doc, lex: Lexicon, taken: list[bool], index: dict) -> list[tuple[int, int]]:
    """'Hoërskool Rietvlei', 'Ysgol Gyfun Ystalyfera': a school's word in another language
    (patterns key ``org_openers``) and the capitalised words after it, which the tagger leaves
    untagged or calls a person."""
    toks = tokens_of(doc)
    out = []
    for k in sorted(i for w in lex.org_openers.intersection(index) for i in index[w]):
        if taken[k] or not toks[k].text[:1].isupper():
            continue
        e = k + 1
        while e < len(doc) and e - k <= 4 and _bare_proper(toks[e], taken):
            e += 1
        if e > k + 1:
            taken[k:e] = [True] * (e - k)
            out.append((k, e))
    return out


# services whose station is called by its place ("Carrigmore lifeboat station", "Kelso fire station")
_STATION_KINDS = frozenset({"lifeboat", "fire", "police", "coastguard", "ambulance", "rescue"})


def station_end(toks: list, e: int) -> int:
    """The end of a tagged place's name run on over a service's lower-case word and 'station'
    ("Carrigmore" tagged alone in "Carrigmore lifeboat station"), else ``e``."""
    if e + 1 < len(toks) and toks[e].lower_ in _STATION_KINDS and toks[e].text.islower() and toks[e + 1].lower_ == "station":
        return e + 2
    return e


def _placed_stations(doc: Doc, taken: list[bool], index: dict) -> list[tuple[int, int]]:
    """'the boathouse of Carrigmore lifeboat station': a place's name, the service's lower-case
    word and 'station' are one organisation, which crews and coxswains serve and 'the station'
    means later."""
    toks = tokens_of(doc)
    out = []
    for k in index.get("station", ()):
        if k < 2 or toks[k - 1].lower_ not in _STATION_KINDS or not toks[k - 1].text.islower():
            continue
        s = k - 1
        while s > 0 and k - 1 - s < 3 and toks[s - 1].text[:1].isupper() and toks[s - 1].is_alpha and not taken[s - 1] \
                and toks[s - 1].ent_type_ not in ("PERSON", "DATE") and not toks[s - 1].is_sent_start:
            s -= 1
        if s == k - 1:
            continue
        for j in range(s, k + 1):
            taken[j] = True
        out.append((s, k + 1))
    return out


# lower-case nouns of a business that a name before them names ("the Cedar Oven bakery")
_SHOP_NOUNS = frozenset({"bakery", "bistro", "brewery", "cafe", "café", "clinic", "gallery", "garage", "hotel", "inn", "pub",
                         "restaurant", "shop", "surgery", "deli", "diner", "takeaway", "salon", "bookshop", "pharmacy",
                         "cooperative", "co-operative", "collective", "winery", "distillery"})


def _named_shops(doc: Doc, lex: Lexicon, taken: list[bool], index: dict) -> list[tuple[int, int]]:
    """'now run the Cedar Oven bakery on Main Street': capitalised words no rule took between "the"
    and a business's lower-case noun are its name (not a place's: "the Albury bakery", "the
    Main Street cafe")."""
    toks = tokens_of(doc)
    out = []
    for k in sorted(k for w in _SHOP_NOUNS for k in index.get(w, ())):
        if not toks[k].text.islower() or (k + 1 < len(doc) and toks[k + 1].pos_ in ("NOUN", "PROPN")):
            continue
        # (past a word or two of the trade: "The Awana Wasi weaving cooperative")
        end = k
        while end > 0 and k - end < 2 and toks[end - 1].is_lower and toks[end - 1].is_alpha and toks[end - 1].tag_ in ("NN", "VBG"):
            end -= 1
        s = end
        while s > 0 and end - s < 3 and _bare_proper(toks[s - 1], taken) and toks[s - 1].ent_type_ not in ("GPE", "LOC", "NORP"):
            s -= 1
        if s == end or s == 0 or toks[s - 1].lower_ != "the" or toks[end - 1].lower_ in lex.place_heads:
            continue
        for j in range(s, end):
            taken[j] = True
        out.append((s, end))
    return out


# verbs whose object (or passive subject) is a body once founded: not "start", "open" or "set up",
# which also take things ("started the van", "opened the Harrow Road bridge")
_FOUNDING = frozenset({"found", "co-found", "cofound", "establish"})


def founded(obj) -> bool:
    """The word is what a verb of founding founded: its object, or its passive subject with a
    "by" after ("Desai Looms was established in 1962 by ...")."""
    verb = obj.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _FOUNDING:
        return False
    return obj.dep_ == "dobj" or (obj.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in verb.children))


def _founded_names(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """'who founded Bhatia Mills in 1958', 'Orrin Textiles was established in 1961 by': capitalised
    words a verb of founding takes as its object (or passive subject) name what was founded, a
    body, whatever the tagger made of them (a place, or nothing)."""
    toks = tokens_of(doc)
    n = len(doc)
    out = []
    for k in tokens_in(doc, "lemma", _FOUNDING):
        for obj in toks[k].children:
            if not founded(obj):
                continue
            if not _bare_proper(obj, taken) or (obj.i + 1 < n and (toks[obj.i + 1].text[:1].isupper() or _possessive_mark(toks[obj.i + 1]))):
                continue
            s = obj.i
            while s > 0 and toks[s - 1].dep_ == "compound" and toks[s - 1].head.i in range(s, obj.i + 1) and _bare_proper(toks[s - 1], taken):
                s -= 1
            if s > 0 and toks[s - 1].text[:1].isupper() and toks[s - 1].is_alpha and not toks[s - 1].is_sent_start:
                continue  # (the name runs on past what the parse hung on the verb)
            for j in range(s, obj.i + 1):
                taken[j] = True
            out.append((s, obj.i + 1))
    return out


def ampersand_names(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """'Wanda & the Wagon Wheels', 'Holt & Pryor': capitalised words either side of "&" are one
    name, a band's or a firm's (people are joined by "and"), whatever the tagger split it into.
    Not a heading in capitals ("COMPANIES & MARKETS", a newspaper's section)."""
    toks = tokens_of(doc)
    out = []
    for k in where_in(doc, "lower").get("&", ()):
        s = k
        while s > 0 and s > k - 3 and toks[s - 1].text[:1].isupper() and toks[s - 1].is_alpha and not taken[s - 1] and toks[s - 1].is_sent_start is not True:
            s -= 1
        if s > 0 and toks[s - 1].text[:1].isupper() and toks[s - 1].is_alpha and not taken[s - 1]:
            s -= 1  # (the sentence's first word may open the name)
        e = k + 1 + (k + 1 < len(doc) and toks[k + 1].lower_ == "the")
        j = e
        while j < len(doc) and j < e + 3 and toks[j].text[:1].isupper() and toks[j].is_alpha and not taken[j]:
            j += 1
        if s == k or j == e or any(taken[i] for i in range(s, j)) or any(toks[i].text.isupper() for i in range(s, j) if i != k and toks[i].lower_ != "the"):
            continue
        for i in range(s, j):
            taken[i] = True
        out.append((s, j))
    return out


# Keywords that end a body's name however the name is reached; not those a place, a prize or a
# paper's title also ends in ("Greene County", "New York City", "the Dunmore Cup").
_WEAK_KEYWORDS = frozenset({"city", "town", "county", "court", "post", "house", "air", "cup", "fair", "medal", "trophy",
                            "shield", "salver", "rosebowl", "scholarship", "bursary", "times", "wire", "daily", "weekly",
                            "news", "united", "capital", "reserve", "channel", "exchange", "project", "campaign",
                            "network", "energy", "gas", "oil", "marine", "tech", "risk", "band", "team"})
MIN_RUN = 3


def _keyword_runs(doc: Doc, lex: Lexicon, taken: list[bool]) -> list[tuple[int, int]]:
    """Three to six capitalised words no anchor leads to, ending in a body's keyword: "Angling
    Trade Association chief executive Rosalind Kerr said" opens a sentence; "at Denver-Tripoli
    High School" joins a hyphen. The words before must be no proper noun (else the name may run
    on past where the walk could see)."""
    toks = tokens_of(doc)
    n = len(doc)
    out = []
    keys = lex.org_keywords - _WEAK_KEYWORDS
    index = where_in(doc, "lower")  # (once, not once per keyword)
    for k in sorted(i for w in keys.intersection(index) for i in index[w]):
        if not _bare_proper(toks[k], taken) or (k + 1 < n and toks[k + 1].text[:1].isupper()):
            continue
        s, words = k, 1
        while s > 0 and words < MAX_WORDS + 1:
            prev = toks[s - 1]
            if _bare_proper(prev, taken):
                s, words = s - 1, words + 1
            elif (prev.text == "-" and not prev.whitespace_ and s >= 2 and not toks[s - 2].whitespace_
                  and _bare_proper(toks[s - 2], taken)):
                s, words = s - 2, words + 1
            elif _possessive_mark(prev) and s >= 2 and toks[s - 2].lower_.endswith("s") and _bare_proper(toks[s - 2], taken):
                s, words = s - 2, words + 1  # ("Transport Workers' Union secretary Dave Kell said": a plural's possessive inside)
            elif (prev.text.istitle() and prev.is_alpha and len(prev.text) > 1 and not prev.is_sent_start and not taken[prev.i]
                  and prev.ent_type_ in _STRAY_LABELS and prev.tag_ not in ("NNP", "NNPS")):
                s, words = s - 1, words + 1  # "Tanjong Pagar, Soon Neo Ship Supplies": a capital mid-sentence is the name's, whatever its tag
            elif (words == 1 and prev.is_sent_start and prev.text.istitle() and prev.is_alpha and not prev.is_stop and not taken[prev.i]
                  and prev.ent_type_ in _STRAY_LABELS and prev.pos_ in ("PROPN", "NOUN", "VERB")):
                s, words = s - 1, words + 1  # "Hollins Builders of Ilkley re-roofed": the tagger's verb opening a sentence
                break
            else:
                break
        # ("Hollins Builders of Ilkley re-roofed the hut": two words opening a sentence, the small
        # model's weakest place for a name, when the first is no common word)
        # (or right after a dateline in capitals: "LARNACA — Christakis Dairy, the halloumi maker")
        opening = words == 2 and (toks[s].is_sent_start or (s >= 2 and toks[s - 1].text in ("—", "–", "--") and toks[s - 2].text.isupper()
                                                            and toks[s - 2].is_alpha)) \
            and not toks[s].is_stop and toks[s].lower_ not in lex.place_first_words
        if (words < MIN_RUN and not opening) or words > MAX_WORDS or (s > 0 and toks[s - 1].tag_ in ("NNP", "NNPS")):
            continue
        if any(taken[j] for j in range(s, k + 1)):
            continue
        for j in range(s, k + 1):
            taken[j] = True
        out.append((s, k + 1))
    return out


# (or under a label no name rule reads: "Hebridean Link Ferries" tagged a work of art)
_STRAY_LABELS = frozenset({"", "WORK_OF_ART", "PRODUCT", "FAC", "NORP", "LOC", "GPE"})


def _hyphened_keyword(toks: list, e: int, lex: Lexicon, taken: list[bool]) -> str:
    """The keyword written over tokens e, e+1, e+2 as one hyphened word ("Co-operative"),
    capitalised and untaken, else ""."""
    if e + 2 >= len(toks) or taken[e] or not toks[e].text[:1].isupper() or toks[e + 1].text != "-" or toks[e].whitespace_ or toks[e + 1].whitespace_:
        return ""
    word = f"{toks[e].lower_}-{toks[e + 2].lower_}"
    return word if word in lex.org_keywords else ""


def _bare_proper(tok, taken: list[bool]) -> bool:
    return not taken[tok.i] and tok.ent_type_ in _STRAY_LABELS and tok.tag_ in ("NNP", "NNPS") and tok.text[:1].isupper() and tok.is_alpha


def _apposed_kinds(doc: Doc, lex: Lexicon, taken: list[bool], index: dict) -> list[tuple[int, int]]:
    """"The Linden, the 240-room hotel that opened ...": capitalised words no ent covers, with a
    noun of an organisation's kind apposed right after the comma, are that organisation."""
    toks = tokens_of(doc)
    out = []
    for k in sorted(k for w in lex.group_nouns for k in index.get(w, ())):
        noun = toks[k]
        head = noun.head
        if noun.dep_ != "appos" or head.i >= noun.i or not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in noun.children):
            continue
        if head.i + 1 >= len(doc) or toks[head.i + 1].text != "," or not _bare_proper(head, taken):
            continue
        s = head.i
        while s > 0 and toks[s - 1].dep_ == "compound" and toks[s - 1].head.i == head.i and _bare_proper(toks[s - 1], taken):
            s -= 1
        for j in range(s, head.i + 1):
            taken[j] = True
        out.append((s, head.i + 1))
    return out


def line_bounds(toks: list, s: int, e: int) -> tuple[int, int]:
    """A tagged name's words on one line: the last line it reaches into, less a line's end the
    tagger took in after it ("Allied Health Workers Union\n\n" under a masthead is the union, not
    nothing)."""
    while e > s + 1 and not toks[e - 1].text.strip():
        e -= 1
    if any("\n" in toks[i].text for i in range(s, e)):
        k = max(i for i in range(s, e) if "\n" in toks[i].text)
        before = max((i + 1 for i in range(s, k) if "\n" in toks[i].text), default=s)
        if e - k == 2 and (toks[k + 1].pos_ != "PROPN" or (e < len(toks) and toks[e].like_num)) and any(toks[i].pos_ == "PROPN" for i in range(before, k)):
            # ("The staff newsletter of Tarrant Valley Water\nIssue 212": the name, not the
            # common noun that opens the next line)
            return before, k
        s = k + 1
    return s, e


def _staff_names(doc: Doc, lex: Lexicon, taken: list[bool], index: dict) -> list[tuple[int, int]]:
    """'an engineer at Transnet', 'a captain with Emirates', 'a driver with Bus Éireann for 35
    years', 'after 38 years at Nedbank': capitalised words no rule took, right after the 'at' or
    'with' of a job (or a spell of work), are where the job is held. The tagger leaves such a
    company untagged or calls it a place; a place the job is in is said with 'in'. A word the
    tagger calls a place counts after a workplace post only ('a chemical engineer at Sappi'),
    not after any person noun ('a girl at Harrogate')."""
    # (imported here: workposts reads orgsides, which reads this module's kin)
    from dateline.extractors.entities.workposts import set_in_place, staff_at

    toks = tokens_of(doc)
    n = len(doc)
    out = []
    for k in sorted(k for w in ("at", "with") for k in index.get(w, ())):
        e = k + 1
        while e < n and e - k <= 4 and _bare_proper(toks[e], taken) and toks[e].lower_ not in lex.titles:
            e += 1
        if e == k + 1 or (e < n and (toks[e].text[:1].isupper() or _possessive_mark(toks[e]))):
            continue
        last = toks[e - 1]
        if last.head.i != k or not staff_at(last, lex, spells=True):
            continue
        placed = any(toks[j].ent_type_ in ("GPE", "LOC") for j in range(k + 1, e))
        post = toks[k].head
        if placed and not (post.lower_ in lex.workplace_posts or post.lower_ in lex.employee_roles):
            continue
        if placed and (any(len(index.get(toks[j].lower_, ())) > 1 for j in range(k + 1, e))
                       or set_in_place(toks[e - 1])):
            # ("a producer at Truro, in Cornwall", "a nurse at New Harbour" beside "The New Harbour
            # Times": a place set in its county, or a word used again elsewhere)
            continue
        for j in range(k + 1, e):
            taken[j] = True
        out.append((k + 1, e))
    return out


def _possessive_mark(tok) -> bool:
    return tok.text in ("'s", "’s", "'", "’")
