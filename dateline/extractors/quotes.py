"""Quotations and reported speech, with speaker, cue, addressee and channel.

Three steps: pair quotation marks into quotations (``find_quotations``: character work only,
no parse needed), attribute each quotation through the dependency parse (cue verb, its
subject, or a carried-over speaker), then find reported speech among the cue verbs that
govern no quotation. Lexicons live in ``dateline/patterns/quotes.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from dateline.model import Entity, Quote, Segment, Span
from dateline.nlp import text_of, tokens_of

PATTERNS = Path(__file__).resolve().parent.parent / "patterns" / "quotes.json"

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
STRAIGHT = '"'
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
# A quotation mark inside an HTML/XML tag (`<tweet author="...">`) quotes an attribute value.
TAG = re.compile(r"<[^<>\n]{0,3000}>")
PRONOUNS = {
    "he": "male", "him": "male", "his": "male",
    "she": "female", "her": "female", "hers": "female",
    "they": None, "them": None, "it": None, "we": None, "i": None, "you": None,
}
SUBJECT_DEPS = ("nsubj",)
# How far back (in tokens) `the statement said` looks for the statement it refers to.
DOCUMENT_LOOKBACK = 150
# Dependents that build a noun phrase before its head (`the Friday editorial`).
NOUN_MODIFIER_DEPS = ("det", "amod", "compound", "nmod", "poss")
# A quotation signed after a dash (`"…" ― Jane Doe`), the convention of reader comments and
# pull quotes: the name is the speaker.
DASH_SIGNATURE = re.compile(r"\s*[―—–-]{1,2}\s*((?:[A-Z][\w.'’-]*\s?){1,4})")
# A transcript line (`WALLACE: ...`) names its speaker in capitals before a colon.
TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s")
# A stage direction (`"(CROSSTALK.)`, `[APPLAUSE]`) is not speech, and it interrupts a
# running quotation: what follows it is a new statement.
STAGE_DIRECTION = re.compile(r"\s*[(\[][^()\[\]]*[)\]][.,]?\s*")
# Words that may sit between a closing mark and the next opening mark of a split quote
# (`"...," she said, "..."`): more than this and the two are separate quotations.
MAX_INTERJECTION_WORDS = 10
# A quotation this long (in words) reads as a statement even when it starts mid-sentence.
SENTENTIAL_WORDS = 12
# A quoted fragment with no cue verb in its sentence is still taken as quoted speech from
# this many words on (`a "human leech who will bleed the country"`); a lone quoted word with
# no cue is a scare quote. Set on PolNeAR dev and checked on train.
MIN_UNATTRIBUTED_FRAGMENT_WORDS = 2
# Longest title or name we recognise by its capitalisation alone (`"Face the Nation"`).
MAX_TITLE_WORDS = 7
TITLE_STOPWORDS = {"a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "with", "at", "by", "from", "is", "&"}


@lru_cache(maxsize=1)
def lexicon() -> dict:
    data = json.loads(PATTERNS.read_text(encoding="utf-8"))
    for key in ("speech_cues", "reporting_cues", "object_reporting_cues", "content_objects", "document_nouns", "irregular_past_cues", "naming_cues", "noun_cues", "person_nouns", "female_nouns", "male_nouns", "org_nouns", "abbreviations"):
        data[key] = frozenset(data[key])
    data["scare_re"] = re.compile(r"(?:^|\W)(?:" + "|".join(re.escape(c) for c in sorted(data["scare_cues"], key=len, reverse=True)) + r")\W*$", re.I)
    data["channel_re"] = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(data["channels"], key=len, reverse=True)) + r")\b", re.I)
    return data


# ---------------------------------------------------------------- pairing marks


@dataclass
class Quotation:
    """A quotation found by its marks: ``segments`` are content ranges (marks excluded);
    ``outer`` is the range including the marks, used to keep cue words out of quotes."""

    segments: list[tuple[int, int]]
    outer: tuple[int, int]
    paragraph_start: bool = False
    # Each segment with its marks; the text between two of them (`she said`) is not quoted.
    marked: list[tuple[int, int]] = field(default_factory=list)
    single: bool = False
    paragraphs: int = 1


def paragraph_ranges(text: str, start: int = 0) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip() and end > start:
            out.append((max(pos, start), end))
        pos = end + 1
    return out


DOUBLE_CLOSE_OF = {"“": "”", "„": "“", "«": "»"}


def _nested_close(text: str, open_at: int, i: int, p_end: int) -> Optional[int]:
    """The closing mark of a curly pair nested in a straight quotation that is still open
    (`"It comes across as “too loud” or “too shrill.”"`), or None. The writer nests by
    switching typography, so the inner pair is part of the outer quotation's text. It nests
    only when the straight quotation has words before it and closes with a straight mark after it."""
    close = text.find(DOUBLE_CLOSE_OF[text[i]], i + 1, p_end)
    if close < 0 or not text[open_at + 1 : i].strip():
        return None
    if STRAIGHT in text[close + 1 : p_end] and text.find(DOUBLE_OPEN[0], i + 1, close) < 0:
        return close
    return None


def _pair_double(text: str, p_start: int, p_end: int, tags: list[tuple[int, int]]) -> list[tuple[int, Optional[int]]]:
    """(opening mark, closing mark or None) pairs in one paragraph."""
    pairs: list[tuple[int, Optional[int]]] = []
    open_at: Optional[int] = None
    skip_to = -1
    for i in range(p_start, p_end):
        c = text[i]
        if c not in STRAIGHT + DOUBLE_OPEN + DOUBLE_CLOSE or i <= skip_to:
            continue
        if any(a <= i < b for a, b in tags):
            continue
        if c == STRAIGHT:
            if open_at is None:
                # An inch mark (`6'3"`), or a stray closing mark glued to the word before
                # it (`systems" including`) whose opening mark was lost: not an opening.
                prev_c = text[i - 1] if i > p_start else " "
                next_c = text[i + 1] if i + 1 < p_end else " "
                if prev_c.isdigit() or (prev_c.isalnum() or prev_c in ".,!?") and (next_c.isspace() or next_c in ".,;:"):
                    continue
                open_at = i
            else:
                pairs.append((open_at, i))
                open_at = None
        elif c in DOUBLE_OPEN:
            nested = _nested_close(text, open_at, i, p_end) if open_at is not None and text[open_at] == STRAIGHT else None
            if nested is not None:
                skip_to = nested
                continue
            if open_at is not None:
                # A lost closing mark: the new opening one starts a new quotation.
                pairs.append((open_at, i))
            open_at = i
        elif open_at is not None:
            pairs.append((open_at, i))
            open_at = None
    if open_at is not None:
        pairs.append((open_at, None))
    return pairs


_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘([^‘’\n]{1,200}?)’(?![\w])")


def find_quotations(text: str, body_start: int = 0) -> list[Quotation]:
    """Pair the quotation marks of ``text`` (from ``body_start``) into quotations.

    Double marks pair within a paragraph. A quotation left open at the end of a paragraph
    runs on when the next paragraph opens with a mark (the running-quote convention);
    otherwise the paragraph end closes it. Single marks inside a double quotation are
    part of its text; top-level single-mark quotations (`‘...’`, the headline style) are
    kept when a curly opening mark follows a space and the closing one ends a word.
    """
    tags = [(m.start(), m.end()) for m in TAG.finditer(text)]
    out: list[Quotation] = []
    running: Optional[Quotation] = None
    for p_start, p_end in paragraph_ranges(text, body_start):
        stripped_start = p_start + (len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip()))
        content_end = p_start + len(text[p_start:p_end].rstrip())
        pairs = _pair_double(text, p_start, p_end, tags)
        covered: list[tuple[int, int]] = []
        for k, (o, c) in enumerate(pairs):
            end = c if c is not None else content_end
            # An unclosed quotation has no closing mark; its outer range must still end in the text.
            after = min(end + 1, len(text))
            covered.append((o, after))
            if o + 1 >= end or not text[o + 1 : end].strip():
                continue
            seg = (o + 1, end)
            at_start = o == stripped_start
            # A running quote keeps its typography: a paragraph opened with the other kind
            # of mark (straight vs curly) is a new quotation, and so is a transcript line
            # (`"WALLACE: ...`), which names a new speaker.
            same_style = running is not None and (text[running.outer[0]] == STRAIGHT) == (text[o] == STRAIGHT)
            direction = STAGE_DIRECTION.fullmatch(text, o + 1, end) is not None
            if running is not None and k == 0 and at_start and same_style and not TRANSCRIPT_LABEL.match(text, o + 1) and not direction:
                running.segments.append(seg)
                running.marked.append((o, after))
                running.outer = (running.outer[0], after)
                running.paragraphs += 1
            else:
                running = None
                out.append(Quotation([seg], (o, after), paragraph_start=at_start, marked=[(o, after)]))
            if c is None and k == len(pairs) - 1 and not direction:
                running = out[-1]
            else:
                running = None
        if not pairs:
            running = None
        for m in _SINGLE.finditer(text, p_start, p_end):
            if any(a <= m.start() < b for a, b in covered):
                continue
            out.append(Quotation([(m.start(1), m.end(1))], (m.start(), m.end()), single=True,
                                 paragraph_start=m.start() == stripped_start, marked=[(m.start(), m.end())]))
    out.sort(key=lambda q: q.outer[0])
    return out


# ---------------------------------------------------------------- helpers on the parse


def _entity_at(entities: list[Entity], start: int, end: int) -> Optional[Entity]:
    """The entity with a mention overlapping [start, end); a mention containing the span
    beats one that merely overlaps, and a tighter mention a looser one."""
    best, best_key = None, None
    for entity in entities:
        for m in entity.mentions:
            if m.start < end and start < m.end:
                key = (0 if m.start <= start and end <= m.end else 1, m.end - m.start)
                if best_key is None or key < best_key:
                    best, best_key = entity, key
    return best


def _span(doc: Doc, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text_of(doc)[start:end])


def _tokens(doc: Doc, start: int, end: int) -> Optional[SpacySpan]:
    return doc.char_span(start, end, alignment_mode="expand")


def _sentence_bounds(text: str, quotes: list[Quotation], lo: int, hi: int, pos: int) -> tuple[int, int]:
    """The sentence around ``pos`` within [lo, hi), with sentence ends found in the text
    outside quotations (a quotation's own stops do not end the reporting sentence)."""
    inside = [r for q in quotes for r in q.marked]

    def is_end(i: int) -> bool:
        if text[i] not in ".!?" or any(a <= i < b for a, b in inside):
            return False
        nxt = text[i + 1 : i + 3]
        if nxt and not (nxt[0].isspace() or nxt[0] in "\"“'‘"):
            return False
        word = re.search(r"([\w.]+)$", text[max(lo, i - 12) : i])
        return not (text[i] == "." and word and _abbreviation(word.group(1)))

    start = lo
    for i in range(pos - 1, lo - 1, -1):
        if is_end(i):
            start = i + 1
            break
    end = hi
    for i in range(pos, hi):
        if is_end(i):
            end = i + 1
            break
    return start, end


def _noun_phrase(tok: Token) -> tuple[int, int]:
    """The mention of a subject as written: its left dependents, the head and an
    `of` phrase (`The 34-year-old mother of two`), without appositions or clauses."""
    doc = tok.doc
    left = tok
    # Grow leftwards over the head's own dependents only: a bad parse can hang a whole
    # clause under a subject, and the mention must stay the noun phrase.
    while left.i > tok.sent.start:
        prev = doc[left.i - 1]
        if prev.is_space or prev.text in (",", ";", ":", "—", "–", "(", ")", '"', "“", "”") or tok not in list(prev.ancestors):
            break
        left = prev
    while left.i < tok.i and (left.is_punct or left.is_space or left.dep_ in ("cc", "punct")):
        left = doc[left.i + 1]
    end_tok = tok
    for child in tok.rights:
        if child.dep_ in ("compound", "flat") or (child.dep_ == "prep" and child.lower_ == "of"):
            end_tok = child.right_edge
        else:
            break
    return left.idx, end_tok.idx + len(end_tok.text)


def _in_ranges(tok: Token, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= tok.idx < b for a, b in ranges)


def _subject(cue: Token, quote_ranges: list[tuple[int, int]]) -> Optional[Token]:
    """The speaker token of a cue verb: its subject, or that of the verb it hangs from
    (`posted a message, saying ...`, `and said ...`), or the object of `according to`."""
    if cue.pos_ == "NOUN":
        owners = [c for c in cue.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN", "PRON")]
        if owners:
            return owners[0]
        if cue.lower_ in lexicon()["noun_cues"]:
            return None
        # A verb the tagger took for a noun (`the editorial read`): its nominal modifiers
        # are the subject.
        mods = [c for c in cue.children if c.i < cue.i and c.dep_ in ("compound", "amod", "nmod", "nsubj") and not _in_ranges(c, quote_ranges)]
        return mods[-1] if mods else None
    if cue.lower_ == "according":
        for child in cue.children:
            if child.lower_ == "to":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
        return None
    verb = cue
    gerund = False  # climbed from `after saying`: the head's passive subject said it
    # Deep enough for `Clinton seemed to be ready to riff on it, telling the crowd, "…"`.
    for _ in range(5):
        if not gerund and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return None  # `it was announced`: the passive names no speaker
        deps = SUBJECT_DEPS + ("nsubjpass",) if gerund else SUBJECT_DEPS
        # With two subjects (a misparse of `<content>, the club said`) the nearer one speaks.
        for child in sorted(verb.children, key=lambda c: abs(c.i - verb.i)):
            if child.dep_ in deps and not _in_ranges(child, quote_ranges):
                if child.pos_ == "NUM" or child.ent_type_ in ("DATE", "TIME") or not any(ch.isalpha() for ch in child.text):
                    return None  # a time stamp parsed as the subject (`5:45 p.m. ...`)
                if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                    return verb.head
                return child
        # `and said`, `wants to say`, `posted a message, saying`: the subject is the head's.
        # A finite cue hung under another verb with no subject of its own is a misparse
        # (`Protesters marching through the streets chanted "…"`).
        climbs = verb.dep_ in ("conj", "xcomp") or (verb.dep_ in ("advcl", "dep") and verb.tag_ in ("VBG", "VBD"))
        if climbs and verb.head is not verb:
            gerund = verb.tag_ == "VBG"
            verb = verb.head
        elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # `began by saying`, `after saying`: the subject of the verb
            gerund = True
        elif verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj":
            verb = verb.head.head  # `X issued a statement calling it "…"`: X speaks, not the statement
        elif verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.i == verb.i - 1 and verb.head.pos_ in ("NOUN", "PROPN"):
            # `a man yelled "…"` taken for a reduced relative (`a man [who was] yelled`): a
            # past tense form, not a participle, so the noun before it is the subject.
            return verb.head
        else:
            break
    return None


def _addressee(doc: Doc, cue: Token, quote_ranges: list[tuple[int, int]]) -> Optional[str]:
    if cue.lower_ == "according" or cue.pos_ == "NOUN":
        return None
    if cue.lemma_ == "tell":
        for child in cue.children:
            if child.dep_ in ("dobj", "dative", "iobj") and not _in_ranges(child, quote_ranges):
                a, b = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
                return text_of(doc)[a:b]
    for child in cue.children:
        if child.dep_ in ("prep", "dative") and child.lower_ == "to":
            for obj in child.children:
                if obj.dep_ == "pobj" and not _in_ranges(obj, quote_ranges):
                    a, b = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
                    return text_of(doc)[a:b]
    return None


def _channel(text: str, cue: Optional[Token], lo: int, hi: int) -> Optional[str]:
    """The channel named in the reporting clause, nearest the cue wins."""
    lex = lexicon()
    if cue is not None and cue.lemma_ == "tweet":
        return "Twitter"
    hits = [(m.start(), lex["channels"][m.group(1).lower()]) for m in lex["channel_re"].finditer(text, lo, hi)]
    if not hits:
        return None
    anchor = cue.idx if cue is not None else lo
    return min(hits, key=lambda h: abs(h[0] - anchor))[1]


# ---------------------------------------------------------------- attribution


@dataclass
class _Attribution:
    cue: Optional[Token] = None
    subject: Optional[Token] = None
    mention: Optional[tuple[int, int]] = None
    speaker: Optional[str] = None
    channel: Optional[str] = None
    addressee: Optional[str] = None
    carried: bool = False


@dataclass
class _Resolver:
    """Speaker mention -> entity id: the entities' own mentions first, then pronouns and
    descriptors to the nearest earlier compatible speaker or person."""

    doc: Doc
    entities: list[Entity]
    history: list[tuple[int, str]] = field(default_factory=list)  # (offset, entity id) of speakers so far

    def gender_of(self, entity_id: str) -> Optional[str]:
        for e in self.entities:
            if e.id == entity_id:
                return e.gender
        return None

    def type_of(self, entity_id: str) -> Optional[str]:
        for e in self.entities:
            if e.id == entity_id:
                return e.type
        return None

    def resolve(self, head: Token, start: int, end: int) -> Optional[str]:
        entity = _entity_at(self.entities, head.idx, head.idx + len(head.text)) or _entity_at(self.entities, start, end)
        if entity is not None:
            return entity.id
        lex = lexicon()
        word = head.lower_
        if word in PRONOUNS:
            if word in ("i", "we", "you"):
                return None
            want_type = "ORG" if word == "it" else "PERSON"
            return self._nearest(start, want_type, PRONOUNS[word], plural=word in ("they", "them"))
        if head.pos_ == "NOUN" and word in lex["person_nouns"] | lex["org_nouns"]:
            # A definite descriptor (`the 52-year-old coach`) refers back to someone named.
            det = [c for c in head.children if c.dep_ in ("det", "poss")]
            if not det or det[0].lower_ not in ("the", "this", "that"):
                return None
            if word in lex["org_nouns"]:
                return self._nearest(start, "ORG", None)
            gender = "female" if word in lex["female_nouns"] else "male" if word in lex["male_nouns"] else None
            return self._nearest(start, "PERSON", gender)
        return None

    def _nearest(self, before: int, want_type: str, gender: Optional[str], plural: bool = False) -> Optional[str]:
        if plural:
            return None
        candidates: list[tuple[int, str]] = []
        for e in self.entities:
            if e.type != want_type and not (want_type == "ORG" and e.type == "ORG_OR_PRODUCT"):
                continue
            if gender and e.gender and e.gender != gender:
                continue
            for m in e.mentions:
                if m.end <= before and m.kind != "pronoun":
                    candidates.append((m.end, e.id))
        for pos, eid in self.history:
            if pos <= before and self.type_of(eid) in (want_type, None):
                g = self.gender_of(eid)
                if not (gender and g and g != gender):
                    candidates.append((pos, eid))
        if not candidates:
            return None
        return max(candidates)[1]


def cue_lemma(tok: Token) -> Optional[str]:
    """The speech-cue lemma of a verb token, or None. The lemmatizer misses some
    (`rated` -> `rat`), so regular inflections of the word itself are tried too. A
    phrasal cue (`shot back`) is returned with its particle."""
    lex = lexicon()
    cues = lex["speech_cues"]
    lemma = tok.lemma_.lower()
    if lemma in cues:
        return lemma
    if lemma == "put" and any(c.lower_ == "it" and c.dep_ == "dobj" for c in tok.children) and any(c.lower_ == "as" for c in tok.children):
        return "put it"  # `as the Gazette put it, "…"`
    particle = lex["phrasal_cues"].get(lemma)
    if particle is not None and any(c.lower_ == particle and c.i == tok.i + 1 for c in tok.children):
        return f"{lemma} {particle}"
    w = tok.lower_
    if w.endswith(("s", "d", "ing")):
        for form in (w[:-1], w[:-2], w[:-3] + "e", w[:-3]):
            if len(form) > 2 and form in cues:
                return form
    return None


def is_cue_verb(tok: Token) -> bool:
    """A speech-cue verb, including a past-tense cue the tagger took for a noun: after a
    name (`"Well," Ann Vale joked, "…"`), or ending a trailing attribution (`"…," the
    editorial read.`)."""
    if tok.pos_ in ("VERB", "AUX"):
        return cue_lemma(tok) is not None
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.i == 0:
        return False
    doc = tok.doc
    if tok.lower_.endswith("ed") and doc[tok.i - 1].pos_ == "PROPN" and cue_lemma(tok) is not None:
        return True
    if tok.lower_ not in lexicon()["irregular_past_cues"] or tok.i + 1 >= len(doc) or not doc[tok.i + 1].is_punct:
        return False
    # The words before it are its own modifiers (`the editorial`), right after a closing mark.
    j = tok.i - 1
    while j >= 0 and doc[j].head.i == tok.i and doc[j].dep_ in NOUN_MODIFIER_DEPS:
        j -= 1
    return 0 <= j < tok.i - 1 and doc[j].is_quote


def _cue_candidates(doc: Doc, lo: int, hi: int, quote_ranges: list[tuple[int, int]]) -> list[Token]:
    lex = lexicon()
    span = _tokens(doc, lo, hi)
    if span is None:
        return []
    out = []
    for tok in span:
        if _in_ranges(tok, quote_ranges) or tok.idx < lo or tok.idx >= hi:
            continue
        if tok.pos_ == "NOUN" and tok.lower_ in lex["noun_cues"] and any(c.dep_ == "poss" for c in tok.children):
            out.append(tok)
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            out.append(tok)
        elif is_cue_verb(tok) and tok.dep_ not in ("amod", "prep"):
            out.append(tok)
    return out


def _attribute(
    doc: Doc, q: Quotation, lo: int, hi: int, quote_ranges: list[tuple[int, int]], resolver: _Resolver, *, fragment: bool = False
) -> _Attribution:
    cands = _cue_candidates(doc, lo, hi, quote_ranges)
    first = _tokens(doc, *q.segments[0])
    first_tok = first[0] if first is not None and len(first) else None
    if fragment and first is not None:
        # A fragment is not attributed by a cue in a relative clause that does not
        # govern it (`a "smart" kettle that nobody asked for`).
        heads = {a.i for t in first for a in t.ancestors}
        cands = [c for c in cands if c.i in heads or c.dep_ != "relcl"]
    if not cands:
        return _Attribution()

    def key(tok: Token) -> tuple[int, int, int, int, int]:
        governs = first_tok is not None and any(t.i == tok.i for t in first_tok.ancestors)
        subj = _subject(tok, quote_ranges) is not None
        dist = min(abs(tok.idx - q.outer[0]), abs(tok.idx - q.outer[1]))
        # A speech verb governing the quotation beats a possessed noun cue inside its
        # clause: `she said Lee's "reckless" plan ...` quotes her, not Lee.
        noun = tok.pos_ == "NOUN"
        # Of nested governing cues (`Lee said he believes it was "a mistake"`) the outermost
        # speaks: the inner one is part of what was reported.
        # A cue that borrows its head's subject (`posted a message, saying …`) counts at
        # its head's depth, so that the nearer of the two still wins there.
        owner = tok
        while not any(c.dep_ in SUBJECT_DEPS for c in owner.children) and owner.dep_ in ("conj", "xcomp", "advcl", "dep", "acl") and owner.head.i != owner.i:
            owner = owner.head
        depth = 0
        if governs:
            # Only embedding counts: a coordinated verb (`she asked and Lee said "…"`) is a
            # sibling, not a clause inside the first.
            node = owner
            while node.head.i != node.i:
                depth += node.dep_ != "conj"
                node = node.head
        return (0 if subj else 1, 0 if governs else 1, 1 if noun else 0, depth, dist)

    cue = min(cands, key=key)
    subj = _subject(cue, quote_ranges)
    if subj is None and (cue.pos_ == "VERB" or cue.pos_ == "NOUN" and is_cue_verb(cue)) and not any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children):
        subj = _adjacent_speaker(cue, quote_ranges)
    att = _Attribution(cue=cue, subject=subj)
    if subj is not None:
        a, b = _noun_phrase(subj)
        if cue.pos_ == "NOUN" and subj.head.i == cue.i:
            # A mis-tagged cue (`the editorial read`): the mention is all of its modifiers.
            a = min([a] + [c.idx for c in cue.children if c.i < cue.i and c.dep_ in NOUN_MODIFIER_DEPS])
        att.mention = (a, b)
        att.speaker = resolver.resolve(subj, a, b)
    att.addressee = _addressee(doc, cue, quote_ranges)
    att.channel = _channel(text_of(doc), cue, lo, hi)
    return att


def _document_intro(doc: Doc, lo: int, hi: int, quote_ranges: list[tuple[int, int]], resolver: _Resolver) -> _Attribution:
    """`X issued the following statement:` / `X sent supporters an email:` before a colon: the
    one who issued the document speaks what follows, with no speech verb. The verb is the cue."""
    span = _tokens(doc, lo, hi)
    if span is None:
        return _Attribution()
    for tok in span:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon()["document_nouns"] and tok.dep_ in ("dobj", "dative") and tok.head.pos_ == "VERB":
            verb = tok.head
            subj = _subject(verb, quote_ranges)
            if subj is None:
                continue
            a, b = _noun_phrase(subj)
            return _Attribution(cue=verb, subject=subj, mention=(a, b), speaker=resolver.resolve(subj, a, b),
                                channel=_channel(text_of(doc), verb, lo, hi))
    return _Attribution()


def _document_issuer(subject: Token, resolver: _Resolver, quote_ranges: list[tuple[int, int]]) -> Optional[str]:
    """`the club said in a statement` ... `"…," the statement said`: a definite document noun
    as the speaker refers back to the latest earlier document of that kind (`in a statement`,
    `issued a statement`) whose issuer the text names."""
    noun = subject.lemma_.lower()
    if noun not in lexicon()["document_nouns"] or not any(c.lower_ in ("the", "this", "that") for c in subject.children):
        return None
    doc = subject.doc
    for tok in reversed(doc[max(0, subject.i - DOCUMENT_LOOKBACK) : subject.i]):
        if tok.lemma_.lower() != noun or _in_ranges(tok, quote_ranges):
            continue
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if verb.pos_ != "VERB":
            continue
        issuer = _subject(verb, quote_ranges)
        if issuer is not None:
            return resolver.resolve(issuer, *_noun_phrase(issuer))
    return None


def _is_sentential(text: str, q: Quotation, para_start: int) -> bool:
    """A quotation that is a statement of its own rather than a fragment of the
    surrounding sentence: it opens its paragraph, follows a colon or a sentence end, or
    starts with a capital and ends in sentence punctuation, or is long."""
    s, e = q.segments[0]
    content = text[s:e].strip()
    if not content:
        return False
    before = text[para_start : q.outer[0]].rstrip()
    words = len(text[q.segments[0][0] : q.segments[-1][1]].split())
    capital = content[0].isupper() or content[0].isdigit() or content[0] in "….'‘\"“"
    if q.paragraph_start or not before or before[-1] in ":.!?":
        return capital or words >= SENTENTIAL_WORDS
    if capital and (before[-1] in ",—–-" or words >= SENTENTIAL_WORDS):
        return True
    last = text[q.segments[-1][0] : q.segments[-1][1]].rstrip()
    return capital and last[-1:] in ".!?," and words >= 4


def _is_title(text: str, q: Quotation) -> bool:
    content = text[q.segments[0][0] : q.segments[-1][1]].strip().rstrip(".,;:")
    words = re.findall(r"[\w'’-]+", content)
    if not words or len(words) > MAX_TITLE_WORDS or len(q.segments) > 1:
        return False
    if re.search(r"[.!?]\s", content) or content[-1:] in "?!":
        return False
    content_words = [w for w in words if w.lower() not in TITLE_STOPWORDS]
    return bool(content_words) and all(w[0].isupper() or w[0].isdigit() for w in content_words) and (words[0][0].isupper() or words[0][0].isdigit())


def _names_a_noun(text: str, q: Quotation) -> bool:
    """A quoted name run straight into a lower-case word (`"Night Watch" host Ann Lee`,
    `the "Better Days" tour`): it modifies that noun, whatever the sentence's cue says.
    A statement ends with its own punctuation or is followed by some."""
    last = text[q.segments[-1][0] : q.segments[-1][1]].rstrip()
    return last[-1:].isalnum() and re.match(r"\s+[a-z]", text[q.outer[1] : q.outer[1] + 3]) is not None


def _introduced_by_verb(doc: Doc, q: Quotation) -> bool:
    """The quotation is set off by a comma or colon straight after a verb (`interjecting,
    "…"`), the way quoted words are introduced; a title sits in a noun phrase instead."""
    span = _tokens(doc, *q.segments[0])
    if span is None or span.start < 3:
        return False
    before = [t for t in doc[max(0, span.start - 4) : span.start] if not t.is_quote and not t.is_space]
    if len(before) < 2 or before[-1].text not in (",", ":"):
        return False
    verb = before[-2]
    if verb.dep_ in ("prt", "advmod") and len(before) >= 3:
        verb = before[-3]  # `shot back, "…"`
    return verb.pos_ in ("VERB", "AUX")


def _modifier(doc: Doc, q: Quotation) -> bool:
    """A quoted term used to modify a noun (`the "sex tape" reference`, `a "use it or
    lose it" approach`): a term being mentioned, not words being reported."""
    span = _tokens(doc, *q.segments[0])
    return span is not None and len(span) > 0 and span.root.dep_ in ("compound", "amod", "nmod") and span.root.head.i >= span.end


def _quoted_name(doc: Doc, q: Quotation, cue: Optional[Token]) -> bool:
    """A capitalised quoted phrase that a speech cue governs as what was said or what
    someone was called (`called him "Lyin' Ted"`, `hailed him as "The Comeback Kid"`),
    rather than a title standing in a phrase of its own (`on CNN's "State of the Union"`,
    `the documentary "13th"`, `an episode of "Shark Tank"`)."""
    if cue is None or cue.pos_ != "VERB":
        return False
    span = _tokens(doc, *q.segments[0])
    if span is None or not len(span) or not any(a.i == cue.i for a in span[0].ancestors):
        return False
    before = [t for t in doc[max(0, span.start - 3) : span.start] if not t.is_quote and not t.is_space]
    if not before:
        return True
    prev = before[-1]
    # `calls him a "fascist" and a "Stalinist"`: an indefinite article before the name the
    # cue gives someone; `the "Star Wars" sequel` or `the documentary "13th"` is a title.
    called_a = prev.lower_ in ("a", "an") and span.root.dep_ in ("oprd", "conj", "attr", "dobj")
    if prev.tag_ == "POS" or (prev.pos_ == "DET" and not called_a) or (prev.pos_ == "ADP" and prev.lower_ != "as"):
        return False
    # `called the winner "Miss Piggy"`, parsed as an apposition to the object of the cue;
    # but in `called the documentary "Ninety Minutes" an unfair portrait` the name is the
    # documentary's and what it was called follows.
    if (
        span.root.dep_ == "appos" and span.root.head.dep_ == "dobj" and span.root.head.head.i == cue.i and cue.lemma_ in lexicon()["naming_cues"]
        and not any(c.dep_ in ("appos", "oprd", "attr") and c.i >= span.end for c in span.root.children)
    ):
        return True
    # `the documentary "Ninety Minutes"`: a name in apposition to the noun before it.
    return span.root.dep_ not in ("appos", "compound", "nmod", "npadvmod", "nsubj")


def _abbreviation(word: str) -> bool:
    """A word whose full stop does not end a sentence: a listed abbreviation, an initial,
    or dotted letters (`U.S`)."""
    w = word.lower()
    return w in lexicon()["abbreviations"] or len(w) == 1 or re.fullmatch(r"(\w\.)+\w", w) is not None


def _ends_a_sentence_inside(between: str) -> bool:
    """`"…," the club said. It added: "…"`: a sentence ends inside the interjection and
    another begins, so the two quotations belong to two reporting sentences."""
    for m in re.finditer(r"([\w.]*)[.!?]\s+(?=\w)", between.strip()):
        w = m.group(1).rstrip(".")
        if w and not _abbreviation(w):
            return True
    return False


def _merge_split(text: str, quotes: list[Quotation], doc: Doc) -> list[Quotation]:
    """Join `"…," she said, "…."` into one quotation with two segments: the text between
    the two is a short interjection holding a cue verb, inside one paragraph."""
    out: list[Quotation] = []
    for q in quotes:
        prev = out[-1] if out else None
        if prev is not None and not prev.single and not q.single and q.paragraphs == 1 and prev.paragraphs == 1:
            between = text[prev.outer[1] : q.outer[0]]
            first_content = text[prev.segments[-1][0] : prev.segments[-1][1]].rstrip()
            words = re.findall(r"[\w'’-]+", between)
            # A title inside the reporter's sentence (`star of the show "Night Watch," thanked
            # ...`) is not the first half of a split statement.
            embedded_title = _is_title(text, prev) and text[: prev.outer[0]].rstrip()[-1:].isalnum()
            if (
                "\n" not in between and 0 < len(words) <= MAX_INTERJECTION_WORDS and first_content[-1:] in ",.!?…—-"
                and not _is_title(text, q) and not embedded_title and not _ends_a_sentence_inside(between)
            ):
                span = _tokens(doc, prev.outer[1], q.outer[0])
                has_cue = span is not None and any(is_cue_verb(t) for t in span)
                # `"…," she said, "…"` and `"…," she said. "…"`: the first part hands over to
                # the attribution with a comma (or the interjection itself opens lower-case).
                lead = between.strip()[:1]
                if has_cue and (first_content.endswith(",") or lead == "," or lead.islower()):
                    prev.segments.extend(q.segments)
                    prev.marked.extend(q.marked)
                    prev.outer = (prev.outer[0], q.outer[1])
                    continue
        out.append(q)
    return out


def extract_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    """Every quotation (direct, partial, scare) and reported speech item in ``doc``."""
    text = text_of(doc)
    article = getattr(doc._, "article", None) if Doc.has_extension("article") else None
    body_start = article.body_start if article is not None else 0
    lex = lexicon()
    quotations = _merge_split(text, find_quotations(text, body_start), doc)
    quote_ranges = [r for q in quotations for r in q.marked]
    paragraphs = paragraph_ranges(text, body_start)
    resolver = _Resolver(doc, entities)
    bounding = [
        r for q in quotations for r in q.marked
        if len(text[q.segments[0][0] : q.segments[-1][1]].split()) >= 3 and not _is_title(text, q)
    ]

    def paragraph_of(pos: int) -> int:
        for i, (a, b) in enumerate(paragraphs):
            if a <= pos <= b:
                return i
        return -1

    results: list[tuple[int, Quote, Optional[Token]]] = []
    used_cues: set[int] = set()
    prev: Optional[tuple[Quotation, _Attribution, int, str]] = None  # quotation, attribution, paragraph, kind
    for q in quotations:
        p_idx = paragraph_of(q.outer[0])
        last_p = paragraph_of(q.outer[1] - 1)
        p_start, _ = paragraphs[p_idx]
        _, p_end = paragraphs[last_p]
        lo, _ = _sentence_bounds(text, quotations, p_start, p_end, q.outer[0])
        _, hi = _sentence_bounds(text, quotations, p_start, p_end, max(q.outer[1] - 1, q.outer[0]))
        first_para_end = paragraphs[p_idx][1]
        sentential = _is_sentential(text, q, p_start)
        # The reporting clause lies outside the quotation, within its sentence. For a
        # statement, neighbouring statements bound it (a nickname or title inside the
        # clause, `state Del. Marcia "Cia" Price shouted`, does not); a fragment's cue may
        # stand before a whole list of fragments (`called him a "liar", a "bully"`).
        others = [r for r in bounding if r not in q.marked]
        left_lo = max([lo] + [b for a, b in others if b <= q.outer[0]]) if sentential else lo
        right_hi = min([hi] + [a for a, b in others if a >= q.outer[1]]) if sentential else hi
        if q.paragraphs > 1:
            right_hi = min(right_hi, first_para_end) if q.outer[1] > first_para_end else right_hi
        att = _attribute(doc, q, left_lo, right_hi, quote_ranges, resolver, fragment=not sentential)
        # A statement with no cue of its own may be introduced by `X said:` before it.
        if att.cue is None and sentential:
            before = text[p_start : q.outer[0]].rstrip()
            if before.endswith(":"):
                colon = p_start + len(before) - 1
                plo, _ = _sentence_bounds(text, quotations, p_start, p_end, colon)
                att = _attribute(doc, q, max(plo, p_start), q.outer[0], quote_ranges, resolver)
                if att.cue is None:
                    att = _document_intro(doc, max(plo, p_start), q.outer[0], quote_ranges, resolver)
            elif q.paragraph_start and p_idx > 0:
                # `X said:` closing the previous paragraph introduces this one.
                pp_start, pp_end = paragraphs[p_idx - 1]
                prev_text = text[pp_start:pp_end].rstrip()
                if prev_text.endswith(":") and not any(pp_start <= a < pp_end for a, _ in quote_ranges):
                    plo, _ = _sentence_bounds(text, quotations, pp_start, pp_end, pp_start + len(prev_text) - 1)
                    att = _attribute(doc, q, plo, pp_start + len(prev_text), quote_ranges, resolver)
                    if att.cue is None:
                        att = _document_intro(doc, plo, pp_start + len(prev_text), quote_ranges, resolver)
        if att.cue is None and sentential and not q.paragraph_start:
            # `…, Schiff said. "The other factor is …"`: a statement that follows a
            # reporting sentence in the same paragraph continues that speaker.
            before_end = q.outer[0]
            plo, _ = _sentence_bounds(text, quotations, p_start, p_end, max(p_start, before_end - 2))
            back = _attribute(doc, q, plo, before_end, quote_ranges, resolver)
            # Only a main-clause cue: `a dinner where Mrs. Clinton also spoke` introduces nobody.
            if back.cue is not None and back.subject is not None and back.cue.dep_ not in ("relcl", "advcl", "acl"):
                att = back
        if att.cue is None and prev is not None:
            pq, patt, pp, pkind = prev
            adjacent = pp == p_idx or (pp == p_idx - 1 and q.paragraph_start)
            # A fragment hands its speaker on too when its cue heads the reporting sentence
            # (`X warned of "…," she said.` then `"…"`), not when it hangs in a clause of its own.
            spoken = pkind == "direct" or (
                pkind == "partial" and patt.cue is not None and patt.subject is not None and patt.cue.dep_ not in ("relcl", "advcl", "acl")
            )
            if adjacent and spoken and sentential and (patt.cue is not None or patt.carried):
                # The entity carries over; the mention as written only when no entity
                # could be resolved, so that the provenance of the speaker is kept.
                att = _Attribution(speaker=patt.speaker, channel=patt.channel, carried=True,
                                   mention=patt.mention if patt.speaker is None else None)
        if att.cue is None and not att.carried:
            signed = DASH_SIGNATURE.match(text, q.outer[1], p_end)
            if signed is None and not text[q.outer[1] : p_end].strip() and last_p + 1 < len(paragraphs):
                # The signature on a line of its own under the quotation (`- Ann Lee.`).
                n_start, n_end = paragraphs[last_p + 1]
                signed = DASH_SIGNATURE.match(text, n_start, n_end)
                if signed is not None and text[signed.end() : n_end].strip(" .") != "":
                    signed = None
            label = TRANSCRIPT_LABEL.match(text, q.segments[0][0])
            name = signed or label
            if name is not None:
                a, b = name.start(1), name.start(1) + len(name.group(1).rstrip())
                if text[b - 1] == "." and text[b - 2].islower():
                    b -= 1  # the sentence's stop, not an initial
                head = _tokens(doc, a, b)
                att = _Attribution(mention=(a, b), speaker=resolver.resolve(head[-1], a, b) if head is not None else None)
        if att.cue is None and att.mention is None and not att.carried and sentential and q.paragraph_start and p_idx > 0:
            # `Lee said the plan was sound.` ending the paragraph before, then `"…"`: the
            # statement goes on with the speaker of that reported speech.
            pp_start, pp_end = paragraphs[p_idx - 1]
            if not any(pp_start <= a < pp_end for a, _ in quote_ranges):
                last = text[pp_start:pp_end].rstrip()
                plo, _ = _sentence_bounds(text, quotations, pp_start, pp_end, pp_start + len(last) - 1)
                back = _attribute(doc, q, plo, pp_start + len(last), quote_ranges, resolver)
                if back.cue is not None and back.subject is not None and back.cue.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in back.cue.children):
                    att = _Attribution(speaker=back.speaker, mention=back.mention if back.speaker is None else None,
                                       channel=back.channel, carried=True)
        scare_before = lex["scare_re"].search(text[max(p_start, q.outer[0] - 25) : q.outer[0]])
        content = text[q.segments[0][0] : q.segments[-1][1]]
        direction = STAGE_DIRECTION.fullmatch(content) is not None
        title = _is_title(text, q) and (_names_a_noun(text, q) or not (sentential and att.cue is not None and q.paragraph_start))
        if title and _quoted_name(doc, q, att.cue):
            title = False  # `called the winner "Miss Piggy"`: a name someone was called is speech
        if title and _introduced_by_verb(doc, q):
            title = False  # `she replied, "Nice Try."`: words set off after the verb are quoted
        # `a play called "Brokers"`, `a series, named "Quick Question"`: a participle that
        # names the noun before it gives a title, not words someone said.
        naming = (
            att.cue is not None and att.cue.lemma_ in lex["naming_cues"] and att.cue.tag_ == "VBN"
            and att.cue.dep_ == "acl" and not text[att.cue.idx + len(att.cue.text) : q.outer[0]].strip(" ,")
        )
        if scare_before or direction or title or naming:
            kind = "scare"
        elif sentential:
            kind = "direct"
        elif att.cue is not None or (len(content.split()) >= MIN_UNATTRIBUTED_FRAGMENT_WORDS and not _modifier(doc, q)):
            kind = "partial"
        else:
            kind = "scare"
        if q.single and kind != "scare" and att.cue is None:
            kind = "scare"
        if kind == "scare":
            att = _Attribution()
        elif att.cue is not None:
            used_cues.add(att.cue.i)
        if att.speaker is None and att.subject is not None:
            att.speaker = _document_issuer(att.subject, resolver, quote_ranges)
        if att.speaker is not None:
            resolver.history.append((q.outer[0], att.speaker))
        quote = Quote(
            id="",
            kind=kind,
            text="\n".join(text[a:b] for a, b in q.segments) if q.paragraphs > 1 else " … ".join(text[a:b] for a, b in q.segments),
            spans=[Segment(start=a, end=b) for a, b in q.segments],
            speaker=att.speaker,
            speaker_mention=_span(doc, *att.mention) if att.mention else None,
            cue=_cue_lemma(att.cue),
            cue_span=_span(doc, att.cue.idx, att.cue.idx + len(att.cue.text)) if att.cue is not None else None,
            addressee=att.addressee,
            channel=att.channel,
            confidence=0.9 if att.carried else 1.0,
        )
        results.append((q.outer[0], quote, att.cue))
        prev = (q, att, paragraph_of(q.outer[1] - 1), kind)
    speech_ranges = [(s.start - 1, s.end + 1) for _, quote, _ in results if quote.kind != "scare" for s in quote.spans]
    results.extend(_reported_speech(doc, body_start, quote_ranges, speech_ranges, used_cues, resolver))
    results.sort(key=lambda r: r[0])
    _channels_from_context(doc, results)
    quotes = []
    for n, (_, quote, _) in enumerate(results, 1):
        quote.id = f"q{n}"
        quotes.append(quote)
    return quotes


