"""Rules around the pronoun ranker, read off the parse: a possessive bound by the subject of its
own clause, a sentence-opening pronoun that continues the sentence before, an honorific moved
to the person whose gender it fits, a possessed kin noun with an age as a person of its own (a
pronoun a speech verb reports is reportedspeaker.py's, moved out on 2026-12-07). They apply at extraction only (not while ``train_ranker`` observes the ranker's pronouns), so
the shipped model stays what GAP alone builds."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Doc, Token

from dateline.extractors.entities.clauseowners import compared_subject, participle_owner, relative_noun_person
from dateline.extractors.entities.clusters import _Cluster, _majority
from dateline.extractors.entities.controlled import relative_subject
from dateline.extractors.entities.lexicon import PRONOUN_LOCK
from dateline.extractors.entities.predicated import object_read_as_owner, predicated_of, small_clause_subject
from dateline.extractors.entities.quotedspeaker import quoted_speaker
from dateline.extractors.entities.setoff import fronted_apposed
from dateline.extractors.entities.things import animal_kin_noun
from dateline.nlp import columns, newlines_of, tokens_of

if TYPE_CHECKING:
    from dateline.extractors.entities.lexicon import Lexicon
    from dateline.extractors.entities.pronouns import _Resolver
    from dateline.extractors.entities.syntax import Syntax

# The possessed noun's place in its clause: the verb's object, or the object of a preposition
# on the verb ("won it with his band").
_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})


def subject_owner(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional[_Cluster]:
    """The person a possessive pronoun on an object of its clause belongs to: that clause's
    subject, when it is a person of a fitting gender named (or resolved) before it. A subject
    who cannot own it (another gender, a group, an organisation) leaves the pronoun to the ranker."""
    if r.observe is not None:
        return None  # rules at extraction only: the ranker trains on every pronoun of GAP
    if object_read_as_owner(r, tok):
        return None  # ("Hale made her corresponding secretary": an object, owned by nobody)
    noun = tok.head
    verb: Optional[Token] = None
    if noun.dep_ in _OBJECT_DEPS:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "agent") and noun.head.head.pos_ in ("VERB", "AUX"):
        verb = noun.head.head  # (also a passive's agent: "Okoro, who was beaten by his old rival")
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.dep_ == "pobj" and noun.head.head.head.dep_ == "prep" \
            and noun.head.head.head.head.pos_ in ("VERB", "AUX"):
        # ("Eoin flew home for the sale with his wife", the parser hanging "with" on "sale")
        verb = noun.head.head.head.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.dep_ == "acomp" and noun.head.head.head.pos_ in ("VERB", "AUX"):
        verb = noun.head.head.head  # ("Amy, a wife who is bored with her husband": the copula's subject)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ != "as" and any(fitting_person(r, ch, gender) for ch in verb.children if ch.dep_ in ("dobj", "dative") and ch.i < tok.i):
        # "Lee grilled Park for his role": the one acted on may own it too, unlike the role
        # given in "Lee appointed Park as his deputy".
        return None
    subj = ("nsubj", "nsubjpass") if noun.head.dep_ == "agent" else ("nsubj",)
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and not any(ch.dep_ in subj for ch in verb.children):
        verb = verb.head  # ("The elder Moyo started baking with his wife": the subject that controls the gerund)
    for ch in verb.children:
        if ch.dep_ in subj and ch.lower_ in ("who", "that") and verb.dep_ == "relcl" and ch.i < tok.i:
            # "X, a former bumboat operator who named it after his mother": the relative's noun
            c = relative_noun_person(r, verb.head)
            if c is not None and not c.platform and not c.plural and c.is_person_like() and c.gender_fit(gender) == 1.0:
                return c
        # ("His predecessor, the late Wilf Armstrong, ran the club until his death": the name apposed)
        named = next((a for a in ch.children if a.dep_ == "appos" and a.i in r.covered and a.i < tok.i), ch) if ch.i not in r.covered else ch
        if ch.dep_ not in subj or named.i >= tok.i or named.i not in r.covered or (len(subj) > 1 and any(g.dep_ == "conj" for g in ch.children)):
            # (a passive's agent owned by "Both Ines and Vera were trained by ..." is neither's)
            continue
        c = r.covered[named.i].root()
        if not c.platform and not c.plural and c.is_person_like() and c.gender_fit(gender) == 1.0:
            return c
    return participle_owner(r, verb, gender)


def relative_first(r: "_Resolver", tok: Token, earlier: Token) -> Optional[_Cluster]:
    """A possessive in a relative clause whose relative pronoun is the clause's subject belongs to
    the person the relative opens on (``subject_owner``), not to the same possessive met earlier in
    the sentence outside that clause ("After the success of her first novel, Ada wrote a sequel
    about the author Lena Holt, who follows in the footsteps of her mother": Lena); not when the
    earlier one is on the relative noun's own phrase, no verb between ("thanked his wife, Mary, who
    ran his office": his wife's husband's office)."""
    if r.observe is not None or tok.tag_ != "PRP$":
        return None
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "relcl" or not any(ch.dep_ == "nsubj" and ch.lower_ in ("who", "that") for ch in verb.children):
        return None
    gender = r.lex.pronouns[tok.lower_]
    owner = subject_owner(r, tok, gender)
    if owner is None or owner is not relative_noun_person(r, verb.head):
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in r.doc[earlier.i + 1:verb.head.i]):
        # (on the relative noun's own phrase, only a relative the text gave the pronoun's gender:
        # "his father, Yohane, ... who bought his first lorry", not "his wife, Mary, who ran his
        # office", nor a name of no stated gender; at extraction only, as above)
        known = next(iter(owner.genders), None) if len(owner.genders) == 1 else None
        return owner if gender is not None and known == gender else None
    return owner


