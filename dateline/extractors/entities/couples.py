"""Couples named together ("Ada and Tomas Verhoeven", "Wai-Lun and Mei Chen"): two people who
share the surname written once, however the tagger split or typed the two names (pass 1); and
which of the two a later "Mr Verhoeven" or "Mrs Verhoeven" is (after pass 3).

The honorific is settled only by what the text says of each of them (a gendered kin noun, the
pronouns resolved to them), never by the order they were named in: "Ada and Tomas" is as often
written wife first as husband first, and a given name states no gender here. With no such
evidence the honorific mention stays a person of its own."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Doc, Token

from dateline.extractors.entities.agewords import _age_follows
from dateline.extractors.entities.clusters import _Cluster, _majority, _merge
from dateline.extractors.entities.lexicon import W_PERSON_NOUN, Lexicon
from dateline.extractors.entities.missed import MISSABLE_LABELS, _NameSpan
from dateline.nlp import ents_of, text_of, tokens_of, where_in

if TYPE_CHECKING:
    from dateline.extractors.entities.builder import _Builder
    from dateline.extractors.entities.clusters import _Clusters

# how far after the pair a family word shows the two share the surname (tokens)
CUE_REACH = 12
# how many words of the next sentence's opening a family word may come in ("The couple's")
NEXT_OPENING = 3
# labels the small model puts on given names it misreads ("Ada" ORG, "Stephen" GPE)
PAIR_LABELS = MISSABLE_LABELS | {"PERSON", "ORG"}
# pronouns resolved to a person that, all of one gender, establish it without a stated one
PRONOUNS_TO_ESTABLISH = 2


def paired_names(doc: Doc, lex: Lexicon, spans: list[_NameSpan]) -> list[_NameSpan]:
    """``spans`` with each 'Given and Given Surname' read as two people of that surname: the
    first span ends before 'and' and knows the surname's token (``surname``), whatever spans
    the tagger's ents made of the words."""
    toks = tokens_of(doc)
    text = text_of(doc)
    # ("Brothers Jamal and Terrence Wright": the tagger's name took in the plural kin noun before a pair)
    spans = [replace(sp, start=sp.start + 1) if sp.end - sp.start > 1 and sp.end < len(doc) and toks[sp.end].lower_ == "and"
             and _kin_before(toks, sp.start + 1, lex) else sp for sp in spans]
    multi = {toks[sp.end - 1].lower_ for sp in spans if sp.end - sp.start > 1 and not sp.pair}
    last = len(doc) - 2
    for k in [i for i in where_in(doc, "lower").get("and", ()) if 0 < i < last]:
        found = _pair_at(doc, toks, k, lex)
        if found is None:
            spans = _maiden_pair(doc, toks, k, lex, spans)
            continue
        s, e = found
        inside = [sp for sp in spans if sp.start < e and s < sp.end]
        if any(sp.start < s or sp.end > e or sp.pair or sp.surname is not None or sp.platform for sp in inside):
            continue
        first = doc[s:k].text
        surname = toks[e - 1].text
        if " " not in first and first.lower() in multi and not re.search(rf"\b{re.escape(first)} {re.escape(surname)}\b", text):
            continue  # "Biden and Jill Hale" after "Joe Biden": a surname, and another's full name
        if not (_family_cue(doc, toks, e, first, surname, lex) or _parents_of(toks, s, lex) or _kin_before(toks, s, lex)):
            continue
        # The tagger's own spans keep their labels (a pair is no vote of its own: the pronoun
        # ranker learnt on names as the tagger found them); a place or company label on a given
        # name that shares a person's surname is dropped.
        left = next((sp for sp in inside if (sp.start, sp.end) == (s, k)), None)
        right = next((sp for sp in inside if (sp.start, sp.end) == (k + 1, e)), None)
        spans = [sp for sp in spans if sp not in inside]
        spans.append(_NameSpan(s, k, left.label if left is not None and left.label == "PERSON" else None, surname=e - 1))
        # (and so on the right: "Maeve and Colm Doherty", "Colm Doherty" tagged ORG)
        if right is not None and right.label == "ORG":
            right = replace(right, label=None)
        spans.append(right if right is not None else _NameSpan(k + 1, e, None, age=_age_follows(doc, e, True)))
    return spans