def _adjacent_speaker(cue: Token, quote_ranges: list[tuple[int, int]]) -> Optional[Token]:
    """The speaker of a reporting interjection the parser got wrong: the noun right before
    the cue (`", police Chief Chuck Jordan said`) or the name right after it (`" said Ann
    Lee, a lawyer`)."""
    doc = cue.doc
    nominal = ("PROPN", "NOUN", "PRON")
    if cue.i > 0:
        j = cue.i - 1
        if doc[j].text == "," and j > 0:
            # `Flynn, a top surrogate, said`: the name before the apposition.
            k = next((i for i in range(j - 1, max(cue.sent.start, j - 15) - 1, -1) if doc[i].text == ","), None)
            j = k - 1 if k is not None and k > 0 else j - 1
        prev = doc[j]
        # The object of a preposition (`riffed on it in Iowa, telling …`) is a place or a
        # topic, not the speaker.
        if prev.pos_ in nominal and not _in_ranges(prev, quote_ranges) and prev.tag_ not in ("WP", "WDT") and prev.ent_type_ not in ("DATE", "TIME") and prev.dep_ != "pobj":
            return prev
    head = None
    text = text_of(doc)
    inverted = cue.lemma_ == "ask" and any(b <= cue.idx and not text[b : cue.idx].strip(" ,") for _, b in quote_ranges)
    if cue.lemma_ in ("tell", "ask") and not inverted:
        return None  # the noun after `told`/`asked` is whom they spoke to, except in `"…?" asked the boy`
    for tok in doc[cue.i + 1 : min(len(doc), cue.i + 8)]:
        if tok.ent_type_ in ("DATE", "TIME"):
            break
        if tok.pos_ in ("PROPN", "NOUN") and not _in_ranges(tok, quote_ranges):
            head = tok
        elif tok.pos_ in ("DET", "ADJ") and head is None:
            continue
        else:
            break
    return head


