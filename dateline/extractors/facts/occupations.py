"""Occupations a copula or a description states, past what the apposition rules in ``roles``
read: 'He was a church organist for 40 years' (a pronoun or a relative's subject), 'The
cellist was Tobias's son, Jonas Kerridge' (the job the subject, the person the complement),
'a bus driver, Tomas Ruiz, 41' (the job before the name), and an article that opens by
describing the person it names next ('A country solicitor who ... was jailed. Nigel Fair, 58,
...'). None from what the text does not assert: 'is not a doctor', 'wanted to be a pilot',
'If he were a surgeon', 'his father was a miner' (the father's job), 'a friend who is a
nurse'. A job at an organisation named after it is a title and an employer (``roles``,
``employment``), not an occupation. Words are data: patterns key ``copula_occupations``."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dateline.extractors.facts.context import (
    LIKELY,
    ORG,
    PERSON,
    _Ctx,
    _kin_described,
    _named,
    _regexes,
    _resolve,
    _sentences,
    _tok_end,
    patterns,
)
from dateline.model import Entity
from dateline.nlp import char_tokens, per_doc, token_at_char
from dateline.wordstart import ascii_lower, finditer_lower


def _words() -> dict:
    return patterns()["copula_occupations"]


def occupation_matches(ctx: _Ctx) -> list[re.Match]:
    """The occupation pattern's matches in the article's body, found once per article for the
    rules that read them (roles and the copula rules here): a lower-cased scan, not IGNORECASE."""
    memo = per_doc(ctx.doc, "occupation_matches")
    body = ctx.article.body_start
    if body not in memo:
        # (not a word of a masthead or heading in capitals, "THE AVON COURIER"; an acronym of
        # three letters or fewer is a job as written: "GP")
        memo[body] = [m for m in finditer_lower(_regexes()["occupation"], ctx.text, ascii_lower(ctx.text), body)
                      if not (m.group(1).isupper() and len(m.group(1)) > 3) and (m.group("made") is None or _made_noun(ctx, m))]
    return memo[body]


def _made_noun(ctx: _Ctx, m: re.Match) -> bool:
    """The word before an agent noun ("kite" of "kite maker") is a lower-case noun: not "a hard
    worker", "a Flint autoworker" or a name's word."""
    made = m.group("made")
    k = token_at_char(ctx.doc, m.start("made"))
    return made.islower() and k is not None and ctx.doc[k].pos_ == "NOUN" and ctx.doc[k].idx == m.start("made")


def _occ_value(text: str) -> str:
    """The lexicon's form of a job as written: lower case, one space; an acronym ('GP') as is."""
    if text.isupper():
        return text
    # (a word the lexicon writes with its hyphen keeps it: 'singer-songwriter', 'net-mender')
    low = text.lower()
    if low in patterns()["occupations"]:
        return low
    # (a hyphen inside the words before the head stays: "feed-store owner"; one joining a word
    # to the head goes: "kite-maker" is a kite maker)
    low = re.sub(r"\s+", " ", low)
    return low if " " in low else low.replace("-", " ")


def _told(ctx: _Ctx, s: int, e: int) -> bool:
    """A job occurrence some earlier rule already gave to someone (or read as a title)."""
    return ctx.facts.covering(("occupation", "title"), s, e)


def _has_job(ctx: _Ctx, who: Entity, occ: str) -> bool:
    """The person has this job already, as an occupation or a title with the same head."""
    head = occ.split()[-1]
    return any(f.subject == who.id and f.relation in ("occupation", "title") and str(f.value).split()[-1] == head
               for f in ctx.facts.values())


def _at_org(ctx: _Ctx, e: int) -> bool:
    """'a nurse at St Anne's Hospital', 'the cellist of the Halle': a post at an organisation."""
    m = re.match(r"\s+(?:of|at|for|with)\s+(?:the\s+)?(?=[A-Z])", ctx.text[e : e + 30])
    return m is not None and ctx.starting_at(e + m.end(), ORG) is not None


def went_on_to(verb: Token) -> bool:
    """'he went on to become a parish priest', 'rose to become': an infinitive the verb it hangs
    on asserts (patterns key ``copula_occupations.asserting_heads``, a lemma and its particle)."""
    # (the parser hangs the infinitive as either)
    if verb.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    prt = [c.lower_ for c in head.children if c.dep_ == "prt"]
    said = " ".join([head.lemma_.lower(), *prt])
    return said in _words()["asserting_heads"] and not unasserted_copula(head)


