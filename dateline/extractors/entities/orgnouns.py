"""Which named organisation a definite noun stands for, the tests the descriptor rule asks of the
candidates: a noun of another kind ("the council" is no school), a name written with the noun
after it, one only left behind ("joins from X"), the one the text has called so, a team's look.
Moved out of descriptors.py on 2026-12-07; at extraction only where the callers say so."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from dateline.extractors.entities.clusters import _Cluster
from dateline.extractors.entities.placeuses import after_from
from dateline.nlp import text_of, tokens_of

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver


def _only_a_modifier(res: "_Resolver", c: _Cluster) -> bool:
    """'a former RAF engineering officer', 'the former Wales wing': a name written only as a
    modifier of a common noun is no referent 'the company' or 'the club' goes back to."""
    doc = res.doc
    return all(doc[m.head].dep_ in ("compound", "amod", "nmod") and doc[m.head].head.tag_ in ("NN", "NNS")
               and doc[m.head].head.text.islower() for m in c.root().mentions if m.kind == "name") \
        and any(m.kind == "name" for m in c.root().mentions)


def _kind_clash(lex, noun: str, key: tuple[str, ...]) -> bool:
    """The noun and the last word of the organisation's name are institutions of two kinds
    (patterns key ``org_kind_groups``: 'council' and 'school')."""
    if not key:
        return False
    groups = lex.org_kind_groups
    last = key[-1]
    return (any(noun in g for g in groups) and any(last in g for g in groups)
            and not any(noun in g and last in g for g in groups))


# ("The firm's chief taster ... has been with the company since 1984": in one sentence a business
# is called by any of these three alike; across sentences only by the one noun, as a roundup
# names several firms)
_CALLED_ALIKE = {w: ("company", "firm", "business") for w in ("company", "firm", "business")}


def _named_with(res, c: _Cluster, low: str) -> bool:
    """Whether the text writes the organisation's name right before the lower-case noun ("the
    Kanemasa forge")."""
    doc = res.doc
    return any(m.kind == "name" and _noun_after(doc, m.head, low) for m in c.mentions)


def _noun_after(doc, head: int, low: str) -> bool:
    """The noun right after the name, or past a word or two of its trade ("the Paliskunta
    Kaamanen reindeer herding cooperative", "the Tifaout women's cooperative")."""
    toks = tokens_of(doc)
    for k in range(head + 1, min(head + 5, len(doc))):
        if toks[k].lower_ == low:
            return True
        if not (toks[k].is_lower and toks[k].is_alpha) and toks[k].text not in ("'s", "\u2019s", "'"):
            return False
    return False


def _only_left(res, c: _Cluster) -> bool:
    """Every name of the organisation comes right after "from" ("joins from Gortnahoe Mart"):
    a place somebody left."""
    names = [m for m in c.mentions if m.kind == "name"]
    text = text_of(res.doc)
    return bool(names) and all(after_from(text, m.start) for m in names)


def _called_so_before(res, i: int, low: str, among: Optional[set[int]] = None) -> list:
    """"the company announced ... the company's chorus ... joined the company from the State
    Theatre": the organisation the article is about (named most before, the first named on a
    tie), once the text has called it by this noun, stays the one it means over any organisation
    named in between (in extraction only). With ``among`` (cluster ids), of those only: "the
    college" of a newsletter from Lakeside Girls' College past Matale Central College, named
    since, though its old girls' union is named more."""
    named: dict[int, tuple[int, int, _Cluster]] = {}
    called: set[int] = set()
    for c in {id(c.root()): c.root() for c in res.clusters}.values():
        if c.platform or c.is_person_like():
            continue
        names = [m.head for m in c.mentions if m.kind == "name" and m.head < i]
        if names and (among is None or id(c) in among):
            named[id(c)] = (len(names), -min(names), c)
        if any(m.kind == "descriptor" and m.head < i and (res.doc[m.head].lower_ == low or (
                res.doc[m.head].lower_ in _CALLED_ALIKE.get(low, ()) and res.sent_of[m.head] == res.sent_of[i])) for m in c.mentions):
            called.add(id(c))
    if not called or not named:
        return []
    main = max(named.values(), key=lambda v: (v[0], v[1]))[2]
    # (only a name with an organisation's head word: "Sundays River Opera", not a dateline's
    # place the tagger called an organisation; or one the text has called by this very noun:
    # "Sebina Furnishers ... the family-owned business ... Mokgware & Partners ... The business
    # was founded in 1987", at extraction only)
    return [(0.0, main)] if id(main) in called and (main.votes["ORG_KEYWORD"] or (
        res.observe is None and any(m.kind == "descriptor" and m.head < i and res.doc[m.head].lower_ == low for m in main.mentions))) else []


def _team_like(res, c: _Cluster) -> bool:
    """An organisation named like a sports club ("Harwood Town", "Blyth Spartans") or called
    a club, a side or a team."""
    lex = res.lex
    return bool(c.key) and c.key[-1] in lex.team_name_tails or any(
        m.kind == "descriptor" and res.doc[m.head].lower_ in lex.team_nouns for m in c.mentions)


def _only_one_before(res, at: int, keep) -> list[_Cluster]:
    """The one organisation named before token ``at``, however far back, that ``keep`` accepts
    (no person, no platform), as a list of it; empty when there is none or more than one.
    "the commission" named so nowhere near, or 'the club' a page after the article last named its
    club, with a school's "PE" named in between."""
    roots = {id(c.root()): c.root() for c in res.clusters}.values()
    found = [c for c in roots if any(m.head < at for m in c.mentions) and not (c.platform or c.is_person_like()) and keep(c)]
    return found if len(found) == 1 else []
