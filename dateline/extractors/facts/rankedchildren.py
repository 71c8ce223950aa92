"""Children named by their rank right after a count of them, in the count's own sentence: "Nikos
and Sofia Daskalakis have two children, and Katerina is the older"; "Nyasha is the eldest of
their three children; Tatenda, 27, is a teacher in Chitungwiza, and Tinashe, who is twenty-two,
studies music". The parents are those the count was given to (read after the count rules); each
child is the subject of a copula whose complement is an order word (patterns
``children_in_order.order_words``), and after it the names that open the clauses the sentence
goes on with, each with its age or a "who" after it, as many as the count leaves."""

from __future__ import annotations

import re

from spacy.tokens import Token

from dateline.extractors.facts.context import LIKELY, _Ctx, _resolve, patterns
from dateline.nlp import tokens_of

_AGED_OR_WHO = re.compile(r",\s+(?:\d{1,3}\b|who\b)")


def _ranked_subject(tok: Token, order: frozenset[str]) -> bool:
    """``tok`` is a copula's subject and the copula's complement an order word ("X is the older")."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.lemma_ == "be" and any(
        c.dep_ in ("attr", "acomp") and c.lower_ in order and c.i > verb.i for c in verb.children)


def _rule_ranked_after_count(ctx: _Ctx) -> None:
    counts = [f for f in ctx.facts.values() if f.relation == "number_of_children" and isinstance(f.value, int)]
    if not counts:
        return
    order = frozenset(patterns()["children_in_order"]["order_words"]) | {"older"}  # ("the older": of two)
    toks = tokens_of(ctx.doc)
    by_span: dict[tuple[int, int, int], list] = {}
    for f in counts:
        by_span.setdefault((f.evidence.start, f.evidence.end, int(f.value or 0)), []).append(f)
    for (start, end, n), facts in by_span.items():
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        parents = [e for e in ctx.entities if any(f.subject == e.id for f in facts)]
        named: list = []
        ranked_at = None
        for t in sent:
            if _ranked_subject(t, order):
                people = _resolve(ctx, t, couples=False)
                if len(people) == 1 and people[0].type == "PERSON" and people[0] not in parents:
                    named.append(people[0])
                    ranked_at = t.i
                    break
        if ranked_at is None:
            continue
        # (then the clauses after a semicolon, each opened by a name and its age or a "who")
        k = ranked_at
        while k < sent.end and len(named) < n:
            if toks[k].text != ";" and not (toks[k].lower_ == "and" and toks[k - 1].text == ","):
                k += 1
                continue
            j = k + 1
            while j < sent.end and toks[j].lower_ == "and":
                j += 1
            hit = ctx.starting_at(toks[j].idx) if j < sent.end else None
            if hit is not None and _AGED_OR_WHO.match(ctx.text, hit[0].end) and hit[1] not in named and hit[1] not in parents:
                named.append(hit[1])
            k = j
        # (after the count in its sentence, "have two children, and Katerina is the older", one
        # child named is enough, the rest left unnamed)
        if len(named) != n and not (len(named) == 1 and toks[ranked_at].idx > start):
            continue
        for child in named:
            for parent in parents:
                ctx.add("child", parent, start, max(end, sent.end_char), obj=child, confidence=LIKELY)  # (a fact said already is kept once)
