"""Facts about people: relations, attributes and events, each with its evidence.

Rules read the entity clusters (mentions, including pronouns and descriptors) and the time
values of the earlier stages; they never create entities. A fact is emitted only when the
text states it: a shared surname is not a marriage, a child listed by name has no gender.

Relation direction is ``relation(subject) = object``: ``child(teigen) = jack`` (Jack is
Teigen's child), ``parent(jack) = teigen``, ``spouse`` and ``sibling`` read both ways.
"""

from __future__ import annotations

import json
import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date as _date
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from dateline.ages import born_between, born_between_for
from dateline.model import Article, Entity, Fact, Mention, Span, TimeExpr, date_interval
from dateline.nlp import text_of, tokens_of

log = logging.getLogger(__name__)
PATTERNS_FILE = Path(__file__).resolve().parent.parent / "patterns" / "facts.json"
PERSON = frozenset({"PERSON"})
ORG = frozenset({"ORG", "ORG_OR_PRODUCT"})
POSSESSIVES = {"his", "her", "their", "its", "our", "my"}
PLURAL_PRONOUNS = {"their", "they", "them", "we", "our", "us"}
APOSTROPHE_S = {"'s", "’s", "'", "’"}
DURATION_UNITS = {"years", "year", "decades", "decade", "months", "month"}
BABY_WORDS = {"baby", "boy", "girl", "son", "daughter", "twins", "child"}
FAMILY_VERBS = {"have", "share", "lose", "welcome", "marry", "wed", "married", "expect", "announce", "adopt",
                "divorce", "split", "separate", "raise", "name", "celebrate", "reveal", "confirm", "tie", "engage"}
# "their"/"they" resolve to a couple only when it was named this close before (characters):
# about three paragraphs of news prose; further back a "their" usually means someone else.
COUPLE_REACH = 1500
COUPLE_WORDS = {"couple", "pair", "duo"}
MODALS = {"could", "would", "might", "may", "will", "should", "can", "must", "'ll", "’ll"}

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_RE = (
    r"(?:\d{1,3}|(?:" + "|".join(_TENS) + r")(?:-(?:" + "|".join(_UNITS[1:10]) + r"))?|"
    + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
)
# Confidence levels: rules that read a fixed surface pattern next to a name score higher
# than those that go through a pronoun, a couple or a parse attachment (hand-set, not tuned).
SURE, LIKELY = 0.9, 0.75


def number_value(text: str) -> Optional[int]:
    """'34' -> 34, 'two' -> 2, 'forty-one' -> 41."""
    t = text.lower()
    if t.isdecimal():  # not isdigit(): "²" is a digit that int() refuses
        return int(t)
    if t in _UNITS:
        return _UNITS.index(t)
    head, _, tail = t.partition("-")
    if head in _TENS:
        return 20 + 10 * _TENS.index(head) + (_UNITS.index(tail) if tail in _UNITS[1:10] else 0)
    return None


@lru_cache(maxsize=1)
def patterns() -> dict:
    return json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))


def _alternation(words: Iterable[str]) -> str:
    items = sorted({w for w in words if w}, key=len, reverse=True)
    if not items:
        raise ValueError("empty vocabulary")
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ -]") for w in items) + ")"


@lru_cache(maxsize=1)
def _regexes() -> dict[str, re.Pattern]:
    p = patterns()
    return {
        "year_old": re.compile(rf"\b({NUMBER_RE})[- ]years?[- ]old\b", re.I),
        "aged": re.compile(rf"\b(?:aged|at\s+the\s+age\s+of)\s+({NUMBER_RE})\b", re.I),
        "name_comma_age": re.compile(r"^,\s(?:now\s|aged\s)?(\d{1,3})(?=\s*(?:,|\.|;|\)|—|–|\band\b|\bor\b|$))"),
        "name_paren_age": re.compile(r"^\s\((\d{1,3})\)"),
        "parent_of_n": re.compile(rf"\b(mother|father|mum|mom|dad|parent)[- ](?:of|to)[- ]({NUMBER_RE})\b", re.I),
        "has_n_children": re.compile(rf"\b(?:has|had)\s+({NUMBER_RE})\s+(?:children|kids|sons|daughters)\b", re.I),
        "occupation": re.compile(rf"\b({_alternation(p['occupations'])})\b", re.I),
        "title": re.compile(rf"\b({_alternation(p['titles'])})\b", re.I),
    }


