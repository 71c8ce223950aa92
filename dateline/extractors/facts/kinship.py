"""Kin relations: 'her son, X', 'X's sister Y', 'the daughter of X', kin lists with names.
Whose relatives they are (a possessive, 'their', 'the couple's', an of-phrase) is found in
``kinowners``; the couples themselves are noted in ``couples``."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from dateline.extractors.entities.kinwords import joined_to_plural_kin
from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.facts.ages import _previous_subject
from dateline.extractors.facts.context import (
    DURATION_UNITS,
    LIKELY,
    POSSESSIVES,
    _conjuncts,
    _Ctx,
    _named,
    _resolve,
    _sentences,
    _tok_end,
    number_value,
    patterns,
)
from dateline.extractors.facts.kinlists import (
    _count,
    genders_in_order,
    listed_after_colon,
    listed_next,
    marriage_partner,
)
from dateline.extractors.facts.kinowners import _kin_owners, _skip_left
from dateline.extractors.facts.lexicon import token_number
from dateline.extractors.facts.namelists import _names_after
from dateline.extractors.facts.subjects import _subjects
from dateline.extractors.facts.thatkin import earlier_owner
from dateline.model import Entity
from dateline.nlp import columns, tokens_in, tokens_of

# nouns that keep a kin noun a relative ("birth mother", "foster son")
_KIN_COMPOUNDS = frozenset({"birth", "foster", "step", "surrogate"})


def _survivors_after(noun: Token) -> Optional[Token]:
    """'Of the couple's five children, four survive: A, B, C and D': the count of those living,
    right after the kin noun's comma, which the parser hangs anywhere."""
    doc = noun.doc
    k = noun.i + 1
    if noun.i > 0 and doc[noun.i - 1].like_num and k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].like_num \
            and doc[k + 2].lower_ in ("survive", "survived", "survives", "remain", "live"):
        return doc[k + 1]
    return None


def _copula_subject(ctx: _Ctx, tok: Token) -> tuple[list[Entity], int]:
    """'She is the daughter of X': the kin noun is the attribute of a copula. A plural noun
    takes every conjoined subject: 'Kusha and his brother Lava were the children of X'."""
    ranked = _ranked_among(tok)
    if ranked is not None:
        # "She is the youngest of three children of X": one of them, the subject alone
        subj = [c for c in ranked.head.children if c.dep_ == "nsubj"]
        ents = _resolve(ctx, subj[0], couples=False) if subj and len(_conjuncts(subj[0])) == 1 else []
        return (ents, subj[0].idx) if len(ents) == 1 else ([], 0)
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if len(subj) > 1:
            # "Munro, whose late wife, Peigi, was X's sister": the parser gives the copula the
            # relative clause's subject too; the one nearest the verb is the copula's
            subj = sorted(subj, key=lambda t: (t.i < tok.head.i, t.i))[-1:]
        if subj:
            if tok.tag_ in ("NNS", "NNPS") and len(_conjuncts(subj[0])) > 1:
                ents = []
                for t in _conjuncts(subj[0]):
                    ents += [e for e in _resolve(ctx, t, couples=False) if e not in ents]
                return ents, subj[0].idx
            # "whose late wife, Peigi, was Christina's sister": a kin noun with a name apposed
            # is that named relative, not the one whose relative it is
            named = [c for c in subj[0].children if c.dep_ in ("appos", "npadvmod") and c.pos_ == "PROPN"] \
                if subj[0].lower_ in patterns()["kinship"] else []
            ents = _resolve(ctx, named[0] if len(named) == 1 else subj[0], couples=False)
            if len(ents) == 1:
                return ents, subj[0].idx
    return [], 0


