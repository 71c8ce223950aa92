"""A death notice that opens on the name, inverted, with no death verb: 'BRENNAN, Michael (Mick),
Ballyhaunis, Co Mayo, February 18th, 2024, peacefully at Mayo University Hospital, aged 84.'
The entry's first sentence gives the death's date (its first full date) and the age at death
('aged 84'; 'in her 91st year' is 90), which holds on that date."""

from __future__ import annotations

import re

from dateline.ages import born_between
from dateline.extractors.entities.notices import _INVERTED
from dateline.extractors.facts.agetimes import time_period
from dateline.extractors.facts.context import PERSON, SURE, _Ctx

_AGE = re.compile(r"\baged\s+(?P<n>\d{1,3})\b|\bin\s+(?:his|her)\s+(?P<th>\d{1,3})(?:st|nd|rd|th)\s+year\b")
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _rule_notice_deaths(ctx: _Ctx) -> None:
    for m in _INVERTED.finditer(ctx.text, ctx.article.body_start):
        person = ctx.covering(m.start(), m.start() + 1)
        if person is None or person[1].type not in PERSON:
            continue
        end = ctx.text.find(".", m.end())
        line_end = ctx.text.find("\n", m.end())
        end = min(e for e in (end, line_end, len(ctx.text)) if e >= 0)
        died = next((t for t in ctx.times_overlapping(m.end(), end) if t.type == "DATE" and _FULL_DATE.fullmatch(t.value)), None)
        if died is None:
            continue  # (a court list or an estate notice: no date of death in its first sentence)
        ctx.add("death", person[1], m.start(), died.end, value=died.value, time=died.id, confidence=SURE)
        age = _AGE.search(ctx.text, died.end, end)
        if age is None:
            continue
        n = int(age.group("n")) if age.group("n") else int(age.group("th")) - 1
        period = time_period(died)
        if period is None:
            continue
        lo, hi = born_between(n, *period)
        ctx.add("age", person[1], m.start(), age.end(), value=n, confidence=SURE, born=(lo.isoformat(), hi.isoformat()),
                as_of=died.value, time=None)
