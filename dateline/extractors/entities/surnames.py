"""Which of two people sharing a surname a sentence-opening surname means, when the sentence
before named both: the one that sentence was about (its subject), not the one it named inside a
phrase ("Margaret Kerr, 88, shares nothing but a surname with Agnes Kerr. Mrs Kerr, a former
telephonist, ..." is Margaret). News carries its subject from one sentence to the next."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from dateline.extractors.entities.clusters import _Cluster
from dateline.extractors.entities.honorifics import titles_of
from dateline.nlp import text_of

if TYPE_CHECKING:
    from dateline.extractors.entities.builder import _Builder
    from dateline.extractors.entities.clusters import _Clusters


def prior_subject(b: "_Clusters", at: int, latest: _Cluster, others: list[_Cluster]) -> Optional[_Cluster]:
    """Of ``others``, the one person the previous sentence has for its main subject (a name, or a
    name apposed to the subject noun: "Our longest-serving volunteer, Margaret Kerr, ..."), when the
    surname at token ``at`` opens its sentence (after its title, if any) and ``latest``, the last
    named of them, is not that subject. None otherwise, and always in the ranker's training."""
    if getattr(b, "observe", None) is not None:
        return None
    doc = b.doc
    start = b.sent_start_of[at]
    if start == 0 or at - start > 1 or (at > start and doc[start].lower_ not in b.lex.titles):
        return None
    subjects = set()
    for k in range(b.sent_start_of[start - 1], start):
        c = b.covered.get(k)
        if c is None:
            continue
        tok = doc[k]
        while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ == "appos":
            tok = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT":
            subjects.add(id(c.root()))
    if id(latest.root()) in subjects:
        return None
    mine = [c for c in others if id(c.root()) in subjects]
    return mine[0] if len(mine) == 1 else None


# "Catriona Fraser, 44, no relation, who ...": the one introduced as sharing only the surname
_NO_RELATION = re.compile(r"(?:,\s*(?:aged\s+)?\d{1,3})?,\s*(?:no\s+relation|not\s+related|no\s+kin)\b", re.I)


def no_relation_after(b: "_Clusters", at: int, words: int) -> bool:
    """The name of ``words`` tokens at token ``at`` is followed by "no relation" ("The
    association's president, Nima Nuru Sherpa, no relation, ..."): a newcomer, whom no lone
    earlier given name or surname joins (at extraction only)."""
    if getattr(b, "observe", None) is not None or at + words > len(b.doc):
        return False
    last = b.doc[at + words - 1]
    return _NO_RELATION.match(text_of(b.doc), last.idx + len(last.text)) is not None


# "Gerard McCaffrey, who carries the same surname but is not one of the family", "Jordan Alvarez,
# who threw two passes, is no relation": the clause the name opens says it (no capitalised word
# between, so that "Ann met Ray Vale, who is no relation" stays Ray's)
_NO_RELATION_CLAUSE = re.compile(
    r"(?:,\s*(?:aged\s+)?\d{1,3})?,\s*(?:who\s+)?(?:[a-z][^.;:\"“”()A-Z]{0,80}?\s)?"
    r"(?:is|was)\s+(?:no\s+(?:relation|kin)|not\s+related|unrelated|not\s+(?:one\s+)?of\s+the\s+family)\b")


def is_newcomer(b: "_Clusters", c: _Cluster) -> bool:
    """Named once with 'no relation' after the name, or in the clause it opens: a second person
    who shares only the surname."""
    text = text_of(b.doc)
    return any(m.kind == "name" and (_NO_RELATION.match(text, m.end) or _NO_RELATION_CLAUSE.match(text, m.end))
               for m in c.root().mentions)


def older_namesake(b: "_Clusters", known: _Cluster, surname: str, office: Optional[str]) -> Optional[_Cluster]:
    """'Inspector Fraser' read as the 'no relation' newcomer: the one person of that surname named
    before, not a newcomer, who holds the same office when one is given (else None)."""
    if not is_newcomer(b, known):
        return None
    others = {id(r): r for r in (c.root() for c in b.clusters)
              if r is not known.root() and len(r.key) > 1 and r.key[-1] == surname and not r.platform
              and r.is_person_like() and not is_newcomer(b, r) and (office is None or office in titles_of(b, r))}
    return next(iter(others.values())) if len(others) == 1 else None


