"""Context evidence that a name is a vessel's, a work's or (at extraction only) a vehicle's
or an animal's: the noun before it or apposed to it ('the trawler Girl Merryn', 'the cookery
show Kitchen Rivals'), 'aboard' it, or what things.py reads around it. Moved out of context.py,
whose type evidence asks it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.agewords import age_after
from dateline.extractors.entities.knownthings import apposed_pet_name, called_by_them, known_as_thing
from dateline.extractors.entities.orgsides import _conj_top
from dateline.extractors.entities.things import (
    _given_to_a_thing,
    _named_thing,
    _vehicle,
    animal,
    animal_before,
    animal_kin,
    before_list,
    called_animal,
    clause_subject,
    listed_programme,
    sailed,
    set_off_animal_subject,
    thing_noun,
    thing_predicate,
    twin_subject,
)
from dateline.nlp import columns, tokens_of

if TYPE_CHECKING:
    from dateline.extractors.entities.builder import _Builder


def _name_runs_on(toks, i: int) -> bool:
    """Whether the word at ``i`` opens a longer capitalised name ('Lorna P', 'Banjo Star')."""
    return i + 1 < len(toks) and toks[i + 1].text[:1].isupper() and toks[i + 1].is_alpha


# nouns of a measure phrase set after a noun ("an opal the size of a matchbox")
_MEASURES = frozenset({"size", "length", "height", "weight", "shape", "colour", "color", "width"})


def _measured(tok: Token) -> Optional[Token]:
    """For the object of "of" in a measure phrase ("the size of a matchbox"), the noun the phrase
    describes ("opal"), else None."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    measure = tok.head.head
    if measure.lower_ not in _MEASURES or measure.i < 1:
        return None
    before = measure.doc[measure.left_edge.i - 1]
    return before if before.pos_ == "NOUN" else None


def _named_not_clause(noun: Token, name: Token) -> bool:
    """'The koa canoe Auntie Rose crossed the line', parsed as a clause on the canoe with the name
    its subject: a clause whose verb has its own object leaves no gap for the noun, so the name
    is the noun's ('the horse Dr. Osgood rode' is a clause)."""
    verb = name.head
    return name.dep_ == "nsubj" and verb.dep_ == "relcl" and verb.head.i == noun.i and any(ch.dep_ == "dobj" for ch in verb.children)


# words for a stage of a working life, which a trade has and a boat's noun does not
_WORKING_LIFE = frozenset({"former", "retired", "onetime", "one-time", "ex", "veteran", "apprentice", "master", "journeyman"})


def _trade_holder(noun: Token, head: Token, lex) -> bool:
    """'Giuseppe Marchetti, a cane cutter, died at his home', 'Anna Berg, a cutter at a clothing
    factory, said': a boat's noun that is also a trade, on a name that says, dies or marries;
    a boat does none of these."""
    if noun.lemma_.lower() not in lex.trade_vessel_nouns:
        return False
    if any(ch.lower_ in _WORKING_LIFE for ch in noun.children if ch.i < noun.i):
        return True  # ("Ramdeo Persad, a former cane cutter": a boat is not retired from a trade)
    subject = _conj_top(head) if head.dep_ != "appos" else head.head
    verb = subject.head
    if subject.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in lex.kin_kinds:
        return True  # ("the second of six children of Matti Koski, a pulp cutter": a boat has no children)
    return subject.dep_ in ("nsubj", "nsubjpass") and (
        verb.lemma_.lower() in lex.speech_verbs or verb.lemma_.lower() in lex.life_verbs or verb.lower_ in lex.person_verbs)


