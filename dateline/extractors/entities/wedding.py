"""The wedding-notice register ("Priya Lal and Tom Reyes were married Saturday ... The bride, 31,
... The groom, 33, ..."): "the bride" and "the groom" are the two people the text marries, not
whoever is most salient when the noun comes (often the officiant named just before).

Which of the two each noun is, is for the text's genders to say: the noun itself genders the
person (a gendered noun is textual evidence), so the bride is the one of the pair the text calls
female (an honorific, pronouns, another gendered noun) or the one left when it calls the other
male. Neither the order the two were named in nor their given names tell it; with no such
evidence the noun stays a person of its own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.clusters import _Cluster, _merge
from dateline.extractors.entities.couples import _established
from dateline.extractors.entities.honorifics import apposed_kin

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Clusters

OTHER = {"female": "male", "male": "female"}
# (a wedding noun the gendered lexicon lacks: "bridegroom" stays out of the ranker's lexicon)
_NOUN_GENDER = {"bride": "female", "groom": "male", "bridegroom": "male"}


def marrying_pair(b: "_Clusters", before: int) -> Optional[tuple[_Cluster, _Cluster]]:
    """The first two people the text marries before token ``before`` ("X and Y were married",
    "X married Y", "X wed Y", "The marriage took place ... between X and Y"), in an article
    that speaks of a bride or groom at all; at extraction, the first married in the paragraph of
    ``before`` if any (a parish letter's wedding item after an obituary's "He married Gloria
    Spence in 1958")."""
    # (read once per article: every ambiguous honorific asks, and most articles have no bride)
    if b.wedding_words is None:
        b.wedding_words = any(t.lower_ in b.lex.wedding_nouns for t in b.toks)
    if not b.wedding_words:
        return None
    if getattr(b, "observe", None) is None and before < len(b.toks):
        para = before
        while para > 0 and "\n" not in b.toks[para - 1].text_with_ws:
            para -= 1
        if para > 0 and (here := _pair_from(b, para, before)) is not None:
            return here
    return _pair_from(b, 0, before)


def _pair_from(b: "_Clusters", start: int, before: int) -> Optional[tuple[_Cluster, _Cluster]]:
    lex = b.lex
    for tok in b.toks[start:before]:
        if tok.lower_ == "of" and getattr(b, "observe", None) is None and (pair := _took_place_of(b, tok)) is not None:
            return pair
        if tok.lower_ == "between" and any(t.lemma_.lower() in lex.wedding_events for t in b.toks[tok.sent.start : tok.i]):
            # "The marriage took place on Saturday at St Andrew's between Mr A, son of ..., and Miss B"
            found_between = {id(c): c for c in (_person(b, t) for g in tok.children if g.dep_ == "pobj" for t in [g, *g.conjuncts]) if c is not None}
            if len(found_between) == 2:
                a, z = found_between.values()
                return a, z
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.wedding_events and getattr(b, "observe", None) is None:
            # "The wedding of A, daughter of ..., with B, son of ..., was solemnised", "The
            # marriage of A to B took place": the noun's 'of' and its 'to'/'with'
            # (extraction-only: the ranker's training reads the verbs alone)
            of = [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of" for g in ch.children if g.dep_ == "pobj"]
            to = [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ in ("to", "with") for g in ch.children if g.dep_ == "pobj"]
            found_noun = {id(c): c for c in (_person(b, t) for t in of[:1] + to[:1]) if c is not None} if len(of) == len(to) == 1 else {}
            if len(found_noun) == 2:
                a, z = found_noun.values()
                return a, z
            continue
        # ("X and Y were married Saturday" parsed with "married" a complement of "were": the
        # subject is the copula's, at extraction only)
        complement = getattr(b, "observe", None) is None and tok.dep_ == "acomp" and tok.head.lemma_ == "be" and tok.lower_ == "married"
        if (tok.pos_ != "VERB" and not complement) or tok.lemma_.lower() not in lex.wedding_verbs and not complement:
            continue
        people: list[Optional[_Cluster]] = []
        # (the parser at times hangs the subject on the auxiliary: "X and Y were married")
        kids = [g for ch in tok.children for g in ([ch, *ch.children] if ch.dep_ in ("aux", "auxpass") else [ch])]
        if complement:
            kids += [ch for ch in tok.head.children if ch.dep_ in ("nsubj", "nsubjpass")]
        for ch in kids:
            if ch.dep_ in ("nsubj", "nsubjpass") and ch.lower_ in ("pair", "couple") and getattr(b, "observe", None) is None:
                people += _pair_named_before(b, ch)  # "The pair will marry at St Jude's": the two just named
            elif ch.dep_ in ("nsubj", "nsubjpass") and ch.lower_ in ("who", "that") and tok.dep_ == "relcl" \
                    and getattr(b, "observe", None) is None:
                # ("Congratulations to Losana Waqa and Eroni Raikadroka, who were married here on
                # Saturday": the two the relative clause hangs on; at extraction only)
                people += [_person(b, t) for t in [tok.head, *tok.head.conjuncts]]
            elif ch.dep_ in ("nsubj", "nsubjpass", "dobj"):
                people += [_person(b, t) for t in [ch, *ch.conjuncts]]
                if getattr(b, "observe", None) is None:
                    # ("Our youth leader, Kemar Thompson, and Shanice Reid ... were married": the
                    # name apposed to a subject noun and the names joined to it; extraction only)
                    people += [_person(b, t) for a in ch.children if a.dep_ == "appos" for t in [a, *a.conjuncts]]
            elif ch.dep_ == "prep" and ch.lower_ == "to":
                people += [_person(b, g) for g in ch.children if g.dep_ == "pobj"]
        found = {id(c): c for c in people if c is not None}
        if len(found) == 2:
            a, z = found.values()
            return a, z
    return None


def _pair_named_before(b: "_Clusters", noun: Token) -> list[Optional[_Cluster]]:
    """The two people last named with "and" between them, in one sentence ("the kwanjula of
    Patricia Namuli, a pharmacist at X, and Ivan Ojok, an engineer", however parsed), in the
    sentence of ``noun`` or the one before, that "the pair" or "the couple" means; none if no
    such two."""
    start = b.toks[noun.sent.start - 1].sent.start if noun.sent.start > 0 else noun.sent.start
    named = [(t.i, c) for t in b.toks[start : noun.i] if t.pos_ == "PROPN" and (c := _person(b, t)) is not None]
    if not named:
        return []
    last_i, z = named[-1]
    for i, a in reversed(named):
        if a is z:
            last_i = min(i, last_i)
            continue
        between = b.toks[i + 1 : last_i]
        if b.toks[i].sent.start == b.toks[last_i].sent.start and any(t.lower_ == "and" for t in between):
            return [a, z]
        return []
    return []


# 'The marriage took place on Saturday, May 4, at St Cuthbert's, Wells, of Mr A, ..., and Miss B',
# '... took place on May 11, 1964, at Holy Trinity, Hull, between A and B' (facts/tookplace.py too)
TOOK_PLACE = re.compile(r"\b[Tt]he\s+(?:marriage|wedding)\s+took\s+place\b(?P<when>[^.;]{0,120}?),?\s+(?P<prep>between|of)\s+"
                        r"(?=(?:(?:Mr|Mrs|Ms|Miss|Dr|Master)\.?\s+)?[A-Z])")
_HONORIFIC = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Master)\.?\s+)?")