def animal_bound(r: "_Resolver", tok: Token) -> Optional[_Cluster]:
    """'Mrs Tiggs, a cocker spaniel who visits with her owner', 'Mrs Tiggs has her own fan club':
    a pronoun inside a phrase on a named animal's name, or in a clause the animal is the subject
    of, is the animal's, no person's (extraction only). A clause with another subject stops the
    search ('Paddy, who won with a dog called Roy, watched from his car')."""
    if r.observe is not None or (tok.dep_ == "poss" and tok.head.lemma_.lower() in r.lex.relative_nouns and not animal_kin_noun(tok.head, r.lex)):
        return None  # ("his old dog Cap ... was led round by his widow": no animal's widow)

    def animal_at(t: Token) -> Optional[_Cluster]:
        c = r.covered.get(t.i)
        return c.root() if c is not None and c.root().animal else None

    if tok.dep_ == "poss" and animal_kin_noun(tok.head, r.lex):
        # ("The young cock Sir Geoffrey won ..., and his nest sister": the animal named last before it)
        return next((c for t in reversed(tok.doc[tok.sent.start : tok.i]) if (c := animal_at(t)) is not None), None)

    if tok.dep_ in ("nsubj", "nsubjpass"):
        return None  # ("While she is at the shoot, Sally's dog Polly attacks": a subject is no one's possession)
    for a in tok.ancestors:
        c = animal_at(a) or (animal_at(a.head) if a.dep_ == "appos" else None)
        if c is not None:
            return c
        if a.dep_ == "agent":
            return None  # the doer of a passive is another than its subject
        subjects = [ch for ch in a.children if ch.dep_ in ("nsubj", "nsubjpass")]
        if subjects and a.pos_ in ("VERB", "AUX"):
            if a.dep_ == "relcl" and subjects[0].tag_ in ("WP", "WDT"):
                held = r.covered.get(a.head.i)
                if held is not None and not held.root().animal and held.root().is_person_like():
                    return None  # "won for the trainer Gwen Hollis, who saddled her first winner": hers
                continue  # "a cocker spaniel who visits with her owner": on to the noun it hangs on
            return animal_at(subjects[0])
    return None


