"""Third-person pronouns inside a quotation that a speaker uses as plain narration: '"My first
sergeant, Hector Munro. He ran the station ... He died on Sunday, at 90. His daughter, Morven,
phoned me."'. The pronoun pass leaves every quoted word alone (whom a speaker means is not the
narrator's salience); but a 'he', 'she', 'his' or 'her' that opens a sentence in the quotation
continues the first person the quotation's sentence before it named, when that one fits the
pronoun's gender. Only within one quotation and one paragraph, and only at extraction (the
pronoun ranker's training reads the pass as it was)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from dateline.extractors.entities.syntax import sentence_bounds
from dateline.nlp import columns, tokens_in

if TYPE_CHECKING:
    from dateline.extractors.entities.builder import _Builder
    from dateline.extractors.entities.clusters import _Cluster

_OPENERS = frozenset({"he", "she", "his", "her"})
_HE_SHE = ("he", "she")


def quoted_pronouns(b: "_Builder") -> None:
    if b.observe is not None:
        return
    cols = columns(b.doc)
    lower, text, in_quote = cols.lower, cols.text, b.in_quote
    _reported_in_quotes(b)
    bounds = sentence_bounds(b.doc)
    for (ps, _), (s, e) in zip(bounds, bounds[1:], strict=False):
        i = s
        while i < e and (cols.is_punct[i] or cols.is_space[i]):
            i += 1
        if i >= e or lower[i] not in _OPENERS or not in_quote[i] or i in b.covered:
            continue
        # (one quotation: the quoted words of the sentence before, back to the first word outside
        # it ('Jon Ure said: "…'), with no paragraph break between)
        words: list[int] = []
        for k in range(i - 1, ps - 1, -1):
            if cols.is_punct[k] or cols.is_space[k]:
                if "\n" in text[k]:
                    break
                continue
            if not in_quote[k]:
                break
            words.append(k)
        words.reverse()
        if not words or any("\n" in text[k] for k in range(words[0], i)):
            continue
        gender = b.lex.pronouns.get(lower[i])
        c = _first_person_named(b, words, gender)
        if c is not None:
            b.add(c, i, i + 1, "pronoun")
            if gender:
                c.root().pgenders[gender] += 1


def _first_person_named(b: "_Builder", words: list[int], gender: Optional[str]) -> Optional["_Cluster"]:
    """The first person-like cluster the words mention; None when it is of the other gender."""
    for k in words:
        c = b.covered.get(k)
        if c is None:
            continue
        c = c.root()
        if c.platform or c.plural or c.animal or not c.is_person_like():
            continue
        return c if gender is None or c.gender in (gender, None) else None
    return None


def _reported_in_quotes(b: "_Builder") -> None:
    """'"Calum says he is the first Fraser to join"': inside a quotation too, the subject of what
    a named person is said to say is, by the reporting convention, that person."""
    cols = columns(b.doc)
    toks = b.doc
    for i in [i for i in tokens_in(b.doc, "lower", _HE_SHE) if b.in_quote[i] and i not in b.covered]:
        tok = toks[i]
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in b.lex.speech_verbs:
            continue
        if not b.in_quote[verb.head.i]:
            continue  # ('Yaw Mensah said: "She has earned it."': the quotation's own speaker is its "I", not its "she")
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i < i]
        # (the name, or the name apposed to the subject: "Our neighbour, Kirsty Lamb, says she")
        said = [t for c in subjects for t in [c, *(a for a in c.children if a.dep_ == "appos")] if t.i in b.covered]
        gender = b.lex.pronouns.get(cols.lower[i])
        c = b.covered[said[0].i].root() if len(subjects) == 1 and said else None
        if c is None or c.platform or c.plural or not c.is_person_like() or c.gender not in (gender, None):
            continue
        if not any(m.kind == "name" and m.head == said[0].i for m in c.mentions):
            continue  # (a name said there, not a pronoun or a description)
        b.add(c, i, i + 1, "pronoun")
        if gender:
            c.pgenders[gender] += 1
