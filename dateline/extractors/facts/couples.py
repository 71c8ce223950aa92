"""Couples: the pairs a later 'they', 'their' or 'the couple' refers back to ('X and Y have
two children', 'X married Y', 'Tom and Ruth Calloway'), and the spouse facts that naming a
pair together states ('Tom and Ann Lee, the couple ...', '..., who married in 1990')."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from spacy.tokens import Token

from dateline.extractors.facts.clauses import _not_asserted
from dateline.extractors.facts.context import (
    FAMILY_VERBS,
    LIKELY,
    PERSON,
    _conjuncts,
    _Ctx,
    _resolve,
    patterns,
)
from dateline.extractors.facts.namelists import _names_after
from dateline.extractors.facts.subjects import _subjects
from dateline.model import Entity, Mention
from dateline.nlp import columns, token_at_char, tokens_in, tokens_of


def _rule_couples(ctx: _Ctx) -> None:
    """'X and Y' as the subject of a family verb ('have', 'lose', 'welcome', 'marry' ...): the
    pair a later 'they'/'their'/'the couple' may refer back to. Any other pair ('Biden and
    Trump debated') is not a couple, so their 'their children' stays unresolved."""
    _couples_named_together(ctx)
    cols = columns(ctx.doc)
    lemma, head = cols.lemma_lower, cols.head
    toks = tokens_of(ctx.doc)
    # only a marrying word or the subject of a family verb can start either test below (the
    # head's lemma from the columns: ``tok.head`` makes a Token)
    # (the subjects from the Doc's index of its dependency labels, not a scan of every word)
    subjects = [k for k in tokens_in(ctx.doc, "dep", ("nsubj", "nsubjpass")) if lemma[head[k]] in FAMILY_VERBS]
    marrying = [k for k, w in enumerate(lemma) if w in ("marry", "married", "wed")]
    for k in sorted(set(marrying).union(subjects)):
        tok = toks[k]
        if tok.lemma_.lower() in ("marry", "married", "wed") and tok.pos_ in ("VERB", "ADJ") and not _not_asserted(tok):
            # "X is married to Y. They have four children": the pair 'they' means, noted
            # before the kin rule reads 'they'
            subj = _subjects(ctx, tok, couples=False)
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            partners = [e for c in objs[:1] for e in _resolve(ctx, c, couples=False)]
            if not partners and objs and objs[0].pos_ == "NOUN":
                # "Castellano married a bareback rider, Rosa Lennox": the name after the job
                # noun, however the parser hangs it
                partners = _names_after(ctx, objs[0].i, objs[0].sent, many=False)[0]
            if not partners and not objs and len(subj) == 1:
                # "The 51-year-old is married to surgeon Dr Aminu Yusuf", parsed with "to
                # surgeon" as a verb: the name the words after "to" come to
                partners = _named_after_to(ctx, tok)
            if len(subj) == 1 and len(partners) == 1:
                ctx.note_couple(tok.idx, subj[0], partners[0])
                ctx.wed.add(frozenset((subj[0].id, partners[0].id)))
            elif len(subj) == 2 and not partners:
                # "Kostas, 86, and Eleni, 82, ... married the following year"
                ctx.note_couple(tok.idx, subj[0], subj[1])
                ctx.wed.add(frozenset((subj[0].id, subj[1].id)))
            elif not subj and not objs and (pair := _they_the_pair_before(ctx, tok)) is not None:
                # "Ann Lowe and Sam Okafor met at college. They married in 1975": the two the
                # sentence before had for its subject
                ctx.note_couple(tok.sent[0].idx, *pair)  # (at the 'They' itself, which the event rule resolves)
                ctx.wed.add(frozenset((pair[0].id, pair[1].id)))
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in FAMILY_VERBS:
            conj = _conjuncts(tok)
            if len(conj) == 2:
                first, second = (ctx.token_entity(t) for t in conj)
                if first is not None and second is not None and first.id != second.id and not _siblings_before(ctx, conj[0].idx):
                    ctx.note_couple(tok.idx, first, second)


def _they_the_pair_before(ctx: _Ctx, verb: Token) -> Optional[tuple[Entity, Entity]]:
    """The two people conjoined as the main subject of the sentence before, when a bare 'They'
    opening this sentence is the subject of ``verb`` (a marrying verb without an object)."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "The two met ... and married in 1995"
    sent = verb.sent
    # ("... met at university. The couple married in June": "the couple" opening it, too; "The two")
    the_couple = len(subj) == 1 and subj[0].lower_ in ("couple", "pair", "two") and subj[0].i == sent.start + 1 \
        and ctx.doc[sent.start].lower_ == "the"
    if len(subj) != 1 or not (the_couple or (subj[0].lower_ == "they" and subj[0].i == sent.start)) or sent.start == 0:
        return None
    before = ctx.doc[sent.start - 1].sent
    heads = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    conj = _conjuncts(heads[0]) if len(heads) == 1 else []
    people = [ctx.token_entity(t) for t in conj]
    if len(people) != 2 or any(p is None or p.type not in PERSON for p in people):
        people = _pair_opening(ctx, before.start_char, before.end_char)
    if (len(people) != 2 or any(p is None or p.type not in PERSON for p in people)) and the_couple:
        people = _parents_as_subjects(ctx, before.root)
    if len(people) != 2 or any(p is None or p.type not in PERSON for p in people):
        people = _met_pair(ctx, before.root)
    if len(people) != 2 or any(p is None or p.type not in PERSON for p in people):
        return None
    first, second = people
    return (first, second) if first is not None and second is not None and first.id != second.id else None


def _met_pair(ctx: _Ctx, root: Token) -> list[Optional[Entity]]:
    """'At a dance in 1956 she met Eino Lahtinen, a grain trimmer. They married in 1958': the
    one who met and the one met, each one person, as the sentence before's main clause says."""
    if root.lemma_.lower() != "meet":
        return []
    subj = [c for c in root.children if c.dep_ == "nsubj"]
    obj = [c for c in root.children if c.dep_ == "dobj"]
    if len(subj) != 1 or len(obj) != 1:
        return []
    a, b = _resolve(ctx, subj[0], couples=False), _resolve(ctx, obj[0], couples=False)
    return [a[0], b[0]] if len(a) == 1 and len(b) == 1 else []


def _parents_as_subjects(ctx: _Ctx, root: Token) -> list[Optional[Entity]]:
    """"The brothers' father, Harry, ... has coached the Lions, and their mother, Indira, runs
    the canteen. The couple married in 1993": the subjects of the sentence's two joined clauses,
    a father and a mother (or a husband and a wife) of the same kin word, are the couple."""
    verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    heads = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    kin = patterns()["kinship"]
    words = [kin.get(h.lower_) for h in heads]
    if len(heads) != 2 or any(w is None for w in words) or words[0]["relation"] != words[1]["relation"] \
            or words[0]["relation"] not in ("parent", "spouse") or {words[0]["gender"], words[1]["gender"]} != {"male", "female"}:
        return []
    return [ctx.token_entity(h) for h in heads]


def _pair_opening(ctx: _Ctx, start: int, end: int) -> list[Optional[Entity]]:
    """The two people named first in the sentence, when they open it joined by 'and' (past a
    bracket after each: "Dr Ann Lowe (Chemistry, 1974) and Sam Lowe (Law, 1975) met ..."), as
    written, for where the parse did not join them (a heading run into the sentence)."""
    # (the sentence's mentions by bisection on their starts, not a walk over the article's)
    named = [(m, e) for m, e in ctx.mentions[bisect_left(ctx._starts, start) : bisect_left(ctx._starts, end)]
             if e.type in PERSON and m.kind in ("name", "firstname", "surname")]
    if len(named) < 2:
        return []
    (m1, e1), (m2, e2) = named[0], named[1]
    between = ctx.text[m1.end : m2.start]
    if e1.id == e2.id or not re.fullmatch(r"(?:\s+\([^()]{1,40}\))?\s+and\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?", between):
        return []
    after = re.match(r"(?:\s+\([^()]{1,40}\))?\s+[a-z]", ctx.text[m2.end : m2.end + 50])
    return [e1, e2] if after is not None else []


def pair_wed_here(ctx: _Ctx, verb: Token) -> list[Entity]:
    """'Owen Price and Bethan Lloyd (both Music, 2008) were married last summer': the pair opening
    the marrying verb's sentence right before it, as written (past a bracket and an auxiliary),
    for where a heading run into the sentence broke the parse of its subject."""
    sent = verb.sent
    pair = _pair_opening(ctx, sent.start_char, verb.idx)
    if len(pair) != 2 or any(p is None for p in pair):
        return []
    last = max(m.end for m, e in ctx.mentions if e is pair[1] and sent.start_char <= m.start < verb.idx)
    if not re.fullmatch(r"(?:\s+\([^()]{1,40}\))?\s+(?:(?:were|have|had|got)\s+)?(?:been\s+)?", ctx.text[last : verb.idx]):
        return []
    return [p for p in pair if p is not None]


def _married_in_clause(ctx: _Ctx, first: Mention, second: Mention) -> bool:
    """'Tom and Ann Lee, who met at school and married in 1990': a relative clause on the pair
    (the parser hangs it from either name) says the two married (each other: no object)."""
    roots = [sp.root for m in (first, second) if (sp := ctx.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None]
    for rel in (c for r in roots for c in r.children if c.dep_ == "relcl"):
        for verb in [rel, *rel.conjuncts]:
            if verb.lemma_.lower() in ("marry", "wed") and not _not_asserted(verb) \
                    and not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children):
                return True
    return False


def _one_household(ctx: _Ctx, start: int, end: int) -> bool:
    """'the daughter of Travis and Jolene Brandt', 'the owners, Ramon and Lupe Ortega,', 'Josiah
    and Ruth Hollister, homesteaders from Ohio,': a pair named together as one child's parents
    or as someone's parents, or in apposition to one plural noun ('both experienced sailors'), is presented as a
    household, a married couple (patterns
    key ``pair_named_together``); merely named together ('Tom and Ann Lee, who met at school,
    cut the cake') they are not."""
    lex = patterns()["pair_named_together"]
    before = ctx.text[max(ctx.article.body_start, start - 60) : start]
    after = ctx.text[end : end + 60]
    parents = "|".join(map(re.escape, lex["children_of"]))
    if re.search(rf"\b(?:{parents})\s+of\s+$", before, re.I) or re.search(r"\b(?:his|her|their|the)\s+parents,?\s+$", before, re.I):
        return True  # (or named as someone's parents: "Her parents, Ravi and Meena Nandakumar,")
    pair_nouns = "|".join(map(re.escape, lex["pair_nouns"]))
    if re.match(rf",\s+(?:the|a|an)\s+(?:[a-z-]+\s+)?(?:{pair_nouns})\b(?!\s+of\b)", after):
        return True  # "Josiah and Ruth Hollister, a homesteading couple,"
    if re.match(rf"\s+(?:{'|'.join(map(re.escape, lex['have_children']['verbs']))})\s+(?:[a-z]+\s+)?(?:{'|'.join(map(re.escape, lex['children_of']))})\b", after):
        return True  # "Hine and Rawiri Tautahi have five daughters": their children, together
    clause = re.split(r"[.;]\s", ctx.text[end : end + 200], maxsplit=1)[0]
    if re.search(rf"\btheir\s+(?:(?:younger|elder|older|eldest|oldest|youngest|only|twin)\s+)?(?:{'|'.join(map(re.escape, lex['children_of']))})\b", clause):
        return True  # "Ian and Margaret McAuley, 71 and 68, have handed the farm to their younger daughter"
    noun = re.search(r"\b(?:the|its|their)\s+(?:[a-z-]+\s+)?([a-z]+s),\s+$", before) or re.match(
        r",\s+(?:(?:the|a|an|both)\s+)?(?:[a-z-]+\s+)?([a-z]+s)\b(?!\s+(?:of|at|in|for|with|on)\b)", after)
    return noun is not None and noun.group(1).lower() not in patterns()["kinship"] and noun.group(1).lower() not in lex["not_couple_before"]


def _other_relatives(ctx: _Ctx, start: int) -> bool:
    """'her sons, Tom and Ned Lee', 'the brothers Michael and Sean Devereux': a plural noun just
    before a pair named together says they are relatives of another kind than a couple
    (patterns key ``pair_named_together``)."""
    lex = patterns()["pair_named_together"]
    words = re.findall(r"[\w'’-]+", ctx.text[max(ctx.article.body_start, start - 80) : start].lower())[-lex["reach"] :]
    return any(w in lex["not_couple_before"] for w in words)


def _siblings_before(ctx: _Ctx, start: int) -> bool:
    """A sibling group's noun right before the pair ('Twins Ciarán and Darragh Dwyer', 'the
    brothers Sean and Declan Walsh'; patterns key ``sibling_group_words``)."""
    words = re.findall(r"[\w'’-]+", ctx.text[max(ctx.article.body_start, start - 30) : start].lower())[-2:]
    kin = patterns()["kinship"]
    # (or one parent's children in the plural: "his twin daughters, Anja and Seraina Julen, 38")
    children = bool(words) and words[-1].endswith("s") and kin.get(words[-1], {}).get("relation") == "child"
    return any(w in patterns()["sibling_group_words"] for w in words) or children or _siblings_said_before(ctx, start)


def _siblings_said_before(ctx: _Ctx, start: int) -> bool:
    """'... 68 years after a pair of newly arrived brothers fired its first oven. ¶ Stanislaw and
    Jozef Kowalczyk opened ...': a pair opening its sentence right after one that speaks of
    siblings in the plural and names no person."""
    k = token_at_char(ctx.doc, start)
    tok = ctx.doc[k] if k is not None else None
    if tok is None or tok.i != tok.sent.start or tok.sent.start == 0:
        return False
    before = ctx.doc[tok.sent.start - 1].sent
    while before.start > 0 and not before.text.strip():
        before = ctx.doc[before.start - 1].sent
    if any(m.start >= before.start_char and m.end <= before.end_char and e.type in PERSON for m, e in ctx.mentions):
        return False
    return any(t.lower_ in patterns()["sibling_group_words"] for t in before)


def _placed(ctx: _Ctx, start: int, end: int) -> bool:
    """A word of the pair the tagger labelled a place, a people or a body ("London and New York",
    "Alakran and Rata Blanca"): no couple on the strength of mentions alone."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span is None or any(t.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "ORG") for t in span)


def _spoken_of_again(first: Entity, second: Entity) -> bool:
    """Either of a pair is mentioned beyond the pair itself (a pronoun, a name, a description):
    people the text goes on about, not two places named once ("the postman for Caldbeck and
    Hesket Newmarket")."""
    # (not a heading's "CALDBECK", nor the relative pronoun of the pair's own clause: "Tom and Ann
    # Lee, who met at school, cut the cake" says no more of them)
    return sum(1 for e in (first, second) for m in e.mentions if not m.text.isupper() and m.text.lower() not in ("who", "whom", "whose")) > 2


# the two spoken of together right after they are named: "Palesa and Sizwe Motaung on the birth
# of their first child", "Dev and Anita Chaudhry (both BComm '78) have sold the brewery they founded"
_THEY = re.compile(r"^[^.;]{0,80}\b(?:their|they|both)\b")


def _couples_named_together(ctx: _Ctx) -> None:
    """'Tom and Ruth Calloway': two people who share the surname written once. They are a pair
    a later 'they', 'their' or 'the Calloways' refers to; they are a married couple when the
    text calls them 'the couple' (or 'husband and wife') before naming anyone else, or presents
    them as one household (``_one_household``), or goes on about them (a 'their' or 'both'
    right after, or another mention of either: the newer gold's reading of a pair named so),
    unless a kin noun says they are relatives of another kind ('Lena and Marta Kovac, sisters',
    'her sons, Tom and Ned Lee'); 'Tom and Ann Lee, who met at school, cut the cake' says no
    more of them, and they stay a pair."""
    text = ctx.text
    couple_words = patterns()["couple_named_together"]
    for mention, first in ctx.mentions:
        if first.type not in PERSON or mention.kind not in ("firstname", "name") or " " in mention.text:
            continue
        if text[mention.end : mention.end + 5] != " and ":
            continue
        hit = ctx.starting_at(mention.end + 5)
        if hit is None or hit[1] is first or len(hit[0].text.split()) < 2:
            continue
        second = hit[1]
        if _siblings_before(ctx, mention.start):
            # ("Twins Ciarán and Darragh Dwyer ... the twins and their sister": a later "their" is
            # the two siblings', not a couple's, and they are no spouses)
            ctx.note_siblings(mention.start, first, second)
            continue
        ctx.note_couple(mention.start, first, second)
        after = text[hit[0].end : hit[0].end + patterns()["couple_reach_chars"]]
        # "Lena and Marta Kovac, sisters who ...": a kin noun right after says what they are
        noun = re.match(r"^,?\s+(?:the\s+)?(\w+)", after)
        kin = patterns()["kinship"].get(noun.group(1).lower()) if noun is not None else None
        if kin is not None:
            if kin["relation"] == "sibling" and noun is not None and noun.group(1).lower().endswith("s"):
                # "Lena and Marta Kovac, sisters who ..."
                ctx.add("sibling", first, mention.start, hit[0].end + noun.end(), obj=second, confidence=LIKELY)
            continue
        if _married_in_clause(ctx, mention, hit[0]):
            ctx.add("spouse", first, mention.start, hit[0].end, obj=second, confidence=LIKELY)
            continue
        said = re.search(r"\b(?:" + "|".join(re.escape(w) for w in couple_words) + r")\b", after, re.I)
        if said is None:
            # (merely named together, as the newer gold reads a pair that shares a written-once
            # surname: a couple, when the text goes on about them)
            if (_one_household(ctx, mention.start, hit[0].end) or _THEY.search(after)
                    or (_spoken_of_again(first, second) and not _placed(ctx, mention.start, hit[0].end))) \
                    and not _other_relatives(ctx, mention.start):
                ctx.add("spouse", first, mention.start, hit[0].end, obj=second, confidence=LIKELY)
            continue
        # no other pair named in between: "the couple" is still these two ("their son, Robin
        # Ardley, ... The couple have three children" names one person, not another couple)
        between = [m for m, e in ctx.mentions if e.type in PERSON and m.kind in ("name", "firstname", "surname")
                   and hit[0].end < m.start < hit[0].end + said.start()]
        if any(text[m.end : m.end + 5] == " and " and ctx.starting_at(m.end + 5) is not None for m in between):
            # (another pair may be "the couple"; still one household by what they have together)
            if _one_household(ctx, mention.start, hit[0].end) and not _other_relatives(ctx, mention.start):
                ctx.add("spouse", first, mention.start, hit[0].end, obj=second, confidence=LIKELY)
            continue
        ctx.add("spouse", first, mention.start, hit[0].end, obj=second, confidence=LIKELY)


# "married to (a job word or two, an honorific) NAME"
_TO_NAME = re.compile(r"\s+to\s+(?:(?:[a-z][a-z-]*|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?)\s+){0,3}")


def _named_after_to(ctx: _Ctx, tok: Token) -> list[Entity]:
    m = _TO_NAME.match(ctx.text, tok.idx + len(tok.text))
    hit = ctx.starting_at(m.end()) if m is not None else None
    if hit is None and m is not None:
        # ("to surgeon Dr Aminu Yusuf": the name's mention may start on the honorific)
        hit = ctx.covering(m.end(), m.end() + 1)
    return [hit[1]] if hit is not None and hit[1].type == "PERSON" else []


def pair_before_who(ctx: _Ctx, verb: Token) -> list[Entity]:
    """'Emma Sjöblom and Jonas Lind, a ferry engineer with Skiftet Ferries, who married in August':
    a 'who' that marries nobody named, after two names joined by 'and' and an apposition set off
    by commas, is the pair (the parser hangs the clause on the apposition's last noun, and the
    entity stage may give the 'who' to the organisation there)."""
    who = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"), None) if verb.dep_ == "relcl" else None
    doc, sent = verb.doc, verb.sent
    if who is None or who.i < 1 or doc[who.i - 1].text != ",":
        return []
    town = doc[who.i - 2] if who.i >= 2 else None
    if town is not None and town.dep_ == "pobj" and town.head.lower_ == "of" and town.head.head.dep_ == "conj":
        # ("Torcuil and Ealasaid Macrae of Callanish, who were married": the pair and their town)
        return _named_pair(ctx, town.head.head)
    # the apposition: back from the comma before 'who' to the comma that opens it with an article
    k = who.i - 2
    while k > sent.start and doc[k].text != ",":
        k -= 1
    # ("Rodolfo and Nenita Bermejo, both 68, who married in 1979": their shared age, set off so)
    both = k > sent.start and doc[k + 1].lower_ == "both" and doc[k + 2].like_num and k + 3 == who.i - 1
    if k <= sent.start or (doc[k + 1].lower_ not in ("a", "an", "the") and not both) or k - 1 < sent.start:
        return []
    pair = _named_pair(ctx, doc[k - 1])
    if pair and any(e.type in PERSON and e is not pair[1] for t in doc[k + 1 : who.i] for e in _resolve(ctx, t)):
        return []  # (an apposition that names somebody else: "..., the son of Per Holm, who married")
    return pair


def _named_pair(ctx: _Ctx, second: Token) -> list[Entity]:
    """The two people of "A and B": ``second`` is B's name, joined to A's."""
    if second.pos_ != "PROPN" or second.dep_ != "conj" or second.head.pos_ != "PROPN":
        return []
    b, a = _resolve(ctx, second), _resolve(ctx, second.head)
    if len(a) != 1 or len(b) != 1 or a[0] is b[0] or a[0].type not in PERSON or b[0].type not in PERSON:
        return []
    return [a[0], b[0]]


def spouse_before_who(ctx: _Ctx, verb: Token) -> list[Entity]:
    """'Brian Nicholson, a retired postman, and his wife, Jean, who married at the chapel in 1971':
    a 'who' that marries nobody named, on a name apposed to a possessed spouse noun, is the
    possessor and that spouse, the possessor first as the one named first."""
    who = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"), None) if verb.dep_ == "relcl" else None
    if who is None:
        return []
    m = _SPOUSE_BEFORE_WHO.search(ctx.text, max(0, who.idx - 80), who.idx)
    if m is None:
        return []
    poss = ctx.doc.char_span(m.start(1), m.end(1))
    named = ctx.covering(m.start(3), m.end(3))
    if poss is None or named is None or named[1].type not in PERSON:
        return []
    owners = [e for e in _resolve(ctx, poss.root) if e.type in PERSON and e is not named[1]]
    return [owners[0], named[1]] if len(owners) == 1 else []


_SPOUSE_BEFORE_WHO = re.compile(r"\b([Hh]is|[Hh]er)\s+(wife|husband)(?:\s+of\s+[\w\s-]+?)?,\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+$")
