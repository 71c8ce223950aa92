"""A news lede that introduces somebody by a description and names them in the next sentence:
"A 52-year-old man has been charged with arson ... Tom Reed, of Armley, will appear ...",
"A Toowoomba mum-of-six has finished her first marathon. Kylie Walsh, 44, ran ...",
"A retired teacher and her husband are behind the new library box. Patricia Gould, 74, ...".

News style names the person the lede described in the sentence right after it, as its subject,
before anybody else; so the description is a mention of that person, and what it says (an age,
a count of children, a job, a gendered noun) is said of them. Only the article's first sentence
is read so: later in an article "a man" is anybody."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Doc, Token

from dateline.extractors.entities.lexicon import W_PERSON_NOUN
from dateline.extractors.entities.syntax import sentence_bounds
from dateline.nlp import tokens_of

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.pronouns import _Resolver

_SUBJ = ("nsubj", "nsubjpass")


def _body_start(doc: Doc) -> int:
    article = getattr(doc._, "article", None) if Doc.has_extension("article") else None
    return article.body_start if article is not None else 0


def _described(head: Token, r: "_Resolver") -> bool:
    """A person's noun ("man", "teacher", "mum") or a parent's count ("father-of-three", parsed
    with the number as head), with "a" or "an" opening the phrase."""
    lex = r.lex
    first = head.doc[_left(head)]
    if first.lower_ not in ("a", "an") or first.dep_ != "det":
        return False
    words = {head.lower_, head.lemma_.lower()}
    if words & (lex.person_nouns | lex.role_heads | frozenset(lex.kin_kinds)) and head.text.islower():
        return True
    return head.like_num and any(c.dep_ == "compound" and c.lower_ in lex.kin_kinds for c in head.children)


def _left(head: Token) -> int:
    """Where the phrase opens, past the blanked header the parser hangs on it."""
    i = head.left_edge.i
    while i < head.i and not head.doc[i].text.strip():
        i += 1
    return i


def _named_next(r: "_Resolver", start: int, end: int) -> Optional["_Cluster"]:
    """The person a sentence opens on, as its subject, named there for the first time."""
    toks = r.toks
    k = start
    while k < end and not toks[k].text.strip():
        k += 1
    c = r.covered.get(k)
    if c is None:
        return None
    c = c.root()
    if c.plural or c.platform or not (c.is_person_like() or (c.votes["SHAPE"] and not c.votes["ORG_KEYWORD"])):
        return None  # (a personal name's shape the tagger called an organisation may be the one)
    first = min(m.start for m in c.mentions)
    if first < toks[k].idx:
        return None
    # the name's head word is the clause's subject ("Tom Reed, of Armley, will appear")
    names = [m for m in c.mentions if m.start == toks[k].idx]
    if not names or toks[k].lower_ in r.lex.titles:
        return None  # "Inspector Jane Hill said the road was closed": an officer, not the man
    head = toks[names[0].head]
    if head.dep_ not in _SUBJ:
        return None
    aged = any(ch.dep_ == "appos" and ch.like_num for ch in head.children)
    if any(ch.dep_ == "appos" and ch.lemma_.lower() in r.lex.employee_roles for ch in head.children):
        return None  # "Jane Hill, a spokeswoman for the council, said"
    if head.head.lemma_.lower() in r.lex.speech_verbs and not aged:
        return None  # somebody quoted about the story, unless the name carries the lede's age
    return c


def _headline(doc: Doc, start: int, end: int) -> bool:
    """A line standing alone (a line break after it, none inside it) that ends on no stop."""
    last = next((t for t in reversed(doc[start:end]) if t.text.strip()), None)
    if last is None or last.text in (".", "!", "?", "\"", "\u201d", "'", "\u2019", ":"):
        return False
    after = doc.text[last.idx + len(last.text) : last.idx + len(last.text) + 3]
    return after.startswith("\n") and "\n" not in doc[start:end].text.strip()


def lede_descriptor(r: "_Resolver") -> None:
    """Give the first sentence's described subject to the person the second sentence names."""
    if r.observe is not None:
        return  # (extraction only: the pronoun ranker learnt without it)
    doc = r.doc
    toks = tokens_of(doc)
    body = _body_start(doc)
    bounds = [(s, e) for s, e in sentence_bounds(doc) if toks[e - 1].idx >= body and any(t.is_alpha for t in toks[s:e])]
    # (past a headline: a line of its own with no closing stop, "Nurse challenges father's will
    # over family guest farm", before the lede)
    while len(bounds) > 2 and _headline(doc, *bounds[0]):
        bounds = bounds[1:]
    if len(bounds) < 2:
        return
    (s1, e1), (s2, e2) = bounds[0], bounds[1]
    if any(r.covered.get(i) is not None and r.covered[i].root().is_person_like() for i in range(s1, e1)):
        return  # the lede names somebody itself
    roots = [t for t in toks[s1:e1] if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return
    subj = [c for c in roots[0].children if c.dep_ in _SUBJ]
    if len(subj) != 1 or not _described(subj[0], r) or r.in_quote[subj[0].i]:
        return
    person = _named_next(r, s2, e2)
    if person is None:
        return
    head = subj[0]
    r.add(person, _left(head), head.i + 1, "descriptor", head=head.i)
    person.votes["PERSON"] += W_PERSON_NOUN
    if head.text.islower() and head.lower_ not in r.lex.gendered:
        person.roles.add(head.lower_)  # ("A former branch manager ... hand the cash to the manager": the role is now theirs)
    for w in {head.lower_} | {c.lower_ for c in head.children if c.dep_ == "compound"}:
        if w in r.lex.gendered:
            person.genders[r.lex.gendered[w]] += 1