def _vessel(b: "_Builder", s: int, e: int) -> bool:
    """'the trawler Girl Merryn', 'Morwen Grace, a crabber', 'aboard Girl Merryn'; and a named
    work, typed the same way: 'the cookery show Kitchen Rivals', 'her memoir, Salt Lines'. At
    extraction only (the ranker's GAP features stay as trained): a named vehicle, also one a
    naming verb names ('his van is called Dolly')."""
    doc, lex = b.doc, b.lex
    toks = tokens_of(doc)
    cols = columns(doc)
    c_low, c_tag, c_text = cols.lower, cols.tag, cols.text
    head = toks[e - 1]

    def thing(tok: Token, word: str) -> bool:
        return word in lex.things or (b.observe is None and (_vehicle(tok, word, lex) or animal(tok, word, lex)))

    if s > 0 and c_text[s - 1].islower() and thing(toks[s - 1], c_low[s - 1]) and not (b.observe is None and clause_subject(head)) and (
            _modifies(toks[s - 1], s, e) or _noun_phrase_end(toks[s - 1], lex.work_nouns)
            or (b.observe is None and (twin_subject(toks[s - 1], toks[e - 1]) or animal_before(toks[e - 1], lex) or _named_not_clause(toks[s - 1], head)))):
        return True
    if b.observe is None and head.dep_ == "appos" and (owner := _measured(head.head)) is not None and thing(owner, owner.lemma_.lower()):
        return True  # ("a black opal the size of a matchbox, Lady Eucla": the opal's name, past the measure)
    if head.dep_ == "appos" and thing(head.head, head.head.lemma_.lower()) and not (
            # ("The shop's head cutter, Albert Sacarello, 63": a job's holder, with an age of his
            # own, not a boat; at extraction only)
            b.observe is None and head.head.lemma_.lower() in lex.vessel_nouns and age_after(doc, e) is not None) \
            and not (b.observe is None and _trade_holder(head.head, head, lex)):
        return True
    if b.observe is None and s > 1 and c_tag[s - 1] == "PRP$" and c_low[s - 1] in ("his", "her", "their", "its") \
            and not (e < len(toks) and c_tag[e] == "POS") and toks[s - 2].lemma_.lower() not in lex.naming_verbs \
            and head.head.lemma_.lower() not in lex.naming_verbs:
        # "drove his Massey Ferguson to every fixture": what a person owns, no person (not "they
        # named her Rosalind Mae", the object of a naming verb; nor "our Jack", "my Mary": one's
        # own family)
        return True
    # ("Dean Morrow's kelpie, Banjo, who is six": the comma's apposition parsed with the animal
    # noun as the name's modifier; at extraction only)
    if b.observe is None and s > 1 and c_text[s - 1] == "," and c_text[s - 2].islower() \
            and toks[s - 2].head.i == head.i and thing(toks[s - 2], toks[s - 2].lemma_.lower()):
        return True
    if any(ch.dep_ == "appos" and thing(ch, ch.lemma_.lower()) and not (b.observe is None and _trade_holder(ch, head, lex))
           for ch in head.children):
        return True
    if b.observe is None and s > 1 and c_tag[s - 1] == "NN" and c_text[s - 1].islower() and c_low[s - 1] in lex.work_nouns \
            and _determined(toks, s - 1):
        return True  # "starred in the police drama Harbour Lights", however the parser hangs the name
    if b.observe is None and e - s == 1 and s > 1 and re.fullmatch(r"(?:18|19|20)\d\d", c_text[s - 1]) and _determined(toks, s - 1):
        return True  # ("Kanchhi, the pale blue 1978 Vespa": a make with its model year is a machine)
    if b.observe is None and listed_programme(toks, e):
        return True  # "Harbour Row (BBC One, 7.30pm)": a programme in a listing
    if b.observe is None and set_off_animal_subject(head, lex):
        return True  # ("A second horse from the yard, Sir Gerard, fell")
    if b.observe is None and animal_kin(head, lex):
        return True  # "Sir Percival, the mare's half-brother"; "Lady Marmalade's dam, Highland Rose"
    if b.observe is None and (_named_thing(head, lex) or thing_predicate(head, lex) or sailed(head, lex)):
        return True
    top = _conj_top(head)
    if b.observe is None and top.dep_ in ("compound", "nmod") and top.head.i > top.i and top.head.lemma_.lower() in lex.brand_nouns:
        return True  # "sold under the Rainbird and Solid Colour brands": a brand's name is no person's
    if b.observe is None and (_given_to_a_thing(head, lex) or known_as_thing(head, lex) or called_by_them(head, lex) or apposed_pet_name(head, lex) or called_animal(head, lex)):
        return True
    if b.observe is None and (head.dep_ == "conj" or any(ch.dep_ == "conj" and ch.pos_ == "PROPN" for ch in head.children)):
        prev = before_list(doc, s)  # "the tankers Eleni K. and Katerina K.", each of them
        if prev is not None and thing_noun(prev, lex):
            return True
    if b.observe is None and s > 2 and c_low[s - 1] == "the" and c_text[s - 2] == "," and thing_noun(toks[s - 3], lex) \
            and not _name_runs_on(toks, e - 1):
        # "his boat, the Nora Jane", parsed with no apposition (not a word the boat's name runs on
        # from: "his own boat, the Janice R" has a mention "Janice" of the wife he named first)
        return True
    first = _conj_top(head)
    return first.dep_ == "pobj" and first.head.lower_ == "aboard"


def work_predicate(head: Token, lex) -> bool:
    """'Jedi Quest is an eleven-book series written by ...', 'Harbour Lights was a film': a name
    the copula makes a work (a series, a film, a novel), the noun ending its phrase (not 'is a
    film director', a person)."""
    if head.dep_ != "nsubj" or head.head.lemma_ != "be":
        return False
    doc = head.doc
    # (one complement only: "X is a fictional character on a drama, and the series' progenitor
    # show" is parsed with two, the second no description of X)
    attrs = [ch for ch in head.head.children if ch.dep_ == "attr"]
    return len(attrs) == 1 and attrs[0].pos_ == "NOUN" and attrs[0].lemma_.lower() in lex.work_nouns \
        and not (attrs[0].i + 1 < len(doc) and doc[attrs[0].i + 1].pos_ == "NOUN" and doc[attrs[0].i + 1].is_lower)


def _noun_phrase_end(noun: Token, works: frozenset[str]) -> bool:
    """'the cookery show Kitchen Rivals', parsed with 'show' as a verb: a work noun the parser
    took for a verb though an article or a modifier comes before it ('to show Kitchen Rivals'
    and 'they show Ana' are verbs). A noun parsed as one is left to the parse ('On the ferry Tom
    Hale met his wife')."""
    if noun.i == 0 or noun.lower_ not in works or not noun.tag_.startswith("VB"):
        return False
    before = noun.doc[noun.i - 1]
    return before.tag_ in ("DT", "PRP$", "JJ", "NN", "POS") and before.lower_ not in ("that", "this")


def _modifies(noun: Token, s: int, e: int) -> bool:
    """The noun right before a name is one phrase with it: it hangs on the name ("The trawler
    Girl Merryn") or the name on it ("his band Copperhead Lane"), not "On the ferry Hale met
    ..." nor "the team Hale founded"."""
    return s <= noun.head.i < e or (noun.doc[e - 1].head.i == noun.i and noun.doc[e - 1].dep_ in ("appos", "compound"))


def _determined(toks, k: int) -> bool:
    """The noun at ``k`` opens on an article or a possessive, past lower-case modifiers ("the
    police drama", "her new single")."""
    j = k - 1
    while j >= 0 and toks[j].text.islower() and toks[j].tag_ in ("NN", "JJ", "HYPH", "VBN"):
        j -= 1
    return j >= 0 and (toks[j].tag_ in ("DT", "PRP$", "POS"))
