"""Which later words of its sentence a pronoun may point forward to.

A pronoun ahead of every name in its sentence may refer to any of them ("After his election,
Hale ..."). Once a name precedes it, only one forward reading stays common: the pronoun sits
in a phrase fronted before the main clause, and the main clause's subject is the person
("Fearing that the attack on Ruiz would be traced to his crew, Okafor fled"; "In her first
season with the club, the striker Ama Boateng scored twice"). An object or a name inside
another phrase later on is not reached forward to. With the apposition fix in pronouns.py,
5-fold CV on GAP development went 73.1 -> 73.5 (2026-11-30).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.syntax import Syntax

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.pronouns import _Resolver

_SUBJ = ("nsubj", "nsubjpass")


def fronted_subject(syn: Syntax, i: int) -> set[int]:
    """The words of the main clause's subject, when the pronoun at ``i`` is inside a phrase that
    comes before that subject and hangs from the main verb (not the subject phrase itself)."""
    chain = syn.ancestors(i)
    root = chain[-1]
    if len(chain) < 2:
        return set()
    branch = chain[-2]  # the main verb's dependent that holds the pronoun
    if syn.dep[branch] in _SUBJ or branch > root:
        return set()
    subjects = [k for k in syn.kids.get(root, ()) if syn.dep[k] in _SUBJ and k > i and k > branch]
    if not subjects:
        return set()
    return _subject_words(syn, subjects)


# A clause hung below the main verb: a pronoun in one of these says nothing against the main
# subject being the fronted pronoun's person ("When she lands, Ana tells Eve that her brother
# has sold her car": "her" is inside what Ana tells; gap37).
_SUBCLAUSES = ("relcl", "ccomp", "advcl", "acl", "xcomp", "csubj", "pcomp")


def _in_subclause(syn: Syntax, k: int) -> bool:
    """Is the word at ``k`` inside a clause below its sentence's main verb?"""
    return any(syn.dep[a] in _SUBCLAUSES for a in syn.ancestors(k)[:-1])


