"""Which organisation an object 'it' stands for after a verb of running or chairing: 'ran
Whitehouse Joinery for 40 years; Rodney runs it now' (the one organisation its own sentence
names before it: ``org_before_it``, moved out of orgs.py on 2026-12-04), and 'The business was
started by Con and Ellen Kelleher in 1961. The couple ran it from a tin shed' (the organisation
the sentence before is about: ``org_it_continues``, added on 2026-12-04 by emp49)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.extractors.facts.context import ORG, _Ctx, _named, _tok_end
from dateline.extractors.facts.orgs import _org_for, org_kind
from dateline.model import Entity, Mention


def org_before_it(ctx: _Ctx, it: Token) -> Optional[tuple[Mention, Entity]]:
    """The one organisation named or described in the sentence before ``it`` ("set up the trust in
    2017 and chairs it still"; "ran Whitehouse Joinery for 40 years; Rodney runs it now"), or
    None: across sentences "it" may be anything."""
    sent = it.sent
    seen: dict[str, tuple[Mention, Entity]] = {}
    for m, e in ctx.mentions_from(sent.start_char):
        if m.start >= it.idx:
            break
        # (mentions_from starts where a mention may still run on: not one of the sentence before)
        if e.type in ORG and _named(e) and m.start >= sent.start_char:
            seen[e.id] = (m, e)
    for t in sent:
        if t.i >= it.i:
            break
        if t.pos_ == "NOUN" and [c.lower_ for c in t.children if c.i < t.i][:1] == ["the"] and ctx.covering(t.idx, _tok_end(t)) is None:
            hit = _org_for(ctx, t.lower_, t.idx) if org_kind(t.lower_) is not None else None
            if hit is not None:
                seen[hit[1].id] = hit
    return next(iter(seen.values())) if len(seen) == 1 else None


def org_it_continues(ctx: _Ctx, it: Token) -> Optional[tuple[Mention, Entity]]:
    """'The business was started by Con and Ellen Kelleher. The couple ran it from a tin shed':
    with no organisation or other thing named in its own sentence before it, an object "it"
    continues what the sentence before was about, when that sentence's main subject is an
    organisation, by name or as 'the' and a noun of its kind ('The business', 'The firm'), or
    when it told who founded one ('My grandfather founded the shop in 1932. My father ran it
    after the war'). Anything else there ('He bought a van in 1961. He ran it ...') leaves
    "it" unread."""
    sent = it.sent
    if sent.start == 0:
        return None
    # (no noun or name of its own sentence before it that "it" could be: "He bought the van
    # and ran it", "She inherited the Bell Inn, ran it ...", read above)
    if any(t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("nsubj", "nsubjpass", "compound", "appos", "poss", "npadvmod")
           for t in sent if t.i < it.i) or any(e.type in ORG for m, e in ctx.mentions_from(sent.start_char) if sent.start_char <= m.start < it.idx):
        return None
    prev = ctx.doc[sent.start - 1].sent
    root = prev.root
    if any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and ctx.covering(c.idx, _tok_end(c), ORG) is None
           and not (c.pos_ == "NOUN" and org_kind(c.lower_) is not None) for c in root.children):
        return None  # ("The council approved the festival. X ran it": the thing named last may be "it")
    for tok in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
        if tok.dep_ == "dobj" and root.lemma_ not in ("found", "start", "establish", "open", "buy", "take"):
            continue  # (an object only of founding or taking on: "founded the shop")
        hit = ctx.covering(tok.idx, _tok_end(tok), ORG)
        if hit is not None and hit[1].type == "ORG" and hit[0].kind == "name" and _named(hit[1]):
            return hit[0].model_copy(update={"start": it.idx, "end": _tok_end(it)}), hit[1]
        if tok.pos_ == "NOUN" and tok.is_lower and [c.lower_ for c in tok.children if c.i < tok.i][:1] == ["the"] \
                and org_kind(tok.lower_) is not None:
            hit = _org_for(ctx, tok.lower_, tok.idx)
            if hit is not None and hit[1].type == "ORG":
                return hit[0].model_copy(update={"start": it.idx, "end": _tok_end(it)}), hit[1]
    return None
