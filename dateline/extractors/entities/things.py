"""What the words around a name say it is when it is no person: a named animal ("Dragon Lady,
the club's greyhound mascot"), a vehicle, a piece of land or a thing given a name ("the lorry,
Old Bessie", "the neighbouring property, Glen Ochil", "named it Dame Olwen"), or a body with a
head ("Kimani Shuttle, whose proprietor ..."). Read at extraction only, by context.py's type
evidence."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from dateline.extractors.entities.honorifics import in_business
from dateline.extractors.entities.knownthings import _thing_by_exclusion
from dateline.nlp import children_of, columns, tokens_in, tokens_of


def animal(tok: Token, word: str, lex) -> bool:
    """An animal noun, or an animal's role an animal noun modifies ('the club's greyhound
    mascot'): a named animal is no person. Not a person's noun so modified ('a dog walker')."""
    return word in lex.animal_nouns or (word in lex.animal_roles and any(
        ch.dep_ in ("compound", "amod") and ch.lower_ in lex.animal_nouns for ch in tok.children))


def animal_kin_noun(noun: Token, lex) -> bool:
    """A kin noun only animals are given ("nest sister", "litter brother")."""
    # (asked of every untyped noun: read from the Doc's word index and columns, and at once
    # False in the many texts with no such modifier, not through each noun's child Tokens)
    doc = noun.doc
    if not tokens_in(doc, "lower", lex.animal_kin_modifiers):
        return False
    cols = columns(doc)
    dep, lower = cols.dep, cols.lower
    return any(dep[k] in ("compound", "amod") and lower[k] in lex.animal_kin_modifiers for k in children_of(doc).get(noun.i, ()))


def animal_kin(head: Token, lex) -> bool:
    """'Sir Percival, the mare's half-brother': a name apposed to a kin noun an animal noun owns
    is an animal's; 'Lady Marmalade's dam, Highland Rose': a name owning a kin noun only animals
    have (animal_only_kin) is one. Either outweighs the honorific the name opens with."""
    if any(ch.dep_ == "appos" and ch.i > head.i and ch.lemma_.lower() in lex.relative_nouns
           and any(g.dep_ == "poss" and g.pos_ == "NOUN" and animal(g, g.lemma_.lower(), lex) for g in ch.children)
           for ch in head.children):
        return True
    if head.dep_ == "appos" and head.head.lemma_.lower() in lex.relative_nouns and animal_kin_noun(head.head, lex):
        return True  # ("his nest sister, Queenie": kin only birds and litters have)
    return head.dep_ == "poss" and head.head.lemma_.lower() in lex.animal_only_kin and any(ch.tag_ == "POS" for ch in head.children)


def animal_before(head: Token, lex) -> bool:
    """'Their mare Seren foaled in March', however the parser hangs the two: an owned or definite
    animal noun right before a name (no title opening it: "the horse Dr. Osgood rode" is a
    clause) is the animal's name."""
    doc = head.doc
    toks = tokens_of(doc)
    first = head.i
    while first > 0 and toks[first - 1].pos_ == "PROPN" and toks[first - 1].text[:1].isupper():
        first -= 1
    if first < 2 or toks[first].lower_ in lex.titles:
        return False
    noun, det = toks[first - 1], toks[first - 2]
    return noun.text.islower() and noun.pos_ == "NOUN" and animal(noun, noun.lemma_.lower(), lex) \
        and (det.tag_ in ("PRP$", "POS") or det.lower_ in ("the", "this"))


_CLOCK = re.compile(r"^\d{1,2}(?:[.:]\d{2})?(?:am|pm)$|^(?:am|pm)$", re.I)


def listed_programme(toks, e: int) -> bool:
    """'Harbour Row (BBC One, 7.30pm)', 'Countdown Champions (Channel 4, 8pm)': a name right
    before a bracket that gives a channel and a time of day is a programme in a listing."""
    if e >= len(toks) or toks[e].text != "(":
        return False
    for t in toks[e + 1 : e + 10]:
        if t.text == ")":
            return False
        if _CLOCK.match(t.text):
            return True
    return False


def twin_subject(noun: Token, name: Token) -> bool:
    """'Their mare Seren foaled in March', 'The band Copper Lantern have': the noun and the name
    right after it parsed as two subjects of one verb, one phrase all the same."""
    return noun.dep_ in ("nsubj", "nsubjpass") and name.dep_ == noun.dep_ and name.head.i == noun.head.i


