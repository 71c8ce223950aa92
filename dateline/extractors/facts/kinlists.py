"""Two ways a count of children reaches past its own phrase: the other parent named by the
marriage they came from ('her three children from her marriage to the late Vittorio Marchetti',
'his two sons by his first marriage, to Ann Lee'), and the children listed as the next sentence's
subject ('They have two sons. Tom, 12, and Ben, 9, both row.'), which counts only when the list
holds exactly as many names as the count says. Also the partner a possessed partner noun pairs
with its owner for one sentence's 'their' ('Chidi Eze, his partner, Hannah Lowe, and their two
sons'). Whose a ranked child is (its parents) is read in countowners.py."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from itertools import islice
from typing import Optional

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dateline.extractors.facts.context import (
    COUPLE_REACH,
    LIKELY,
    POSSESSIVES,
    _Ctx,
    _named,
    _sentences,
    _tok_end,
    number_value,
    patterns,
    token_number,
)
from dateline.extractors.facts.countowners import (  # noqa: F401 (_entity: read from here by other modules)
    _ORDINAL_RANK,
    _PLURAL_CHILD_NOUNS,
    _children_of_count,
    _count_reaches,
    _entity,
    _open_count_owners,
    _order_owners,
)
from dateline.extractors.facts.namelists import _names_after
from dateline.model import Entity, Fact
from dateline.nlp import columns, tokens_in, tokens_of

_FROM_MARRIAGE = re.compile(
    r"\s+(?:from|by)\s+(?:his|her|their)\s+(?:[a-z]+\s+)?marriage,?\s+to\s+(?:the\s+late\s+)?(?:[a-z]+\s+){0,2}")


def marriage_partner(ctx: _Ctx, noun: Token) -> Optional[tuple[Entity, int]]:
    """The person named after 'from her marriage to' right after the kin noun, and where the
    name ends."""
    m = _FROM_MARRIAGE.match(ctx.text, _tok_end(noun))
    hit = ctx.starting_at(m.end()) if m is not None else None
    return (hit[1], hit[0].end) if hit is not None else None


def _count(noun: Token) -> Optional[int]:
    counts = [token_number(c) for c in noun.children if c.dep_ == "nummod"]
    return counts[0] if counts and counts[0] and counts[0] > 1 else None


def listed_next(ctx: _Ctx, noun: Token, sent: SpacySpan) -> tuple[list[Entity], int]:
    """'Marchetti's three children ... had argued. Paul, 61, Lucia, 58, and Anton, 55, each
    receive ...': the names that open the next sentence as its subject, when there are exactly
    as many as the count."""
    n = _count(noun)
    if n is None or sent.end >= len(ctx.doc):
        return [], 0
    nxt = next((s for s in _sentences(ctx.doc) if s.start >= sent.end), None)
    if nxt is None:
        return [], 0
    first = next((t for t in nxt if not t.is_space), None)
    if first is None or ctx.starting_at(first.idx) is None:
        return [], 0
    last = max((t.idx + len(t.text) for t in sent if not t.is_space), default=sent.end_char)
    if "\n\n" in ctx.text[last : first.idx].replace(" ", ""):
        return [], 0  # ("She has two sons ... ¶ Ana and Rui Costa own a cafe": a new paragraph, other people)
    named, end = _names_after(ctx, first.i - 1, nxt, many=True)
    if len(named) != n:
        return _roll_call(ctx, nxt, n)
    # the list is the subject: the first word after it is a verb or an adverb before one
    after = next((t for t in ctx.doc[nxt.start : nxt.end] if t.idx >= end and not t.is_punct and not t.like_num), None)
    if after is None or after.pos_ not in ("VERB", "AUX", "ADV", "DET", "PRON") or ctx.starting_at(after.idx) is not None:
        return [], 0
    if _have_kin_of_their_own(nxt):
        return [], 0  # ("... have two children. Kat and Joe Dunn have no children": a couple of their own)
    return named, end


def _have_kin_of_their_own(sent: SpacySpan) -> bool:
    """The sentence's own verb has children of its own for its object ("have no children", "have
    three sons"): its subject is parents, not the children counted before."""
    kin = patterns()["kinship"]
    return any(c.dep_ == "dobj" and kin.get(c.lower_, {}).get("relation") == "child" for c in sent.root.children)


