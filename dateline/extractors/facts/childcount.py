"""How many children a person has: 'mother of two', 'has three children', 'their two sons',
'survived by four children'; a count stated of a couple holds for both."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from dateline.extractors.facts.ages import _person_for_phrase, _previous_subject
from dateline.extractors.facts.childverbs import married_on_name, relative_closed, true_subjects, with_spouse
from dateline.extractors.facts.clauses import _not_asserted
from dateline.extractors.facts.context import (
    COUPLE_WORDS,
    LIKELY,
    _Ctx,
    _named,
    _regexes,
    _resolve,
    _sentence,
    _tok_end,
    number_value,
    patterns,
)
from dateline.extractors.facts.kinlists import children_in_count, joint_possessor, shared_children, two_sexes
from dateline.extractors.facts.kinowners import _kin_owners
from dateline.extractors.facts.lexicon import NUMBER_RE
from dateline.extractors.facts.subjects import _subject_tokens, _subjects
from dateline.model import Entity
from dateline.wordstart import ascii_lower


def _married_pair(ctx: _Ctx, conj: list[Token]) -> bool:
    """'In 1958 she married Frank Dunstan ... She and Frank had three sons': a pronoun and a
    name the text has already said are married, a household like 'He and his wife'."""
    if len(conj) != 2:
        return False
    a, b = (_resolve(ctx, t) for t in conj)
    if len(a) != 1 or len(b) != 1:
        return False
    first, second = sorted((a[0].id, b[0].id))
    before = conj[0].sent.start_char
    # (not two bare surnames, each kept by its bearer: "Teigen and Legend already have two
    # children" is left to "mother of two", as the seed's gold reads it)
    kinds = [hit[0].kind if (hit := ctx.covering(t.idx, _tok_end(t))) is not None else None for t in conj]
    if kinds != ["surname", "surname"] and (any(f.object == b[0].id and f.evidence.end <= before for f in ctx.facts.of("spouse", a[0].id)) or any(
            f.object == a[0].id and f.evidence.end <= before for f in ctx.facts.of("spouse", b[0].id))):
        return True  # "X runs the shop with his wife, Karen. X and Karen have two daughters"
    if any(f.object == b[0].id and f.evidence.start == conj[0].idx for f in ctx.facts.of("spouse", a[0].id)):
        return True  # ("Ray and Noeline Tully had three children": a couple named together, its surname written once)
    if any(c.dep_ == "relcl" and c.lemma_.lower() in ("marry", "wed") and not any(g.dep_ == "dobj" for g in c.children)
           for t in conj for c in t.children):
        return True  # ("Ratna Man and Laxmi Maya Shakya, who married in 1969, raised five children")
    if conj[0].dep_ == "nsubj" and conj[0].head.lemma_.lower() in ("marry", "wed") and not any(g.dep_ == "dobj" for g in conj[0].head.children):
        return True  # ("Pape Diouf and Adama Ndiaye married in 1991 and have four children")
    if not any(t.tag_ == "PRP" for t in conj):
        # "Mark and Julie Fenton have three children": a couple named together, with one
        # surname, is one household; two names, "Teigen and Legend have two children", stay apart
        named = ctx.couple_first.get((first, second))
        return named is not None and before <= named < conj[1].idx and _one_surname(ctx, conj)
    # (a pair noted by "X married Y" earlier; the "A and B have" of this sentence is no proof)
    return ("spouse", first, second, None) in ctx.facts or ctx.couple_first.get((first, second), before) < before


def _one_surname(ctx: _Ctx, conj: list[Token]) -> bool:
    """The pair is written 'First and First Surname': the first is a lone word right before 'and'."""
    doc = conj[0].doc
    return conj[0].i + 1 < len(doc) and doc[conj[0].i + 1].lower_ == "and" and (
        conj[0].i == 0 or not doc[conj[0].i - 1].text[:1].isupper())


# A word every count after "has", a possessive or "survived by" ends on (with more around it).
_CHILD_WORD = re.compile(r"children|kids|sons|daughters|boys|girls", re.I)

# "a widow with five children", "a father with three young kids"
_PARENT_WITH_N = re.compile(rf"\b(widow|widower|mother|father|mum|mom|dad|parent)\s+with\s+({NUMBER_RE})\s+(?:young\s+|small\s+|grown\s+|grown-up\s+)?(?:children|kids)\b", re.I)
_PARENT_OF_LOW = re.compile(r"(?:mother|father|mum|mom|dad|parent)[- ](?:of|to)[- ]")


def _fronted_subject(ctx: _Ctx, start: int) -> Optional[tuple[Entity, int, int, float]]:
    """'A widow with five children and fourteen grandchildren, she learned the craft': a
    description opening its sentence is the main clause's subject's (a name or a pronoun)."""
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    if ctx.text[sent.start_char : start].strip().lower() not in ("a", "an"):
        return None
    subj = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx > start]
    people = [e for c in subj[:1] for e in _resolve(ctx, c) if e.type == "PERSON"]
    return (people[0], start, start, LIKELY) if len(people) == 1 else None


def _one_per_person(ctx: _Ctx, toks: list[Token]) -> list[Token]:
    """The subject tokens, one per person: the parser may list a name's two words as two
    conjuncts ("Hine and Rawiri Tautahi" as Hine, Rawiri, Tautahi)."""
    out: list[Token] = []
    seen: list[list] = []
    for t in toks:
        ents = _resolve(ctx, t)
        if ents and ents in seen:
            continue
        seen.append(ents)
        out.append(t)
    return out


def _and_other_sex(rest: str, noun: str) -> Optional[int]:
    """'..., and a son, C' after 'two daughters, A and B': how many children of the other sex
    the sentence adds, when it names no other kin noun; else None."""
    if len(re.findall(r"\b(?:sons?|daughters?|child(?:ren)?)\b", rest)) != 1:
        return None
    # (or a comma for "and" in a list of survivors: "two sons, Franz (Gerlinde) and Anton, a
    # daughter, Maria Hödl (Josef), seven grandchildren")
    other = re.search(r"(?:\band|,)\s+(an?|\w+)\s+(sons?|daughters?)\b(?!-)", rest)
    if other is None or not two_sexes(noun, other.group(2)):
        return None
    return 1 if other.group(1).lower() in ("a", "an") else number_value(other.group(1))


def _copula_subject(ctx: _Ctx, start: int) -> Optional[tuple[Entity, int, int, float]]:
    """"Robichaud ... has been deputy chief since 2013 and is the mother of two teenage
    daughters": the subject of the copula "mother" completes, or of the verb that copula is
    joined to, when no mention covers the phrase (the count is then not the phrase's alone)."""
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    noun = span.root
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be" or _not_asserted(verb):
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if len(subj) != 1:
        return None
    hit = ctx.covering(subj[0].idx, subj[0].idx + len(subj[0].text))
    if hit is None or hit[1].type != "PERSON" or not _named(hit[1]):
        return None
    return hit[1], start, start + 1, LIKELY


def _rule_children_count(ctx: _Ctx) -> None:
    rx = _regexes()
    genders = patterns()["gendered_roles"]
    text = ctx.text
    body, low = ctx.article.body_start, ascii_lower(text)
    # "mother of two", and "a widow with five children" (also fronted: "A widow with five
    # children, she ..."): the count and the gender of the one the phrase describes
    of_n = rx["parent_of_n"].finditer(text, body) if low is None or _PARENT_OF_LOW.search(low, body) else ()
    for m, fronted in [*((m, False) for m in of_n), *((m, True) for m in _PARENT_WITH_N.finditer(text, body))]:
        n = number_value(m.group(2))
        who = _person_for_phrase(ctx, m.start(), m.end()) or _copula_subject(ctx, m.start()) or (_fronted_subject(ctx, m.start()) if fronted else None)
        if n is None or not who:
            continue
        ctx.add("number_of_children", who[0], m.start(), m.end(), value=n, confidence=who[3], dated=True)
        ctx.add_gender(who[0], genders.get(m.group(1).lower()), m.start(), m.end(), who[3])
    if (_CHILD_WORD.search(text, body) is None) if low is None else all(low.find(w, body) < 0 for w in ("children", "kids", "sons", "daughters", "boys", "girls")):
        return  # the three counts below all end on one of these words
    for m in rx["has_n_children"].finditer(text, ctx.article.body_start):
        n = children_in_count(m)
        # (the verb is "had" after "never", else the match's first word)
        at = m.start() + (len(m.group(0).split()[0]) + 1 if m.group(1) is not None and m.group(1).lower().startswith("never") else 0)
        span = ctx.doc.char_span(at, at + 3, alignment_mode="expand")
        if n is None or span is None:
            continue
        verb = span.root
        subj = true_subjects(verb)
        if not subj and verb.lower_ == "married":
            # ("Goh is married with three children": the subject may hang on the auxiliary)
            subj = [c for c in verb.children if c.dep_ == "nsubjpass"] or [
                c for a in verb.children if a.dep_ in ("aux", "auxpass") for c in a.children if c.dep_ in ("nsubj", "nsubjpass")]
        # (the tagger may take "married" for an adjective: "the couple married in 1965 and have four children")
        if not subj and (owner := relative_closed(verb)) is not None:
            subj = [owner]
        while not subj and verb.dep_ == "conj" and verb.head.i < verb.i and (verb.head.pos_ in ("VERB", "AUX") or verb.head.lower_ in ("married", "wed")):
            # "He and his wife married in 1984 and raised four children", "The couple wed in
            # 1988 and have two daughters": the subject of the first verb
            verb = verb.head
            # (a passive's too, or the copula's the tagger hung "married" on: "He and his wife were
            # married in 1981 and have four children")
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj and verb.dep_ == "acomp" and verb.head.lemma_ == "be":
                subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if not subj and verb.lower_ in ("married", "wed") and (name := married_on_name(verb)) is not None:
            subj = [name]  # ("Neville and his wife, Karen, 55, who runs the canteen, married in 1995 and have three children")
        if len(subj) > 1:
            # ("Ganbaatar married Oyuungerel, a schoolteacher ..., and the couple have four
            # children", parsed with both as subjects: the couple the count is said of)
            subj = [t for t in subj if t.lower_ in COUPLE_WORDS] or subj
        if len(subj) != 1:
            continue
        rest = text[m.end() : verb.sent.end_char]
        # (lower case: "Haskett & Sons" in the list is a firm)
        more_kin = re.search(r"\b(?:sons?|daughters?|child(?:ren)?)\b", rest) is not None
        if m.group("multiple") and more_kin:
            continue  # ("have twins and a son": the twins are not all the children)
        if any(c.lower_ == "also" for c in verb.children) and _CHILD_BEFORE.search(text, max(body, m.start() - 400), m.start()):
            continue  # ("two of the four children of ... The couple also have twins": more children, not all)
        if more_kin and not re.search(r"(?:children|kids)$", m.group(0), re.I) and m.group(3) is None:
            more = _and_other_sex(rest, m.group(0).split()[-1])
            if more is None:
                continue  # "two daughters, A and B, and a son, C" is not how many children, alone
            n += more  # ("five daughters - A, B ... - and a son, Tipene": six)
        # "He and his wife have three children", "They have two", "The Vances have two": a
        # couple the text presents as one household has the children together, so the count
        # holds for both. Two names merely conjoined ("A and B have two children") are left
        # to what each is called elsewhere ("mother of two"), as the seed gold reads them.
        # (not the ages after it: "The couple, 86 and 83, have three children")
        conj = _one_per_person(ctx, [t for t in _subject_tokens(verb, subj[0]) if not t.like_num])
        if len(conj) > 1 and not any(patterns()["kinship"].get(t.lower_, {}).get("relation") == "spouse" for t in conj) \
                and not _married_pair(ctx, conj):
            continue
        ents: list = []
        for t in conj:
            # "Hugh Finch and his wife of 40 years, Marguerite, have two sons": the husband's
            # count stands even where the wife is no entity of ours
            ents += [e for e in _resolve(ctx, t) if e not in ents]
        partner = with_spouse(ctx, verb, ents) if len(ents) == 1 else None
        for e in ents[:2] + ([partner] if partner is not None else []):
            ctx.add("number_of_children", e, conj[0].left_edge.idx, m.end(), value=n, confidence=LIKELY, dated=True)
        if len(ents) == 2:
            shared_children(ctx, ents[0], ents[1], n, conj[0].left_edge.idx, m.end())
    for m in rx["their_n_children"].finditer(text, ctx.article.body_start):
        # "Their three children, A, B and C", "with his two daughters": the possessor's children
        # (sons or daughters only where the sentence names no other child: "his two sons and a
        # daughter")
        n = number_value(m.group(2))
        span = ctx.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if n is None or span is None or span.root.dep_ != "poss":
            continue
        rest = text[m.end() : _sentence(span.root).end_char]
        if not re.search(r"(?:children|kids)$", m.group(0), re.I) and (
                re.search(r"\b(?:sons?|daughters?|child(?:ren)?|boys?|girls?)\b", rest) or re.search(r"\band\s+an?\s*$", text[max(0, m.start() - 8) : m.start()])):
            continue
        people = _resolve(ctx, span.root)
        own = ctx.covering(span.root.idx, _tok_end(span.root))
        if span.root.lower_ == "their" and own is not None and own[0].end > _tok_end(span.root):
            # ("his widow and their four children – Lupe, 45, ...": a "their" inside a mention the
            # entity stage gave the first child named is whoever the kin rule found it to be)
            people = _kin_owners(ctx, span.root.head, span.sent)[0] if span.root.head.lemma_.lower() in ("child", "kid", "son", "daughter") else []
        joint = joint_possessor(ctx, span.root, people, span.sent) if len(people) == 1 else None
        people = [joint, *people] if joint is not None else people  # "Brendan and Teresa's two children"
        if 1 <= len(people) <= 2:
            for person in people:
                ctx.add("number_of_children", person, m.start(), m.end(), value=n, confidence=LIKELY, dated=True)
    for m in rx["survived_by_n"].finditer(text, ctx.article.body_start):
        n = number_value(m.group(1))
        span = ctx.doc.char_span(m.start(), m.start() + len(m.group(0).split()[0]), alignment_mode="expand")
        if n is None or span is None:
            continue
        # ("a daughter, Jill, and two sons": past the first child's name too)
        first = re.search(r"\b(an?|\w+)\s+(sons?|daughters?)(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,)?\s*,?\s+and\s+$",
                          text[max(0, m.start(1) - 50) : m.start(1)], re.I)
        ev_start = m.start(1) if first is None else max(0, m.start(1) - 50) + first.start()
        if first is not None:
            # "survived by a daughter and two sons": the two counts of two sexes add up (a
            # first word that is no count gives none)
            more = 1 if first.group(1).lower() in ("a", "an") else number_value(first.group(1))
            if more is None or not two_sexes(first.group(2), m.group(0).split()[-1]):
                continue
            n += more
        noun = m.group(0).split()[-1]
        rest = text[m.end() : _sentence(span.root).end_char]
        if noun.lower() not in ("children", "kids") and re.search(r"\b(?:sons?|daughters?|child(?:ren)?)\b", rest):
            # ("leaves two sons, Rhodri and Emyr, and a daughter, Sian": three)
            more = _and_other_sex(rest, noun)
            if more is None:
                continue
            n += more
        people = _subjects(ctx, span.root, couples=False)
        # ("She leaves two sons" after "had three sons": the survivors leave out a child who died)
        if len(people) == 1 and not ctx.facts.has("number_of_children", people[0].id):
            ctx.add("number_of_children", people[0], ev_start, m.end(), value=n, confidence=LIKELY, dated=True)
    for m in _SURVIVORS_ARE.finditer(text, ctx.article.body_start):
        # "X died on Monday. Survivors are his wife, Ann, and two sons, A and B": the one the
        # sentence before was about, whom the possessive fits
        n = number_value(m.group("n"))
        dead = _previous_subject(ctx, m.start())
        if n is None or dead is None or dead.gender not in (None, "male" if m.group("poss").lower() == "his" else "female") \
                or re.search(r"\b(?:sons?|daughters?|child(?:ren)?|kids?)\b", text[m.start() : m.start("n")], re.I):
            continue
        if not ctx.facts.has("number_of_children", dead.id):
            ctx.add("number_of_children", dead, m.start(), m.end(), value=n, confidence=LIKELY, dated=True)


_CHILD_BEFORE = re.compile(r"\b(?:children|sons|daughters|son|daughter|brothers|sisters)\b", re.I)


# (all the survivors the text lists, not "Survivors include"; not "two sons and a daughter")
_SURVIVORS_ARE = re.compile(
    rf"\bsurvivors\s+are\s+(?P<poss>his|her)\b[^.;]{{0,80}}?\b(?P<n>{NUMBER_RE})\s+(?:children|kids|sons|daughters)\b(?!-)"
    r"(?!\s*,?\s+and\s+(?:a|an|\w+)\s+(?:sons?|daughters?|children)\b)", re.I)


# "the fourth of seven children", "the eldest of three children": a rank among a count that
# names no parents ("... of seven children of X and Y" is the kin rule's)
_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
_RANKED = re.compile(
    rf"\bthe\s+(?:{_ORDINALS}|eldest|oldest|youngest|elder|older|younger|middle)\s+of\s+(?:the\s+)?({NUMBER_RE})\s+(?:children|kids)\b(?!\s+(?:of|born|to|from)\b)",
    re.I)


def _rule_ranked_counts(ctx: _Ctx) -> None:
    """'The athlete ... is the fourth of seven children. ... her parents, Joseph and Esther': a
    count the person's rank among their siblings states of the parents the text gives that
    person (after every rule that finds parents). The person is the subject of the copula the
    phrase completes, directly or past another description joined by 'and'."""
    low = ascii_lower(ctx.text)
    if low is not None and low.find("children", ctx.article.body_start) < 0 and low.find("kids", ctx.article.body_start) < 0:
        return  # every match ends on one of the two words (IGNORECASE: sought in the lower-cased text)
    for m in _RANKED.finditer(ctx.text, ctx.article.body_start):
        n = number_value(m.group(1))
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if n is None or n < 2 or span is None:
            continue
        verb = span.sent.root
        between = ctx.doc[verb.i + 1 : span.start]
        if verb.lemma_ != "be" or verb.i >= span.start or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in between):
            continue
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        people = _resolve(ctx, subj[0], couples=False) if len(subj) == 1 else []
        if len(people) != 1:
            continue
        child = people[0]
        parents = {f.subject for f in ctx.facts.values() if f.relation == "child" and f.object == child.id}
        parents |= {f.object for f in ctx.facts.of("parent", child.id) if f.object}
        counted = {f.subject for f in ctx.facts.values() if f.relation == "number_of_children"}
        for e in ctx.entities:
            if e.id in parents and e.id not in counted and e is not child:
                # (a parent known only by a trade too: "the daughter of a police inspector")
                ctx.add("number_of_children", e, m.start(), m.end(), value=n, confidence=LIKELY, dated=True, described_parent=True)