def apposed_animal(head: Token, lex) -> bool:
    """'Mrs Tiggs, a seven-year-old cocker spaniel', 'her bitch Jess', 'the pub's sheepdog,
    Captain': a name apposed to an animal noun is the animal's, whatever honorific, pronoun or
    age the text also gives it; so strong a word outweighs them all."""
    # (the apposition must follow the name: "Lerato Khumalo confirmed that the show will use a
    # horse: a grey mare named Dolores", the mare misparsed as the name's apposition, is Dolores)
    if any(ch.dep_ == "appos" and ch.i > head.i and ch.pos_ == "NOUN" and animal(ch, ch.lemma_.lower(), lex)
           and all(t.is_punct for t in head.doc[head.i + 1 : ch.left_edge.i]) for ch in head.children):
        return True
    if any(ch.dep_ == "compound" and ch.pos_ == "NOUN" and ch.text.islower() and animal(ch, ch.lemma_.lower(), lex)
           and all(t.pos_ == "PROPN" for t in head.doc[ch.i + 1 : head.i + 1]) for ch in head.children):
        return True  # "his mare Tansy", parsed with the noun compounded to the name
    if animal_before(head, lex):
        return True
    if set_off_animal_subject(head, lex):
        return True
    noun = head.head
    if head.dep_ != "appos" or noun.i > head.i or noun.pos_ != "NOUN" or not animal(noun, noun.lemma_.lower(), lex):
        return False
    # ("the Morgan horse Dr. Osgood rode", misparsed: a titled name right after the noun, with no
    # comma, is the subject of a clause on it, not the animal's name)
    between = head.doc[noun.i + 1 : head.i]
    # (though "The young cock Sir Geoffrey won" is the noun's name: the noun is the subject of the
    # verb after the name)
    return any(t.is_punct for t in between) or not any(t.lower_ in lex.titles for t in between) or (
        noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > head.i)


def set_off_animal_subject(head: Token, lex) -> bool:
    """'A second horse from the yard, Sir Gerard, fell': the name set off by a comma after an animal
    noun, both parsed as subjects of one verb, is the animal's."""
    return head.dep_ in ("nsubj", "nsubjpass") and head.left_edge.i > 0 and head.doc[head.left_edge.i - 1].text == "," and any(
        ch.dep_ == head.dep_ and ch.i < head.i and ch.pos_ == "NOUN" and animal(ch, ch.lemma_.lower(), lex) for ch in head.head.children)


def apposed_machine(head: Token, lex) -> bool:
    """'Our robot receptionist, Cik Siti, ... She was built by students': a name apposed to a
    person's noun that a machine word modifies is the machine's, its honorific and "she" too."""
    return any(n.pos_ == "NOUN" and _machine(n, lex) for n in _apposed_nouns(head))


def _apposed_nouns(head: Token) -> list[Token]:
    """The words apposed to a name either way: the one it hangs on and those hung on it after it."""
    return ([head.head] if head.dep_ == "appos" and head.head.i < head.i else []) + [
        ch for ch in head.children if ch.dep_ == "appos" and ch.i > head.i]


def named_vessel(head: Token, lex) -> bool:
    """'the committee boat, Mr. Fitz', 'Miss Adelaide, the 1938 wooden sloop', 'who sailed Sister
    Kate', 'The plane is Hazel': a name apposed or equated to a vessel's or a vehicle's noun, or
    one a vessel's verb takes, is the craft's, its honorific and "she" too."""
    if head.dep_ == "appos" and (head.head.lower_ in lex.kin_kinds or head.head.lemma_.lower() in lex.person_nouns):
        return False  # ("Her husband, Linton Whyte, a retired cane cutter": a relative's name)
    return apposed_craft(head, lex) or sailed(head, lex) or thing_predicate(head, lex) or named_craft(head, lex)


def apposed_craft(head: Token, lex) -> bool:
    """'Uncle Jimmy, the forklift that ...': a name apposed to a vessel's or a vehicle's noun."""
    return any(n.pos_ == "NOUN" and (n.lemma_.lower() in lex.vessel_nouns or _vehicle(n, n.lemma_.lower(), lex)) for n in _apposed_nouns(head))