def _ranked_among(tok: Token, apposed: bool = False) -> Optional[Token]:
    """For a plural kin noun in "the youngest of three children", "the elder of the two
    sons", "the second of four daughters": the rank word, when it is a copula's attribute
    (however the parser hung the noun: the object of "of", or apposed to the rank); with
    ``apposed``, also when the rank is itself set off after a name or a clause (an apposition or
    an adverbial: "Meg Hale, the second of five children of ...")."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        rank = tok.head.head
    elif tok.dep_ == "conj" and tok.head.dep_ == "pobj" and tok.head.pos_ == "PROPN" and tok.head.head.lower_ == "of":
        rank = tok.head.head.head  # ("the elder of Kenji and Yoko Oda's two daughters": the first owner parsed as the noun's conjunct)
    elif tok.dep_ == "appos" and any(c.lower_ == "of" for c in tok.children if c.i < tok.i) or (
            tok.dep_ == "appos" and tok.i > 1 and any(t.lower_ == "of" for t in tok.doc[tok.head.i + 1 : tok.i])):
        rank = tok.head
    else:
        return None
    ranks = patterns()["children_in_order"]["order_words"]
    if not (rank.tag_ in ("JJS", "JJR") or rank.ent_type_ == "ORDINAL" or rank.lower_ in ranks or rank.lower_ in ("elder", "younger", "one")):
        return None
    return rank if (rank.dep_ == "attr" and rank.head.lemma_ == "be") or (apposed and rank.dep_ in ("appos", "npadvmod")) else None


def _apposed_rank_holder(ctx: _Ctx, tok: Token) -> tuple[list[Entity], int]:
    """'Meg Hale, the second of five children of X': the one person a rank among children is
    apposed to; 'She grew up on a farm at Crows Nest, the second of five children of X': set
    after a place that closes the clause, its subject's."""
    rank = _ranked_among(tok, apposed=True)
    if rank is None or rank.dep_ not in ("appos", "npadvmod") or rank.i < 2 or (tok.doc[rank.i - 2].text != "," and tok.doc[rank.i - 1].text != ","):
        return [], 0
    head = rank.head
    ents = _resolve(ctx, head, couples=False) if head.pos_ not in ("VERB", "AUX") else []
    if len(ents) == 1 and ents[0].type == "PERSON":
        return ents, head.idx
    if ents or head.ent_type_ == "PERSON":
        return [], 0
    verb = head
    while verb.dep_ not in ("ROOT", "conj") and verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    ents = _resolve(ctx, subj[0], couples=False) if len(subj) == 1 and len(_conjuncts(subj[0])) == 1 else []
    return (ents, subj[0].idx) if len(ents) == 1 and ents[0].type == "PERSON" else ([], 0)


def _fronted_subject(ctx: _Ctx, tok: Token, sent: SpacySpan) -> Optional[tuple[Entity, int]]:
    """'Born in Rome, the daughter of A and B, she made her debut': a kin phrase set off by
    commas before the clause's subject describes that subject."""
    doc = ctx.doc
    k = tok.i - 1
    while k > sent.start and doc[k].pos_ in ("ADJ", "NUM") and doc[k].is_lower:
        k -= 1  # ("the second son of", "the only daughter of")
    det = k if k >= sent.start and doc[k].lower_ in ("the", "a", "an") else tok.i
    if det - 1 >= sent.start and doc[det - 1].text != ",":
        return None
    subj = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].i <= tok.i or tok in subj[0].subtree:
        return None
    left = subj[0].left_edge.i
    if left - 1 < sent.start or doc[left - 1].text != ",":
        return None
    ents = _resolve(ctx, subj[0], couples=False)
    return (ents[0], _tok_end(subj[0])) if len(ents) == 1 else None


def _describes_name_before(ctx: _Ctx, tok: Token, prev: Token) -> bool:
    """'her mother, Agnes Kerr, a widow who took in washing': an indefinite kin noun set off by a
    comma right after a name describes that person; it is no second relative of the owner of the
    kin noun before ('their children, a son, Kofi, and a daughter, Ama' shares it)."""
    doc = ctx.doc
    if prev.text != "," or prev.i == 0 or doc[tok.i - 1].lower_ not in ("a", "an") and not (
            tok.i > 1 and doc[tok.i - 2].lower_ in ("a", "an") and doc[tok.i - 1].pos_ == "ADJ"):
        return False
    hit = ctx.ending_at(_tok_end(doc[prev.i - 1]))
    return hit is not None and hit[0].kind in ("name", "surname", "firstname")


