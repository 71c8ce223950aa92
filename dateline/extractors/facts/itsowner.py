"""Which organisation a possessive pronoun before a post stands for: 'Its head brewer, X' (the
organisation the sentence before is about, or the one named there), 'Their conductor, X' (a
body British prose treats as a group). Moved out of posts.py, whose _owner reads them; 'its'
is read by newposts.py and asposts.py too."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.entities.placeuses import after_from
from dateline.extractors.facts.appointers import kind_name_words
from dateline.extractors.facts.context import ORG, PERSON, _Ctx, _named, _tok_end
from dateline.extractors.facts.orgs import _org_for, article_org, org_kind
from dateline.model import Entity, Mention

# "X is not connected with Y", "X has no connection with Y", "X is no relation of Y"
_UNLINKED = re.compile(r"\b(?:is|are|was|were|has|have)\s+(?:not|no|never\s+been)\s+(?:connected|linked|related|connection|link|relation|tie)\b[^.]*?\b(?:with|to|of)\s+$")


def _unlinked_other(ctx: _Ctx, prev) -> Optional[tuple[Mention, Entity]]:
    """'Westby Citrus is not connected with Westby Hardware of Belize City. Its owner, X': the
    sentence before says its subject is not the other firm; "Its" after it is the other one's, the
    firm the disclaimer brings in."""
    for m, e in ctx.mentions_from(prev.start_char):
        if m.start >= prev.end_char:
            break
        if e.type == "ORG" and m.kind == "name" and _UNLINKED.search(ctx.text, prev.start_char, m.start) is not None:
            return m, e
    return None


def _its(ctx: _Ctx, start: int, end: int, fallback: bool = False) -> Optional[tuple[Mention, Entity]]:
    """'Its' at a sentence's start: the organisation the sentence before (or this one) is about,
    its subject; else the one organisation named there ('Rowan Bell Insurance, the sponsor, said
    it would take Ashcombe fans ... Its managing director': the sponsor, not the club)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.root.sent
    prev = ctx.doc[sent.start - 1].sent if sent.start > 0 else sent
    # (two sentences back: "The X Brigade lost two trucks. Volunteers worked all night. Its chief, Y")
    prev2 = ctx.doc[prev.start - 1].sent if prev.start > 0 else prev
    unlinked = _unlinked_other(ctx, prev) if prev.start < sent.start else None
    if unlinked is not None:
        return unlinked[0].model_copy(update={"start": start, "end": end}), unlinked[1]
    # ("The X Sports Association has a new chair. Gemma Rowlands, a vet with the Department of
    # Agriculture, takes over ... Its treasurer, Y": past a sentence about a person whose only
    # organisation is where that person works, to the subject of the one before)
    past = (prev2,) if prev2.start < prev.start < sent.start and _about_a_worker(ctx, prev) else ()
    for where in (sent, prev, *past):
        for tok in where:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT" and tok.idx < start:
                hit = ctx.covering(tok.idx, tok.idx + len(tok.text), ORG)
                # (not a thing: "The Johanna has been bought by the Amsterdam Barge Museum. Its
                # director, X": a boat has no staff)
                if hit is not None and hit[0].kind == "name" and hit[1].type == "ORG":
                    return hit[0].model_copy(update={"start": start, "end": end}), hit[1]
                if tok.pos_ == "NOUN" and tok.is_lower and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                    # "The clinic employs eleven staff. Its head nurse": the organisation named
                    # before with that word in its name
                    hit = _org_for(ctx, tok.lower_, tok.idx)
                    if hit is not None:
                        return hit[0].model_copy(update={"start": start, "end": end}), hit[1]
                    if where is sent and org_kind(tok.lower_) is not None:
                        return None  # ("the firm has hired its first safety officer", no firm named: that firm's)
                # "The club's kit sponsor, Kerio Valley Creameries, has promised ... Its chief
                # executive": the organisation apposed to the subject, not the subject's owner
                for ap in (c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and ctx.doc[c.left_edge.i - 1].text == ","
                           and c.right_edge.i + 1 < len(ctx.doc) and ctx.doc[c.right_edge.i + 1].text == ","):
                    hit = ctx.covering(ap.idx, ap.idx + len(ap.text), ORG)
                    if hit is not None and hit[0].kind == "name" and hit[1].type == "ORG":
                        return hit[0].model_copy(update={"start": start, "end": end}), hit[1]
                # "The brewery's best-known beer was named ... Its head brewer": the subject's owner
                poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
                hit = _org_for(ctx, poss.lower_, poss.idx) if poss is not None else None
                if hit is not None:
                    return hit[0].model_copy(update={"start": start, "end": end}), hit[1]
                if where is sent and _unknown_body(ctx, tok):
                    return None  # ("The Tifaout cooperative elected X as its president": a body named here, untagged)
    for tok in prev if prev.start < sent.start else ():
        # ("Fr. X, then the vicar of Ramapuram, started the credit society in 1958. Its secretary,
        # Y": the body the sentence before made its main verb's object, over a place named there)
        if tok.dep_ == "dobj" and tok.head.dep_ == "ROOT" and tok.pos_ == "NOUN" and org_kind(tok.lower_) is not None \
                and any(c.lower_ == "the" for c in tok.children):
            hit = _org_for(ctx, tok.lower_, tok.idx)
            if hit is not None:
                return hit[0].model_copy(update={"start": start, "end": end}), hit[1]
    for tok in sent:
        # "... is a mechanic at the depot, and their son is its operations manager": the
        # organisation a noun of its kind before 'its' in the sentence stands for
        # (a group's noun too: "joined the band as a boy in 1962, when his father was its bandmaster")
        if tok.idx < start and tok.pos_ == "NOUN" and (org_kind(tok.lower_) is not None or tok.lower_ in lexicon().group_nouns) \
                and any(c.lower_ == "the" for c in tok.children):
            hit = _org_for(ctx, tok.lower_, tok.idx)
            if hit is not None:
                return hit[0].model_copy(update={"start": start, "end": end}), hit[1]
    # (not a place left: "She joined the foundation from Sangamon Public Radio. Its board chair,
    # X" is the foundation's; emp49)
    named = {e.id: (m, e) for m, e in ctx.mentions if prev.start_char <= m.start < start and e.type == "ORG" and m.kind == "name" and not after_from(ctx.text, m.start)}
    if not named:
        # ("A spokesperson for the association said ... Its treasurer, X": the one organisation
        # the sentence before described, over one named further back)
        named = {e.id: (m, e) for m, e in ctx.mentions if prev.start_char <= m.start < start and e.type in ORG and m.kind == "descriptor" and _named(e)}
        named = named if len(named) == 1 else {}
    if not named:
        # ("Her husband keeps the distillery's books. Their daughter is its master distiller": the
        # one organisation a possessive noun of the sentence before stood for)
        owned = [_org_for(ctx, t.lower_, t.idx) for t in (*prev, *sent) if t.idx < start and t.dep_ == "poss" and t.pos_ == "NOUN"
                 and t.is_lower and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)]
        named = {hit[1].id: hit for hit in owned if hit is not None and hit[1].type == "ORG"}
        named = named if len(named) == 1 else {}
    if not named and prev.start < sent.start:
        # ("About 300 pickers work on the estate at harvest. Its factory manager, X": the one
        # organisation the sentence before called 'the' and a noun of its kind, in any role)
        # (a noun of no known kind only as a word of the name: "the estate" for "Chisoni Hill Estates")
        described = [(t, _org_for(ctx, t.lower_, t.idx)) for t in prev if t.pos_ == "NOUN" and t.is_lower
                     and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and ctx.covering(t.idx, _tok_end(t), ORG) is None]
        named = {hit[1].id: hit for t, hit in described if hit is not None and hit[1].type == "ORG"
                 and (org_kind(t.lower_) is not None or t.lower_ in {w.lower().rstrip("s") for w in hit[1].name.split()} | {w.lower() for w in hit[1].name.split()})}
        named = named if len(named) == 1 else {}
    lead = next((t for t in prev if not t.is_space), None)
    if not named and prev.start < sent.start and lead is not None and lead.text == "Its":
        # "Its new secretary is X. Its treasurer is Y.": a run of such sentences goes on with
        # the organisation the first one meant
        hit = _its(ctx, lead.idx, lead.idx + 3, fallback)
        if hit is not None:
            return hit[0].model_copy(update={"start": start, "end": end}), hit[1]
    if not named and prev.start < sent.start:
        # ("Our harvest bread comes from Chambers' Bakery in Santa Cruz. Its owner, X": the one
        # organisation the sentence before named, after "from" too, when it described none)
        named = {e.id: (m, e) for m, e in ctx.mentions if prev.start_char <= m.start < start and e.type == "ORG" and m.kind == "name"}
        named = named if len(named) == 1 else {}
    if len(named) != 1:
        # "Gary Roe, the firm's managing director, and Ann Lee, its finance director": the
        # organisation this sentence last referred to, by name or description
        here = [(m, e) for m, e in ctx.mentions if sent.start_char <= m.start < start and e.type in ORG and _named(e)]
        if not here and not named and not (fallback and article_org(ctx) is not None):
            # "Society president X said takings were up. Its secretary, Y": the organisation last
            # referred to in the two sentences before, by name or description
            near = [(m, e) for m, e in ctx.mentions if prev2.start_char <= m.start < start and e.type in ORG and _named(e) and not after_from(ctx.text, m.start)]
            # (only one organisation there: with two named as often, which is meant is unclear)
            if len({e.id for _, e in near}) == 1:
                m, e = near[-1]
                return m.model_copy(update={"start": start, "end": end}), e
        if not here:
            # "His wife died in 2019. Its chief financial officer, X": none named near, the
            # organisation the article is about
            main = article_org(ctx) if fallback and not named else None
            return None if main is None else (main[0].model_copy(update={"start": start, "end": end}), main[1])
        m, e = here[-1]
        return m.model_copy(update={"start": start, "end": end}), e
    m, e = next(iter(named.values()))
    return m.model_copy(update={"start": start, "end": end}), e