def took_place_first(text: str, m: re.Match) -> int:
    """Where the first name of a ``TOOK_PLACE`` match starts, past its honorific."""
    return _HONORIFIC.match(text, m.end()).end()  # type: ignore[union-attr]


def took_place_partners(text: str, m: re.Match, first_end: Optional[int] = None) -> Optional[tuple[int, int]]:
    """Where the two names of a ``TOOK_PLACE`` match start, past their honorifics: the first
    right after the match; with 'of', the second after the first ', and' in the sentence (an
    'and' inside the first one's description joins the parents it names); with 'between', right
    after ' and ' at ``first_end``, where the first name ends (None without it)."""
    first_at = took_place_first(text, m)
    if m.group("prep") == "between":
        joint = re.compile(r"\s+and\s+").match(text, first_end) if first_end is not None else None
    else:
        end = text.find(".", first_at)
        joint = re.compile(r",\s+and\s+").search(text, first_at, len(text) if end < 0 else end)
    if joint is None:
        return None
    return first_at, _HONORIFIC.match(text, joint.end()).end()  # type: ignore[union-attr]


def _took_place_of(b: "_Clusters", of: Token) -> Optional[tuple[_Cluster, _Cluster]]:
    """The pair of 'The marriage took place ... of Mr A, ..., and Miss B' (at extraction only)."""
    text = b.doc.text
    m = TOOK_PLACE.search(text, of.sent.start_char, of.sent.end_char)
    if m is None or m.group("prep") != "of" or m.start("prep") != of.idx:
        return None
    at = took_place_partners(text, m)
    if at is None:
        return None
    spans = [b.doc.char_span(k, k + 1, alignment_mode="expand") for k in at]
    found = [_person(b, sp.root) if sp is not None else None for sp in spans]
    if found[0] is None or found[1] is None or found[0] is found[1]:
        return None
    return found[0], found[1]


