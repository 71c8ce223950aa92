"""An obituary's list of survivors, item by item after a semicolon: "She is survived by her
husband of 52 years, Dan; sons Mark (Lisa) and Paul; daughter Anne Burke (Tom); and five
grandchildren." Each item opens on a kin noun, with or without "her"/"his", and names the dead
person's relatives of that kind; a name in brackets after one of them is that relative's own
spouse (the US convention), never one of the dead person's children. The parser reads such a list as anything but a list, so it is read from the words."""

from __future__ import annotations

import re
from bisect import bisect_left

from dateline.extractors.facts.context import LIKELY, PERSON, _Ctx, _resolve, _sentences, number_value, patterns
from dateline.wordstart import ascii_lower, occurrences

# what opens the list: the dead person is the subject of the sentence it is in
_CUE = re.compile(r"\b(?:is|was|are|were)\s+(?:survived|mourned)\s+by\b|\bsurvivors\s+include\b|\bleaves\s+behind\b"
                  r"|\b[Ss]urviving\s+(?P<dead>him|her)\s+(?:are|is)\b"
                  r"|\b(?P<before>(?:was|were|is)\s+(?:preceded|predeceased)\s+in\s+death\s+by|(?:was|were|is)\s+predeceased\s+by)\b", re.I)
_CUE_WORDS = ("survived", "survivors", "leaves", "preceded", "predeceased", "mourned", "surviving")  # a word of every _CUE alternative: keep the two together
# an item's opening: "and", a possessive, then the kin noun, maybe after one word ("two sons",
# "stepdaughter", "late brother")
_OWN_KIN = re.compile(r",?\s+and\s+(?:his|her|their)\s+", re.I)
# ", and three sons:" inside an item: another kin noun, counted or not, opening a list
_NEXT_KIN = re.compile(r",?\s+and\s+(?:(?:his|her|their)\s+)?(?:[a-z-]+\s+)?(?P<kin>[a-z-]+):")
# ("; by a daughter from his first marriage, Jill Rowe; and by ...": 'by' again, an article)
_ITEM = re.compile(r"^\s*(?:and\s+)?(?:by\s+)?(?:(?:her|his|their|a|an)\s+)?(?P<w1>[a-z-]+)(?:\s+(?P<w2>[a-z-]+))?\b")


def _rule_survivor_lists(ctx: _Ctx) -> None:
    kin_lex = patterns()["kinship"]
    text = ctx.text
    # Every cue holds one of these words: an article with none of them in its lower-cased text
    # (the same as IGNORECASE where ascii_lower gives a text) is passed without the regex,
    # which tried its four openings at every word of it.
    low = ascii_lower(text)
    if low is not None and not any(w in low for w in _CUE_WORDS):
        return
    if _CUE.search(text, ctx.article.body_start) is None:
        return  # (most articles list no survivors: no sentence is read)
    for sent in _sentences(ctx.doc):
        s_text = sent.text
        cue = _CUE.search(s_text)
        if cue is not None and cue.group("before") and ";" not in s_text[cue.end():]:
            _predeceased(ctx, sent.start_char + cue.end(), sent.end_char)
            continue
        if cue is None or ";" not in s_text[cue.end():]:
            continue
        if cue.group("dead"):
            # "Surviving him are ...": whom the pronoun stands for
            at = sent.start_char + cue.start("dead")
            hit = ctx.covering(at, at + len(cue.group("dead")), PERSON)
            owner = hit[1] if hit is not None and hit[0].kind == "pronoun" else None
        else:
            owner = _dead_person(ctx, sent, cue.start()) or _obituary_subject(ctx, s_text[: cue.start()], sent.start_char)
        if owner is None:
            continue
        at = sent.start_char + cue.end()
        carry = None  # (the kin noun a list after a colon goes on naming: "three sons: A (64); B (61); and C")
        for piece in re.split(r";", text[at : sent.end_char]):
            start = at
            at += len(piece) + 1
            m = _ITEM.match(piece)
            if m is None:
                continue
            # ("...; and twins Kieran and Bernadette, 56" after "their five children:": twins
            # of each other, the dead person's children, which the list's own rule gives; "her
            # twin sister" reads the noun after)
            group = next((g for g in ("w1", "w2") if m.group(g) and m.group(g) not in ("twin", "twins")
                          and _kin_of(kin_lex, m.group(g))), None)
            if group is None:
                if carry is not None:
                    _add_named(ctx, carry, owner, start, start, start + len(piece))
                continue  # ("five grandchildren": no relation the facts hold)
            relation = _kin_of(kin_lex, m.group(group))
            # "his wife of 63 years, Kamla (86), and three sons: Arvind (64)": a second kin noun
            # before a colon opens a list of its own, which the next items go on with
            nxt = _NEXT_KIN.search(piece, m.end(group))
            nxt_relation = _kin_of(kin_lex, nxt.group("kin")) if nxt is not None else None
            if nxt is None or nxt_relation is None:
                nxt = None
                carry = relation if ":" in piece[m.end(group) :] else None
            else:
                carry = nxt_relation
                _add_named(ctx, nxt_relation, owner, start + nxt.start("kin"), start + nxt.end(), start + len(piece))
            # "his son, Robert Becker, and his wife, Linda": the item's own kin noun ends where a
            # possessive opens another, whose owner is the relative just named (kinowners.py)
            more = _OWN_KIN.search(piece, m.end(group))
            stop = min(x.start() for x in (more, nxt) if x is not None) if (more or nxt) else len(piece)
            for person, end in _named_in(ctx, start + m.end(group), start + stop):
                if person is not owner:
                    ctx.add(relation, owner, start + m.start(group), end, obj=person, confidence=LIKELY)
                    if relation != "spouse" and (partner := _bracketed_spouse(ctx, end, start + len(piece))) is not None:
                        ctx.add("spouse", person, start + m.start(group), partner[1], obj=partner[0], confidence=LIKELY)
                    if cue.group("before"):
                        # "preceded in death by ... a son, Larry, in 1975": he died, in the year
                        # the item gives him
                        when = [t for t in ctx.times_within(end, start + len(piece)) if t.type == "DATE"]
                        ctx.add("death", person, start + m.start(group), end, value=when[0].value if len(when) == 1 else None,
                                time=when[0].id if len(when) == 1 else None, confidence=LIKELY)


