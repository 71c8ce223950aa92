"""Whose relative a kin noun names: the possessive or name before it ('her son', 'Tom Hale,
his wife,', 'Nair, whose husband'), the of-phrase after it ('the daughter of A and B'), the
subject of a survivor verb ('leaves a wife') or of 'have' ('X and Y have two children'). The
relatives themselves are found in ``kinship``."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from dateline.extractors.facts.barekin import bare_kin_owner
from dateline.extractors.facts.brothergroups import family_group_before
from dateline.extractors.facts.childruns import counted_parents
from dateline.extractors.facts.childverbs import children_verb, left_with, with_spouse
from dateline.extractors.facts.context import (
    APOSTROPHE_S,
    COUPLE_WORDS,
    LIKELY,
    PERSON,
    PLURAL_PRONOUNS,
    POSSESSIVES,
    SURE,
    _conjuncts,
    _Ctx,
    _family_name,
    _named,
    _resolve,
    _tok_end,
    patterns,
)
from dateline.extractors.facts.described import _parent_described
from dateline.extractors.facts.kinlists import (
    _partner_pair,
    children_listed_before,
    joint_possessor,
    married_here,
    partners,
)
from dateline.extractors.facts.namelists import _names_after, item_before
from dateline.extractors.facts.patronyms import patronymic_couple
from dateline.extractors.facts.subjects import _subject_tokens, _subjects
from dateline.extractors.facts.survivorgap import survivors_parents
from dateline.extractors.facts.whoseowner import _whose
from dateline.model import Entity, Mention


def _skip_left(doc: Doc, i: int, floor: int) -> int:
    """Index of the first token left of ``i`` that is not a modifier such as
    'late', 'eldest', 'two', '34-year-old', 'new'."""
    j = i - 1
    steps = 0
    while j >= floor and steps < 6 and (
        doc[j].pos_ in ("ADJ", "NUM") or doc[j].text in ("-", "year", "years", "old", "own") or doc[j].lower_ in ("new", "late", "only", "born")
        or doc[j].ent_type_ == "ORDINAL"  # ("their second-born daughter")
    ):
        j -= 1
        steps += 1
    return j


def _name_before_and(ctx: _Ctx, j: int, sent: SpacySpan, spouse_noun: bool = False) -> Optional[tuple[Mention, Entity]]:
    """The name right before 'and' at ``j - 1`` (a life span in parentheses may follow the
    name): 'Meier Bernheimer (1801 - 1870) and his wife'. Before a spouse noun, also past a
    comma, when the text gave the name the possessive's gender: 'his son, Robert Becker, and
    his wife, Linda' (the son's wife: an obituary names the dead man's own wife first)."""
    doc = ctx.doc
    k = j - 1
    if k <= sent.start or doc[k].lower_ != "and":
        return None
    k -= 1
    if spouse_noun and k > sent.start and doc[k].text == ",":
        hit = ctx.ending_at(_tok_end(doc[k - 1]))
        wanted = {"his": "male", "her": "female"}.get(doc[j].lower_)
        return hit if hit is not None and hit[1].gender is not None and hit[1].gender == wanted else None
    if doc[k].text == ")":
        while k > sent.start and doc[k].text != "(":
            k -= 1
        k -= 1
    if k < sent.start:
        return None
    hit = ctx.ending_at(_tok_end(doc[k]))
    if hit is None:
        return None
    if hit[1].gender is not None and hit[1].gender != {"his": "male", "her": "female"}.get(doc[j].lower_, hit[1].gender):
        # "Predeceased by his wife Bridie and his brother Michael": 'his' cannot be the wife's;
        # ("his sons Dara and his younger brothers Murad": it may be the son's, so no more than
        # the gender decides)
        return None
    return hit


