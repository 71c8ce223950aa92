"""Text-level checks for a name set off by commas right after or before a phrase that ends on an
animal's or a craft's noun ("The troupe's ginger cat, Ah Huat, who ..."), for where the parser
made the name a second subject or object and no apposition is read (at extraction only, through
context.py)."""

from __future__ import annotations

import re

# ", the riding club's grey mare,": an apposition after a name, up to four words before its noun
_APPOSED_NOUN = re.compile(r",\s+(?:the|a|an|his|her|their|our|its)\s+(?:(?:[A-Z][\w'’-]*['’]s|[a-z][\w'’-]*)\s+){0,4}?([a-z]+)(?:\s*[,.;]|\s+(?=(?:that|which|who|whom)\b|[A-Z][a-z]+\s+[a-z]+\b))")


_NOUN_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Ii]ts)\s+(?:(?:[A-Z][\w'’-]*['’]s|[a-z][\w'’-]*)\s+){0,3}([a-z]+),\s+$")


def _set_off_before(text: str, start: int) -> bool:
    """Whether a comma and spaces end the text before ``start``, as every match of _NOUN_BEFORE
    that ends there does: the context pass asks of every name, and the regex tried each of the
    60 characters before one for its word boundary (``isspace`` and ``rstrip`` read the same
    spaces as ``\\s``)."""
    lo = max(0, start - 60)
    return start > lo and text[start - 1].isspace() and text[lo:start].rstrip().endswith(",")


def animal_words_before(text: str, start: int, lex) -> bool:
    """'The troupe's ginger cat, Ah Huat, who ...': the phrase set off right before a name ends on
    an animal noun (the parser made the name a second subject, so no apposition is read)."""
    if not _set_off_before(text, start):
        return False
    m = _NOUN_BEFORE.search(text, max(0, start - 60), start)
    return m is not None and m.end() == start and m.group(1) in lex.animal_nouns


def craft_words_before(text: str, start: int, lex) -> bool:
    """'the quarry's narrow-gauge locomotive, Lady Madryn, built in 1921': the phrase set off right
    before a name, and closed by a comma after it, ends on a vehicle's or a vessel's noun (the
    parser made the name a second object, so no apposition is read)."""
    if not _set_off_before(text, start):
        return False
    m = _NOUN_BEFORE.search(text, max(0, start - 60), start)
    return m is not None and m.end() == start and (m.group(1) in lex.vehicle_nouns or m.group(1) in lex.vessel_nouns) \
        and re.match(r"[\w'’ -]+?,", text[start : start + 40]) is not None


def apposed_animal_words(text: str, end: int, lex) -> bool:
    """'Queenie, the riding club's grey mare, who ...': the words apposed right after a name end
    on an animal noun, however the tagger read them (it took "mare" there for a proper noun,
    so the parse has no apposition to read)."""
    m = _APPOSED_NOUN.match(text, end, end + 80)
    return m is not None and m.group(1) in lex.animal_nouns



# "a walnut press that the staff call ", "the old loom everyone calls ", "a kiln nicknamed ": the
# words before a name a naming verb gives to a common noun
_CALLED_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Ii]ts)\s+(?:[a-z0-9][\w,'’-]*\s+){0,3}?([a-z]+)(?:\s+|,\s+(?=known\b))"
    # (the relative pronoun may go unwritten: "a copper alembic the family calls Baba Zlata")
    r"(?:(?:(?:that|which)\s+)?(?:the\s+)?(?:[a-z][\w'’-]*\s+){1,2}?(?:call|calls|nickname|nicknames)|called|nicknamed"
    # ("The mill's 1911 stamp press, known to three generations as Tante Mitzi")
    r"|known\s+(?:(?:to|across|in|around|throughout)\s+(?:[\w'’-]+\s+){1,4})?as)\s+$")


# "a heavily roasted oolong sold as ", "a rum bottled as ": what goods are sold under
# ("has been sold in Reykjavík supermarkets since 2015 as Amma Gunna": words of where and since
# when between, no stop)
_SOLD_AS = re.compile(r"\b(?:sold|marketed|bottled|branded|packaged|packed)\s+(?:[\w'’-]+\s+){0,6}?as\s+$")


def sold_as_before(text: str, start: int) -> bool:
    """'a heavily roasted oolong sold as Old Lady Huang': a name goods are sold under is the
    goods', whatever honorific it opens with; nobody is sold or bottled as somebody."""
    return _SOLD_AS.search(text, max(0, start - 80), start) is not None


def called_thing_before(text: str, start: int, lex) -> bool:
    """'a walnut press that the staff call Lella Khadija', 'an old loom nicknamed Granny Ruth':
    a name a naming verb gives to a common noun that is nobody's (no person's, relative's,
    trade's, agent's or age word, no animal's, which things.py reads, no body's or place's) is a
    thing's, which the text may call she. Read from the words: the parser often makes the name
    the verb's subject or a clause of its own."""
    lo = max(0, start - 90)
    if not text[lo:start].rstrip().endswith(("call", "calls", "called", "nickname", "nicknames", "nicknamed", " as")):
        return False
    m = _CALLED_BEFORE.search(text, lo, start)
    if m is None or m.end() != start:
        return False
    noun = m.group(1)
    if noun not in lex.work_nouns and noun not in _TOOL_NOUNS:
        return False  # ("an accomplice called Balthazar", "a tag team called ...": only a made thing's noun)
    return not (noun in lex.person_nouns or noun in lex.trades or noun in lex.relative_nouns or noun in lex.kin_kinds
                or noun in lex.gendered or noun in lex.role_heads or noun in lex.age_nouns or noun in lex.animal_nouns
                or noun in lex.group_nouns or noun in lex.org_nouns or noun in lex.place_heads or noun in lex.land_nouns
                or noun in lex.family_nouns or (noun.endswith("s") and not noun.endswith("ss"))
                # (an agent's word the lexicon does not list, "a quiet dyer that the staff call X", is
                # a person's; a machine's among them is read by craft_words_before)
                or noun.endswith(_AGENT_ENDINGS))


# made things a workshop or a house may name, besides work_nouns ('gong', 'bell', 'loom', 'kiln', 'anvil')
# (not 'mill', 'chair', 'hammer', nor one in '-er', which the tests below refuse: an organisation's,
# a post's, a trade's or an agent's word)
_TOOL_NOUNS = frozenset({"press", "still", "alembic", "vat", "lathe", "furnace", "oven", "kettle", "cauldron", "wheel", "saw",
                         "fiddle", "violin", "viola", "cello", "guitar", "harp", "drum", "pipe", "organ", "piano", "clock",
                         "bench", "table", "tree", "stone", "boat", "cart", "stove", "mangle"})

_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "smith", "wright", "keeper", "eer")
