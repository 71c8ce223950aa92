"""PERSON and ORG mentions clustered into document-level entities.

Three passes over one parsed Doc, each linear in its length:

1. name spans: spaCy's PERSON/ORG ents, repaired (a split name re-joined, a leading
   first name added, ``Luna, 4,`` read as a person, platforms typed as products);
2. name clusters: full names first, then surname, first-name and title mentions, each
   linked to the most recently mentioned compatible full name;
3. one left-to-right pass that resolves third-person pronouns and definite descriptors
   (``the 52-year-old coach``, ``the club``, ``their son``) to the most salient
   compatible cluster, accruing gender and type evidence as it goes.

The lexicons live in ``dateline/patterns/entities.json``.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from spacy.tokens import Doc, Token

from dateline.model import Entity, Mention
from dateline.nlp import text_of, tokens_of

PATTERNS = Path(__file__).resolve().parent.parent / "patterns" / "entities.json"

# All weights and windows below were hand-set, then checked together on the seed, on the
# fictional tests and on PolNeAR dev (share of quoted-speech sources that are some entity's
# mention); PolNeAR has no coreference gold to tune them against more finely.

# Salience of a mention by its syntactic role (Lappin & Leass style: subjects are the
# likeliest antecedents, then objects, then the rest).
AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "dative", "appos"})
ROLE_WEIGHT = {"nsubj": 1.0, "nsubjpass": 1.0, "csubj": 1.0, "dobj": 0.6, "dative": 0.5, "attr": 0.6,
               "oprd": 0.6, "poss": 0.5, "pobj": 0.4, "appos": 0.6}
OTHER_ROLE = 0.3
EMBEDDED = 0.7
# Salience halves with each sentence back; nothing older than WINDOW sentences is a candidate
# for a pronoun (news prose re-names people at least every few sentences).
DECAY = 0.5
WINDOW = 3
DESCRIPTOR_WINDOW = 5
# A cluster whose name spaCy tagged ORG but that carries no organization keyword can still be
# a person (spaCy's small model often tags bare surnames ORG); it competes at this discount.
WEAK_ORG_DISCOUNT = 0.5
TIE_DISCOUNT = 0.8  # one ORG tag against a personal name's shape: nearly a person
STRONG_ORG_VOTES = 3  # spaCy tagging the same full name ORG this often is believed
# Gender seen only through earlier pronouns is soft: one misresolved "she" must not lock a man
# out of every later "he" (it happened on PolNeAR), but several settle it.
PRONOUN_CONFLICT = 0.1
PRONOUN_LOCK = 3
ROLE_CONFLICT = 0.3  # "the nominee" is unlikely to be someone introduced as a judge
THEY_WINDOW = 2
# Evidence weights for the cluster type, against one vote per spaCy label; whole numbers, as
# they add up in the same Counter as the label votes.
# "First Last" with no organization keyword, once per cluster: outweighs one ORG tag on a
# two-word name ("Helena Marsh" tagged ORG), not an ORG tag repeated over several mentions.
W_SHAPE = 1
W_PERSON_NOUN = 5  # a title, an apposed role noun, a person descriptor resolved to it
W_PRONOUN = 2      # a he/she pronoun resolved to it
W_AGE = 5          # "Luna, 4,"
W_ORG_KEYWORD = 10
W_ORG_NOUN = 2

# Tags the small model gives a capitalized surname it does not know.
KNOWN_NAME_TAGS = frozenset({"NN", "NNS", "VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "RB", "MD", "JJ", "UH", "FW"})

QUOTE_OPEN = {'"': '"', "\u201c": "\u201d"}
QUOTE_CLOSE = {'"', "\u201d"}


@dataclass(frozen=True)
class Lexicon:
    pronouns: dict[str, str]
    titles: dict[str, Optional[str]]
    gendered: dict[str, str]
    child_nouns: frozenset[str]
    person_nouns: frozenset[str]
    org_nouns: frozenset[str]
    org_keywords: frozenset[str]
    org_suffixes: frozenset[str]
    platforms: frozenset[str]
    not_entities: frozenset[str]
    naming_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    speaker_nouns: frozenset[str]
    role_synonyms: dict[str, str]
    new_referent: frozenset[str]
    occupations: frozenset[str]
    person_verbs: frozenset[str]
    employee_roles: frozenset[str]
    employer_heads: frozenset[str]
    not_names: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = json.loads(PATTERNS.read_text(encoding="utf-8"))
    return Lexicon(
        pronouns=data["pronouns"],
        titles=data["titles"],
        gendered=data["gendered_nouns"],
        child_nouns=frozenset(data["child_nouns"]),
        person_nouns=frozenset(data["person_nouns"]) | frozenset(data["child_nouns"]) | frozenset(data["occupations"]),
        org_nouns=frozenset(data["org_nouns"]),
        org_keywords=frozenset(data["org_keywords"]),
        org_suffixes=frozenset(data["org_suffixes"]),
        platforms=frozenset(data["platforms"]),
        not_entities=frozenset(data["not_entities"]),
        naming_verbs=frozenset(data["naming_verbs"]),
        speech_verbs=frozenset(data["speech_verbs"]),
        speaker_nouns=frozenset(data["speaker_nouns"]) | frozenset(data["person_nouns"]),
        role_synonyms=data["role_synonyms"],
        new_referent=frozenset(data["new_referent_modifiers"]),
        occupations=frozenset(data["occupations"]),
        person_verbs=frozenset(data["person_verbs"]),
        employee_roles=frozenset(data["employee_roles"]),
        employer_heads=frozenset(data["employer_heads"]),
        not_names=frozenset(data["not_names"]),
    )


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
    ages: set[int] = field(default_factory=set)  # "Vitale, 31," or "the 29-year-old"
    peek: Counter = field(default_factory=Counter)  # the pronoun right after it names it as subject
    parent: Optional["_Cluster"] = None

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
    if len(other.key) > len(into.key):
        into.key = other.key
    if into.unnamed_text is not None and other.key:
        into.unnamed_text = None
    other.parent = into
    other.mentions = []
    return into


def quote_mask(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks. A paragraph end closes a quotation left open
    (the multi-paragraph convention), so a stray mark can't swallow the rest of the text."""
    ranges: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        open_at: Optional[int] = None
        for i, ch in enumerate(para):
            if open_at is None:
                if ch in QUOTE_OPEN:
                    open_at = pos + i
            elif ch in QUOTE_CLOSE:
                ranges.append((open_at, pos + i + 1))
                open_at = None
        if open_at is not None:
            ranges.append((open_at, pos + len(para)))
        pos += len(para) + 1
    return ranges


def _token_in_quote(doc: Doc, ranges: list[tuple[int, int]]) -> list[bool]:
    flags = [False] * len(doc)
    if not ranges:
        return flags
    j = 0
    # Offsets as one array: making a Token per word costs more than the rest of this loop.
    for i, idx in enumerate(doc.to_array("IDX").tolist()):
        while j < len(ranges) and ranges[j][1] <= idx:
            j += 1
        if j == len(ranges):
            break
        if ranges[j][0] <= idx:
            flags[i] = True
    return flags


