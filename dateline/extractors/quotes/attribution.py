"""Who said it: the cue verb of a quotation, its subject as the speaker, and the addressee (``resolver`` ties the speaker to an entity)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Doc, Token

from dateline.extractors.quotes.channels import _channel
from dateline.extractors.quotes.cuesearch import CueSearch
from dateline.extractors.quotes.intervals import Ranges
from dateline.extractors.quotes.lexicon import DOCUMENT_LOOKBACK, NOUN_MODIFIER_DEPS, SUBJECT_DEPS, lexicon
from dateline.extractors.quotes.marks import Quotation
from dateline.extractors.quotes.spans import Tree, _in_ranges, _tokens, sentence_of, tree_of
from dateline.nlp import columns, text_of, tokens_of

if TYPE_CHECKING:
    from dateline.extractors.quotes.resolver import _Resolver


def _noun_phrase(tok: Token) -> tuple[int, int]:
    """The mention of a subject as written: its left dependents, the head and an
    `of` phrase (`The 34-year-old mother of two`), without appositions or clauses."""
    doc = tok.doc
    left = tok
    # Grow leftwards over the head's own dependents only: a bad parse can hang a whole
    # clause under a subject, and the mention must stay the noun phrase.
    sent_start = sentence_of(tok)[0]
    tree = tree_of(doc)  # not prev.ancestors: a walk to the root per word in a deep tree
    while left.i > sent_start:
        prev = doc[left.i - 1]
        if prev.is_space or prev.text in (",", ";", ":", "—", "–", "(", ")", '"', "“", "”") or not tree.is_ancestor(tok.i, prev.i):
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


def _subject(cue: Token, quote_ranges: Ranges) -> Optional[Token]:
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
    named = _named_before_gerund(cue)
    if named is not None:
        return named
    verb = cue
    gerund = False  # climbed from `after saying`: the head's passive subject said it
    prep_at: Optional[int] = None  # the preposition of `despite admitting` when climbed from it
    # Deep enough for `Clinton seemed to be ready to riff on it, telling the crowd, "…"`.
    for _ in range(5):
        if not gerund and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return None  # `it was announced`: the passive names no speaker
        deps = SUBJECT_DEPS + ("nsubjpass",) if gerund else SUBJECT_DEPS
        # With two subjects (a misparse of `<content>, the club said`) the nearer one speaks;
        # climbed from `despite saying`, the one before the preposition.
        for child in sorted(verb.children, key=lambda c: (prep_at is not None and c.i > prep_at, abs(c.i - verb.i))):
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
        if verb.dep_ == "xcomp" and not gerund:
            # `this led Ann Lee to fear a "…"`, `That prompted Lee to call him "…"`: the
            # object of the verb above speaks (object control), not its subject.
            controller = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if controller is not None and _someone(controller) and not _in_ranges(controller, quote_ranges):
                return controller
        if climbs and verb.head is not verb:
            gerund = verb.tag_ == "VBG"
            verb = verb.head
        elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
            prep_at = verb.head.i
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


def _in_own_clause(cue: Token, tok: Token, quote_ranges: Ranges) -> bool:
    """Is ``tok`` inside an adverbial clause below ``cue`` that has a subject of its own
    (`Lee called it "a farce" after Park described the plan as "a mess"`)? Then the quotation is
    that clause's, not what ``cue`` reports."""
    node = tok
    for _ in range(40):  # a deep tree of coordinated quotations decides within a few steps
        if node.i == cue.i or node.head.i == node.i:
            return False
        if node.dep_ == "advcl" and _subordinated(node) and any(c.dep_ in SUBJECT_DEPS and not _in_ranges(c, quote_ranges) for c in node.children):
            return True
        node = node.head
    return False


def _subordinated(verb: Token) -> bool:
    """An adverbial clause by its subordinator (`after`, `because`, `when`): the parser also
    labels a `that` clause after a time phrase advcl (`said Monday that under Lee, "…"`), and
    that clause is what the verb above it reports."""
    return any((c.dep_ == "mark" and c.lower_ not in ("that", "whether")) or (c.dep_ == "advmod" and c.tag_ == "WRB")
               for c in verb.children)


def _named_before_gerund(cue: Token) -> Optional[Token]:
    """`footage of Ann Lee asking, "…"`: a gerund cue right after a named person that the
    parser left as an object (of `of`, of `show`) is that person speaking, however the
    gerund itself was attached."""
    if cue.tag_ != "VBG" or cue.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    prev = cue.doc[cue.i - 1]
    if prev.pos_ == "PROPN" and prev.ent_type_ == "PERSON" and prev.dep_ in ("pobj", "dobj") and prev.head.i < prev.i:
        return prev
    return None