# 'A fourth child, Patrick, died in infancy': one more than the count said before
# (opening on its letter, the word's start tested behind it: a leading "\b" was tried at every
# character)
_ANOTHER = re.compile(rf"[Aa](?<![\w][Aa])n?\s+({_ORDINALS})\s+(?:child|son|daughter|baby)\b")
_ORDINAL_VALUE = {w: n for n, w in enumerate(_ORDINALS.split("|"), 1)}


def _rule_one_more_child(ctx: _Ctx) -> None:
    """'survived by ... their three children, A, B and C ... A fourth child, D, died in infancy':
    an indefinite ordinal adds the child it names to the count already stated of that child's
    parents, when the count is one short of it ('a fourth' after 'three'; 'a third son' after
    'four children' says nothing new)."""
    for m in _ANOTHER.finditer(ctx.text, ctx.article.body_start):
        n = _ORDINAL_VALUE[m.group(1).lower()]
        hit = ctx.covering(m.start(), m.end())
        if n < 2 or hit is None:
            continue
        child = hit[1]
        parents = {f.subject for f in ctx.facts.values() if f.relation == "child" and f.object == child.id}
        counts = [f for f in ctx.facts.values() if f.relation == "number_of_children" and f.subject in parents]
        for f in counts:
            parent = next((e for e in ctx.entities if e.id == f.subject), None)
            # (not after "The couple have four children": the living they have, which "They lost
            # a fifth child" does not add to)
            if parent is not None and f.value == n - 1 and f.evidence.end <= m.start() and not re.search(r"\b(?:have|has)\b", f.evidence.text):
                ctx.add("number_of_children", parent, m.start(), m.end(), value=n, confidence=LIKELY, dated=True)


