"""Token-level tests the entity passes share: name-shaped tokens, quotation ranges, sentence
bounds, syntactic salience, speaker positions (ages after names: agewords.py)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from typing import Optional

from spacy.tokens import Doc, Token

from dateline.extractors.entities.lexicon import EMBEDDED, OTHER_ROLE, ROLE_WEIGHT, Lexicon
from dateline.nlp import children_of, columns, conj_tops, newlines_of, per_doc, sents_of, tokens_in, tokens_of, where_in

# Tags the small model gives a capitalized surname it does not know.
KNOWN_NAME_TAGS = frozenset({"NN", "NNS", "VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "RB", "MD", "JJ", "UH", "FW"})

QUOTE_OPEN = {'"': '"', "\u201c": "\u201d"}
QUOTE_CLOSE = {'"', "\u201d"}
_QUOTE_CHAR = re.compile("[" + re.escape("".join(sorted(set(QUOTE_OPEN) | QUOTE_CLOSE))) + "]")


# The text asked of last and its ranges: the clusters, the quoted titles, the interview finder
# and the turns ask of the same article's text in turn. Held with the text, so its id is not reused.
_LAST_MASK: tuple[Optional[str], list[tuple[int, int]]] = (None, [])


def quote_mask(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks. A paragraph end closes a quotation left open
    (the multi-paragraph convention), so a stray mark can't swallow the rest of the text.
    Callers must not change the list."""
    global _LAST_MASK
    last = _LAST_MASK
    if last[0] is text:
        return last[1]
    ranges = _quote_mask(text)
    _LAST_MASK = (text, ranges)
    return ranges


def _quote_mask(text: str) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        open_at: Optional[int] = None
        for mark in _QUOTE_CHAR.finditer(para):  # the marks only, not every character
            i, ch = mark.start(), mark.group()
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
    # The words starting inside each range, found by bisection in the offsets column (the
    # ranges are in text order and never overlap), not by a step per word.
    idx = columns(doc).idx
    for a, b in ranges:
        lo, hi = bisect_left(idx, a), bisect_left(idx, b)
        flags[lo:hi] = [True] * (hi - lo)
    return flags


def _is_name_token(tok: Token, loose: bool = False, known: bool = False) -> bool:
    """A capitalized proper-noun token. ``loose`` also accepts a capitalized common-noun tag
    away from the sentence start: the small model tags rarer surnames NN ("Hannity said").
    ``known`` (the word is a name already found in the article) accepts any open-class tag,
    even at the sentence start ("Trump shot back" tagged NN, "Will wrote" tagged MD)."""
    text = tok.text
    # (a first letter settles the "any letter" test without a generator: most names open on one)
    if not text[:1].isupper() or not (text[0].isalpha() or any(c.isalpha() for c in text)):
        return False
    tag = tok.tag_
    if tag in ("NNP", "NNPS"):
        return True
    if known:
        return tag in KNOWN_NAME_TAGS and text[1:].islower()
    return loose and tag in ("NN", "NNS") and tok.is_sent_start is False and text[1:].islower()


def _family_modifier(tok: Token, lex: Lexicon) -> bool:
    """A surname naming a family ("the Finch family"): neither a person nor a company."""
    doc = tok.doc
    toks = tokens_of(doc)
    return tok.dep_ == "compound" and tok.i + 1 < len(doc) and tok.head.i == tok.i + 1 and toks[tok.i + 1].lower_ in lex.family_nouns


def _possessive(tok: Token) -> bool:
    # A curly "’s" before a quotation is sometimes tagged as a closing quote, not POS.
    return tok.tag_ == "POS" or tok.lower_ in ("'s", "\u2019s")


def _across_paragraph(tok: Token) -> bool:
    head = tok.head
    if head.i >= tok.i:
        return False
    # A line break in the text of the tokens from the head up to this one: a bisection in the
    # Doc's line breaks, where a scan of those tokens made a long coordinated sentence quadratic.
    breaks = newlines_of(tok.doc)
    k = bisect_left(breaks, head.idx)
    return k < len(breaks) and breaks[k] < tok.idx


def same_paragraph(doc, i: int, j: int) -> bool:
    """No line break between tokens ``i`` and ``j`` (i before j)."""
    breaks = newlines_of(doc)
    k = bisect_left(breaks, doc[i].idx)
    return not (k < len(breaks) and breaks[k] < doc[j].idx)