def _is_name_token(tok: Token, loose: bool = False, known: bool = False) -> bool:
    """A capitalized proper-noun token. ``loose`` also accepts a capitalized common-noun tag
    away from the sentence start: the small model tags rarer surnames NN ("Hannity said").
    ``known`` (the word is a name already found in the article) accepts any open-class tag,
    even at the sentence start ("Trump shot back" tagged NN, "Will wrote" tagged MD)."""
    if not tok.text[:1].isupper() or not any(c.isalpha() for c in tok.text):
        return False
    if tok.tag_ in ("NNP", "NNPS"):
        return True
    if known:
        return tok.tag_ in KNOWN_NAME_TAGS and tok.text[1:].islower()
    return loose and tok.tag_ in ("NN", "NNS") and tok.is_sent_start is False and tok.text[1:].islower()


def _possessive(tok: Token) -> bool:
    # A curly "’s" before a quotation is sometimes tagged as a closing quote, not POS.
    return tok.tag_ == "POS" or tok.lower_ in ("'s", "\u2019s")


def _across_paragraph(tok: Token) -> bool:
    head = tok.head
    if head.i >= tok.i:
        return False
    doc = tok.doc
    # Token by token: Doc.text is rebuilt on every access.
    return any("\n" in doc[k].text_with_ws for k in range(head.i, tok.i))


def _role_weight(tok: Token) -> float:
    dep = tok.dep_
    while dep == "conj" and tok.head is not tok:
        tok = tok.head
        dep = tok.dep_
    if _across_paragraph(tok):
        # Attached to a word of another paragraph: a mis-parse of a paragraph that opens on
        # its subject ("Vitale, 31, plays for Torino" hung on the paragraph before).
        return ROLE_WEIGHT["nsubj"]
    weight = ROLE_WEIGHT.get(dep, OTHER_ROLE)
    # The subject of the main clause outranks the subject of a clause inside it ("Clinton
    # says that Trump never paid ... She says": she is Clinton).
    verb = tok.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    if dep in ("nsubj", "nsubjpass") and verb.dep_ not in ("ROOT",):
        weight *= EMBEDDED
    return weight


@dataclass
class _NameSpan:
    start: int  # token indices, half-open
    end: int
    label: Optional[str]  # spaCy's label when the span is exactly spaCy's PERSON/ORG ent
    platform: bool = False
    age: bool = False


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the sentences; one sentence for a pipeline that sets none (a blank
    model given with --model), so the stage degrades instead of failing."""
    if not len(doc):
        return []
    if not doc.has_annotation("SENT_START"):
        return [(0, len(doc))]
    # A paragraph break always ends a sentence: the small model sometimes runs a short
    # paragraph into the next one ("... a son, Teo, 2.\n\nVitale, 31, plays ..."), which would
    # put both in one sentence for salience.
    out = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if tok.i > start and tok.is_space and "\n" in tok.text:
                out.append((start, tok.i + 1))
                start = tok.i + 1
        if start < sent.end:
            out.append((start, sent.end))
    return out


def _name_spans(doc: Doc, lex: Lexicon, sent_start_of: list[int]) -> list[_NameSpan]:
    taken = [False] * len(doc)
    spans: list[_NameSpan] = []

    def blocked(tok: Token) -> bool:
        return (
            taken[tok.i]
            or not _is_name_token(tok)
            or tok.lower_ in lex.titles
            or tok.lower_ in lex.occupations
            or tok.lower_ in lex.platforms
            or tok.ent_type_ not in ("", "PERSON", "ORG")
        )

    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG") or taken[ent.start]:
            continue
        s, e = ent.start, ent.end
        # A leading title is not part of the name ("Councillor Iris Fenn"); it is read back
        # as a title when the name is clustered.
        while s < e and (
            doc[s].lower_ in ("the", "a", "an")
            or not doc[s].text.strip()
            or (doc[s].lower_ in lex.titles and e - s > 1)
            # "Singer Rosa Delgado", "Footballer Tiago Brandt": a job word capitalized at the
            # sentence start describes the name that follows it.
            or (doc[s].lower_ in lex.occupations and (e - s > 2 or (e - s == 2 and doc[s].is_sent_start)))
            or (ent.label_ == "ORG" and doc[s].text[:1].islower() and e - s > 1)  # "state Department of ..."
        ):
            s += 1
        # A headline ent can run into a quotation ("Obama Sees 'Personal Insult"), and an ent
        # can run on past a possessive ("Trump's 1995"): a name stops at the first quotation
        # mark, bracket or possessive.
        for i in range(s, e):
            if doc[i].is_quote or doc[i].is_bracket or _possessive(doc[i]):
                e = i
                break
        while e > s and (_possessive(doc[e - 1]) or doc[e - 1].is_punct or not doc[e - 1].text.strip()):
            e -= 1
        if s >= e:
            continue
        text = doc[s:e].text
        low = text.lower()
        if low in lex.not_entities:
            continue
        if low in lex.platforms:
            for i in range(s, e):
                taken[i] = True
            spans.append(_NameSpan(s, e, None, platform=True))
            continue
        exact = (s, e) == (ent.start, ent.end) or (s > ent.start and e == ent.end)
        # A first name spaCy left outside a one-word ent ("Chrissy" + ORG "Teigen"), or the rest
        # of a split name on the right; never across a title, a platform or another kind of
        # ent, and never onto a name spaCy already found whole ("Miss Universe Alicia Machado").
        grown = False
        sent_start = sent_start_of[s]
        while s > sent_start and e - s < 2 and not blocked(doc[s - 1]):
            s -= 1
            grown = True
        while ent.label_ == "PERSON" and e < len(doc) and e - s < 2 and sent_start_of[e] == sent_start and not blocked(doc[e]):
            e += 1
            grown = True
        for i in range(s, e):
            taken[i] = True
        spans.append(_NameSpan(s, e, ent.label_ if exact and not grown else None, age=_age_follows(doc, e)))
    # A full name that shares its surname with a person already found is a person, whatever
    # spaCy called it ("Tomas Vidal" tagged FAC after "Rosa Vidal").
    surnames = {doc[sp.end - 1].lower_ for sp in spans if sp.label == "PERSON" and sp.end - sp.start > 1}
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG") or not 1 < len(ent) < 4 or any(taken[i] for i in range(ent.start, ent.end)):
            continue
        if ent[-1].lower_ in surnames and all(_is_name_token(t) and t.lower_ not in lex.titles for t in ent):
            for i in range(ent.start, ent.end):
                taken[i] = True
            spans.append(_NameSpan(ent.start, ent.end, None))
    # Every rule below starts from a capitalized word; one pass collects them.
    caps = [tok for tok in tokens_of(doc) if tok.text[:1].isupper()]
    # "Luna, 4," : a capitalized name with an age in commas is a person, whatever spaCy said.
    # The small model tags a rare first name as a plural noun ("and Pax, 1."), hence loose.
    for tok in caps:
        if taken[tok.i] or not _is_name_token(tok, loose=True) or tok.i + 2 >= len(doc):
            continue
        if tok.lower_ in lex.titles or tok.lower_ in lex.platforms or tok.lower_ in lex.not_entities:
            continue
        if tok.tag_ in ("NN", "NNS") and (tok.lower_ in lex.person_nouns or tok.lemma_.lower() in lex.person_nouns):
            continue
        if _age_follows(doc, tok.i + 1):
            prev = doc[tok.i - 1] if tok.i > 0 else None
            if prev is not None and _is_name_token(prev) and not taken[prev.i]:
                continue
            taken[tok.i] = True
            spans.append(_NameSpan(tok.i, tok.i + 1, None, age=True))
    spans.extend(_missed_names(doc, lex, taken, sent_start_of, caps))
    # doc.ents builds every entity span on each access, and spans only grows below: both are
    # indexed once (per new span), not scanned per speaker, which was quadratic in the names.
    ent_at = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    person_surnames: set[str] = set()
    indexed = 0

    def surname_of_person(tok: Token) -> bool:
        """A place-tagged word that is the last word of a person's full name found so far ("Nervo")."""
        nonlocal indexed
        for sp in spans[indexed:]:
            if sp.label == "PERSON" and sp.end - sp.start > 1:
                person_surnames.add(doc[sp.end - 1].lower_)
        indexed = len(spans)
        return tok.lower_ in person_surnames

    # Whoever speaks is somebody: a proper name in speaker position ("Nervo wrote", "according
    # to Zero Hedge") that spaCy left untagged or tagged as a place is a name; a country or a
    # party that speaks stands for its government or its members (an ORG).
    for tok in caps:
        if taken[tok.i] or not _is_name_token(tok, loose=True) or not _speaker_position(tok, lex):
            continue
        if tok.lower_ in lex.titles or tok.lower_ in lex.platforms or tok.lower_ in lex.not_entities:
            continue
        if tok.tag_ in ("NN", "NNS") and (tok.lemma_.lower() in lex.speaker_nouns or tok.lower_ in lex.org_nouns):
            continue
        if tok.ent_type_ in ("GPE", "NORP") and tok.ent_iob_ != "":
            ent = ent_at[tok.i]
            s, e = ent.start, ent.end
            while s < e and doc[s].lower_ in ("the", "a", "an"):
                s += 1
            if any(taken[i] for i in range(s, e)) or s >= e:
                continue
            label = "PERSON" if tok.i == e - 1 and tok.ent_type_ == "GPE" and surname_of_person(tok) else "ORG"
        else:
            s = tok.i
            while s > 0 and not taken[s - 1] and _is_name_token(doc[s - 1]) and doc[s - 1].lower_ not in lex.titles and doc[s - 1].ent_type_ in ("", "PERSON", "ORG"):
                s -= 1
            e = tok.i + 1
            label = None
        for i in range(s, e):
            taken[i] = True
        spans.append(_NameSpan(s, e, label))
    # Platforms spaCy missed or mislabelled ("on Twitter" tagged PERSON is handled above).
    for tok in caps:
        if not taken[tok.i] and tok.lower_ in lex.platforms and _is_name_token(tok):
            taken[tok.i] = True
            spans.append(_NameSpan(tok.i, tok.i + 1, None, platform=True))
    spans.sort(key=lambda s: s.start)
    return spans


