"""Binding through an understood subject and through a relative pronoun (session gap46). A
pronoun is never a co-argument of its own verb (binding's principle B), and ``syntax._unbindable``
reads that only off a subject or an object the verb itself has (or a coordinated verb's subject,
which it lets stand where no other candidate is left):

- a non-reflexive object pronoun is not whoever does its verb when that verb has no subject of
  its own and its doer is understood: the subject above an infinitive or a gerund ("Ada refused to
  help her", "Ada ends up calming her down", "after meeting her, Ada ..."), or above a verb
  coordinated with its own ("Ada looks up to Jo and sees her as a friend"), or the object of a
  control verb above an infinitive ("Ada asked Jo to drive her home": not Jo);
- a subject pronoun in a relative clause whose relative pronoun is its verb's object, or the object
  of a preposition on that verb, is not the noun the clause is on ("Jo Hale, whom she had met",
  "Vera, with whom she toured").

At extraction only, and after ranking (``pronouns._ranked`` passes these candidates over, as it
does ``conjoined``'s): the shipped rankers were trained on every candidate, and taking one out
before ranking changes the others' feature rows (counts and ranks among the candidates) and with
them picks that had nothing to do with it (two development rows lost that way in a first version,
through ``binding.not_referents``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver

_SUBJECTS = ("nsubj", "nsubjpass")
# A verb's direct or indirect object; not the object of a preposition, which may be the doer's own
# ("she took the dog with her", "he looked around him").
_OBJECTS = ("dobj", "dative")
# How a verb with no subject hangs on the verb that gives it its doer: an infinitive or a gerund
# as a complement ("refused to help", "ends up calming"), a gerund after a preposition ("for
# driving"), a verb coordinated under the subject ("looks up to Kate and sees her as a friend":
# syntax._unbindable reads that one too, but lets it stand where no other candidate is left). An
# adverbial participle only as ``_participle_clause`` allows: the parser hangs "..., telling her" on
# whichever verb it likes, often across a relative clause.
_CONTROLLED = ("xcomp", "pcomp", "conj")
_RELATIVES = frozenset(("whom", "who", "that"))


def _people(r: "_Resolver", words) -> set[int]:
    """The clusters of the words (a name the tagger also called an organisation among them: it is
    ranked as a candidate all the same)."""
    return {id(r.covered[k].root()) for k in words if k in r.covered}


def co_argument(r: "_Resolver", tok: Token) -> set[int]:
    """The clusters (by id) a he/she/him/her cannot be as a co-argument of its own verb: an
    object pronoun's understood doer, a relative clause's subject pronoun's relative noun."""
    if r.observe is not None:
        return set()  # (the ranker trains on every candidate of GAP)
    return understood_doer(r, tok) | relative_object_antecedent(r, tok) | companion_subject(r, tok) | predicate_owner(r, tok)


def predicate_owner(r: "_Resolver", tok: Token) -> set[int]:
    """'The twins, Taiwo and Kehinde, were the eldest of her five children', 'Ama is her
    daughter': a possessive on a kin noun in what the copula says its subject is does not own
    the subject (nobody is their own daughter), so none of the subject's names is "her"."""
    if tok.tag_ != "PRP$" or any(ch.lower_ == "own" for ch in tok.head.children):
        return set()
    noun = tok.head
    lex = r.lex
    if not any(w in lex.relative_nouns or w in lex.child_nouns for w in (noun.lemma_.lower(), noun.lower_)):
        return set()  # (not "Hanne Coppens is the fifth generation of her family")
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # ("the eldest of her five children")
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be":
        return set()
    subj = [ch.i for ch in verb.children if ch.dep_ == "nsubj"]
    return _people(r, set(subj) | r.syntax().apposed(subj)) if subj else set()


def companion_subject(r: "_Resolver", tok: Token) -> set[int]:
    """'The apprentice, Nico, climbs up with him every winter': a him or her after "with" on a
    verb with no object is somebody other than the verb's subject, who goes along with them
    (not "took the dog with him", whose object leaves "him" free to be the taker)."""
    if tok.dep_ != "pobj" or tok.tag_ != "PRP" or tok.lower_ not in ("him", "her") or tok.head.lower_ != "with":
        return set()
    verb = tok.head.head
    if verb.dep_ == "prt":
        verb = verb.head  # ("climbs up with him": the particle the parser hung it on)
    if verb.pos_ != "VERB" or any(ch.dep_ in ("dobj", "dative", "ccomp", "xcomp") for ch in verb.children):
        return set()
    subj = [ch.i for ch in verb.children if ch.dep_ == "nsubj"]
    return _people(r, set(subj) | r.syntax().apposed(subj)) if subj else set()


