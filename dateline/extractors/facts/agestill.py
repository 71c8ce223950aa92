"""An age written as "at N" on a present-tense verb that "still" or "now" qualifies: "Huang
Su-chen, who still tastes every batch at 92"; "a rival roastery, which he still runs at 88";
"Ramon Ocampo, who now steps down at 72 after six years". The adverb and the present tense say
the number is the subject's age today; without them "at 72" is as often a time, a speed or a
price ("closed at 72", "sold at 81 pence")."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extractors.facts.ages import _age_fact
from dateline.extractors.facts.context import LIKELY, _Ctx, _resolve
from dateline.nlp import tokens_in

_NOW_WORDS = frozenset({"still", "now"})
# what may follow the number: the clause goes on or ends, no unit or noun ("at 81 pence")
_AFTER = frozenset({",", ".", ";", "and", "after", "but", "with", "when", ")", "—", "–", ":", '"', "”"})


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _rule_still_at_age(ctx: _Ctx) -> None:
    doc = ctx.doc
    for i in tokens_in(doc, "lower", ("at",)):
        at = doc[i]
        if i + 1 >= len(doc) or at.idx < ctx.article.body_start:
            continue
        num = doc[i + 1]
        if not (num.text.isdigit() and len(num.text) <= 3 and num.dep_ == "pobj" and num.head.i == i):
            continue
        age = int(num.text)
        if not 15 <= age <= 120 or (i + 2 < len(doc) and doc[i + 2].lower_ not in _AFTER):
            continue
        verb = at.head
        if verb.tag_ not in ("VBZ", "VBP") or not any(c.dep_ == "advmod" and c.lower_ in _NOW_WORDS and c.i < verb.i for c in verb.children):
            continue
        subj = _subject(verb)
        if subj is None:
            continue
        people = _resolve(ctx, subj, couples=False)
        if len(people) != 1 or people[0].type != "PERSON" or ctx.facts.has("age", people[0].id):
            continue
        _age_fact(ctx, people[0], age, min(subj.idx, at.idx), num.idx + len(num.text), LIKELY, (num.idx, num.idx + len(num.text)))