def _roll_opener() -> re.Pattern:
    """'and the youngest, ', 'the eldest son, ', 'his brother, ' before a roll-call's name (the
    order words, child nouns and sibling openers of patterns ``children_in_order``)."""
    p = patterns()["children_in_order"]
    order, nouns = "|".join(map(re.escape, p["order_words"])), "|".join(map(re.escape, p["child_nouns"]))
    siblings = "|".join(map(re.escape, p["sibling_openers"]))
    return re.compile(rf"(?:and\s+)?(?:the\s+(?:{order})(?:\s+(?:{nouns}))?,\s+|(?:his|her)\s+(?:(?:{order})\s+)?(?:{siblings}),\s+)?")


def _roll_call(ctx: _Ctx, nxt: SpacySpan, n: int) -> tuple[list[Entity], int]:
    """'... have four children. Clodagh, 42, is a solicitor; Eoin, 39, flew home ...; Siobhán,
    35, teaches ...; and the youngest, Pádraig, 30, keeps the home place going': a sentence of
    clauses set apart by semicolons, each opened by a name and an age, names the children, when
    there are exactly as many clauses as the count."""
    doc, text = ctx.doc, ctx.text
    sents = [s for s in _sentences(doc) if s.start >= nxt.start]
    last = 0
    while last + 1 < len(sents) and sents[last][-1].text == ";":
        last += 1  # (the parser may end a sentence at each semicolon)
    span = doc[nxt.start : sents[last].end] if sents else nxt
    # (or ", and" before the next name and age: "Kelly, 36, works in our billing team, and Darren,
    # 33, is a firefighter")
    cuts = [t.i for t in span if t.text == ";" or (t.text == "," and t.i + 2 < span.end and doc[t.i + 1].lower_ == "and"
                                                  and _aged_at(ctx, doc[t.i + 2].idx))]
    named: list[Entity] = []
    end = 0
    opener_rx = _roll_opener()
    for lo, hi in zip([span.start] + [c + 1 for c in cuts], cuts + [span.end], strict=True):
        part = doc[lo:hi]
        if not len(part):
            return [], 0
        at = part.start_char + len(text[part.start_char : part.end_char]) - len(text[part.start_char : part.end_char].lstrip())
        opener = opener_rx.match(text, at)
        at += len(opener.group(0)) if opener else 0
        hit = _aged_at(ctx, at)
        if hit is None or hit[1] in named:
            return [], 0
        named.append(hit[1])
        end = hit[0].end
    return (named, end) if len(named) == n and len(cuts) >= 1 else ([], 0)


def _aged_at(ctx: _Ctx, at: int) -> Optional[tuple]:
    """The person's name starting at ``at`` with an age after it (", 42,")."""
    hit = ctx.starting_at(at)
    return hit if hit is not None and re.match(r",\s+\d{1,3}\b", ctx.text[hit[0].end : hit[0].end + 6]) else None


def listed_after_colon(ctx: _Ctx, noun: Token, sent: SpacySpan) -> tuple[list[Entity], int]:
    """'The couple's brood arrived in what Tom calls "three instalments": Isla, 12, twin boys
    Rory and Finn, 8, and Maeve': the sentence's subject is the children, and the names after
    its colon are they (two at least)."""
    doc = ctx.doc
    colon = next((t for t in doc[noun.i + 1 : min(sent.end, noun.i + 20)] if t.text == ":"), None)
    if colon is None:
        return [], 0
    if colon.i == sent.end - 1:
        # the parser may end the sentence at the colon: the list is the next one
        nxt = next((s for s in _sentences(doc) if s.start >= sent.end), None)
        if nxt is not None:
            sent = doc[sent.start : nxt.end]
    named, end = _names_after(ctx, colon.i, sent, many=True, noun=noun)
    return (named, end) if len(named) >= 2 else ([], 0)