def understood_doer(r: "_Resolver", tok: Token) -> set[int]:
    """The person who does the verb an object pronoun is the object of, when that verb has no
    subject of its own (the verb's own subject is ``syntax._unbindable``'s, and no candidate)."""
    if tok.dep_ not in _OBJECTS or tok.tag_ != "PRP" or tok.lower_.endswith("self"):
        return set()
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or any(ch.dep_ in _SUBJECTS for ch in verb.children):
        return set()
    if verb.dep_ not in _CONTROLLED and not _participle_clause(verb):
        return set()
    if verb.dep_ == "xcomp" and verb.tag_ != "VB" and any(ch.dep_ in _OBJECTS for ch in verb.head.children):
        # an object controls an infinitive ("asked Jo to drive her"), not a participle the parser
        # hung there ("confronted Jo, telling her": the subject tells)
        return set()
    syn = r.syntax()
    doer = syn.understood_subject(verb.i)
    if doer is None or doer == tok.i or _object_may_do(verb, verb.doc[doer]):
        return set()
    return _people(r, {doer} | syn.apposed([doer]))


def _object_may_do(verb: Token, doer: Token) -> bool:
    """A gerund after a preposition may be done by the object of a verb above it, not by the
    subject the parse climbs to ("Ada blamed Jo for driving her away", "conned Jo by asking her
    for a loan by lending him ...": Jo drives, she lends): any verb on the way up to the doer's
    verb with an object of its own, once the way passes a preposition."""
    if doer.dep_ not in _SUBJECTS:
        return False  # (the object of a control verb, "asked Jo to drive her": Jo)
    if verb.dep_ == "xcomp" and any(ch.dep_ == "prep" and verb.head.i < ch.i < verb.i and any(g.dep_ == "pobj" for g in ch.children)
                                    for ch in verb.head.children):
        return True  # ("prevailed upon Jo to recommend him", "called on Jo to ...": Jo does it)
    t, via_prep = verb, False
    for _ in range(12):
        if t.i == doer.head.i or t.head.i == t.i:
            break
        via_prep = via_prep or t.dep_ in ("pcomp", "prep", "pobj")
        t = t.head
        if via_prep and t.pos_ in ("VERB", "AUX") and any(ch.dep_ in _OBJECTS for ch in t.children):
            return True
    return False


def _participle_clause(verb: Token) -> bool:
    """A gerund clause on a verb ("Ada beat Jo in May, defeating her again"), when no relative
    clause stands between the two (the parser hangs "Jo, who confronted Ada, telling her" on the
    verb before the relative clause)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(ch.dep_ in ("nsubjpass", "auxpass") for ch in verb.head.children):
        return False  # ("Ada was appointed in 1862, giving her a rank": the appointment gives)
    lo, hi = sorted((verb.i, verb.head.i))
    return not any(t.dep_ in ("relcl", "acl") for t in verb.doc[lo + 1 : hi])


def relative_object_antecedent(r: "_Resolver", tok: Token) -> set[int]:
    """The noun a relative clause is on, for a subject pronoun of that clause whose relative
    pronoun, before it, is the clause verb's object or the object of a preposition on it."""
    if tok.dep_ not in _SUBJECTS or tok.tag_ != "PRP" or tok.head.dep_ != "relcl":
        return set()
    verb = tok.head
    for ch in verb.children:
        if ch.dep_ == "dobj" and ch.lower_ in _RELATIVES and ch.i < tok.i:
            return _antecedent(r, verb.head, ch.i)
        if ch.dep_ == "prep" and ch.i < tok.i and any(g.dep_ == "pobj" and g.lower_ == "whom" for g in ch.children):
            return _antecedent(r, verb.head, ch.i)
    return set()


def _antecedent(r: "_Resolver", noun: Token, opening: int) -> set[int]:
    """The noun's cluster when the relative phrase opens right after it (a comma between): the
    parser also hangs a relative clause on an earlier noun ("reunited Ida with Vera, with whom
    she ...", on "Ida")."""
    k = opening - 1
    if k >= 0 and r.doc[k].text == ",":
        k -= 1
    if k == noun.i and noun.i not in r.covered:
        # ("Lachlan Moss, 19, no relation, whom she nursed": the clause on a phrase set beside
        # the name, which the name's cluster owns through the apposition)
        while noun.dep_ == "appos" and noun.i not in r.covered and noun.head is not noun:
            noun = noun.head
        k = noun.i
    c, at = r.covered.get(k), r.covered.get(noun.i)
    return {id(at.root())} if c is not None and at is not None and c.root() is at.root() else set()


def relative_subject(r: "_Resolver", tok: Token) -> set[int]:
    """'the son of Per Sara, who gave him his first calves': the object of a relative clause
    whose subject is "who" is not the one "who" stands for (binding principle B; a reflexive
    would be)."""
    if tok.tag_ != "PRP" or tok.dep_ not in ("dobj", "dative", "iobj") or tok.lower_.endswith("self"):
        return set()
    verb = tok.head
    who = next((ch for ch in verb.children if ch.dep_ == "nsubj" and ch.lower_ in ("who", "that")), None)
    if verb.dep_ != "relcl" or who is None:
        return set()
    # the noun the clause hangs on, "who" if resolved, and the name right before ", who" (the
    # parser hangs the clause on "son" in "the son of Per Sara, who ...")
    near = [verb.head.i, who.i] + ([who.i - 2] if who.i >= 2 and r.doc[who.i - 1].text == "," else [])
    return {id(r.covered[k].root()) for k in near if k in r.covered}