def _person(b: "_Clusters", tok: Token) -> Optional[_Cluster]:
    c = b.covered.get(tok.i)
    return c.root() if c is not None and c.root().is_person_like() and c.root().unnamed_text is None else None


def noun_gender(lex, noun: str) -> str:
    """The sex a wedding noun gives ("bridegroom" is in no gendered lexicon the ranker reads)."""
    return lex.gendered.get(noun) or _NOUN_GENDER[noun]


def wedding_noun(b: "_Clusters", tok: Token) -> Optional[_Cluster]:
    """The cluster "the bride" / "the groom" at ``tok`` names: the member of the marrying pair
    the text's genders pick, else one held for ``settle`` (the same for every later use of the
    noun); None when the text marries nobody ("the bride's parents" of a feature on dresses)."""
    lex = b.lex
    low = tok.lower_
    if low not in lex.wedding_nouns or not any(ch.dep_ == "det" and ch.lower_ == "the" for ch in tok.children):
        return None
    pair = marrying_pair(b, tok.i)
    if pair is None:
        return None
    gender = lex.gendered.get(low) or _NOUN_GENDER.get(low)
    if gender is None:
        return None
    picked = _pick(pair, gender) or (_by_relatives_surname(b, tok, pair, gender) if getattr(b, "observe", None) is None else None)
    if picked is not None:
        return picked
    for held, _pair, noun in b.wedding_held:
        if noun == low:
            return held.root()
    held = b.new(unnamed_text=f"the {low}")
    b.wedding_held.append((held, pair, low))
    return held


def _by_relatives_surname(b: "_Clusters", tok: Token, pair: tuple[_Cluster, _Cluster], gender: str) -> Optional[_Cluster]:
    """'Kemar Thompson and Shanice Reid were married ... The groom's mother, Merline Thompson': of
    a pair the genders do not tell apart, the one whose surname the relative named after the
    comma bears (at extraction only)."""
    doc = tok.doc
    kin = tok.head
    if tok.dep_ != "poss" or kin.lower_ not in b.lex.relative_nouns or kin.i + 2 >= len(doc) or doc[kin.i + 1].text != ",":
        return None
    end = kin.i + 2
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if end - kin.i < 4:
        return None  # (a given name alone says no surname)
    surname = doc[end - 1].lower_
    same = [m.root() for m in pair if m.root().key[-1:] == (surname,)]
    if len(same) != 1 or _established(same[0]) not in (None, gender):
        return None
    return same[0]