# "(Linda)" right after a relative's name, then the item's end or the next name: not "Robert
# (Bob) Kowalski", a nickname (or a maiden name) inside the name
_BRACKET = re.compile(r"\s*\(([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\)(?=\s*(?:$|[,;.]|and\b|of\b))")


def _bracketed_spouse(ctx: _Ctx, at: int, end: int):
    """'sons Mark (Lisa) and Paul', 'her son, Thomas Kowalski (Linda) of Kettering': the name in
    brackets after a survivor is that survivor's spouse (the US convention), with where the
    bracket ends."""
    m = _BRACKET.match(ctx.text, at, end)
    if m is None:
        return None
    hit = ctx.starting_at(m.start(1), PERSON)
    if hit is None or hit[0].end != m.end(1):
        return None
    return hit[1], m.end()


def _add_named(ctx: _Ctx, relation: str, owner, evidence_start: int, start: int, end: int) -> None:
    """The relation to each person named in [start, end) but the owner."""
    for person, stop in _named_in(ctx, start, end):
        if person is not owner:
            ctx.add(relation, owner, evidence_start, stop, obj=person, confidence=LIKELY)


_AND_BY = re.compile(r",?\s+and\s+by\s+")
_TO_SURVIVORS = re.compile(r"[,;]?\s+(?:and\s+)?(?:(?:he|she)\s+)?(?:is|are|was)\s+survived\b|[,;]?\s+and\s+(?:he\s+|she\s+)?(?:leaves|survives)\b")


def _predeceased(ctx: _Ctx, start: int, end: int) -> None:
    """'He was preceded in death by his parents and a brother, Dale Fisk', 'by his wife, Joan,
    in 2015': the people named after the cue died (when one person and one date are named, on
    that date); who they were to the dead is the kin rules' (a list with no semicolons reads
    too loosely to give each noun its names here)."""
    # ("by her husband of 52 years, Harold Dorsey, in 2004, and by a son, Wayne": each "by"
    # item with its own date)
    # ("predeceased by his wife, Nora, in 2016, and is survived by his sons, ...": the living
    # after the turn to the survivors)
    turn = _TO_SURVIVORS.search(ctx.text, start, end)
    end = turn.start() if turn is not None else end
    cuts = [start] + [start + m.end() for m in _AND_BY.finditer(ctx.text[start:end])] + [end]
    for a, b in zip(cuts, cuts[1:], strict=False):
        named = _named_in(ctx, a, b)
        when = [t for t in ctx.times_within(a, b) if t.type == "DATE"]
        one = when[0] if len(named) == 1 and len(when) == 1 else None
        for person, stop in named:
            ctx.add("death", person, a, stop, value=one.value if one else None, time=one.id if one else None, confidence=LIKELY)


def _kin_of(kin_lex: dict, word: str):
    kin = kin_lex.get(word) or (kin_lex.get(word[:-1]) if word.endswith("s") else None)
    return kin["relation"] if kin is not None and kin["relation"] in ("child", "sibling", "spouse", "parent") else None