@dataclass
class _Ctx:
    doc: Doc
    article: Article
    entities: list[Entity]
    times: list[TimeExpr]
    text: str = ""
    mentions: list[tuple[Mention, Entity]] = field(default_factory=list)
    facts: dict[tuple, Fact] = field(default_factory=dict)
    couples: list[tuple[int, tuple[Entity, Entity]]] = field(default_factory=list)
    genders: list[tuple[Entity, str, int, int, float]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = text_of(self.doc)
        self.mentions = sorted(((m, e) for e in self.entities for m in e.mentions), key=lambda x: (x[0].start, -x[0].end))
        # Lookups below look only at the mentions that can match, found by bisection on the
        # starts (a scan of every mention per lookup made this stage quadratic in long articles).
        self._starts = [m.start for m, _ in self.mentions]
        self._longest = max((m.end - m.start for m, _ in self.mentions), default=0)
        self._by_end: dict[int, list[tuple[Mention, Entity]]] = {}
        for m, e in self.mentions:
            self._by_end.setdefault(m.end, []).append((m, e))
        self._time_order = sorted(range(len(self.times)), key=lambda i: self.times[i].start)
        self._time_starts = [self.times[i].start for i in self._time_order]

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

    def starting_at(self, start: int, types: frozenset = PERSON) -> Optional[tuple[Mention, Entity]]:
        """The longest name mention that starts at ``start``."""
        best = None
        for m, e in self.mentions[bisect_left(self._starts, start) : bisect_right(self._starts, start)]:
            if m.start == start and e.type in types and m.kind in ("name", "surname", "firstname"):
                if best is None or m.end > best[0].end:
                    best = (m, e)
        return best

    def ending_at(self, end: int, types: frozenset = PERSON) -> Optional[tuple[Mention, Entity]]:
        best = None
        for m, e in self._by_end.get(end, []):
            if m.end == end and e.type in types and m.kind in ("name", "surname", "firstname"):
                if best is None or m.start < best[0].start:
                    best = (m, e)
        return best

    def token_entity(self, tok: Token, types: frozenset = PERSON) -> Optional[Entity]:
        hit = self.covering(tok.idx, tok.idx + len(tok.text), types)
        return hit[1] if hit else None

    def couple_before(self, pos: int) -> Optional[tuple[Entity, Entity]]:
        best = None
        for at, pair in self.couples:
            if pos - COUPLE_REACH <= at <= pos:
                best = pair
        return best

    def note_couple(self, pos: int, a: Entity, b: Entity) -> None:
        if a.id != b.id:
            self.couples.append((pos, (a, b)))
            self.couples.sort(key=lambda x: x[0])

    # -- emitting ---------------------------------------------------------------------
    def add(self, relation: str, subject: Entity, start: int, end: int, *, obj: Optional[Entity] = None,
            value: object = None, confidence: float = SURE, dated: bool = False, time: Optional[str] = None,
            born: Optional[tuple[str, str]] = None, as_of: Optional[str] = None) -> None:
        if not _named(subject):
            return  # a fact about "a 43-year-old man" nobody names cannot be looked up
        if obj is not None and not _named(obj) and relation == "event":
            obj = None  # "lost their baby": the event stands, its unnamed object does not
        if obj is not None and (obj.id == subject.id or not _named(obj)):
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
        if key in self.facts:
            return
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
        if gender and _named(entity):
            self.genders.append((entity, gender, start, end, confidence))


def _sentences(doc: Doc) -> list[SpacySpan]:
    """Sentences, or the whole text as one when the pipeline sets no boundaries (a blank
    pipeline: the rules that read the parse then find nothing, the surface ones still work)."""
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return list(doc.sents)
    return [doc[:]]


def _sentence(tok: Token) -> SpacySpan:
    doc = tok.doc
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return tok.sent
    return doc[:]


def _named(entity: Entity) -> bool:
    """An entity the text names. Relations to a descriptor-only cluster ('their baby') are
    left out: they cannot be looked up by name and the text gives no one to relate."""
    return any(m.kind in ("name", "surname", "firstname") for m in entity.mentions)


def _tok_end(tok: Token) -> int:
    return tok.idx + len(tok.text)


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.conjuncts:
        if c not in out:
            out.append(c)
    return sorted(out, key=lambda t: t.i)


def _resolve(ctx: _Ctx, tok: Token, direct_only: bool = False, couples: bool = True) -> list[Entity]:
    """People a subject/possessor token stands for: its own mention, or a couple for 'they'."""
    if direct_only:
        hit = ctx.covering(tok.idx, _tok_end(tok))
        return [hit[1]] if hit and hit[0].end - hit[0].start <= len(tok.text) + 1 else []
    ent = ctx.token_entity(tok)
    if ent is not None:
        return [ent]
    appos = [c for c in tok.children if c.dep_ == "appos"]
    if appos and tok.pos_ == "NOUN":
        # "The painter Olga Brandt died": the name in apposition is the subject
        named_appos = ctx.token_entity(appos[0])
        if named_appos is not None:
            return [named_appos]
    if tok.lower_ in ("who", "that") and tok.head.dep_ == "relcl":
        return _resolve(ctx, tok.head.head, couples=couples)
    if tok.lower_ in patterns()["kinship"]:
        # "she and her husband, Marco Vitale" as a subject: the name after the noun
        named, _ = _names_after(ctx, tok.i, _sentence(tok), many=False)
        if named:
            return named
    if couples and (tok.lower_ in PLURAL_PRONOUNS or tok.lower_ in COUPLE_WORDS):
        pair = ctx.couple_before(tok.idx)
        if pair:
            return list(pair)
    return []


def _by_surname(ctx: _Ctx, word: str, before: int, exclude: Optional[Entity] = None) -> Optional[Entity]:
    """The person most recently named with this surname (or full name) before ``before``."""
    best = None
    for m, e in ctx.mentions:
        if m.start >= before:
            break
        if e.type in PERSON and e is not exclude and m.kind in ("name", "surname") and m.text.split()[-1] == word:
            best = e
    return best


def _subjects(ctx: _Ctx, verb: Token, couples: bool = True) -> list[Entity]:
    seen = set()
    for _ in range(3):
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "X got engaged": the parser may hang the subject from the auxiliary "got"
        subj = subj or [g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            out: list[Entity] = []
            for t in _conjuncts(subj[0]):
                for e in _resolve(ctx, t, couples=couples):
                    if e.id not in seen:
                        seen.add(e.id)
                        out.append(e)
            return out
        # a participle clause ("..., aged 81") shares the main clause's subject
        if (verb.dep_ in ("conj", "xcomp", "acomp") or (verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBG"))) and verb.head is not verb:
            verb = verb.head
        else:
            break
    return []


def _governing_verb(tok: Token) -> Optional[Token]:
    t = tok
    for _ in range(4):
        # 'following', 'including' head prepositional phrases; they are not the clause verb
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "prep":
            return t
        if t.head is t:
            return None
        t = t.head
    return None


def _time_near(ctx: _Ctx, anchor: Token, sent: SpacySpan, kinds: tuple[str, ...] = ("DATE", "TIME", "DURATION")) -> Optional[TimeExpr]:
    """The time expression the text links to ``anchor``: one inside the anchor's clause (its
    parse subtree), the closest first. A time elsewhere in the sentence is not linked: in
    "in the 1960s ... as X said before he died" the decade is not the death's date."""
    cands = [t for t in ctx.times_within(sent.start_char, sent.end_char) if t.role != "age" and t.type in kinds]
    if not cands:
        return None

    def attached(t: TimeExpr) -> bool:
        span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            return False
        node = span.root
        for _ in range(6):
            if node == anchor:
                return True
            if node.head is node:
                return False
            node = node.head
        return False

    linked = [t for t in cands if attached(t)]
    if not linked:
        return None
    return min(linked, key=lambda t: min(abs(t.start - anchor.idx), abs(t.end - anchor.idx)))


# -- kinship --------------------------------------------------------------------------

def _skip_left(doc: Doc, i: int, floor: int) -> int:
    """Index of the first token left of ``i`` that is not a modifier such as
    'late', 'eldest', 'two', '34-year-old', 'new'."""
    j = i - 1
    steps = 0
    while j >= floor and steps < 6 and (
        doc[j].pos_ in ("ADJ", "NUM") or doc[j].text in ("-", "year", "years", "old", "own") or doc[j].lower_ in ("new", "late")
    ):
        j -= 1
        steps += 1
    return j


def _kin_owners(ctx: _Ctx, tok: Token, sent: SpacySpan) -> tuple[list[Entity], int, int, float]:
    """Whose relative the kin noun names, and the stretch of text that says so."""
    doc = ctx.doc
    end = _tok_end(tok)
    j = _skip_left(doc, tok.i, sent.start)
    if j >= sent.start:
        p = doc[j]
        low = p.lower_
        if low in POSSESSIVES:
            # "their son" may itself be the relative's descriptor mention: only a mention of
            # the possessive alone names the owner
            own = ctx.covering(p.idx, _tok_end(p))
            if own is not None and own[0].end >= _tok_end(tok):
                own = None
            owners = [own[1]] if own else _resolve(ctx, p, direct_only=True) or (
                list(ctx.couple_before(p.idx) or ()) if low in PLURAL_PRONOUNS else [])
            if owners:
                return owners, p.idx, end, SURE if own else LIKELY
        elif p.text in APOSTROPHE_S and j - 1 >= sent.start:
            q = doc[j - 1]
            if q.lower_ in COUPLE_WORDS:
                pair = ctx.couple_before(q.idx)
                if pair:
                    return list(pair), q.idx, end, LIKELY
            else:
                owners = []
                group = _conjuncts(q) if q.dep_ != "conj" else _conjuncts(q.head)
                for t in group:
                    own = ctx.covering(t.idx, _tok_end(t))
                    if own is not None and own[0].end >= _tok_end(tok):
                        # the possessor sits inside the relative's own descriptor
                        # ("Waters's son"): find who the name is by its surname
                        named = _by_surname(ctx, t.text, t.idx, exclude=own[1])
                        owners += [named] if named and named not in owners else []
                    else:
                        owners += [e for e in _resolve(ctx, t) if e not in owners]
                if owners:
                    return owners, min(t.idx for t in group if t.i <= q.i), end, SURE
        elif low == "and" and j - 1 >= sent.start:
            owners = _resolve(ctx, doc[j - 1])
            if owners:
                return owners[:1], doc[j - 1].idx, end, SURE
    # "the daughter of (former senator) Alan Pike"
    nxt = tok.i + 1
    if nxt + 1 < sent.end and doc[nxt].lower_ == "of":
        for k in range(nxt + 1, min(nxt + 5, sent.end)):
            hit = ctx.starting_at(doc[k].idx)
            if hit:
                # "the son of Grace Oyelaran and Felix Oyelaran"
                owners, end = [hit[1]], hit[0].end
                rest = ctx.text[hit[0].end : hit[0].end + 6]
                if rest.startswith(" and "):
                    other = ctx.starting_at(hit[0].end + 5)
                    if other is not None:
                        owners.append(other[1])
                        end = other[0].end
                return owners, tok.idx, end, SURE
            if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
                break
    # "X and Y have two children - A and B"
    verb = tok.head
    for _ in range(3):
        if verb.lemma_ in ("have", "welcome", "raise", "share", "adopt") and verb.pos_ in ("VERB", "AUX"):
            owners = _subjects(ctx, verb)
            if owners:
                subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                start = subj[0].idx if subj and subj[0].i < verb.i else verb.idx
                subj_hit = ctx.covering(start, start + 1)
                if subj_hit is not None and subj_hit[0].start < start:
                    start = subj_hit[0].start  # the whole name, not just its head word
                return owners, start, end, SURE
            break
        if verb.head is verb:
            break
        verb = verb.head
    return [], tok.idx, end, 0.0


# Words that may stand between a kin noun and the name it introduces:
# "her husband, footballer Marco Vitale", "a daughter named Iris", "his sister, the actress Ann".
_BRIDGE = {",", "-", "–", "—", ":", "(", "a", "an", "the", "named", "called", "late"}


def _names_after(ctx: _Ctx, i: int, sent: SpacySpan, many: bool) -> tuple[list[Entity], int]:
    """Named people right after token ``i``: 'husband John Legend', 'wife of 20 years, Ann',
    'two children - Luna, 4, and Miles, 2'. Returns them and where the list ends."""
    doc = ctx.doc
    kin = patterns()["kinship"]
    j = i + 1
    if j + 2 < sent.end and doc[j].lower_ == "of" and doc[j + 2].lower_ in DURATION_UNITS:
        j += 3
    bridged = 0
    while j < sent.end and bridged < 5 and not ctx.starting_at(doc[j].idx) and (
        doc[j].lower_ in _BRIDGE or doc[j].lower_ in kin
        or (doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ") and doc[j].dep_ in ("compound", "amod", "appos", "nmod"))
    ):
        j += 1
        bridged += 1
    found: list[Entity] = []
    end = _tok_end(doc[i])
    while j < sent.end:
        hit = ctx.starting_at(doc[j].idx)
        if not hit:
            break
        found.append(hit[1])
        end = hit[0].end
        if not many:
            break
        while j < sent.end and doc[j].idx < hit[0].end:
            j += 1
        # ", 4," / "(4)" age after a name, then "and" / "," before the next one
        while j < sent.end and (doc[j].text in (",", "(", ")") or doc[j].like_num or doc[j].lower_ == "and"):
            if doc[j].like_num or doc[j].text == ")":
                end = _tok_end(doc[j])
            j += 1
    return found, end


def _copula_subject(ctx: _Ctx, tok: Token) -> Optional[tuple[Entity, int]]:
    """'She is the daughter of X': the kin noun is the attribute of a copula."""
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if subj:
            ents = _resolve(ctx, subj[0], couples=False)
            if len(ents) == 1:
                return ents[0], subj[0].idx
    return None


def _rule_kinship(ctx: _Ctx) -> None:
    kin_lex = patterns()["kinship"]
    doc = ctx.doc
    for sent in _sentences(doc):
        last_owners: list[Entity] = []
        for tok in sent:
            kin = kin_lex.get(tok.lower_)
            if not kin or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
            nxt2 = doc[tok.i + 2] if tok.i + 2 < sent.end else None
            # "mother of two" is a count, not a relation
            nxt3 = doc[tok.i + 3] if tok.i + 3 < sent.end else None
            if (nxt is not None and nxt.lower_ == "of" and nxt2 is not None and number_value(nxt2.text) is not None
                    and (nxt3 is None or nxt3.lower_ not in DURATION_UNITS)):
                continue
            # "brother-in-law", "ex-wife", "former husband" are not the relation the noun names
            if ctx.text[_tok_end(tok) : _tok_end(tok) + 7].lower() in ("-in-law", "-to-be"):
                continue
            before = ctx.text[max(0, tok.idx - 9) : tok.idx].lower()
            if kin["relation"] == "spouse" and re.search(r"(?:\bex-?|former\s+|\bex\s+)$", before):
                continue
            owners, ev_start, ev_end, conf = _kin_owners(ctx, tok, sent)
            prev = doc[_skip_left(doc, tok.i, sent.start)] if tok.i > sent.start else None
            if not owners and last_owners and prev is not None and prev.lower_ in ("and", ","):
                # "her daughter, Ivy, 4, and son, Sam, 2": the second noun shares the first's owner
                owners, ev_start, conf = last_owners, tok.idx, LIKELY
            if owners:
                last_owners = owners
            if not owners:
                continue
            plural = tok.tag_ in ("NNS", "NNPS")
            targets, t_end = _names_after(ctx, tok.i, sent, many=plural)
            targets = [t for t in targets if t not in owners]
            ev_end = max(ev_end, t_end) if targets else ev_end
            if not targets:
                cop = _copula_subject(ctx, tok)
                if cop and cop[0] not in owners:
                    targets, ev_start = [cop[0]], min(ev_start, cop[1])
            if not targets:
                own = ctx.covering(tok.idx, _tok_end(tok))
                if own and own[1] not in owners:
                    targets = [own[1]]
                    ev_start, ev_end = min(ev_start, own[0].start), max(ev_end, own[0].end)
            if not targets:
                # "John Legend, her husband," names the relative before the noun
                left = [t for t in sent if _tok_end(t) <= min(ev_start, tok.idx)]
                while left and (left[-1].pos_ in ("DET", "ADJ") or left[-1].lower_ in POSSESSIVES):
                    left.pop()
                if len(left) >= 2 and left[-1].text == ",":
                    hit = ctx.ending_at(left[-1].idx)
                    if hit and hit[1] not in owners:
                        targets, ev_start = [hit[1]], hit[0].start
            if not targets:
                continue
            ev_start = min(ev_start, tok.idx)
            rel = kin["relation"]
            for o in owners:
                for t in targets:
                    ctx.add(rel, o, ev_start, ev_end, obj=t, confidence=conf)
            for t in targets:
                ctx.add_gender(t, kin.get("gender") if not plural or len(targets) == 1 else None, ev_start, ev_end, conf)
            if rel == "spouse" and len(owners) == 1 and len(targets) == 1:
                ctx.note_couple(ev_start, owners[0], targets[0])
            if rel == "child" and len(owners) == 2:
                ctx.note_couple(ev_start, owners[0], owners[1])



def _rule_couples(ctx: _Ctx) -> None:
    """'X and Y' as the subject of a family verb ('have', 'lose', 'welcome', 'marry' ...): the
    pair a later 'they'/'their'/'the couple' may refer back to. Any other pair ('Biden and
    Trump debated') is not a couple, so their 'their children' stays unresolved."""
    for tok in tokens_of(ctx.doc):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in FAMILY_VERBS:
            conj = _conjuncts(tok)
            if len(conj) == 2:
                first, second = (ctx.token_entity(t) for t in conj)
                if first is not None and second is not None and first.id != second.id:
                    ctx.note_couple(tok.idx, first, second)


# -- ages and counts ------------------------------------------------------------------

# Words that cannot stand between an age or count and the name it describes
# ("34-year-old actor Ann Roe" is fine; "25-year-old file on Ann Roe" is not).
_NOT_BETWEEN = {"on", "of", "for", "with", "about", "to", "by", "from", "in", "at", "and", "or", "the", "a", "an",
                "that", "who", "which", "was", "is", "were", "are", "said", "says", "told", "against", "over"}


def _person_for_phrase(ctx: _Ctx, start: int, end: int, window: int = 40) -> Optional[tuple[Entity, int, int, float]]:
    """Whom a descriptive phrase such as '34-year-old' or 'mother of two' is about: the
    descriptor mention that contains it, the name right after it ('34-year-old actor Ann
    Roe'), or the name it stands in apposition to ('Ann Roe, a 34-year-old teacher')."""
    hit = ctx.covering(start, end)
    if hit:
        return hit[1], hit[0].start, hit[0].end, SURE
    text = ctx.text
    tail = text[end : end + window]
    m = re.match(r"^[ \w-]{0,30}?(?=[A-Z])", tail)
    if m is not None and (len(m.group(0).split()) > 3 or set(m.group(0).lower().split()) & _NOT_BETWEEN):
        m = None  # "25-year-old court file on Donald Trump": the age is the file's
    kin = re.match(r"^\s+(\w+),\s+(?=[A-Z])", tail)
    if kin is not None and kin.group(1).lower() in patterns()["kinship"]:
        m = kin
    elif m is not None and re.search(r"[,.;:!?\"“”()]", m.group(0)):
        m = None
    if m is not None:
        at = ctx.starting_at(end + m.end())
        if at:
            return at[1], start, at[0].end, SURE
    head = text[max(0, start - window) : start]
    m2 = re.search(r",\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,1}$", head)
    if m2 is not None:
        at = ctx.ending_at(start - len(head) + m2.start())
        if at:
            return at[1], at[0].start, end, SURE
    # "Ann Cole is 34 years old", "he was 52 years old"
    m3 = re.search(r"(\S+)\s+(?:is|was|turned)\s+$", head)
    if m3 is not None and not text[start:end].lower().startswith(("a ", "an ")):
        at_pos = start - len(head) + m3.start(1)
        hit = ctx.covering(at_pos, at_pos + len(m3.group(1)))
        if hit and hit[0].end == at_pos + len(m3.group(1)):
            return hit[1], hit[0].start, end, LIKELY
    return None


def _age_fact(
    ctx: _Ctx, entity: Entity, age: int, start: int, end: int, conf: float, span: tuple[int, int],
    *, at: Optional[TimeExpr] = None, past: bool = False,
) -> None:
    """An age fact. ``at`` is the time the age held when it is not the article date ("died in
    2019 aged 81" is an age in 2019); ``past`` marks an age at an undated past event, whose
    birth range the text cannot bound, so none is given."""
    born = None
    as_of = None
    period = None
    if at is not None:
        if at.interval is not None:
            period = (_date.fromisoformat(at.interval[0]), _date.fromisoformat(at.interval[1]))
        elif re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", at.value):
            period = date_interval(at.value)
    if at is not None and period is not None:  # a period only ever comes from ``at``
        lo, hi = born_between(age, *period)
        born = (lo.isoformat(), hi.isoformat())
        as_of = at.value
    elif past:
        as_of = "PAST_REF"
    elif ctx.article.date:
        lo, hi = born_between_for(age, ctx.article.date)
        born = (lo.isoformat(), hi.isoformat())
    time = next((t.id for t in ctx.times if t.start < span[1] and span[0] < t.end and t.type == "DURATION"), None)
    ctx.add("age", entity, start, end, value=age, confidence=conf, dated=True, born=born, time=time, as_of=as_of)


def _rule_ages(ctx: _Ctx) -> None:
    rx = _regexes()
    text, body = ctx.text, ctx.article.body_start
    for m in rx["year_old"].finditer(text, body):
        age = number_value(m.group(1))
        phrase_who = _person_for_phrase(ctx, m.start(), m.end())
        if age is not None and phrase_who:
            _age_fact(ctx, phrase_who[0], age, phrase_who[1], phrase_who[2], phrase_who[3], m.span())
    for mention, entity in ctx.mentions:
        if entity.type not in PERSON or mention.kind not in ("name", "surname", "firstname") or mention.start < body:
            continue
        after = text[mention.end : mention.end + 12]
        age_m = rx["name_comma_age"].match(after) or rx["name_paren_age"].match(after)
        if age_m:
            _age_fact(ctx, entity, int(age_m.group(1)), mention.start, mention.end + age_m.end(), SURE,
                      (mention.end + age_m.start(1), mention.end + age_m.end(1)))
    for m in rx["aged"].finditer(text, body):
        age = number_value(m.group(1))
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if age is None or span is None:
            continue
        who = None
        verb = _governing_verb(span.root)
        if verb is not None and verb.lemma_ == "age" and verb.head is not verb:
            verb = verb.head  # "died ... aged 81": the participle hangs from the clause verb
        # "aged 16" after "left school" is an age at a past event, not on the article date:
        # only an age at death or one in apposition to a name (", aged 34,") is kept
        appos = ctx.ending_at(len(text[: m.start()].rstrip(", ")))
        if appos is not None and text[appos[0].end : m.start()].strip() == ",":
            who, verb = appos[1], None
        elif verb is not None and verb.lemma_ in ("die", "pass", "kill"):
            subj = _subjects(ctx, verb, couples=False)
            if len(subj) == 1:
                who = subj[0]
        if who is not None:
            # evidence from the clause verb ("died on Sunday aged 81") when it comes first
            start = verb.idx if verb is not None and verb.idx < m.start() else m.start()
            at_death = verb is not None and verb.lemma_ in ("die", "pass", "kill")
            # An age at death held on the death day, not on the article date: with a linked
            # date the birth range follows from it; without one it is left open.
            when = _time_near(ctx, verb, _sentence(verb), ("DATE", "TIME")) if verb is not None and at_death else None
            _age_fact(ctx, who, age, start, m.end(), LIKELY, (m.start(1), m.end(1)), at=when, past=at_death and when is None)


def _rule_age_clauses(ctx: _Ctx) -> None:
    """'He was 52.' / 'X is 34.' and 'X, who turned 30 on Friday'."""
    for tok in tokens_of(ctx.doc):
        if not tok.like_num or tok.idx < ctx.article.body_start:
            continue
        age = number_value(tok.text)
        if age is None or age > 120:
            continue
        head = tok.head
        nxt = ctx.doc[tok.i + 1] if tok.i + 1 < len(ctx.doc) else None
        ends_clause = nxt is None or nxt.is_punct or nxt.lower_ in ("years", "when")
        if head.lemma_ == "be" and tok.dep_ in ("attr", "acomp") and ends_clause and not _not_asserted(head):
            pass
        elif head.lemma_ == "turn" and head.tag_ in ("VBD", "VBN") and tok.dep_ in ("dobj", "attr", "oprd", "npadvmod", "acomp"):
            # "turned 30 on Friday" is an age now; "turned 18 in 2010" or an undated "turned one"
            # may be any time ago
            t = _time_near(ctx, head, _sentence(head), ("DATE",))
            date = ctx.article.date or ""
            if t is None or not date or not (t.value.startswith(date[:7]) or date.startswith(t.value)):
                continue
        else:
            continue
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        ents = _resolve(ctx, subj[0], couples=False) if subj else []
        if len(ents) == 1 and len(_conjuncts(subj[0])) == 1:
            start = min(subj[0].idx, head.idx)
            _age_fact(ctx, ents[0], age, start, _tok_end(tok), LIKELY, (tok.idx, _tok_end(tok)))


def _rule_children_count(ctx: _Ctx) -> None:
    rx = _regexes()
    genders = patterns()["gendered_roles"]
    text = ctx.text
    for m in rx["parent_of_n"].finditer(text, ctx.article.body_start):
        n = number_value(m.group(2))
        who = _person_for_phrase(ctx, m.start(), m.end())
        if n is None or not who:
            continue
        ctx.add("number_of_children", who[0], m.start(), m.end(), value=n, confidence=who[3], dated=True)
        ctx.add_gender(who[0], genders.get(m.group(1).lower()), m.start(), m.end(), who[3])
    for m in rx["has_n_children"].finditer(text, ctx.article.body_start):
        n = number_value(m.group(1))
        span = ctx.doc.char_span(m.start(), m.start() + 3, alignment_mode="expand")
        if n is None or span is None:
            continue
        verb = span.root
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        # a couple's joint count is not each partner's own count
        if len(subj) != 1 or len(_conjuncts(subj[0])) != 1:
            continue
        ents = _resolve(ctx, subj[0])
        if len(ents) == 1:
            ctx.add("number_of_children", ents[0], subj[0].idx, m.end(), value=n, confidence=LIKELY, dated=True)


# -- occupations, titles, employers ---------------------------------------------------

def _rule_roles(ctx: _Ctx) -> None:
    rx = _regexes()
    p = patterns()
    text, body = ctx.text, ctx.article.body_start
    no_org_titles = {t.lower() for t in p["person_titles_without_org"]}
    titled: list[tuple[int, int]] = []
    for m in rx["title"].finditer(text, body):
        title = re.sub(r"\s+", " ", m.group(1).lower())
        s, e = m.span()
        # "Acme chief executive Dana Roe" / "Acme's chief executive, Dana Roe"
        org_before = None
        pre = text[max(body, s - 60) : s]
        mo = re.search(r"(?:['’]s)?\s+$", pre)
        if mo is not None:
            pre_end = s - len(pre) + mo.start()
            org_before = ctx.ending_at(pre_end, ORG)
            if org_before is None and mo.group(0).strip():
                # a descriptor only with a possessive: "the company's chief executive", not
                # "the network President Putin" (a noun that merely precedes the title)
                org_before = ctx.covering(pre_end - 1, pre_end, ORG)
        post = text[e : e + 60]
        mn = re.match(r"^,?\s+", post)
        person_after = ctx.starting_at(e + mn.end()) if mn else None
        # "Dana Roe, chief executive of Acme" / "a spokeswoman for Acme"
        mo2 = re.match(r"^\s+(?:of|at|for|with)\s+(?:the\s+)?", post)
        org_after = ctx.starting_at(e + mo2.end(), ORG) if mo2 else None
        if org_after is None and mo2:
            hit = ctx.covering(e + mo2.end(), e + mo2.end() + 1, ORG)
            org_after = hit if hit and hit[0].start == e + mo2.end() else None
        org = org_before or org_after
        if org_after and person_after is None:
            after_org = re.match(r"^,\s+", text[org_after[0].end : org_after[0].end + 4])
            if after_org:
                person_after = ctx.starting_at(org_after[0].end + after_org.end())
        subject = None
        ev_start, ev_end = s, e
        if org_before and person_after:
            subject = person_after[1]
            ev_start, ev_end = org_before[0].start, person_after[0].end
        if subject is None:
            hit = ctx.covering(s, e)
            if hit and hit[0].kind in ("descriptor", "title") or (hit and hit[0].start < s):
                subject = hit[1]
                ev_start, ev_end = min(hit[0].start, s), max(hit[0].end, e)
        if subject is None:
            # apposition after a name: "Dana Roe, (the|a|Acme's|Acme) chief executive"
            head = text[max(body, s - 80) : s]
            ma = re.search(r",\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*(?:['’]s)?\s+)?(?:(?:senior|former|deputy|acting|interim|joint|new|chief)\s+)?$", head)
            if ma is not None:
                at = ctx.ending_at(s - len(head) + ma.start())
                if at:
                    subject = at[1]
                    ev_start = at[0].start
                    ev_end = e
                    if org_after:
                        ev_end = org_after[0].end
                    elif org_before is None:
                        inner = ctx.covering(s - len(head) + ma.start() + 2, s - 1, ORG)
                        if inner:
                            org = inner
        if subject is None and person_after and (org or title in no_org_titles):
            subject = person_after[1]
            ev_end = person_after[0].end
        if subject is None or (org is None and title not in no_org_titles):
            continue
        if org is not None:
            ev_start = min(ev_start, org[0].start)
            ev_end = max(ev_end, org[0].end)
            ctx.add("employer", subject, ev_start, ev_end, obj=org[1], confidence=SURE)
        ctx.add("title", subject, ev_start, ev_end, value=title, confidence=SURE)
        ctx.add_gender(subject, p["gendered_roles"].get(title), s, e, SURE)
        titled.append((s, e))
    for m in rx["occupation"].finditer(text, body):
        s, e = m.span()
        if any(a < e and s < b for a, b in titled):
            continue
        occ = re.sub(r"[\s-]+", " ", m.group(1).lower()) if m.group(1).lower() != "singer-songwriter" else "singer-songwriter"
        if text[max(0, s - 1) : s] == "-" or text[e : e + 1] == "-":
            continue
        subject = None
        ev = (s, e)
        if text[e : e + 1] == " ":
            at = ctx.starting_at(e + 1)
            if at is None:
                # a name mention that swallowed its preceding job word
                inner = ctx.covering(s, e)
                if inner and inner[0].kind == "name" and inner[0].start == s and inner[0].end > e + 1:
                    at = inner
            if at:
                subject, ev = at[1], (s, at[0].end)
        if subject is None:
            head = text[max(body, s - 80) : s]
            ma = re.search(r"(?:,\s+(?:who\s+(?:is|was)\s+)?|\s+(?:is|was)\s+)(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$", head)
            if ma is not None and not re.search(r"[.;:!?\"“”]", ma.group(0)):
                at = ctx.ending_at(s - len(head) + ma.start())
                if at:
                    subject, ev = at[1], (at[0].start, e)
        if subject is None:
            hit = ctx.covering(s, e)
            # the job must be the descriptor's head noun: "the singer", "a former model", but not
            # "the billionaire estate mogul" or "the bill's floor manager"
            if (hit and hit[0].kind in ("descriptor", "title") and hit[0].end == e
                    and not re.search(r"['’]s\b", hit[0].text) and len(hit[0].text.split()) <= 4):
                subject, ev = hit[1], (hit[0].start, hit[0].end)
        if subject is None:
            continue
        # 'director of Acme' is a title (handled above), not a bare occupation
        if re.match(r"^\s+(?:of|at|for)\s+[A-Z]", text[e : e + 30]):
            continue
        ctx.add("occupation", subject, ev[0], ev[1], value=occ, confidence=LIKELY if ev == (s, e) else SURE)
        ctx.add_gender(subject, p["gendered_roles"].get(occ), s, e, SURE)
    # "Dana Roe works for Acme", "Ann Lee, a nurse, worked at St Mary's", "X joined Acme in 1968"
    for tok in tokens_of(ctx.doc):
        if tok.lemma_ not in ("work", "join") or tok.pos_ != "VERB" or tok.idx < body or _not_asserted(tok):
            continue
        people = _subjects(ctx, tok, couples=False)
        # "works for Acme" hangs the organization from a preposition, "joined Acme" from the verb
        heads = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "at")] if tok.lemma_ == "work" else [tok]
        for governor in heads:
            for obj in [c for c in governor.children if c.dep_ in ("pobj", "dobj")]:
                org = ctx.covering(obj.idx, _tok_end(obj), ORG)
                if org and people:
                    ctx.add("employer", people[0], tok.idx, max(org[0].end, _tok_end(obj)), obj=org[1], confidence=LIKELY)


# -- events ---------------------------------------------------------------------------

def _not_asserted(verb: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in verb.children)


def _event_evidence(ctx: _Ctx, tokens: list[Token], extra: Iterable[tuple[int, int]] = ()) -> tuple[int, int]:
    starts = [t.idx for t in tokens] + [a for a, _ in extra]
    ends = [_tok_end(t) for t in tokens] + [b for _, b in extra]
    return min(starts), max(ends)


def _rule_events(ctx: _Ctx) -> None:
    doc = ctx.doc
    ev = patterns()["events"]
    topics = set(patterns()["announcement_topics"])
    for sent in _sentences(doc):
        if sent.end_char <= ctx.article.body_start:
            continue
        for tok in sent:
            lemma, low = tok.lemma_.lower(), tok.lower_
            # death: "X died on Tuesday aged 81", "X passed away", "X was found dead"
            if tok.pos_ in ("VERB", "AUX") and (lemma == "die" or (lemma == "pass" and any(c.lower_ == "away" for c in tok.children))
                                                 or (lemma == "kill" and tok.dep_ != "ROOT" and any(c.dep_ == "auxpass" for c in tok.children))
                                                 or (lemma == "find" and any(c.lower_ == "dead" for c in tok.children))):
                if _not_asserted(tok):
                    continue
                for person in _subjects(ctx, tok, couples=False)[:1]:
                    t = _time_near(ctx, tok, sent, ("DATE", "TIME"))
                    start, end = _event_evidence(ctx, [tok], [(t.start, t.end)] if t else [])
                    value = t.value if t and t.type == "DATE" else None
                    ctx.add("death", person, start, end, value=value, time=t.id if t else None, confidence=SURE)
            # "the death of X", "X's death"
            if low == "death" and tok.pos_ == "NOUN":
                who = [c for c in tok.children if c.dep_ == "poss"]
                who += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
                ents = [e for w in who for e in _resolve(ctx, w, couples=False)]
                if len(ents) == 1:
                    t = _time_near(ctx, tok, sent, ("DATE", "TIME"))
                    start, end = _event_evidence(ctx, [tok] + [w for w in who] + [w.left_edge for w in who], [(t.start, t.end)] if t else [])
                    ctx.add("death", ents[0], start, end, value=t.value if t and t.type == "DATE" else None,
                            time=t.id if t else None, confidence=LIKELY)
            # marriage idiom: "X and Y tied the knot in 2015"
            if lemma == "tie" and any(c.lower_ == "knot" for c in tok.children) and not _not_asserted(tok):
                subj = _subjects(ctx, tok)
                if len(subj) == 2:
                    t = _time_near(ctx, tok, sent, ("DATE",))
                    start, end = _event_evidence(ctx, [tok] + [c for c in tok.children if c.lower_ == "knot"], [(t.start, t.end)] if t else [])
                    ctx.add("spouse", subj[0], start, end, obj=subj[1], confidence=SURE)
                    ctx.note_couple(start, subj[0], subj[1])
                    ctx.add("event", subj[0], start, end, obj=subj[1], value="marriage", time=t.id if t else None, confidence=SURE)
            # "X filed for divorce from Y", "her divorce from Y"
            if low in ("divorce", "engagement") and tok.pos_ == "NOUN":
                verb = _governing_verb(tok)
                # "divorce from Y" or, as the parser often attaches it, "filed for divorce from Y"
                preps = list(tok.children) + (list(verb.children) if verb is not None else [])
                partner = [g for c in preps if c.dep_ == "prep" and c.lower_ in ("from", "to", "with") for g in c.children]
                others = [e for g in partner for e in _resolve(ctx, g, couples=False)]
                subj = _subjects(ctx, verb, couples=False) if verb is not None and verb.lemma_ not in ("announce", "reveal") else []
                owner = [e for c in tok.children if c.dep_ == "poss" for e in _resolve(ctx, c, couples=False)]
                subj = owner or subj
                if subj and others and subj[0] is not others[0]:
                    t = _time_near(ctx, verb if verb is not None else tok, sent, ("DATE",))
                    start, end = _event_evidence(ctx, [tok] + partner, [(t.start, t.end)] if t else [])
                    ctx.add("event", subj[0], start, end, obj=others[0], value=low, time=t.id if t else None, confidence=LIKELY)
            # birth: "X gave birth to Y", "Y was born in 2016", "X welcomed daughter Y"
            if low == "birth" and tok.head.lemma_ == "give":
                verb = tok.head
                mothers = _subjects(ctx, verb)
                babies = []
                for c in list(tok.children) + list(verb.children):
                    if c.dep_ == "prep" and c.lower_ == "to":
                        for obj in c.children:
                            baby_ent = ctx.token_entity(obj)
                            if baby_ent:
                                babies.append(baby_ent)
                t = _time_near(ctx, verb, sent, ("DATE", "TIME"))
                start, end = _event_evidence(ctx, [verb, tok], [(t.start, t.end)] if t else [])
                for mother in mothers[:1]:
                    ctx.add("event", mother, start, end, obj=babies[0] if babies else None, value="birth",
                            time=t.id if t else None, confidence=SURE)
                    for b in babies:
                        ctx.add("child", mother, start, end, obj=b, confidence=SURE)
            if lemma == "welcome" and tok.pos_ == "VERB" and not _not_asserted(tok):
                baby_words = [c for c in tok.children if c.dep_ == "dobj" and (c.lower_ in BABY_WORDS or c.lower_ in patterns()["kinship"])]
                if baby_words:
                    parents = _subjects(ctx, tok)
                    named, _ = _names_after(ctx, baby_words[0].i, sent, many=False)
                    if not named:
                        hit = ctx.covering(baby_words[0].idx, _tok_end(baby_words[0]))
                        named = [hit[1]] if hit and _named(hit[1]) else []
                    t = _time_near(ctx, tok, sent, ("DATE", "TIME"))
                    start, end = _event_evidence(ctx, [tok, baby_words[0]], [(t.start, t.end)] if t else [])
                    for parent in parents[:1]:
                        ctx.add("event", parent, start, end, obj=named[0] if named else None, value="birth",
                                time=t.id if t else None, confidence=LIKELY)
            if lemma in ("bear", "born") and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
                for baby in _subjects(ctx, tok, couples=False)[:1]:
                    t = _time_near(ctx, tok, sent, ("DATE", "TIME"))
                    start, end = _event_evidence(ctx, [tok], [(t.start, t.end)] if t else [])
                    ctx.add("event", baby, start, end, value="birth", time=t.id if t else None, confidence=SURE)
                    # "was born to Grace and Felix Reed"
                    for prep in tok.children:
                        if prep.dep_ == "prep" and prep.lower_ == "to":
                            for pobj in prep.children:
                                for parent_tok in _conjuncts(pobj):
                                    for parent in _resolve(ctx, parent_tok, couples=False):
                                        ctx.add("child", parent, tok.idx, _tok_end(pobj.right_edge), obj=baby, confidence=SURE)
            # marriage: "X married Y in 2010", "X and Y wed in 2010"
            # spaCy's tokenizer reads "wed" as "we'd" ("we" + "d"); the "d" then carries the clause
            split_wed = low == "d" and tok.i > 0 and doc[tok.i - 1].lower_ == "we" and _tok_end(doc[tok.i - 1]) == tok.idx
            if (lemma in ("marry", "wed", "married") and tok.pos_ in ("VERB", "ADJ") or split_wed) and not _not_asserted(tok):
                subj = _subjects(ctx, tok)
                obj_toks = [c for c in tok.children if c.dep_ == "dobj"]
                obj_toks += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
                objs = [e for c in obj_toks for e in _resolve(ctx, c)]
                pair = (subj[0], objs[0]) if subj and objs else (subj[0], subj[1]) if len(subj) == 2 else None
                if pair:
                    # "is married to" states a marriage; only "married (in 2010)" is the event
                    is_state = tok.pos_ == "ADJ" or any(c.dep_ == "auxpass" or c.lemma_ == "be" for c in tok.children)
                    t = _time_near(ctx, tok, sent, ("DATE",))
                    ev_toks = [tok] + [o.left_edge for o in obj_toks] + obj_toks + ([doc[tok.i - 1]] if split_wed else [])
                    start, end = _event_evidence(ctx, ev_toks, [(t.start, t.end)] if t else [])
                    ctx.add("spouse", pair[0], start, end, obj=pair[1], confidence=SURE)
                    ctx.note_couple(start, pair[0], pair[1])
                    if not is_state or t is not None:
                        ctx.add("event", pair[0], start, end, obj=pair[1], value="marriage", time=t.id if t else None, confidence=SURE)
            # divorce / engagement
            # "got engaged" / "are engaged", not "engaged the enemy" (a transitive verb)
            if (lemma in ("divorce", "engage") and tok.pos_ in ("VERB", "ADJ") and not _not_asserted(tok)
                    and not (lemma == "engage" and any(c.dep_ == "dobj" for c in tok.children))):
                subj = _subjects(ctx, tok)
                if subj:
                    t = _time_near(ctx, tok, sent, ("DATE",))
                    start, end = _event_evidence(ctx, [tok], [(t.start, t.end)] if t else [])
                    value = "divorce" if lemma == "divorce" else "engagement"
                    ctx.add("event", subj[0], start, end, obj=subj[1] if len(subj) > 1 else None, value=value,
                            time=t.id if t else None, confidence=LIKELY)
            # pregnancy loss: "lost their son following a miscarriage"
            if low in ev["pregnancy loss"]["nouns"] or lemma in ev["pregnancy loss"]["verbs"]:
                verb = _governing_verb(tok)
                if verb is None:
                    continue
                subj = _subjects(ctx, verb)
                if not subj:
                    continue
                lost = None
                for c in verb.children:
                    if c.dep_ == "dobj":
                        lost = ctx.token_entity(c)
                        if lost is None:
                            hit = ctx.covering(c.left_edge.idx, _tok_end(c))
                            lost = hit[1] if hit else None
                t = _time_near(ctx, verb, sent, ("DATE", "TIME"))
                start, end = _event_evidence(ctx, [verb, tok])
                # The grammatical subject's first conjunct is the person who was pregnant in
                # "she and husband X lost"; both partners get the child relation elsewhere.
                ctx.add("event", subj[0], start, end, obj=lost, value="pregnancy loss", time=t.id if t else None,
                        confidence=LIKELY)
            # announcement of a pregnancy, engagement, birth ...
            if lemma in ev["announcement"]["verbs"] and tok.pos_ == "VERB":
                words = {t.lower_ for t in tok.subtree}
                topic = words & topics
                if not topic:
                    continue
                subj = _subjects(ctx, tok)
                if not subj or any(c.dep_ == "nsubjpass" for c in tok.children):
                    for c in tok.children:
                        if c.dep_ in ("ccomp", "xcomp"):
                            subj = _subjects(ctx, c) or subj
                if not subj:
                    continue
                if not topic & {"pregnant", "pregnancy", "expecting", "baby", "birth"}:
                    # an engagement or divorce is the event itself (read from its noun), not its announcement
                    continue
                what = "birth" if "birth" in topic and not topic & {"pregnant", "pregnancy", "expecting"} else "pregnancy"
                t = _time_near(ctx, tok, sent)
                clause = [x for x in tok.subtree]
                start, end = _event_evidence(ctx, [clause[0], clause[-1] if not clause[-1].is_punct else clause[-2]])
                if t is not None:
                    start, end = min(start, t.start), max(end, t.end)
                ctx.add("event", subj[0], start, end, value=f"{what} announced", time=t.id if t else None, confidence=LIKELY)


# -- gender -----------------------------------------------------------------------------

def _rule_gender(ctx: _Ctx) -> None:
    """One gender fact per person, only from a noun that states it ('husband', 'daughter',
    'spokeswoman'); none when the text is contradictory. Pronouns are left to the entity
    stage's ``Entity.gender``: a pronoun resolved to the wrong person would make a false fact."""
    by_entity: dict[str, list[tuple[Entity, str, int, int, float]]] = {}
    for item in ctx.genders:
        by_entity.setdefault(item[0].id, []).append(item)
    for items in by_entity.values():
        if len({g for _, g, *_ in items}) != 1:
            continue
        best = max(items, key=lambda x: (x[4], -x[2]))
        entity, gender, start, end, conf = best
        ctx.add("gender", entity, start, end, value=gender, confidence=conf)


def _one_age_each(facts: list[Fact]) -> list[Fact]:
    """One article gives a person one age. Two different ones mean a rule read a pronoun
    resolved to the wrong person: keep the most certain reading (a number written next to
    the name beats one reached through 'he'), the earliest on a tie."""
    best: dict[str, Fact] = {}
    for f in facts:
        if f.relation == "age":
            cur = best.get(f.subject)
            if cur is None or f.confidence > cur.confidence:
                best[f.subject] = f
    return [f for f in facts if f.relation != "age" or best[f.subject] is f]


RULES = (_rule_couples, _rule_kinship, _rule_ages, _rule_age_clauses, _rule_children_count, _rule_roles, _rule_events,
         _rule_gender)


def extract_facts(doc: Doc, article: Article, entities: list[Entity], times: list[TimeExpr]) -> list[Fact]:
    ctx = _Ctx(doc=doc, article=article, entities=entities, times=times)
    for rule in RULES:
        try:
            rule(ctx)
        except Exception as exc:  # noqa: BLE001
            # Policy: skip and record. One rule failing on an odd sentence loses that rule's
            # facts for this article, not the article's entities, quotes and times as well.
            log.warning("article %s: fact rule %s failed: %s: %s", article.id, rule.__name__, type(exc).__name__, exc)
    facts = _one_age_each(list(ctx.facts.values()))
    facts.sort(key=lambda f: (f.evidence.start, f.evidence.end))
    return [f.model_copy(update={"id": f"f{i}"}) for i, f in enumerate(facts, 1)]
