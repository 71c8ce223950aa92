"""An age at death whose own sentence gives no date: 'Tommy Brack, who has died at the age of
86' with 'died at home on Sunday' in the next sentence. The ages rule leaves such an age open
(as of a past reference); once the deaths rules have dated the same person's death, the age
holds on that date and bounds the birth."""

from __future__ import annotations

import re

from dateline.ages import born_between
from dateline.extractors.facts.agetimes import time_period
from dateline.extractors.facts.context import _Ctx

_DEATH_WORDS = re.compile(r"\b(?:died|dies|death|passed\s+away)\b", re.I)


def _rule_ages_at_dated_deaths(ctx: _Ctx) -> None:
    times = {t.id: t for t in ctx.times}
    for key, f in [(k, f) for k, f in ctx.facts.items() if f.relation == "age" and f.as_of == "PAST_REF"]:
        if not isinstance(f.value, int) or not _DEATH_WORDS.search(f.evidence.text):
            continue
        death = ctx.facts.get(("death", f.subject, None, None))
        when = times.get(death.time) if death is not None and death.time else None
        if when is None:
            continue
        period = time_period(when)
        if period is None:
            continue
        lo, hi = born_between(f.value, *period)
        ctx.facts[key] = f.model_copy(update={"born_between": (lo.isoformat(), hi.isoformat()), "as_of": when.value})
