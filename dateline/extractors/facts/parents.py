"""Parents described only by a trade: 'Ewan Hale, the son of a fisherman', 'She was the
daughter of a retired miner'. The entity stage makes the parent an unnamed entity; here it gets
its child and its occupation."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from dateline.extractors.entities.common import fronted_kin, fronted_kin_named, name_before_subject_kin, subjects_kin
from dateline.extractors.entities.kin import _second_parent_apposed
from dateline.extractors.entities.kinwords import _first_parent, trade_parent_frame
from dateline.extractors.facts.context import LIKELY, SURE, _Ctx, _named
from dateline.extractors.facts.described import _occupation_words, _parent_described
from dateline.extractors.facts.kinlists import _entity
from dateline.extractors.facts.lexicon import number_value, patterns
from dateline.model import Entity

# Where "the son" stands when its "of" object is the parent: apposed to the child's name, or
# the complement of a verb whose subject the child is ("was the son of", "born the son of").
_COMPLEMENT = frozenset({"attr", "oprd", "dobj", "npadvmod", "advcl", "xcomp", "acomp"})
_SUBJECT = ("nsubj", "nsubjpass")
PARENT_NOUNS = frozenset(w for w, k in patterns()["kinship"].items() if k["relation"] == "child")


# words that pick one child out of a counted brood: "the eldest of five children of a
# fisherman", "one of six children of a miner and a nurse"
_ONE_OF = frozenset({"eldest", "oldest", "youngest", "middle", "one", "second", "third", "fourth", "fifth"})


def _one_of(kin: Token) -> Optional[Token]:
    """The word ("eldest", "one") whose "of" takes a plural kin noun: it stands for the child."""
    if kin.tag_ != "NNS" or kin.dep_ != "pobj" or kin.head.lower_ != "of":
        return None
    pick = kin.head.head
    return pick if pick.lower_ in _ONE_OF and pick.i < kin.i else None


def _named_after_comma(ctx: _Ctx, end: int) -> bool:
    """A name set off by a comma follows ``end`` ("a cattle dealer, Thomas Hanlon")."""
    m = re.match(r",\s+", ctx.text[end : end + 4])
    return m is not None and ctx.starting_at(end + m.end()) is not None


def _child_token(kin: Token) -> Optional[Token]:
    if (pick := _one_of(kin)) is not None:
        kin = pick
    while kin.dep_ == "conj" and kin.head.i < kin.i and kin.head.pos_ == "NOUN":
        # "Eluned, 77, a retired school cook and the daughter of a slate miner": the same
        # person's second description
        kin = kin.head
    if kin.dep_ in ("conj", "pobj") and kin.head.i < kin.i:
        # "Mason Brandvold, an 18-year-old at 132 pounds with a 31-2 record and the son of a
        # dairy farmer": joined by the parser to a word inside the description apposed to the
        # name; the name that description is apposed to
        t = kin.head
        while t.dep_ in ("pobj", "prep", "conj", "npadvmod", "amod") and t.pos_ not in ("VERB", "AUX") and t.head.i < t.i:
            t = t.head
        if t.dep_ == "appos" and t.head.pos_ == "PROPN" and t.pos_ != "PROPN":
            return t.head
    if kin.dep_ == "appos":
        head = kin.head
        while head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.i < head.i:
            # "Rodel Magsino, 31, a seafarer, the son of a driver": apposed to the job apposed to
            # the name
            head = head.head
        return head
    if kin.dep_ in _COMPLEMENT:
        return _subject_of(kin.head)
    if kin.dep_ in _SUBJECT and kin.i < kin.head.i and (named := next(
            (c for c in kin.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > kin.i and kin.doc[c.left_edge.i - 1].text == ","), None)) is not None:
        return named  # ("The son of a lock-keeper, Edmund Vyse made ...": the name hung on the kin noun)
    if (before := name_before_subject_kin(kin.doc, kin)) is not None:
        return kin.doc[before]  # ("Ngcobo, the son of a cook, has driven ...": the name left an interjection)
    if kin.dep_ in _SUBJECT and kin.i < kin.head.i:
        # "The son of a Hamburg shipwright, Kessler came ...": the parser makes both subjects;
        # the name after the phrase's comma is the one described
        after = [c for c in kin.head.children if c.dep_ in _SUBJECT and c.i > kin.right_edge.i and kin.doc[c.left_edge.i - 1].text == ","]
        return after[0] if len(after) == 1 else None
    if kin.dep_ in ("dep", "npadvmod") and kin.i < kin.head.i and kin.head.pos_ in ("VERB", "AUX"):
        # "The son of a trawlerman, he bought a lorry": a fronted phrase set off by a comma
        subj = _subject_of(kin.head)
        return subj if subj is not None and kin.right_edge.i < subj.i else None
    return None


def _subject_of(verb: Token) -> Optional[Token]:
    """The verb's subject, or that of the clause it hangs from when it has none of its own."""
    while verb.dep_ in ("xcomp", "conj", "advcl") and verb.head is not verb and not any(c.dep_ in _SUBJECT for c in verb.children):
        verb = verb.head
    return next((c for c in verb.children if c.dep_ in _SUBJECT), None)


