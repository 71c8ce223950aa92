"""Entity clusters under construction: their mentions, type votes and gender evidence, merging,
and ``entity_at`` for finding the entity at a span of the output."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc

from dateline.extractors.entities.lexicon import PRONOUN_CONFLICT, PRONOUN_LOCK, STRONG_ORG_VOTES, Lexicon
from dateline.extractors.entities.syntax import _role_weight, _token_in_quote, quote_mask, sentence_bounds
from dateline.model import Entity
from dateline.nlp import columns, text_of, tokens_of


def entity_at(entities: list[Entity], start: int, end: int) -> Optional[Entity]:
    """The entity with a mention overlapping [start, end): a mention that contains the span
    wins over one that merely overlaps it, and a tighter mention over a looser one."""
    best: Optional[Entity] = None
    best_key: Optional[tuple[int, int]] = None
    for entity in entities:
        for m in entity.mentions:
            if m.start < end and start < m.end or (m.start == m.end == start == end):
                contains = 0 if (m.start <= start and end <= m.end) else 1
                key = (contains, m.end - m.start)
                if best_key is None or key < best_key:
                    best, best_key = entity, key
    return best


@dataclass
class _Mention:
    start: int
    end: int
    kind: str
    head: int  # token index, for order and salience
    sent: int
    weight: float


@dataclass
class _Cluster:
    key: tuple[str, ...] = ()
    mentions: list[_Mention] = field(default_factory=list)
    votes: Counter[str] = field(default_factory=Counter)
    genders: Counter = field(default_factory=Counter)  # stated: a title, a gendered noun
    pgenders: Counter = field(default_factory=Counter)  # from resolved pronouns
    roles: set[str] = field(default_factory=set)
    platform: bool = False
    unlowered: tuple[str, ...] = ()
    plural: bool = False
    unnamed_text: Optional[str] = None
    # "Marek" of "Marek and Ilse Sobel", one name to the tagger: the surname he shares
    pair_surname: Optional[str] = None
    ages: set[int] = field(default_factory=set)  # "Vitale, 31," or "the 29-year-old"
    # "He married Maureen Pickles ... Mrs Hallam": the surname she is later written by
    married_surname: Optional[str] = None
    peek: Counter = field(default_factory=Counter)  # the pronoun right after it names it as subject
    parent: Optional["_Cluster"] = None
    # A proper noun no pass took as a name, offered to the pronoun ranker only: it joins the
    # document's clusters when a pronoun is resolved to it (see _Resolver._materialize).
    latent: bool = False
    # a latent name that is the subject of a verb other than a copula somewhere ("Tanya found
    # ..."): offered to the ranker as a name like any other (latent.latent_clusters; at
    # extraction only)
    doer: bool = False
    materialized: bool = False  # a latent name a pronoun made a cluster (latesurnames.py)
    animal: bool = False  # a named animal (things.py): its own he/she, nobody's gender
    craft: bool = False  # a named craft or tool the text may call she (things.py), not a work or a product
    # where a former name is written ("Born Carmela Camilleri", birthnames.py): no display name
    former: set[int] = field(default_factory=set)

    def root(self) -> "_Cluster":
        c = self
        while c.parent is not None:
            c = c.parent
        return c

    @property
    def gender(self) -> Optional[str]:
        return _majority(self.genders) or _majority(self.pgenders)

    def gender_fit(self, gender: Optional[str]) -> float:
        """How well a gendered pronoun or noun fits: 0 against a stated gender; a low weight
        against pronoun evidence alone, since one early misresolved pronoun must not lock a
        person out of every later one."""
        if not gender:
            return 1.0
        stated = _majority(self.genders)
        if stated:
            return 1.0 if stated == gender else 0.0
        other = sum(n for g, n in self.pgenders.items() if g != gender)
        if other >= PRONOUN_LOCK and not self.pgenders[gender]:
            return 0.0
        return PRONOUN_CONFLICT if other > self.pgenders[gender] else 1.0

    def person_score(self) -> int:
        return self.votes["PERSON"] - self.votes["ORG"]

    def other_age(self, age: int) -> bool:
        """The text gave this one ages, none within a year of ``age`` ("Rosa, 11" is no "Rosa
        Quintero, 67"; a year's slip is the same person)."""
        return bool(self.ages) and all(abs(a - age) > 1 for a in self.ages)

    def is_person_like(self) -> bool:
        """More person evidence than ORG evidence; a tie (one ORG tag against the shape of
        a personal name) is not enough."""
        ps = self.person_score()
        return not self.platform and (ps > 0 or (ps == 0 and self.votes["ORG"] == 0))

    def is_weak_org(self, lex: Lexicon) -> bool:
        # Only a one-word name: the small model's bare-surname-as-ORG mistake ("Teigen").
        return (
            not self.platform
            and len(self.key) == 1
            and self.votes["ORG_KEYWORD"] == 0
            and self.votes["ORG"] < STRONG_ORG_VOTES
            and not any(t in lex.org_keywords for t in self.key)
            and not any(len(t) > 1 and t.isalpha() and t.isupper() for t in self.unlowered)
        )


def family_name_first(c: _Cluster) -> bool:
    """A name romanised family name first with a hyphened given name, as Korean names are ("Park
    Man-sik", "Lee Da-eun": a small letter after the hyphen)."""
    u = c.unlowered
    return len(u) == 4 and u[2] == "-" and u[3][:1].islower()


def _gender_conflict(c: _Cluster, gender: str) -> bool:
    c = c.root()
    if c.gender_fit(gender) == 0 or c.gender not in (None, gender):
        return True
    return _majority(c.peek) not in (None, gender) and not c.genders[gender]


def _majority(counts: Counter) -> Optional[str]:
    if not counts:
        return None
    (g1, n1), *rest = counts.most_common(2)
    return None if rest and rest[0][1] == n1 else g1


def _merge(into: _Cluster, other: _Cluster) -> _Cluster:
    into, other = into.root(), other.root()
    if into is other:
        return into
    into.mentions.extend(other.mentions)
    into.votes.update(other.votes)
    into.genders.update(other.genders)
    into.pgenders.update(other.pgenders)
    into.roles |= other.roles
    into.ages |= other.ages
    into.peek.update(other.peek)
    into.platform = into.platform or other.platform
    into.animal = into.animal or other.animal
    into.craft = into.craft or other.craft
    into.pair_surname = into.pair_surname or other.pair_surname
    into.married_surname = into.married_surname or other.married_surname
    into.former |= other.former
    if len(other.key) > len(into.key):
        into.key = other.key
    if into.unnamed_text is not None and other.key:
        into.unnamed_text = None
    other.parent = into
    other.mentions = []
    return into


class _Clusters:
    """The document's clusters, the tokens their mentions cover, and the sentence numbering
    salience is counted in."""

    def __init__(self, doc: Doc, lex: Lexicon):
        self.doc = doc
        self.toks = tokens_of(doc)  # doc[i] makes a new Token each time
        self.lex = lex
        self.in_quote = _token_in_quote(doc, quote_mask(text_of(doc)))
        # Distance is counted in narrative sentences: a long quotation between a name and the
        # "she said" after it does not push the name out of reach.
        self.sent_of = [0] * len(doc)
        si = 0
        self.sent_start_of = [0] * len(doc)
        cols = self._cols = columns(doc)
        in_quote, is_punct, text = self.in_quote, cols.is_punct, cols.text
        for start, end in sentence_bounds(doc):
            if any(not in_quote[i] and not is_punct[i] and text[i].strip() for i in range(start, end)):
                si += 1
            self.sent_of[start:end] = [si] * (end - start)
            self.sent_start_of[start:end] = [start] * (end - start)
        self.covered: dict[int, _Cluster] = {}  # token index -> cluster of the mention covering it
        self.clusters: list[_Cluster] = []
        self.last_seen: dict[int, int] = {}  # id(cluster root) -> token index of its latest mention
        # couples named together ("Ada and Tomas Verhoeven"), and honorifics that may mean either
        # one, with the honorific's gender, settled after pass 3 (couples.settle)
        self.couples: list[tuple[_Cluster, _Cluster]] = []
        self.wives: dict[str, _Cluster] = {}  # "Mr and Mrs Giles Aykroyd": his wife, by his name (builder)
        self.paired_at: dict[int, int] = {}  # id(cluster) -> token where it was named in its couple
        self.deferred: list[tuple[_Cluster, tuple[_Cluster, _Cluster], str, Optional[_Cluster]]] = []
        # "the bride" / "the groom" not yet told apart: (held cluster, the marrying pair, noun),
        # settled after pass 3 (wedding.settle)
        self.wedding_held: list[tuple[_Cluster, tuple[_Cluster, _Cluster], str]] = []
        self.wedding_words: Optional[bool] = None  # whether the article says "bride" or "groom" (wedding.py)

    # ---- mentions -------------------------------------------------------------------------------
    def add(self, cluster: _Cluster, s: int, e: int, kind: str, head: Optional[int] = None) -> None:
        cluster = cluster.root()
        cols = self._cols
        h = head if head is not None else e - 1
        m = _Mention(cols.idx[s], cols.idx[e - 1] + len(cols.text[e - 1]), kind, h, self.sent_of[h], _role_weight(self.toks[h]))
        cluster.mentions.append(m)
        for i in range(s, e):
            self.covered.setdefault(i, cluster)

    def new(self, **kw) -> _Cluster:
        c = _Cluster(**kw)
        self.clusters.append(c)
        return c
