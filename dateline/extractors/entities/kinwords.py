"""Relatives the text describes without naming ("the son of a miner and a nurse", "his mother, a
kenkey seller", "married to an air traffic controller, 50"): token tests on trade nouns and
their articles, kept apart from the kin resolver because name shapes and the parents' facts ask
them too."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.nlp import columns

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.lexicon import Lexicon
    from dateline.extractors.entities.pronouns import _Resolver

# Endings of a trade noun the lexicon does not list ("trawlerman", "stonemason" does not
# end so and is missed); a kin or group noun is never a trade.
# what a relative named in passing does in news asides: dies ("His father, Emlyn Pryce, died
# in 2003"); one who speaks or acts otherwise is a person in the story
_PASSING_VERBS = frozenset({"die", "drown"})
TRADE_ENDINGS = ("man", "woman", "er", "or", "ist", "ian", "ant", "stress")
# verbs of a death, whose subject died ("died", "was killed", "drowned", "perished")
DEATH_VERBS = frozenset({"die", "drown", "kill", "perish"})
# heads that name a trade only with a noun before them ("a dinner lady", "a tea lady")
TRADE_WITH_COMPOUND = frozenset({"lady", "hand", "keeper"})


def indefinite(tok: Token, possessive: bool = True) -> bool:
    """'a miner', or 'a ship's carpenter', whose article is the possessive noun's."""
    return any(ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in tok.children) or possessive and any(
        ch.dep_ == "poss" and ch.pos_ == "NOUN" and any(g.dep_ == "case" for g in ch.children)
        and any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in ch.children) for ch in tok.children)


def _first_parent(tok: Token, parent_of: frozenset[str], possessive: bool = True) -> Optional[Token]:
    """The first of two parents joined by "and" ("the son of a miner and a nurse"), which the
    parser may hang from "miner" or from "son"; ``tok`` itself when it is not a second one."""
    if tok.dep_ != "conj":
        return tok
    # ("the eldest of five children of a fisherman and a weaver": the plural's lemma, in extraction)
    kin = tok.head.lemma_.lower() if possessive and tok.head.tag_ == "NNS" else tok.head.lower_
    if kin not in parent_of:
        return tok.head
    # hung from "son": only right after the first parent ("son of a miner and a nurse")
    prev = tok.left_edge.i - 1
    for prep in (c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for first in (g for g in prep.children if g.dep_ == "pobj"):
            if prev > 0 and tok.doc[prev].lower_ == "and" and first.right_edge.i == prev - 1 and indefinite(first, possessive):
                return first
    return None


def trade_parent_frame(tok: Token, parent_of: frozenset[str]) -> Optional[Token]:
    """The kin noun or birth verb that makes an indefinite trade somebody's unnamed parent
    without "of": "a cheesemaker's daughter" (the possessive's kin noun), "Born to a dock clerk,
    he" (the verb; also its second parent, "born to a fisherman and a seamstress")."""
    if tok.dep_ == "poss" and any(g.dep_ == "case" for g in tok.children):
        kin = tok.head
        word = kin.lemma_.lower() if kin.tag_ == "NNS" else kin.lower_
        return kin if word in parent_of and kin.i == tok.right_edge.i + 1 else None
    first = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "pobj" else tok
    to = first.head
    if first.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "born" and to.head.i == to.i - 1:
        return to.head
    return None


def described_kin(tok: Token, trades: frozenset[str], relative_nouns: frozenset[str]) -> bool:
    """'naming it after his mother, a kenkey seller': a possessed kin noun with a trade apposed
    right after it, or called late as a clause's subject, or whose relative clause tells the
    death ("Govind's wife, who died in 1999"), is somebody of their own, whom the text
    describes without naming."""
    doc, i = tok.doc, tok.i
    if tok.lower_ not in relative_nouns or i + 3 >= len(doc) or not any(ch.dep_ == "poss" for ch in tok.children):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and doc[i + 1].pos_ in ("AUX", "VERB") and any(ch.dep_ == "amod" and ch.lower_ == "late" for ch in tok.children):
        return True  # "Mensah's late father was treated here": somebody, and dead
    if doc[i + 1].text == "," and doc[i + 2].lower_ == "who" and any(
            ch.dep_ == "relcl" and ch.lemma_.lower() in _PASSING_VERBS and ch.i > i for ch in tok.children):
        return True  # "named after Govind's wife, who died in 1999": somebody, and dead
    if doc[i + 1].text != "," or doc[i + 2].lower_ not in ("a", "an"):
        return False
    job = next((ch for ch in tok.children if ch.dep_ == "appos" and ch.i > i + 2), None)
    return job is not None and job.is_lower and job.pos_ in ("NOUN", "PROPN") and (job.lower_ in trades or job.lower_.endswith(TRADE_ENDINGS))


def married_to_trade(tok: Token, lex) -> bool:
    """'Solberg is married to an air traffic controller, 50', 'she married a fisherman, 61': an
    indefinite trade with an age as whom somebody is married to is a person of their own, the
    spouse the text describes without naming."""
    low = tok.lower_
    # (the word lists first: the pronoun pass asks this of nearly every common noun it meets,
    # and few are trades; each Token attribute read costs more than a set lookup)
    if not (low in lex.trades or low in lex.occupations or low.endswith(TRADE_ENDINGS)):
        return False
    if tok.tag_ != "NN" or not tok.is_lower or low in lex.relative_nouns or low in lex.group_nouns:
        return False
    doc, i = tok.doc, tok.i
    if not any(ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in tok.children):
        return False
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else tok.head if tok.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in ("marry", "married", "wed"):
        return False
    # described right there by an age, as "her husband, 72" is (not "I married a firefighter",
    # whose job may be a spouse's the text names elsewhere, nor "married a Canadian acrobat,
    # Luc Bright", named right after)
    if _figure_after(doc, i + 1):
        return True
    return _described_by_place(doc, i) and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we") for c in verb.children)


def _figure_after(doc, k: int) -> bool:
    """A comma at token ``k`` and a figure of up to three characters after it (", 46")."""
    return k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].like_num and len(doc[k + 1].text) <= 3


