"""The words around a name that say organisation or person, read by ``context._reasons``: a
trade's house or store apposed to it (a firm), a group noun a speaker's name was hung on by
mistake, a name alone as the subject of a plural verb (a group), and a "which" a business
verb takes as its object (also read by latent.py)."""

from __future__ import annotations

from spacy.tokens import Token


def _trade_house(noun: Token) -> bool:
    """'the batik house', 'a fashion house', 'the auction house': "house" after a lower-case trade
    noun (not 'the family house', a home); 'a sharpening works', 'the gas works': "works" after one
    (a trade's gerund or noun); 'the London department store', 'a hardware store': "store" after
    one (a store alone may be a branch's building: "the Corrimal store")."""
    if noun.lower_ == "store" and noun.tag_ == "NN" and any(
            g.dep_ == "compound" and g.text.islower() and g.pos_ == "NOUN" for g in noun.children):
        return True
    if noun.lower_ == "works" and noun.tag_ in ("NNS", "NN") and any(
            g.dep_ in ("compound", "amod") and g.text.islower() and g.tag_ in ("NN", "VBG") for g in noun.children):
        return True
    return noun.lower_ == "house" and any(g.dep_ == "compound" and g.text.islower() and g.pos_ in ("NOUN", "PROPN") and g.lower_ not in ("family", "farm", "country", "town", "guest")
                                          for g in noun.children)


def _misattached(noun: Token, lex) -> bool:
    """'A spokeswoman for the band, Leah Dunmore, said': the name belongs to the role noun the
    group noun hangs on, not to the group."""
    if noun.dep_ != "pobj":
        return False
    role = noun.head.head
    return role.lemma_.lower() in lex.person_nouns or role.lemma_.lower() in lex.speaker_nouns


def _plural_subject(head: Token, extraction: bool = False) -> bool:
    """A name alone as the subject of a present-tense plural verb after it ("Hollis Grey have
    won", "Hollis Grey begin"), or at extraction of the copula "were" ("Farley Gap were national
    champions");
    never one of two coordinated names ("Ravi and Meena ... have")."""
    if head.dep_ != "nsubj" or any(ch.dep_ in ("conj", "cc") for ch in head.children):
        return False
    if extraction and any(ch.i < head.i and any(g.dep_ == "cc" for g in ch.children) for ch in head.children):
        return False  # ("Rosa and Jaime Mamani, who run a stall, have": "Rosa" parsed a modifier of the surname)
    verb = head.head
    if verb.i < head.i or any(ch.dep_ == "mark" for ch in verb.children):
        return False
    auxes = [ch for ch in verb.children if ch.dep_ in ("aux", "auxpass") and ch.i > head.i]
    if auxes:
        return auxes[0].tag_ == "VBP"
    if verb.tag_ == "VBP":
        return True
    if extraction and verb.lower_ == "were":
        # (the copula only, with a noun for what the name was: "X and Y (...) were married" may
        # be parsed with no conjunction, "were" then an auxiliary or "married" its complement)
        return any(ch.dep_ == "attr" for ch in verb.children)
    # the small model tags a plural present "begin" as a bare infinitive at the root
    return verb.tag_ == "VB" and verb.dep_ == "ROOT" and not any(ch.dep_ == "aux" for ch in verb.children)


def which_object(head: Token, lex) -> bool:
    """A "which" clause whose object is the name, on a verb a business takes ('Quitanda Mori,
    which his son still runs'): nobody runs a "which". Other verbs are left out, where "which"
    may stand for the whole clause ('he beat Ann Lowe, which nobody expected')."""
    return any(ch.dep_ == "relcl" and ch.lemma_.lower() in lex.which_object_verbs
               and any(g.dep_ == "dobj" and g.lower_ == "which" and g.i < ch.i for g in ch.children)
               for ch in head.children)