def _someone(tok: Token) -> bool:
    """A name, a personal pronoun or a person or group noun: who can be made to speak, unlike
    `the occasion` in `used the occasion to say`."""
    if tok.pos_ == "PROPN":
        return tok.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC", "EVENT")
    if tok.pos_ == "PRON":
        return tok.lower_ not in ("it", "this", "that", "what", "which")
    lex = lexicon()
    if tok.pos_ == "NOUN" and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children):
        return True  # `the retired surveyor Anneli Roos`: a person named right there
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in lex["person_nouns"] | lex["org_nouns"]


def _is_thing(tok: Token) -> bool:
    """A common noun that names no one (`the ad`, `the election`): not a person or group
    noun, not a name, not a pronoun."""
    lex = lexicon()
    return tok.pos_ == "NOUN" and tok.ent_type_ == "" and tok.lower_ not in lex["person_nouns"] | lex["org_nouns"] and tok.lemma_.lower() not in lex["person_nouns"] | lex["org_nouns"]


def _named_apposition(subj: Token) -> Token:
    """`With 50 days until the election, Ann Lee, an adviser, called …`: a misparse makes the
    thing before the name the subject and the name its apposition; the named person speaks."""
    if _is_thing(subj):
        for child in subj.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ == "PERSON":
                return child
    return subj


def _addressee(doc: Doc, cue: Token, quote_ranges: Ranges) -> Optional[str]:
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


@dataclass
class _Attribution:
    cue: Optional[Token] = None
    subject: Optional[Token] = None
    mention: Optional[tuple[int, int]] = None
    speaker: Optional[str] = None
    channel: Optional[str] = None
    addressee: Optional[str] = None
    carried: bool = False


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
    particles = lex["phrasal_cues"].get(lemma) or ()
    for particle in (particles,) if isinstance(particles, str) else particles:
        words = particle.split()
        after = tok.doc[tok.i + 1 : tok.i + 1 + len(words)]
        if [w.lower_ for w in after] == words and any(c.i == tok.i + 1 for c in tok.children):
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


class CueIndex:
    """The cue tokens of an article outside its quotations, by offset, found once: the cues of
    a window are then a bisection away, where scanning each window's tokens against every
    quotation made attribution cubic in unbalanced marks."""

    def __init__(self, doc: Doc, quote_ranges: Ranges) -> None:
        lex = lexicon()
        self.tokens: list[Token] = []
        cols = columns(doc)
        toks = tokens_of(doc)
        lower, idx, n = cols.lower, cols.idx, len(doc)
        lemma, tag = cols.lemma_lower, cols.tag
        cues, phrasal, nouns, past = lex["speech_cues"], lex["phrasal_cues"], lex["noun_cues"], lex["irregular_past_cues"]
        pos_of = cols.pos
        for i in [k for k, p in enumerate(pos_of) if p in ("NOUN", "VERB", "AUX") or lower[k] == "according"]:
            # Only nouns, verbs and `according` can be cues: the rest is passed over unasked (in
            # one comprehension, not a loop step each), and so is a noun or verb that fails what
            # every test below needs (from the columns).
            pos = pos_of[i]
            low = lower[i]
            if low == "according":
                pass
            elif pos == "NOUN":
                if not (low in nouns or (tag[i] == "NN" and i > 0 and (low.endswith("ed") or low in past))):
                    continue
            elif pos in ("VERB", "AUX"):
                lem = lemma[i]
                if not (lem in cues or lem == "put" or lem in phrasal or low.endswith(("s", "d", "ing"))):
                    continue
            else:
                continue
            if idx[i] in quote_ranges:
                continue
            tok = toks[i]
            if (
                (pos == "NOUN" and lower[i] in lex["noun_cues"] and any(c.dep_ == "poss" for c in tok.children))
                or (lower[i] == "according" and i + 1 < n and lower[i + 1] == "to")
                or (is_cue_verb(tok) and tok.dep_ not in ("amod", "prep"))
            ):
                self.tokens.append(tok)
        self.offsets = [t.idx for t in self.tokens]
        self._search: Optional[CueSearch] = None

    def within(self, lo: int, hi: int) -> list[Token]:
        return self.tokens[bisect_left(self.offsets, lo) : bisect_left(self.offsets, hi)]

    def search(self, tree: Tree, resolver: _Resolver, quote_ranges: Ranges) -> CueSearch:
        if self._search is None:
            self._search = CueSearch(self.tokens, tree.heads, tree.preorder(), lambda t: resolver.subject(t, quote_ranges))
        return self._search