def _clause_subject(tok: Token) -> Optional[Token]:
    verb = tok
    # (a root is its own head; compared by index, since spaCy makes a new Token on each read of
    # ``head`` and an identity test never ends the climb at a verbless root: "In Penmarrow, the
    # son of a fisherman." hung here)
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return _subject_of(verb)


def _trade(noun: Token) -> str:
    """'a Grimsby trawlerman' -> 'trawlerman', 'a retired bus driver' -> 'bus driver',
    'a net-maker' -> 'net-maker', 'a cashew-factory worker' -> 'cashew-factory worker', 'a ship's
    carpenter' -> 'ship's carpenter' (as written)."""
    # (a lower-case word the tagger took for a name is a noun too, "a jeepney driver"; a place
    # tagged a noun is not, "a Rochdale mill worker")
    words = [c for c in noun.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.is_lower and c.i < noun.i]
    # ("a ship's carpenter": a trade named with a possessive noun, as written)
    words = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "NOUN" and c.is_lower and c.i < noun.i
             and any(g.dep_ == "case" for g in c.children)] or words
    if not words:
        doc = noun.doc
        prev = doc[noun.i - 1] if noun.i >= 1 else None
        if prev is not None and prev.dep_ == "amod" and prev.head.i == noun.i and prev.is_lower and (
                f"{prev.lower_}-{noun.lower_}" in _occupation_words() or f"{prev.lower_} {noun.lower_}" in _occupation_words()):
            return f"{prev.lower_} {noun.lower_}"  # ("a net mender": the trade's noun tagged an adjective)
        if noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].is_lower and doc[noun.i - 2].is_alpha:
            return doc[noun.i - 2 : noun.i + 1].text.lower()  # ("net-maker" with "net" tagged an adjective)
        return noun.lower_
    first = words[0]
    if first.lower_ == "time" and first.i >= 1 and noun.doc[first.i - 1].text == "-":
        rest = [w for w in words if w.i > first.i]  # ("a full-time farmer": how long, no trade)
        return noun.doc[rest[0].i : noun.i + 1].text.lower() if rest else noun.lower_
    # "a cashew-factory worker": the hyphened compound whole ("a hard-rock miner": an adjective
    # before the hyphen too)
    while first.i >= 2 and noun.doc[first.i - 1].text == "-" and noun.doc[first.i - 2].is_lower and noun.doc[first.i - 2].pos_ in ("NOUN", "ADJ"):
        first = noun.doc[first.i - 2]
    return noun.doc[first.i : noun.i + 1].text.lower()


