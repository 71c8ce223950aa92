"""Named people in a list right after a word: 'husband John Legend', 'wife of 20 years, Ann',
'two children - Luna, 4, and Miles, 2', 'three children: Erik, a pilot; Lars, who died in 2011;
and Kari', 'four children: Isla, 12, twin boys Rory and Finn, 8, and the youngest, Maeve'. A list
is as long as its noun's count."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dateline.extractors.entities.itemowners import ITEM_SPOUSES
from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.facts.context import DURATION_UNITS, _Ctx, _tok_end, patterns, token_number
from dateline.extractors.facts.described import _occupation_words
from dateline.model import Entity, Mention

# between a kin noun and the name: "her husband, footballer Marco Vitale", "a daughter named
# Iris", "his sister, the actress Ann"
_BRIDGE = {",", "-", "–", "—", ":", "(", "a", "an", "the", "named", "called", "late"}
_AGE_WORDS = frozenset({"year", "years", "old", "month", "months"})
# words that may describe one item of a list of children without naming a new relation
# ("Isla, 12, twin boys Rory and Finn, 8, and the youngest, Maeve")
_CHILD_ITEM_WORDS = frozenset({"twin", "twins", "boys", "girls", "boy", "girl", "baby", "son", "daughter", "sons", "daughters"})


def _naming_verb(tok: Token) -> bool:
    """'her pickup, which she and her late husband named Big Earl': a naming verb with a subject
    of its own names something else, not the kin noun before it ('a daughter named Iris')."""
    return tok.lower_ in ("named", "called") and any(c.dep_ == "nsubj" for c in tok.children)


def _spouse_of_first(doc, noun: Token, j: int, sent: SpacySpan) -> Optional[int]:
    """'The twins' parents, Davies Phiri, a retired police inspector, and his wife, Ruth': in a
    list of parents, the first one's spouse, named after the kin noun, is the other."""
    # (past the first one's description: "a retired police inspector")
    if noun.lemma_.lower() != "parent":
        return None
    for k in range(j, min(j + 10, sent.end - 4)):
        if doc[k].text == "," and doc[k + 1].lower_ == "and" and doc[k + 2].lower_ in ("his", "her") \
                and doc[k + 3].lower_ in ("wife", "husband", "partner") and doc[k + 4].text == ",":
            return k + 5
        if doc[k].text in (";", ":") or doc[k].lower_ == "and":
            return None
    return None