# Entity labels that a missed name can carry: the small model often calls a rare name a place
# or a product ("their daughter, Sofia" GPE, "works for Globex" PRODUCT).
MISSABLE_LABELS = frozenset({"", "GPE", "LOC", "PRODUCT", "FAC", "WORK_OF_ART", "NORP", "EVENT", "LAW"})


def _free_name(tok: Token, lex: Lexicon, taken: list[bool]) -> bool:
    """A capitalized word that can be part of a name spaCy missed."""
    low = tok.lower_
    return (
        not taken[tok.i]
        and tok.tag_ in ("NNP", "NNPS", "NN", "NNS")
        and tok.text[:1].isupper()
        and tok.text[1:].replace("-", "").replace("'", "").isalpha()
        and not tok.is_stop
        and tok.ent_type_ in MISSABLE_LABELS
        and low not in lex.titles
        and low not in lex.platforms
        and low not in lex.not_entities
        and low not in lex.not_names
        and low not in lex.person_nouns
        and low not in lex.org_nouns
        and low not in lex.employee_roles
    )


def _name_run(doc: Doc, i: int, lex: Lexicon, taken: list[bool], sent_start_of: list[int]) -> tuple[int, int]:
    """The run of free capitalized words through token i, within its sentence, at most 3."""
    s, e = i, i + 1
    while s > sent_start_of[i] and i - s < 2 and _free_name(doc[s - 1], lex, taken) and doc[s - 1].tag_ in ("NNP", "NNPS"):
        s -= 1
    while e < len(doc) and e - s < 3 and sent_start_of[e] == sent_start_of[i] and _free_name(doc[e], lex, taken) and doc[e].tag_ in ("NNP", "NNPS"):
        e += 1
    return s, e