def unasserted_copula(verb: Token) -> bool:
    """A copula whose clause the text does not assert: negated ('is not', 'never was', 'no
    longer'), conditional ('If he were'), modal ('would be'), an infinitive ('wanted to be').
    ('was mistaken for a doctor' has no copula before the job, so it gives none either.)"""
    w = _words()
    for c in verb.children:
        if c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in w["modals"]) or (c.dep_ == "mark" and c.lower_ in w["conditional_marks"]):
            return True
        if c.dep_ == "aux" and c.lower_ == "to" and not went_on_to(verb):
            return True
        if c.dep_ == "advmod" and c.lower_ in w["negative_adverbs"]:
            return True
    if verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "mark" and c.lower_ in w["conditional_marks"] for c in verb.children):
        return True
    # "If Ann Roe were a surgeon, ...": a conditional opening the clause (only "were" is asked
    # about: finding the sentence makes Span and Token objects)
    if verb.lower_ != "were":
        return False
    left = verb.doc[verb.sent.start : verb.i]
    return any(t.lower_ in w["conditional_marks"] and t.dep_ == "mark" for t in left)


def _copula_before(ctx: _Ctx, s: int) -> tuple[Optional[Token], bool]:
    """The copula ('is', 'was', 'has been', 'became') right before 'a/an [modifiers] JOB',
    with only adverbs ('now', 'also') between, and whether a negation stands there ('is not
    a', 'never was a', 'is no longer a')."""
    doc = ctx.doc
    at = token_at_char(doc, s)
    if at is None:
        return None, False
    i = at - 1
    steps = 0
    # ("was a retired coal miner": a participle modifying the job too)
    while i >= 0 and steps < 4 and doc[i].lower_ not in ("a", "an") and (doc[i].pos_ in ("ADJ", "NOUN", "PROPN") or doc[i].text == "-" or doc[i].dep_ == "amod"):
        i -= 1
        steps += 1
    if i < 0 or doc[i].lower_ not in ("a", "an"):
        return None, False
    i -= 1
    if i > 1 and doc[i].lower_ == "and" and doc[i - 1].like_num:
        # ("who is thirty-eight and a paediatrician": an age conjoined before the job)
        i -= 2
        while i > 0 and (doc[i].text == "-" or doc[i].like_num) and doc[i].pos_ in ("NUM", "PUNCT"):
            i -= 1
    if i > 2 and doc[i].text == ",":
        # ("is not, as one announcer claimed, a farmer": past an aside set off by commas)
        j = next((j for j in range(i - 1, max(0, i - 10), -1) if doc[j].text == ","), None)
        i = j - 1 if j is not None else i
    negated = False
    while i >= 0 and (doc[i].pos_ in ("ADV", "PART") or doc[i].lower_ in ("no",)) and doc[i].lower_ != "to":
        negated = negated or doc[i].lower_ in _words()["negative_adverbs"] or doc[i].dep_ == "neg"
        i -= 1
    if i < 0 or doc[i].lemma_ not in _words()["copulas"] or doc[i].pos_ not in ("AUX", "VERB"):
        return None, negated
    return doc[i], negated


def job_unasserted(ctx: _Ctx, s: int) -> bool:
    """The job at ``s`` follows a copula the text does not assert ('is not a doctor', 'If he
    were a surgeon', 'wanted to be a pilot')."""
    verb, negated = _copula_before(ctx, s)
    return negated or (verb is not None and unasserted_copula(verb))


def whose_relative_before(ctx: _Ctx, verb: Token) -> Optional[Entity]:
    """'Lind, whose father, Gunnar Aalto, was a carpenter': the copula is the relative's (the
    parse may hang it on the first name)."""
    k = ctx.text.rfind(",", max(0, verb.idx - 60), verb.idx)
    hit = ctx.ending_at(k) if k > 0 and not ctx.text[k + 1 : verb.idx].strip() else None
    if hit is None or not _named(hit[1]):
        return None
    kin = re.search(r"\bwhose\s+(?:[a-z-]+\s+)?([a-z]+),\s+$", ctx.text[max(0, hit[0].start - 40) : hit[0].start])
    return hit[1] if kin is not None and kin.group(1) in patterns()["kinship"] else None


