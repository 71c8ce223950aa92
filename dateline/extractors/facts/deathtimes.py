"""When a death verb's death was: the time expression the verb governs (``death_time``), and a
bare month or weekday of a death read back from the article date (``death_month``). Moved out of
deaths.py on 2026-12-07, where the verbs and their subjects stay."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Optional

from spacy.tokens import Token

from dateline.extractors.facts.clauses import _time_near
from dateline.extractors.facts.context import _Ctx, _sentence, _tok_end
from dateline.model import TimeExpr, date_interval


def death_time(ctx: _Ctx, verb: Token, kinds: tuple[str, ...] = ("DATE", "TIME")) -> Optional[TimeExpr]:
    """The time of the death a death verb states: the time expression the verb governs, else
    the one date of a 'when' or 'while' clause on it ('was killed when a lorry overturned on the A1
    in 1968', 'drowned while diving in 1995': the two are one moment), never another time of the sentence;
    a bare month counts back from the article date (``death_month``)."""
    sent = _sentence(verb)
    t = _time_near(ctx, verb, sent, kinds)
    if t is None and "DATE" in kinds:
        # ("died two days later" after "on the evening of November 1": the day the count reaches)
        d = _time_near(ctx, verb, sent, ("DURATION",))
        if d is not None and d.anchored_value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.anchored_value):
            t = d.model_copy(update={"type": "DATE", "value": d.anchored_value})
    if t is None:
        for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i):
            if not any(g.lower_ in ("when", "while") and g.dep_ in ("advmod", "mark") for g in clause.subtree if g.i < clause.i):
                continue
            lo, hi = clause.left_edge.idx, _tok_end(clause.right_edge)
            dates = [d for d in ctx.times_within(lo, hi) if d.type == "DATE" and d.role != "age"]
            if len(dates) == 1:
                t = dates[0]
            break
    when = next((c for c in verb.children if c.lower_ == "when" and c.dep_ == "advmod" and c.i < verb.i), None)
    if t is None and when is not None and verb.dep_ == "advcl":
        # ("looked after exports until last year, when he died at 70": the date right before the
        # "when" is the one it names, however the parser hung the clause)
        dates = [d for d in ctx.times_within(sent.start_char, when.idx) if d.type == "DATE" and d.role != "age"
                 and re.fullmatch(r"\s*,?\s*", ctx.text[d.end : when.idx])]
        t = dates[-1] if dates else None
    if t is None and verb.dep_ == "relcl" and when is not None:
        # "came in February 1996, when his partner ... was killed", "vacant since 2011, when its
        # last holder died": the date the "when" clause hangs on is the death's
        dates = [d for d in ctx.times_overlapping(verb.head.idx, _tok_end(verb.head)) if d.type == "DATE" and d.role != "age"]
        t = dates[0] if len(dates) == 1 else None
    return death_month(ctx, t)


def death_month(ctx: _Ctx, t: Optional[TimeExpr]) -> Optional[TimeExpr]:
    """'who taught there from 1952 to 1988, died in March aged 91': a month, or a day of a month
    ('died on 3 March aged 74'), named without a year in a death clause is the last such one up
    to the article date (a death is past, and news reports a recent one), not one in the year
    the sentence named before."""
    if t is not None and t.type == "TIME" and (of_day := re.match(r"\d{4}-\d{2}-\d{2}(?=T)", t.value)):
        # ("died on Sunday evening aged 88": the death's date is the day of the part of day)
        t = t.model_copy(update={"type": "DATE", "value": of_day.group(), "interval": (of_day.group(), of_day.group())})
    if t is None or t.type != "DATE" or not ctx.article.date:
        return t
    m = re.fullmatch(r"\d{4}-(\d{2})(?:-(\d{2}))?", t.value)
    period = date_interval(ctx.article.date)
    if period is None:
        return t
    today = period[1]  # ("date 2023-10": a month's article may be of its last day)
    if m is not None and m.group(2) and _WEEKDAY.search(t.text) and t.value > today.isoformat():
        # ("after the death of Jean-Claude Labonne on Saturday": read forward with no verb's tense
        # to say otherwise, the weekday of a death is the last one before the article's date)
        value = (date.fromisoformat(t.value) - timedelta(days=7)).isoformat()
        return t.model_copy(update={"value": value, "interval": (value, value)})
    # (a year written in the text, "March 2019", "'19", or counted, "January last year", stands;
    # so does a weekday or "yesterday"
    # the times stage already counted back from the article date)
    if m is None or re.search(r"\d{4}|['’]\d\d|\byears?\b", t.text, re.I) or (m.group(2) and not re.search(r"[A-Za-z]{3}", t.text)):
        return t
    if m.group(2) and not any(w.lower().rstrip(".") in _MONTHS for w in re.findall(r"[A-Za-z]+\.?", t.text)):
        return t
    month, day = int(m.group(1)), int(m.group(2)) if m.group(2) else None  # ("date 2023-10": a month's article may be of its last day)
    year = today.year if (month, day or 0) <= (today.month, today.day if day else 0) else today.year - 1
    if day is not None:
        value = f"{year}-{month:02d}-{day:02d}"
        return t if value == t.value else t.model_copy(update={"value": value, "interval": (value, value)})
    if f"{year}-{month:02d}" == t.value:
        return t
    last = calendar.monthrange(year, month)[1]
    return t.model_copy(update={"value": f"{year}-{month:02d}",
                                "interval": (f"{year}-{month:02d}-01", f"{year}-{month:02d}-{last:02d}")})


_WEEKDAY = re.compile(r"\b(?:" + "|".join(calendar.day_name) + r")\b", re.I)
_MONTHS = frozenset(calendar.month_name[k].lower() for k in range(1, 13)) | frozenset(calendar.month_abbr[k].lower() for k in range(1, 13)) | {"sept"}