def _machine(noun: Token, lex) -> bool:
    """A noun a machine word modifies ('robot receptionist', 'cartoon handyman')."""
    return any(ch.dep_ in ("compound", "amod") and ch.lower_ in lex.machine_modifiers for ch in noun.children)


def called_animal(head: Token, lex) -> bool:
    """'a bulldog called Sergeant Biscuit', 'a heifer named Olympia': the name a naming verb gives
    an animal noun it hangs on."""
    verb = head.head
    if not (head.dep_ == "oprd" and verb.lemma_.lower() in lex.naming_verbs):
        return False
    # ("A grey cockatoo called Sir Percy", the parser's noun "grey" and adverb "cockatoo"; "a bay
    # gelding called Sir Roger", "gelding" read as a verb: the word right before the verb)
    before = verb.doc[verb.i - 1] if verb.i > 0 else verb.head
    if before.is_lower and before.lower_ in lex.animal_nouns:
        return True
    if verb.dep_ != "acl":
        return _listed_after_animals(verb, lex)
    return (verb.head.pos_ == "NOUN" and animal(verb.head, verb.head.lemma_.lower(), lex)) or _listed_after_animals(verb, lex)


def _listed_after_animals(verb: Token, lex) -> bool:
    """"Her lead dogs, a nine-year-old named Doris and a five-year-old called Mr. Pickles": the
    naming verb of a list set off after an animal noun, however the parser hangs the list. Back
    from the verb, over the list's words (ages, articles, other names and naming verbs), to the
    animal noun; any other verb, a pronoun or a person's word on the way ends the search."""
    doc = verb.doc
    start = verb.sent.start
    for k in range(verb.i - 1, max(start - 1, verb.i - 24), -1):
        t = doc[k]
        if t.is_lower and t.pos_ == "NOUN" and t.lemma_.lower() in lex.animal_nouns:
            return any(doc[j].text == "," for j in range(k + 1, verb.i))
        if t.lemma_.lower() in lex.naming_verbs or t.pos_ in ("DET", "NUM", "PUNCT", "CCONJ", "PROPN") \
                or t.lower_ in ("year", "years", "old", "month", "months"):
            continue
        return False
    return False


# verbs whose "under the name X" names a product, not a person's other name
_SELLING_VERBS = frozenset({"sell", "market", "retail", "trade", "package", "bottle", "distribute", "stock", "brand"})


def name_as_word(doc, first: int) -> bool:
    """'painted with the name Auntie Comfort', 'bears the name Sister Ama': a name right after the
    noun "name" is the words themselves, written on something, and refers to no one; not a pen
    name one writes or goes 'under' or 'by' ('wrote under the name Ellis Bell'), though what is
    sold under a name is a product ('sold under the name Ah Ma')."""
    toks = tokens_of(doc)
    if first < 1 or toks[first - 1].lower_ != "name" or toks[first - 1].tag_ != "NN":
        return False
    k = first - 2
    while k >= 0 and toks[k].tag_ in ("DT", "PRP$", "JJ"):
        k -= 1
    if k >= 0 and toks[k].lower_ == "under" and toks[k].head.lemma_.lower() in _SELLING_VERBS:
        return True  # "a jar of kaya sold under the name Ah Ma": a product's, not a pen name
    return not (k >= 0 and toks[k].lower_ in ("under", "by", "as"))


def thing_predicate(head: Token, lex) -> bool:
    """'the top dairy goat was Duchess', 'Duchess is a Saanen goat', 'The plane is Hazel': a name
    the copula equates with an animal's, a vehicle's or a vessel's noun."""
    if head.head.lemma_ != "be" or head.dep_ not in ("attr", "acomp", "nsubj"):
        return False
    # (the tagger may call the name an adjective there: "The plane is Hazel")
    other = "nsubj" if head.dep_ in ("attr", "acomp") else "attr"
    # (the noun ends its phrase: not "is now a lifeboat coxswain", parsed as a lifeboat)
    return any(ch.dep_ == other and ch.pos_ == "NOUN" and not _runs_on(ch) and (animal(ch, word := ch.lemma_.lower(), lex) or word in lex.vessel_nouns
                                                          or _vehicle(ch, word, lex)) for ch in head.head.children)


def _runs_on(noun: Token) -> bool:
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return nxt is not None and nxt.is_alpha and nxt.is_lower and nxt.pos_ in ("NOUN", "VERB")


