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
    for k in tokens_in(doc, "lower", ("known", "knows", "know", "called")):
        known = toks[k]
        passive = next((c for c in known.children if c.dep_ == "nsubjpass"), None) if known.tag_ == "VBN" else None
        if known.lower_ == "called" and passive is None:
            continue  # ("her father is still called Abu Walid"; not a name "called" in a clause)
        # (or the active verb of a clause on the noun: "the raider the whole circuit knows as Sheru")
        if not ((known.tag_ == "VBN" and known.dep_ in ("acl", "relcl", "appos")) or (known.tag_ in ("VBZ", "VBP") and known.dep_ == "relcl")
                or passive is not None):
            continue
        head = known.head
        named = covered.get(head.i) or (covered.get(head.head.i) if head.dep_ == "appos" and head.pos_ == "NOUN" else None)
        if passive is not None:
            named = covered.get(passive.i)  # ("Mr Gweshe is known as Baba Nyasha")
        if named is None:
            continue
        end = min(known.sent.end, k + 10)
        at = next((j for j in range(k + 1, end) if toks[j].lower_ == "as"), None)
        # (past an honorific the mention leaves out: "as Seu Tião")
        alias = next((covered[j] for j in range(at + 1, min(at + 3, len(doc))) if j in covered), None) if at is not None else None
        looked_up = alias is None
        if alias is None and at is not None and at + 1 < len(doc) and toks[at + 1].tag_ == "NNP" and toks[at + 1].is_title:
            # (a one-word alias the tagger called a place there, a person's name later in the text)
            same = list({id(c.root()): c.root() for c in b.clusters if c.root().key == (toks[at + 1].lower_,)}.values())
            for c in same[1:]:
                _merge(same[0], c)  # (the headline's "Sheru's late raids" too)
            alias = same[0] if same else None
            if alias is not None:
                b.add(alias, at + 1, at + 2, "name")
            elif named.root().is_person_like() and at + 1 not in covered:
                b.add(named.root(), at + 1, at + 2, "name")  # (named nowhere else yet: the person's own name)
        if alias is None or alias.root() is named.root():
            continue
        person, other = named.root(), alias.root()
        # (a quoted alias whatever the tagger made of it: 'known as "El Viejo"')
        quoted = at is not None and toks[at + 1].is_quote
        if person.platform or other.platform or (not person.is_person_like() and not quoted) or (other.person_score() < 0 and not looked_up and not quoted):
            continue
        if any(m.kind not in ("name", "firstname", "surname", "title") for m in other.mentions if m.kind != "pronoun"):
            continue  # (an alias described as something else is somebody, or something, of its own)
        _merge(person, other)


def as_called_aliases(b: "_Builder") -> None:
    """'Tante Riet, as regulars call Henriëtte Bos, 77, has shopped here', 'Auntie Boo, as the
    younger divers call Boo Eun-mi', 'Krishna Dutta, 81, whom the whole para calls Krishna Mashi':
    the name before the clause and the one the clause calls are one person (at extraction only)."""
    if b.observe is not None:
        return
    doc, covered = b.doc, b.covered
    toks = tokens_of(doc)
    for k in tokens_in(doc, "lower", ("as", "whom")):
        verb = toks[k].head
        whom = toks[k].lower_ == "whom"
        if verb.lemma_.lower() not in ("call", "know", "nickname"):
            continue
        if whom and (toks[k].dep_ != "dobj" or verb.dep_ != "relcl"):
            continue
        if not whom and (toks[k].dep_ != "mark" or k < 2 or toks[k - 1].text != ","):
            continue
        before = covered.get(verb.head.i if whom else k - 2)
        # (after "whom", which is the clause's object itself)
        called = next((covered[c.i] for c in verb.children if c.dep_ in ("dobj", "oprd") and (c.i > k or not whom) and c.i in covered), None)
        if before is None or called is None or before.root() is called.root():
            continue
        a, z = before.root(), called.root()
        if a.platform or z.platform or not z.is_person_like() or (whom and not a.is_person_like()):
            continue
        if whom:
            _merge(a, z)  # (the "whom" clause's person keeps the name the text gave first)
        else:
            _merge(z, a)