def _born_subject(ctx: _Ctx, tok: Token, sent: SpacySpan) -> Optional[tuple[Entity, int]]:
    """'He was born in Truro, the son of A and B': a kin phrase set off by a comma after the
    place or date of a birth describes the one born (the subject of 'born')."""
    doc = ctx.doc
    det = _skip_left(doc, tok.i, sent.start)  # "the third child of"
    det = det if det >= sent.start and doc[det].lower_ in ("the", "a", "an") else det + 1
    if det - 1 < sent.start or doc[det - 1].text != ",":
        return None
    verb = next((t for t in doc[sent.start : det] if t.lemma_ in ("bear", "born") and t.tag_ == "VBN"), None)
    if verb is None or tok not in verb.subtree:
        return None
    ents = _subjects(ctx, verb, couples=False)
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (ents[0], subj[0].idx) if len(ents) == 1 and subj and subj[0].i < tok.i else None


def _each_other(ctx: _Ctx, group: list[Entity], start: int, end: int, conf: float) -> None:
    """People a plural sibling noun lists are siblings of each other ('his sisters A and B')."""
    for i, a in enumerate(group):
        for b in group[i + 1 :]:
            ctx.add("sibling", a, start, end, obj=b, confidence=conf)


def _shared_parents(ctx: _Ctx, owners: list[Entity], targets: list[Entity], start: int, end: int) -> None:
    """"the couple's twin daughters, A and B ... Their younger brother, Ruan": a brother or
    sister of two children the text gave both their parents is those parents' child too."""
    parents: list[set[str]] = [set(), set()]
    for f in ctx.facts.values():
        for k, o in enumerate(owners):
            if f.relation == "child" and f.object == o.id:
                parents[k].add(f.subject)
    both = parents[0] & parents[1]
    for e in ctx.entities if both else ():
        if e.id in both:
            for t in targets:
                ctx.add("child", e, start, end, obj=t, confidence=LIKELY)


def _person_at(ctx: _Ctx, tok: Token) -> bool:
    ent = ctx.token_entity(tok)
    return ent is not None and ent.type == "PERSON"


def _nominal(doc: Doc, k: int, kin: dict) -> bool:
    """'Her eldest, Mitchell, 22', 'their youngest, three-year-old Indi': an adjective the
    lexicon marks as standing for a child, between a possessive and a comma."""
    return bool(kin.get("nominal")) and 0 < k < len(doc) - 1 and doc[k + 1].text == "," and doc[k - 1].tag_ in ("PRP$", "POS")


def _denied(tok: Token) -> bool:
    """The kin noun is what a negated verb says the person is not: "she is not Bo's daughter",
    "Sam Hale is not his brother" (a denial of kinship is no kin fact)."""
    h = tok
    while h.dep_ == "conj" and h.head is not h:
        h = h.head
    return h.dep_ in ("attr", "acomp", "oprd", "dobj") and any(c.dep_ == "neg" for c in h.head.children)


def _in_who_clause(tok: Token) -> bool:
    """'Mr Goh's father, the late X, a former bumboat operator who named it after his mother':
    the possessive sits in a 'who' clause, where it is that clause's person's (no parallel)."""
    for a in tok.ancestors:
        if a.dep_ == "relcl":
            return any(c.dep_ == "nsubj" and c.lower_ == "who" for c in a.children)
    return False


def _parallel_owner(owners: list[Entity], pronoun: str, relation: str, said: list[tuple[str, list[Entity], list[Entity]]]) -> list[Entity]:
    """"Mrs Tipene's own mother, Rangi Waaka, died in 1999, and her father, Tame Waaka, in
    2004": a 'her' the pronoun stage gave to the relative just named by a kin noun of the same
    relation is that noun's owner's, as the parallel says (else her father would be the
    grandfather), when the owner's gender fits the pronoun."""
    gender = "male" if pronoun == "his" else "female"
    for rel, before, relatives in reversed(said):
        if rel == relation and relatives == owners and len(before) == 1 and before[0] is not owners[0] \
                and before[0].gender in (None, gender):
            return before
    return owners


# nouns for a young person that a relative's possessive may own ("her sister's boy")
_PEOPLE_NOUNS = frozenset({"boy", "girl", "lad", "lass", "baby", "kid", "child", "youngster", "toddler"})