def sailed(head: Token, lex) -> bool:
    """'who sailed Sister Kate', 'Blue Heron, sailed by the Kesslers', 'Lady Morwenna was built
    by X': the object of a verb only a vessel takes, or its subject in the passive with an agent
    (patterns keys vessel_verbs, vessel_passive_verbs), whatever honorific its name opens with."""
    if head.dep_ == "dobj":
        return head.head.lemma_.lower() in lex.vessel_verbs
    verb = head.head.lemma_.lower()
    if head.dep_ == "nsubjpass" and (verb in lex.vessel_passive_verbs or verb in lex.vessel_verbs) \
            and any(g.dep_ == "agent" for g in head.head.children):
        return True  # ("Lady Morwenna was built in 1986 by the late Bill Pascoe")
    return any(ch.dep_ == "acl" and ch.tag_ == "VBN" and ch.lemma_.lower() in lex.vessel_verbs
               and any(g.dep_ == "agent" for g in ch.children) for ch in head.children)


def headed_by_post(toks, e: int, lex) -> bool:
    """'Kimani Shuttle, whose proprietor, Grace Kimani', 'the council, whose convener': a name
    whose "whose" clause gives it a post that heads a body (org_head_posts) names the body; a
    person's "whose" gives kin or a personal post ('Rees, whose husband', 'whose coach')."""
    if e + 1 >= len(toks) or toks[e].text != "," or toks[e + 1].lower_ != "whose":
        return False
    noun = toks[e + 1].head
    return noun.i > e + 1 and noun.lemma_.lower() in lex.org_head_posts


def _apposed_land(head: Token, lex) -> bool:
    """'farms the neighbouring property, Glen Ochil', 'Tarn End, the family farm': a name
    apposed to a holding of land (``land_nouns``) is that holding, no person."""
    if head.dep_ == "appos" and head.head.tag_ == "NN" and head.head.lemma_.lower() in lex.land_nouns and head.head.i < head.i:
        return True
    return any(ch.dep_ == "appos" and ch.tag_ == "NN" and ch.i > head.i and ch.lemma_.lower() in lex.land_nouns for ch in head.children)


def _second_object(name: Token) -> bool:
    """'sold Ana Ruiz her first lorry', parsed with the lorry apposed to the name: an object
    name with a noun after it that no punctuation sets off is a verb's first of two objects,
    a person given something, not a thing called so ('Old Ted, the lorry')."""
    if name.dep_ not in ("dobj", "dative"):
        return False
    return any(ch.dep_ == "appos" and ch.i > name.i and not any(t.is_punct for t in name.doc[name.i + 1 : ch.left_edge.i + 1])
               for ch in name.children)


def _vehicle(tok: Token, word: str, lex) -> bool:
    """A vehicle or machine noun ('the lorry, Old Bessie', 'his autorickshaw, Amma', 'the robot
    receptionist, Cik Siti'), and 'carrier' as a
    ship ('the bulk carrier Margaret Tolland'; 'the carrier' alone may be an airline)."""
    if word in lex.vehicle_nouns:
        return True
    if _machine(tok, lex):
        return True  # "Our robot receptionist, Cik Siti": a machine, whatever person's noun it is given
    if tok.text[:1].isupper() and word not in lex.person_nouns and any(
            ch.dep_ == "nummod" and ch.i < tok.i and re.fullmatch(r"(?:18|19|20)\d\d", ch.text) for ch in tok.children):
        return True  # "Old Reg, a 1974 Denning": a maker's name with the year it was built
    return word == "carrier" and any(ch.dep_ in ("amod", "compound") and ch.lower_ in lex.carrier_kinds for ch in tok.children)


def _named_thing(head: Token, lex) -> bool:
    """'My autorickshaw is called Amma', 'a lorry named Old Bessie', 'named it Dame Olwen': the
    name a vessel, a vehicle, a work or anything called "it" is given by a naming verb (the name
    its complement)."""
    verb = _naming_verb(head, lex)
    if verb is None:
        return False
    if _names_it(verb):
        return True  # "bought a coach and named it Dame Olwen": nobody is "it"
    return any(n.lemma_.lower() in lex.things or _vehicle(n, n.lemma_.lower(), lex) or animal(n, n.lemma_.lower(), lex)
               for n in _named_nouns(verb))