def _maiden_pair(doc: Doc, toks: list[Token], k: int, lex: Lexicon, spans: list[_NameSpan]) -> list[_NameSpan]:
    """``spans`` with an obituary's parents 'Lester and Mae (Collins) Fisk' (the mother's maiden
    name in brackets before the surname the two share) read as Lester Fisk and Mae (Collins)
    Fisk, where the text names them as somebody's parents or as family; the maiden name is
    nobody of its own."""
    s, g = k - 1, _given_end(toks, k + 1, lex)
    if s < 1 or _given_end(toks, s, lex) != k or g is None or g + 3 >= len(doc):
        return spans
    if toks[g].text != "(" or not _word(toks[g + 1], lex) or toks[g + 2].text != ")" or not _word(toks[g + 3], lex):
        return spans
    e = g + 4
    if (e < len(doc) and _word(toks[e], lex)) or _word(toks[s - 1], lex) or toks[s - 1].lower_ in lex.titles \
            or any(toks[i].is_sent_start for i in range(s + 1, e)):
        return spans
    if not (_parents_of(toks, s, lex) or _family_cue(doc, toks, e, toks[s].text, toks[e - 1].text, lex)):
        return spans
    inside = [sp for sp in spans if sp.start < e and s < sp.end]
    if any(sp.start < s or sp.end > e or sp.platform for sp in inside):
        return spans
    return [sp for sp in spans if sp not in inside] + [_NameSpan(s, k, "PERSON", pair=True, surname=e - 1),
                                                       _NameSpan(k + 1, e, "PERSON", pair=True)]


def _pair_at(doc: Doc, toks: list[Token], k: int, lex: Lexicon) -> Optional[tuple[int, int]]:
    """(start, end) of 'Given and Given Surname' around the 'and' at token k, given names one
    word or joined by hyphens ("Mary-Kate"), in one sentence and no longer name on the left."""
    s = next((s for s in (k - 5, k - 3, k - 1) if s >= 0 and _given_end(toks, s, lex) == k), None)
    g = _given_end(toks, k + 1, lex)
    if g is not None and g + 1 < len(doc) and toks[g].lower_ in lex.lower_particles and toks[g].text.islower():
        g += 1  # ("Deon and Marietjie du Plessis": a surname with a lower-case particle)
    if s is None or g is None or g >= len(doc) or not _word(toks[g], lex):
        return None
    e = g + 1
    if e < len(doc) and (_word(toks[e], lex) or (toks[e].text == "-" and toks[g].whitespace_ == "")):
        return None  # "Tom Roche-Madden", "Ana and Luis Maria Prado": not one given name and a surname
    if s > 0 and ((_word(toks[s - 1], lex) and not _kin_before(toks, s, lex)) or toks[s - 1].lower_ in lex.titles or toks[s - 1].text in ("-", "&")):
        return None  # "Joe Biden and Jill Hale", "Dr Ana and ...": the left is no given name alone
    if toks[g].lower_ in lex.org_keywords or any(toks[i].is_sent_start for i in range(s + 1, e)):
        return None
    if any(t.ent_type_ not in PAIR_LABELS for t in toks[s:e] if t.i != k):
        return None
    for ent in ents_of(doc):  # (doc.ents makes every entity Span anew on each access)
        # (a possessive the tagger took into the name is no longer name: "Shirin Contractor's twins")
        end = ent.end - 1 if ent.end == e + 1 and toks[e].tag_ == "POS" else ent.end
        if ent.start < e and s < ent.end and (ent.start < s or end > e):
            return None  # a longer name ("Tomas Verhoeven Holdings") runs through the pair
    return s, e


def _given_end(toks: list[Token], i: int, lex: Lexicon) -> Optional[int]:
    """The end of a given name at token i: a capitalised word, or several joined by hyphens
    with no space ("Wai-Lun", "Mary-Kate")."""
    if i >= len(toks) or not _word(toks[i], lex):
        return None
    j = i + 1
    while j + 1 < len(toks) and toks[j].text == "-" and toks[j - 1].whitespace_ == "" and toks[j].whitespace_ == "" \
            and _word(toks[j + 1], lex):
        j += 2
    return j


def _word(tok: Token, lex: Lexicon) -> bool:
    t, low = tok.text, tok.lower_
    return (len(t) > 1 and t[:1].isupper() and t.replace("'", "").replace("’", "").isalpha() and not t.isupper()
            and tok.pos_ in ("PROPN", "NOUN", "ADJ", "VERB", "X")
            and low not in lex.titles and low not in lex.not_entities and low not in lex.platforms
            and low not in lex.person_nouns and low not in lex.occupations and low not in lex.lead_org_words)