def _subject_of(ctx: _Ctx, verb: Token) -> list[Entity]:
    """Whom the copula's subject names. A kin noun ('his father') is the relative's, so only
    the name apposed to it counts; a relative pronoun on a common noun ('a friend who is')
    names nobody."""
    relative = whose_relative_before(ctx, verb)
    if relative is not None:
        return [relative]
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and went_on_to(verb):
        subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and verb.dep_ in ("conj",) and verb.head.pos_ in ("AUX", "VERB"):
        subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) == 2 and subj[0].pos_ == "NOUN" and subj[1].pos_ == "PROPN" and subj[1].left_edge.i > 0 \
            and verb.doc[subj[1].left_edge.i - 1].text == ",":
        subj = subj[1:]  # ("Hollins Cross's coach that season, Stan Oldroyd, was a retired coal miner": the name set off)
    if len(subj) != 1 or any(c.dep_ == "conj" for c in subj[0].children):
        return []
    tok = subj[0]
    if tok.lower_ in patterns()["kinship"]:
        appos = [c for c in tok.children if c.dep_ == "appos"]
        ent = ctx.token_entity(appos[0]) if appos else None
        if ent is not None and _named(ent):
            return [ent]
        # "His own father, the bride's grandfather, was a schoolmaster": a relative the text
        # never names but describes right there is somebody the job can be said of
        own = ctx.token_entity(tok)
        return [own] if own is not None and _kin_described(own, ctx.text) else []
    if tok.lower_ in ("who", "that"):
        head = verb.head if verb.dep_ == "relcl" else None
        if head is None or head.pos_ != "PROPN":
            return []
    people = [e for e in _resolve(ctx, tok, couples=False) if e.type == "PERSON"]
    return people if len(people) == 1 else []


# endings of a noun for somebody who does something ("educator", "technician", "consultant")
_WORKER_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def _worker_head_end(ctx: _Ctx, e: int) -> Optional[int]:
    """Where the phrase ends when the job word ending at ``e`` only modifies a lower-case noun
    for a worker right after it ("nurse educator"), else None."""
    at = token_at_char(ctx.doc, e - 1)
    if at is None or at + 1 >= len(ctx.doc):
        return None
    tok, nxt = ctx.doc[at], ctx.doc[at + 1]
    if tok.dep_ != "compound" or tok.head.i != nxt.i or nxt.idx != e + 1 or not nxt.text.islower() or nxt.tag_ != "NN" \
            or not nxt.text.endswith(_WORKER_ENDINGS):
        return None
    return nxt.idx + len(nxt.text)


def _rule_copula_occupations(ctx: _Ctx) -> None:
    """'She is a nurse', 'He was a church organist for 40 years', 'X has been a paramedic
    since 2010', 'X became a farmer': the job after a copula is its subject's."""
    for m in occupation_matches(ctx):
        s, e = m.span(1)
        # ("is a student at X": a place of study names no post, posts.not_posts)
        if _told(ctx, s, e) or (_at_org(ctx, e) and _occ_value(m.group(1)).split()[-1] not in patterns()["posts"]["not_posts"]) \
                or ctx.text[e : e + 1] == "-":
            continue
        verb, negated = _copula_before(ctx, s)
        if verb is None or negated or unasserted_copula(verb):
            continue
        people = _subject_of(ctx, verb)
        if len(people) != 1 or _has_job(ctx, people[0], _occ_value(m.group(1))):
            continue
        occ = _occ_value(m.group(1))
        head_end = _worker_head_end(ctx, e)
        if head_end is not None:
            # ("She was a clinical nurse educator": the listed job word modifies the worker noun
            # that heads the phrase, which is the job)
            e, occ = head_end, _occ_value(ctx.text[s:head_end])
        ctx.add("occupation", people[0], min(verb.idx, s), e, value=occ, confidence=LIKELY)
        ctx.add_gender(people[0], patterns()["gendered_roles"].get(occ), s, e, LIKELY)


def _named_complement(ctx: _Ctx, attr: Token) -> Optional[Entity]:
    """The person a copula's complement names: a name, or a kin noun's apposed name
    ('Tobias's son, Jonas Kerridge')."""
    if attr.lower_ in patterns()["kinship"]:
        appos = [c for c in attr.children if c.dep_ == "appos"]
        ent = ctx.token_entity(appos[0]) if appos else None
    else:
        hit = ctx.covering(attr.idx, _tok_end(attr), PERSON)
        ent = hit[1] if hit is not None and hit[0].kind in ("name", "surname", "firstname") else None
    return ent if ent is not None and _named(ent) else None


