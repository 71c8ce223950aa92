"""Ages written after a person noun with "of": 'a retired Sanskrit lecturer of 66', 'a widow of
82', 'a man of 71' (British news style). Not 'a father of three' (a count of children), 'a
veteran of 30 years' (a span), 'a crowd of 200' (no person noun)."""

from __future__ import annotations

import re

from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.facts.context import PERSON, SURE, _Ctx, _kin_described, _named, patterns
from dateline.extractors.facts.lexicon import person_heads

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