def _partner_pair(ctx: _Ctx, sent: SpacySpan, before: int) -> Optional[tuple[Entity, Entity]]:
    """'Chidi Eze, his partner, Hannah Lowe, and their two sons': a possessed partner noun
    (patterns key ``household_partners``) earlier in the sentence pairs its owner with the name
    after it, for this 'their' only; no spouse, and no 'the couple' later on."""
    words = set(patterns()["household_partners"]["words"])
    for tok in ctx.doc[sent.start : before]:
        if tok.lower_ not in words:
            continue
        poss = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in POSSESSIVES]
        own = ctx.covering(poss[0].idx, _tok_end(poss[0])) if poss else None
        named, _ = _names_after(ctx, tok.i, sent, many=False)
        if own is not None and len(named) == 1 and _named(own[1]) and named[0] is not own[1]:
            return own[1], named[0]
    return None


def joint_possessor(ctx: _Ctx, q: Token, owners: list[Entity], sent: SpacySpan, child: bool = False) -> Optional[Entity]:
    """'Brendan and Teresa's two children': the partner named before 'and' owns the kin noun too,
    though the parser leaves the first name out of the possessive (only two the facts so far
    make spouses or parents of one child). With ``child`` (a child's kin noun), also a couple
    named together with one surname: 'Kaizad and Shirin Contractor's twins' are both's."""
    if child and q.i - 1 >= sent.start and q.doc[q.i - 1].lower_ != "and":
        return _surname_pair_possessor(ctx, q, owners, sent)
    if q.i - 2 < sent.start or q.doc[q.i - 1].lower_ != "and":
        return None
    left = q.doc[q.i - 2]
    hit = ctx.covering(left.idx, _tok_end(left))
    if hit is None or hit[0].end != _tok_end(left) or hit[1] is owners[0] or hit[1].type != "PERSON":
        return None
    return hit[1] if partners(ctx, (hit[1], owners[0])) else None


def _surname_pair_possessor(ctx: _Ctx, q: Token, owners: list[Entity], sent: SpacySpan) -> Optional[Entity]:
    """The one-word name before 'and' and the possessor's full name ('Ravi and Shirin Mehta's'),
    when the entity stage gave the first the second's surname (the pair named together)."""
    own = ctx.covering(q.idx, _tok_end(q))
    if own is None or own[1] is not owners[0] or own[0].kind != "name" or " " not in own[1].name:
        return None
    doc = q.doc
    k = q.i
    while k > sent.start and doc[k - 1].idx >= own[0].start:
        k -= 1
    if k - 2 < sent.start or doc[k - 1].lower_ != "and" or doc[k].idx != own[0].start:
        return None
    left = doc[k - 2]
    hit = ctx.covering(left.idx, _tok_end(left))
    if hit is None or hit[0].start != left.idx or hit[0].end != _tok_end(left) or hit[1] is owners[0]:
        return None
    return hit[1] if hit[1].name.split()[-1] == own[1].name.split()[-1] and hit[1].name != own[1].name else None


def partners(ctx: _Ctx, pair: tuple[Entity, Entity]) -> bool:
    """Whether the facts so far make the two spouses or the parents of one child: no 'their
    father' is theirs ('X had been married to Y ... X's sister, Z, said ... their father, W')."""
    a, b = pair
    if frozenset((a.id, b.id)) in ctx.wed:
        return True
    kids: dict[str, set[str]] = {a.id: set(), b.id: set()}
    for f in ctx.facts.values():
        if f.relation == "spouse" and {f.subject, f.object} == {a.id, b.id}:
            return True
        if f.relation == "child" and f.subject in kids and f.object is not None:
            kids[f.subject].add(f.object)
    return bool(kids[a.id] & kids[b.id])