def _about_a_worker(ctx: _Ctx, sent) -> bool:
    """The sentence's main subject is a person, and every organisation it names hangs on a noun
    in apposition to somebody ('a vet with X', 'an analyst at X')."""
    subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
    who = ctx.covering(subject.idx, _tok_end(subject), PERSON) if subject is not None else None
    if who is None or who[1].type != "PERSON":
        return False
    orgs = [(m, e) for m, e in ctx.mentions_from(sent.start_char) if m.start < sent.end_char and e.type in ORG and m.kind == "name"]
    for m, _e in orgs:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is None or not (root.dep_ == "pobj" and root.head.lower_ in ("with", "at", "for") and root.head.head.dep_ == "appos"):
            return False
    return bool(orgs)


def _unknown_body(ctx: _Ctx, tok: Token) -> bool:
    """'The Pieter Sandoval fishing cooperative elected X as its treasurer': the subject is a body
    of a known kind with a name of its own before the noun that no organisation covers; 'its' is
    that body's, not one named in the sentences before."""
    names = kind_name_words(tok) if tok.is_lower else []
    return bool(names) and all(ctx.covering(c.idx, c.idx + len(c.text), ORG) is None for c in names)


def _their(ctx: _Ctx, start: int, end: int) -> Optional[tuple[Mention, Entity]]:
    """'The Halden Youth Orchestra opened its season ... Their conductor, Ines Mora': a plural
    possessive of a body British prose treats as a group, when the main-clause subject of this
    sentence or the one before is that body by name ("The band Copper Lantern ... have released");
    a subject that is anybody else (people, "the couple") leaves "their" to them."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.root.sent
    prev = ctx.doc[sent.start - 1].sent if sent.start > 0 else sent
    for where in (sent, prev):
        subjects = [t for t in where if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.idx < start]
        if not subjects:
            continue
        # ("The band Copper Lantern have released": parsed with two subjects, the noun and the name)
        for tok in subjects:
            if ctx.covering(tok.idx, tok.idx + len(tok.text), PERSON) is not None:
                return None
            for t in (tok, *(c for c in tok.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN")):
                hit = ctx.covering(t.idx, t.idx + len(t.text), ORG)
                if hit is not None and hit[0].kind == "name":
                    return hit[0].model_copy(update={"start": start, "end": end}), hit[1]
        return None
    return None