def _rule_inverted_copula(ctx: _Ctx) -> None:
    """'The cellist was Mira Dunne': the job is the subject, the person the complement. Only
    'the' and the job ('The band's drummer was X' is a post at the band)."""
    for m in occupation_matches(ctx):
        s, e = m.span(1)
        if _told(ctx, s, e) or _at_org(ctx, e) or not re.search(r"(?:^|\s)[Tt]he\s+$", ctx.text[max(0, s - 5) : s]):
            continue
        got = char_tokens(ctx.doc, s, e)
        if got is None:
            continue
        job = ctx.doc[got[0] : got[1]].root
        verb = job.head
        if job.dep_ != "nsubj" or verb.lemma_ != "be" or unasserted_copula(verb):
            continue
        attrs = [c for c in verb.children if c.dep_ == "attr"]
        who = _named_complement(ctx, attrs[0]) if len(attrs) == 1 else None
        occ = _occ_value(m.group(1))
        if who is None or _has_job(ctx, who, occ):
            continue
        ctx.add("occupation", who, s - 4, _tok_end(attrs[0]), value=occ, confidence=LIKELY)
        ctx.add_gender(who, patterns()["gendered_roles"].get(occ), s, e, LIKELY)


def _rule_job_before_name(ctx: _Ctx) -> None:
    """'Among the dead are a bus driver, Tomas Ruiz, 41, ...': 'a JOB, NAME' with the name
    closing the apposition (not 'the son of a miner, Tom Hale', the job someone else's)."""
    body = ctx.article.body_start
    for m in occupation_matches(ctx):
        s, e = m.span(1)
        # ("married a Canadian acrobat, Luc Bright": a capitalised adjective too)
        pre = re.search(r"(?:^|\s)(\w+)\s+an?\s+(?:[A-Za-z-]+\s+){0,2}$", ctx.text[max(body, s - 60) : s])
        if pre is None or pre.group(1).lower() in _words()["not_before_job"] or _told(ctx, s, e):
            continue
        name = re.match(r",\s+", ctx.text[e : e + 3])
        hit = ctx.starting_at(e + name.end(), PERSON) if name else None
        if hit is None or hit[0].kind != "name" or not re.match(r"\s*(?:[,.;]|$)", ctx.text[hit[0].end : hit[0].end + 2]):
            continue
        occ = _occ_value(m.group(1))
        if not _has_job(ctx, hit[1], occ):
            ctx.add("occupation", hit[1], s, hit[0].end, value=occ, confidence=LIKELY)
            ctx.add_gender(hit[1], patterns()["gendered_roles"].get(occ), s, e, LIKELY)


def _lede_jobs(ctx: _Ctx, sent: SpacySpan) -> list[tuple[str, int, int]]:
    """The jobs in the description an article opens with, as its subject: 'A country
    solicitor who ...', 'A retired teacher and her husband', 'A former coal miner turned
    vigneron' (both jobs). Only modifiers stand between the article and the job, and no name
    is in the sentence (else the description may be that name's apposition)."""
    doc = ctx.doc
    first = next((t for t in sent if not t.is_space), None)
    line = re.match(r"(?:[A-Z][A-Z.'’-]+\s+){0,3}[A-Z][A-Z.'’-]+(?:,\s+[A-Za-z.]+)?\s*(?:[:–—-]|\(\w+\)\s*[:–—-]?)\s*", ctx.text[first.idx : first.idx + 80]) if first is not None else None
    if first is not None and line is not None:
        # "THIRUVANANTHAPURAM: An autorickshaw driver ...": past the dateline
        past = first.idx + line.end()
        first = next((t for t in sent if t.idx >= past and not t.is_space), None)
    if first is None or first.lower_ not in ("a", "an"):
        return []
    m = _regexes()["occupation"].search(ctx.text, first.idx, sent.end_char)
    got = char_tokens(doc, m.start(1), m.end(1)) if m else None
    if m is None or got is None or got[0] - first.i > 5:
        return []
    if not all(t.dep_ in ("amod", "compound", "nmod", "npadvmod") or t.text == "-" for t in doc[first.i + 1 : got[0]]):
        return []
    if any(hit is not None and hit[0].kind == "name" for hit in (ctx.covering(t.idx, _tok_end(t), PERSON) for t in sent)):
        return []
    jobs = [(_occ_value(m.group(1)), m.start(1), m.end(1))]
    turned = re.match(r"\s+(?:" + "|".join(map(re.escape, _words()["turned"])) + r")\s+(?:an?\s+)?", ctx.text[m.end(1) : m.end(1) + 20])
    second = _regexes()["occupation"].match(ctx.text, m.end(1) + turned.end()) if turned else None
    if second is not None:
        jobs.append((_occ_value(second.group(1)), second.start(1), second.end(1)))
    return jobs