def _rule_children_in_order(ctx: _Ctx) -> None:
    """Children introduced one by one after a count or a first one: 'Their eldest, X, ...; the
    youngest, Y' and 'The couple have two sons. The eldest, Rafe' (the parents of the child or
    count said last, this sentence or the one before); 'his sister, Z' between them is the
    same parents' child. Words: patterns key ``children_in_order``."""
    p = patterns()["children_in_order"]
    order, nouns, ordinals = set(p["order_words"]), set(p["child_nouns"]), set(p["ordinals"])
    in_order = re.compile(r"\b(?:" + "|".join(sorted(order)) + r")(?:\s+(?:" + "|".join(sorted(nouns)) + r"))?,", re.I)
    sents = _sentences(ctx.doc)
    cols = columns(ctx.doc)
    lower, words, toks = cols.lower, cols.text, tokens_of(ctx.doc)  # no Token per word walked
    # Only an ordinal, "another", an order word or a comparative can open such a child (the
    # tests below skip every other word): their indices once, sliced per sentence, instead of
    # a step per word of the article.
    opening = tokens_in(ctx.doc, "lower", ordinals | order | {"another", "elder", "younger"})
    children, siblings = _FactsIn(ctx, "child"), _FactsIn(ctx, "sibling")
    for n, sent in enumerate(sents):
        since = sents[n - 1].start_char if n else sent.start_char
        listed: list[tuple[list[Entity], Optional[Entity]]] = []
        for i in opening[bisect_left(opening, sent.start) : bisect_left(opening, sent.end)]:
            # ("A second son, Mr Ong Kah Leong, died in 2004", "Another daughter, Ruth": one
            # more child of the same parents, with its child noun)
            more = (lower[i] in ordinals and i > sent.start and lower[i - 1] in ("a", "the")) or lower[i] == "another"
            if more and not (i + 1 < sent.end and lower[i + 1] in nouns):
                continue
            # ("two daughters, the younger of them, Lucia": a comparative too, before "of them")
            compared = lower[i] in ("elder", "younger") and i + 2 < sent.end and lower[i + 1] == "of" and lower[i + 2] in ("whom", "them")
            if not more and (i == sent.start or (lower[i] not in order and not compared) or lower[i - 1] != "the"):
                continue
            tok = noun = toks[i]
            if i + 1 < sent.end and lower[i + 1] in nouns:
                noun = toks[i + 1]
            plural = not more and i + 1 < sent.end and lower[i + 1] in _PLURAL_CHILD_NOUNS
            if plural:
                noun = toks[i + 1]  # ("The younger children, Yaw Asante, 45, ..., and Esi Asante": each of them)
            of_whom = noun.i + 3 < sent.end and lower[noun.i + 1] == "of" and lower[noun.i + 2] in ("whom", "them") and words[noun.i + 3] == ","
            if of_whom:
                noun = toks[noun.i + 2]  # "three children, the youngest of whom, Ada, 12"
            if noun.i + 1 >= sent.end or words[noun.i + 1] != ",":
                continue  # "the youngest member, Kit Ames": no child
            # (of whom: of the count said right there, or of nobody; and of parents named in this
            # sentence or the one before, not of a couple "the couple" was taken for further back)
            owners = _order_owners(ctx, tok.idx, sent.start_char if of_whom else since)
            if of_whom and not all(any(since <= m.start < sent.end_char for m in o.mentions) for o in owners):
                continue
            # (a definite one only: "They lost a fifth child" adds one to the four counted)
            rank = _ORDINAL_RANK.get(lower[i], 0) if i > sent.start and lower[i - 1] == "the" else 0
            if owners and rank and not _count_reaches(ctx, owners, rank):
                owners = []  # ("is the father of two sons ... The third child, Dr X": no third of two)
            if not owners and not of_whom:
                owners = _open_count_owners(ctx, tok.idx, rank, ordinal=more or rank > 0)
            named, end = _names_after(ctx, noun.i, sent, many=plural)
            if plural:
                _children_of_count(ctx, owners, named, ctx.doc[tok.i - 1].idx, end)
                continue
            start = ctx.doc[tok.i - (lower[tok.i] != "another")].idx
            if not named and not more and i - 2 > sent.start and words[i - 2] == ",":
                # ("The elder, K. Venkatesan, ...; Raghunathan, the younger, ran the business": the
                # name set off before the order word)
                k = i - 3
                if k - 2 > sent.start and toks[k].like_num and words[k - 1] == ",":
                    k -= 2  # ("Mrs Abena Owusu, 49, the eldest daughter,": past the age)
                before = ctx.covering(toks[k].idx, _tok_end(toks[k]))
                # (of the sex the count said: "had two sons" is no "Priya Raghunathan, the younger")
                counted = re.findall(r"\b(sons|daughters)\b", ctx.text[since : tok.idx], re.I)
                sex = {"sons": "male", "daughters": "female"}.get(counted[-1].lower()) if counted else None
                if before is not None and before[1].type == "PERSON" and before[0].end == _tok_end(toks[k]) \
                        and before[1].gender in (None, sex or before[1].gender):
                    named, end, start = [before[1]], _tok_end(noun), before[0].start
            if len(named) != 1 or not owners or named[0] in owners:
                continue
            if any(f.relation == "child" and f.object == named[0].id for f in ctx.facts.values()):
                continue  # ("and the youngest, Pádraig, 30" in a roll-call of a couple's children: theirs already)
            for o in owners:
                ctx.add("child", o, start, end, obj=named[0], confidence=LIKELY)
            ctx.add_gender(named[0], patterns()["kinship"].get(noun.lower_, {}).get("gender"), tok.idx, end, LIKELY)
        # "Their eldest, X, leads it; his sister, Y, plays viola": the sister of a child listed
        # here is the same parents' child (only in a sentence that lists children in order:
        # not "his sons X (the eldest son and heir) and his brothers Y and Z")
        here = children.within(sent.start_char, sent.end_char)
        if not any(in_order.search(f.evidence.text) for f in here):
            continue
        for f in here:
            parent = _entity(ctx, f.subject)
            if parent is not None:
                listed.append(([parent], _entity(ctx, f.object)))
        for f in siblings.within(sent.start_char, sent.end_char):
            for parents, child in listed:
                if child is None or child.id not in (f.subject, f.object):
                    continue
                other_id = f.object if f.subject == child.id else f.subject
                other = _entity(ctx, other_id)
                for o in parents:
                    if other is not None and other is not o:
                        ctx.add("child", o, f.evidence.start, f.evidence.end, obj=other, confidence=LIKELY)


