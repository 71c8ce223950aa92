"""Shared ground for the fact rules: the per-article context that finds
entities at offsets and collects facts, and the parse helpers every rule uses (whom a
subject token stands for, which time a verb governs)."""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Optional

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from dateline.extractors.facts.described import (  # noqa: F401 (the rules import them from here)
    PARENT_FACTS,
    RELATIVE_FACTS,
    ROLE_FACTS,
    _kin_described,
    _named,
    _parent_described,
    _role_described,
)
from dateline.extractors.facts.facttable import FactTable
from dateline.extractors.facts.lexicon import (  # noqa: F401 (the rules import them from here)
    NUMBER_RE,
    PATTERNS_FILE,
    _regexes,
    number_value,
    patterns,
    person_heads,
    token_number,
)
from dateline.extractors.facts.turns import lent_first_person
from dateline.model import Article, Entity, Fact, Mention, Quote, Span, TimeExpr
from dateline.nlp import per_doc, sents_of, text_of

log = logging.getLogger(__name__)
PERSON = frozenset({"PERSON"})
ORG = frozenset({"ORG", "ORG_OR_PRODUCT"})
POSSESSIVES = {"his", "her", "their", "its", "our", "my"}
PLURAL_PRONOUNS = {"their", "they", "them", "we", "our", "us"}
APOSTROPHE_S = {"'s", "’s", "'", "’"}
DURATION_UNITS = {"years", "year", "decades", "decade", "months", "month"}
BABY_WORDS = {"baby", "boy", "girl", "son", "daughter", "twins", "child"}
FAMILY_VERBS = {"have", "share", "lose", "welcome", "marry", "wed", "married", "expect", "announce", "adopt",
                "divorce", "split", "separate", "name", "celebrate", "reveal", "confirm", "tie", "engage",
                *patterns()["child_raising_verbs"]["lemmas"]}
# "their"/"they" resolve to a couple only when it was named this close before (characters):
# about three paragraphs of news prose; further back a "their" usually means someone else.
COUPLE_REACH = 1500
COUPLE_WORDS = {"couple", "pair", "duo"}
MODALS = {"could", "would", "might", "may", "will", "should", "can", "must", "'ll", "’ll"}

# Confidence levels: rules that read a fixed surface pattern next to a name score higher
# than those that go through a pronoun, a couple or a parse attachment (hand-set, not tuned).
SURE, LIKELY = 0.9, 0.75


def _at(pair: tuple[int, tuple[Entity, Entity]]) -> int:
    return pair[0]