def _missed_names(doc: Doc, lex: Lexicon, taken: list[bool], sent_start_of: list[int], caps: list[Token]) -> list[_NameSpan]:
    """Names the small model did not tag, found by the positions news prose puts names in:
    after a kin or role noun ("their daughter, Sofia", "her son Pax"), as the proper-noun
    subject of a verb people do ("Bo Cole works for ..."), and as an employer ("works for
    Globex", "a spokeswoman for Globex", "Globex chief executive ...")."""
    kin = lex.person_nouns | frozenset(lex.gendered)
    # "Clinton spokesman ..." names a person's staff, not an employer called Clinton.
    person_words = {t.lower_ for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
    out: list[_NameSpan] = []

    def claim(s: int, e: int, label: str) -> None:
        for k in range(s, e):
            taken[k] = True
        out.append(_NameSpan(s, e, label))

    for tok in caps:
        i = tok.i
        if not _free_name(tok, lex, taken):
            continue
        # "Riverside FC", "Globex Ltd": a legal or club suffix closes an organization's name,
        # whatever tags the words before it got.
        if tok.lower_.rstrip(".") in lex.org_suffixes and i > 0:
            s = i
            while s > sent_start_of[i] and i - s < 3 and _free_name(doc[s - 1], lex, taken):
                s -= 1
            if s < i:
                claim(s, i + 1, "ORG")
                continue
        # A noun-tagged capitalized word only where a name is expected right after a noun;
        # a sentence-initial one is an ordinary word.
        proper = tok.tag_ in ("NNP", "NNPS")
        if not proper and tok.is_sent_start is not False:
            continue
        prev = doc[i - 1] if i > 0 else None
        if prev is not None and prev.text == "," and i > 1:
            prev = doc[i - 2]
        # "their daughter, Sofia" / "her son Pax": the kin noun has a possessive or article.
        if (
            prev is not None
            and not tok.text.isupper()  # "a coal executive, ERP Compliant Fuels": a company
            and prev.tag_ in ("NN", "NNS")
            and prev.lower_ in kin
            and any(ch.dep_ in ("poss", "det") for ch in prev.children)
            and sent_start_of[prev.i] == sent_start_of[i]
        ):
            s, e = _name_run(doc, i, lex, taken, sent_start_of)
            if s == i:
                claim(s, e, "PERSON")
                continue
        if not proper:
            continue
        # "... a bully.” ― Beck Pimentel": the dash signature after a quotation.
        if i > 1 and doc[i - 1].text in ("\u2015", "\u2014") and doc[i - 2].text in ('"', "\u201d"):
            s, e = _name_run(doc, i, lex, taken, sent_start_of)
            if s == i:
                claim(s, e, "PERSON")
                continue
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        # "Globex chief executive Dana Pruitt": a proper noun before a lower-case staff role.
        if tok.lower_ in person_words or tok.ent_type_ in ("GPE", "LOC", "NORP"):
            pass
        elif nxt is not None and nxt.lower_ in lex.employee_roles and nxt.text[:1].islower():
            s, e = _name_run(doc, i, lex, taken, sent_start_of)
            if e == i + 1:
                claim(s, e, "ORG")
                continue
        # "works for Globex", "a spokeswoman for Globex".
        elif tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in lex.employer_heads:
            s, e = _name_run(doc, i, lex, taken, sent_start_of)
            claim(s, e, "ORG")
            continue
        # "Bo Cole works for ...": a two- or three-word proper name as the subject of a verb
        # people do, or coordinated with a person's name ("Ivy Hart and Max Lund").
        paired = (tok.dep_ == "conj" and tok.head.ent_type_ == "PERSON") or any(
            ch.dep_ == "conj" and ch.ent_type_ == "PERSON" for ch in tok.children
        )
        verb = tok.head.lemma_.lower()
        # (A speech verb's subject is left to the speaker rule, which does not type it.)
        if paired or (tok.dep_ in ("nsubj", "nsubjpass") and verb in lex.person_verbs and verb not in lex.speech_verbs):
            s, e = _name_run(doc, i, lex, taken, sent_start_of)
            if e == i + 1 and e - s >= 2 and tok.ent_type_ not in ("GPE", "LOC", "NORP"):
                claim(s, e, "PERSON")
    return out


def _age_follows(doc: Doc, i: int) -> bool:
    """", 4," right after a name: the news convention for a person's age."""
    if i + 1 >= len(doc) or doc[i].text != ",":
        return False
    num = doc[i + 1]
    after = doc[i + 2] if i + 2 < len(doc) else None
    return num.text.isdigit() and int(num.text) < 120 and (
        after is None or after.text in (",", ".", ";", ")") or after.lower_ == "and"
    )


def _bare_age(tok: Token) -> Optional[int]:
    """The age in "the 29-year-old" used as a noun phrase of its own (no noun after it), read at
    its head word "old"; None for anything else."""
    if tok.lower_ not in ("old", "year-old") and not tok.lower_.endswith("-year-old"):
        return None
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    # "The 36-year-old told fans ..." is sometimes parsed as an adjective on "fans"; a verb
    # right after it shows it is the subject.
    if tok.dep_ in ("amod", "compound", "nmod") and not (nxt is not None and nxt.tag_ in ("VBD", "VBZ", "VBP", "MD")):
        return None
    # Glue "29 - year - old" (or "29-year-old" as one token) back into one string.
    start = tok.i
    while start > 0 and tok.i - start < 4 and (doc[start - 1].text == "-" or doc[start - 1].lower_ in ("year", "years") or doc[start - 1].like_num):
        start -= 1
    joined = "".join(t.lower_ for t in doc[start : tok.i + 1]).replace("years", "year")
    num = joined.split("-year-old")[0] if joined.endswith("-year-old") else ""
    if not num.isdigit() or not 0 < int(num) < 120:
        return None
    return int(num) if start > 0 and doc[start - 1].lower_ == "the" else None


def _speaker_position(tok: Token, lex: Lexicon) -> bool:
    """Subject of a speech verb, or the X of "according to X"."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in ("nsubj",) and tok.head.lemma_.lower() in lex.speech_verbs:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _key(doc: Doc, s: int, e: int) -> tuple[str, ...]:
    return tuple(t.lower_ for t in doc[s:e] if not t.is_punct or t.text == "&")


def _acronym(key: tuple[str, ...]) -> str:
    return "".join(w[0] for w in key if w not in ("of", "the", "and", "for", "&") and w[:1].isalpha())


class _Builder:
    def __init__(self, doc: Doc, lex: Lexicon):
        self.doc = doc
        self.lex = lex
        self.in_quote = _token_in_quote(doc, quote_mask(text_of(doc)))
        # Distance is counted in narrative sentences: a long quotation between a name and the
        # "she said" after it does not push the name out of reach.
        self.sent_of = [0] * len(doc)
        si = 0
        self.sent_start_of = [0] * len(doc)
        for start, end in sentence_bounds(doc):
            if any(not self.in_quote[i] and not doc[i].is_punct and doc[i].text.strip() for i in range(start, end)):
                si += 1
            for i in range(start, end):
                self.sent_of[i] = si
                self.sent_start_of[i] = start
        self.covered: dict[int, _Cluster] = {}  # token index -> cluster of the mention covering it
        self.clusters: list[_Cluster] = []
        self.last_seen: dict[int, int] = {}  # id(cluster root) -> token index of its latest mention

    # ---- mentions -------------------------------------------------------------------------------
    def add(self, cluster: _Cluster, s: int, e: int, kind: str, head: Optional[int] = None) -> None:
        cluster = cluster.root()
        doc = self.doc
        h = head if head is not None else e - 1
        m = _Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), kind, h, self.sent_of[h], _role_weight(doc[h]))
        cluster.mentions.append(m)
        for i in range(s, e):
            self.covered.setdefault(i, cluster)

    def new(self, **kw) -> _Cluster:
        c = _Cluster(**kw)
        self.clusters.append(c)
        return c

    # ---- pass 2: names --------------------------------------------------------------------------
    def cluster_names(self, spans: list[_NameSpan]) -> None:
        doc, lex = self.doc, self.lex
        by_key: dict[tuple[str, ...], tuple[_Cluster, str]] = {}
        peeks = self._pronoun_peeks(spans)
        for n, sp in enumerate(spans):
            key = _key(doc, sp.start, sp.end)
            if not key:
                continue
            title = doc[sp.start - 1] if sp.start > 0 and doc[sp.start - 1].lower_ in lex.titles else None
            tg = lex.titles.get(title.lower_) if title is not None else None
            known = by_key.get(key)
            if known is not None and tg and len(key) == 1 and _gender_conflict(known[0].root(), tg):
                known = None  # "Mrs. Clinton" after "Clinton" was read as Bill Clinton
            cluster = None
            kind = "name"
            if known is not None:
                cluster, kind = known[0].root(), known[1]
            elif sp.platform:
                cluster = self.new(key=key, platform=True)
            elif len(key) == 1:
                cluster, kind = self._partial(key[0], sp.start, tg)
                if cluster is None:
                    cluster, kind = self.new(key=key), "name"
            else:
                cluster = self._full(key, sp.start)
            by_key.setdefault(key, (cluster, kind))
            if peeks[n]:
                cluster.root().peek[peeks[n]] += 1
            if kind == "name" and len(key) >= len(cluster.unlowered):
                cluster.unlowered = tuple(doc[i].text for i in range(sp.start, sp.end))
            # A surname's own label does not count: "Teigen" after "Chrissy Teigen" is her.
            if sp.label and kind == "name":
                cluster.votes[sp.label] += 1
            if (
                not sp.platform
                and not cluster.votes["SHAPE"]
                and 1 < len(key) < 4
                and doc[sp.end - 1].tag_ == "NNP"
                and all(doc[i].text[:1].isupper() and doc[i].text[1:2].islower() for i in range(sp.start, sp.end))
            ):
                cluster.votes["PERSON"] += W_SHAPE
                cluster.votes["SHAPE"] += 1
            if any(t in lex.org_keywords for t in key) and len(key) > 1:
                cluster.votes["ORG"] += W_ORG_KEYWORD
                cluster.votes["ORG_KEYWORD"] += 1
            if sp.age:
                cluster.ages.add(int(doc[sp.end + 1].text))
                cluster.votes["PERSON"] += W_AGE
            s = sp.start
            if title is not None:
                cluster.votes["PERSON"] += W_PERSON_NOUN
                if lex.titles[title.lower_] is None:  # an office ("Sen."), not an honorific ("Mr.")
                    cluster.roles.add(lex.role_synonyms.get(title.lower_, title.lower_))
                g = lex.titles[title.lower_]
                if g:
                    cluster.genders[g] += 1
                if kind != "name" or len(key) == 1:
                    s, kind = title.i, "title"
            self.add(cluster, s, sp.end, kind)
            self.last_seen[id(cluster.root())] = sp.start

    def _full(self, key: tuple[str, ...], at: int) -> _Cluster:
        """A multi-word name: the same first and last word as a known name is the same one
        ("Hillary Rodham Clinton"); a lone earlier surname or first name joins it."""
        for c in self._recent_first():
            if c.platform:
                continue
            if len(c.key) > 1 and c.key[0] == key[0] and c.key[-1] == key[-1]:
                if len(key) > len(c.key):
                    c.key = key
                return c
        for c in self._recent_first():
            if len(c.key) == 1 and not c.platform and c.key[0] in (key[0], key[-1]) and c.unnamed_text is None:
                c.key = key
                return c
        return self.new(key=key)

    def _partial(self, word: str, at: int, gender: Optional[str] = None) -> tuple[Optional[_Cluster], str]:
        """A one-word name: the surname or first name of a full name, or an ORG's last word or
        acronym. Two Okafors stay two people: a bare "Okafor" goes to the one named in this or
        the previous sentence, else to the one mentioned most so far (the article's subject:
        "Clinton" is Hillary in a piece that names Bill once), else to the latest. A gendered
        title ("Mrs. Clinton") rules out the other gender."""
        found: list[tuple[_Cluster, str]] = []
        for c in self._recent_first():
            if c.platform or len(c.key) < 2:
                continue
            person = c.person_score() >= 0
            if c.key[-1] == word:
                found.append((c, "surname" if person else "name"))
            elif c.key[0] == word and person:
                found.append((c, "firstname"))
            elif len(word) > 1 and word == _acronym(c.key):
                found.append((c, "name"))
        if gender:
            # A gendered title that conflicts with what is known of every candidate is somebody
            # else of that surname ("Mrs. Clinton" after a Bill Clinton who is "he").
            found = [f for f in found if not _gender_conflict(f[0], gender)]
        if len(found) <= 1:
            return found[0] if found else (None, "name")
        sent = self.sent_of[at]
        latest = found[0]
        if sent - self.sent_of[self.last_seen.get(id(latest[0]), 0)] <= 1:
            return latest
        return max(found, key=lambda f: len(f[0].mentions))

    def _pronoun_peeks(self, spans: list[_NameSpan]) -> list[Optional[str]]:
        """For a full name that is a subject, the gender of the first he/she/his/her after it in
        its sentence or the next, when no other name comes first ("Bill Hartley spoke first, and
        he thanked ..."). Read before pronouns are resolved, so a gendered title can be checked
        against it."""
        doc, lex = self.doc, self.lex
        out: list[Optional[str]] = [None] * len(spans)
        for n, sp in enumerate(spans):
            if sp.platform or sp.end - sp.start < 2 or doc[sp.end - 1].dep_ not in ("nsubj", "nsubjpass"):
                continue
            stop = spans[n + 1].start if n + 1 < len(spans) else len(doc)
            limit = self.sent_of[sp.end - 1] + 1
            for i in range(sp.end, stop):
                if self.sent_of[i] > limit:
                    break
                tok = doc[i]
                if not self.in_quote[i] and tok.lower_ in lex.pronouns and tok.tag_ in ("PRP", "PRP$"):
                    out[n] = lex.pronouns[tok.lower_]
                    break
        return out

    def _recent_first(self) -> list[_Cluster]:
        roots = {id(c.root()): c.root() for c in self.clusters}
        return sorted(roots.values(), key=lambda c: -self.last_seen.get(id(c), -1))

    def rescan_names(self) -> None:
        """Occurrences of a known name that spaCy did not tag ("Luna" in one sentence but not
        the next)."""
        doc, lex = self.doc, self.lex
        words: dict[str, list[_Cluster]] = {}
        for c in {id(c.root()): c.root() for c in self.clusters}.values():
            if not c.key:
                continue
            if len(c.key) == 1:
                words.setdefault(c.key[0], []).append(c)
            elif not c.platform and c.person_score() >= 0:
                words.setdefault(c.key[-1], []).append(c)
                words.setdefault(c.key[0], []).append(c)
        for tok in tokens_of(doc):
            if tok.i in self.covered or tok.lower_ not in words:
                continue
            # Any tag for a word of a full person name; a one-word name needs a name-like tag.
            from_full = any(len(c.key) > 1 for c in words[tok.lower_])
            if not _is_name_token(tok, loose=True, known=from_full):
                continue
            if tok.lower_ in lex.titles:
                continue
            # A known person's surname tagged as a place or a title ("Schiff" LOC) is still the
            # person when it acts: subject, possessor or object of a verb.
            if tok.ent_type_ not in ("", "PERSON", "ORG") and not (
                tok.dep_ in AGENT_DEPS and any(c.person_score() >= 0 and len(c.key) > 1 for c in words[tok.lower_])
            ):
                continue
            left = doc[tok.i - 1] if tok.i > 0 else None
            right = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if (left is not None and _is_name_token(left) and left.lower_ not in lex.titles) or (
                right is not None and _is_name_token(right)
            ):
                continue
            cands = sorted({id(c.root()): c.root() for c in words[tok.lower_]}.values(), key=lambda c: -self._last_before(c, tok.i))
            cluster = cands[0]
            # Same policy as for tagged surnames: the one just named, else the most mentioned.
            if len(cands) > 1 and self.sent_of[tok.i] - self.sent_of[max(self._last_before(cluster, tok.i), 0)] > 1:
                cluster = max(cands, key=lambda c: len(c.mentions))
            if len(cluster.key) == 1:
                kind = "name"
            else:
                kind = "surname" if cluster.key[-1] == tok.lower_ else "firstname"
            s = tok.i
            if left is not None and left.lower_ in lex.titles and kind != "name":
                s, kind = left.i, "title"
            self.add(cluster, s, tok.i + 1, kind, head=tok.i)

    def _last_before(self, c: _Cluster, i: int) -> int:
        before = [m.head for m in c.root().mentions if m.head < i]
        return max(before) if before else -len(self.doc) + min((m.head for m in c.root().mentions), default=0)

    # ---- evidence next to names ------------------------------------------------------------------
    def name_evidence(self) -> None:
        """Role nouns compounded or apposed to a name ("husband John Legend", "popstar
        Legend", "Ava, their daughter"): a person, of that gender when the noun has one."""
        lex = self.lex
        for i, cluster in list(self.covered.items()):
            tok = self.doc[i]
            nouns = []
            head_cluster = self.covered.get(tok.head.i)
            if tok.head.i == i or head_cluster is None or head_cluster.root() is not cluster.root():
                nouns = [c for c in tok.children if c.dep_ in ("compound", "appos", "amod") and c.i not in self.covered]
                # "two sons - Kofi, 6, and Leo, 3": every conjunct is apposed to the noun.
                first = tok
                while first.dep_ == "conj" and first.head is not first:
                    first = first.head
                if first.dep_ == "appos" and first.head.i not in self.covered and not _across_paragraph(first):
                    nouns.append(first.head)
            # The noun right before a name is its apposition whatever the parse says
            # ("she and husband Tomas Reyes" parsed as a coordination).
            # Not when the noun heads a phrase of its own ("the first child Teigen had").
            prev = self.doc[i - 1] if i > 0 else None
            if prev is not None and prev.i not in self.covered and (prev.tag_ == "NN" or prev.lower_ in lex.occupations):
                if prev.dep_ in ("compound", "conj", "appos", "nmod", "amod", "dep") and all(n.i != prev.i for n in nouns):
                    nouns.append(prev)
            # "her husband of 52 years, Peter Lane": the name after the comma is apposed to the
            # noun phrase before it, even when the parser hangs it elsewhere.
            if i > 1 and self.doc[i - 1].text == "," and self.doc[i - 2].i not in self.covered:
                t = self.doc[i - 2]
                while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i < t.i:
                    t = t.head.head
                if (
                    t.tag_ == "NN"
                    and t.i not in self.covered
                    and any(ch.dep_ in ("poss", "det") for ch in t.children)
                    and all(n.i != t.i for n in nouns)
                ):
                    nouns.append(t)
            for n in nouns:
                w = n.lemma_.lower() if n.tag_ == "NNS" else n.lower_
                if w in lex.person_nouns or w in lex.gendered:
                    c = cluster.root()
                    c.roles.add(w)
                    c.votes["PERSON"] += W_PERSON_NOUN
                    if w in lex.gendered:
                        c.genders[lex.gendered[w]] += 1

    # ---- pass 3: pronouns and descriptors ------------------------------------------------------
    def resolve(self) -> None:
        doc, lex = self.doc, self.lex
        heads: dict[int, _Cluster] = {}
        for cluster in self.clusters:
            for m in cluster.root().mentions:
                heads.setdefault(m.head, cluster.root())
        recent: list[tuple[int, int, float, _Cluster]] = []  # (token, sent, weight, cluster)
        for tok in tokens_of(doc):
            i = tok.i
            if i in heads:
                if not self._same_np(tok, heads[i]):
                    recent.append((i, self.sent_of[i], _role_weight(tok), heads[i]))
                continue
            if i in self.covered or self.in_quote[i]:
                continue
            low = tok.lower_
            if low in lex.pronouns and tok.tag_ in ("PRP", "PRP$"):
                c = self._pronoun(tok, recent)
                if c is not None:
                    self.add(c, i, i + 1, "pronoun")
                    c = c.root()
                    c.pgenders[lex.pronouns[low]] += 1
                    c.votes["PERSON"] += W_PRONOUN
                    recent.append((i, self.sent_of[i], _role_weight(tok), c))
            elif low == "who" and tok.tag_ == "WP" and tok.head.dep_ == "relcl" and tok.head.head.i in self.covered:
                # "Sanders, who said ...": the relative pronoun is its antecedent.
                c = self.covered[tok.head.head.i].root()
                if not c.platform:
                    self.add(c, i, i + 1, "pronoun")
            elif low == "they" and _speaker_position(tok, lex):
                c = self._they_speaker(tok, recent)
                if c is not None:
                    self.add(c, i, i + 1, "pronoun")
                    recent.append((i, self.sent_of[i], _role_weight(tok), c.root()))
            elif (age := _bare_age(tok)) is not None:
                c = self._age_descriptor(tok, age, recent)
                if c is not None:
                    s, e = self._np_bounds(tok)
                    if s > 0 and doc[s - 1].lower_ == "the":
                        s -= 1
                    self.add(c, s, e, "descriptor", head=i)
                    c = c.root()
                    c.ages.add(age)
                    c.votes["PERSON"] += W_PERSON_NOUN
                    recent.append((i, self.sent_of[i], _role_weight(tok), c))
            elif tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ == "":
                if i + 1 < len(doc) and (i + 1) in self.covered and tok.tag_ == "NN":
                    # "she and husband Tomas Reyes", "Her brother Pax": a role noun right before
                    # a name describes that name, not some earlier salient person.
                    named = self.covered[i + 1].root()
                    if (low in lex.person_nouns or low in lex.gendered) and named.is_person_like():
                        s0, _e0 = self._np_bounds(tok)
                        self.add(named, min(s0, i), i + 1, "descriptor", head=i)
                    continue
                lemma = tok.lemma_.lower()
                got = None
                if tok.tag_ == "NN" and (low in lex.person_nouns or low in lex.org_nouns):
                    got = self._descriptor(tok, recent)
                if got is None and _speaker_position(tok, lex) and (
                    lemma in lex.speaker_nouns or low in lex.speaker_nouns or lemma in lex.org_nouns
                ):
                    got = self._unnamed_speaker(tok, lemma)
                elif got is None and low in lex.gendered and tok.dep_ in ("nsubj", "nsubjpass") and (
                    any(ch.dep_ == "poss" or ch.lower_ == "the" for ch in tok.children) or self._ex_prefix(tok) is not None
                ):
                    # "His ex-wife agreed ... she": an unnamed woman is the likeliest "she" next,
                    # not whichever named person happens to be salient.
                    got = self._unnamed_speaker(tok, lemma)
                if got is not None:
                    c, s, e = got
                    # A name inside the phrase ("the GOP presidential nominee") keeps its own
                    # entity; only the head must be free.
                    if i in self.covered:
                        continue
                    self.add(c, s, e, "descriptor", head=i)
                    c = c.root()
                    if lemma in lex.org_nouns and lemma not in lex.speaker_nouns:
                        c.votes["ORG"] += W_ORG_NOUN
                    elif low in lex.person_nouns or lemma in lex.speaker_nouns:
                        c.roles.add(low)
                        c.votes["PERSON"] += W_PERSON_NOUN
                        g = lex.gendered.get(low) or self._compound_gender(tok)
                        if g:
                            c.genders[g] += 1
                    if not self._same_np(tok, c):
                        recent.append((i, self.sent_of[i], _role_weight(tok), c))

    def _same_np(self, tok: Token, cluster: _Cluster) -> bool:
        """An apposition to a mention of the same entity ("Her mother, Kris Jensen"): one noun
        phrase, which must not count twice towards salience."""
        head = tok.head
        return tok.dep_ == "appos" and head.i in self.covered and self.covered[head.i].root() is cluster.root()

    def _age_descriptor(self, tok: Token, age: int, recent) -> Optional[_Cluster]:
        """"The 29-year-old announced ...": somebody of that stated age, else the subject of the
        previous sentence's main clause (its first conjunct: "Singer Rosa Delgado and her
        husband ... The 29-year-old" is Delgado), else the most salient person."""
        sent = self.sent_of[tok.i]
        fits = []
        for ti, si, _w, c in reversed(recent):
            if sent - si > DESCRIPTOR_WINDOW:
                break
            c = c.root()
            if c.platform or c.plural or not c.is_person_like() or (c.ages and age not in c.ages):
                continue
            if age in c.ages:
                return c
            fits.append((ti, si, c))
        prev = max((si for _ti, si, _c in fits if si < sent), default=None)
        for ti, si, c in reversed(fits):
            t = self.doc[ti]
            if si == prev and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
                return c
        return self._person_candidates(recent, tok, None, DESCRIPTOR_WINDOW)

    def _they_speaker(self, tok: Token, recent) -> Optional[_Cluster]:
        """"they said" after an organization or a group of unnamed speakers, unless two people
        were just named together (the other usual reading of "they")."""
        best: Optional[_Cluster] = None
        best_score = 0.0
        sent = self.sent_of[tok.i]
        for ti, si, _w, c in reversed(recent):
            if sent - si > THEY_WINDOW:
                break
            head = self.doc[ti]
            if head.dep_ == "conj" and c.root().is_person_like() and head.head.i in self.covered:
                if self.covered[head.head.i].root().is_person_like():
                    return None
        for score, c in self._scores(recent, tok.i, THEY_WINDOW).values():
            if c.platform or (c.is_person_like() and not c.plural):
                continue
            if score > best_score:
                best, best_score = c, score
        return best

    def _unnamed_speaker(self, tok: Token, lemma: str) -> tuple[_Cluster, int, int]:
        """"a source said", "officials said", "according to the announcer": nobody named, but
        somebody the quotation can be attributed to, and a later "the source" can refer back."""
        s, e = self._np_bounds(tok)
        c = self.new(unnamed_text=self.doc[s:e].text, plural=tok.tag_ in ("NNS", "NNPS"))
        c.roles.add(lemma)
        return c, s, e

    def _compound_gender(self, tok: Token) -> Optional[str]:
        for ch in tok.children:
            if ch.dep_ in ("compound", "amod") and ch.lower_ in self.lex.gendered:
                return self.lex.gendered[ch.lower_]
        return None

    def _scores(self, recent, at: int, window: int) -> dict[int, tuple[float, _Cluster]]:
        sent = self.sent_of[at]
        scores: dict[int, tuple[float, _Cluster]] = {}
        for j in range(len(recent) - 1, -1, -1):
            ti, si, w, c = recent[j]
            if sent - si > window:
                break
            c = c.root()
            prev = scores.get(id(c), (0.0, c))[0]
            scores[id(c)] = (prev + w * DECAY ** (sent - si), c)
        return scores

    def _clause_subject_clusters(self, tok: Token) -> set[int]:
        """Clusters a non-reflexive object pronoun cannot refer to: the subject of its own
        verb ("Okafor praised her" is not Okafor)."""
        verb = tok.head
        if tok.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        out = set()
        for ch in verb.children:
            if ch.dep_ in ("nsubj", "nsubjpass") and ch.i in self.covered:
                out.add(id(self.covered[ch.i].root()))
        return out

    def _clause_object_clusters(self, tok: Token) -> set[int]:
        """Clusters a subject cannot refer to: the objects of its own verb ("The judge agreed
        with Ivana Trump" is not Ivana Trump)."""
        out = set()
        for ch in tok.head.children:
            args = [ch] if ch.dep_ in ("dobj", "dative") else [g for g in ch.children if g.dep_ == "pobj"] if ch.dep_ == "prep" else []
            for a in args:
                if a.i in self.covered:
                    out.add(id(self.covered[a.i].root()))
        return out

    def _person_candidates(self, recent, tok: Token, gender: Optional[str], window: int, role: Optional[str] = None):
        lex = self.lex
        banned: set[int] = set()
        if tok.dep_ in ("dobj", "dative", "pobj") and tok.tag_ == "PRP" and not tok.lower_.endswith("self"):
            banned = self._clause_subject_clusters(tok)
        elif tok.dep_ in ("nsubj", "nsubjpass"):
            banned = self._clause_object_clusters(tok)
        best: Optional[_Cluster] = None
        best_score = 0.0
        for score, c in self._scores(recent, tok.i, window).values():
            if id(c) in banned or c.platform or c.plural:
                continue
            fit = c.gender_fit(gender)
            if fit == 0.0:
                continue
            score *= fit
            # Somebody introduced as a judge is not "the nominee" three lines later.
            if (
                role
                and role not in self.lex.gendered
                and role not in c.roles
                and any(r not in self.lex.gendered for r in c.roles)
            ):
                score *= ROLE_CONFLICT
            if not c.is_person_like():
                if c.person_score() == 0:
                    score *= TIE_DISCOUNT
                elif c.is_weak_org(lex):
                    score *= WEAK_ORG_DISCOUNT
                else:
                    continue
            if score > best_score:
                best, best_score = c, score
        return best

    def _pronoun(self, tok: Token, recent) -> Optional[_Cluster]:
        # "Mulgrew, president of ..., said he hopes ...": the subject of the clause a speech
        # verb reports is, by the usual convention, the speaker.
        verb = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.lex.speech_verbs:
            gender = self.lex.pronouns[tok.lower_]
            for ch in verb.head.children:
                if ch.dep_ == "nsubj" and ch.i in self.covered and ch.i < tok.i:
                    c = self.covered[ch.i].root()
                    if not c.platform and not c.plural and c.is_person_like() and c.gender_fit(gender) == 1.0:
                        return c
        return self._person_candidates(recent, tok, self.lex.pronouns[tok.lower_], WINDOW)

    def _ex_prefix(self, tok: Token) -> Optional[int]:
        """Start of "His ex-wife" when the parser has split "ex-" off as words of its own."""
        i = tok.i
        if i >= 3 and self.doc[i - 1].text == "-" and self.doc[i - 2].lower_ == "ex":
            return i - 3 if self.doc[i - 3].tag_ in ("PRP$", "POS", "DT") else i - 2
        return None

    def _np_bounds(self, tok: Token) -> tuple[int, int]:
        s = tok.i
        ex = self._ex_prefix(tok)
        if ex is not None:
            s = ex
        for ch in tok.lefts:
            # `Riverside FC have sacked manager Paul Hendry` parsed with `sacked` as a modifier
            # of `manager`: a verb with its own subject or auxiliary is a clause, not part of
            # the noun phrase.
            if ch.pos_ in ("VERB", "AUX") and any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in ch.children):
                continue
            if ch.dep_ in ("det", "amod", "nummod", "compound", "poss", "npadvmod", "quantmod", "nmod"):
                s = min(s, ch.left_edge.i)
        e = tok.i + 1
        for ch in tok.rights:
            if ch.dep_ == "prep" and ch.lower_ == "of" and any(g.like_num for g in ch.children):
                e = max(e, ch.right_edge.i + 1)
        while s < tok.i and (self.doc[s].is_punct or not self.doc[s].text.strip()):
            s += 1
        return s, e

    def _descriptor(self, tok: Token, recent) -> Optional[tuple[_Cluster, int, int]]:
        lex = self.lex
        low = tok.lower_
        s, e = self._np_bounds(tok)
        # Named right here: apposition, or "who they had named Jack". A child spoken of before
        # the name ("their son" ... "their child, who they had named Jack") is the same child.
        named = self._named_here(tok)
        if named is not None:
            if low in lex.child_nouns:
                chained = self._child_chain(tok, recent, lex.gendered.get(low) or self._compound_gender(tok))
                if chained is not None and chained.unnamed_text is not None:
                    named = _merge(named, chained)
            return named, s, e
        if tok.dep_ == "appos" and tok.head.i in self.covered:
            return self.covered[tok.head.i], s, e
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":
            for ch in tok.head.children:
                if ch.dep_ == "nsubj" and ch.i in self.covered:
                    return self.covered[ch.i], s, e
        dets = {ch.lower_ for ch in tok.children if ch.dep_ == "det"}
        poss = [ch for ch in tok.children if ch.dep_ == "poss"]
        # "The secretary of state and Democratic nominee said": one person, two descriptions.
        if tok.dep_ == "conj" and not any(ch.dep_ in ("det", "poss") for ch in tok.children) and tok.head.i in self.covered:
            return self.covered[tok.head.i], s, e
        if (
            any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in tok.children)
            and not any(ch.dep_ == "prep" and ch.lower_ == "of" and any(g.like_num for g in ch.children) for ch in tok.children)
            and not (tok.dep_ == "nsubj" and _speaker_position(tok, lex))
        ):
            return None  # "the mother of the victim" is somebody new, unless she is speaking
        if any(ch.dep_ == "amod" and (ch.tag_ == "JJS" or ch.lower_ in lex.new_referent) for ch in tok.children):
            return None  # "the first child", "another official": not someone already named
        gender = lex.gendered.get(low) or self._compound_gender(tok)
        if low in lex.child_nouns and (poss or (dets & {"a", "an"} and any(ch.dep_ == "compound" and ch.lower_ == "baby" for ch in tok.children))):
            return self._child(tok, recent, gender, s, e)
        definite = bool(dets & {"the", "this", "that"})
        if low in lex.org_nouns and low not in lex.person_nouns:
            if not definite:
                return None
            best = None
            best_score = 0.0
            for score, c in self._scores(recent, tok.i, DESCRIPTOR_WINDOW).values():
                if c.platform or c.is_person_like() or c.unnamed_text is not None:
                    continue
                if score > best_score:
                    best, best_score = c, score
            return (best, s, e) if best is not None else None
        if not (definite or (poss and low in lex.gendered)):
            return None
        # A role already given to someone ("coach Smith" ... "the coach") wins.
        for _ti, _si, _w, c in reversed(recent):
            c = c.root()
            if low in c.roles and c.gender_fit(gender) > 0:
                return c, s, e
        if poss:
            return None
        c = self._person_candidates(recent, tok, gender, DESCRIPTOR_WINDOW, role=low)
        return (c, s, e) if c is not None else None

    def _named_here(self, tok: Token) -> Optional[_Cluster]:
        for ch in tok.children:
            if ch.dep_ == "appos" and ch.i in self.covered:
                return self.covered[ch.i].root()
            # "His sister, the actress Giulia Ferro": the name hangs on the second description.
            if ch.dep_ == "appos" and ch.lower_ in self.lex.person_nouns:
                for g in ch.children:
                    if g.dep_ in ("appos", "compound") and g.i in self.covered and g.i > ch.i:
                        return self.covered[g.i].root()
            if ch.dep_ in ("relcl", "acl") and ch.lemma_.lower() in self.lex.naming_verbs:
                for g in ch.children:
                    if g.dep_ in ("dobj", "oprd", "attr", "xcomp", "npadvmod") and g.i in self.covered:
                        return self.covered[g.i].root()
        return None

    def _child_chain(self, tok: Token, recent, gender) -> Optional[_Cluster]:
        for _ti, si, _w, c in reversed(recent):
            if self.sent_of[tok.i] - si > DESCRIPTOR_WINDOW:
                break
            c = c.root()
            if c.roles & self.lex.child_nouns and c.gender_fit(gender) > 0:
                return c
        return None

    def _child(self, tok: Token, recent, gender, s: int, e: int) -> Optional[tuple[_Cluster, int, int]]:
        """"their son" ... "a baby boy" ... "their child": one child of the same parents,
        named or not, until the text names another."""
        c = self._child_chain(tok, recent, gender)
        if c is not None:
            return c, s, e
        return self.new(unnamed_text=self.doc[s:e].text), s, e

    # ---- output ---------------------------------------------------------------------------------
    def entities(self) -> list[Entity]:
        doc = self.doc
        text = text_of(doc)
        out = []
        roots = {id(c.root()): c.root() for c in self.clusters}.values()
        for c in roots:
            if not c.mentions:
                continue
            seen = set()
            ms = []
            for m in sorted(c.mentions, key=lambda m: (m.start, -m.end)):
                if (m.start, m.end) in seen:
                    continue
                seen.add((m.start, m.end))
                ms.append(m)
            names = [m for m in ms if m.kind in ("name", "surname", "firstname")]
            if names:
                name = max(names, key=lambda m: (m.end - m.start, -m.start))
                name_text = text[name.start : name.end]
            else:
                name_text = c.unnamed_text or text[ms[0].start : ms[0].end]
            if c.platform:
                etype = "ORG_OR_PRODUCT"
            elif c.unnamed_text is not None and not names:
                etype = "PERSON" if c.votes["ORG"] <= c.votes["PERSON"] else "ORG"
            else:
                etype = "PERSON" if c.is_person_like() else "ORG"
            gender = c.gender if etype == "PERSON" else None
            out.append((ms[0].start, name_text, etype, gender, ms))
        out.sort(key=lambda x: x[0])
        return [
            Entity(
                id=f"e{n}",
                name=name_text,
                type=etype,
                gender=gender,
                mentions=[Mention(start=m.start, end=m.end, text=text[m.start : m.end], kind=m.kind) for m in ms],
            )
            for n, (_, name_text, etype, gender, ms) in enumerate(out, 1)
        ]


def extract_entities(doc: Doc) -> list[Entity]:
    lex = lexicon()
    b = _Builder(doc, lex)
    b.cluster_names(_name_spans(doc, lex, b.sent_start_of))
    b.rescan_names()
    b.name_evidence()
    b.resolve()
    return b.entities()

