"""Where news prose puts a relative's name that the small model may miss: after a kin noun's
"of" ("the sister of X"), in a list of named children ("two daughters, Freya and Imogen"), with a
kin noun apposed after it ("Marit, his wife since 1971"), named as twins, or a month's name set
off by commas after a possessed kin noun ("Her mother, June, ran the shop"). Read by
``missed._missed_names``."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extractors.entities.lexicon import Lexicon
from dateline.nlp import tokens_of

# kin nouns that companies share: "its parent", "a sister company" (a compound, never 'poss');
# of them "the parent of X" and "the twin of X" can still be a company's or a town's
COMPANY_KIN = frozenset({"parent", "child", "sibling", "twin"})


def relative_kin(noun: Token, lex: Lexicon, shared: bool = False) -> bool:
    """A lower-case kin noun of a relative ("sister", "sons"), not one companies share
    ("the parent of X") unless ``shared``."""
    if not noun.text.islower():
        return False
    return any(w in lex.kin_kinds and (shared or w == "child" or w not in COMPANY_KIN) for w in (noun.lower_, noun.lemma_.lower()))


def _relative_of(tok: Token, lex: Lexicon, life: bool = True, compound: bool = False) -> bool:
    """The first of a list of names (or the name) that is the object of "of" after a kin
    or life noun ("the sister of X", "the children of X and Y", "the funeral of X"), that a
    plural kin noun's verb lists ("His children included X, Y and Z", "Her parents are X and
    Y"), or whom one marries ("married to X, Y and Z"); with no article before the name ("the
    daughter of the Mayor" names no one)."""
    first = tok
    # ("married to Lars Eide": the first name is the compound of the surname the "to" takes)
    while compound and first.dep_ == "compound" and first.head.i == first.i + 1 and first.head.tag_ in ("NNP", "NNPS"):
        first = first.head
    for _ in range(8):
        if first.dep_ != "conj" or first.head.i >= first.i:
            break
        first = first.head
    if any(ch.dep_ == "det" for ch in first.children) or first.tag_ not in ("NNP", "NNPS"):
        return False
    head = first.head
    if first.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i:
        noun = head.head
        return relative_kin(noun, lex) or (life and noun.text.islower() and noun.lemma_.lower() in lex.life_nouns)
    if (first.dep_ == "dobj" and head.lemma_.lower() == "include") or (first.dep_ == "attr" and head.lemma_.lower() == "be"):
        return any(ch.dep_ == "nsubj" and ch.tag_ == "NNS" and relative_kin(ch, lex, shared=True) for ch in head.children)
    # "was married to Draupa, Ulmi and Subhra", "married Ingrid": whom one marries
    if first.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in lex.partner_words:
        return True
    return first.dep_ == "dobj" and head.lemma_.lower() in lex.partner_words