_RANKED_OF = re.compile(
    rf"\bthe\s+(?:{_ORDINALS}|eldest|oldest|youngest|middle)\s+of\s+(?:the\s+)?({NUMBER_RE})\s+(?:children|kids)\s+of\s+(?:the\s+late\s+)?", re.I)


def _rule_ranked_counts_of(ctx: _Ctx) -> None:
    """'the youngest of six children of a docker', '... of Tom and Ann Rourke': a rank among a
    count that names the parents right after it is their count, whoever the child is."""
    # (every match holds "children" or "kids": most articles have neither; the lower-cased text
    # says so unless it holds a character IGNORECASE folds onto a letter, where the pattern is run)
    low = ascii_lower(ctx.text)
    if low is not None and low.find("children", ctx.article.body_start) < 0 and low.find("kids", ctx.article.body_start) < 0:
        return
    for m in _RANKED_OF.finditer(ctx.text, ctx.article.body_start):
        n = number_value(m.group(1))
        first = ctx.covering(m.end(), m.end() + 1)
        if n is None or n < 2 or first is None or first[0].start != m.end():
            continue
        named = ctx.starting_at(first[0].end + 2) if ctx.text[first[0].end : first[0].end + 2] == ", " else None
        if named is not None and first[0].kind == "descriptor":
            first = named  # ('of a cattle dealer, Thomas Hanlon': the name the trade is apposed to)
        parents = [first]
        joined = re.match(r"\s+and\s+(?:the\s+late\s+)?", ctx.text[first[0].end : first[0].end + 20]) or \
            _AFTER_PARTNER.match(ctx.text[first[0].end : first[0].end + 80])
        at = first[0].end + joined.end() if joined else 0
        at += 4 if joined and ctx.text[at : at + 4] in ("his ", "her ") else 0  # (the wife's noun, not her husband's "his")
        second = ctx.covering(at, at + 1) if joined else None
        if second is not None and second[1] is not first[1]:
            parents.append(second)
        for mention, parent in parents:
            ctx.add("number_of_children", parent, m.start(), mention.end, value=n, confidence=LIKELY, dated=True, described_parent=True)
        child = _ranked_child(ctx, m.start())
        if child is not None and child not in [p for _, p in parents]:
            end = max(mention.end for mention, _ in parents)
            for _, parent in parents:
                ctx.add("child", parent, m.start(), end, obj=child, confidence=LIKELY)