def _parents_of(toks: list[Token], s: int, lex: Lexicon) -> bool:
    """'the daughter of Travis and Jolene Brandt', 'the sons of ...', 'the son of the late
    Walter and Edna Becker', 'was born in Ohio to the late Carl and Ida Moss': two named as one
    child's parents share the surname written once, as do two named after a plural kin noun
    ('two brothers, Harold and Eugene Brandt')."""
    # ("two brothers, Harold and Eugene Brandt", "sisters Ann and Ruth Dahl": a plural kin noun
    # says the two are family as well)
    k = s - 2 if s >= 2 and toks[s - 1].text == "," else s - 1
    if k >= 0 and toks[k].tag_ == "NNS" and toks[k].lemma_.lower() in lex.kin_kinds:
        return True
    if s >= 3 and toks[s - 1].lower_ == "late" and toks[s - 2].lower_ == "the":
        s -= 2
    if s >= 2 and toks[s - 1].lower_ == "to":
        # (an obituary's birth: "born March 3, 1938, in Greenfield, Ohio, to ...")
        return any(t.lower_ == "born" for t in toks[max(toks[s - 1].sent.start, s - 16) : s - 1])
    return s >= 2 and toks[s - 1].lower_ == "of" and toks[s - 2].lemma_.lower() in lex.parent_of


def _kin_before(toks: list[Token], s: int, lex: Lexicon) -> bool:
    """'Brothers Sean and Declan Walsh', 'their daughters, Ann and Ruth Lowe', 'the twins Gethin
    and Aled Rees': a plural kin noun right before the pair says they are family (at extraction
    only, as every use of this module's pairs)."""
    k = s - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
    if k < 0:
        return False
    word = toks[k].lower_
    return word in ("twins", "siblings") or (word.endswith("s") and word[:-1] in lex.kin_kinds)


def _family_cue(doc: Doc, toks: list[Token], e: int, first: str, surname: str, lex: Lexicon) -> bool:
    """The text shows the two share the surname: a family word right after ("the couple"), the
    surname after an honorific or as a family ("Mrs Chen", "the Chens"), or the first given
    name written with the surname elsewhere ("Lyle Danforth")."""
    after = {t.lower_ for t in toks[e : min(len(doc), e + CUE_REACH)]}
    if after & lex.shared_surname_cues:
        return True
    # ("Ngozi and Emeka Obi, who moved to Clare from Lagos in 2008 and now both drive the
    # tractor. The couple's three children ...": the next sentence opens on the family word)
    nxt = next((t.i for t in toks[e : min(len(doc), e + 60)] if t.is_sent_start), None)
    if nxt is not None and {t.lower_ for t in toks[nxt : nxt + NEXT_OPENING]} & lex.shared_surname_cues:
        return True
    text, sur = text_of(doc), re.escape(surname)
    return bool(re.search(rf"\b(?:Mr|Mrs|Ms|Miss)\.? {sur}\b|\b[Tt]he {sur}s\b|\b{re.escape(first)} {sur}\b", text))


# ---- after pass 3: whose honorific ---------------------------------------------------------------


def defer(b: "_Clusters", word: str, members: tuple[_Cluster, _Cluster], gender: str, nearer: _Cluster) -> _Cluster:
    """A cluster of its own for an honorific that may mean either of a couple, to be merged
    into one of them by ``settle`` once the text has said more. ``nearer`` (the one the name
    pass would take) is kept as the fallback only when named on its own since the two were
    named together ("Daniel and Ruth Carrow ... Daniel Carrow, 49, said ... Mr Carrow said"
    is the nearer person, as for any two of a surname); till then the nearer of the two is
    only the one named second."""
    c = b.new(key=(word,))
    # (named with the surname: "Morag's older brother" after "Alasdair and Morag MacRae" says
    # nothing of which one "Mr MacRae" is)
    seen = b.last_seen.get(id(nearer.root()))
    again = seen != b.paired_at.get(id(nearer.root())) and seen is not None and any(t.lower_ == word for t in b.doc[seen : seen + 4])
    b.deferred.append((c, members, gender, nearer.root() if again else None))
    return c


def couple_of(b: "_Clusters", c: _Cluster, found: list[_Cluster]) -> Optional[tuple[_Cluster, _Cluster]]:
    """The couple named together that ``c`` and another of ``found`` make, if any."""
    roots = {id(f.root()) for f in found}
    for a, z in b.couples:
        a, z = a.root(), z.root()
        if a is not z and c.root() in (a, z) and id(a) in roots and id(z) in roots:
            return a, z
    return None


