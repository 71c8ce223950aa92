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

from dateline.extractors.entities.syntax import Syntax

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