# ("of Vakhtang Gogoladze (1899 - 1975), a potter, and his wife, Keto": the second parent past the
# first's life span and description, named as the first's spouse)
_AFTER_PARTNER = re.compile(r"(?:\s*\([^)]{0,20}\))?(?:,\s+(?:a|an|the)\s+[^,;.]{1,40},)?\s+and\s+(?:the\s+late\s+)?(?=(?:his|her)\s+(?:wife|husband)\b)")


def _ranked_child(ctx: _Ctx, at: int) -> Optional[Entity]:
    """The child 'the youngest of four children of X' is said of: the subject of the clause the
    phrase is set off after ("He was born in 1937, the youngest of ...") or of the copula it
    completes ("She was the eldest of six children of ..."), one named person."""
    span = ctx.doc.char_span(at, at + 3, alignment_mode="expand")
    rank = ctx.doc[span.start + 1] if span is not None and span.start + 1 < len(ctx.doc) else None
    if rank is None or rank.dep_ not in ("npadvmod", "attr", "advmod") or rank.head.pos_ not in ("VERB", "AUX"):
        return None
    subj = [c for c in rank.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < rank.i]
    people = [e for e in _resolve(ctx, subj[0], couples=False) if e.type == "PERSON"] if len(subj) == 1 else []
    return people[0] if len(people) == 1 else None