def _described_by_place(doc, i: int) -> bool:
    """'married to a winemaker from Toro, 46', 'married to a fisheries scientist at Memorial
    University': the trade's town and an age, or its employer's name with nobody named after it."""
    j = i + 1
    if j >= len(doc) or doc[j].lower_ not in ("from", "at", "with"):
        return False
    k = start = j + 2 if j + 1 < len(doc) and doc[j + 1].lower_ == "the" else j + 1
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    if k == start:
        return False
    if doc[j].lower_ == "from":
        return _figure_after(doc, k)
    return not (k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].pos_ == "PROPN")


def trade_before_couple(tok: Token, lex: "Lexicon") -> bool:
    """'Potters Wyn and Elin Hughes': a plural trade whose next word but one is "and"."""
    return plural_trade(tok, lex) and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].lower_ == "and"


def plural_trade(tok: Token, lex: "Lexicon") -> bool:
    """'Carvers', 'Weavers': a capitalised trade in the plural."""
    low = tok.lower_
    return tok.text[:1].isupper() and tok.text[1:].islower() and len(low) > 4 and low.endswith("s") and not low.endswith("ss") \
        and (low[:-1] in lex.trades or low[:-1].endswith(("er", "or", "ist", "ian")))


def in_law_at(lower: list[str], k: int) -> bool:
    """Whether the lower-cased words ``k``-3 to ``k`` are "-", "in", "-", "law": the end of a kin
    noun written with "-in-law" that the tokenizer split ("daughter-in-law", "sons-in-law")."""
    return k >= 4 and lower[k] in ("law", "laws") and lower[k - 1] == "-" and lower[k - 2] == "in" and lower[k - 3] == "-"


def in_law(lower: list[str], i: int) -> bool:
    """'Their son-in-law, Neil Fraser': the tokenizer splits "son-in-law", and its "son" is no son
    (nor "law" anybody); ``i`` its first word or its last."""
    return in_law_at(lower, i) or (i + 4 < len(lower) and in_law_at(lower, i + 4))


