"""Lists of the dead: 'Among the dead are X, 41, his wife, Y, 38, ...', 'Also killed were ...',
'The other dead were named as ...'. Everyone the list names died, and the ages it gives are
ages at death: they hold on the day of the disaster that killed them (the date its verb or noun
governs, 'the mudslide that buried the town before dawn on Sunday'), not on the article date."""

from __future__ import annotations

import re
from datetime import date as _date
from functools import lru_cache
from typing import Optional

from dateline.ages import born_between
from dateline.extractors.facts.clauses import _time_near
from dateline.extractors.facts.context import (
    LIKELY,
    PERSON,
    _Ctx,
    _kin_described,
    _named,
    _sentences,
    patterns,
)
from dateline.model import TimeExpr, date_interval
from dateline.wordstart import ascii_lower, word_start_gate

_DATED = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@lru_cache(maxsize=1)
def _opener_re() -> re.Pattern:
    # behind a word-start gate: searched once per sentence of every article, and nearly always in vain
    return word_start_gate(re.compile("|".join(f"(?:{o})" for o in patterns()["casualty_lists"]["openers"]), re.I))


def _period(t: TimeExpr) -> Optional[tuple[_date, _date]]:
    if t.interval is not None:
        return _date.fromisoformat(t.interval[0][:10]), _date.fromisoformat(t.interval[1][:10])
    return date_interval(t.value) if _DATED.fullmatch(t.value) else None


def _disaster_times(ctx: _Ctx) -> list[TimeExpr]:
    """The dates of the events that may have killed them, in the order of their verbs and nouns:
    each time expression a disaster verb or noun governs, no later than the article date."""
    words = patterns()["casualty_lists"]
    verbs, nouns = set(words["disaster_verbs"]), set(words["disaster_nouns"])
    article = date_interval(ctx.article.date or "")
    if article is None:
        return []
    found: list[TimeExpr] = []
    for sent in _sentences(ctx.doc):
        if sent.end_char <= ctx.article.body_start:
            continue
        for tok in sent:
            if not ((tok.pos_ == "VERB" and tok.lemma_ in verbs) or (tok.pos_ == "NOUN" and tok.lemma_ in nouns)):
                continue
            t = _time_near(ctx, tok, sent, ("DATE", "TIME"))
            period = _period(t) if t is not None else None
            if t is None or period is None or period[0] > article[1]:
                continue
            found.append(t)
    return found


def _disaster_time(times: list[TimeExpr], list_end: int) -> Optional[TimeExpr]:
    """The date of the event that killed them: the first of ``_disaster_times`` up to the list,
    else the first after it."""
    before = [t for t in times if t.start < list_end]
    found = before or times
    return found[0] if found else None


def _redate_age(ctx: _Ctx, key: tuple, when: TimeExpr) -> None:
    """An age already read against the article date, now held on the day of the death."""
    fact = ctx.facts[key]
    period = _period(when)
    if period is None or not isinstance(fact.value, int) or fact.as_of != ctx.article.date:
        return
    lo, hi = born_between(fact.value, *period)
    ctx.facts[key] = fact.model_copy(update={"as_of": when.value[:10] if when.type == "TIME" else when.value,
                                              "born_between": (lo.isoformat(), hi.isoformat())})


# Every opener's match holds one of these words (patterns/facts.json, casualty_lists.openers; a
# test keeps them so): an article without any has no list, and its sentences are not searched.
DEATH_WORDS = ("dead", "killed", "victims", "died", "drowned")


def _rule_casualty_lists(ctx: _Ctx) -> None:
    # (lower-cased as IGNORECASE reads ASCII letters: none where a character folds onto one)
    low = ascii_lower(ctx.text)
    if low is not None and not any(w in low for w in DEATH_WORDS):
        return
    rx = _opener_re()
    times: Optional[list[TimeExpr]] = None
    for sent in _sentences(ctx.doc):
        if sent.end_char <= ctx.article.body_start:
            continue
        m = rx.search(ctx.text, sent.start_char, sent.end_char)
        if m is None:
            continue
        start, end = m.end(), sent.end_char
        dead = []
        for tok in ctx.doc.char_span(start, end, alignment_mode="contract") or ():
            # a possessor or an object of a preposition is someone else ("the son of X"), and a
            # relative clause says more about someone listed; neither is one of the dead
            if tok.dep_ in ("poss", "pobj") or tok.pos_ == "PRON" or any(a.dep_ in ("relcl", "acl", "prep") for a in tok.ancestors if a.idx >= start):
                continue
            hit = ctx.covering(tok.idx, tok.idx + len(tok.text), PERSON)
            if hit is None or hit[1] in dead or not (_named(hit[1]) or _kin_described(hit[1], ctx.text)):
                continue
            dead.append(hit[1])
        if not dead:
            continue
        if times is None:  # (the same for every list: read once per article)
            times = _disaster_times(ctx)
        when = _disaster_time(times, end)
        for person in dead:
            ctx.add("death", person, m.start(), end, value=when.value if when is not None and when.type == "DATE" else None,
                    time=when.id if when is not None else None, confidence=LIKELY)
            if when is None:
                continue
            for key, fact in list(ctx.facts.items()):
                if fact.relation == "age" and fact.subject == person.id and m.start() <= fact.evidence.start < end:
                    _redate_age(ctx, key, when)