def passing_agent(b: "_Clusters", cluster: _Cluster, before: Optional[int], rivals: list[_Cluster]) -> list[_Cluster]:
    """Every mention so far names the person as the agent of a passive ("the firm, which was
    founded in 1887 by Ezra Pell, a corn dealer"): somebody named in passing, not who a later
    "Ms Pell" means when another Pell was named as a clause's subject ("Clare Pell is to step
    down"); those rivals (in extraction only; none when the founder is the only one who acts)."""
    if getattr(b, "observe", None) is not None:
        return []
    doc = b.doc
    mentions = [m for m in cluster.root().mentions if before is None or m.head < before]
    if not mentions:
        return []
    for m in mentions:
        t = doc[m.head]
        while t.dep_ in ("compound", "flat", "conj", "appos") and t.head.i < t.i:
            t = t.head
        if not (t.dep_ == "pobj" and t.head.dep_ == "agent"):
            return []

    def subject(c: _Cluster) -> bool:
        # (a clause's subject, or the name a paragraph opens with: a heading may run into it)
        return any(m.kind == "name" and (before is None or m.head < before)
                   and (_head(doc[m.head]).dep_ in ("nsubj", "nsubjpass") or _opens_paragraph(doc, m.start)) for m in c.root().mentions)

    return [c for c in rivals if subject(c)]


def passing_object(b: "_Clusters", at: int, latest: _Cluster, others: list[_Cluster]) -> Optional[_Cluster]:
    """"Jussi Karvonen ... won, with Hanna Karvonen hanging over his shoulders. ... Karvonen
    said": the last named of a surname, named so far only as the object of a preposition, is
    named in passing; a bare surname means the one rival named as a clause's subject (at
    extraction only; as ``passing_agent`` for any preposition, not only a passive's "by")."""
    if getattr(b, "observe", None) is not None:
        return None
    doc = b.doc
    mine = [m for m in latest.root().mentions if m.head < at and m.kind == "name"]
    if not mine or not all(_in_passing(_head(doc[m.head])) for m in mine):
        return None
    rivals = [c for c in others if any(m.kind == "name" and m.head < at and _head(doc[m.head]).dep_ in ("nsubj", "nsubjpass")
                                       and not _in_passing(_head(doc[m.head])) for m in c.root().mentions)]
    return rivals[0] if len(rivals) == 1 else None


def _in_passing(t) -> bool:
    """A preposition's object, or the subject of a clause a preposition opens ("with Hanna
    Karvonen hanging upside down")."""
    # (not a passive's agent, "founded in 1958 by the late Zainab Ismail": ``passing_agent`` reads those)
    return (t.dep_ == "pobj" and t.head.dep_ != "agent" and t.head.lower_ != "by") \
        or (t.dep_ == "nsubj" and t.head.dep_ in ("pcomp", "pobj") and t.head.head.pos_ == "ADP")


def other_family(b: "_Clusters", lone: _Cluster, key: tuple[str, ...], at: int) -> bool:
    """"Clare Pell and her husband have three children: Oliver; Hannah; and Tom ... Tom Farrant,
    a retired solicitor": a child listed by first name after a plural child noun belongs to the
    family named before the list; a later full name with a surname none of them bears is somebody
    else (in extraction only)."""
    if getattr(b, "observe", None) is not None or not lone.mentions:
        return False
    doc = b.doc
    if any(b.sent_start_of[m.head] == b.sent_start_of[at] for m in lone.mentions):
        return False  # "Gina, now Gina Bright": a married name given beside the first name
    first = doc[min(m.head for m in lone.mentions)]
    start = b.sent_start_of[first.i]
    # (or a son set off right before the name: "Kostas's wife, Anna, ...; their son, Giorgos, 38"
    # is no "Giorgos Koukoudakis" named later, unless the surname is made from a parent's given
    # name, as a patronymic is: "His son, Páll ... Páll Sigurðsson")
    son = first.i >= 2 and doc[first.i - 1].text == "," and doc[first.i - 2].lower_ in ("son", "grandson")
    nouns = [t.i for t in doc[start : first.i] if t.tag_ == "NNS" and t.lemma_.lower() in b.lex.child_nouns]
    if not son and not nouns:
        return False
    names: set[str] = set()
    given: set[str] = set()
    # (the family named before the child noun, not a child listed before this one under a
    # married name of her own: "two daughters, Claire, 38, and Bridget ... Claire Hennessy")
    for k in range(start, nouns[-1] if nouns and not son else first.i):
        c = b.covered.get(k)
        if c is not None and len(c.root().key) > 1:
            names.update(c.root().key[-1].split("-"))
            given.add(c.root().key[0][:4])
    if son and key[-1][:4] in given:
        return False
    return bool(names) and not set(key[-1].split("-")) & names



