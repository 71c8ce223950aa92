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
    # the subject's head and the names in apposition to it ("the striker Ama Boateng"), not
    # a name further inside ("Hale, who met Ruiz, ...")
    out: set[int] = set()
    todo = list(subjects)
    while todo:
        k = todo.pop()
        out.add(k)
        todo.extend(c for c in syn.kids.get(k, ()) if syn.dep[c] in ("compound", "appos", "flat"))
    return out


def fronted_owner(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional["_Cluster"]:
    """At extraction only: a pronoun in a phrase fronted before its sentence's first name, when
    the main clause's subject is a named person of a fitting gender ("When he still could address
    the people, Sheikh Isa Qassim would advise ...", "With the encouragement of his pastor, Rev.
    John Bachman, Jones traveled ..."): that person."""
    if r.observe is not None:
        return None
    i = tok.i
    if any(r.doc[k].pos_ == "PROPN" or k in r.covered for k in range(r.sent_start_of[i], i)):
        return None  # ("After Linus tells her, Lucy thinks": a name before it in its sentence)
    from dateline.extractors.entities.binding import not_referents  # (here: binding reaches this module)

    subject = fronted_subject(r.syntax(), i)
    if ";" in r.syntax().text[i : max(subject, default=i)]:
        return None  # ("His widow ... will be joined ...; one of them, X, will give": two clauses the parser hung on one verb)
    end = i + 1
    while end < len(r.doc) and r.sent_start_of[end] == r.sent_start_of[i]:
        end += 1
    if any(r.lex.pronouns.get(r.doc[k].lower_) == gender for k in range(max(subject, default=i) + 1, end)):
        return None  # ("After he left, Bernal took his place": two men in play, the ranker weighs them)

    out = not_referents(r, tok)  # ("Among his patrons were Lord Brudenell")
    for k in sorted(subject):
        c = r.covered.get(k)
        if c is None or r.doc[k].pos_ != "PROPN" or r.doc[k].dep_ == "compound":
            continue
        c = c.root()
        if c.key and id(c) not in out and not c.platform and not c.plural and c.is_person_like() and c.gender_fit(gender) == 1.0:
            return c
    return None