def held_apart(b: "_Clusters", c: _Cluster, owner: _Cluster) -> bool:
    """``c`` is an honorific held for a couple ``owner`` is not in: one of two people already
    married to each other, so not the husband or wife of a third ("Grace Chen ... her husband"
    is not the "Mr. Chen" of her parents, Wai-Lun and Mei Chen)."""
    for held, members, _g, _n in b.deferred:
        if held.root() is c.root():
            return owner.root() not in [m.root() for m in members]
    return False


def settle(b: "_Clusters") -> None:
    """Each deferred honorific to the member of its couple whose gender the text establishes as
    the honorific's ("her husband, Tomas"; pronouns), or to the one member left when the text
    establishes the other's as the opposite; else to the nearer one named on its own since the
    couple (``defer``) unless the text says otherwise of them; else it stays a person of its own."""
    for held, members, gender, nearer in b.deferred:
        held = held.root()
        pair = [m.root() for m in members]
        if held in pair or pair[0] is pair[1]:
            continue
        known = [_established(m) for m in pair]
        fits = [m for m, g in zip(pair, known, strict=True) if g == gender]
        free = [m for m, g in zip(pair, known, strict=True) if g is None]
        if len(fits) == 1:
            _merge(fits[0], held)
        elif not fits and len(free) == 1:
            _merge(free[0], held)
        elif not fits and nearer is not None and nearer.root() in free:
            _merge(nearer.root(), held)


def _established(c: _Cluster) -> Optional[str]:
    """The gender the text gives a person: a stated one (a gendered noun, an honorific), else
    pronouns resolved to them that all agree and are more than one."""
    stated = _majority(c.genders)
    if stated or c.genders:
        return stated
    if len(c.pgenders) == 1:
        g, n = next(iter(c.pgenders.items()))
        return g if n >= PRONOUNS_TO_ESTABLISH else None
    return None


def two_first_names(doc: Doc, s: int, label: str) -> bool:
    """'Luis and Carmen': two capitalised words either side of 'and', tagged as a person, or as
    an organisation when the text names a person by each word first ('Luis Alvarez')."""
    words = (doc[s].text, doc[s + 2].text)
    if not all(w.isalpha() and w.istitle() for w in words):
        return False
    firsts = {ent[0].text for ent in ents_of(doc) if ent.label_ == "PERSON" and len(ent) > 1}
    if label == "PERSON":
        return True
    if label != "ORG":
        return False
    # ("the late Stanley Kalulu ... His wife, Agnes, ... Stanley and Agnes raised three
    # children": one a person's first name, the other named alone elsewhere, whatever its tag
    # or none)
    alone = {ent.text for ent in ents_of(doc) if len(ent) == 1 and ent.start not in (s, s + 2)} \
        | {t.text for t in doc if t.pos_ == "PROPN" and t.i not in (s, s + 2) and t.text in words and t.dep_ in ("appos", "nsubj", "dobj", "pobj")}
    return all(w in firsts for w in words) or _kin_apposed(doc, s) or (
        any(w in firsts for w in words) and all(w in firsts or w in alone for w in words))


def _kin_apposed(doc: Doc, s: int) -> bool:
    """'with their twins, Ava and Noah': the pair is apposed to a plural kin noun."""
    if s < 2 or doc[s - 1].text != ",":
        return False
    low = doc[s - 2].lower_
    kin = low[:-1] if low.endswith("s") else low
    return kin in _KIN_PLURAL_HEADS or (low.endswith("ren") and low[:-3] in _KIN_PLURAL_HEADS)


# the nouns whose plural names people by their kin ("twins", "sons", "children", "grandchildren")
_KIN_PLURAL_HEADS = frozenset({"twin", "son", "daughter", "child", "grandchild", "grandson", "granddaughter", "brother",
                               "sister", "sibling", "nephew", "niece", "cousin", "parent", "grandparent", "stepson",
                               "stepdaughter"})


def mr_and_mrs(b: "_Builder", husband: _Cluster, titles: tuple, start: int, end: int) -> None:
    """'Thomas, elder son of Mr and Mrs Giles Aykroyd': Giles Aykroyd is the Mr, and the Mrs
    his wife, named only so ('Mrs Giles Aykroyd'); the same wife for the same name again. Moved out of
    builder.py (2026-12-05)."""
    mr, mrs = titles
    husband.root().genders["male"] += 1
    name = b.doc[start:end].text
    wife = b.wives.get(name)
    if wife is None:
        wife = b.wives[name] = b.new(unnamed_text=f"Mrs {name}")
        wife.votes["PERSON"] += W_PERSON_NOUN
        b.couples.append((husband.root(), wife))
    wife.genders["female"] += 1
    b.add(wife, mrs.i, mrs.i + 1, "title", head=mrs.i)