@dataclass
class _Ctx:
    doc: Doc
    article: Article
    entities: list[Entity]
    times: list[TimeExpr]
    # (the quotes stage's, when the caller has them: a quotation's 'I' and 'my' are its speaker's)
    quotes: list[Quote] = field(default_factory=list)
    text: str = ""
    mentions: list[tuple[Mention, Entity]] = field(default_factory=list)
    facts: FactTable = field(default_factory=FactTable)
    couples: list[tuple[int, tuple[Entity, Entity]]] = field(default_factory=list)
    siblings: list[tuple[int, tuple[Entity, Entity]]] = field(default_factory=list)
    # each couple's first position, by its two ids in order ("noted before this sentence?")
    couple_first: dict[tuple[str, str], int] = field(default_factory=dict)
    genders: list[tuple[Entity, str, int, int, float]] = field(default_factory=list)
    # a kin noun whose owner an earlier phrase settled: "son of A, ..., and his wife B" (A's wife)
    kin_owner_at: dict[int, Entity] = field(default_factory=dict)
    # the pairs a marriage verb joined (couples.py), before the events rule states the spouses
    wed: set[frozenset[str]] = field(default_factory=set)
    # what a rule reads of the mentions alone, made once per article (each rule says what it keeps)
    memo: dict[tuple, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.text = text_of(self.doc)
        own = [(m, e) for e in self.entities for m in e.mentions]
        taken = {(m.start, m.end) for m, _ in own}
        lent = [(m, e) for m, e in lent_first_person(self.doc, self.text, self.article.body_start, self.entities, self.quotes) if (m.start, m.end) not in taken]
        self.mentions = sorted(own + lent, key=lambda x: (x[0].start, -x[0].end))
        # Lookups below look only at the mentions that can match, found by bisection on the
        # starts (a scan of every mention per lookup made this stage quadratic in long articles).
        self._starts = [m.start for m, _ in self.mentions]
        self._longest = max((m.end - m.start for m, _ in self.mentions), default=0)
        self._by_end: dict[int, list[tuple[Mention, Entity]]] = {}
        for m, e in self.mentions:
            self._by_end.setdefault(m.end, []).append((m, e))
        self._time_order = sorted(range(len(self.times)), key=lambda i: self.times[i].start)
        self._time_starts = [self.times[i].start for i in self._time_order]
        self._longest_time = max((t.end - t.start for t in self.times), default=0)

    def times_overlapping(self, start: int, end: int) -> list[TimeExpr]:
        """The time expressions overlapping [start, end), in their list order."""
        lo = bisect_left(self._time_starts, start - self._longest_time)
        found = self._time_order[lo : bisect_left(self._time_starts, end)]
        return [self.times[i] for i in sorted(found) if start < self.times[i].end]

    def times_within(self, start: int, end: int) -> list[TimeExpr]:
        """The time expressions inside [start, end), in their list order."""
        found = self._time_order[bisect_left(self._time_starts, start) : bisect_left(self._time_starts, end)]
        return [self.times[i] for i in sorted(found) if self.times[i].end <= end]

    # -- finding entities -------------------------------------------------------------
    def covering(self, start: int, end: int, types: frozenset = PERSON) -> Optional[tuple[Mention, Entity]]:
        """The tightest mention containing [start, end)."""
        best = None
        lo, hi = bisect_left(self._starts, start - self._longest), bisect_right(self._starts, start)
        for m, e in self.mentions[lo:hi]:
            if e.type in types and m.start <= start and end <= m.end:
                if best is None or m.end - m.start < best[0].end - best[0].start:
                    best = (m, e)
        return best

    def body_name_roots(self, types: frozenset) -> Iterator[tuple[Mention, Entity, Token]]:
        """Each name mention of an entity of ``types`` in the article's body, with the root token
        of its words (where the Doc has a span for them)."""
        for m, e in self.mentions:
            if e.type not in types or m.kind != "name" or m.start < self.article.body_start:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                yield m, e, span.root

    def mentions_from(self, start: int) -> Iterator[tuple[Mention, Entity]]:
        """The mentions in order from the first that may end after ``start`` (a bisection, so
        that a rule reading a sentence's mentions does not walk from the article's first)."""
        return (self.mentions[k] for k in range(bisect_left(self._starts, start - self._longest), len(self.mentions)))

    def starting_at(self, start: int, types: frozenset = PERSON, kinds: tuple[str, ...] = ("name", "surname", "firstname")) -> Optional[tuple[Mention, Entity]]:
        """The longest name mention that starts at ``start``."""
        best = None
        for m, e in self.mentions[bisect_left(self._starts, start) : bisect_right(self._starts, start)]:
            if m.start == start and e.type in types and m.kind in kinds:
                if best is None or m.end > best[0].end:
                    best = (m, e)
        return best

    def ending_at(self, end: int, types: frozenset = PERSON, kinds: tuple[str, ...] = ("name", "surname", "firstname")) -> Optional[tuple[Mention, Entity]]:
        best = None
        for m, e in self._by_end.get(end, []):
            if m.end == end and e.type in types and m.kind in kinds:
                if best is None or m.start < best[0].start:
                    best = (m, e)
        return best

    def token_entity(self, tok: Token, types: frozenset = PERSON) -> Optional[Entity]:
        hit = self.covering(tok.idx, tok.idx + len(tok.text), types)
        return hit[1] if hit else None

    # Couples and siblings are kept sorted by position (ties in the order noted), so the pairs
    # near a position are one bisection away: scanning them all per lookup made a long article
    # with many couples quadratic.
    @staticmethod
    def pairs_within(pairs: list[tuple[int, tuple[Entity, Entity]]], lo: int, hi: int) -> list[tuple[int, tuple[Entity, Entity]]]:
        """The noted pairs at positions ``lo <= at <= hi``, in position order."""
        return pairs[bisect_left(pairs, lo, key=_at) : bisect_right(pairs, hi, key=_at)]

    def couple_before(self, pos: int) -> Optional[tuple[Entity, Entity]]:
        near = self.pairs_within(self.couples, pos - COUPLE_REACH, pos)
        return near[-1][1] if near else None

    def pair_before(self, pos: int, surname: Optional[str] = None,
                    keep: Optional[Callable[[tuple[Entity, Entity]], bool]] = None) -> Optional[tuple[Entity, Entity]]:
        """The couple or the two siblings named last before ``pos``: whom a plural
        possessive ('their mother') most likely means. A parent named with a surname both of
        an earlier pair share is theirs ('Lena and Marta Kovac ... Marta Kovac and her husband
        ... Their father, Josef Kovac': the sisters'). Only the pairs ``keep`` keeps."""
        lo = pos - COUPLE_REACH
        near = [pair for _, pair in sorted(self.pairs_within(self.couples, lo, pos) + self.pairs_within(self.siblings, lo, pos), key=_at)]
        near = [pair for pair in near if keep is None or keep(pair)]
        if surname is not None:
            same = [pair for pair in near if all(e.name.split()[-1:] == [surname] for e in pair)]
            if same:
                return same[-1]
        return near[-1] if near else None

    def siblings_before(self, pos: int) -> Optional[tuple[Entity, Entity]]:
        near = self.pairs_within(self.siblings, pos - COUPLE_REACH, pos)
        return near[-1][1] if near else None

    def twins_before(self, pos: int) -> Optional[tuple[Entity, Entity]]:
        """The last pair noted at a word 'twin' or 'twins', however far back: an article has
        few pairs of twins ("twins Chisomo and Chimwemwe Phiri ... The twins' parents")."""
        twins = [pair for at, pair in self.pairs_within(self.siblings, 0, pos) if self.text[at : at + 4].lower() == "twin"]
        return twins[-1] if twins else None

    def note_siblings(self, pos: int, a: Entity, b: Entity) -> None:
        if a.id != b.id:
            insort(self.siblings, (pos, (a, b)), key=_at)

    def note_couple(self, pos: int, a: Entity, b: Entity) -> None:
        if a.id != b.id:
            insort(self.couples, (pos, (a, b)), key=_at)
            first, second = sorted((a.id, b.id))
            self.couple_first[(first, second)] = min(pos, self.couple_first.get((first, second), pos))

    # -- emitting ---------------------------------------------------------------------
    def add(self, relation: str, subject: Entity, start: int, end: int, *, obj: Optional[Entity] = None,
            value: object = None, confidence: float = SURE, dated: bool = False, time: Optional[str] = None,
            born: Optional[tuple[str, str]] = None, as_of: Optional[str] = None, described_parent: bool = False) -> None:
        # (a described relative's marriage to somebody named: "His mother, a dentist, ... she
        # has been married since 2012 to Gil Ward")
        wedding = relation == "event" and value == "marriage" and obj is not None and _named(obj)
        if not (_named(subject) or ((relation in RELATIVE_FACTS or wedding) and _kin_described(subject, self.text))
                or (relation in ROLE_FACTS and _role_described(subject, self.text))
                or (described_parent and relation in PARENT_FACTS and _parent_described(subject, self.text))):
            return  # a fact about "a 43-year-old man" nobody names cannot be looked up
        if obj is not None and not _named(obj) and relation == "event":
            obj = None  # "lost their baby": the event stands, its unnamed object does not
        # ("Hendrik's wife, a bargeman's daughter": a described parent's described child)
        if obj is not None and (obj.id == subject.id or not (_named(obj) or (relation in RELATIVE_FACTS and (_named(subject) or described_parent)
                                                                              and _kin_described(obj, self.text)))):
            return
        key: tuple[str, str, Optional[str], Optional[str]]
        key = (relation, subject.id, obj.id if obj else None, str(value).lower() if value is not None else None)
        if relation in ("spouse", "sibling") and obj is not None:
            first, second = sorted((subject.id, obj.id))
            key = (relation, first, second, None)
        if relation == "death":
            # one death per person: a dated statement wins over an undated one
            key = (relation, subject.id, None, None)
            old = self.facts.get(key)
            if old is not None and old.value is None and value is not None:
                del self.facts[key]
        if relation == "event" and time is not None and key in self.facts and self.facts[key].time is None:
            del self.facts[key]  # (a dated reading of the same event wins: "married X, a signalman, in 1955")
        if key in self.facts:
            return
        if relation == "occupation" and self.text[end : end + 2] in ("'s", "’s") and not described_parent:
            return  # "Rhodri is a Tregaron shepherd's son": the job is the possessor's, someone else's
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        self.facts[key] = Fact(
            id="",
            relation=relation,
            subject=subject.id,
            object=obj.id if obj else None,
            value=value,
            as_of=as_of if as_of is not None else (self.article.date if dated else None),
            born_between=born,
            time=time,
            evidence=Span(start=start, end=end, text=self.text[start:end]),
            confidence=confidence,
        )

    def add_gender(self, entity: Entity, gender: Optional[str], start: int, end: int, confidence: float) -> None:
        if gender and (_named(entity) or _kin_described(entity, self.text) or _role_described(entity, self.text)
                       or _parent_described(entity, self.text)):  # ("the daughter of a seamstress")
            self.genders.append((entity, gender, start, end, confidence))


def _sentences(doc: Doc) -> list[SpacySpan]:
    """Sentences, or the whole text as one when the pipeline sets no boundaries (a blank
    pipeline: the rules that read the parse then find nothing, the surface ones still work).
    Made once per Doc (six rules ask, and each ``doc.sents`` makes every Span again); callers
    must not change the list."""
    memo = per_doc(doc, "facts.sentences")
    sents = memo.get(None)
    if sents is None:
        if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
            sents = memo[None] = sents_of(doc)
        else:
            sents = memo[None] = [doc[:]]
    return sents


def _sentence(tok: Token) -> SpacySpan:
    """``tok.sent`` (the same bounds), found by bisection among ``_sentences``: ``Token.sent``
    walks the sentence's tokens to both ends and makes a Span per call."""
    doc = tok.doc
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        sents = _sentences(doc)
        memo = per_doc(doc, "facts.sentences")
        starts = memo.get("starts")
        if starts is None:
            starts = memo["starts"] = [s.start for s in sents]
        return sents[bisect_right(starts, tok.i) - 1]
    return doc[:]


def _tok_end(tok: Token) -> int:
    return tok.idx + len(tok.text)


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.conjuncts:
        if c not in out:
            out.append(c)
    return sorted(out, key=lambda t: t.i)


def _family_name(ctx: _Ctx, tok: Token, parents: bool = False) -> list[Entity]:
    """'The Ashworths' after a couple named with that surname ('Ben and Laura Ashworth'): the
    couple; with ``parents`` ("The Phelans' father"), the brothers and sisters of that surname."""
    word = tok.text
    if not (word[:1].isupper() and word.endswith("s") and len(word) > 3 and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the"):
        return []
    # ("the Joneses", "the Pybuses": a surname ending in a hiss takes "es")
    stems = {word[:-1], word[:-2]} if word.endswith(("ses", "xes", "zes", "ches", "shes")) else {word[:-1]}
    if parents:
        # (the two noted as siblings, both bearing the name: "Her sister, Bridget Phelan")
        kin = [pr for at, pr in ctx.siblings if at < tok.idx and all(e.name.split()[-1] in stems for e in pr)]
        return list(kin[-1]) if kin else []
    pair = ctx.couple_before(tok.idx)
    if pair and any(e.name.split()[-1] in stems for e in pair):
        return list(pair)
    # a family name is no pronoun: 'the Duttas' pages after 'Anil and Reena Dutta' is still
    # them, when no other pair of that surname was named in between
    # (a partner named by the first name alone bears no other surname: "Hector LeBlanc ... his
    # wife, Marguerite ... The LeBlancs' only son")
    same = [p for at, p in ctx.couples if at < tok.idx and all(e.name.split()[-1] in stems or " " not in e.name for e in p)
            and any(e.name.split()[-1] in stems and " " in e.name for e in p)]
    return list(same[-1]) if same else []


def _resolve(ctx: _Ctx, tok: Token, direct_only: bool = False, couples: bool = True) -> list[Entity]:
    """People a subject/possessor token stands for: its own mention, or a couple for 'they'."""
    if direct_only:
        hit = ctx.covering(tok.idx, _tok_end(tok))
        return [hit[1]] if hit and hit[0].end - hit[0].start <= len(tok.text) + 1 else []
    if tok.lower_ == "who" and tok.i >= 2 and tok.doc[tok.i - 1].text == "," and (
            _plural_verb(tok.head) or (couples and _number_neutral(tok.head))):
        # "Tom and Greta Vance, who have run the inn": both of them (and "Scott and Amber
        # Pelkey, who welcomed a daughter": a past verb says no number, the pair is the phrase)
        both = _pair_ending_before(ctx, tok)
        if both:
            return both
    family = _family_name(ctx, tok) if couples else None
    if family:
        return family
    if tok.lower_ == "who" and tok.i >= 2 and tok.doc[tok.i - 1].tag_ == "NNPS" and tok.doc[tok.i - 2].lower_ == "the":
        return []  # ("the Dhillons who run Pind Sweets": a family the text does not name one by one)
    if tok.lower_ == "who" and tok.i >= 2 and tok.doc[tok.i - 1].text == ",":
        # "Priya Roe, its finance director, who joined ...": the person the phrase right before
        # the comma describes, over the pronoun stage's link for 'who'; likewise the name right
        # before it ("four children: Rajiv, Anjali, Suresh and Latha, who died in 1971")
        described = ctx.covering(tok.doc[tok.i - 2].idx, _tok_end(tok.doc[tok.i - 2]))
        if described is not None and described[0].kind in ("descriptor", "name", "firstname") and _named(described[1]) \
                and described[0].end == _tok_end(tok.doc[tok.i - 2]):
            return [described[1]]
    if couples and tok.lower_ in COUPLE_WORDS and tok.dep_ == "poss":
        # "the couple's two children": the pair, though the entity stage may have put the
        # whole phrase in one child's cluster
        pair = ctx.couple_before(tok.idx)
        if pair:
            return list(pair)
    if couples and tok.dep_ in ("nsubj", "nsubjpass") and _man_and_wife(tok):
        # "Husband and wife have three children": the couple last named
        pair = ctx.couple_before(tok.idx)
        if pair:
            return list(pair)
    ent = ctx.token_entity(tok)
    if ent is not None and (_named(ent) or tok.lower_ not in patterns()["kinship"]):
        return [ent]
    appos = [c for c in tok.children if c.dep_ == "appos"]
    # (a lower-case word the tagger took for a name is a noun too: "whose matai, Leota Fiso, died")
    if appos and (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)) and not (couples and tok.lower_ in COUPLE_WORDS):
        # (not "The couple had eight children ...: Dr Yaw Boateng, 64; Comfort": a list the
        # parser hangs on the couple names their children, never the couple itself)
        # "The painter Olga Brandt died": the name in apposition is the subject
        named_appos = ctx.token_entity(appos[0])
        if named_appos is not None:
            return [named_appos]
    if tok.lower_ == "who" and tok.i >= 2 and tok.doc[tok.i - 1].text == ",":
        # "the son of Piet Rieve, who was ...": the name right before ", who" even where the
        # parse hangs the clause on an earlier noun
        before = ctx.ending_at(_tok_end(tok.doc[tok.i - 2]))
        if before is not None:
            return [before[1]]
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head  # "X, whose family owned it and who died in May": the first clause's
    if tok.lower_ in ("who", "that") and clause.dep_ == "relcl":
        noun = clause.head
        if tok.lower_ == "who" and noun.dep_ == "pobj" and noun.pos_ in ("NOUN", "PROPN") and ctx.token_entity(noun) is None \
                and noun.head.head.pos_ in ("NOUN", "PROPN") and not _person_noun(noun.lower_):
            # "a former mayor of the town who led ...", "a schoolmaster in Thanjavur who died":
            # 'who' is the mayor, not the town or place (but "the son of a farmer who emigrated"
            # is the farmer)
            noun = noun.head.head
        if tok.lower_ == "who" and noun.dep_ == "attr" and noun.head.lemma_ == "be" and noun.pos_ == "NOUN" \
                and ctx.token_entity(noun) is None:
            # "His father was a schoolmaster who died in 1979": the schoolmaster ('who' names a
            # person, whatever the noun) is the subject
            subj = [c for c in noun.head.children if c.dep_ == "nsubj" and c.i < noun.i]
            if len(subj) == 1:
                return _resolve(ctx, subj[0], couples=couples)
        if noun.tag_ in ("NNS", "NNPS") and ctx.token_entity(noun) is None:
            # "Lena and Marta Kovac, sisters who run ...": both names
            both = _pair_ending_before(ctx, noun)
            if both:
                return both
        if noun.dep_ == "appos" and noun.pos_ == "NOUN" and ctx.token_entity(noun) is None and noun.lower_ not in COUPLE_WORDS:
            # "Arthur Lin, a union organiser who died in 1990": the organiser is Arthur Lin
            noun = noun.head
        return _resolve(ctx, noun, couples=couples)
    if tok.lower_ in patterns()["kinship"]:
        # "she and her husband, Marco Vitale" as a subject: the name after the noun
        from dateline.extractors.facts.namelists import _names_after  # (namelists reads this module)

        named, _ = _names_after(ctx, tok.i, _sentence(tok), many=False)
        if named:
            return named
    if ent is not None:
        # "whose husband, the fisherman Martin Quill, died": the name, else the relative unnamed
        return [ent]
    the_two = tok.lower_ == "two" and tok.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "the" for c in tok.children)
    if couples and (tok.lower_ in PLURAL_PRONOUNS or tok.lower_ in COUPLE_WORDS or the_two):  # ("The two met ... and married")
        from dateline.extractors.facts.kinlists import _partner_pair  # (kinlists reads this module)

        # "A and his partner, B, plan a restaurant; the couple have a son": the partners, in
        # their own sentence only
        pair = _partner_pair(ctx, _sentence(tok), tok.i) or _partners_just_before(ctx, tok) or ctx.couple_before(tok.idx)
        if pair:
            return list(pair)
    return []