def _own_kin_after(ctx: _Ctx, end: int) -> bool:
    """A name followed by a kin noun of its own ("and Eleanor, daughter of Mrs Rachel Whitby"):
    someone else's relative, not a second parent of the child before."""
    kin = patterns()["kinship"]
    m = re.match(r",\s+(?:(?:the|an?|only|elder|eldest|younger|youngest|second|third)\s+){0,2}([a-z]+)\s+of\b", ctx.text[end : end + 50])
    return m is not None and m.group(1) in kin


def _name_before_comma(ctx: _Ctx, tok: Token, j: int, sent: SpacySpan) -> Optional[tuple[Mention, Entity]]:
    """'Tom Hale, his wife, Ann Hale, and his brother': a list of people where the possessive
    is the name's before it. Only when the kin noun names someone after it: in 'with Ann Roe,
    his wife,' Ann Roe is the wife."""
    doc = ctx.doc
    if j - 2 < sent.start or doc[j - 1].text != "," or tok.i + 2 >= sent.end or doc[tok.i + 1].text != ",":
        return None
    if ctx.starting_at(doc[tok.i + 2].idx) is None:
        return None
    k = j - 4 if j - 4 >= sent.start and doc[j - 2].like_num and doc[j - 3].text == "," else j - 2  # "Tom Hale, 41, his wife"
    if _kin_list_item(doc, k, sent):
        return None  # "survived by her sons, Ian and David, her daughter, Carol": the list's owner
    return ctx.ending_at(_tok_end(doc[k]))


def _kin_list_item(doc: Doc, k: int, sent: SpacySpan) -> bool:
    """The name ending at token ``k`` is an item of a list a possessed kin noun opened ("her
    sons, Ian and David"): only names, commas, ages and "and" back to the kin noun."""
    kin = patterns()["kinship"]
    for i in range(k, max(sent.start, k - 10) - 1, -1):
        t = doc[i]
        low = t.lower_
        if low in kin or (low.endswith("s") and low[:-1] in kin) or low in ("children", "grandchildren"):
            return i > sent.start and doc[i - 1].lower_ in ("his", "her", "their") or any(
                c.dep_ == "poss" for c in t.children)
        if not (t.pos_ == "PROPN" or t.text in (",", "and") or t.like_num):
            return False
    return False


# between a name and the description apposed to it: an age, or an age or life span in brackets
# ("Dawie Fourie (1936-2022), a charter member, whose widow")
def _conjoined_people(ctx: _Ctx, first: Mention, sent: SpacySpan) -> list[tuple[Entity, int]]:
    """People conjoined to the name ``first`` in the parse: 'A and B', 'A, a painter, and B',
    'A and his wife B' (the kin noun's own name)."""
    span = ctx.doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None:
        return []
    out = []
    for c in span.root.conjuncts:
        if c.i <= span.root.i or not (sent.start <= c.i < sent.end):
            continue
        hit = ctx.covering(c.idx, _tok_end(c))
        if hit is not None and _named(hit[1]) and hit[0].kind in ("name", "surname", "firstname"):
            if not _own_kin_after(ctx, hit[0].end):
                out.append((hit[1], hit[0].end))
        elif c.lower_ in patterns()["kinship"]:
            named, end = _names_after(ctx, c.i, sent, many=False)
            out += [(e, end) for e in named]
    return out


def _couple_named_here(ctx: _Ctx, sent: SpacySpan, their: Token) -> Optional[tuple[Entity, Entity]]:
    """'Donald had a heart scare, so their son Graham now rides along': the one couple, noted
    anywhere before, of which the sentence names a member before 'their'."""
    here = {e.id for m, e in ctx.mentions if sent.start_char <= m.start < their.idx and m.kind in ("name", "firstname", "surname")}
    found = {frozenset((a.id, b.id)): (a, b) for at, (a, b) in ctx.couples if at < their.idx and (a.id in here or b.id in here)}
    return next(iter(found.values())) if len(found) == 1 else None


