"""Things named by description: the name "known as" gives to a common noun ("a walnut longcase
clock ... known in the family as Grandfather Hobbs") and a pet name apposed to one ("Big Bertha,
the association's old tangential extractor"), when that noun is none of a person's, a body's, a
group's or a place's. Moved out of things.py (2026-12-05), read by vessels.py and context.py at
extraction only."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp import columns

# nouns for a place, a building or a stretch of land: what is "known as" a name there is no thing
_PLACE_NOUNS = frozenset({"area", "district", "region", "neighbourhood", "neighborhood", "quarter", "suburb", "town", "city",
                          "township", "settlement", "spot", "site", "field", "ground", "place", "land", "bend", "stretch",
                          "house", "home", "cottage", "building", "hall", "room", "country", "county", "state", "province",
                          "parish", "ward", "zone", "territory", "street", "road", "route", "track", "trail", "run", "course"})


def known_as_thing(head: Token, lex) -> bool:
    """'a walnut longcase clock of about 1770 known in the family as Grandfather Hobbs', 'the
    tenor pan that won the 1978 Panorama, known to everyone as Miss Lucy', 'Her best-known work,
    a bridal shawl ..., is known in the family as X': the name that "known as" gives to the
    nearest common noun before it (however the parser hangs "known"), or to the subject "is
    known" is said of, is a thing's, when that noun is none of a person, a body, a group or a
    place."""
    if head.dep_ != "pobj" or head.head.lower_ != "as":
        return False
    # (up to five words up: "known to generations of learners as Oom Fanie" hangs "as" on "learners")
    known = next((a for a in list(head.head.ancestors)[:5] if a.lemma_ == "know" and a.tag_ == "VBN"), None)
    if known is None:
        return False
    subjects = [c for c in known.children if c.dep_ == "nsubjpass"]
    if subjects:
        nouns = [n for n in (subjects[0], *(a for a in subjects[0].children if a.dep_ == "appos"))
                 if n.is_lower and n.pos_ == "NOUN"]
        return bool(nouns) and all(_thing_by_exclusion(n, lex) for n in nouns)
    for j in range(known.i - 1, max(known.sent.start, known.i - 13) - 1, -1):
        tok = known.doc[j]
        if tok.is_lower and (tok.tag_ in ("NN", "NNS") or tok.pos_ == "PROPN"):
            return _thing_by_exclusion(tok, lex)
        # (over a participle describing the noun too: "a six-tonne bourdon cast in 1689 and known
        # to generations of townspeople as Katelijne")
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("relcl", "acl") and not (tok.tag_ == "VBN" and tok.dep_ in ("appos", "conj")) \
                or tok.ent_type_ == "PERSON":
            return False
    return False


def apposed_pet_name(head: Token, lex) -> bool:
    """'Big Bertha, the association's old tangential extractor, spun their jars': a name opening
    on a pet name's word (thing_name_openers) with a common noun apposed right after it that is
    none of a person's, a body's, a group's or a place's is the thing's name."""
    first = head.left_edge if head.left_edge.pos_ == "PROPN" else head
    if first.lower_ not in lex.thing_name_openers or not first.text[:1].isupper():
        return False
    return any(ch.dep_ == "appos" and ch.i > head.i and ch.pos_ == "NOUN" and ch.is_lower and columns(head.doc).text[head.i + 1] == ","
               and _thing_by_exclusion(ch, lex) for ch in head.children)


def _thing_by_exclusion(tok: Token, lex) -> bool:
    """A common noun that is none of a person's, a body's, a group's or a place's."""
    word = tok.lemma_.lower()
    return not (word in lex.person_or_gendered or word in lex.role_heads or word in lex.relative_nouns
                or word in lex.child_nouns or word in lex.occupations or word in lex.org_nouns or word in lex.group_nouns
                or word in lex.place_heads or word in lex.land_nouns or word in _PLACE_NOUNS or word in lex.org_keywords
                # (a lower-case noun the tagger called a place is no place for that: "a six-tonne bourdon")
                or (tok.ent_type_ not in ("", "PRODUCT", "WORK_OF_ART") and not (tok.is_lower and tok.ent_type_ in ("GPE", "LOC"))))


# nouns for a group of people who may call a thing by a name ("which the family calls La Abuela")
_GROUPS = frozenset({"family", "village", "crew", "town", "staff", "team", "congregation", "parish", "community", "household"})


def called_by_them(head: Token, lex) -> bool:
    """'a cork oak the strippers call A Velha', 'a 1968 model the members call Auld Bessie': the
    name a clause of people calling it gives to the common noun before the clause, when that noun
    is none of a person's, a body's, a group's or a place's (not 'a man the villagers call Big
    Jim')."""
    verb = head.head
    if head.dep_ not in ("dobj", "oprd") or verb.lemma_.lower() != "call" or verb.tag_ not in ("VBP", "VBZ", "VBD"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or not (subj.tag_ == "NNS" or subj.lower_ in ("they", "we", "everyone", "everybody") or subj.lemma_ in _GROUPS):
        return False
    if verb.dep_ == "relcl" and verb.head.i < subj.i:
        noun = verb.head
    else:
        # (the parser may make the noun a verb: "a cork oak the strippers call", "oak" a VBP)
        k = subj.left_edge.i - 1
        if k <= 0:
            return False
        noun = head.doc[k]
        if not (noun.is_alpha and noun.is_lower) or not any(
                head.doc[j].lower_ in ("a", "an", "the") for j in range(max(0, k - 4), k)):
            return False
    if noun.dep_ == "appos" and noun.head.is_lower and noun.head.lemma_.lower() in lex.things | lex.vehicle_nouns:
        return True  # ("Our knitting machine, a 1968 model the members call Auld Bessie": a model of a machine)
    return noun.is_lower and _thing_by_exclusion(noun, lex)