def _pick(pair: tuple[_Cluster, _Cluster], gender: str) -> Optional[_Cluster]:
    known = [_established(m.root()) for m in pair]
    fits = [m.root() for m, g in zip(pair, known, strict=True) if g == gender]
    if len(fits) == 1:
        return fits[0]
    others = [m.root() for m, g in zip(pair, known, strict=True) if g is None]
    if not fits and len(others) == 1 and OTHER[gender] in known:
        return others[0]
    return None


def pair_member(b: "_Clusters", at: int, found: list[_Cluster]) -> Optional[_Cluster]:
    """Of several people of one surname, the one a gendered honorific at token ``at`` means in
    a wedding notice: the one of the marrying pair (news calls the couple "Ms. Lal" and "Mr.
    Reyes"); not when the honorific is apposed to a relative's noun ("Mr. Lal, the bride's
    father"), which says it is somebody else."""
    if apposed_kin(b, at) is not None:
        return None
    pair = marrying_pair(b, at)
    if pair is None:
        return None
    mine = [f for f in found if any(f.root() is m.root() for m in pair)]
    return mine[0].root() if len(mine) == 1 else None


def own_surname(b: "_Clusters", at: int, word: str) -> bool:
    """A wedding notice's honorific at token ``at`` whose surname is one of the pair's own
    ("Yuki Mori wed Daniel Foss ... Ms. Mori"): that one, not the other by a married name."""
    pair = marrying_pair(b, at)
    return pair is not None and any(m.root().key and m.root().key[-1] == word for m in pair)


def settle(b: "_Clusters") -> None:
    """Each held "the bride" / "the groom" to the member of its pair the text has gendered by
    now; a groom placed so leaves the bride the other member, and so on, till nothing moves."""
    moved = True
    while moved:
        moved = False
        for held, pair, noun in b.wedding_held:
            h = held.root()
            members = (pair[0].root(), pair[1].root())
            if any(h is m for m in members) or members[0] is members[1]:
                continue
            placed = [other.root() for other, _p, n in b.wedding_held
                      if n != noun and any(other.root() is m for m in members)]
            free = [m for m in members if not any(m is p for p in placed)]
            gender = b.lex.gendered.get(noun) or _NOUN_GENDER[noun]
            pick = free[0] if placed and len(free) == 1 else _pick(members, gender)
            pick = pick or _by_parents_surname(b, h, members) or _by_predicate(b, members, gender) or _by_pronouns(members, gender)
            if pick is not None:
                _merge(pick, h)
                moved = True


def _by_predicate(b: "_Clusters", members: tuple[_Cluster, _Cluster], gender: str) -> Optional[_Cluster]:
    """'Siân is the younger daughter of our senior deacon': of a pair the text genders by no
    mention, the one a copula's gendered noun says is of the noun's gender, or the one left
    when it says so of the other (at extraction only)."""
    if getattr(b, "observe", None) is not None:
        return None
    said = [_predicated_gender(b, m) for m in members]
    fits = [m for m, g in zip(members, said, strict=True) if g == gender]
    if len(fits) == 1 and said.count(OTHER[gender]) == 0:
        return fits[0]
    if not fits and said.count(OTHER[gender]) == 1 and said.count(None) == 1:
        return members[said.index(None)]
    return None


def _predicated_gender(b: "_Clusters", c: _Cluster) -> Optional[str]:
    found = set()
    for m in c.mentions:
        if m.kind not in ("name", "firstname", "surname", "title"):
            continue
        tok = b.doc[m.head]
        if tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
            continue
        for attr in (a for a in tok.head.children if a.dep_ == "attr"):
            g = b.lex.gendered.get(attr.lower_)
            if g:
                found.add(g)
    return found.pop() if len(found) == 1 else None