class _FactsIn:
    """The facts of one relation whose evidence starts in a range, in ``ctx.facts``' order, for
    a rule that only adds facts (never drops one): those added since the last call are the
    dict's last ones. A walk over every fact per sentence was quadratic in a long article."""

    def __init__(self, ctx: _Ctx, relation: str) -> None:
        self.ctx, self.relation = ctx, relation
        self.seen = 0
        self.items: list[tuple[int, int, Fact]] = []  # (evidence start, place in the dict, fact)

    def within(self, start: int, end: int) -> list[Fact]:
        facts = self.ctx.facts
        if len(facts) < self.seen:  # (dropped after all: read them all again)
            self.seen, self.items = 0, []
        if len(facts) > self.seen:
            added = islice(reversed(facts.values()), len(facts) - self.seen)
            for place, f in zip(range(len(facts) - 1, self.seen - 1, -1), added, strict=True):
                if f.relation == self.relation:
                    insort(self.items, (f.evidence.start, place, f), key=lambda x: x[:2])
            self.seen = len(facts)
        lo = bisect_left(self.items, start, key=lambda x: x[0])
        hi = bisect_left(self.items, end, key=lambda x: x[0])
        return [f for _, _, f in sorted(self.items[lo:hi], key=lambda x: x[1])]


_SEXED = {"girls": "female", "daughters": "female", "sisters": "female", "boys": "male", "sons": "male", "brothers": "male"}