def _obituary_subject(ctx: _Ctx, before: str, at: int):
    """Whom a list with no subject of its own ("Survivors include two sons, ...") or a pronoun
    the entity stage left unresolved ("She was preceded in death by ...") is about: the person
    a paragraph before ``at`` opens on, when the text gives that person a death (and the
    pronoun's gender does not contradict the one the text gave)."""
    pronoun = re.fullmatch(r"\s*(she|he)\s+", before, re.I)
    if before.strip() and pronoun is None:
        return None
    # (in a column of several obituaries, the one whose paragraph names that person first)
    body = ctx.article.body_start
    first = None
    for m, e in ctx.mentions:
        if m.start >= at:
            break
        if m.start >= body and e.type in PERSON and (m.start == body or ctx.text[m.start - 1] == "\n") and ("death", e.id, None, None) in ctx.facts:
            first = e
    if first is None:
        return None
    if pronoun is not None and first.gender not in (None, {"she": "female", "he": "male"}[pronoun.group(1).lower()]):
        return None
    return first


def _dead_person(ctx: _Ctx, sent, cue_at: int):
    """The subject before the cue: 'She', 'Mr. Hale', 'Walter Briggs'."""
    for tok in sent:
        if tok.idx >= sent.start_char + cue_at:
            break
        if tok.dep_ in ("nsubj", "nsubjpass"):
            people = [e for e in _resolve(ctx, tok, couples=False) if e.type in PERSON]
            if len(people) == 1 and tok.lower_ in ("she", "he") and ("death", people[0].id, None, None) not in ctx.facts:
                # "... and Tara Dietz. She was predeceased by": a pronoun the entity stage gave to
                # the last survivor named; the list is a dead person's, the obituary's if any
                return _obituary_subject(ctx, tok.text + " ", tok.idx) or people[0]
            return people[0] if len(people) == 1 else None
    return None


def _named_in(ctx: _Ctx, start: int, end: int) -> list:
    """The people an item names, outside brackets: each with where its name ends."""
    out = []
    depth = 0
    k = start
    while k < end:
        ch = ctx.text[k]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (k == start or not ctx.text[k - 1].isalnum()):
            hit = ctx.starting_at(k)
            if hit is not None and hit[0].end <= end and re.search(r"\b(?:of|in)\s+$", ctx.text[max(start, k - 4) : k]):
                k = hit[0].end  # where a relative lives: "his brother, Donald Becker, of Florida"
                continue
            if hit is not None and hit[0].end <= end:
                out.append((hit[1], hit[0].end))
                k = hit[0].end
                continue
        k += 1
    return out


# a survivor cue of any form, and a counted child noun ("two sons", "a daughter"; not
# "grandsons", "sons-in-law", "a daughter's")
_ANY_CUE = re.compile(r"\b(?:leaves|left|(?:survived|mourned)\s+by|[Ss]urviving\s+(?:him|her)\s+(?:are|is)|[Ss]urvivors\s+are)\b")
_COUNTED = re.compile(r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:(?:step|adopted)\s*)?"
                      r"(?:sons?|daughters?|boys?|girls?)\b(?![-'’])", re.I)


# Every match of _ANY_CUE holds one of these.
_ANY_CUE_WORDS = ("leaves", "left", "survived", "mourned", "urviving", "urvivors")


def _rule_survivor_counts(ctx: _Ctx) -> None:
    """'He leaves a son, Malcolm, and a daughter, Wendy'; 'She is mourned by two sons, Rewi and
    Hone, and a daughter, Aroha': the counted sons and daughters a survivor list names add up
    to the dead person's number of children, when the list counts two kinds or more and gives
    each of them its children by name (one count alone is ``childcount``'s)."""
    text = ctx.text
    # (where a cue's word stands, found once: a sentence holding none is not searched)
    spots = sorted(p for w in _ANY_CUE_WORDS for p in occurrences(text, w))
    if not spots:
        return
    for sent in _sentences(ctx.doc):
        if sent.start_char < ctx.article.body_start:
            continue
        k = bisect_left(spots, sent.start_char)
        if k == len(spots) or spots[k] >= sent.end_char:
            continue
        cue = _ANY_CUE.search(text, sent.start_char, sent.end_char)
        if cue is None:
            continue
        counts = list(_COUNTED.finditer(text, cue.end(), sent.end_char))
        if len(counts) < 2 or re.search(r"\b(?:children|kids|grandchildren)\b", text[cue.end() : sent.end_char], re.I):
            continue
        total = sum(1 if m.group("n").lower() in ("a", "an") else number_value(m.group("n")) or 0 for m in counts)
        owners = {f.subject for f in ctx.facts.values() if f.relation == "child" and cue.end() <= f.evidence.start < sent.end_char}
        if len(owners) != 1:
            continue
        owner = next((e for e in ctx.entities if e.id in owners), None)
        if owner is None:
            continue
        named = {f.object for f in ctx.facts.of("child", owner.id) if cue.end() <= f.evidence.start < sent.end_char}
        if len(named) >= total and not ctx.facts.has("number_of_children", owner.id):
            ctx.add("number_of_children", owner, counts[0].start(), counts[-1].end(), value=total, confidence=LIKELY, dated=True)