def _rule_lede_description(ctx: _Ctx) -> None:
    """'A country solicitor who stole ... was jailed on Friday. / Nigel Fair, 58, of Keswick,
    ...': an article that opens on a description of its subject and names the subject of its
    next sentence gives that person the description's job."""
    # The first two sentences of the body with any words: the text sliced, not ``Span.text``
    # (a Token object per word of every sentence).
    sents: list[SpacySpan] = []
    for sent in _sentences(ctx.doc):
        if sent.end_char > ctx.article.body_start and ctx.text[sent.start_char : sent.end_char].strip():
            sents.append(sent)
            if len(sents) == 2:
                break
    if len(sents) < 2:
        return
    jobs = _lede_jobs(ctx, sents[0])
    if not jobs:
        return
    nxt = sents[1]
    first = next((t for t in nxt if not t.is_space), None)
    hit = ctx.starting_at(first.idx, PERSON) if first is not None else None
    if hit is None or hit[0].kind != "name":
        return
    got = char_tokens(ctx.doc, hit[0].start, hit[0].end)
    if got is None or ctx.doc[got[0] : got[1]].root.dep_ not in ("nsubj", "nsubjpass"):
        return
    described = re.match(r"(?:,\s+\d{1,3})?,\s+(?:an?|the)\s+([^,.;]{1,60})", ctx.text[hit[0].end : hit[0].end + 80])
    if described is not None and not any(occ.split()[-1] in described.group(1).lower() for occ, _, _ in jobs):
        return  # "Jane Roe, a patient, said": the next sentence describes someone else
    for occ, s, e in jobs:
        if not _has_job(ctx, hit[1], occ):
            ctx.add("occupation", hit[1], s, e, value=occ, confidence=LIKELY)


def _rule_one_job_word(ctx: _Ctx) -> None:
    """'Dr Yaw Asamoah-Boateng, a surgeon at Ashanti Regional Hospital ... The surgeon's wife':
    a job that a title of the same person already states with its organisation is that title,
    not an occupation as well; a retired or former one is a job of its own ('the retired
    headmaster', once headmaster of a school)."""
    cues = tuple(patterns()["retired_occupations"]["cues"])
    heads = {(f.subject, str(f.value).split()[-1]) for f in ctx.facts.values() if f.relation == "title" and f.value}
    # ("his wife and a former district nurse": 'nurse' read there too is the same job, said once)
    # (each person's jobs apart: a walk over everyone's per job was quadratic in a long article)
    jobs: dict[str, list[str]] = {}
    for f in ctx.facts.values():
        if f.relation == "occupation" and f.value:
            jobs.setdefault(f.subject, []).append(f" {f.value}")
    for key, f in list(ctx.facts.items()):
        if f.relation == "occupation" and f.value and (((f.subject, str(f.value).split()[-1]) in heads
                and not any(c in f.evidence.text.lower() for c in cues)) or any(j.endswith(f" {f.value}") and j != f" {f.value}" for j in jobs.get(f.subject, []))):
            del ctx.facts[key]


def copula_at(ctx: _Ctx, at: int) -> Optional[Token]:
    """The copula a match of 'is/was/has been ...' opens on, past the auxiliary of a perfect
    ("has been one of its trustees", "had been one of the founders"), or None when the word
    there is no form of 'be'."""
    k = token_at_char(ctx.doc, at)
    verb = ctx.doc[k] if k is not None else None
    if verb is not None and verb.lemma_ == "have" and verb.dep_ == "aux":
        verb = verb.head
    return verb if verb is not None and verb.lemma_ == "be" else None