def owner_bound(r: "_Resolver", tok: Token, chosen: Optional[_Cluster], ranked: Callable[[], list[_Cluster]]) -> Optional[_Cluster]:
    """A possessive never refers to the noun phrase it sits in or to a name apposed to it ("her
    student, Rahul Menon": not Rahul; "his wife, Ann": not Ann; "Tyler was her rescuer": not
    Tyler), whatever chose it: the likeliest other candidate the ranker offers instead, else
    nobody. ``ranked`` gives the ranker's candidates, likeliest first."""
    if r.observe is not None or chosen is None or tok.tag_ != "PRP$":
        return chosen
    inside = {id(r.covered[k].root()) for k in _owned_names(r, tok) if k in r.covered}
    if id(chosen.root()) not in inside:
        return chosen
    return next((c.root() for c in ranked() if id(c.root()) not in inside), None)


def _owned_names(r: "_Resolver", tok: Token) -> set[int]:
    """The words of the possessive's own noun phrase that name somebody: the noun, a name set
    off by a comma or after a noun for a person ("his son Thomas"), and what the noun is said to
    be. A pronoun there is left out (its own link may be the error), and so is a name right after
    a noun for no person ("throughout her life Addams did": a misparse)."""
    syn, doc, lex = r.syntax(), r.doc, r.lex
    toks = tokens_of(doc)
    if tok.i + 1 < len(doc) and toks[tok.i + 1].lower_ == "own":
        return set()  # "Ellis was her own harshest critic": "own" binds it to the subject
    noun = syn.head[tok.i]
    personal = toks[noun].lower_ in lex.person_nouns or toks[noun].lower_ in lex.gendered or toks[noun].lower_ in lex.role_heads
    out = set()
    for k in syn.owned(tok.i):
        if toks[k].tag_ == "PRP":
            continue
        if k != noun and k not in syn.predicated(noun) and not personal and not (k > 0 and any(toks[j].text == "," for j in range(noun, k))):
            continue
        out.add(k)
    return out


def not_referents(r: "_Resolver", tok: Token) -> set[int]:
    """Clusters (by id) the text shows a he/she cannot be, at extraction only: somebody named
    later in the pronoun's own clause, or inside the quotation it attributes, or in the noun
    phrase a possessive is part of, or who speaks the quotation it is in, or whom a comparison
    it stands in sets it against."""
    if r.observe is not None:
        return set()  # the ranker trains on every candidate of GAP
    from dateline.extractors.entities.owners import kin_of_same_owner, replacing  # (here: owners reads this module)

    return (commanded_names(r, tok) | quoted_by(r, tok) | own_phrase(r, tok) | predicated_of(r, tok) | small_clause_subject(r, tok)
            | quoted_speaker(r, tok) | compared_subject(r, tok) | kin_of_same_owner(r, tok) | replacing(r, tok) | relative_subject(r, tok)
            | fronted_apposed(r, tok))


def own_phrase(r: "_Resolver", tok: Token) -> set[int]:
    """The person whose own noun phrase a possessive is in: 'Tomas Berg, her last student' and
    'her last student, Tomas Berg' are somebody else's student, not Berg's."""
    if tok.tag_ != "PRP$" or tok.dep_ != "poss":
        return set()
    noun = tok.head
    # Only an apposition set off by a comma: the parser also makes one of 'her life Addams did',
    # and 'his son Thomas Wilkins' may share a cluster with the father by surname.
    words = [a for a in noun.children if a.dep_ == "appos" and _comma_between(r, noun.i, a.i)]
    if noun.dep_ == "appos" and _comma_between(r, noun.head.i, noun.i):
        words.append(noun.head)
    elif noun.dep_ == "pobj" and noun.head.lower_ == "of":
        # ("Dr Renée Hackett, a paediatrician ... and one of his pupils": the possessive's noun
        # under "one of" in a conjunct of the apposition is still the name's own phrase)
        up = noun.head.head
        while up.dep_ == "conj" and up.head.i < up.i:
            up = up.head
        if up.dep_ == "appos" and _comma_between(r, up.head.i, up.i):
            words.append(up.head)
    if noun.dep_ in ("nsubj", "nsubjpass"):
        # ("his son, Otto Bernheimer took over", parsed as two subjects of one verb: the name
        # right after the comma is the son; Re-DocRED dev)
        words += [c for c in noun.head.children if c.dep_ == noun.dep_ and c.i > noun.i and c.left_edge.i == noun.right_edge.i + 2
                  and r.doc[noun.right_edge.i + 1].text == ","]
    return {id(r.covered[w.i].root()) for w in words if w.i in r.covered}