def _names_after(ctx: _Ctx, i: int, sent: SpacySpan, many: bool, noun: Optional[Token] = None) -> tuple[list[Entity], int]:
    """Named people right after token ``i``: 'husband John Legend', 'wife of 20 years, Ann',
    'two children - Luna, 4, and Miles, 2'. Returns them and where the list ends. ``noun`` is
    the kin noun the list belongs to when ``i`` is not it (a colon further on)."""
    doc = ctx.doc
    kin = patterns()["kinship"]
    # "...; Liv, 58; and Tor, fifty-five.": a sentence the parser closed on "and" (or on the
    # colon before the list) goes on in
    # the next one
    while sent.end < len(doc) and doc[sent.end - 1].lower_ in ("and", ";", ",", ":"):
        sent = doc[sent.start : doc[sent.end].sent.end]
    j = i + 1
    if j + 2 < sent.end and doc[j].lower_ == "of" and doc[j + 2].lower_ in DURATION_UNITS:
        j += 3
    elif j + 2 < sent.end and doc[j].lower_ == "of" and doc[j + 1].lower_ in ("their", "his", "her", "my", "our") and doc[j + 2].lower_ == "own":
        j += 3  # "three children of their own, Luc, Josée and Marc"
    elif j + 1 < sent.end and doc[j].lower_ == "since" and doc[j + 1].like_num and len(doc[j + 1].text) == 4:
        j += 2  # "her husband since 1988, Tom Reid"
    elif j + 4 < sent.end and doc[j].lower_ in ("from", "by") and doc[j + 1].lower_ in ("his", "her", "their") and (
            marriage := next((k for k in (j + 2, j + 3) if doc[k].lower_ == "marriage"), None)) is not None:
        if doc[marriage + 1].text == ",":
            j = marriage + 1  # "a daughter from his first marriage, Jill Rowe" (not "... marriage to X": the partner)
        elif j + 5 < sent.end and doc[marriage + 1].lower_ == "to":
            # "two children from his marriage to the late Karen Lloyd, Ryan, 30, and Chloe": past
            # the partner's name to the list
            k = marriage + 2 + (doc[marriage + 2].lower_ == "the") + (doc[marriage + 3].lower_ == "late" and doc[marriage + 2].lower_ == "the")
            partner = ctx.starting_at(doc[k].idx) if k < sent.end else None
            after = next((t.i for t in doc[k:sent.end] if partner is not None and t.idx >= partner[0].end), None)
            if partner is not None and after is not None and doc[after].text == ",":
                j = after
    rel = next((c for c in doc[i].children if c.dep_ == "relcl" and c.i > i), None) if j == i + 1 else None
    if rel is not None and rel.right_edge.i + 1 < sent.end and doc[rel.right_edge.i + 1].text == ":" and rel.right_edge.i - i <= 8:
        j = rel.right_edge.i + 1  # "the four children they raised at the light: Ingrid, 60; ...": past the clause
    bridged = 0
    # (an age before the name may add five words: "their youngest, three-year-old Indi")
    while j < sent.end and not ctx.starting_at(doc[j].idx) and not _naming_verb(doc[j]) and (
        (bridged < 5 and (
            doc[j].lower_ in _BRIDGE or doc[j].lower_ in kin or doc[j].lower_ in _CHILD_ITEM_WORDS
            # ("The couple's three children, all girls, Leila, 12, ...")
            or (doc[j].lower_ in ("all", "both") and j + 1 < sent.end and doc[j + 1].lower_ in _CHILD_ITEM_WORDS)
            or (doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ") and doc[j].dep_ in ("compound", "amod", "appos", "nmod"))
            # "her husband, the composer Aldous Kerridge", however the parser hangs the job word
            or (doc[j].is_lower and doc[j].lower_ in _occupation_words() and j > i + 1 and doc[j - 1].lower_ in ("the", "a", "an"))
            # "her parents, Mzee Joseph Too, 68, and Mama Esther Jerop": an honorific the name
            # mention leaves out
            or (doc[j].text[:1].isupper() and doc[j].lower_ in lexicon().honorific_titles)
            # "...: Dr Yaw Mensah, 64; Comfort": any title the name right after it leaves out
            or (doc[j].text[:1].isupper() and doc[j].lower_ in lexicon().titles and j + 1 < sent.end and ctx.starting_at(doc[j + 1].idx))
        ))
        or (bridged < 10 and (doc[j].lower_ in _AGE_WORDS or doc[j].text == "-" or (doc[j].like_num and j + 1 < sent.end and doc[j + 1].text == "-")))
    ):
        j += 1
        bridged += 1
    found: list[Entity] = []
    end = _tok_end(doc[i])
    # "two daughters, A and B", "twin boys A and B, 8, and the youngest, C": a list is as long
    # as its noun's count
    counts = [token_number(c) for c in doc[i].children if c.dep_ == "nummod"]
    # (a noun's 'twin' modifier, not a verb's: in "Her siblings are A; B and C, twins aged 42; and
    # D" the parser may hang 'twins' on 'are')
    twin_noun = doc[i].pos_ in ("NOUN", "PROPN") and any(c.lower_ in ("twin", "twins") for c in doc[i].children)
    limit = counts[0] if counts and counts[0] else 2 if doc[i].lower_ == "twins" or twin_noun else None
    while j < sent.end and (limit is None or len(found) < limit):
        hit = ctx.starting_at(doc[j].idx) or _titled_surname(ctx, j)
        if not hit and many and found:
            nxt = _after_semicolon(ctx, j, sent) or _past_item_description(ctx, noun or doc[i], j, sent) \
                or _past_apposition(ctx, j, sent) or _past_relative_clause(ctx, j, sent) or _spouse_of_first(doc, noun or doc[i], j, sent)
            if nxt is not None:
                j = nxt
                continue
        if not hit:
            # a list item that is no person entity ('A, B, Laurance, C'): step over it, the list goes on
            k = j
            while k < sent.end and k - j < 4 and doc[k].pos_ == "PROPN" and not ctx.starting_at(doc[k].idx):
                k += 1
            if not (many and found and k > j and k < sent.end and (doc[k].text == "," or doc[k].lower_ == "and")):
                break
            j = k
            while j < sent.end and (doc[j].text == "," or doc[j].lower_ == "and"):
                j += 1
            continue
        after = next((k for k in range(j, sent.end) if doc[k].idx >= hit[0].end), sent.end)
        if not found and many and after + 2 < sent.end and doc[after].tag_ == "POS" and doc[after + 1].lower_ in kin and doc[after + 2].text == ",":
            j = after + 3  # ("two children: Bence's father, Péter, 52, ..., and a daughter": the name after the kin noun)
            continue
        if found and after < sent.end and doc[after].tag_ == "POS":
            # ("two sons: Peter, 48, Freya's father, a hill farmer; and David": an item's description
            # names somebody else; the list goes on after the semicolon)
            semi = next((k for k in range(after, sent.end) if doc[k].text == ";"), None)
            if semi is None:
                break
            j = semi + 1
            while j < sent.end and doc[j].lower_ in ("and", ","):
                j += 1
            continue
        if hit[1] not in found:  # ("a girl, Elsie": one child, described then named)
            found.append(hit[1])
        end = hit[0].end
        if not many:
            break
        while j < sent.end and doc[j].idx < hit[0].end:
            j += 1
        # ", 4," / "(4)" age after a name, then "and" / "," before the next one
        # ("Mia, twenty-six, and ...": a number word the tokeniser split at its hyphen)
        # ("Brenda, now 74, and Ian, 70": 'now' or 'aged' before the age)
        while j < sent.end and (doc[j].text in (",", "(", ")") or doc[j].like_num or doc[j].lower_ == "and"
                                or (doc[j].lower_ in ("now", "aged") and j + 1 < sent.end and doc[j + 1].like_num)
                                or (doc[j].text == "-" and doc[j - 1].like_num and j + 1 < sent.end and doc[j + 1].like_num)
                                or _residence(ctx, j, sent) is not None):
            home = _residence(ctx, j, sent)
            if home is not None:
                j = home  # "Dale, 64, of Barnet, and Linda Corliss, 61": where the item lives
                continue
            close = _bracketed_name(doc, j, sent.end)
            if close is not None:
                j = close + 1  # "daughters Karen (Steve) and Beth": a daughter's spouse, no daughter
                continue
            if doc[j].like_num or doc[j].text == ")":
                end = _tok_end(doc[j])
            j += 1
    return found, end


def _titled_surname(ctx: _Ctx, j: int) -> Optional[tuple[Mention, Entity]]:
    """'three children: Ms Goh, the eldest; ...': a surname after an honorific, which the list
    walk stepped over, as the mention of honorific and surname names it."""
    doc = ctx.doc
    if j == 0 or not doc[j - 1].text[:1].isupper() or doc[j - 1].lower_.rstrip(".") not in lexicon().honorific_titles:
        return None
    hit = ctx.covering(doc[j].idx, _tok_end(doc[j]))
    return hit if hit is not None and hit[0].kind == "title" and hit[0].end == _tok_end(doc[j]) and hit[1].type == "PERSON" else None


def _residence(ctx: _Ctx, j: int, sent: SpacySpan) -> Optional[int]:
    """Past ", of Barnet," or ", of East Alder," after a listed name or age: "of" after a comma,
    one to three capitalised words that are no person's name, and a comma or "and" after them.
    The index after them, else None."""
    doc = ctx.doc
    # (or right after the name, as a survivors' list writes it: "daughters, Karen Hayes of Winnipeg
    # and Lisa Lindqvist of Flin Flon;")
    if doc[j].lower_ != "of" or j == 0 or (doc[j - 1].text != "," and doc[j - 1].pos_ != "PROPN"):
        return None
    comma = doc[j - 1].text == ","
    k = j + 1
    while k < sent.end and k - j <= 3 and doc[k].text[:1].isupper() and doc[k].is_alpha and ctx.starting_at(doc[k].idx) is None:
        k += 1
    if k == j + 1 or k >= sent.end or not (doc[k].text == "," or doc[k].lower_ == "and" or (not comma and doc[k].text == ";")):
        return None
    return k


def _bracketed_name(doc, j: int, stop: int) -> Optional[int]:
    """Where a bracket opened at ``j`` closes, when it holds words, not an age ("(Steve)",
    "(Tina Marsh)", not "(4)")."""
    if doc[j].text != "(":
        return None
    k = j + 1
    while k < stop and k - j < 6 and doc[k].text != ")":
        k += 1
    if k >= stop or doc[k].text != ")" or k == j + 1 or any(doc[x].like_num for x in range(j + 1, k)):
        return None
    return k


_RANKS = frozenset({"eldest", "oldest", "youngest", "elder", "older", "younger", "middle"})


def _after_semicolon(ctx: _Ctx, j: int, sent: SpacySpan) -> Optional[int]:
    """'three children: Erik, a retired pilot; Lars, who died in 2011; and Kari': in a list
    whose items end on semicolons, the next item past what is said of this one (no other
    person and no kin noun in between, unless inside a clause or phrase describing the item:
    'Wade, who runs the firm with his wife, Lorna; Dean, a pilot for Cascade Air; and Kyle')."""
    doc = ctx.doc
    kin = patterns()["kinship"]
    k = j
    described = False
    while k < sent.end and k - j < 25 and doc[k].text != ";":
        # (the item's rank among the children is no other relative: "Ms Goh, the eldest; Wei Jie")
        ranked = doc[k].lower_ in _RANKS and k > 0 and doc[k - 1].lower_ == "the"
        # ("Karen Bell, 59, and her husband, Doug, of Cypress Bend; Gary": the item's own spouse)
        spouse = doc[k].lower_ in ITEM_SPOUSES and k >= 2 and doc[k - 1].lower_ in ("his", "her") and doc[k - 2].lower_ == "and"
        described = described or spouse
        if not described and ((doc[k].lower_ in kin and not ranked) or ctx.starting_at(doc[k].idx) is not None):
            return None
        described = described or doc[k].tag_ in ("WP", "WP$", "WDT") or doc[k].pos_ == "ADP"
        k += 1
    if k >= sent.end or doc[k].text != ";":
        return None
    k += 1
    if k < sent.end and doc[k].lower_ == "and":
        k += 1
    # the next item may open with a short description of it: "; twins Ruby and Tess, 33;",
    # "; the youngest, Maeve"
    words = 0
    # (or with the item's job: "; the guitarist Paco Jiménez, 55, ...;")
    # ("; twin sons, Peter and Paul Ambe, 56;": a pair among the children, the kin noun theirs)
    while k < sent.end and words < 3 and ctx.starting_at(doc[k].idx) is None and (doc[k].lower_ not in kin or _twin_pair(doc, k, kin)) and (
            doc[k].text == "," or _twin_pair(doc, k, kin) or (doc[k].is_lower and (doc[k].pos_ in ("DET", "ADJ") or doc[k].lower_ in _CHILD_ITEM_WORDS))
            or (doc[k].is_lower and doc[k].lower_ in _occupation_words() and k > 0 and doc[k - 1].lower_ in ("the", "a", "an"))):
        words += doc[k].text != ","
        k += 1
    # ("; her twin brother, Visal, 19;": the item named as the one before's sibling, a child too)
    k = _sibling_of_item(doc, k, sent, kin)
    # "...: Mr Ong Kah Beng; Madam Ong Siew Eng, 69; Dr Ong Siew Mei": a title the name's
    # mention leaves out
    lex = lexicon()
    while k + 1 < sent.end and doc[k].text[:1].isupper() and ctx.starting_at(doc[k].idx) is None and (
            doc[k].lower_ in lex.honorific_titles or doc[k].lower_ in lex.titles):
        k += 1
        if k < sent.end and doc[k].text == ".":
            k += 1
    return k if k < sent.end and ctx.starting_at(doc[k].idx) is not None else None


def _sibling_of_item(doc, k: int, sent: SpacySpan, kin: dict) -> int:
    """Past "his/her (twin, older, ...) brother/sister," opening an item of a list of children
    after a colon ("four children: Sreymom; her twin brother, Visal"), else ``k``."""
    if k >= sent.end or doc[k].lower_ not in ("his", "her") or not children_after_colon(doc, k, sent, kin):
        return k
    m = k + 1
    while m < sent.end and m - k <= 3 and doc[m].is_lower and kin.get(doc[m].lower_, {}).get("relation") != "sibling":
        m += 1
    while m + 1 < sent.end and kin.get(doc[m + 1].lower_, {}).get("relation") == "sibling":
        m += 1  # ("twin brother": 'twin' is a sibling's word too)
    if m + 1 < sent.end and kin.get(doc[m].lower_, {}).get("relation") == "sibling" and doc[m + 1].text == ",":
        return m + 2
    return k


def children_after_colon(doc, k: int, sent: SpacySpan, kin: dict) -> bool:
    """Token ``k`` is in a list that a child noun and a colon open ("They have four children:")."""
    colon = next((c for c in range(k - 1, sent.start, -1) if doc[c].text == ":"), None)
    return colon is not None and kin.get(doc[colon - 1].lemma_.lower(), {}).get("relation") == "child"


def _twin_pair(doc, k: int, kin: dict) -> bool:
    """Token ``k`` is 'twin' before a child noun, or that noun after 'twin' ("twin sons")."""
    if doc[k].lower_ == "twin":
        nxt = doc[k + 1].lower_ if k + 1 < len(doc) else ""
        return kin.get(nxt, {}).get("relation") == "child"
    return k > 0 and doc[k - 1].lower_ == "twin" and kin.get(doc[k].lower_, {}).get("relation") == "child"


def _past_item_description(ctx: _Ctx, noun: Token, j: int, sent: SpacySpan) -> Optional[int]:
    """In a list after a noun of no gender ('their children are A, twin boys B and C, and the
    youngest, D'), the next name past a short description of it: an article, adjectives and
    child words. After 'daughters' a 'son' starts a relation of its own, so only there."""
    kin = patterns()["kinship"].get(noun.lower_)
    if kin is None or kin["relation"] != "child" or kin.get("gender") is not None:
        return None
    doc = ctx.doc
    k, words = j, 0
    while k < sent.end and words <= 3 and ctx.starting_at(doc[k].idx) is None:
        t = doc[k]
        if t.text == ",":
            k += 1
            continue
        if not (t.is_lower and (t.pos_ in ("DET", "ADJ") or t.lower_ in _CHILD_ITEM_WORDS)):
            return None
        k, words = k + 1, words + 1
    return k if k > j and k < sent.end and words and ctx.starting_at(doc[k].idx) is not None else None


def _past_apposition(ctx: _Ctx, j: int, sent: SpacySpan) -> Optional[int]:
    """'two children, Ngozi, 40, a barrister, and Ike, 36': past what is said of one item (an
    article and lower-case words, no kin word) to the name after ', and'."""
    doc = ctx.doc
    kin = patterns()["kinship"]
    if doc[j].lower_ not in ("a", "an", "the"):
        return None
    k = j + 1
    # (a place or firm may close it: "Lerato, 31, an attorney in Cape Town, and Mia")
    prep = False
    start = j
    while k < sent.end and k - start <= 10 and doc[k].lower_ not in kin and (
            (doc[k].lower_ == "and" and k + 1 < sent.end and doc[k - 1].text != "," and doc[k + 1].lower_ in ("a", "an") and k - j <= 12)
            or (doc[k].lower_ != "and" and (
                (doc[k].is_lower and doc[k].is_alpha and (k - start <= 5 or prep))
                or (prep and doc[k].pos_ == "PROPN" and ctx.starting_at(doc[k].idx) is None)
                # ("a sophomore setter on the Kestrels' volleyball roster": a possessive in the place)
                or (prep and doc[k].tag_ == "POS" and doc[k - 1].pos_ == "PROPN")))):
        if doc[k].lower_ == "and":
            # ("Marc, 38, a captain in the department and a paramedic with X, and Julie": a second
            # job joined to the first, no list's "and")
            start, prep, k = k + 1, False, k + 2
            continue
        prep = prep or doc[k].pos_ == "ADP"
        k += 1
    return _name_after_comma(ctx, j, k, sent)


def _past_relative_clause(ctx: _Ctx, j: int, sent: SpacySpan) -> Optional[int]:
    """'Marc, 39, Anne-Marie, who is thirty-two, and Luc': past a relative clause on one item
    (no kin noun and no other person in it: 'Ann, whose husband, Tom, ...' names no child) to
    the name after its comma."""
    doc = ctx.doc
    kin = patterns()["kinship"]
    if doc[j].lower_ not in ("who", "whom", "whose"):
        return None
    k = j + 1
    while k < sent.end and k - j <= 12 and doc[k].text not in (",", ";", "(", ")") and doc[k].lower_ != "and":
        if doc[k].lower_ in kin or ctx.starting_at(doc[k].idx) is not None:
            return None
        k += 1
    return _name_after_comma(ctx, j, k, sent)


def _name_after_comma(ctx: _Ctx, j: int, k: int, sent: SpacySpan) -> Optional[int]:
    """The list's next name: a comma at `k` that closes a non-empty item after `j`, an optional
    "and", then a name."""
    doc = ctx.doc
    if k >= sent.end or doc[k].text != "," or k == j + 1:
        return None
    k += 1
    if k < sent.end and doc[k].lower_ == "and":
        k += 1
    # ("..., and twins Amos and Reid": the next item may open with a word for the child)
    for _ in range(2):
        if k < sent.end and ctx.starting_at(doc[k].idx) is None and doc[k].lower_ in _CHILD_ITEM_WORDS:
            k += 1
    return k if k < sent.end and ctx.starting_at(doc[k].idx) is not None else None


def item_before(ctx: _Ctx, j: int, sent: SpacySpan) -> Optional[tuple[Mention, Entity]]:
    """'four children: Sreymom, 19; her twin brother, Visal': a list item opening on a sibling
    noun after a semicolon is the sibling of the item before, the person named first in it."""
    doc = ctx.doc
    if j - 1 < sent.start or doc[j - 1].text != ";" or not children_after_colon(doc, j, sent, patterns()["kinship"]):
        return None
    k = j - 2
    while k > sent.start and doc[k - 1].text not in (";", ":"):
        k -= 1
    hit = ctx.starting_at(doc[k].idx) if k >= sent.start else None
    return hit if hit is not None and hit[1].type == "PERSON" and hit[0].kind in ("name", "firstname", "surname") else None
