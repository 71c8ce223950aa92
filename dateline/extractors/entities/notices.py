"""The notices register (deceased estates, death notices, probate, court lists), read at
extraction only.

Each entry opens with the name inverted, the surname in capitals: "PENNICOTT, Harold James, late
of ...". The capitalised word is the surname of the given names after its comma, not a person or
a firm of its own (the tagger calls it an organisation), and not the surname of somebody named
later in the entry.

An address follows a name as a run of comma-separated parts after "late of" or ", of" ("late of
Flat 2, Harbour View, Port Isaac Road, a retired harbour engineer"; "Kim Sparrow, of 22 Beacon
Road, Truro, the daughter of ..."): the names in it are places, though the tagger calls a street
or a village a person's name, and the description after it is the person's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Doc, Token

from dateline.extractors.entities.clusters import _Cluster
from dateline.extractors.entities.lexicon import Lexicon
from dateline.extractors.entities.missed import _NameSpan
from dateline.nlp import columns, text_of

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver

# a line that opens "SURNAME, Given Names," (one or two capitalised surname words, a hyphen
# allowed; one to three given names of three letters or more), then a comma: not a dateline's
# "SAVANNAH, Ga. (AP)" or "LONDON, Ont."
# (a death notice's maiden name after the surname and a familiar name after the given names:
# "O'SULLIVAN (née Keane), Catherine (Kitty), Macroom")
_HEAD_NOTICE = (r"(?P<sur>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?)(?: \((?:née|nee) [A-Z][\w'’-]+\))?, "
                r"(?P<given>[A-Z][a-zà-ÿ'’-]{2,}(?: [A-Z][a-zà-ÿ'’-]{2,}){0,2})(?: \([A-Z][a-zà-ÿ'’-]+\))?")
_INVERTED = re.compile(r"(?m)^" + _HEAD_NOTICE + r"(?=,)")
_NAME = re.compile(_HEAD_NOTICE)


def inverted_names(doc: Doc, lex: Lexicon, taken: list[bool]) -> list[_NameSpan]:
    """A PERSON span for each inverted heading, surname and given names, keyed as the name
    is said (``surname`` points at the surname's last word); every word of the heading is claimed in
    ``taken`` so that no other name is read there."""
    text = text_of(doc)
    out: list[_NameSpan] = []
    for m in _INVERTED.finditer(text):
        if m["sur"].lower() in lex.titles or m["given"].split()[0].lower() in lex.titles:
            continue  # "NOTICE, Take ..." is no name; nor a heading's title word
        sur = doc.char_span(m.start("sur"), m.end("sur"), alignment_mode="expand")
        # (with a familiar name in brackets, the span runs over it: a later "Mick" is the same man)
        given = doc.char_span(m.start("given"), m.end(), alignment_mode="expand")
        if sur is None or given is None or any(taken[k] for k in range(sur.start, given.end)):
            continue
        for k in range(sur.start, given.end):
            taken[k] = True
        out.append(_NameSpan(sur.start, given.end, "PERSON", surname=sur.end - 1))
    return out


def uninverted(name: str) -> str:
    """A heading's "PENNICOTT, Harold James" as the person is called: "Harold James Pennicott"."""
    m = _NAME.fullmatch(name)
    return f"{m['given']} {m['sur'].title()}" if m else name


_STREETS = frozenset({"street", "road", "lane", "avenue", "terrace", "close", "crescent", "drive", "rise", "view", "row", "place", "gardens"})


def street_end(doc: Doc, e: int) -> bool:
    """Whether the name ending before token ``e`` ends on a street's word ("Ebury Road")."""
    return columns(doc).lower[e - 1] in _STREETS


def in_address(doc: Doc, s: int, e: int) -> bool:
    """Whether the name at [s, e) is a part of an address run. After "late of" every part is
    (a former residence: "late of The Old Forge, Stowe St Mary"); after ", of" only a street,
    a numbered part, or a part after one ("of 22 Beacon Road, Truro"), since ", of" also opens a
    firm ("Lionel Fisk, solicitor, of Fisk Dunmore")."""
    # (from the Doc's columns: every name of the text is asked, and a Token was made per word
    # looked at; is_title and is_upper are the text's istitle and isupper)
    cols = columns(doc)
    lower, text, like_num = cols.lower, cols.text, cols.like_num
    placed = lower[e - 1] in _STREETS or (s > 0 and like_num[s - 1])
    if lower[e - 1] in _STREETS and e - s > 1 and s >= 2 and text[s - 1] == "," and cols.ent_type[s - 2] == "PERSON" \
            and e < len(text) and text[e] in (",", "."):
        return True  # ("The death occurred of Patrick Dowling, Mill Road, aged 89": a notice's street after the name)
    i, steps = s - 1, 0
    while i > 0 and steps < 16:
        low = lower[i]
        if low == "of":
            before = lower[i - 1]
            return before == "late" or (before == "," and placed)
        if text[i] == ",":
            placed = placed or lower[i - 1] in _STREETS
        elif not (text[i].istitle() or text[i].isupper() or like_num[i] or low == "the"):
            return False
        if like_num[i]:
            placed = True
        i, steps = i - 1, steps + 1
    return False


def _death_occurred_of(doc: Doc, of: int) -> bool:
    """Whether token ``of`` is the "of" of a notice's "The death (has) occurred ... of NAME"."""
    cols = columns(doc)
    if of < 2 or cols.lower[of] != "of":
        return False
    start = doc[of].sent.start
    words = cols.lower[start:of]
    return "death" in words and any(w in ("occurred", "occured", "occurs") for w in words)


def notice_deceased(doc: Doc, s: int) -> bool:
    """'The death occurred at Western Isles Hospital on 21 September of Dolina Macaulay': the name
    after a death notice's "of" is the one who died, whatever the tagger called it."""
    return s > 0 and _death_occurred_of(doc, s - 1)


def notice_town(doc: Doc, s: int, e: int) -> bool:
    """'... of Dolina Macaulay, Tolsta Chaolais, aged 94': the name set off by commas between the
    one who died and the age is where she lived."""
    cols = columns(doc)
    text, lower = cols.text, cols.lower
    if s < 3 or e + 1 >= len(text) or text[s - 1] != "," or text[e] != "," or lower[e + 1] != "aged":
        return False
    k = s - 2
    while k > 0 and text[k].istitle() and s - 2 - k < 4:
        k -= 1
    return k < s - 2 and _death_occurred_of(doc, k)


def address_owner(doc: Doc, i: int) -> Optional[int]:
    """The last token of the name an address run belongs to, for a word after the run ("NAME,
    late of 14 Orchard Rise, Wexcombe, a retired postmaster, who died": "who" at ``i`` is
    NAME's), or None. The run is read back to its "late of" or ", of" within the sentence; a verb
    or "and" on the way means the word is no part of the entry's opening."""
    sent_start = doc[i].sent.start
    k = i - 1
    while k > sent_start + 1 and i - k < 30:
        tok = doc[k]
        if (tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod") or tok.lower_ in ("and", "who", "whose"):
            return None
        if tok.lower_ == "of":
            before = doc[k - 1]
            if before.lower_ == "late":
                end = k - 3 if doc[k - 2].text == "," else k - 2
            elif before.text == ",":
                end = k - 2
            else:
                return None
            return end if end >= sent_start and (doc[end].is_title or doc[end].is_upper) else None
        k -= 1
    return None


def heading_at(doc: Doc, i: int) -> Optional[int]:
    """The first token of the inverted heading opening the line that holds token ``i``, if the
    line is a notice entry ("TREGARTHEN, Carol Anthony, late of ..."), else None."""
    text = text_of(doc)
    line = text.rfind("\n", 0, doc[i].idx) + 1
    if not _INVERTED.match(text, line):
        return None
    span = doc.char_span(line, line + 1, alignment_mode="expand")
    return span.start if span is not None else None


def entry_subject(r: "_Resolver", tok: Token) -> Optional[_Cluster]:
    """A he/she/his/her in a notice entry is the entry's subject, named in its heading, when the
    gender fits ("He was the husband of ...", "Her executor is her nephew"): a notice is about
    one person, and the nearest earlier name is often another entry's (at extraction only)."""
    gender = r.lex.pronouns.get(tok.lower_)
    if r.observe is not None or gender is None or r.in_quote[tok.i]:
        return None
    start = heading_at(r.doc, tok.i)
    c = r.covered.get(start) if start is not None else None
    if c is None or not c.root().is_person_like() or c.root().gender_fit(gender) < 1.0:
        return None
    return c.root()


def death_notice_kin(res, tok, low: str) -> Optional[int]:
    """'Peggy Moore, beloved wife of the late Jack Moore and mother of Susan and Peter': the
    parser joins the second kin noun to the person the first one's 'of' names, but a notice's
    chain of kin nouns describes the one they are apposed to (the token of that name)."""
    lex = res.lex
    if low in lex.relative_nouns and (dead := notice_subject(res, tok)) is not None:
        return dead
    if tok.dep_ != "conj" or low not in lex.relative_nouns or not any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in tok.children):
        return None
    of = tok.head.head if tok.head.dep_ == "pobj" else None
    kin = of.head if of is not None and of.lower_ == "of" else None
    if kin is None or kin.dep_ != "appos" or kin.lower_ not in lex.relative_nouns or kin.head.i not in res.covered:
        return None
    return kin.head.i


def notice_subject(res, tok) -> Optional[int]:
    """'X died peacefully on Tuesday ... Wife of the late Roderick, much-loved mother of Julian,
    Sophie and Kit': a sentence of kin nouns and no verb, each hung on the one before's 'of', is a
    death notice's description of the one who died in the sentence before (the token of that
    subject's name)."""
    t = tok
    while t.dep_ in ("appos", "conj") and t.head.dep_ == "pobj" and t.head.head.lower_ == "of":
        t = t.head.head.head
    # (opening the sentence, past its adjectives: "Beloved wife of the late Denis")
    opens = all(w.pos_ in ("ADJ", "ADV") or w.dep_ in ("amod", "advmod") for w in t.sent[: t.i - t.sent.start])
    if t.dep_ != "ROOT" or not opens or t.lower_ not in res.lex.relative_nouns or any(c.dep_ in ("det", "poss") for c in t.children):
        return None
    if t.sent.start == 0:
        return None
    prev = res.doc[t.sent.start - 1].sent
    for v in prev:
        if v.lemma_.lower() == "die" and v.pos_ == "VERB":
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in res.covered), None)
            if subj is not None:
                return subj.i
    # ("BRENNAN, Michael (Mick), Ballyhaunis, February 18th, 2024, ... Beloved husband of ..."):
    # the entry's inverted heading, at the start of the paragraph the kin sentence is in
    text = res.doc.text
    line = text.rfind("\n", 0, t.idx) + 1
    head = _INVERTED.match(text, line)
    if head is not None:
        span = res.doc.char_span(head.start("given"), head.end("given"), alignment_mode="expand")
        if span is not None and span.start in res.covered:
            return span.start
    return None