def _family_named_before(ctx: _Ctx, sent: SpacySpan, their: Token) -> Optional[tuple[Entity, Entity]]:
    """'The Rennies, who married in 1969, were not in court. Their daughter, Fiona': the family
    the sentence or the one before calls by its plural surname is the couple noted with a member
    of that surname (the last such), not a couple named since elsewhere."""
    doc = ctx.doc
    # (the family the sentence before, or this one, opens on: not "who have woven for the
    # Alvarados", a family named as somebody's employer)
    opens = [s for s in ((doc[sent.start - 1].sent,) if sent.start > 0 else ()) + (sent,)]
    families = [m.group(1) for s in opens for m in [_FAMILY_PLURAL.match(ctx.text, s.start_char)] if m is not None and m.start() < their.idx]
    if not families:
        return None
    plural = families[-1]
    found = [(a, b) for at, (a, b) in ctx.couples if at < their.idx
             and any(e.name.split()[-1] + "s" == plural or e.name.split()[-1] + "es" == plural for e in (a, b) if e.name.split())]
    return found[-1] if found else None


# "The Rennies", "the Ashworths": a family by its plural surname
_FAMILY_PLURAL = re.compile(r"\s*[\"“]?The\s+([A-Z][a-z'’-]+s)\b")


# "his son Emeka and daughter-in-law Grace": a child and that child's spouse, named together
_CHILD_AND_IN_LAW = re.compile(r"\b(?:son|daughter)\s+(?:[A-Z][\w'’-]+\s+)*?(?P<a>[A-Z][\w'’-]+)\s+and\s+(?:(?:his|her|their)\s+)?"
                               r"(?:daughter|son)-in-law,?\s+(?P<b>[A-Z][\w'’-]+)")


def _child_and_in_law(ctx: _Ctx, sent: SpacySpan, their: Token) -> Optional[tuple[Entity, Entity]]:
    """'runs it with his son Emeka and daughter-in-law Grace; their children, Tobi and Ada': the
    child and the in-law the sentence names before 'their' are the children's parents."""
    # (the last such pair before it)
    got = next(reversed(list(_CHILD_AND_IN_LAW.finditer(ctx.text, sent.start_char, their.idx))), None)
    if got is None:
        return None
    a, b = ctx.covering(got.start("a"), got.end("a")), ctx.covering(got.start("b"), got.end("b"))
    return (a[1], b[1]) if a is not None and b is not None and a[1] is not b[1] else None


def _sibling_pair(ctx: _Ctx, pair: tuple[Entity, Entity]) -> bool:
    """The two were noted as siblings, not as a couple."""
    ids = {pair[0].id, pair[1].id}
    return any({a.id, b.id} == ids for _, (a, b) in ctx.siblings) and not any({a.id, b.id} == ids for _, (a, b) in ctx.couples)


def _post_holder(ctx: _Ctx, noun: Token, exclude: Entity) -> Optional[Entity]:
    """'The founder's widow': the one person given that post or job before, by a fact already
    read ('The firm was founded by ... Goh Boon Kiat'), when the noun has 'the' and no other
    word."""
    if [c.lower_ for c in noun.children if c.i < noun.i] != ["the"]:
        return None
    holders = {f.subject for rel in ("title", "occupation") for f in ctx.facts.values()
               if f.relation == rel and f.evidence.start < noun.idx and str(f.value).lower().split()[-1:] == [noun.lower_]}
    holders.discard(exclude.id)
    if len(holders) != 1:
        return None
    return next((e for e in ctx.entities if e.id in holders), None)


TITLED_NAMES = ("name", "surname", "firstname", "title")


# a possessive, a lower-case noun phrase of a few words, a comma, a capitalised name: "Rebane's
# training partner, Margus Lepik"
_OWNED_THEN_NAMED = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+[A-Z]")