def _rule_kinship(ctx: _Ctx) -> None:
    kin_lex = patterns()["kinship"]
    doc = ctx.doc
    toks = tokens_of(doc)
    cols = columns(doc)
    lower, pos = cols.lower, cols.pos
    # the kin nouns' indices once, sliced per sentence: a Token only for a kin noun, and no
    # step per word of the article
    owned = patterns()["kinship_when_owned"]
    kin_at = tokens_in(doc, "lower", {**kin_lex, **owned})
    for sent in _sentences(doc):
        last_owners: list[Entity] = []
        said: list[tuple[str, list[Entity], list[Entity]]] = []  # (relation, owners, relatives) so far
        for k in kin_at[bisect_left(kin_at, sent.start) : bisect_left(kin_at, sent.end)]:
            kin = kin_lex.get(lower[k])
            if kin is None and lower[k] in owned and (any(c.dep_ == "poss" for c in toks[k].children) or (k > 0 and cols.tag[k - 1] == "POS")
                                                      or (toks[k].dep_ == "dobj" and toks[k].head.lemma_ == "have")):
                kin = owned[lower[k]]  # "their twins, Ava and Noah", "Salma and her husband have twins, Adam and Lina"
            if not kin or (pos[k] not in ("NOUN", "PROPN") and not _nominal(doc, k, kin)):
                continue
            tok = toks[k]
            if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "NOUN" and tok.head.lower_ not in kin_lex \
                    and tok.head.lower_ not in owned and tok.head.lemma_.lower() not in _PEOPLE_NOUNS:
                continue  # ("Our first boy apprentice, Taalai", "a sister company": the noun it modifies is what is said)
            if tok.dep_ == "poss" and tok.head.pos_ == "NOUN" and (tok.head.lower_ in kin_lex or tok.head.lower_ in owned or tok.head.lemma_.lower() in _PEOPLE_NOUNS):
                continue  # ("her sister's boy, Nils", "his mother's elder brother": a relative's relative)
            nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
            nxt2 = doc[tok.i + 2] if tok.i + 2 < sent.end else None
            # "mother of two" is a count, not a relation
            j = tok.i + 3
            while j < sent.end and (doc[j].text in ("-", "‐") or number_value(doc[j].text) is not None):
                j += 1  # ("his wife of fifty-two years": past the number's words)
            nxt3 = doc[j] if j < sent.end else None
            if (nxt is not None and nxt.lower_ == "of" and nxt2 is not None and number_value(nxt2.text) is not None
                    and (nxt3 is None or nxt3.lower_ not in DURATION_UNITS)):
                continue
            # "brother-in-law", "ex-wife", "former husband" are not the relation the noun names
            if ctx.text[_tok_end(tok) : _tok_end(tok) + 7].lower() in ("-in-law", "-to-be"):
                continue
            if any(c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" and c.i == tok.i - 1 and c.lower_ not in kin_lex and c.lower_ not in _KIN_COMPOUNDS
                   for c in tok.children):
                continue  # ("choir mother of Kumasi Wesley Methodist", "den mother": an office, no relative)
            before = ctx.text[max(0, tok.idx - 9) : tok.idx].lower()
            if kin["relation"] == "spouse" and re.search(r"(?:\bex-?|former\s+|\bex\s+)$", before):
                continue
            owners, ev_start, ev_end, conf = _kin_owners(ctx, tok, sent)
            prev = doc[_skip_left(doc, tok.i, sent.start)] if tok.i > sent.start else None
            if prev is not None and prev.lower_ in ("a", "an") and prev.i > sent.start:
                # "their two children, a son, Kofi, and a daughter, Ama": past the article
                prev = doc[_skip_left(doc, prev.i, sent.start)]
            own_of = nxt is not None and nxt.lower_ == "of"  # ("elder brother and father of the two bridesmaids": their father)
            among = (kin["relation"] == "sibling" and not owners and prev is not None and prev.text == "," and prev.i > sent.start
                     and lower[prev.i - 1] in kin_lex and tok.tag_ == "NNS")
            # ("Of the couple's three children, brothers Liam and Martin ...": brothers of each
            # other, the couple's children, not the couple's brothers)
            if not owners and last_owners and not among and prev is not None and prev.lower_ in ("and", ",") and not own_of and not _describes_name_before(ctx, tok, prev):
                # "her daughter, Ivy, 4, and son, Sam, 2": the second noun shares the first's owner
                owners, ev_start, conf = last_owners, tok.idx, LIKELY
            if not owners and prev is not None and prev.lower_ in ("his", "her"):
                # "His younger brother, Hugh, ..." with "His" left unresolved: the one the
                # sentence before was about, when no gender the text gave says otherwise
                topic = _previous_subject(ctx, prev.idx)
                if topic is not None and topic.gender in (None, "male" if prev.lower_ == "his" else "female"):
                    owners, ev_start, conf = [topic], prev.idx, LIKELY
            if not owners and prev is not None and prev.lower_ in ("that", "this") and prev.i == tok.i - 1:
                # ("That brother, Liam, 17": the brother "my brother" in her quotation spoke of)
                held = earlier_owner(ctx, tok)
                if held is not None:
                    owners, conf = [held[0]], LIKELY
            # (not "runs the stand with her own daughter": "own" binds her to the clause's subject)
            if len(owners) == 1 and prev is not None and prev.lower_ in ("his", "her") and not _in_who_clause(prev) and lower[prev.i + 1] != "own":
                owners = _parallel_owner(owners, prev.lower_, kin["relation"], said)
            if owners:
                last_owners = owners
            plural = tok.tag_ in ("NNS", "NNPS") or bool(kin.get("collective"))
            if not owners:
                if plural and kin["relation"] == "sibling":
                    # "the five Rockefeller brothers: John, Nelson, Laurance ...": siblings of each other
                    group, g_end = _names_after(ctx, tok.i, sent, many=True)
                    _each_other(ctx, group, tok.idx, g_end, LIKELY)
                    for t in group if len(group) > 1 else ():
                        ctx.add_gender(t, kin.get("gender"), tok.idx, g_end, LIKELY)  # ("the Schultz sisters, Marlene Vogel and Doris Schultz")
                continue
            if not plural and joined_to_plural_kin(tok, lexicon()):
                continue  # ("two daughters and a son: Carla, 40, ...; and Diego": the first name is no son)
            targets, t_end = _names_after(ctx, tok.i, sent, many=plural)
            if not targets and plural and tok.i + 2 < sent.end and toks[tok.i + 1].text == "," and toks[tok.i + 2].lower_ == "including":
                targets, t_end = _names_after(ctx, tok.i + 2, sent, many=True)  # ("four children, including Sitani, 17")
            if targets and all(t in owners for t in targets) and nxt is not None and nxt.lower_ == "of":
                targets = []  # "the son of the firm's founder, Gus Roe": the name after is the owner
            elif targets and all(t in owners for t in targets):
                # "His son Eli" with "His" taken for Eli: no owner, for this noun or the next;
                # opening the sentence, the person the sentence before was about ("Richard
                # Dunstan will stay on. His younger brother, Hugh, ...")
                topic = _previous_subject(ctx, prev.idx) if prev is not None and prev.lower_ in POSSESSIVES else None
                if topic is None or prev is None or topic in targets or topic.gender not in (None, "male" if prev.lower_ == "his" else "female"):
                    last_owners = []
                    continue
                owners, conf = [topic], LIKELY
            targets = [t for t in targets if t not in owners]
            ev_end = max(ev_end, t_end) if targets else ev_end
            partner = marriage_partner(ctx, tok) if kin["relation"] == "child" and len(owners) == 1 else None
            if partner is not None and partner[0] not in owners + targets:
                # "her three children from her marriage to the late Vittorio Marchetti": his too
                owners, ev_end = owners + [partner[0]], max(ev_end, partner[1])
            # "... three children ... had argued. Paul, 61, Lucia, 58, and Anton, 55, each ..."
            if not targets and plural and kin["relation"] == "child":
                listed, l_end = listed_next(ctx, tok, sent)
                # (or a counted object: "raised three children in the flat upstairs: A, B and C")
                if not listed and (tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "dobj" and _count(tok))):
                    listed, l_end = listed_after_colon(ctx, tok, sent)
                if not listed and tok.dep_ == "pobj" and _count(tok):
                    # ("with their three children aboard: Tess, 17, Owen, 15, and Pippa, 11": as
                    # many names as the count)
                    listed, l_end = listed_after_colon(ctx, tok, sent)
                    # ("Three of their four children survive him: A, B and C": the part's count)
                    part = tok.head.head if tok.head.lower_ == "of" and tok.head.head.like_num and tok.head.head.i < tok.i else None
                    part = part or _survivors_after(tok)
                    listed = listed if len(listed) == (token_number(part) if part is not None else _count(tok)) else []
                if listed and not any(t in owners for t in listed):
                    targets, ev_end = listed, max(ev_end, l_end)
            if not targets:
                cop, cop_start = _copula_subject(ctx, tok)
                if not cop and plural and kin["relation"] == "child":
                    cop, cop_start = _apposed_rank_holder(ctx, tok)
                if cop and len(owners) > 1:
                    # nobody is their own parent: a subject read into the owners is not one
                    owners = [o for o in owners if o not in cop] or owners
                if cop and not any(c in owners for c in cop):
                    targets, ev_start = cop, min(ev_start, cop_start)
            if not targets and tok.dep_ == "nsubj" and (tok.head.lemma_ == "be" or (plural and tok.head.lemma_ == "include")):
                # "His brother was Harry Alger.", "His parents are Andreas and Harula Aliagas.",
                # "His children included Sunil, Iravan and Devika Mehra" (Re-DocRED dev)
                # (a one-word name after "are" the parser may take for an adjective: "Their three
                # children are Femke; Joris, 24; and Lotte")
                deps = (("attr", "acomp") if plural else ("attr",)) if tok.head.lemma_ == "be" else ("dobj",)
                for attr in (c for c in tok.head.children if c.dep_ in deps):
                    for a in _conjuncts(attr) if plural else [attr]:
                        hit = ctx.covering(a.idx, _tok_end(a))
                        if hit and hit[1] not in owners and hit[1] not in targets and _named(hit[1]) and hit[0].kind != "pronoun":
                            targets, ev_end = targets + [hit[1]], max(ev_end, hit[0].end)
                    if plural and ctx.starting_at(attr.idx) is not None:
                        # "Their three children are Gary, 48, Kirsty, 45, and Wayne, aged 38": the
                        # parser hangs the later names as appositions, the list reader reads them
                        # all (no more than the count)
                        listed, l_end = _names_after(ctx, attr.i - 1, sent, many=True, noun=tok)
                        listed = [e for e in listed if e not in owners][: _count(tok) or None]
                        if len(listed) > len(targets):
                            targets, ev_end = listed, max(ev_end, l_end)
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
                # "Ursula Jones, a retired actress and the surviving sister of Diana Jones"
                h = tok
                while h.dep_ == "conj" and h.head is not h:
                    h = h.head
                    if h.dep_ == "pobj" and h.head.head.dep_ == "appos" and h.head.head.pos_ == "NOUN" and not _person_at(ctx, h):
                        # "X, a teacher at Santol School and the daughter of A and B": the
                        # parser joins the kin noun to the workplace, not to the description
                        h = h.head.head
                owner_tok = h.head
                if h.dep_ == "appos" and not plural:
                    # (one relative, the nearer of two joined names': "A and Princess B of Greece,
                    # daughter of King C" is B)
                    owner_tok = ([c for c in h.head.children if c.dep_ == "conj" and h.head.i < c.i < h.i and ctx.covering(c.idx, _tok_end(c))]
                                 or [h.head])[-1]
                named = ctx.covering(owner_tok.idx, _tok_end(owner_tok)) if h.dep_ == "appos" else None
                if named is None and plural:
                    # "A and B (third and fourth sons of X)": the names right before the parenthesis
                    k = tok.i - 1
                    while k > sent.start and (doc[k].pos_ in ("ADJ", "NUM", "CCONJ", "DET") or doc[k].text == ","):
                        k -= 1
                    if doc[k].text == "(" and k - 1 >= sent.start:
                        named = ctx.ending_at(_tok_end(doc[k - 1]))
                        h = doc[k - 1]
                if named is not None and named[0].kind in ("name", "surname", "firstname") and named[1] not in owners:
                    targets, ev_start = [named[1]], min(ev_start, named[0].start)
                    if plural:
                        # every name conjoined to it: "A and B (sons of X)"
                        anchor = h.head if h.dep_ == "appos" else h
                        for c in _conjuncts(anchor):
                            hit = ctx.covering(c.idx, _tok_end(c))
                            if hit is not None and hit[0].kind in ("name", "surname", "firstname") and hit[1] not in owners + targets:
                                targets.append(hit[1])
                                ev_start = min(ev_start, hit[0].start)
            if not targets:
                fronted = _fronted_subject(ctx, tok, sent)
                if fronted is not None and fronted[0] not in owners:
                    targets, ev_end = [fronted[0]], max(ev_end, fronted[1])
            if not targets and kin["relation"] == "child":
                born = _born_subject(ctx, tok, sent)
                if born is not None and born[0] not in owners:
                    targets, ev_start = [born[0]], min(ev_start, born[1])
            if not targets or _denied(tok):
                continue
            if _unnamed_item(ctx, tok, targets):
                continue
            ev_start = min(ev_start, tok.idx)
            rel = kin["relation"]
            said.append((rel, owners, targets))
            for o in owners:
                for t in targets:
                    # ("the son of a stonemason and his wife, Teresa": the unnamed parent's wife)
                    ctx.add(rel, o, ev_start, ev_end, obj=t, confidence=conf, described_parent=rel == "spouse")
            if rel == "parent" and len(owners) == 1 and len(targets) == 1:
                _parents_named_together(ctx, owners[0], targets[0], sent.start_char, ev_end)
            nums = [c for c in tok.children if c.dep_ == "nummod" and c.i < tok.i]
            count = token_number(nums[-1]) if nums and rel == "child" and tok.lemma_.lower() in ("child", "kid", "son", "daughter") \
                and _ranked_among(tok) is not None else None
            for o in owners if count is not None else ():
                # "the youngest of three children of A and B": how many children A and B have
                ctx.add("number_of_children", o, ev_start, ev_end, value=count, confidence=conf, dated=True)
            for t, g in zip(targets, genders_in_order(tok, len(targets), kin), strict=True):
                # "three daughters, Isla, Maeve and Nell": each one named in the list is a daughter
                ctx.add_gender(t, g, ev_start, ev_end, conf)
            if tok.i > sent.start and doc[tok.i - 1].lower_ == "late" and len(targets) == 1:
                # "her late husband, X": the relative has died (no date)
                ctx.add("death", targets[0], doc[tok.i - 1].idx, _tok_end(tok), confidence=LIKELY)
            if rel == "sibling" and plural:
                _each_other(ctx, targets, ev_start, ev_end, conf)
            if rel == "child" and plural and any(c.dep_ in ("amod", "compound") and c.lower_ == "twin" for c in tok.children):
                # "his twin daughters, Ola and Zofia": twins are each other's siblings
                _each_other(ctx, targets, ev_start, ev_end, conf)
            if rel == "child" and plural and len(targets) == 2:
                ctx.note_siblings(ev_start, *targets)  # (for a "Their brother" next: theirs)
            if rel == "sibling" and len(owners) == 2:
                _shared_parents(ctx, owners, targets, ev_start, ev_end)
            if rel == "sibling" and len(owners) == 1 and len(targets) == 1:
                ctx.note_siblings(ev_start, owners[0], targets[0])
            if rel == "spouse" and len(owners) == 1 and len(targets) == 1:
                ctx.note_couple(ev_start, owners[0], targets[0])
            if rel == "child" and len(owners) == 2 and partner is None:
                # (not a marriage the children came from: "their mother" next is theirs)
                ctx.note_couple(ev_start, owners[0], owners[1])