def _named_before(ctx: _Ctx, kin: Token) -> Optional[Entity]:
    """'the estate of Edith Roe (1931 - 2022), the daughter of a miner': the parse hangs the
    phrase on a thing ('estate'); the person is the name right before its comma, a life span
    in parentheses between them."""
    head = re.sub(r"\s*(?:\([^()]{1,40}\))?\s*,\s*$", "", ctx.text[max(0, kin.left_edge.idx - 60) : kin.left_edge.idx])
    end = kin.left_edge.idx - 60 + len(head) if kin.left_edge.idx >= 60 else len(head)
    hit = ctx.ending_at(end)
    return hit[1] if hit is not None and hit[0].kind in ("name", "surname", "firstname") else None


def _brood(ctx: _Ctx, child_tok: Token, child: Entity) -> list[Entity]:
    """'Ana and Rosa Diaz, the daughters of a fisherman', 'Nikos and his brother, Stavros
    Karalis, the sons of an engineer': the others a plural kin noun's phrase is apposed to,
    joined to the name by 'and' (past the sibling noun the name is apposed to)."""
    anchor = child_tok
    if anchor.dep_ == "appos" and anchor.head.lower_ in patterns()["kinship"]:
        anchor = anchor.head
    others = [anchor.head] if anchor.dep_ == "conj" else []
    out: list[Entity] = []
    for t in others + list(anchor.conjuncts):
        e = ctx.token_entity(t)
        if e is not None and e is not child and e not in out and _named(e):
            out.append(e)
    # (however the parser hangs them: the child's siblings this sentence names)
    sent = child_tok.sent
    for f in ctx.facts.values():
        if f.relation == "sibling" and child.id in (f.subject, f.object) and sent.start_char <= f.evidence.start < sent.end_char:
            other = f.object if f.subject == child.id else f.subject
            e = _entity(ctx, other)
            if e is not None and e not in out and _named(e):
                out.append(e)
    return out