def _kin_owners(ctx: _Ctx, tok: Token, sent: SpacySpan) -> tuple[list[Entity], int, int, float]:
    """Whose relative the kin noun names, and the stretch of text that says so."""
    doc = ctx.doc
    end = _tok_end(tok)
    settled = ctx.kin_owner_at.get(tok.idx)
    if settled is not None:
        return [settled], tok.idx, end, SURE
    j = _skip_left(doc, tok.i, sent.start)
    if j >= sent.start:
        p = doc[j]
        low = p.lower_
        item = item_before(ctx, j, sent) if low in ("his", "her") and patterns()["kinship"].get(tok.lower_, {}).get("relation") == "sibling" else None
        if item is not None:
            return [item[1]], item[0].start, end, LIKELY
        named_before = (_name_before_and(ctx, j, sent, patterns()["kinship"].get(tok.lower_, {}).get("relation") == "spouse") or _name_before_comma(ctx, tok, j, sent)) if low in ("his", "her") else (
            _whose(ctx, j, sent) if low == "whose" else None)
        if low == "whose" and j - 1 >= sent.start and doc[j - 1].lower_ in COUPLE_WORDS:
            # "Ivan and Marta Novak, a couple whose son, Luka": the pair just named
            pair = ctx.couple_before(doc[j - 1].idx)
            if pair:
                return list(pair), doc[j - 1].idx, end, LIKELY
        if named_before is not None:
            # "the son of A (1820 – 88) and his wife B": the possessive is A's
            return [named_before[1]], named_before[0].start, end, SURE
        pair = None
        gap = survivors_parents(ctx, sent) if low == "their" and patterns()["kinship"].get(tok.lower_, {}).get("relation") == "child" else None
        if gap:
            return gap, p.idx, end, LIKELY
        if low == "their":
            relatives, _ = _names_after(ctx, tok.i, sent, many=False)
            relation = (patterns()["kinship"].get(tok.lower_) or patterns()["kinship_when_owned"][tok.lower_])["relation"]
            parent = relation == "parent"
            surname = relatives[0].name.split()[-1] if relatives and " " in relatives[0].name and parent else None
            # (a child's 'their' is a couple's, never two siblings': "Donald's brother, Hamish ...
            # their son Graham" is Donald and his wife's)
            child = relation == "child"
            # ("the couple's twin daughters, A and B ... Their younger brother, Ruan": a sibling
            # noun's 'their' is two siblings', never a couple's)
            sibling = relation == "sibling"
            pair = (ctx.pair_before(p.idx, keep=lambda pr: _sibling_pair(ctx, pr)) if sibling else None) or _partner_pair(ctx, sent, p.i) or (_couple_named_here(ctx, sent, p) if child else None) or (
                _family_named_before(ctx, sent, p) if child else None) or (
                _child_and_in_law(ctx, sent, p) if child else None) or ctx.pair_before(p.idx, surname, keep=(lambda pr: not partners(ctx, pr)) if parent else (
                (lambda pr: not _sibling_pair(ctx, pr)) if child else None))
            if pair is not None and child and (run := counted_parents(ctx, pair, p.idx)) is not None:
                pair = run
            if pair is not None and child and any(e in relatives for e in pair):
                # ("Sarita is the widow of their second son, Bikash": no pair the son is one of)
                pair = ctx.pair_before(p.idx, surname, keep=lambda pr: not _sibling_pair(ctx, pr) and not any(e in relatives for e in pr))
        if low == "their" and sibling:
            # ("... four children: A; B; C; and D. Their eldest brother": the children listed since)
            ids = {e.id for e in pair} if pair is not None else set()
            since = max((at for at, pr in ctx.siblings + ctx.couples if {e.id for e in pr} == ids), default=-1)
            listed = children_listed_before(ctx, p.idx, since)
            if listed:
                return listed, p.idx, end, LIKELY
        if low == "their" and parent and pair is None and (members := family_group_before(ctx, p.idx)):
            return members, p.idx, end, LIKELY  # ("A, B and C Kila grew up ... Their father, Boio Kila")
        if pair is not None:
            # "His brother, George Penn ... Their mother": the two just named
            return list(pair), p.idx, end, LIKELY
        if low in POSSESSIVES:
            # "their son" may itself be the relative's descriptor mention: only a mention of
            # the possessive alone names the owner
            own = ctx.covering(p.idx, _tok_end(p))
            if own is not None and own[0].end >= _tok_end(tok):
                own = None
            owners = [own[1]] if own else _resolve(ctx, p, direct_only=True) or (
                list(ctx.couple_before(p.idx) or ()) if low in PLURAL_PRONOUNS else [])
            if owners:
                return owners, p.idx, end, SURE if own else LIKELY
        elif p.text in APOSTROPHE_S and j - 1 >= sent.start:
            q = doc[j - 1]
            if q.lower_ in COUPLE_WORDS:
                pair = patronymic_couple(ctx, tok, sent) or ctx.couple_before(q.idx)
                if pair:
                    return list(pair), q.idx, end, LIKELY
            elif q.lower_ in patterns()["sibling_group_words"]:
                # "the siblings' father, Piet Vance": the two named as brother and sister last
                pair = ctx.siblings_before(q.idx) or (ctx.twins_before(q.idx) if q.lower_ == "twins" else None)
                if pair:
                    # named again here: a "Their mother" next is theirs, not an earlier couple's
                    ctx.note_siblings(q.idx, *pair)
                    return list(pair), q.idx, end, LIKELY
            else:
                owners = []
                group = _conjuncts(q) if q.dep_ != "conj" else _conjuncts(q.head)
                for t in group:
                    own = ctx.covering(t.idx, _tok_end(t))
                    if own is not None and own[0].end >= _tok_end(tok):
                        # the possessor sits inside the relative's own descriptor
                        # ("Waters's son"): find who the name is by its surname
                        named = _by_surname(ctx, t.text, t.idx, exclude=own[1]) if t.pos_ == "PROPN" else _post_holder(ctx, t, exclude=own[1])
                        # ("The LeBlancs' only son, Paul LeBlanc": the couple of that surname)
                        family = [] if named else [e for e in _family_name(ctx, t, parents=_parent_noun(tok)) if e is not own[1]]
                        owners += [e for e in ([named] if named else family) if e not in owners]
                    else:
                        owners += [e for e in _resolve(ctx, t) if e not in owners]
                if len(owners) > 1 and patterns()["kinship"].get(tok.lower_, {}).get("relation") == "spouse":
                    # ("Lowrie and Ina's husband, Gibbie Morrison": one husband is one person's, the
                    # possessive's own, the name before "and" a second bearer)
                    owners = _resolve(ctx, q)[:1] or owners[-1:]
                joint = joint_possessor(ctx, q, owners, sent, child=_child_noun(tok)) if len(group) == 1 and len(owners) == 1 else None
                if joint is not None:
                    # (from the partner's name: "Kaizad and Shirin Contractor's twins")
                    first = next((m.start for m, e in ctx.mentions_from(sent.start_char) if e is joint and m.start < q.idx), doc[q.i - 2].idx)
                    if doc[q.i - 1].lower_ != "and":
                        _surname_couple(ctx, [joint, owners[0]], first, _tok_end(q))
                    return [joint, owners[0]], min(first, doc[q.i - 2].idx), end, SURE
                if owners:
                    start = min(t.idx for t in group if t.i <= q.i)
                    if len(group) == 2 and _child_noun(tok):
                        _surname_couple(ctx, owners, start, _tok_end(q))
                    return owners, start, end, SURE
        elif low == "and" and j - 1 >= sent.start and not (tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "of"):
            # ('son of A and younger brother of B': the second noun has its own owner, below)
            shared = _after_bare_kin(ctx, doc[j - 1], sent)
            if shared is not None:
                return shared[0], shared[1], end, shared[2]  # "with wife Noreen and son Patrick": his son too
            owners = _resolve(ctx, doc[j - 1])
            if owners:
                return owners[:1], doc[j - 1].idx, end, SURE
    # "the daughter of (former senator) Alan Pike"
    nxt = tok.i + 1
    if nxt + 1 < sent.end and doc[nxt].lower_ == "of":
        for k in range(nxt + 1, min(nxt + 12, sent.end)):  # "son of the actor and screenwriter X"
            # (further only as a name apposed to a longer description: "of the firm's former
            # senior partner, Gus Roe", ...
            # or after a second of-phrase: "the son of a rail dispatcher and of the late Yvette Roy")
            second_of = re.search(r"\band\s+of\s+(?:the\s+late\s+)?$", ctx.text[max(0, doc[k].idx - 20) : doc[k].idx]) is not None
            if k + 1 < sent.end and doc[k + 1].lower_ == "of" and (doc[k].lower_ in patterns()["kinship"] or (
                    doc[k].pos_ == "NOUN" and doc[k - 1].lower_ == "the" and doc[k - 2].lower_ == "and")):
                break  # "the son of a baker and the brother of Ian Hale": Ian is the brother's, not a parent
            # (a titled name too: "the wife of King Pandu", "the daughter of Dr Rao")
            hit = ctx.starting_at(doc[k].idx, kinds=TITLED_NAMES) if k < nxt + 8 or doc[k - 1].text == "," or second_of else None
            if hit is None and k == nxt + 1 and (mother := _unnamed_parents_spouse(ctx, doc[k].idx)) is not None:
                return [mother[1]], tok.idx, mother[0].end, LIKELY  # ("the son of a stonemason and his wife, Teresa")
            if hit and hit[0].kind == "title" and (len(hit[0].text.split()) < 2 or " and " in hit[0].text or "&" in hit[0].text):
                hit = None  # (not a couple's first title: "son of Mr and Mrs Giles Aykroyd", read below)
            if hit and ctx.text[hit[0].end : hit[0].end + 1] in ("'", "’"):
                if _OWNED_THEN_NAMED.match(ctx.text, hit[0].end):
                    continue  # ("the wife of Rebane's training partner, Margus Lepik": the name apposed to the partner)
                break  # "sister of Casanova's closest friend": the relative is the friend's
            if hit:
                # "the son of Grace Oyelaran and Felix Oyelaran"
                owners, end = [hit[1]], hit[0].end
                # (past an age: "the mother of Ben, 12, and Zoe, 9")
                # (or a second of-phrase: "the son of a rail dispatcher and of the late Yvette Roy")
                # (and past where the first lives: "the son of Dana Lowe of Montpelier and Peter Roe")
                home = _home_after(ctx, hit[0].end)
                # ("the only son of the late Mr Peter Ashdown and of Mrs Jane Ashdown": past her title)
                rest = re.match(r"(?:,\s+\d{1,3},?|\s+\(\d{1,3}\))?\s+and\s+(?:of\s+)?(?:the\s+late\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?", ctx.text[home : home + 40])
                if rest is not None:
                    other = ctx.starting_at(home + rest.end())
                    if other is not None and _own_kin_after(ctx, other[0].end):
                        other = None  # "Oliver, son of Mr and Mrs Simon Grant, of Edinburgh, and Eleanor, daughter of ...": the other party
                    if other is not None:
                        owners.append(other[1])
                        end = other[0].end
                # "the son of A, a Zambian engineer, and B", "of A (1820 – 88) and his wife B"
                spouse_words = [w for w, k in patterns()["kinship"].items() if k["relation"] == "spouse"]
                # ... also past an apposition and an ordinal: "of A, the fifth son of C, and his
                # thirteenth wife, B"
                # ... and past an age and a clause: "of A, 49, who runs the farm, and his wife, B"
                wife = re.match(r"\s*(?:\([^()]{1,60}\))?(?:,[^,;()]{1,60}){0,2},?\s+and\s+(?:of\s+)?(?:his|her)\s+(?:[a-z]+\s+)?(?P<kin>"
                                + "|".join(map(re.escape, spouse_words)) + r"),?\s+(?:the\s+)?(?:Lady\s+|Mrs\.?\s+)?",
                                ctx.text[hit[0].end : hit[0].end + 180])
                other = ctx.starting_at(hit[0].end + wife.end()) if wife else None
                if other is not None and other[1] not in owners and wife is not None:
                    owners.append(other[1])
                    end = other[0].end
                    ctx.kin_owner_at[hit[0].end + wife.start("kin")] = hit[1]
                for other_ent, other_end in _conjoined_people(ctx, hit[0], sent):
                    if other_ent not in owners:
                        owners.append(other_ent)
                        end = max(end, other_end)
                return owners, tok.idx, end, SURE
            if (doc[k].is_punct and doc[k].text != "-" and not (doc[k].text == "," and k > nxt + 2 and doc[k - 1].pos_ == "NOUN" and k + 1 < sent.end
                                         and ctx.starting_at(doc[k + 1].idx) is not None)) or (doc[k].pos_ in ("VERB", "AUX") and doc[k].dep_ != "amod"):
                break
    # "Jim Carter leaves a wife, Pam, and two daughters", "He is survived by a son, Eli"
    survivor = _survivor_verb(tok)
    if survivor is not None:
        owners = _subjects(ctx, survivor, couples=False)
        if len(owners) == 1:
            return owners, tok.idx, end, LIKELY
    # ("killed in a cave-in, leaving her with three sons": the one who died and the one left)
    left = left_with(tok)
    if left is not None and not any(c.dep_ == "poss" for c in tok.children):
        owners = _subjects(ctx, left[0], couples=False)
        kept = [e for e in _resolve(ctx, left[1]) if e.type in PERSON]
        if len(owners) == 1 and len(kept) == 1 and kept[0] is not owners[0]:
            return owners + kept, tok.idx, end, LIKELY
    # "X and Y have two children - A and B"
    verb = tok.head
    for _ in range(3):
        if children_verb(verb):
            they = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "they"]
            owners = (married_here(ctx, sent, they[0].i) if they else []) or _subjects(ctx, verb)
            if owners:
                subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                start = _subject_tokens(verb, subj[0])[0].left_edge.idx if subj and subj[0].i < verb.i else verb.idx
                subj_hit = ctx.covering(start, start + 1)
                if subj_hit is not None and subj_hit[0].start < start:
                    start = subj_hit[0].start  # the whole name, not just its head word
                partner = with_spouse(ctx, verb, owners) if len(owners) == 1 else None
                if partner is not None:
                    owners = owners + [partner]
                    start = min(start, next(c.idx for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"))
                return owners, start, end, SURE
            break
        if verb.head is verb:
            break
        verb = verb.head
    bare = bare_kin_owner(ctx, tok, sent)
    if bare is not None:
        return bare[0], bare[1], end, bare[2]
    return [], tok.idx, end, 0.0


def _after_bare_kin(ctx: _Ctx, last: Token, sent: SpacySpan) -> Optional[tuple[list[Entity], int, float]]:
    """The owner of the kin noun that introduces the name ending at ``last``, where that noun
    has no article or possessive ("with wife Noreen and son Patrick": the one they are with)."""
    hit = ctx.ending_at(_tok_end(last))
    if hit is None:
        return None
    k = last.i
    while k > sent.start and ctx.doc[k - 1].idx >= hit[0].start:
        k -= 1
    kin = ctx.doc[k - 1] if k > sent.start else None
    if kin is None or kin.lower_ not in patterns()["kinship"] or not kin.text.islower():
        return None
    return bare_kin_owner(ctx, kin, sent)


def _survivor_verb(tok: Token) -> Optional[Token]:
    """The 'leaves' or 'survived (by)' whose object the kin noun is, up a chain of
    conjuncts and appositions ('a wife, Pam, and two daughters'); patterns key
    ``survivor_verbs``."""
    verbs = {k: v for k, v in patterns()["survivor_verbs"].items() if k != "about"}
    if any(c.dep_ == "poss" for c in tok.children):
        return None  # "his wife" has its owner already
    t = tok
    for _ in range(5):
        if t.dep_ == "conj" and t.pos_ == "NOUN" and t.head.pos_ == "VERB" and verbs.get(t.head.lemma_.lower()) == "dobj" and t.head.i < t.i:
            return t.head  # ("He leaves Isa, 84, his wife of 61 years, and the four children": joined to the verb)
        if t.dep_ in ("conj", "appos") and t.head.i != t.i:
            t = t.head
            continue
        if t.dep_ == "dobj" and verbs.get(t.head.lemma_.lower()) == "dobj":
            return t.head
        if t.dep_ == "pobj" and t.head.dep_ == "agent" and verbs.get(t.head.head.lemma_.lower()) == "agent":
            return t.head.head
        if t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.dep_ == "conj":
            # "is survived by Marit, his wife, and by three children": a second "by" the parser
            # joins to the verb or to the first "by"
            verb = t.head.head.head if t.head.head.dep_ == "agent" else t.head.head
            if verbs.get(verb.lemma_.lower()) == "agent":
                return verb
        return None
    return None


_HOME = re.compile(r"\s+of\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?:,\s+[A-Z][\w.]*)?")


def _home_after(ctx: _Ctx, at: int) -> int:
    """The end of "of Montpelier" (", Vt." too) right after a name ending at ``at``: where the
    person lives, which no other person or organisation the text names is; else ``at``."""
    m = _HOME.match(ctx.text, at)
    if m is None:
        return at
    hit = ctx.starting_at(m.start(1))
    return at if hit is not None else m.end()


def _by_surname(ctx: _Ctx, word: str, before: int, exclude: Optional[Entity] = None) -> Optional[Entity]:
    """The person most recently named with this surname (or full name) before ``before``."""
    best = None
    for m, e in ctx.mentions:
        if m.start >= before:
            break
        if e.type in PERSON and e is not exclude and m.kind in ("name", "surname") and m.text.split()[-1] == word:
            best = e
    return best


def _parent_noun(tok: Token) -> bool:
    """'The Phelans' father': a parent's noun, whose family are the children, not a couple."""
    kin = patterns()["kinship"].get(tok.lower_) or {}
    return kin.get("relation") == "parent"


def _child_noun(tok: Token) -> bool:
    """'Kaizad and Shirin Contractor's twins': a child's noun, which a couple named together owns."""
    kin = patterns()["kinship"].get(tok.lower_) or patterns()["kinship_when_owned"].get(tok.lower_) or {}
    return kin.get("relation") == "child"


def _surname_couple(ctx: _Ctx, owners: list[Entity], start: int, end: int) -> None:
    """'Kaizad and Shirin Contractor's twins': two named together with one surname whose
    children they are, a married couple."""
    if len(owners) == 2 and owners[0].name != owners[1].name and " " in owners[0].name \
            and owners[0].name.split()[-1] == owners[1].name.split()[-1]:
        ctx.add("spouse", owners[0], start, end, obj=owners[1], confidence=LIKELY)


_PARENTS_SPOUSE = re.compile(r",?\s+and\s+(?:his|her)\s+(?P<kin>wife|husband),?\s+")


def _unnamed_parents_spouse(ctx: _Ctx, start: int) -> Optional[tuple[Mention, Entity]]:
    """'the son of a stonemason and his wife, Teresa': the named spouse of a parent the text
    describes only by a trade, herself the child's parent (the trade's own child fact is
    the unnamed parents' rule's)."""
    parent = ctx.starting_at(start, kinds=("descriptor",))
    if parent is None or not _parent_described(parent[1], ctx.text):
        return None
    wife = _PARENTS_SPOUSE.match(ctx.text, parent[0].end)
    if wife is None:
        return None
    other = ctx.starting_at(wife.end())
    if other is None or other[1] is parent[1]:
        return None
    ctx.kin_owner_at[wife.start("kin")] = parent[1]
    return other
