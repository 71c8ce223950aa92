"""Reading a fact's clause: the verb that governs a word, the time expression linked to it,
whether the text asserts it at all, the evidence span of an event, and the dependents of a
job noun (with an 'at' phrase the parser hung on its copula)."""

from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dateline.extractors.facts.context import MODALS, _Ctx, _tok_end, patterns
from dateline.model import TimeExpr


def _governing_verb(tok: Token) -> Optional[Token]:
    t = tok
    for _ in range(4):
        # 'following', 'including' head prepositional phrases; they are not the clause verb
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "prep":
            return t
        if t.head is t:
            return None
        t = t.head
    return None


def _time_near(ctx: _Ctx, anchor: Token, sent: SpacySpan, kinds: tuple[str, ...] = ("DATE", "TIME", "DURATION")) -> Optional[TimeExpr]:
    """The time expression the text links to ``anchor``: one inside the anchor's clause (its
    parse subtree), the closest first. A time elsewhere in the sentence is not linked: in
    "in the 1960s ... as X said before he died" the decade is not the death's date."""
    cands = [t for t in ctx.times_within(sent.start_char, sent.end_char) if t.role != "age" and t.type in kinds]
    if not cands:
        return None

    bounds = patterns()["clause_boundaries"]
    boundary, transparent = set(bounds["deps"]), set(bounds["transparent_lemmas"])

    def attached(t: TimeExpr) -> bool:
        span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            return False
        node = span.root
        for _ in range(6):
            if node == anchor:
                return True
            if node.head is node:
                return False
            # the time belongs to a clause of its own (a relative clause, the subject ...)
            # before it reaches the anchor: it is not the anchor's time
            if node.dep_ in boundary and node.lemma_ not in transparent:
                return False
            node = node.head
        return False

    linked = [t for t in cands if attached(t)]
    # (not across a semicolon, whatever the parse: "married X in 1955; he died in 2010")
    apart = [t for t in linked if ";" not in ctx.text[min(t.end, anchor.idx) : max(t.start, anchor.idx)]]
    linked = apart or linked
    if not linked:
        # ("married X, a signalman, in 1955; he died in 2010": the parser hangs "in 1955" on the
        # verb after the semicolon; a time closing the anchor's own clause is the anchor's)
        linked = [t for t in cands if anchor.idx < t.start and ctx.text[t.end : t.end + 1] == ";"
                  and not any(c in ctx.text[anchor.idx : t.start] for c in ";:.")]
    if not linked:
        return None
    return min(linked, key=lambda t: min(abs(t.start - anchor.idx), abs(t.end - anchor.idx)))


# heads of a "to" infinitive that only plan it: "is to marry", "plans to marry" (not "went on to")
_PLANNING = frozenset({"be", "plan", "hope", "intend", "want", "wish", "expect", "set", "due", "go", "agree", "promise", "decide", "aim"})


def _planned(verb: Token) -> bool:
    # (a wedding only: "is to step down as managing director" still holds the post now)
    head = verb.head
    return verb.lemma_.lower() in ("marry", "wed", "divorce") and verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and head.lemma_.lower() in _PLANNING and not any(c.dep_ == "prt" for c in head.children)


def _not_asserted(verb: Token) -> bool:
    # ("Reports that X has secretly married Y are nonsense": what a report or rumour says is
    # not the text's own claim, patterns key ``hearsay_nouns``; "is to marry": a plan)
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in verb.children) or _planned(verb) or (
        # (also as a relative clause: the parser reads "a rumour that they had married" so)
        verb.dep_ in ("ccomp", "acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN")
        and bool({verb.head.lemma_.lower(), verb.head.lower_, verb.head.lower_[:-1]} & set(patterns()["hearsay_nouns"]))) or (
        # ("Posts claiming that X had died were false": what a claim in passing says, key
        # ``hearsay_participles``)
        verb.dep_ == "ccomp" and verb.head.tag_ == "VBG" and verb.head.lemma_.lower() in patterns()["hearsay_participles"])


def _event_evidence(ctx: _Ctx, tokens: list[Token], extra: Iterable[tuple[int, int]] = ()) -> tuple[int, int]:
    starts = [t.idx for t in tokens] + [a for a, _ in extra]
    ends = [_tok_end(t) for t in tokens] + [b for _, b in extra]
    return min(starts), max(ends)


def role_children(role: Token) -> list[Token]:
    """The role's dependents, and an 'at' phrase right after it that the parser hung on the copula
    instead ('Aroha Tane, 43, is a midwife at the same hospital'), or on the verb that gives it."""
    kids = list(role.children)
    # (and on the verb that gives the post: 'has been named head of claims at Castleford Marine')
    if (role.dep_ == "attr" and role.head.lemma_ == "be") or (
            role.dep_ in ("oprd", "xcomp") and role.head.lemma_ in patterns()["employment"]["as_verbs"]):
        kids += [c for c in role.head.children if c.dep_ == "prep" and c.lower_ == "at" and c.i == role.right_edge.i + 1]
    return kids
