"""When an age holds: the days a time expression can be, the date a 'when' clause or a death
sets an age at, and whether a birthday or a turning is recent or coming ('turned 40 last
week', 'turns forty in March'). Moved out of ages.py, whose rules read them."""

from __future__ import annotations

import re
from datetime import date as _date
from typing import Optional

from spacy.tokens import Token

from dateline.extractors.facts.clauses import _time_near
from dateline.extractors.facts.context import _Ctx, _sentence, _tok_end
from dateline.model import Entity, TimeExpr, date_interval


def time_period(t: TimeExpr) -> Optional[tuple[_date, _date]]:
    """The first and last day a time expression can be: its interval, else its calendar value
    at the precision it has ('1951', '2025-07', '2024-03-10'); None for any other value."""
    if t.interval is not None:
        return _date.fromisoformat(t.interval[0]), _date.fromisoformat(t.interval[1])
    return date_interval(t.value) if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", t.value) else None


def _when_time(ctx: _Ctx, copula: Token) -> Optional[TimeExpr]:
    """The date a 'when' clause on a past copula is set at: the year it qualifies ('in 1986,
    when she was 29'), else the date of the clause it hangs on, up past a participle ('drowned
    in 1979, aged 44, when I was eleven'), never one inside the 'when' clause itself; else the
    date right before ', when' ('first sang there in 1986, when she was 29')."""
    if not any(g.lower_ == "when" and g.dep_ in ("advmod", "mark") for g in copula.children if g.i < copula.i):
        return None
    if copula.dep_ == "relcl":
        t = next((t for t in ctx.times_overlapping(copula.head.idx, _tok_end(copula.head)) if t.type == "DATE" and t.role != "age"), None)
        if t is not None:
            return t
    else:
        verb = copula
        for _ in range(2):
            if verb.dep_ != "advcl":
                break
            verb = verb.head
            t = _time_near(ctx, verb, _sentence(verb), ("DATE",))
            if t is not None and not copula.left_edge.idx <= t.start < _tok_end(copula.right_edge):
                return t
    when = next((c for c in copula.children if c.dep_ == "advmod" and c.lower_ == "when" and c.i < copula.i), None)
    if when is None or when.i < 2 or ctx.doc[when.i - 1].text != ",":
        return None
    before = ctx.doc[when.i - 2]
    return next((t for t in ctx.times_overlapping(before.idx, _tok_end(before)) if t.type == "DATE" and t.role != "age"), None)


def _death_time(ctx: _Ctx, person: Entity) -> Optional[TimeExpr]:
    """The time of the death the article gives this person, if it dates one."""
    death = ctx.facts.get(("death", person.id, None, None))
    t = next((t for t in ctx.times if death is not None and t.id == death.time), None)
    if t is not None and death is not None and isinstance(death.value, str) and death.value != t.value and time_period(t) is not None:
        # (the date the death was given, where the death rules read the time again: "died on
        # January 30" after "until 1992" in an article of February 2023 is January 2023)
        return t.model_copy(update={"value": death.value, "interval": None})
    return t


# An age reached this long before the article's period still holds on it ("turned 40 last week").
RECENT_DAYS = 31


def _recent(ctx: _Ctx, t: Optional[TimeExpr]) -> bool:
    """A time in the article's own period or in the month before it."""
    date = ctx.article.date or ""
    if t is None or not date:
        return False
    if t.value.startswith(date[:7]) or date.startswith(t.value):
        return True
    art = date_interval(date)
    if t.interval is None or art is None:
        return False
    start, end = _date.fromisoformat(t.interval[0]), _date.fromisoformat(t.interval[1])
    return start <= art[1] and (art[0] - end).days <= RECENT_DAYS


# (a year in the sentence sets the month in the narrative: "In 1944 he turned 18 in June")
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


def _clause_text(verb: Token) -> str:
    """The words of the verb's own clause, not the sentence's: "The pair, who married in 1992,
    have three children: ...; and Sne, who turned nineteen in December" dates no turning."""
    return verb.doc[verb.left_edge.i : verb.right_edge.i + 1].text


def _bare_month(t: Optional[TimeExpr]) -> bool:
    """'turned nineteen in December', 'turn forty in March': a month named without its year is
    the last one for a past turning and the next one for a coming one, within a year either
    way, whatever year the narrative around it set for the month."""
    return t is not None and re.fullmatch(r"\d{4}-\d{2}", t.value) is not None and not any(ch.isdigit() for ch in t.text)


def _upcoming(ctx: _Ctx, t: Optional[TimeExpr]) -> bool:
    """A time that starts after the article's period and within the year after it."""
    art = date_interval(ctx.article.date or "")
    if t is None or t.interval is None or art is None:
        return False
    start = _date.fromisoformat(t.interval[0])
    return art[1] < start and (start - art[1]).days <= 366