def _cue_candidates(doc: Doc, lo: int, hi: int, quote_ranges: Ranges, cues: Optional[CueIndex] = None) -> list[Token]:
    if _tokens(doc, lo, hi) is None:
        return []
    return (cues or CueIndex(doc, quote_ranges)).within(lo, hi)


def _attribute(
    doc: Doc, q: Quotation, lo: int, hi: int, quote_ranges: Ranges, resolver: _Resolver, *, fragment: bool = False
) -> _Attribution:
    tree = resolver.tree or Tree(doc)
    first = _tokens(doc, *q.segments[0])
    first_tok = first[0] if first is not None and len(first) else None

    def window() -> list[Token]:
        cands = _cue_candidates(doc, lo, hi, quote_ranges, resolver.cues)
        if fragment and first is not None:
            # A fragment is not attributed by a cue in a relative clause that does not
            # govern it (`a "smart" kettle that nobody asked for`).
            cands = [c for c in cands if c.dep_ != "relcl" or any(tree.is_ancestor(c.i, t.i) for t in first)]
        return cands

    # Only the cues that can rank first (see cuesearch), not the whole window's.
    if _tokens(doc, lo, hi) is None:
        cands = []
    else:
        cues = resolver.cues or CueIndex(doc, quote_ranges)
        cands = cues.search(tree, resolver, quote_ranges).contenders(lo, hi, q.outer, first, fragment)
    if not cands:
        return _Attribution()

    def key(tok: Token) -> tuple[int, int, int, int, int]:
        governs = first_tok is not None and tree.is_ancestor(tok.i, first_tok.i) and not _in_own_clause(tok, first_tok, quote_ranges)
        subj = resolver.subject(tok, quote_ranges) is not None
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
        # Only embedding counts: a coordinated verb (`she asked and Lee said "…"`) is a
        # sibling, not a clause inside the first.
        depth = tree.embedding_depth[owner.i] if governs else 0
        return (0 if subj else 1, 0 if governs else 1, 1 if noun else 0, depth, dist)

    cue = min(cands, key=key)
    subj = resolver.subject(cue, quote_ranges)
    if subj is not None:
        subj = _named_apposition(subj)
    if subj is not None and _is_thing(subj):
        # `The spot ends with footage of Lee saying, "…"`: the ad or report whose cue governs
        # the quotation shows a named person saying it (a gerund right after the name), and
        # that person speaks; `As Lee attacked her, the crowd chanted "…"` stays the crowd's.
        for inner in window():
            if inner is cue or inner.tag_ != "VBG" or not tree.is_ancestor(cue.i, inner.i):
                continue
            said = resolver.subject(inner, quote_ranges)
            if said is not None and said.i == inner.i - 1 and said.pos_ == "PROPN" and said.ent_type_ in ("PERSON", "ORG"):
                cue, subj = inner, said
                break
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
    att.addressee = resolver.addressee(cue, quote_ranges)
    att.channel = _channel(text_of(doc), cue, lo, hi)
    return att


def _document_intro(doc: Doc, lo: int, hi: int, quote_ranges: Ranges, resolver: _Resolver) -> _Attribution:
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


def _document_issuer(subject: Token, resolver: _Resolver, quote_ranges: Ranges) -> Optional[str]:
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


def _adjacent_speaker(cue: Token, quote_ranges: Ranges) -> Optional[Token]:
    """The speaker of a reporting interjection the parser got wrong: the noun right before
    the cue (`", police Chief Chuck Jordan said`) or the name right after it (`" said Ann
    Lee, a lawyer`)."""
    doc = cue.doc
    nominal = ("PROPN", "NOUN", "PRON")
    if cue.i > 0:
        j = cue.i - 1
        if doc[j].text == "," and j > 0:
            # `Flynn, a top surrogate, said`: the name before the apposition.
            k = next((i for i in range(j - 1, max(sentence_of(cue)[0], j - 15) - 1, -1) if doc[i].text == ","), None)
            j = k - 1 if k is not None and k > 0 else j - 1
        prev = doc[j]
        # The object of a preposition (`riffed on it in Iowa, telling …`) is a place or a
        # topic, not the speaker.
        if prev.pos_ in nominal and not _in_ranges(prev, quote_ranges) and prev.tag_ not in ("WP", "WDT") and prev.ent_type_ not in ("DATE", "TIME") and prev.dep_ != "pobj":
            return prev
    head = None
    text = text_of(doc)
    # Only the nearest quotation end before the cue can have nothing but ` ,` between them.
    last_end = quote_ranges.last_end_at_most(cue.idx)
    inverted = cue.lemma_ == "ask" and last_end is not None and not text[last_end : cue.idx].strip(" ,")
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