# "He leaves Margaret, his wife of 63 years, and their son and daughter": a son and a daughter
# neither named nor counted, one of each (a name after them, "their son and daughter, Ann
# and Tom", is the kin lists' to read)
_SON_AND_DAUGHTER = re.compile(r"\b(?P<poss>[Tt]heir|[Hh]is|[Hh]er)\s+(?P<a>son|daughter)\s+and\s+(?:a\s+)?(?P<b>son|daughter)\b(?!\s*(?:,\s*[A-Z]|-in-law|[A-Z(]))")


def _rule_son_and_daughter(ctx: _Ctx) -> None:
    if "daughter" not in ctx.text:
        return  # (every match it keeps names a son and a daughter; most articles name no daughter)
    for m in _SON_AND_DAUGHTER.finditer(ctx.text, ctx.article.body_start):
        if m.group("a") == m.group("b"):
            continue
        span = ctx.doc.char_span(m.start("poss"), m.end("poss"), alignment_mode="expand")
        if span is None or span.root.dep_ != "poss":
            continue
        # (the possessive inside "their son" may resolve to that son's own descriptor)
        people = [e for e in _resolve(ctx, span.root) if _named(e)] or (list(ctx.couple_before(span.root.idx) or ()) if m.group("poss").lower() == "their" else [])
        if not 1 <= len(people) <= 2:
            continue
        for person in people:
            if not ctx.facts.has("number_of_children", person.id):
                ctx.add("number_of_children", person, m.start(), m.end(), value=2, confidence=LIKELY, dated=True)


_ONLY_CHILD = re.compile(r"\bonly (?:child|baby)\b", re.IGNORECASE)


def _rule_only_child(ctx: _Ctx) -> None:
    """'The couple's only child, Malachi': a parent's only child is that parent's one child (an only
    son or daughter may have sisters or brothers, so they count nothing)."""
    low = ascii_lower(ctx.text)
    if low is not None and "only child" not in low and "only baby" not in low:
        return  # (most articles: found by str.find, not by the IGNORECASE search at every character)
    if _ONLY_CHILD.search(ctx.text) is None:
        return
    by_id = {e.id: e for e in ctx.entities}
    for f in [f for f in ctx.facts.values() if f.relation == "child"]:
        m = _ONLY_CHILD.search(ctx.text, f.evidence.start, f.evidence.end)
        parent = by_id.get(f.subject)
        if m is None or parent is None or ctx.facts.has("number_of_children", parent.id):
            continue
        ctx.add("number_of_children", parent, f.evidence.start, m.end(), value=1, confidence=LIKELY, dated=True)