def _comma_between(r: "_Resolver", a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return any(t.text == "," for t in r.doc[lo:hi])


# How far after a subject pronoun its verb's phrase is searched for names (words).
PHRASE_REACH = 60


def commanded_names(r: "_Resolver", tok: Token) -> set[int]:
    """The people named after a subject pronoun inside its own verb's phrase ('he admitted
    under Vale's questioning', 'she said Lee had won'): a name there is never the pronoun's
    referent (binding principle C), wherever else it was named before."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    syn = r.syntax()
    verb = syn.head[tok.i]
    sent = r.sent_of[tok.i]
    out: set[int] = set()
    k = tok.i + 1
    # A bounded look ahead: a run-on "sentence" of thousands of words must stay linear.
    while k < min(len(r.doc), tok.i + PHRASE_REACH) and r.sent_of[k] == sent:
        c = r.heads.get(k)
        if c is not None and not r.in_quote[k] and _inside(syn, k, verb, r.doc):
            out.add(id(c.root()))
        k += 1
    return out


# The edges a name may hang by below the pronoun's verb and still be inside its phrase: a
# coordinated clause, an apposition, a relative or adverbial clause and punctuation are where
# the parser most often attaches a sentence's other clause ('While she praised Lee, Park said').
_PHRASE_DEPS = frozenset({"dobj", "dative", "iobj", "prep", "pobj", "poss", "compound", "flat", "ccomp", "xcomp", "nsubj", "nsubjpass",
                          "attr", "oprd", "agent", "pcomp", "nmod", "amod", "det", "case"})


def _inside(syn: "Syntax", k: int, verb: int, doc: Doc) -> bool:
    """Is word ``k`` below ``verb`` by phrase edges only? (Or by a participle after the verb that
    has no subject of its own: 'he was treasurer for 31 years, handing the books to Ann Whitfield'
    is his handing, so Ann is not he.)"""
    steps = 0
    while k != verb:
        if syn.head[k] == k or steps > 12:
            return False
        if syn.dep[k] not in _PHRASE_DEPS and not (syn.dep[k] == "advcl" and _bare_participle(doc[k], verb)):
            return False
        k = syn.head[k]
        steps += 1
    return True


def _bare_participle(tok: Token, verb: int) -> bool:
    return tok.i > verb and tok.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)


def quoted_by(r: "_Resolver", tok: Token) -> set[int]:
    """The clusters (by id) named inside the quotation that the pronoun's own speech verb
    attributes ('"Will you sack Ivo Strand?" he asks', 'She wrote: "Ask Greta Holm."'): a
    speaker does not speak of themselves by name, so they are whom it is about, not who speaks."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in r.lex.speech_verbs:
        return set()
    doc, in_quote = r.doc, r.in_quote
    toks = tokens_of(doc)
    words: list[int] = []
    j = tok.i - 1  # the quotation just before the pronoun, past a comma or a space
    while j >= 0 and not in_quote[j] and (toks[j].is_punct or toks[j].is_space):
        j -= 1
    while j >= 0 and in_quote[j]:
        words.append(j)
        j -= 1
    j = tok.head.i + 1  # ... or just after its verb ('he says: "…"')
    while j < len(doc) and not in_quote[j] and (toks[j].is_punct or toks[j].is_space):
        j += 1
    while j < len(doc) and in_quote[j]:
        words.append(j)
        j += 1
    out: set[int] = set()
    for k in words:
        c = r.covered.get(k) or r.latent_at.get(k)
        if c is not None:
            out.add(id(c.root()))
    return out


def fitting_person(r: "_Resolver", tok: Token, gender: Optional[str]) -> bool:
    if tok.i not in r.covered:
        return False
    c = r.covered[tok.i].root()
    return not c.platform and not c.plural and c.is_person_like() and c.gender_fit(gender) > 0.0


def retitle(r: "_Resolver", i: int, cluster: _Cluster) -> _Cluster:
    """'Mrs Dunstan' taken, at the name pass, by the Dunstan named last (her husband Frank),
    moved once the text has shown whose gender is whose: to the one other person of that
    surname named before it whose gender fits the honorific, when the holder's own evidence contradicts it."""
    if r.observe is not None:
        return cluster
    tok = r.toks[i]
    title = r.toks[i - 1] if i > 0 else None
    tg = r.lex.titles.get(title.lower_) if title is not None and title.text[:1].isupper() else None
    c = cluster.root()
    if not tg or not c.key:
        return cluster
    own = c.genders.copy()
    if own[tg] > 0:
        own[tg] -= 1  # the honorific's own vote, if the name pass counted it
    held = _majority(+own) or _majority(c.pgenders)
    if held in (None, tg):
        return cluster
    surname = tok.lower_
    fits = {id(o.root()): o.root() for o in r.clusters
            if o.root() is not c and o.root().key and o.root().key[-1] == surname
            and not o.root().platform and o.root().gender == tg
            and any(m.head < i for m in o.root().mentions)}
    if len(fits) != 1:
        return cluster
    other = next(iter(fits.values()))
    moved = [m for m in c.mentions if m.head == i]
    c.mentions = [m for m in c.mentions if m.head != i]
    if c.genders[tg] > 0:
        c.genders[tg] -= 1
    other.mentions.extend(moved)
    other.genders[tg] += 1
    for k in (title.i, i):  # type: ignore[union-attr]
        r.covered[k] = other
    return other


def aged_kin(tok: Token, lex: "Lexicon") -> bool:
    """'He was joined by his wife, 59, and by his sister': a possessed kin noun with an age
    right after it is somebody of their own, whom the text describes without naming."""
    doc = tok.doc
    toks = tokens_of(doc)
    i = tok.i
    return (
        tok.lower_ in lex.relative_nouns
        and any(ch.dep_ == "poss" for ch in tok.children)
        and i + 3 < len(doc)
        and toks[i + 1].text == ","
        and toks[i + 2].like_num
        and toks[i + 2].text.isdigit()
        and toks[i + 3].text in (",", ".", ";", "and")
    )


def continuity(r: "_Resolver", tok: Token, chosen: Optional[_Cluster], recent) -> Optional[_Cluster]:
    """A he/she opening its sentence continues the sentence before: '"...," Obama said after
    meeting Putin. He didn't suggest retaliation' is Obama; 'In 1959 he married Rosalind Hext.
    She died in 2009' is Hext. When the ranker's choice is nobody the previous sentence or this
    one has spoken of, nor this paragraph (the article's subject, further back), the previous sentence's
    main-clause subject wins if it fits, else its only person who fits."""
    gender = r.lex.pronouns.get(tok.lower_)
    sent = r.sent_of[tok.i]
    if r.observe is not None or gender is None or tok.tag_ != "PRP" or tok.dep_ not in ("nsubj", "nsubjpass") or sent == 0:
        return chosen
    start = r.sent_start_of[tok.i]
    cols = columns(r.doc)  # (the columns, not a Span's Tokens: asked of every he and she)
    opener = next((k for k in range(start, tok.i + 1) if cols.is_alpha[k]), tok.i)
    if cols.text[opener][:1].islower():
        return chosen  # '"…?" he asks': the segmenter split inside a sentence, which continues nothing
    if any(k in r.covered for k in range(start, tok.i)):
        return chosen
    # ``recent`` is in token order, so a sentence's or a paragraph's mentions are one bisection
    # away (scanning all of them per pronoun made long articles quadratic).
    # A name inside a quotation is what was said, not who the text is about ('"Ask Lee," Park
    # said. He ...' continues Park).
    prev = [(ti, c.root()) for ti, si, _w, c in _between(recent, r.sent_start_of[start - 1], start) if si == sent - 1 and not r.in_quote[ti]]
    if not prev or (chosen is not None and any(c is chosen.root() for _ti, c in prev)):
        return chosen
    if chosen is not None and tok.head.dep_ == "advcl" and any(
            tok.i < m.head and r.sent_start_of[m.head] == start and r.doc[m.head].dep_ in ("nsubj", "nsubjpass") for m in chosen.root().mentions):
        return chosen  # ("When he was chosen ..., Rieber discovered": a fronted clause's he is the subject it leads to)
    para = _paragraph_starts(r)[start]
    # (not by a possessive alone: "Gaspare is the son of Totò's late brother ... He" keeps to
    # Gaspare, whom the sentence before has as its subject)
    if chosen is not None and any(c.root() is chosen.root() and cols.dep[ti] != "poss" for ti, _si, _w, c in _between(recent, para, tok.i)):
        return chosen  # the ranker's choice is this paragraph's: the topic it kept is the text's
    apart = conjoined(r, tok)
    fits = {id(c): c for _ti, c in prev if not c.platform and not c.plural and c.is_person_like() and c.gender_fit(gender) == 1.0
            and id(c) not in apart}
    if not fits:
        return chosen
    for ti, c in prev:
        t = r.doc[ti]
        if id(c) in fits and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
            if chosen is not None and para == start and chosen.root().pgenders[gender] >= PRONOUN_LOCK \
                    and r._someones_in_passing(c, tok.i):
                # "... Anneke's partner, Sam Whitlow, is a flying instructor. [new paragraph] He is
                # no kin to ...": a paragraph does not open on someone the last one brought in in
                # passing as somebody's, when the text's own he or she is the ranker's choice
                return chosen
            return c
    return next(iter(fits.values())) if len(fits) == 1 else chosen


def conjoined(r: "_Resolver", tok: Token) -> set[int]:
    """The clusters (by id) named in coordination with the pronoun: never its referent ("She
    and Len had two daughters")."""
    return {id(r.covered[c.i].root()) for c in tok.conjuncts if c.i in r.covered}


def _between(recent, lo: int, hi: int):
    """The entries of ``recent`` (sorted by token) at tokens ``lo <= i < hi``."""
    return recent[bisect_left(recent, lo, key=_token) : bisect_left(recent, hi, key=_token)]


def _token(entry) -> int:
    return entry[0]


def _paragraph_starts(r: "_Resolver") -> list[int]:
    """Each token's paragraph's first token, made once per document (a walk back per pronoun
    was quadratic in a long paragraph)."""
    cached = getattr(r, "_paragraph_starts", None)
    if cached is None:
        # A token opens a paragraph when a line break lies between the previous token's start
        # and its own: the first token starting after each break (by bisection, not a slice of
        # the text per token).
        idx = columns(r.doc).idx
        n = len(idx)
        opens = sorted({k for p in newlines_of(r.doc) if 0 < (k := bisect_right(idx, p)) < n})
        # (each paragraph's run of tokens filled at once, not a step per token)
        cached = []
        for a, b in zip([0, *opens], [*opens, n], strict=True):
            cached.extend([a] * (b - a))
        r._paragraph_starts = cached  # type: ignore[attr-defined]
    return cached