def named_craft(head: Token, lex) -> bool:
    """'a bus painted with the face of a footballer and called Mzee Kobe': a name a naming verb
    gives a vessel's or a vehicle's noun, a craft the text may call she (at extraction only)."""
    verb = _naming_verb(head, lex)
    return verb is not None and not _names_it(verb) and any(
        n.lemma_.lower() in lex.vessel_nouns or _vehicle(n, n.lemma_.lower(), lex) for n in _named_nouns(verb))


def _naming_verb(head: Token, lex) -> Optional[Token]:
    """The naming verb whose complement ``head`` is ("called Amma"; a joined participle's object,
    "and nicknamed Tadesse", too), else None."""
    verb = head.head
    if verb.lemma_.lower() not in lex.naming_verbs or not (head.dep_ == "oprd" or head.dep_ == "dobj" and _joined_participle(verb)):
        return None
    return verb


def _names_it(verb: Token) -> bool:
    return any(ch.dep_ == "dobj" and ch.lower_ == "it" for ch in verb.children)


def _named_nouns(verb: Token) -> list[Token]:
    """The nouns a naming verb names: its passive subject, the noun its clause hangs on, the first
    of a chain of joined participles' subject or noun, and a thing apposed before a make."""
    named = [ch for ch in verb.children if ch.dep_ == "nsubjpass"]
    if (first := _joined_participle(verb)) is not None:
        # "a bus painted with ... and called Mzee Kobe", "That vehicle, painted silver and named
        # Lola Carmen": the naming verb joined to another, whose noun is the one named
        verb = first
        named += [ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "acl" or (verb.dep_ == "relcl" and any(ch.dep_ == "dobj" and ch.lower_ == "which" for ch in verb.children)):
        named.append(verb.head)  # ("a heifer, which her father named Olympia")
        if verb.dep_ == "acl" and verb.i > 0 and verb.doc[verb.i - 1].is_lower and verb.doc[verb.i - 1] is not verb.head:
            named.append(verb.doc[verb.i - 1])  # ("A grey cockatoo called X", parsed with "grey" the noun)
    # ("one lorry, a Bedford called Nyambura": the thing apposed before the make, however parsed)
    named += [n.doc[n.left_edge.i - 2] for n in list(named) if n.left_edge.i >= 2 and n.doc[n.left_edge.i - 1].text == ","
              and n.doc[n.left_edge.i - 2].is_lower]
    return named


def _joined_participle(verb: Token) -> Optional[Token]:
    """The first of a chain of joined participles or verbs a naming verb ends ("bought in 2019
    and nicknamed X"), when it hangs on a noun or is its sentence's main verb; else None."""
    if verb.dep_ != "conj":
        return None
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first if first.pos_ == "VERB" and first.dep_ in ("acl", "ROOT") else None


# where a thing stands, between it and the name a naming verb gives it ("call the sequencer in the
# corner Granny Nolan"; not "named it after his grandmother, Clémence")
_WHERE_PREPS = frozenset({"in", "at", "on", "above", "below", "beside", "behind", "near", "under", "by"})


def _the(noun: Token) -> bool:
    """The noun opens on "the" ("the battered sequencer", "the corner"; not "this little guy in my
    belly", a child spoken of)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


# the roles a name a naming verb gives takes: "named it Dame Olwen", "was christened Sir Gareth"
_NAMED_DEPS = frozenset({"oprd", "dobj", "xcomp", "attr", "appos"})


def _given_to_a_thing(head: Token, lex) -> bool:
    """'bought a coach and named it Dame Olwen', 'The lorry was christened Sir Gareth', 'named
    the boat Lady Morwen': a name a naming verb gives to a thing. The thing is 'it', a common
    noun no person word, or 'her' when the nearest noun before it is a vessel or a work
    ('the ketch ... they named her Miss Ivy'); a child named so ('named their son Tom', 'she was
    named Ana') stays a person."""
    if head.dep_ not in _NAMED_DEPS:
        return False  # (the name's role, tested first: finding what was named is the costly part)
    if head.dep_ == "appos" and head.head.dep_ == "dobj" and head.head.i < head.i:
        # "named the racehorse Miss Petra", parsed with the name apposed to the thing
        verb, named = head.head.head, [head.head]
    elif head.dep_ == "appos" and head.head.dep_ == "pobj" and head.head.head.lower_ in _WHERE_PREPS and head.head.i < head.i \
            and _the(head.head) and (dobj := [ch for ch in head.head.head.head.children
                                              if ch.dep_ == "dobj" and ch.pos_ == "NOUN" and ch.i < head.head.head.i and _the(ch)]):
        # ("call the battered sequencer in the corner Granny Nolan", "calls the kiln above the village
        # Obaasan": the name apposed to the place the thing stands in)
        verb, named = head.head.head.head, dobj
    else:
        verb = head.head
        if verb.lemma_.lower() not in lex.naming_verbs:
            return False  # (as tested below, first: the verb stays this one on this path)
        if any(ch.dep_ == "prep" and ch.lower_ == "after" and ch.i < head.i for ch in verb.children):
            return False  # ("The hall is named after another deacon, Amosa Pese, who died": whom it is named after)
        named = [ch for ch in verb.children if ch.i != head.i and ch.i < head.i and ch.dep_ in ("dobj", "nsubjpass")]
        if sum(ch.dep_ == "nsubj" for ch in verb.children) > 1:
            # ("which nurses have called Grandma Olga", parsed with two subjects: "which" is the object)
            named += [ch for ch in verb.children if ch.dep_ == "nsubj" and ch.lower_ == "which" and ch.i < head.i]
            # ("His accordion, a 1948 Monarch the musicians call Tante Lulu", parsed with both nouns
            # the verb's subjects: the one before the clause's own is what it names)
            subjects = [ch for ch in verb.children if ch.dep_ == "nsubj" and ch.i < head.i]
            named += [ch for ch in subjects[:-1] if ch.pos_ == "NOUN" and any(a.dep_ == "appos" and a.i < subjects[-1].i for a in ch.children)] if not named else []
        # "named her Dame Ysolde", parsed with "her" as the name's possessive
        named += [ch for ch in head.children if ch.dep_ == "poss" and ch.lower_ == "her" and ch.i < head.i]
        if not named and verb.dep_ == "appos" and verb.head.pos_ == "NOUN" and verb.head.i < head.i:
            named = [verb.head]  # ("The firm's first typewriter, a 1974 Olivetti the staff call "Mama Olivetti"", the verb apposed)
        if not named and verb.dep_ == "acl" and verb.head.dep_ == "appos" and verb.head.tag_ == "NNS" and verb.head.head.i < verb.head.i:
            # ("His first minibus, a 1984 Toyota the drivers nicknamed Gogo", parsed with the namers
            # apposed to the thing: what they are apposed to)
            on = verb.head.head
            on = on.head if on.pos_ == "PROPN" and on.dep_ == "appos" and on.head.pos_ == "NOUN" else on
            # (a thing's noun, not a body's: "Ashcombe Wanderers, the football club the bakery
            # sponsors, named Gary Hurst its manager")
            named = [on] if on.pos_ == "PROPN" or _thing_by_exclusion(on, lex) else []
        if not named and verb.dep_ == "relcl" and verb.head.i < head.i:
            named = [verb.head]  # "a Friesian heifer the Ojoks have named Maama Patricia": what the clause is on
            if verb.head.pos_ == "PROPN" and verb.head.dep_ == "appos" and verb.head.head.pos_ == "NOUN":
                named = [verb.head.head]  # ("our first refrigerated truck, a red International the crews christened X")
        if not named:
            # "have named the still Auld Jean", parsed as one phrase: the lower-case noun between
            # the article and the name
            named = [ch for ch in head.children if ch.i < head.i and ch.dep_ in ("amod", "compound") and ch.is_lower
                     and ch.i > 0 and ch.doc[ch.i - 1].lower_ in ("the", "a", "an", "his", "her", "their", "our", "its")]
            named = [ch for ch in named if ch.pos_ != "ADJ"]
    if verb.lemma_.lower() not in lex.naming_verbs:
        return False
    if len(named) != 1:
        return False
    obj = named[0]
    low = obj.lower_
    if low == "which" and obj.tag_ == "WDT":
        return True  # "The stall's wok, which the family calls Auntie Rose": "which" is never a person
    if low == "that" and obj.tag_ == "WDT" and verb.dep_ == "relcl":
        # ("the oldest lorry, a 1979 Bedford that the pluckers call Mzee Kobe": the clause's noun)
        on = verb.head.head if verb.head.pos_ == "PROPN" and verb.head.dep_ == "appos" else verb.head
        # (or a made thing's: "the silver trophy that players call Rani")
        return on.pos_ == "NOUN" and (on.lemma_.lower() in lex.vehicle_nouns or on.lemma_.lower() in lex.things)
    if obj.tag_ == "PRP":
        if low == "it":
            return True
        return low == "her" and _nearest_noun_is_thing(obj, lex)
    word = obj.lemma_.lower()
    # (a vehicle's noun the tagger took into a name: "leaf lorry" tagged a person)
    return (obj.pos_ in ("NOUN", "ADV") and (obj.ent_type_ == "" or word in lex.vehicle_nouns) and word not in lex.person_or_gendered
            and word not in lex.role_heads and word not in lex.relative_nouns and word not in lex.child_nouns)


def _nearest_noun_is_thing(pron: Token, lex) -> bool:
    """Whether the last noun before 'her', within 40 words, that is a person's or a thing's is
    a thing's ('the trawler ... named her'), not a person's ('his daughter ... named her')."""
    doc = pron.doc
    for i in range(pron.i - 1, max(-1, pron.i - 41), -1):
        t = doc[i]
        word = t.lemma_.lower()
        if t.pos_ == "NOUN" and word in lex.things:
            return True
        if t.ent_type_ == "PERSON" or (t.pos_ == "NOUN" and (word in lex.person_or_gendered or word in lex.relative_nouns)):
            return False
    return False


def before_list(doc, at: int):
    """The word before the name at ``at``, or before the first name of the list it ends
    ('the tankers Eleni K. and Katerina K.'); None at the text's start."""
    tok = doc[at]
    while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head
    while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head
    first = min([at, tok.i] + [ch.i for ch in tok.children if ch.dep_ == "compound" and ch.pos_ == "PROPN" and ch.i < tok.i])
    return doc[first - 1] if first > 0 else None


def thing_noun(tok: Token, lex) -> bool:
    """A lower-case noun for a vessel, a work, a vehicle or an animal ('tankers', 'boat')."""
    word = tok.lemma_.lower()
    return tok.text.islower() and tok.pos_ == "NOUN" and (word in lex.things or _vehicle(tok, word, lex) or animal(tok, word, lex))


def named_as_thing(doc, at: int, lex, key: tuple[str, ...] = ()) -> bool:
    """'his boat, the Carol Ann', 'the tankers Eleni K. and Katerina K.': a name with an article or
    a thing's noun right before it (or before the first name of its list) is a boat's, a
    vehicle's or an animal's, never the person of its given name named alone before; a name
    with an organisation's word in ``key`` ("the Glens Sheepdog Society") may be a body's."""
    if any(t in lex.org_keywords for t in key):
        return False
    prev = before_list(doc, at)
    # ("A newer red variety, Captain Farrant, was launched": a thing's noun, then a comma)
    apposed = prev is not None and prev.text == "," and prev.i > 0 and thing_noun(doc[prev.i - 1], lex)
    return prev is not None and (prev.lower_ == "the" or thing_noun(prev, lex) or apposed)


def not_a_name(b, start: int, end: int) -> bool:
    """A name span that names nobody: the rest of a titled business's name ('Bammy' of 'Miss
    Gloria's Bammy'), or words written on a thing ('painted with the name Uncle Kojo')."""
    return in_business(b, start) or name_as_word(b.doc, start)


# verbs whose object is a team ("who captained La Querencia", "skippered Harwood Town")
TEAM_VERBS = frozenset({"captain", "skipper", "coach"})


def clause_subject(head: Token) -> bool:
    """'a grey mare Ronald bought in 2016': the name is the subject of a relative clause with no
    pronoun, which the noun before it is the object of, not the name's classifier (the parser
    hangs "mare" on the name). The noun phrase opens on "a" and the clause hangs on a word before
    it ("Doña Pepa, a grey mare Ronald bought"), not "Their mare Seren foaled in March"."""
    if not (head.dep_ == "nsubj" and head.head.dep_ == "relcl" and head.head.i > head.i):
        return False
    doc = head.doc
    k = head.i - 1
    while k >= 0 and doc[k].tag_ not in ("DT", "PRP$") and (doc[k].text.islower() or doc[k].text in ("-", "–") or doc[k].like_num):
        k -= 1  # (back over "twelve-year-old grey mare" to its article)
    return k >= 0 and doc[k].lower_ in ("a", "an") and head.head.head.i < k