def residence_of(tok: Token) -> bool:
    """'a brother, Dafydd Owen, of Cardiff': an "of" after a comma, its noun already named,
    gives where the relative lives, not whose relative he is."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ != "of" or head.i == 0:
        return False
    return tok.doc[head.i - 1].text == "," or any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < head.i for c in head.head.children)


def _kin_list_item(tok: Token, kin: frozenset[str], after_colon: bool = False) -> bool:
    """A proper noun conjoined to (or apposed after) the first name a plural kin noun lists:
    'two daughters, Freya and Imogen', 'three children: Erik, a pilot; Lars, ...'. With
    ``after_colon`` (set at extraction only) also a list after a colon, and a first name the
    parser joined to the noun as a conjunct."""
    if after_colon and _semicolon_item(tok, kin):
        return True
    first = tok
    for _ in range(6):
        if first.dep_ not in ("conj", "appos") or first.head.i >= first.i or first.head.tag_ != "NNP":
            break
        first = first.head
    if first is tok:
        return False
    if after_colon and first.dep_ in ("ROOT", "npadvmod", "dep", "appos", "dobj") and first.i > 0 and first.doc[first.i - 1].text in (":", "-", "\u2013", "\u2014"):
        # "They raised three children in the flat above: Kevin, 50, Grace, 47, and Stephen":
        # the list parsed as a sentence of its own after the colon (or hung from a clause
        # before it: "four children, all raised in the caravans: Marco, 51; Gina ...")
        doc = first.doc
        return any(doc[k].tag_ == "NNS" and (doc[k].lower_ in kin or doc[k].lemma_.lower() in kin)
                   for k in range(max(0, first.i - 11), first.i - 1))
    noun = first.head
    # ("by two daughters, Kari and Marte": the parser may join the first name to the noun as a
    # conjunct; the comma right after the noun shows an apposition)
    if first.dep_ != "appos" and not (after_colon and first.dep_ == "conj" and noun.i + 2 == first.i and first.doc[noun.i + 1].text == ","):
        return False
    return noun.tag_ == "NNS" and (noun.lower_ in kin or noun.lemma_.lower() in kin) and noun.i < first.i


def _semicolon_item(tok: Token, kin: frozenset[str]) -> bool:
    """"have three children: Dafydd, 31, a vet in Lampeter; Lowri; and Nia, who is nineteen": a
    one-word proper noun opening an item after a semicolon, in a list a plural kin noun opens
    with a colon earlier in the sentence, however the parser hung it (here on the place)."""
    doc = tok.doc
    k = tok.i - 1
    if k >= 0 and doc[k].lower_ == "and":
        k -= 1
    if k < 0 or doc[k].text != ";" or tok.tag_ != "NNP" or (tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "NNP"):
        return False
    start = tok.sent.start
    colon = next((j for j in range(k - 1, start, -1) if doc[j].text == ":"), None)
    return colon is not None and doc[colon - 1].tag_ == "NNS" and (doc[colon - 1].lower_ in kin or doc[colon - 1].lemma_.lower() in kin)


def _kin_apposed_after(tok: Token, lex: Lexicon) -> bool:
    """'Marit, his wife since 1971', 'Ines, her sister': ', his/her/their' and a kin noun in
    apposition right after the name (not 'Oslo, his wife's home town')."""
    doc, i = tok.doc, tok.i
    if i + 3 >= len(doc) or doc[i + 1].text != "," or doc[i + 2].tag_ != "PRP$":
        return False
    noun = doc[i + 3]
    return noun.lower_ in lex.kin_kinds and noun.text.islower() and noun.dep_ == "appos" and noun.head.i == i \
        and not (i + 4 < len(doc) and doc[i + 4].tag_ == "POS")


def post_holder_named(toks: list, s: int, e: int, lex: Lexicon) -> bool:
    """'Our new catering manager is Declan Hurley', 'The winner was Ann Roe': a name of two or
    three words that a copula gives a post or a person's noun is a person's, whatever place
    the tagger read (not 'The venue is Carrow Hall': a place's head word ends it)."""
    if not 2 <= e - s <= 3 or toks[e - 1].lower_ in lex.place_heads or toks[e - 1].lower_ in lex.org_keywords:
        return False
    return given_a_post(toks[e - 1], lex) and toks[e - 1].head.i < s


def given_a_post(h: Token, lex: Lexicon) -> bool:
    """The name's head word is what a copula says a post or a person's noun is."""
    if h.dep_ != "attr" or h.head.lemma_ != "be":
        return False
    subj = [c for c in h.head.children if c.dep_ == "nsubj" and c.tag_ == "NN" and c.text.islower()]
    return len(subj) == 1 and (subj[0].lower_ in lex.workplace_posts or subj[0].lower_ in lex.person_nouns
                               or subj[0].lower_ in lex.occupations or subj[0].lower_ in lex.titles)


def _named_twin(tok: Token) -> bool:
    """One of two single names joined by 'and' that ', twins' (or ', twin sisters') follows."""
    doc, i = tok.doc, tok.i
    toks = tokens_of(doc)
    if i + 1 < len(doc) and toks[i + 1].lower_ == "and":
        other, comma = i + 2, i + 3
    elif i > 1 and toks[i - 1].lower_ == "and":
        other, comma = i - 2, i + 1
    else:
        return False
    if comma + 1 >= len(doc) or toks[comma].text != "," or not toks[other].text[:1].isupper() or toks[other].tag_ != "NNP":
        return False
    word = toks[comma + 1].lower_
    after = toks[comma + 2].lower_ if comma + 2 < len(doc) else ""
    # (not "Paris and Rome, twins of a kind": a figure of speech)
    return (word == "twins" and after != "of") or (word == "twin" and comma + 2 < len(doc) and toks[comma + 2].tag_ == "NNS")


def _after_aged_item(tok: Token, kin: frozenset[str]) -> bool:
    """'four children, Nestor, 70, Cora, 67, Boyet, 64, and Belen': the next item after a named
    item with its age, in a list a plural kin noun opens earlier in the sentence."""
    doc, i = tok.doc, tok.i
    toks = tokens_of(doc)
    k = i - 2 if i > 0 and toks[i - 1].lower_ == "and" else i - 1
    if k < 3 or toks[k].text != "," or not toks[k - 1].like_num or toks[k - 2].text != "," or toks[k - 3].tag_ != "NNP":
        return False
    sent = tok.sent
    before = doc[max(sent.start, i - 20) : k - 3]
    # ("We have three: Calum, 29, Eilidh, 26, and Ross": a bare count the colon opens, of kin)
    counted = any(t.like_num and t.i + 1 < len(doc) and toks[t.i + 1].text == ":" and t.i > 0 and toks[t.i - 1].lemma_ == "have"
                  for t in before)
    return counted or any(t.tag_ == "NNS" and (t.lower_ in kin or t.lemma_.lower() in kin) for t in before)


def _month_after_kin(toks, i: int, lex: Lexicon, taken: list[bool]) -> bool:
    """"Her mother, June, ran the shop": a month's name set off by commas after a possessed kin
    noun is the relative's given name, whatever date the tagger read (in extraction only)."""
    tok = toks[i]
    if taken[i] or tok.lower_ not in lex.month_names or not tok.text[:1].isupper() or i < 3 or i + 1 >= len(toks):
        return False
    kin = toks[i - 2]
    return (toks[i - 1].text == "," and toks[i + 1].text in (",", ".") and kin.lower_ in lex.kin_kinds
            and any(ch.dep_ == "poss" for ch in kin.children))