def genders_in_order(noun: Token, listed: int, kin: dict) -> list[Optional[str]]:
    """The gender of each of the ``listed`` names a kin noun leads: the noun's own ('three
    daughters, Isla, Maeve and Nell'), or, where a kin noun of the other sex is joined to it ('two
    sons and a daughter: Tom, Ivor and Gwen'), each count's in the order written, when the counts
    add up to the names; otherwise none (which name is the daughter is not said)."""
    kin_lex = patterns()["kinship"]

    def other_sex(a: Token, b: Token) -> bool:
        # two kin nouns of two sexes with only 'and', an article or a count between: one list
        # follows both ("two daughters, A and B, and a son, C" names each noun's own)
        ga, gb = (kin_lex.get(t.lower_, {}).get("gender") for t in (a, b))
        return None not in (ga, gb) and ga != gb and b.head.i == a.i and b.dep_ == "conj" \
            and all(t.lower_ == "and" or t.pos_ in ("DET", "NUM") for t in a.doc[a.i + 1 : b.i])

    pair = next(((noun, c) for c in noun.children if other_sex(noun, c)), None) or (
        (noun.head, noun) if other_sex(noun.head, noun) else None)
    if pair is None:
        # ("three children, all girls, Leila, 12, ...": every one of them)
        d = noun.doc
        every = noun.i + 3 < len(d) and d[noun.i + 1].text == "," and d[noun.i + 2].lower_ in ("all", "both") and d[noun.i + 3].lower_ in _SEXED
        return [_SEXED[d[noun.i + 3].lower_] if every else kin.get("gender")] * listed
    counts = [_count_or_one(n) for n in pair]
    if None in counts or sum(c for c in counts if c is not None) != listed:
        return [None] * listed
    return [kin_lex[pair[0].lower_]["gender"]] * (counts[0] or 0) + [kin_lex[pair[1].lower_]["gender"]] * (counts[1] or 0)


def _count_or_one(noun: Token) -> Optional[int]:
    """'two sons' 2, 'a daughter' 1, 'sons' unknown."""
    if noun.tag_ in ("NN", "NNP"):
        return 1
    nums = [token_number(c) for c in noun.children if c.dep_ == "nummod"]
    return nums[0] if nums else None


def two_sexes(first: str, second: str) -> bool:
    """Whether two counted kin nouns add up: 'two sons and a daughter' is three, but in 'a
    daughter and two children' the children may include her, and 'two sons and a son' says
    nothing twice, so neither gives a total."""
    return {first.lower().rstrip("s"), second.lower().rstrip("s")} == {"son", "daughter"}


def children_in_count(m: re.Match) -> Optional[int]:
    """How many children a ``has_n_children`` match counts: 'two sons and a daughter' is three;
    'a son' alone counts no family ('has a son who ...' may have more); 'no children' none."""
    if m.group("multiple"):
        return patterns()["children_one_by_one"]["group_words"][m.group("multiple").lower()]
    if m.group(1).lower() == "no" or m.group(1).lower().startswith("never"):
        # "had no children" (not "no sons": a daughter may be had)
        # ("had no children in mind": an intent, not a family)
        in_mind = re.match(r"\s+in\s+mind\b", m.string[m.end() : m.end() + 12]) is not None
        return 0 if m.group(2).lower() in ("children", "kids") and m.group(3) is None and not in_mind else None
    first = 1 if m.group(1).lower() in ("a", "an") else number_value(m.group(1))
    if m.group(3) is None:
        return None if m.group(1).lower() in ("a", "an") else first
    if not two_sexes(m.group(2), m.group(0).split()[-1]):
        return None  # ("four children and a son", "two sons and a son": no two sexes to add up)
    second = 1 if m.group(3).lower() in ("a", "an") else number_value(m.group(3))
    return first + second if first is not None and second is not None else None


def shared_children(ctx: _Ctx, a: Entity, b: Entity, n: int, start: int, end: int) -> None:
    """'Sadly missed by his sons Sean and Declan, daughter Una ... He married Bridie in 1966, and
    the couple reared three children': when a couple's count is exactly the number of children
    the text has named for one of them and it names none for the other, they are the same
    children. (A count that differs leaves room for a child from another marriage.)"""
    kids = {x.id: {f.object for f in ctx.facts.of("child", x.id) if f.object} for x in (a, b)}
    for have, lack in ((a, b), (b, a)):
        if len(kids[have.id]) == n and not kids[lack.id] and lack.id not in kids[have.id]:
            for e in ctx.entities:
                if e.id in kids[have.id]:
                    ctx.add("child", lack, start, end, obj=e, confidence=LIKELY)


