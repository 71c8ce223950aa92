"""A second name the text gives a person with "known as" ("Sebastião Ferreira da Silva, the
cheesemaker known across the Serra as Seu Tião"; "Maria Aparecida da Silva, known as Dona Cida,
86"): one person, whose facts must not be split between the two. Read by builder.name_passes at
extraction only (2026-12-05)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.extractors.entities.clusters import _merge
from dateline.nlp import tokens_in, tokens_of

if TYPE_CHECKING:
    from dateline.extractors.entities.builder import _Builder


def known_as_aliases(b: "_Builder") -> None:
    """Merge the name after "known (...) as" into the person the participle describes: the name
    it hangs on, or the name a noun it hangs on is apposed to."""
    if b.observe is not None:
        return
    doc, covered = b.doc, b.covered
    toks = tokens_of(doc)
    for k in tokens_in(doc, "lower", ("known",)):
        known = toks[k]
        if known.tag_ != "VBN" or known.dep_ not in ("acl", "relcl", "appos"):
            continue
        head = known.head
        named = covered.get(head.i) or (covered.get(head.head.i) if head.dep_ == "appos" and head.pos_ == "NOUN" else None)
        if named is None:
            continue
        end = min(known.sent.end, k + 10)
        at = next((j for j in range(k + 1, end) if toks[j].lower_ == "as"), None)
        # (past an honorific the mention leaves out: "as Seu Tião")
        alias = next((covered[j] for j in range(at + 1, min(at + 3, len(doc))) if j in covered), None) if at is not None else None
        if alias is None or alias.root() is named.root():
            continue
        person, other = named.root(), alias.root()
        if person.platform or other.platform or not person.is_person_like() or other.person_score() < 0:
            continue
        if any(m.kind not in ("name", "firstname", "surname", "title") for m in other.mentions if m.kind != "pronoun"):
            continue  # (an alias described as something else is somebody, or something, of its own)
        _merge(person, other)