def _parents_named_together(ctx: _Ctx, child: Entity, parent: Entity, sent_start: int, at: int) -> None:
    """'The new champion's father, Dionisio Villaflor, 52, is a fish vendor, and his mother,
    Marites, 50, is a seamstress. The couple, who married in 1999, have four children': a child's
    two parents named in one sentence are a couple for 'the couple' and 'they' after them (not
    where either is already one of a couple the text named, nor two of one stated gender)."""
    others = {f.object for f in ctx.facts.of("parent", child.id) if f.object not in (None, parent.id) and f.evidence.start >= sent_start}
    if len(others) != 1:
        return
    other = next((e for e in ctx.entities if e.id in others), None)
    if other is None or (other.gender is not None and other.gender == parent.gender):
        return
    if any({other.id, parent.id} & {p.id for p in pair} for _pos, pair in ctx.couples):
        return
    ctx.note_couple(at, other, parent)


def _unnamed_item(ctx: _Ctx, tok: Token, targets: list) -> bool:
    """'four children: Rohit, 26, ...; Arun, 15; and a daughter, 9': an indefinite kin noun with
    an age of its own is one more, unnamed, relative, not the names listed before it."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False
    if not re.match(r",\s+\d{1,3}\b", ctx.text[_tok_end(tok) : _tok_end(tok) + 6]):
        return False
    return all(all(m.start < tok.idx for m in t.mentions if m.kind in ("name", "firstname")) for t in targets)