def _other_surname(a: Entity, b: Optional[Entity]) -> bool:
    """'The groom's sister, Elena Brandt' of Owen Calloway: a sibling by another surname may be
    a half-sibling (or married), so no count covers her."""
    if b is None:
        return True
    x, y = a.name.split(), b.name.split()
    return len(x) > 1 and len(y) > 1 and x[-1] != y[-1]


def _rule_counted_siblings(ctx: _Ctx) -> None:
    """'Orla is the youngest of four children of Declan and Bernie. Her brothers, Ciaran and
    Eoin, ...; her sister, Niamh': when the count that made someone a couple's child leaves room
    for exactly the siblings the text names for that child, they are the couple's children
    too. (A count that differs leaves room for a half-sibling.)"""
    facts = list(ctx.facts.values())
    counts = {(f.subject, f.evidence.start, f.evidence.end): f.value for f in facts if f.relation == "number_of_children"}
    for child in ctx.entities:
        parents = [f for f in facts if f.relation == "child" and f.object == child.id]
        # the count said where the parents were: "the youngest of four children of X and Y"
        said = {counts.get((f.subject, f.evidence.start, f.evidence.end)) for f in parents}
        if not parents or len(said) != 1 or None in said:
            continue
        sibs = {f.object if f.subject == child.id else f.subject: f for f in facts
                if f.relation == "sibling" and child.id in (f.subject, f.object)}
        n = said.pop()
        if not isinstance(n, int) or len(sibs) != n - 1 or any(_other_surname(child, _entity(ctx, s)) for s in sibs):
            continue
        for p in parents:
            parent = _entity(ctx, p.subject)
            for sib_id, f in sibs.items():
                sib = _entity(ctx, sib_id)
                if parent is not None and sib is not None and sib is not parent:
                    ctx.add("child", parent, f.evidence.start, f.evidence.end, obj=sib, confidence=LIKELY)


def children_listed_before(ctx: _Ctx, pos: int, since: int) -> list:
    """'She leaves four children: A; B; C; and D. Their eldest brother, E, died in 2015': the
    children that one list just gave a parent, when the list comes after ``since`` (the two
    siblings named before it, whom a sibling noun's 'their' would mean otherwise)."""
    by_id = {e.id: e for e in ctx.entities}
    groups: dict[tuple[str, int], list] = {}
    for f in ctx.facts.values():
        if f.relation == "child" and f.object in by_id and since < f.evidence.start and f.evidence.end <= pos \
                and pos - f.evidence.start <= COUPLE_REACH:
            kids = groups.setdefault((f.subject, f.evidence.start), [])
            if by_id[f.object] not in kids:
                kids.append(by_id[f.object])
    if not groups:
        return []
    latest = max(groups, key=lambda k: k[1])
    return groups[latest] if len(groups[latest]) >= 2 else []


def married_here(ctx: _Ctx, sent: SpacySpan, before: int) -> list[Entity]:
    """'Ms Carvalho is married to a winemaker from Toro, 46, and they have two daughters': the
    people a marriage earlier in the sentence joins, the subject and a named partner, for a
    'they' after it (a partner the text does not name is no entity: the subject alone)."""
    for tok in ctx.doc[sent.start : before]:
        if tok.lower_ != "married":
            continue
        # ("is married to": a passive participle, or an adjective the copula takes)
        if tok.tag_ == "VBN" and any(c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" for c in tok.children):
            holder = tok
        elif tok.dep_ == "acomp" and tok.head.lemma_ == "be":
            holder = tok.head
        else:
            continue
        subj = [hit[1] for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")
                for hit in [ctx.covering(c.idx, _tok_end(c))] if hit is not None and hit[1].type == "PERSON"]
        if len(subj) != 1:
            continue
        partners = [hit[1] for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"
                    for hit in [ctx.covering(o.idx, _tok_end(o))] if hit is not None and hit[1].type == "PERSON" and hit[1] is not subj[0]]
        return subj + partners[:1]
    return []
