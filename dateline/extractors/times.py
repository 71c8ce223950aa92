"""Time expressions normalized against the article date (TIMEX3 values with intervals).

The rules and the calendar arithmetic are in the ``timenorm`` package (plain text in, values out); this
stage adds what only the parse knows, the tense of the clause an expression sits in, which
decides whether a bare "Thursday" or "March" points back or forward.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from dateline.extractors import timenorm
from dateline.extractors.timenorm.patterns import DATA
from dateline.model import Article, TimeExpr
from dateline.nlp import text_of, token_at_char, tokens_of

POLICIES = ("honest", "end-of-period", "start-of-period")
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_PLAN_VERBS = frozenset(DATA["plan_verbs"])
_DAY_PREPS = frozenset({"on", "by", "until", "till", "before"})
# words before an expression that point it forward whatever the main verb's tense
_FORWARD_CUE = re.compile(
    r"\b(?:as\s+(?:early|soon)\s+as|scheduled|(?:plans?|planned|planning|set|expected|expects|(?:is|are)|due|slated)\s+to|(?:is|are)\s+(?:expected|due|scheduled|slated)|will|'ll)\b[^.;:!?,]{0,25}$",
    re.IGNORECASE,
)
# 'had been due to expire Friday': the plan is reported from after the fact
_PAST_PLAN_CUE = re.compile(
    r"\b(?:had(?:\s+been)?|was|were)\s+(?:originally\s+|initially\s+)?(?:scheduled|due|set|expected|slated|planned)\b[^.;:!?,]{0,25}$",
    re.IGNORECASE,
)
# a deadline or a start date: 'until 9 a.m. Tuesday', 'effective Feb. 1'
_DEADLINE_CUE = re.compile(
    r"\b(?:(?-i:until|till)|effective|starting|beginning|ahead\s+of)\s+(?:at\s+|on\s+)?$", re.IGNORECASE
)


def clause_tense(doc: Doc, offset: int) -> Optional[str]:
    """'past', 'future' or 'present' for the finite verb governing the token at ``offset``.

    Non-finite verbs ('to mark', 'arriving') are climbed over to the finite verb above them,
    so "staged celebrations to mark the entry on Friday" reads as past.
    """
    text = text_of(doc)
    if _PAST_PLAN_CUE.search(text, max(0, offset - 60), offset):
        return "past"
    if _FORWARD_CUE.search(text, max(0, offset - 60), offset) or _DEADLINE_CUE.search(
        text, max(0, offset - 20), offset
    ):
        return "future"
    at = token_at_char(doc, offset)
    if at is None:
        return None
    tok = first = tokens_of(doc)[at]
    for step in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            if _planned(tok):
                return "future"
            auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if {a.lower_ for a in auxes} & _FUTURE_AUX:
                return "future"
            if any(a.tag_ == "MD" and a.lower_ not in _FUTURE_AUX for a in auxes) and any(a.lower_ == "have" for a in auxes):
                return "past"  # 'may have been responsible ... on Wednesday': a guess about the past
            if any(a.lower_ == "going" for a in auxes) or any(a.tag_ == "MD" for a in auxes):
                if not any(a.lower_ in ("would", "could", "might") for a in auxes):
                    return "future"
                # 'would be traveling Thursday': the future of reported speech, forward for
                # weekdays, but only when that verb is the one the weekday hangs on
                # ('would decide by Friday', 'would reopen on Saturday': through its preposition)
                via_prep = step == 2 and first.head.dep_ == "prep" and first.head.lower_ in _DAY_PREPS
                direct = (step == 1 or via_prep) and tok.tag_ in ("VBG", "VB")
                return "progressive" if direct and not any(a.lower_ == "have" for a in auxes) else None
            if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
                return "past"
            if any(a.tag_ in ("VBZ", "VBP") for a in auxes):
                if tok.tag_ == "VBG" and not any(a.lower_ in ("has", "have") for a in auxes):
                    return "progressive"  # "is meeting Friday": forward for weekdays only; "has been" looks back
                return "past" if any(a.lower_ in ("has", "have") for a in auxes) else "present"
            if tok.tag_ in ("VBZ", "VBP"):
                # 'Arafat meets Albright Monday': a present verb with its own weekday looks ahead
                # ("who turns 100 on Thursday": the same through "on", the day's own preposition)
                on_day = step == 2 and first.head.dep_ == "prep" and first.head.lower_ == "on"
                return "progressive" if (step == 1 and first.dep_ == "npadvmod") or on_day else "present"
        if tok.head is tok:
            break
        tok = tok.head
    return None


def _to_infinitive(tok) -> bool:
    return tok.dep_ == "xcomp" and tok.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children)


def _planned(tok) -> bool:
    """'agreed to buy the line in February', 'plans to hold a conference on Tuesday': a day that
    belongs to a plan lies ahead of it. A day on the infinitive is the plan's day, whatever the
    plan's tense; a day on the plan verb itself is the plan's day only when the plan is present
    ('On Tuesday, the league plans to ...'), since 'agreed in June to buy' dates the agreeing."""
    if _to_infinitive(tok):
        verb = tok.head
    elif tok.tag_ in ("VBZ", "VBP") and any(_to_infinitive(c) for c in tok.children):
        verb = tok
    else:
        return False
    if verb.lemma_.lower() not in _PLAN_VERBS:
        return False
    # 'had agreed to buy': a plan already carried out
    return not any(a.lower_ in ("had", "'d") for a in verb.children if a.dep_ == "aux")


def extract_times(doc: Doc, article: Article, *, policy: str = "honest") -> list[TimeExpr]:
    """Every time expression in the body, in text order, ids t1, t2 ...

    ``policy`` says what to do when the article date is less precise than a day: "honest"
    (default) keeps every candidate and marks the value uncertain; "end-of-period" or
    "start-of-period" assume the last or first day of the article's period.
    """
    if policy not in POLICIES:
        raise ValueError(f"unknown time policy {policy!r}; expected one of {', '.join(POLICIES)}")
    text = text_of(doc)
    found = timenorm.tag(text, article.date, tense_at=lambda off: clause_tense(doc, off), policy=policy)
    out = []
    for i, f in enumerate(found, start=1):
        out.append(
            TimeExpr(
                id=f"t{i}",
                text=text[f.start : f.end],
                start=f.start,
                end=f.end,
                type=f.type,  # type: ignore[arg-type]
                value=f.value,
                interval=f.interval,
                certain=f.certain,
                role=f.role,
                anchor=f.anchor,
                mod=f.mod,
                anchored_value=f.anchored_value,
            )
        )
    return out
