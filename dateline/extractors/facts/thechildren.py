"""'... have three sons and two daughters. The daughters, Zahra, 42, and Maryam, 38, both weave':
a definite plural child noun opening a sentence, with no owner of its own, names children of
the parents whose count of children the sentence before gave (``number_of_children`` facts),
not somebody new."""

from __future__ import annotations

from dateline.extractors.facts.context import LIKELY, _Ctx, _sentences
from dateline.extractors.facts.kinlists import _entity
from dateline.extractors.facts.namelists import _names_after
from dateline.nlp import tokens_of

# plural child nouns that may open such a sentence, and the gender each gives (as the kinship
# pattern's singular does)
_NOUNS = {"daughters": "female", "sons": "male", "children": None, "twins": None, "boys": "male", "girls": "female"}


def _rule_the_children_named(ctx: _Ctx) -> None:
    sents = _sentences(ctx.doc)
    toks = tokens_of(ctx.doc)
    for n, sent in enumerate(sents[1:], 1):
        first = sent.start
        while first < sent.end and toks[first].is_space:
            first += 1
        if first + 2 >= sent.end or toks[first].lower_ != "the":
            continue
        noun = toks[first + 1]
        if noun.lower_ not in _NOUNS or toks[first + 2].text != ",":
            continue
        since = sents[n - 1].start_char
        counts = [f for f in ctx.facts.values() if f.relation == "number_of_children" and since <= f.evidence.start < sent.start_char]
        if not counts:
            continue
        latest = max(f.evidence.end for f in counts)
        owners = [e for e in (_entity(ctx, f.subject) for f in counts if f.evidence.end == latest) if e is not None]
        named, end = _names_after(ctx, noun.i, sent, many=True)
        named = [e for e in named if e not in owners and e.type == "PERSON"]
        if not owners or not named:
            continue
        for o in owners:
            for child in named:
                if not any(f.relation == "child" and f.subject == o.id and f.object == child.id for f in ctx.facts.values()):
                    ctx.add("child", o, toks[first].idx, end, obj=child, confidence=LIKELY)
        for child in named:
            ctx.add_gender(child, _NOUNS[noun.lower_], noun.idx, end, LIKELY)