def _head(tok):
    """The word a name's parse hangs on ("Kay" of "Kay Dane" is a compound of "Dane")."""
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _opens_paragraph(doc, start: int) -> bool:
    """The name at character ``start`` is the first thing of its paragraph."""
    # (read in place: ``doc.text`` is rebuilt per access and the slices copied all the text before)
    text = text_of(doc)
    end = k = min(start, len(text))
    while k > 0 and text[k - 1] == " ":
        k -= 1
    if k > 0 and text[k - 1] == "\n":
        return True
    first = 0
    while first < end and text[first].isspace():
        first += 1
    return first >= end



def _opens_sentence(b: "_Clusters", at: int) -> bool:
    """The surname at token ``at`` opens a sentence, or follows a short fronted phrase ("Now 47,
    Harrison is head of PE"), and is not the article's first sentence."""
    start = b.sent_start_of[at]
    return start > 0 and (at == start or (at - start <= 3 and b.doc[at - 1].text == ","))


def kin_of_the_subject(b: "_Clusters", at: int, latest: _Cluster, others: list[_Cluster]) -> Optional[_Cluster]:
    """"Kwame Mensah ... grew up near Bekwai. His father, Kofi Mensah, 79, still walks the rows.
    ¶ Mensah joined the co-operative": a bare surname opening a paragraph is the person the
    article opened on, when the latest of that surname came in as a relative ('His father, X',
    'her brother X') after that person was named; so is one opening the sentence right after the
    one that brought the relative in ("His granddaughter, Sela Tonga, 16, took the solo. Tonga, a
    retired panel beater, said"). None otherwise, and in the ranker's training."""
    if getattr(b, "observe", None) is not None:
        return None
    para = _opens_paragraph(b.doc, b.doc[at].idx)
    if not (para or _opens_sentence(b, at)):
        return None
    doc = b.doc
    # (the relative may come in by the first name alone: "his wife of four decades, Marisol, 62
    # ... Marisol Whitcombe said ... ¶ Whitcombe, the son of a miner")
    names = sorted((m.head for m in latest.root().mentions if m.kind in ("name", "firstname")))
    if not names:
        return None
    tok = _head(doc[names[0]])
    noun = tok.head if tok.dep_ == "appos" else None
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in b.lex.relative_nouns:
        noun = noun.head.head  # ("his wife of four decades, Marisol": hung on "decades")
    if noun is None or noun.lemma_.lower() not in b.lex.relative_nouns or not any(c.dep_ == "poss" for c in noun.children):
        return None
    if not para and (b.sent_start_of[noun.i] != b.sent_start_of[b.sent_start_of[at] - 1] or noun.head.lemma_.lower() in b.lex.speech_verbs):
        # (within a paragraph only right after the sentence that brought the relative in, and
        # not after the relative spoke there: "His brother, Sam Hale, said he was shocked. Hale
        # said the family was grieving" goes on with the brother)
        return None
    earlier = [c for c in others if any(m.kind == "name" and m.head < noun.i for m in c.root().mentions)]
    first = min(earlier, key=lambda c: min(m.head for m in c.root().mentions), default=None)
    return first


def syllabic_given(c: _Cluster) -> bool:
    """The name ends on a given name of two hyphened syllables, the second lower-case
    ("Kwok-leung", "Wing-sze"), as Cantonese names are written after the surname."""
    words = c.unlowered or ()
    return len(words) >= 4 and words[-2] == "-" and words[-3][:1].isupper() and words[-1].islower() and words[-1].isalpha()


_DEATH_LEMMAS = frozenset({"die", "pass"})


def _died(doc, c: _Cluster, gendered: dict) -> bool:
    """Whether the text says this one died: a name the subject of "died" or "passed", or
    written after "the late"."""
    for m in c.root().mentions:
        if m.kind not in ("name", "surname", "firstname"):
            continue
        tok = doc[m.head]
        while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ == "appos" and tok.head.i < tok.i:
            tok = tok.head  # ("branch president Joan Mackie died", the name apposed to the subject)
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _DEATH_LEMMAS:
            return True
        first = tok.left_edge.i
        if first > 0 and doc[first - 1].lower_ == "late" or doc[first].lower_ == "late":
            return True
        # "the accused man's late father, Jer Moriarty, ..., who died in 2021": "late" on the kin
        # noun the name is apposed to, or a "who died" clause on the name, that noun or the job
        # apposed to the name
        if tok is not doc[m.head] and any(ch.dep_ == "amod" and ch.lower_ == "late" for ch in tok.children):
            return True
        if any(ch.dep_ == "relcl" and ch.lemma_.lower() in _DEATH_LEMMAS and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in ch.children)
               for t in {tok, doc[m.head], *(a for a in doc[m.head].children if a.dep_ == "appos")} for ch in t.children):
            return True
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT" and _next_says_died(doc, tok, gendered):
            return True
    return False