_SPOUSE_PAIRS = {("husband", "wife"), ("wife", "husband"), ("man", "wife")}


def _man_and_wife(tok: Token) -> bool:
    """"Husband and wife", bare of any article or owner: the couple as one subject."""
    return any(c.dep_ == "conj" and (tok.lower_, c.lower_) in _SPOUSE_PAIRS and not any(d.dep_ in ("det", "poss") for d in (*tok.children, *c.children))
               for c in tok.children)


def _partners_just_before(ctx: _Ctx, tok: Token) -> Optional[tuple[Entity, Entity]]:
    """"X lives in Leeds with his partner, Y, a nurse. The pair have a son": partners named in
    the sentence right before, when no couple was noted since they were."""
    from dateline.extractors.facts.kinlists import _partner_pair

    sent = _sentence(tok)
    if sent.start == 0:
        return None
    prev = _sentence(ctx.doc[sent.start - 1])
    pair = _partner_pair(ctx, prev, prev.end)
    words = patterns()["household_partners"]["words"]
    at = max((t.idx for t in prev if t.lower_ in words), default=prev.start_char)
    return None if pair is None or ctx.pairs_within(ctx.couples, at, tok.idx) else pair


def _person_noun(word: str) -> bool:
    return word in person_heads()


def _number_neutral(verb: Token) -> bool:
    """'welcomed', 'will open': a verb (or its auxiliary) that shows no number."""
    aux = [t for t in verb.children if t.dep_ in ("aux", "auxpass")]
    return (verb.tag_ == "VBD" and not aux) or any(t.tag_ == "MD" for t in aux)