def _cue_lemma(cue: Optional[Token]) -> Optional[str]:
    if cue is None:
        return None
    if cue.lower_ == "according":
        return "according to"
    return cue_lemma(cue) or cue.lemma_.lower()


def _reported_speech(
    doc: Doc,
    body_start: int,
    quote_ranges: list[tuple[int, int]],
    speech_ranges: list[tuple[int, int]],
    used: set[int],
    resolver: _Resolver,
) -> list[tuple[int, Quote, Optional[Token]]]:
    """`X said that …`, `X confirmed the news`, `…, according to X`: a reporting verb with a
    subject and a content clause or object, governing no quotation of its own."""
    lex = lexicon()
    out: list[tuple[int, Quote, Optional[Token]]] = []
    for tok in tokens_of(doc):
        according = tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"
        if not according and not (tok.pos_ == "VERB" and tok.lemma_.lower() in lex["reporting_cues"]):
            continue  # the cheap test first: most tokens are no cue
        if tok.idx < body_start or tok.i in used or _in_ranges(tok, quote_ranges):
            continue
        subj = _subject(tok, quote_ranges)
        if subj is None:
            continue
        content: Optional[tuple[int, int]] = None
        if according:
            # The content is the larger side of the sentence around `according to X`.
            phrase_end = max(t.idx + len(t.text) for t in tok.subtree)
            sent = tok.sent
            left, right = (sent.start_char, tok.idx), (phrase_end, sent.end_char)
            content = left if len(text_of(doc)[left[0] : left[1]].strip()) >= len(text_of(doc)[right[0] : right[1]].strip()) else right
        else:
            for child in tok.children:
                if child.dep_ in ("ccomp",) and not _in_ranges(child, quote_ranges):
                    content = (child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text))
                    break
            if content is None and tok.dep_ == "parataxis" and tok.head.i < tok.i:
                head = tok.head
                content = (head.left_edge.idx, tok.left_edge.idx)
            subj_start = doc.char_span(*_noun_phrase(subj), alignment_mode="expand")
            if content is None and subj.i < tok.i and subj_start is not None and subj_start.start > tok.sent.start:
                # `<content>, the club said.`: whatever the parse, the clause before the
                # comma that precedes the trailing attribution is what was said.
                comma = doc[subj_start.start - 1]
                if comma.text == "," and subj_start.start - tok.sent.start >= 4:
                    content = (tok.sent.start_char, comma.idx)
            if content is None:
                for child in tok.children:
                    said = tok.lemma_.lower() in lex["object_reporting_cues"] or child.lemma_.lower() in lex["content_objects"]
                    if child.dep_ == "dobj" and said and not _in_ranges(child, quote_ranges):
                        content = (child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text))
                        break
        if content is None:
            continue
        a, b = content
        while a < b and text_of(doc)[a] in " ,;:—–-\n":
            a += 1
        while b > a and text_of(doc)[b - 1] in " ,;:—–-\n":
            b -= 1
        # Reported speech that carries a quotation of its own is already that quotation.
        if b - a < 3 or any(x < b and a < y for x, y in speech_ranges):
            continue
        ma, mb = _noun_phrase(subj)
        speaker = resolver.resolve(subj, ma, mb)
        sent = tok.sent
        out.append(
            (
                a if a < tok.idx else min(a, ma, tok.idx),
                Quote(
                    id="",
                    kind="indirect",
                    text=text_of(doc)[a:b],
                    spans=[Segment(start=a, end=b)],
                    speaker=speaker,
                    speaker_mention=_span(doc, ma, mb),
                    cue=_cue_lemma(tok),
                    cue_span=_span(doc, tok.idx, tok.idx + len(tok.text)),
                    addressee=_addressee(doc, tok, quote_ranges),
                    channel=_channel(text_of(doc), tok, sent.start_char, sent.end_char),
                ),
                tok,
            )
        )
    return out


def _channels_from_context(doc: Doc, results: list[tuple[int, Quote, Optional[Token]]]) -> None:
    """A quotation whose own clause names no channel takes the channel of the statement
    right before it by the same speaker, in the same or the previous paragraph
    (`X confirmed the news via an Instagram post. "…," X told her followers`)."""
    text = text_of(doc)
    for i, (_, quote, _) in enumerate(results):
        if quote.channel is not None or quote.speaker is None or i == 0:
            continue
        _, before, _ = results[i - 1]
        if before.speaker != quote.speaker or before.channel is None:
            continue
        gap = text[before.spans[-1].end : quote.spans[0].start]
        if gap.count("\n\n") + gap.count("\n") // 2 <= 1 or gap.count("\n") <= 2:
            quote.channel = before.channel