def _rule_unnamed_parents(ctx: _Ctx) -> None:
    text = ctx.text
    for mention, entity in ctx.mentions:
        if mention.kind != "descriptor" or not _parent_described(entity, text):
            continue
        span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        noun = span.root
        trade = _trade(noun)
        of_obj = next((t for t in span if t.dep_ == "pobj" and t.head.lower_ == "of"), None)
        if noun.dep_ not in ("pobj", "conj") and of_obj is not None and of_obj.i < noun.i:
            # "a rail dispatcher" with the trade misread as an adverb: "rail" is the object
            trade = ctx.doc[of_obj.i : noun.i + 1].text.lower()
            noun = of_obj
        framed = trade_parent_frame(noun, PARENT_NOUNS)
        if framed is not None and framed.pos_ in ("VERB", "AUX"):
            # "Born to a dock clerk, he carved ...", "He was born to a fisherman": the verb's subject
            # (or that of the clause it opens)
            born = _subject_of(framed)
            if born is None:
                # ("Born to a dock clerk, Jean Ravel left": the name parsed as the trade's apposition)
                born = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            kid = ctx.token_entity(born) if born is not None else None
            if kid is not None and kid.id != entity.id and kid.type in ("PERSON",):
                ctx.add("child", entity, framed.idx, mention.end, obj=kid, confidence=SURE, described_parent=True)
                ctx.add("occupation", entity, mention.start, mention.end, value=trade, confidence=SURE, described_parent=True)
            continue
        if framed is not None:
            kin = framed  # "a cheesemaker's daughter": the possessive's kin noun
        else:
            # "the daughter of a bus driver and a school cook": the second parent hangs from the first
            first = _first_parent(noun, PARENT_NOUNS) if noun.dep_ != "appos" else _second_parent_apposed(noun)
            if first is None:
                continue
            if first.head.lower_ != "of":
                continue
            kin = first.head.head
        if _one_of(kin) is not None and _named_after_comma(ctx, mention.end):
            continue  # "the third of five children of a cattle dealer, Thomas Hanlon": a named parent's
        child_tok = _child_token(kin)
        child = ctx.token_entity(child_tok) if child_tok is not None else None
        if kin.dep_ == "appos" and subjects_kin(kin):
            # "Born on Gull Rock, the son of a keeper, he ...", "grew up near Lifford, the daughter
            # of a grower": the subject's, as the entity stage made the kin noun, not the place's
            own = ctx.token_entity(kin)
            if own is not None and own.type == "PERSON":
                child_tok, child = kin, own
        if child is None and kin.dep_ == "appos":
            # "Born in Penmarrow, the son of a fisherman, he went to sea": apposed to the
            # place; the child is the subject of the clause the phrase opens. Not past another
            # person: "Tom met Anna in Oslo, the daughter of a priest" may describe Anna.
            child_tok = _clause_subject(kin)
            child = ctx.token_entity(child_tok) if child_tok is not None else None
            lo, hi = sorted((child_tok.i, kin.i)) if child_tok is not None else (0, 0)
            # (the kin phrase's own second parent is no other person: "the son of a net mender and a
            # basket weaver, Hamoonga left")
            phrase = range(kin.left_edge.i, kin.right_edge.i + 1)
            if child is not None and any(
                (e := ctx.token_entity(ctx.doc[i])) is not None and e.id not in (child.id, entity.id) for i in range(lo + 1, hi) if i not in phrase
            ):
                child = None
        if child is None and kin.dep_ == "appos":
            child = _named_before(ctx, kin)
        if child is None and fronted_kin(ctx.doc, kin) is not None:
            # "The son of a Quebec lumberjack, he farmed ...": whoever the entity stage made
            # the fronted phrase (the subject named before), however the parser hangs it
            child_tok = kin
            child = ctx.token_entity(kin)
        if child is None and fronted_kin_named(ctx.doc, kin) is not None and (own := ctx.token_entity(kin)) is not None and own.type == "PERSON":
            child_tok, child = kin, own  # ("Born in Iasi in 1931, the son of a baker, Mr. Wexler": the name's, as the entity stage made it)
        ranked = _one_of(kin)
        if child is None and ranked is not None and (pron := fronted_kin(ctx.doc, ranked)) is not None:
            # "Born in Nadur, the eldest of five children of a fisherman, she ...": the
            # pronoun's, the subject the fronted phrase describes
            child_tok = ctx.doc[pron]
            child = ctx.token_entity(child_tok)
        if child is None or child.id == entity.id:
            continue
        said = patterns()["kinship"].get(kin.lemma_.lower() if kin.tag_ == "NNS" else kin.lower_, {}).get("gender")
        if said is not None and child.gender not in (None, said):
            # a child noun that clashes with the child found: the parse's clause is someone else's
            # ("Siân is ... daughter ...; Rhodri ... is a shepherd's son"), or the phrase went to the
            # wrong person ("The founder, the son of a blacksmith" put on the founder's late wife)
            ctx.add("occupation", entity, mention.start, mention.end, value=trade, confidence=SURE, described_parent=True)
            continue
        one_of = _one_of(kin)
        brood = _brood(ctx, child_tok, child) if kin.tag_ == "NNS" and child_tok is not None and one_of is None else []
        for kid in [child, *brood]:
            if kid.id != entity.id:
                # ("a cheesemaker's daughter": the kin noun after the trade)
                lo, hi = min(kin.idx, mention.start), max(mention.end, kin.idx + len(kin))
                ctx.add("child", entity, lo, hi, obj=kid, confidence=SURE, described_parent=True)
        count = next((c for c in kin.children if c.dep_ == "nummod"), None) if one_of is not None else None
        if count is not None and (n := number_value(count.text)) is not None:
            # ("the eldest of five children of a fisherman and a lacemaker": five, each parent's)
            ctx.add("number_of_children", entity, count.idx, mention.end, value=n, confidence=LIKELY, dated=True, described_parent=True)
        ctx.add("occupation", entity, mention.start, mention.end, value=trade, confidence=SURE, described_parent=True)