def _plural_verb(verb: Token) -> bool:
    """'have run', 'are', 'were': a verb (or its auxiliary) in a plural form."""
    return any(t.tag_ == "VBP" or t.lower_ in ("were", "are") for t in [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))])


def _pair_ending_before(ctx: _Ctx, noun: Token) -> list[Entity]:
    """The two people named as 'A and B' right before ``noun`` (a noun or 'who') and its comma."""
    k = noun.i - 1
    if k < 1 or noun.doc[k].text != ",":
        return []
    second = ctx.ending_at(noun.doc[k].idx)
    if second is None and k >= 3 and noun.doc[k - 1].like_num and noun.doc[k - 2].text == ",":
        second = ctx.ending_at(noun.doc[k - 2].idx)  # ("Maree and her husband, Col Hennessy, 66, who married")
    if second is None:
        return []
    # "Lesley and her husband, Anil Mistry, who have a son": the two as well
    gap = re.search(r"\s+and\s+(?:his|her)\s+(?:[a-z]+\s+)?[a-z]+,\s+$", ctx.text[max(0, second[0].start - 40) : second[0].start])
    if ctx.text[second[0].start - 5 : second[0].start] != " and " and gap is None:
        return []
    first = ctx.ending_at(second[0].start - 5 if gap is None else second[0].start - len(gap.group(0)))
    return [first[1], second[1]] if first is not None and first[1] is not second[1] else []
