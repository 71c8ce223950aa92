"""Who a verb is said of: its subjects (a couple's, a list's, a pronoun's), climbing conjoined,
infinitive and participle verbs to the clause that names them. Moved out of ``context.py``
(2026-12-04), which holds the extraction context and name lookups."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.extractors.facts.context import PERSON, _conjuncts, _Ctx, _resolve
from dateline.extractors.facts.joinedsubjects import after_semicolon as _after_semicolon
from dateline.extractors.facts.relclists import relative_list_head
from dateline.model import Entity


def _misparsed_first_subject(verb: Token, subj: Token) -> Optional[Token]:
    """'The 61-year-old and his wife, Paula, have two sons': the parser makes 'old' the root
    and 'have' its conjunct, so the first of the two subjects hangs above the verb, joined to
    the second by the 'and' right before it."""
    head = verb.head
    if verb.dep_ != "conj" or head.i == verb.i or head.pos_ in ("VERB", "AUX") or head.i >= subj.left_edge.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None
    before = subj.left_edge.i - 1
    return head if before > head.i and verb.doc[before].lower_ == "and" and verb.doc[before].head.i == head.i else None


def _subject_tokens(verb: Token, subj: Token) -> list[Token]:
    """The conjoined subject tokens of ``verb`` whose (first) subject is ``subj``."""
    first = _misparsed_first_subject(verb, subj)
    # "Her son, Callum Hale, 30, and his partner, Jade Roe, have a daughter": the parser hangs
    # the second subject from the first one's apposed name (before the verb: not a list the
    # parser hung on "The couple" after it, "The couple had eight children ...: Yaw, 64; Comfort")
    later = [c for a in subj.children if a.dep_ == "appos" and a.i < verb.i for c in a.conjuncts if c.i > a.i]
    # ("Ray and Noeline Tully had three children": the first given name hung below the surname)
    pair = [c for c in subj.children if c.dep_ in ("nmod", "compound") and c.i < subj.i and subj.pos_ == c.pos_ == "PROPN"
            and {"cc", "conj"} <= {g.dep_ for g in c.children}]
    return ([first] if first is not None else []) + pair[:1] + _conjuncts(subj) + later


def _subjects(ctx: _Ctx, verb: Token, couples: bool = True) -> list[Entity]:
    seen = set()
    for _ in range(4):
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "X got engaged": the parser may hang the subject from the auxiliary "got"
        subj = subj or [g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        if not subj and verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.dep_ == "ROOT" \
                and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
            # "Her brother, Nils Haugen, a fisherman, drowned in 1952": a sentence the parser
            # rooted on its subject noun, the verb hung from it as a participle
            subj = [verb.head]
        # ("Walter J. Kowalczyk Sr., who ran ..., died": the tokenizer splits "Sr." and the parser
        # makes its point a second subject)
        subj = [c for c in subj if not c.is_punct] or subj
        if len(subj) > 1:
            # "SAVANNAH, Ga. (AP) - Odessa Greene ... passed away": a dateline parsed as a second
            # subject; the one nearest before the verb is the verb's
            subj = sorted(subj, key=lambda t: (t.i < verb.i, t.i))[-1:]
        if subj:
            out: list[Entity] = []
            for t in _subject_tokens(verb, subj[0]):
                for e in _resolve(ctx, t, couples=couples):
                    if e.id not in seen:
                        seen.add(e.id)
                        out.append(e)
            if not out and subj[0].text.isupper():
                # ("MARION, Ohio — Dorothy Kessler, 94, died": a wire dateline parsed as the
                # subject, the person apposed to it)
                out = [e for a in subj[0].children if a.dep_ == "appos" and a.pos_ == "PROPN" and not a.text.isupper()
                       for e in _resolve(ctx, a, couples=couples)][:1]
            if len(out) < 2 and (subj[0].like_num or subj[0].tag_ == "NNS"):
                # ("Two of the researchers, Dr Ann Roe and Dr Joel Pike, met ...": the names
                # apposed to a counted or plural subject)
                # ("Two of their sons, Dennis and Collins, run X": the names the parser joins to "sons")
                nouns = [subj[0], *(g for p in subj[0].children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                                    if g.dep_ == "pobj" and g.tag_ == "NNS")]
                out = list({e.id: e for n in nouns for a in n.children if a.dep_ in ("appos", "conj") and a.pos_ == "PROPN"
                            and (a.dep_ == "appos" or n is not subj[0])
                            for t in _conjuncts(a) for e in _resolve(ctx, t, couples=couples) if e.type in PERSON}.values()) or out
            return out
        if verb.dep_ == "conj":
            # ("Garth is an electrician with SaskPower; Colleen, 56, teaches Grade 4": a name
            # after a semicolon, parsed as a conjunct of the object, is the second verb's subject)
            fresh = _after_semicolon(ctx, verb)
            if fresh is not None:
                return [fresh] if fresh.id not in seen else []
        # a participle clause ("..., aged 81") shares the main clause's subject
        listed = relative_list_head(verb)
        if listed is not None:
            verb = listed
        elif (verb.dep_ in ("conj", "xcomp", "acomp") or (verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBG"))
              or (verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))) \
                and verb.head is not verb:
            # (an infinitive shares its verb's subject: "went on to teach literature at X")
            verb = verb.head
        elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
            # "She appeared with X before marrying him": the gerund after a preposition too
            verb = verb.head.head
        else:
            break
    return []