def fronted_owner(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional["_Cluster"]:
    """At extraction only: a pronoun in a phrase fronted before its sentence's first name, when
    the main clause's subject is a named person of a fitting gender ("When he still could address
    the people, Sheikh Isa Qassim would advise ...", "With the encouragement of his pastor, Rev.
    John Bachman, Jones traveled ..."): that person."""
    if r.observe is not None:
        return None
    i = tok.i
    if any(r.toks[k].pos_ == "PROPN" or k in r.covered for k in range(r.sent_start_of[i], i)):
        return None  # ("After Linus tells her, Lucy thinks": a name before it in its sentence)
    from dateline.extractors.entities.binding import not_referents  # (here: binding reaches this module)

    if tok.dep_ in _SUBJ and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in r.lex.speech_verbs and tok.head.i < tok.head.head.i:
        return None  # ("She had not missed a match since 1948, said the club's chairman, X": what X said of someone)

    subject = fronted_subject(r.syntax(), i)
    if not any(k in r.covered for k in subject):
        subject = _inner_main_subject(r, i) or subject
    repaired = _verb_read_as_noun(r, i) if not subject else set()
    subject |= repaired | _possessors(r, subject)
    if ";" in r.syntax().text[i : max(subject, default=i)]:
        return None  # ("His widow ... will be joined ...; one of them, X, will give": two clauses the parser hung on one verb)
    end = i + 1
    while end < len(r.doc) and r.sent_start_of[end] == r.sent_start_of[i]:
        end += 1
    if any(r.lex.pronouns.get(r.toks[k].lower_) == gender and not _in_subclause(r.syntax(), k)
           for k in range(max(subject, default=i) + 1, end)):
        return None  # ("After he left, Bernal took his place": two men in play, the ranker weighs them)

    out = not_referents(r, tok)  # ("Among his patrons were Lord Brudenell")
    for k in sorted(subject):
        c = r.covered.get(k)
        if c is None or r.toks[k].pos_ != "PROPN" or (r.toks[k].dep_ == "compound" and r.toks[k].head.i not in subject and k not in repaired):
            continue
        c = c.root()
        # (a one-word name the tagger sometimes calls ORG, as it does surnames, may be the subject meant)
        if c.key and id(c) not in out and not c.platform and not c.plural and (c.is_person_like() or c.is_weak_org(r.lex)) \
                and c.gender_fit(gender) == 1.0:
            return c
    return None


def _verb_read_as_noun(r: "_Resolver", i: int) -> set[int]:
    """'Shortly after she arrives, Greta confides in ...': the small model reads a main verb in
    -s after a name as a plural noun heading the sentence, with the name as its compound, so the
    sentence has no subject. The name right after the fronted phrase's comma is it (at extraction
    only, through fronted_owner)."""
    syn = r.syntax()
    root = syn.ancestors(i)[-1]
    if r.doc[root].tag_ != "NNS" or root < i or not r.doc[root].is_lower:
        return set()
    names = [k for k in syn.kids.get(root, ()) if syn.dep[k] == "compound" and k > i and k in r.covered]
    if not names or r.doc[min(names) - 1].text != "," or any(k not in r.covered for k in range(min(names), root)):
        return set()
    return set(names)


def _possessors(r: "_Resolver", subject: set[int]) -> set[int]:
    """'Throughout his stay, Ruiz's health declined': a subject owned by a name speaks of that
    name's person as its main clause's subject would (at extraction only, through fronted_owner)."""
    out = set()
    for k in subject:
        if k in r.covered or r.doc[k].pos_ != "NOUN":
            continue
        for ch in r.doc[k].children:
            if ch.dep_ == "poss" and ch.pos_ == "PROPN" and ch.i in r.covered:
                out.add(ch.i)
                out.update(g.i for g in ch.children if g.dep_ in ("compound", "flat") and g.i in r.covered)
    return out


def _inner_main_subject(r: "_Resolver", i: int) -> set[int]:
    """'When he was a boy, Otto the Bold hunted here; the huts he built are still standing': the
    small model may hang the first clause under a later verb, so the sentence's root is not the
    verb the fronted phrase leads into. The lowest verb above the pronoun whose subject follows
    the fronted phrase is, when that phrase opens the sentence (at extraction only, through
    fronted_owner)."""
    syn = r.syntax()
    chain = syn.ancestors(i)
    start = r.sent_start_of[i]
    for n in range(1, len(chain)):
        verb, branch = chain[n], chain[n - 1]
        if syn.pos[verb] not in ("VERB", "AUX") or verb < i or syn.dep[branch] in _SUBJ:
            continue
        subjects = [k for k in syn.kids.get(verb, ()) if syn.dep[k] in _SUBJ and k > branch and k > i]
        if not subjects:
            continue
        left = r.doc[branch].left_edge.i
        if any(syn.dep[k] not in ("advmod", "cc", "punct") for k in range(start, left)):
            return set()  # (the phrase does not open the sentence)
        return _subject_words(syn, subjects)
    return set()


def _subject_words(syn, subjects: list[int]) -> set[int]:
    """The subjects' heads and the names in apposition to them ("the striker Ama Boateng"), not
    a name further inside ("Hale, who met Ruiz, ...")."""
    out: set[int] = set()
    todo = list(subjects)
    while todo:
        k = todo.pop()
        out.add(k)
        todo.extend(c for c in syn.kids.get(k, ()) if syn.dep[c] in ("compound", "appos", "flat"))
    return out


def fronted_named(r: "_Resolver", tok: Token) -> Optional[_Cluster]:
    """'The daughter of a Dunlassa net-maker, Ms Corrigan lives on the island': a description
    fronted before its clause's named subject, a comma between (the parser makes both subjects
    of the verb), is that person's (at extraction only)."""
    if tok.dep_ != "nsubj":
        return None
    end = tok.right_edge.i
    doc = r.doc
    if end + 1 >= len(doc) or doc[end + 1].text != ",":
        return None
    for ch in tok.head.children:
        if ch.dep_ == "nsubj" and ch.i > end and ch.left_edge.i == end + 2 and ch.i in r.covered:
            named = r.covered[ch.i].root()
            return named if named.is_person_like() and not named.plural else None
    return None
