"""Ages written after a person noun with "of": 'a retired Sanskrit lecturer of 66', 'a widow of
82', 'a man of 71' (British news style). Not 'a father of three' (a count of children), 'a
veteran of 30 years' (a span), 'a crowd of 200' (no person noun). And an age at a past year
set off by "then": 'In 1949, then 21, she married', 'Ann Roe, then 34, joined in 1990'."""

from __future__ import annotations

import re

from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.facts.context import LIKELY, PERSON, SURE, _Ctx, _kin_described, _named, patterns
from dateline.extractors.facts.lexicon import person_heads
from dateline.extractors.facts.subjects import _subjects

# the noun, "of", and a number of one to three digits that no word, unit or hyphen continues
_NOUN_OF_AGE = re.compile(r"\b([a-z]+)\s+of\s+(\d{1,3})(?![\w%-]|\s+[a-z]|\.\d|,\d)")
# the same description apposed after a name or a relative's noun ("Ruth Ames, a widow of 82")
_APPOSED = re.compile(r",\s+(an?\s+(?:[A-Za-z-]+\s+){0,4}?[a-z]+\s+of\s+\d{1,3})(?![\w%-]|\s+[a-z]|\.\d|,\d)")


def ages_after_of(ctx: _Ctx, add_age) -> None:
    """Each person's description (a descriptor mention, or one apposed after a mention) that ends
    on a person noun, "of" and an age gives that age; ``add_age(ctx, entity, age, start, end,
    conf, span)`` records it."""
    kin = patterns()["kinship"]
    heads = person_heads() | lexicon().person_nouns
    text = ctx.text
    for mention, entity in ctx.mentions:
        if entity.type not in PERSON or mention.kind == "pronoun":
            continue
        if not (_named(entity) or _kin_described(entity, text)):
            continue
        if mention.kind == "descriptor" and mention.text[:2].lower() in ("a ", "an"):
            start = mention.start  # "a retired Sanskrit lecturer of 66" is the mention itself
        else:
            apposed = _APPOSED.match(text, mention.end)
            if apposed is None or (mention.kind == "descriptor" and not mention.text.lower().startswith(("whose ", "his ", "her ", "their "))
                                   and "'s " not in mention.text):
                continue
            start = apposed.start(1)
        m = _NOUN_OF_AGE.search(text, start, min(len(text), max(mention.end, start) + 60))
        if m is None or "," in text[start : m.start()] or not text[start : m.start()].lower().startswith(("a ", "an ")):
            continue
        noun, age = m.group(1).lower(), int(m.group(2))
        if (noun in kin and kin[noun]["relation"] == "parent") or noun not in heads or not 0 < age < 120:
            continue  # "a mother of 3" (a count), "a collection of 40"
        add_age(ctx, entity, age, mention.start, m.end(), SURE, m.span(2))


# ", then 21," / ", then aged 21,": an age at the time the sentence is about
_THEN_AGE = re.compile(r",\s+then\s+(?:aged\s+)?(\d{1,3}),")


def ages_then(ctx: _Ctx, add_age) -> None:
    """'In 1949, then 21, she married Ong': the age held in the one year the sentence names (its
    birth range from that year); its subject, or the name the phrase follows ('Ann Roe, then 34,
    joined the firm in 1990')."""
    text = ctx.text
    for m in _THEN_AGE.finditer(text, ctx.article.body_start):
        age = int(m.group(1))
        span = ctx.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or not 0 < age < 120:
            continue
        sent = span.sent
        years = [t for t in ctx.times_within(sent.start_char, sent.end_char) if re.fullmatch(r"\d{4}", t.value)]
        if len({t.value for t in years}) != 1:
            continue  # no year, or two: which one the age held in is not said
        named = ctx.ending_at(m.start())
        if named is not None:
            who = [named[1]]
        else:
            # the clause after the phrase: its subject ("..., then 21, she married")
            after = ctx.doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
            verb = after.root.head if after is not None else None
            # (by index: an identity test never ends the climb at a verbless root, see
            # parents._clause_subject)
            while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            who = _subjects(ctx, verb, couples=False) if verb is not None else []
        if len(who) == 1 and who[0].type in PERSON:
            add_age(ctx, who[0], age, m.start(), m.end(), LIKELY, m.span(1), at=years[0])


def ages_of_and_then(ctx: _Ctx, add_age) -> None:
    """Both readings above, for ``ages._rule_ages``."""
    ages_after_of(ctx, add_age)
    ages_then(ctx, add_age)
