"""'the younger, Patricio Vélez, was the firm's export director until he died': a he or she
that is the subject of a time or reason clause on a main clause is the person named in
apposition to that clause's subject, when the subject is a noun no mention covers ("the
younger") and the pronoun's gender fits: the ranker, which sees no subject there, weighs the
paragraph's topic over it. At extraction only: the ranker's training on GAP reads its own
picks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.clusters import _Cluster

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver

# subordinators of a clause about the main clause's subject's own time or reasons
_MARKS = frozenset({"until", "till", "when", "before", "after", "because", "since", "while", "once"})


def adverbial_subject(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional[_Cluster]:
    if getattr(r, "observe", None) is not None or tok.tag_ != "PRP" or tok.dep_ != "nsubj":
        return None
    verb = tok.head
    # (the parser tags "when" as an adverb as often as a subordinator: "until last year, when he died")
    if verb.dep_ != "advcl" or verb.head.i > tok.i or not any(c.dep_ in ("mark", "advmod") and c.lower_ in _MARKS and c.i < tok.i for c in verb.children):
        return None
    subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if subject.i in r.covered:
        return None  # (a subject the mentions cover is the ranker's to weigh: "Lee hired Dale after he left")
    return _one_person(r, [c.i for c in subject.children if c.dep_ == "appos"], gender)


def _one_person(r: "_Resolver", words: list[int], gender: Optional[str]) -> Optional[_Cluster]:
    """The one cluster the words are mentions of, when it is a single person the gender fits."""
    found = {id(r.covered[k].root()): r.covered[k].root() for k in words if k in r.covered}
    if len(found) != 1:
        return None
    c = next(iter(found.values()))
    return None if c.platform or c.plural or not c.is_person_like() or c.gender_fit(gender) <= 0 else c


def where_subject(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional[_Cluster]:
    """'Aroha Tuhiwai joined the hospital from Waikato Hospital in Hamilton, where she was a
    nurse educator': the he or she of a "where" clause on a place or body its own clause's subject
    came from or went to is that subject, when nobody else in the sentence before it fits the
    pronoun (the ranker weighs a woman named earlier over a name the text has not yet gendered)."""
    if getattr(r, "observe", None) is not None or tok.tag_ != "PRP" or tok.dep_ != "nsubj":
        return None
    verb = tok.head
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" and c.i < tok.i for c in verb.children):
        return None
    place = verb.head
    if place.i in r.covered and r.covered[place.i].root().is_person_like():
        return None
    main = place
    while main.dep_ in ("pobj", "prep", "appos", "compound", "dobj", "conj") and main.head.i != main.i:
        main = main.head
    if main.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return None
    # (or the name apposed to a subject no mention covers: "O'Sullivan's successor, Aroha Tuhiwai")
    words = [subjects[0].i] if subjects[0].i in r.covered else [ch.i for ch in subjects[0].children if ch.dep_ == "appos"]
    c = _one_person(r, words, gender)
    if c is None:
        return None
    # (the subject's own phrase aside: "O'Sullivan's successor, Aroha Tuhiwai, ... where she")
    own = range(subjects[0].left_edge.i, subjects[0].right_edge.i + 1)
    start = r.sent_start_of[tok.i]
    others = {id(o.root()) for k in range(start, tok.i) if k in r.covered and k not in own and (o := r.covered[k].root()) is not c
              and o.is_person_like() and not o.platform and o.gender_fit(gender) > 0}
    return None if others else c
