"""Relatives a speaker names in the first person inside a direct quotation ('"My father was a tea
plucker," said Joseph Kamau'): run once the quotes stage has found who speaks, since the entity
stage alone cannot tell whose "my" it is.

Each "my"/"our" that owns a singular kin noun becomes a mention of the quotation's speaker, so
that the facts stage reads "My father" as it reads "Her father". The relative is the person a
name apposed to the noun already is ("My mother, Eirlys, ..."), or else a new unnamed person
("Joseph Kamau's father") only where the text describes them right there by a job or an age
("My father was a tea plucker", not a bare "my husband" or "my brother", too often someone the
article names in other words: made a person of their own, such a one took "The couple" from
the named husband in development). A kin noun some mention already covers is left as the
entity stage read it."""

from __future__ import annotations

import re
from bisect import insort
from typing import Optional

from spacy.tokens import Doc, Token

from dateline.extractors.entities.lexicon import lexicon
from dateline.model import Entity, Mention, Quote

# kin nouns a speaker uses of their own relatives besides the lexicon's relative nouns
_HOME_WORDS = {"dad": "male", "mum": "female", "mom": "female", "mam": "female"}
_OWNERS = ("my", "our")
# a quotation inside the quotation, in single marks ("told me, 'My sister ...,' and walked out")
_INNER_QUOTE = re.compile(r"(?<![\w])['\u2018][^'\u2018\u2019\n]{2,400}?['\u2019](?![\w])")
# a relative described right there, by a job or an age ("My father was a tea plucker", "my mother,
# a nurse,", "my son, 12,"): somebody of their own, not one the article names in other words
_DESCRIBED = re.compile(r"\s+(?:was|is)\s+(?:a|an)\s+[a-z]|,\s+(?:\d{1,3}\b|(?:a|an)\s+[a-z])")


def add_quoted_kin(doc: Doc, entities: list[Entity], quotes: list[Quote]) -> list[Entity]:
    """The entities, with the speakers' first-person owners and their relatives added."""
    lex = lexicon()
    by_id = {e.id: e for e in entities}
    covered = _covered(entities)
    out = list(entities)
    next_id = 1 + max((int(e.id[1:]) for e in entities if e.id[1:].isdigit()), default=0)
    for quote in quotes:
        speaker = by_id.get(quote.speaker or "")
        if quote.kind != "direct" or speaker is None or speaker.type != "PERSON" or quote.nested_in is not None:
            continue  # (a quotation inside another: whose it is the quotes stage does not settle)
        # (not inside a quotation the speaker quotes: "A customer told me, 'My sister, Ilse Varn,
        # stole that recipe'": the customer's sister)
        inner = [(sp.start, sp.end) for q in quotes if q.nested_in == quote.id for sp in q.spans]
        inner += [(m.start(), m.end()) for span in quote.spans for m in _INNER_QUOTE.finditer(doc.text, span.start, span.end)]
        for span in quote.spans:
            for tok in _owners_in(doc, span.start, span.end):
                if any(a <= tok.idx < b for a, b in inner):
                    continue
                noun = tok.head
                kin = [noun, *(c for c in noun.conjuncts if c.i > noun.i and c.tag_ == "NN" and not any(g.dep_ == "poss" for g in c.children))]
                gained = False
                for k in kin:
                    word = k.lower_
                    if not (word in lex.relative_nouns or word in _HOME_WORDS) or k.idx in covered:
                        continue
                    start = tok.idx if k is noun else k.idx
                    mention = Mention(start=start, end=k.idx + len(k.text), text=doc.text[start : k.idx + len(k.text)], kind="descriptor")
                    named = _apposed_person(k, by_id)
                    if named is not None:
                        _add(named, mention)
                    elif not _DESCRIBED.match(doc.text, mention.end):
                        continue  # ("My husband did the sums": most often the husband the article names)
                    else:
                        gender = lex.gendered.get(word) or _HOME_WORDS.get(word)
                        out.append(Entity(id=f"e{next_id}", name=f"{speaker.name}'s {word}", type="PERSON", gender=gender, mentions=[mention]))
                        next_id += 1
                    covered.add(k.idx)
                    gained = True
                if gained and tok.idx not in covered:
                    _add(speaker, Mention(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text, kind="pronoun"))
                    covered.add(tok.idx)
    return out


def _owners_in(doc: Doc, start: int, end: int) -> list[Token]:
    """'my'/'our' owning a singular, lower-case common noun, inside the quotation's span."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [t for t in span if t.lower_ in _OWNERS and t.dep_ == "poss" and t.head.tag_ == "NN" and t.head.is_lower]


def _apposed_person(noun: Token, by_id: dict[str, Entity]) -> Optional[Entity]:
    """The person a name set off after the kin noun names ("My mother, Eirlys, ran it")."""
    for ch in noun.children:
        if ch.dep_ == "appos" and ch.pos_ == "PROPN":
            for e in by_id.values():
                if e.type == "PERSON" and any(m.kind in ("name", "firstname") and m.start <= ch.idx < m.end for m in e.mentions):
                    return e
    return None


def _covered(entities: list[Entity]) -> set[int]:
    """Every character offset a mention starts a word at, for 'is this word taken' (by its
    start: the words tested are single tokens)."""
    out: set[int] = set()
    for e in entities:
        for m in e.mentions:
            k = m.start
            for word in m.text.split():
                at = m.text.find(word, k - m.start)
                out.add(m.start + at)
                k = m.start + at + len(word)
    return out


def _add(entity: Entity, mention: Mention) -> None:
    insort(entity.mentions, mention, key=lambda m: (m.start, m.end))