def _by_pronouns(members: tuple[_Cluster, _Cluster], gender: str) -> Optional[_Cluster]:
    """Of a pair neither of whom the text genders by a word, the one its resolved pronouns alone
    give the noun's gender, when the other has no pronoun of it ("Ivan Ojok ... he"), after all
    pronouns are read (settle only: one pronoun is weak evidence, and a wrong pick is worse than
    "the bride" left unnamed)."""
    if any(m.genders for m in members):
        return None
    fits = [m for m in members if m.pgenders[gender] and not any(g != gender and n for g, n in m.pgenders.items())]
    other = [m for m in members if m not in fits and not m.pgenders[gender]]
    if len(fits) == 1 and len(other) == 1:
        return fits[0]
    # the other member's pronouns are of the other gender: the noun is this one's
    against = [m for m in members if m.pgenders and not m.pgenders[gender]]
    rest = [m for m in members if m not in against]
    return rest[0] if len(against) == 1 and len(rest) == 1 and not any(rest[0].pgenders.values()) else None


def _by_parents_surname(b: "_Clusters", held: _Cluster, members: tuple[_Cluster, _Cluster]) -> Optional[_Cluster]:
    """'The bride ... is the daughter of Mr. and Mrs. Kevin Rourke': of the pair, the one whose
    surname the parents named after the held noun's "daughter of" / "son of" carry, when only
    one of the two has it (at extraction only)."""
    if getattr(b, "observe", None) is not None:
        return None
    surnames = set()
    for m in held.mentions:
        kin = b.doc[m.head] if m.head is not None else None
        if kin is None or kin.lower_ not in b.lex.child_nouns:
            continue
        for of in (c for c in kin.children if c.dep_ == "prep" and c.lower_ == "of"):
            for g in (g for g in of.subtree if g.pos_ == "PROPN" and g.i in b.covered):
                key = b.covered[g.i].root().key
                if key:
                    surnames.add(key[-1])
    fits = [mem for mem in members if mem.key and mem.key[-1] in surnames]
    return fits[0] if len(fits) == 1 else None


def wed_to(b: "_Clusters", owner: _Cluster, before: int) -> Optional[_Cluster]:
    """The one person the text has said, before token ``before``, the owner is married
    to: 'X had been married to Y', 'X married Y' (either way round). Moved from kin.py
    (_Clusters._wed_to) on 2026-12-07, with the "who" clause it now reads."""
    found: list[_Cluster] = []
    for m in owner.mentions:
        if m.head >= before:
            continue
        t = b.doc[m.head]
        verb = t.head
        if t.dep_ in ("nsubj", "nsubjpass"):
            acomp = [c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in ("married", "marry", "wed")]
            verb = acomp[0] if acomp else verb
            others = _married_to(verb)
        elif t.dep_ == "pobj" and verb.lower_ == "to" or t.dep_ == "dobj":
            verb = verb.head if t.dep_ == "pobj" else verb
            others = [c for c in (verb.head if verb.dep_ == "acomp" else verb).children if c.dep_ in ("nsubj", "nsubjpass")]
        elif (rel := _who_clause(t)) is not None:
            # ("the late John Okello (1941-2016), a former railway clerk, who married Aisha
            # Nankya in 1971. His widow": the relative clause on the name or its apposition)
            verb = rel
            others = _married_to(verb)
        else:
            continue
        if verb.lemma_.lower() not in ("married", "marry", "wed"):
            continue
        for o in others:
            c = b.covered.get(o.i)
            if c is not None and c.root() is not owner and c.root() not in found:
                found.append(c.root())
    return found[0] if len(found) == 1 else None


def _married_to(verb: Token) -> list[Token]:
    """Whom the subject of a marrying verb marries: its object, or the object of its 'to'."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"] \
        + [c for c in verb.children if c.dep_ == "dobj"]


def _who_clause(t: Token) -> Optional[Token]:
    """The verb of a 'who' clause on a name, or on a noun set off beside it, whose subject
    is the relative pronoun ('X, a former clerk, who married Y')."""
    for head in [t] + [c for c in t.children if c.dep_ == "appos"]:
        for c in head.children:
            if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("who", "that") for g in c.children):
                return c
    return None