def _role_weight(tok: Token) -> float:
    """The salience weight of a mention headed by ``tok``, by its role; read from token columns
    and kept per token, since a word is weighed again each time a pass meets it."""
    doc = tok.doc
    memo = per_doc(doc, "role_weight")
    i = tok.i
    weight = memo.get(i)
    if weight is None:
        weight = memo[i] = _weigh(doc, i)
    return weight


def _weigh(doc: Doc, i: int) -> float:
    cols = columns(doc)
    tops = conj_tops(doc)
    # The first of a run of conjuncts, from a table: climbing `conj` arcs one by one per
    # mention was quadratic in a sentence of thousands of coordinated clauses.
    t = tops[i]
    dep = cols.dep[t]
    head = cols.head[t]
    if head < t:
        # Attached to a word of another paragraph: a mis-parse of a paragraph that opens on
        # its subject ("Vitale, 31, plays for Torino" hung on the paragraph before). (As
        # _across_paragraph, from the offsets.)
        breaks = newlines_of(doc)
        k = bisect_left(breaks, cols.idx[head])
        if k < len(breaks) and breaks[k] < cols.idx[t]:
            return ROLE_WEIGHT["nsubj"]
    weight = ROLE_WEIGHT.get(dep, OTHER_ROLE)
    # The subject of the main clause outranks the subject of a clause inside it ("Clinton
    # says that Trump never paid ... She says": she is Clinton).
    if dep in ("nsubj", "nsubjpass") and cols.dep[tops[head]] not in ("ROOT",):
        weight *= EMBEDDED
    return weight


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the sentences; one sentence for a pipeline that sets none (a blank
    model given with --model), so the stage degrades instead of failing. Made once per Doc
    (``doc.sents`` makes every sentence's Span again); callers must not change the list."""
    memo = per_doc(doc, "sentence_bounds")
    if None not in memo:
        memo[None] = _sentence_bounds(doc)
    return memo[None]


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    if not len(doc):
        return []
    if not doc.has_annotation("SENT_START"):
        return [(0, len(doc))]
    # A paragraph break always ends a sentence: the small model sometimes runs a short
    # paragraph into the next one ("... a son, Teo, 2.\n\nVitale, 31, plays ..."), which would
    # put both in one sentence for salience.
    out = []
    cols = columns(doc)
    breaks = [i for i, (space, text) in enumerate(zip(cols.is_space, cols.text, strict=True)) if space and "\n" in text]
    for sent in sents_of(doc):
        start = sent.start
        for i in breaks[bisect_right(breaks, start) : bisect_left(breaks, sent.end)]:
            if i > start:
                out.append((start, i + 1))
                start = i + 1
        if start < sent.end:
            out.append((start, sent.end))
    return out


def _speaker_position(tok: Token, lex: Lexicon) -> bool:
    """Subject of a speech verb, or the X of "according to X"."""
    # (on the token columns: asked of every capitalised word, and each ``.head`` made a Token)
    cols = columns(tok.doc)
    dep, head = cols.dep, cols.head
    i = tok.i
    while dep[i] == "conj":  # (a Token's .head is a new object: never ``is`` the token itself)
        i = head[i]
    if dep[i] == "nsubj" and cols.lemma_lower[head[i]] in lex.speech_verbs:
        return True
    return dep[i] == "pobj" and cols.lower[head[i]] == "to" and cols.lower[head[head[i]]] == "according"


# company-form words the tokenizer keeps a sentence's full stop on ("... of Orvin Steel Ltd.")
_STOPPED_FORMS = {"ltd.": "ltd", "inc.": "inc", "plc.": "plc", "llc.": "llc", "corp.": "corp"}


def _key(doc: Doc, s: int, e: int) -> tuple[str, ...]:
    cols = columns(doc)
    key = tuple(cols.lower[k] for k in range(s, e) if not cols.is_punct[k] or cols.text[k] == "&")
    if key and key[-1] in _STOPPED_FORMS:
        # (one company, "Orvin Steel Ltd" and "Orvin Steel Ltd." at a sentence's end)
        key = (*key[:-1], _STOPPED_FORMS[key[-1]])
    return key


def _acronym(key: tuple[str, ...]) -> str:
    return "".join(w[0] for w in key if w not in ("of", "the", "and", "for", "&") and w[:1].isalpha())


# a word's grammatical role, as the ranker names them
C_ROLES = ("subj", "obj", "poss", "pobj", "other")
P_ROLES = ("subj", "obj", "poss", "pobj")
_ROLE_OF = {"nsubj": "subj", "nsubjpass": "subj", "csubj": "subj", "dobj": "obj", "dative": "obj", "attr": "obj",
            "oprd": "obj", "poss": "poss", "pobj": "pobj"}


class Syntax:
    """The parse as plain lists, made once per Doc: walking heads through Token objects costs
    a new object per step, and the ranker walks many paths per pronoun."""

    def __init__(self, doc: Doc):
        cols = columns(doc)
        self.head = cols.head
        self.dep = cols.dep
        self.pos = cols.pos
        self.text = cols.text
        # (shared with the other stages' readers of the Doc: see children_of)
        self.kids: defaultdict[int, list[int]] = children_of(doc)
        self._up: dict[int, list[int]] = {}
        self.subjects: dict[int, list[int]] = {}
        for k in tokens_in(doc, "dep", ("nsubj", "nsubjpass")):
            self.subjects.setdefault(self.head[k], []).append(k)

    def role(self, i: int) -> str:
        steps = 0
        while self.dep[i] == "conj" and self.head[i] != i and steps < 10:
            i = self.head[i]
            steps += 1
        return _ROLE_OF.get(self.dep[i], "other")

    def ancestors(self, i: int) -> list[int]:
        """The word and its heads up to the root of its sentence (one list per word, made once
        and shared: the ranker climbs from the same words for every pronoun near them, so a
        caller must not change it)."""
        out = self._up.get(i)
        if out is None:
            out = [i]
            while self.head[out[-1]] != out[-1] and len(out) < 40:
                out.append(self.head[out[-1]])
            self._up[i] = out
        return out

    def clause_head(self, i: int) -> int:
        """The verb heading the clause a word is in."""
        steps = 0
        while self.head[i] != i and self.pos[i] not in ("VERB", "AUX") and steps < 8:
            i = self.head[i]
            steps += 1
        return i

    def in_parens(self, i: int) -> bool:
        """Inside brackets within a few words: "Liddy (Tracey Gold)"."""
        for k in range(i - 1, max(-1, i - 8), -1):
            if self.text[k] == ")":
                return False
            if self.text[k] == "(":
                return True
        return False

    def owned(self, p: int) -> set[int]:
        """The noun a possessive pronoun owns and the names apposed to it ("his wife, Mary",
        "her husband, the carpenter Hans Achterberg")."""
        h = self.head[p]
        out = {h}
        frontier = [h]
        for _ in range(2):
            frontier = [k for f in frontier for k in self.kids[f] if self.dep[k] in ("appos", "compound")]
            out.update(frontier)
        out.update(self.predicated(h))
        return out

    def predicated(self, h: int) -> set[int]:
        """Who a noun is said to be: "Dresser as her mother", "Mary is her sister", "her
        sister is Mary" (the nouns the pronoun's noun is predicated of, or that of it)."""
        g = self.head[h]
        if self.dep[h] == "pobj" and self.text[g].lower() == "as" and self.dep[g] == "prep":
            return {self.head[g]}
        if self.dep[h] == "attr":
            return set(self.subjects.get(g, ()))
        if self.dep[h] == "nsubj" and self.pos[g] == "AUX":
            return {k for k in self.kids[g] if self.dep[k] == "attr"}
        return set()

    def apposed(self, words: list[int]) -> set[int]:
        """Names apposed to the words, and their conjuncts ("Their three children, Morwenna,
        Jory and Tamsin, survive him": none of the three is "him")."""
        out: set[int] = set()
        frontier = list(words)
        for _ in range(4):
            frontier = [k for f in frontier for k in self.kids[f] if self.dep[k] in ("appos", "conj") and k not in out]
            out.update(frontier)
        return out

    def in_relcl(self, c: int, p_index: dict[int, int]) -> bool:
        """The word sits in a relative clause or a clause on a noun that does not hold the
        pronoun ("Achterberg, whose mother, Clara Weiss, ran a shop ... her")."""
        for t in self.ancestors(c)[1:]:
            if self.dep[t] in ("relcl", "acl") and t not in p_index:
                return True
        return False

    def tree_features(self, c: int, p: int, p_index: dict[int, int]) -> tuple[float, float, float, float]:
        """Dependency-tree relations of a candidate word and the pronoun in one sentence: the
        path length between them, whether the candidate c-commands the pronoun (its head
        dominates it: "Hale said that he"), whether the pronoun sits in a relative clause on
        the candidate ("Hale, who lost his seat"), and whether the pronoun's head dominates
        the candidate ("He felt that Hicks could ..." is not Hicks)."""
        c_up = self.ancestors(c)
        for k, t in enumerate(c_up):
            if t in p_index:
                dist = float(min(k + p_index[t], 12))
                break
        else:
            return 13.0, 0.0, 0.0, 0.0
        commands = self.head[c] in p_index and c not in p_index
        relcl = any(self.dep[t] == "relcl" and self.head[t] == c for t in p_index)
        p_commands = self.head[p] in c_up and p not in c_up
        return dist, float(commands), float(relcl), float(p_commands)

    def understood_subject(self, i: int) -> Optional[int]:
        """Who does the verb of the clause holding word ``i``, also when the clause has no
        subject of its own: the object of a control verb ("Jesus asks Felix to do him a
        favour": Felix), else the subject above an infinitive, a participle or a coordinated
        verb ("Joe threatens to throw him", "Darla explains ..., telling her"), or the noun a
        participle clause hangs on ("Ms. Gordon, known for her eyebrow")."""
        v = self.clause_head(i)
        for _ in range(5):
            subj = self.subjects.get(v)
            if subj:
                return subj[0]
            d, up = self.dep[v], self.head[v]
            if up == v:
                return None
            if d == "xcomp":
                objs = [k for k in self.kids[up] if self.dep[k] in ("dobj", "dative")]
                if objs:
                    return objs[0]
            elif d == "acl":
                return up
            elif d not in ("advcl", "conj", "xcomp", "pcomp", "prep"):
                return None
            v = self.clause_head(up) if self.pos[up] not in ("VERB", "AUX") else up
        return None

    def coordinated(self, i: int) -> set[int]:
        """Words coordinated with word ``i`` ("she and Berman")."""
        top = i
        while self.dep[top] == "conj" and self.head[top] != top:
            top = self.head[top]
        out = {top}
        frontier = [top]
        for _ in range(4):
            frontier = [k for f in frontier for k in self.kids[f] if self.dep[k] == "conj"]
            out.update(frontier)
        out.discard(i)
        return out

    def partners(self, i: int) -> tuple[set[int], set[int]]:
        """The understood subject of the pronoun's clause with words apposed to it (the one
        who acts: no object pronoun's referent, the likely one of a possessive), and the words
        coordinated with the pronoun (never its referent)."""
        s = self.understood_subject(i)
        doer = set() if s is None or s == i else {s} | self.apposed([s])
        return doer, self.coordinated(i)


def _pronoun_role(tok: Token) -> str:
    if tok.tag_ == "PRP$" or tok.dep_ == "poss":
        return "poss"
    r = _ROLE_OF.get(tok.dep_, "obj")
    return r if r in P_ROLES else "obj"


def _unbindable(syn: Syntax, tok: Token) -> tuple[set[int], bool]:
    """Words a pronoun cannot refer to by the binding principles, and whether that holds for
    a person named before it too: a non-reflexive object is not the subject of its own verb
    ("Saier replaced him", also through a verb coordinated under that subject); a subject is
    not an object of its verb, and a possessive not the noun it owns or a name apposed to it
    ("his wife, Mary"), which rules out only somebody named there and not before (an earlier
    mention means the parse or the clustering erred, "She married Jesse Swayze")."""
    i = tok.i
    role = _pronoun_role(tok)
    if role == "poss":
        return syn.owned(i), False
    if tok.lower_.endswith("self") or role == "pobj":  # "brought with him": a place, no binding
        return set(), False
    verb = syn.head[i]
    out: set[int] = set()
    if role == "obj":
        v = verb
        for _ in range(3):
            subj = syn.subjects.get(v)
            if subj:
                out.update(subj)
                out.update(syn.apposed(subj))
                break
            if syn.dep[v] != "conj" or syn.head[v] == v:
                break
            v = syn.head[v]
        return out, True
    for k in syn.kids[verb]:
        if syn.dep[k] in ("dobj", "dative"):
            out.add(k)
        elif syn.dep[k] == "prep":
            out.update(g for g in syn.kids[k] if syn.dep[g] == "pobj")
    return out, False


def own_description(tok: Token) -> bool:
    """A listed name with a description of its own ("twin boys Rory and Finn, and the youngest,
    Maeve"): the list's noun says nothing of its gender."""
    return tok.dep_ == "conj" and any(ch.dep_ in ("det", "amod", "poss") for ch in tok.children)


def coupled_title(title: Token, titles) -> bool:
    """The second of a pair of honorifics before one name ("Mr and Mrs Kostas Papadakis", "Dr.
    & Mrs. Lowe"): the couple, named by one of them."""
    doc = title.doc
    toks = tokens_of(doc)
    k = title.i
    return k >= 2 and toks[k - 1].lower_ in ("and", "&") and toks[k - 2].lower_ in titles


def _runs_on(doc: Doc, noun: int, name: int) -> bool:
    """A noun and a name the parser called apposed that are not: the name is the object of a
    preposition after the noun ("A spokeswoman for Harbour One"), or it comes first with no
    comma between, naming the noun's workplace ("Her Harbour One co-host, X")."""
    toks = tokens_of(doc)
    if name > noun:
        start = name
        while start - 1 > noun and toks[start - 1].pos_ == "PROPN":
            start -= 1
        return toks[start - 1].pos_ == "ADP" and start - 1 > noun
    # (only the name's own words and the post's modifiers between: not "elected Biron their duke")
    return not any((t.is_punct and t.text != "-") or t.pos_ in ("DET", "PRON", "ADP", "AUX", "CCONJ", "SCONJ")
                   or (t.pos_ == "VERB" and t.tag_ not in ("VBG", "VBN")) for t in doc[name + 1 : noun])


def group_before(tok: Token, lex: Lexicon) -> bool:
    """'the bassist in a covers band, The Tuesday Foxes': a group or organisation noun right
    before an apposed name (and its comma) is what the name is apposed to, whatever noun the
    parser hung it on."""
    k = tok.left_edge.i - 1
    doc = tok.doc
    if k < 1 or doc[k].text != ",":
        return False
    noun = doc[k - 1]
    # (a noun: "head of roads policing, Inspector X" has a verb form of "police" there)
    return noun.i != tok.head.i and noun.tag_.startswith("NN") and (
        noun.lemma_.lower() in lex.group_nouns or noun.lemma_.lower() in lex.org_nouns)


def kin_read_as_verb(tok: Token, lex: Lexicon) -> bool:
    """'twins Ruby and Tess', 'and sons Cal and Rory': a plural kin noun before the names it
    describes, which the small model tags as a verb ("twins" VBZ). A real verb has its subject
    right before it ("she mothers them"); the noun comes after a list's comma or "and", a
    determiner or a number ("and twins", "her twins", "two sons")."""
    low = tok.lower_
    if tok.tag_ != "VBZ" or not low.endswith("s") or low[:-1] not in lex.kin_kinds or not tok.text.islower():
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is None or prev.is_punct or prev.tag_ in ("CC", "CD", "DT", "PRP$")


def common_elsewhere(tok: Token, lex: Lexicon) -> bool:
    """'Packhouse manager Losaline Vainikolo ...' opening a sentence, with 'our packhouse' written
    lower-case elsewhere: a common noun capitalised as the sentence's first word, modifying the
    next one, is no name (at extraction only); not a word for an organisation's kind."""
    doc = tok.doc
    text = columns(doc).text  # (the words' texts, with no Token made per word)
    if not tok.is_sent_start or tok.i + 1 >= len(doc) or not text[tok.i + 1].islower() or not tok.is_alpha:
        return False
    low = tok.lower_
    if low in lex.org_keywords or low in lex.group_nouns or low in lex.org_nouns:
        return False  # ("Society president Lachlan Dwyer": the society itself, named by its kind)
    return any(text[k].islower() for k in where_in(doc, "lower").get(tok.lower_, ()) if k != tok.i)