def _next_says_died(doc, subject, gendered: dict) -> bool:
    """"Her grandfather, William Pascoe, was a tin miner ... He died in 2001": a sentence whose
    subject the name is, followed by one opening with "He"/"She" died, names one who died; the
    pronoun may not contradict a kin noun the subject has."""
    end = subject.sent.end
    if end >= len(doc):
        return False
    nxt = doc[end]
    while nxt.is_space and nxt.i + 1 < len(doc):
        nxt = doc[nxt.i + 1]
    if nxt.lower_ not in ("he", "she") or nxt.dep_ != "nsubj" or nxt.head.lemma_.lower() not in _DEATH_LEMMAS:
        return False
    stated = gendered.get(subject.lower_)
    return stated is None or stated == ("male" if nxt.lower_ == "he" else "female")


def living_over_dead(b: "_Builder", found: list) -> list:
    """"Iñaki Urrutia, 43 ... the son of former champion Josu Urrutia ... Josu Urrutia died in
    2016 ... ¶ said Urrutia was": a surname with no title, far from either bearer, is not the one the text
    says died, when another of that surname lives and the dead one was not named in the lede
    (an obituary's subject is, named in the headline or the sentence under it). ``found``
    unchanged otherwise and in the ranker's training. (A title is left out: "Mr Rafiq is survived
    by" is the dead man.)"""
    if getattr(b, "observe", None) is not None or len(found) < 2:
        return found
    if any(k != "surname" for _c, k in found):
        return found  # ("Zainab" after "the late Zainab Ismail" and "Batik Mak Zainab": a first name, or a firm's last word)
    living = [f for f in found if not _died(b.doc, f[0], b.lex.gendered)]
    return living if living and len(living) < len(found) and not any(b._in_lede(f[0], under_headline=True) for f in found if f not in living) else found


def the_late(b: "_Clusters", at: int, found: list) -> Optional[list]:
    """"bought the business from the late Mrs Mackie" after Joan Mackie, who died, and Ruth
    Mackie, "no relation": of several people sharing the surname, the one the text says died.
    None unless exactly one did (and always in the ranker's training)."""
    if getattr(b, "observe", None) is not None:
        return None
    doc = b.doc
    k = at - 1 if at > 0 and doc[at - 1].lower_.rstrip(".") in b.lex.titles else at
    if k == 0 or doc[k - 1].lower_ != "late":
        return None
    dead = [f for f in found if _died(doc, f[0], b.lex.gendered)]
    return dead if len(dead) == 1 else None


def titled_relative(b: "_Builder", latest: _Cluster, others: list[_Cluster], titled: Optional[str], gender: Optional[str]) -> bool:
    """"... from her father, Tadhg Hanlon, who founded it. Mr Hanlon, 74": an honorific whose
    gender the latest one's kin noun states, where no rival has that gender stated, is the
    relative named last, however much the rivals were mentioned (at extraction only)."""
    if not titled or not gender or b.observe is not None:
        return False
    if any(c.root().genders[gender] for c in others):
        return False
    if latest.root().genders[gender] > 0:
        return True
    # (the kin noun on its latest mention: "... shares a surname with Agnes Kerr. Mrs Kerr"
    # is the one the sentence was about, not "her mother, Agnes Kerr" two sentences back)
    names = [m for m in latest.root().mentions if m.kind == "name"]
    last = max(names, key=lambda m: m.head, default=None)
    if last is None or last is not max(latest.root().mentions, key=lambda m: m.head):
        return False
    tok = b.toks[last.head]
    return tok.dep_ == "appos" and b.lex.gendered.get(tok.head.lower_) == gender and tok.head.lower_ in b.lex.kin_kinds


def hyphenated(doc, at: int, key: tuple[str, ...]) -> bool:
    """The name at token ``at`` is one word joined by hyphens ("Finch-Amadi"). Moved out of builder.py."""
    end = at
    while end < len(doc) and doc[end].lower_ in key + ("-",) and (end == at or doc[end - 1].whitespace_ == ""):
        end += 1
    return end - at > 1 and "-" in doc[at:end].text and " " not in doc[at:end].text
