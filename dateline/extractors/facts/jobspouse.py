"""What a person's one known marriage carries to the spouse. A job said through the marriage: 'I married a firefighter' (from Linda Hruska, Dale Hruska's
wife) states Dale Hruska's occupation. The job goes to the one spouse the article gives the
subject; none when it gives two or none (a first marriage the text does not name may be the
one meant), when the marriage is not asserted ('would never marry a farmer'), or when the job
is a relative's ('married a publican's son': the son is no publican). And the children a
speaker calls 'ours' ('our two daughters', 'our son, Ben'): the spouse's as well, as 'their two
daughters' is both parents' (the 'our' is lent to the speaker by ``speakers``)."""

from __future__ import annotations

import re
from typing import Optional

from dateline.extractors.facts.clauses import _not_asserted
from dateline.extractors.facts.context import (
    LIKELY,
    ORG,
    _Ctx,
    _tok_end,
)
from dateline.extractors.facts.described import _occupation_words, _spouse_by_trade
from dateline.extractors.facts.occupations import _has_job
from dateline.extractors.facts.subjects import _subjects
from dateline.model import Entity
from dateline.nlp import tokens_in, tokens_of

_MARRY = frozenset({"marry", "wed"})
# ('first married a sailor', 'married a farmer again'): one of several marriages, maybe not the known one
_ANOTHER_MARRIAGE = frozenset({"first", "again", "later", "then", "previously", "once", "remarried", "second"})


def _rule_married_a_job(ctx: _Ctx) -> None:
    _rule_spouse_by_trade(ctx)
    jobs = _occupation_words()
    toks = tokens_of(ctx.doc)
    for k in tokens_in(ctx.doc, "lemma", _MARRY):
        verb = toks[k]
        if verb.pos_ != "VERB" or verb.idx < ctx.article.body_start or _not_asserted(verb):
            continue
        if any(c.lower_ in _ANOTHER_MARRIAGE for c in verb.children) or verb.lower_ == "remarried":
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lower_ not in jobs or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children):
            continue
        if any(c.dep_ in ("poss", "appos", "relcl", "acl", "prep") for c in obj.children) or ctx.token_entity(obj) is not None:
            continue  # "a fisherman, Tom Pike" or "a fisherman who ...": a person told of, read elsewhere
        people = _subjects(ctx, verb, couples=False)
        spouse = _one_spouse(ctx, people[0].id) if len(people) == 1 else None
        first = min([c for c in obj.children if c.dep_ == "compound" and c.i == obj.i - 1] + [obj], key=lambda t: t.i)
        job = ctx.text[first.idx : _tok_end(obj)].lower()
        subject = min((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), key=lambda t: t.i, default=verb)
        if spouse is not None and not _has_job(ctx, spouse, job):
            ctx.add("occupation", spouse, min(subject.left_edge.idx, verb.idx), _tok_end(obj), value=job, confidence=LIKELY)


def _rule_spouse_by_trade(ctx: _Ctx) -> None:
    """'Solberg is married to an air traffic controller, 50': the spouse described by the trade
    alone (described._spouse_by_trade) has that trade as occupation."""
    for mention, entity in ctx.mentions:
        if mention.kind != "descriptor" or not _spouse_by_trade(entity, ctx.text):
            continue
        job = mention.text.split(None, 1)[1].lower() if " " in mention.text else ""
        at = _AT_ORG.match(ctx.text, mention.end)
        org = ctx.starting_at(at.end(), ORG) if at else None
        if job and org is not None and org[1].type == "ORG":
            # ("married to a fisheries scientist at Memorial University": a post there)
            ctx.add("title", entity, mention.start, org[0].end, value=job, confidence=LIKELY)
            ctx.add("employer", entity, mention.start, org[0].end, obj=org[1], confidence=LIKELY)
        elif job and not _has_job(ctx, entity, job):
            ctx.add("occupation", entity, mention.start, mention.end, value=job, confidence=LIKELY)


_AT_ORG = re.compile(r"\s+(?:at|with|for)\s+(?:the\s+)?")


def _one_spouse(ctx: _Ctx, who: str) -> Optional[Entity]:
    spouses = {f.object if f.subject == who else f.subject for f in ctx.facts.values() if f.relation == "spouse" and who in (f.subject, f.object)}
    return next((e for e in ctx.entities if e.id in spouses), None) if len(spouses) == 1 else None


def _rule_our_children(ctx: _Ctx) -> None:
    for f in list(ctx.facts.values()):
        if f.relation not in ("child", "number_of_children") or f.evidence.text[:4].lower() != "our ":
            continue
        lent = ctx.covering(f.evidence.start, f.evidence.start + 3)
        if lent is None or lent[0].kind != "pronoun" or lent[1].id != f.subject:
            continue
        spouse = _one_spouse(ctx, f.subject)
        obj = next((e for e in ctx.entities if e.id == f.object), None) if f.object else None
        if spouse is not None and (f.object is None) == (obj is None):
            ctx.add(f.relation, spouse, f.evidence.start, f.evidence.end, obj=obj, value=f.value, confidence=LIKELY,
                    as_of=f.as_of)