def in_law_apposed(r: "_Resolver", i: int) -> Optional["_Cluster"]:
    """The person named right after a gendered in-law noun and a comma ("his brother-in-law,
    Walter Farrant"), or right before its possessive: the noun gives that person a gender and
    nothing else."""
    text = columns(r.doc).text
    if r.lex.gendered.get(text[i].lower()) is None:
        return None
    if i + 6 < len(text) and text[i + 5] == "," and (i + 6) in r.covered:
        named = r.covered[i + 6].root()
    elif i >= 3 and text[i - 2] == "," and (i - 3) in r.covered and r.doc[i - 1].tag_ == "PRP$":
        named = r.covered[i - 3].root()  # ("succeeds Ramon Ocampo, her brother-in-law, who ...")
    else:
        return None
    return named if named.is_person_like() else None


def joined_to_plural_kin(noun: Token, lex: "Lexicon") -> bool:
    """'two daughters and a son: Carla, 40, ...; and Diego': a kin noun joined to a plural one
    before a list, which names the son last; the first name the parser hangs on it is no son."""
    doc = noun.doc
    return noun.dep_ == "conj" and noun.head.tag_ == "NNS" and noun.head.lemma_.lower() in lex.kin_kinds \
        and noun.i + 1 < len(doc) and doc[noun.i + 1].text == ":"  # (not "two daughters, Poppy and Rose, and a son, Alfie")


WIDOWED = frozenset({"widow", "widower"})


def kin_holders(noun: Token) -> list[Token]:
    """Whose relative a kin noun with no possessor says it is: 'survived by a daughter, Yvette'
    (the one survived), 'has a daughter, Yvette' (the one who has her), 'the daughter of Boo'."""
    out = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
           if g.dep_ == "pobj" and not any(c.dep_ == "conj" for c in g.children)]  # (not one of two parents)
    top = noun
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head  # ("survived by his wife, Jadwiga, and a daughter, Ewa")
    head = top.head
    if top.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() == "survive":
        out += [c for c in head.head.children if c.dep_ == "nsubjpass"]
    elif top.dep_ == "dobj" and head.lemma_.lower() == "have":
        out += [c for c in head.children if c.dep_ == "nsubj"]
    return out


# words before a kin noun that keep it one living or dead relative ("his elderly mother", "her
# late husband"), unlike an order or a figure of speech ("his first daughter", of a cow)
_PLAIN_KIN_MODIFIERS = frozenset({"late", "elderly", "ailing", "frail", "sick", "widowed", "disabled", "aged", "dying"})
_NAMING_LEMMAS = frozenset({"name", "call", "rename", "christen", "dedicate"})


_FACT_KINDS = frozenset({"parent", "spouse", "child", "sibling"})


def unnamed_kin_object(tok: Token, named_after: bool, kinds: dict[str, str]) -> bool:
    """"raised by his elderly mother, who sold her flat", "visits his ailing father": a relative of
    a fact's kind, owned by "his" or "her", that the text mentions as an object and describes right
    there, by an adjective or a "who" clause, and names nowhere (``named_after``: a name follows
    the comma); not one a thing is named after ("named after his wife"). At extraction only."""
    if tok.dep_ not in ("pobj", "dobj") or not any(ch.dep_ == "poss" and ch.lower_ in ("his", "her") for ch in tok.children):
        return False
    if kinds.get(tok.lower_) not in _FACT_KINDS:
        return False  # ("passed to his grandson": a grandchild has no fact of its own to hold)
    if any(ch.dep_ in ("amod", "compound", "nummod") and ch.lower_ not in _PLAIN_KIN_MODIFIERS for ch in tok.children):
        return False
    doc = tok.doc
    comma = tok.i + 2 < len(doc) and doc[tok.i + 1].text == ","
    who = comma and doc[tok.i + 2].lower_ in ("who", "whose")
    if comma and (named_after or not who):
        return False  # (an apposition after it, "her grandfather, the company's chairman X", says who)
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("and", "&"):
        return False  # ("his mother and campaign manager, Bisi Oyelaran")
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if verb.lemma_.lower() in _NAMING_LEMMAS:
        return False
    # (described there, by a word or a clause: a bare "took over the home from his mother" is
    # as often the named mother the obituary is about)
    return who or any(ch.dep_ == "amod" for ch in tok.children)
