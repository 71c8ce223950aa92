"""The name a 'whose' clause hangs from ('Nair, whose husband', 'Alun Pugh, who has driven since
1975 and whose wife', 'Voss, a widow whose late husband'), read by kinowners.py for the owner of
the kin noun after 'whose'. Moved out of kinowners.py (2026-12-05)."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span as SpacySpan

from dateline.extractors.facts.context import _Ctx, _tok_end
from dateline.model import Entity, Mention

_LEAD = re.compile(r"(?:\s+\([\d\s–-]{2,12}\))?,(?:\s+\d{1,3},)?\s+$")


def _whose(ctx: _Ctx, j: int, sent: SpacySpan) -> Optional[tuple[Mention, Entity]]:
    """The name a 'whose' clause hangs from: 'Nair, whose husband, 52, is a dentist'; 'Alun
    Pugh, 68, who has driven since 1975 and whose wife, Glenys': the one the first relative
    clause, which this one is joined to, hangs from."""
    k = j - 1
    if k > sent.start and ctx.doc[k].lower_ == "and":
        first = next((i for i in range(k - 1, max(sent.start, k - 30), -1) if ctx.doc[i].lower_ in ("who", "whose")), None)
        # (or a job apposed to the name: "Luvsangiin Baasan, 55, a former wrestler who holds the
        # rank of provincial elephant and whose son, Erdene")
        return _whose(ctx, first, sent) if first is not None and (ctx.doc[first - 1].text == "," or ctx.doc[first - 1].pos_ == "NOUN") else None
    if k >= sent.start and ctx.doc[k].text == ",":
        k -= 1
    if k - 1 > sent.start and ctx.doc[k].like_num and ctx.doc[k - 1].text == ",":
        k -= 2  # "Anne Webb, 58, whose daughter"
    if k > sent.start and ctx.doc[k].text == ")":
        # an age or a life span in parentheses: "Deepa (57), whose mother", "Idris Pryce
        # (1921 - 1994), whose mother"
        opening = next((i for i in range(k - 1, max(sent.start, k - 8) - 1, -1) if ctx.doc[i].text == "("), None)
        if opening is not None:
            k = opening - 1
    if k < sent.start:
        return None
    # ("said Ms Khandelwal, whose mother": a surname after an honorific too)
    hit = ctx.ending_at(_tok_end(ctx.doc[k]), kinds=("name", "surname", "firstname", "title"))
    if hit is None and ctx.doc[k].pos_ == "NOUN":
        # "Voss, a widow whose late husband, Carl": the name the description is apposed to
        desc = ctx.covering(ctx.doc[k].idx, _tok_end(ctx.doc[k]))
        lead = _LEAD.search(ctx.text[max(0, desc[0].start - 24) : desc[0].start]) if desc is not None else None
        named = ctx.ending_at(desc[0].start - len(lead.group(0))) if desc is not None and lead is not None else None
        if desc is not None and desc[0].kind == "descriptor" and named is not None and named[1] is desc[1]:
            return named
        if (desc is not None and desc[0].kind == "descriptor" and desc[0].end == _tok_end(ctx.doc[k]) and desc[1].type == "PERSON"
                and desc[0].text[:4] in ("The ", "the ") and any(m.kind == "name" and m.start < desc[0].start for m in desc[1].mentions)):
            return desc  # "Callum Price ... The 19-year-old striker, whose father": the one described
        if desc is None and ctx.doc[k].dep_ == "appos":
            # "Mr Finch, a retired miner whose late wife, Joan": the name the job is apposed to,
            # the job no mention of its own
            edge = ctx.doc[k].left_edge
            lead = _LEAD.search(ctx.text[max(0, edge.idx - 24) : edge.idx])
            named = ctx.ending_at(edge.idx - len(lead.group(0)), kinds=("name", "surname", "firstname", "title")) if lead else None
            if named is not None and named[1].type == "PERSON":
                return named
    found = hit or _chain_head(ctx, k, sent) or _said_to_be(ctx, k)
    if found is None or found[1].type != "PERSON":
        # ("coach Nadeesha Perera of the 2001 batch, whose daughter", "Mary Hale of Ballymena,
        # whose son": past a short "of" phrase that names no person, to the name before it)
        of = next((i for i in range(k, max(sent.start, k - 6), -1) if ctx.doc[i].lower_ == "of"), None)
        named = ctx.ending_at(_tok_end(ctx.doc[of - 1]), kinds=("name", "surname")) if of is not None and of > sent.start else None
        if of is not None and named is not None and named[1].type == "PERSON" and not any(
                ctx.covering(t.idx, _tok_end(t)) is not None for t in ctx.doc[of + 1 : k + 1]):
            return named
    return found


def _said_to_be(ctx: _Ctx, k: int) -> Optional[tuple[Mention, Entity]]:
    """'Ronald Ssali is a father of three whose wife, Rebecca': the subject of the copula whose
    complement ('a father of three', 'a widow') the clause hangs on."""
    tok = ctx.doc[k]
    if tok.like_num and tok.dep_ == "pobj" and tok.head.lower_ == "of":
        tok = tok.head.head
    if tok.pos_ != "NOUN" or tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return None
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    hit = ctx.covering(subject.idx, _tok_end(subject)) if subject is not None else None
    return hit if hit is not None and hit[1].type == "PERSON" and hit[0].kind != "pronoun" else None


def _chain_head(ctx: _Ctx, k: int, sent: SpacySpan) -> Optional[tuple[Mention, Entity]]:
    """'Ada Pell, 29, a cellist with the Tyne Players, whose mother': a description long enough
    to hold a name of its own (a workplace, a post's organisation) ends before 'whose'; the kin
    belongs to the person the whole verbless run of appositions describes."""
    doc = ctx.doc
    for i in range(k, max(sent.start, k - 30) - 1, -1):
        if doc[i].pos_ in ("VERB", "AUX") or doc[i].text in (";", ":") or doc[i].lower_ in ("who", "whose", "which", "and"):
            return None
        if i + 1 <= k and doc[i + 1].text in (",", "("):
            named = ctx.ending_at(_tok_end(doc[i]), kinds=("name", "surname", "firstname", "title"))
            if named is not None:
                return named
    return None
