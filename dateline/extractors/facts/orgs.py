"""Which organisation a description or a short name stands for, where the entity stage left
it unlinked or linked it elsewhere: 'the theatre' after 'the Lyric Theatre', 'the band's' after
'Hollis Grey, the folk band', 'Harlan State' for 'Harlan State University'."""

from __future__ import annotations

from typing import Optional

from dateline.extractors.facts.context import ORG, _Ctx, patterns
from dateline.model import Entity, Mention


def _org_by_head(ctx: _Ctx, noun: str, before: int) -> Optional[tuple[Mention, Entity]]:
    """The organisation last named before ``before`` whose name has ``noun`` for a word: 'the
    theatre' after 'the Lyric Theatre', 'the inn' after 'the Saltmarsh Inn in Port Ellery'."""
    best = None
    for m, e in ctx.mentions:
        if m.start >= before:
            break
        if e.type in ORG and m.kind == "name" and noun.lower() in e.name.lower().split():
            best = (m, e)
    return best


def _org_by_head_most(ctx: _Ctx, noun: str, before: int) -> Optional[tuple[Mention, Entity]]:
    """Of the organisations named before ``before`` with ``noun`` in their name, the one
    mentioned most so far ('Club president X' in an article about one club that names another
    in passing)."""
    counts: dict[str, int] = {}
    last: dict[str, tuple[Mention, Entity]] = {}
    for m, e in ctx.mentions:
        if m.start >= before:
            break
        if e.type in ORG and noun.lower() in e.name.lower().split():
            counts[e.id] = counts.get(e.id, 0) + 1
            if m.kind == "name":
                last[e.id] = (m, e)
    named = [k for k in counts if k in last]
    return last[max(named, key=lambda k: counts[k])] if named else None


def _org_described(ctx: _Ctx, noun: str, before: int) -> Optional[tuple[Mention, Entity]]:
    """'the band's' after 'Hollis Grey, the folk band': the named organisation last described
    before by a phrase with that head word. The entity stage may link a later 'the band' to
    another organisation; the description beside the name is firmer."""
    best = None
    for m, e in ctx.mentions:
        if m.start >= before:
            break
        if (e.type in ORG and m.kind == "descriptor" and m.text.lower().split()[-1:] == [noun.lower()]
                and any(n.kind == "name" and n.start < m.start for n in e.mentions)):
            best = (m, e)
    return best



def _org_named_as(ctx: _Ctx, words: str, start: int, end: int, prefix: bool = False) -> Optional[tuple[Mention, Entity]]:
    """An organisation the entity stage did not mark here but names elsewhere: the same name
    ('Fenwold Logistics' read only at its second use), or the first words of its name, two at
    least, when the rest is a generic word of one ('Harlan State' for 'Harlan State University',
    not 'New York' for 'New York Times'), or a club's town alone ('Ashcombe' for 'Ashcombe Town');
    with ``prefix`` (before a title and a name), any first words of one named before. The mention returned spans the words here."""
    words = " ".join(words.split())
    if not words or not words[0].isupper():
        return None
    emp = patterns()["employment"]
    tails = set(emp["short_name_tails"])
    # ("Ashcombe chairman X" for Ashcombe Town: a club goes by its town's name alone)
    club_tails = set(emp["club_name_tails"])
    found = {e.id: e for _, e in ctx.mentions
             if e.type in ORG and (e.name == words or (e.name.startswith(words + " ") and (
                 (" " in words and e.name[len(words) + 1 :].lower() in tails) or e.name[len(words) + 1 :].lower() in club_tails
                 or (prefix and any(m.kind == "name" and m.end <= start for m in e.mentions)))))}
    if len(found) != 1:
        return None
    e = next(iter(found.values()))
    m = next(m for m in e.mentions if m.kind == "name") if any(m.kind == "name" for m in e.mentions) else e.mentions[0]
    return m.model_copy(update={"start": start, "end": end, "text": ctx.text[start:end]}), e
