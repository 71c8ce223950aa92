"""The article's topic person: whom a pronoun opening a paragraph most likely means.

A profile or an obituary calls its subject "she" or "he" paragraph after paragraph, and
brings in others to comment (a colleague quoted, a child who says something) for a sentence or
two. A subject pronoun that is a paragraph's first mention of anybody continues that topic, not
the commenter the paragraph before named, whom the text has never itself called by the pronoun:
a writer who turns to a commenter's own story names them again. (Somebody merely introduced,
"The club also signed Jones. He scored 20 goals", is left to the ranker.) The rule applies at
extraction only (not while the ranker trains on GAP's one-paragraph snippets)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.binding import _paragraph_starts, conjoined
from dateline.extractors.entities.clusters import _Cluster
from dateline.extractors.entities.interviewee import interview_topic
from dateline.extractors.entities.surnames import _DEATH_LEMMAS
from dateline.nlp import columns

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver

# The topic has been the subject of at least this many narrative pronouns of the gender, and
# at least DOMINANCE times as many as anybody else (else two people share the pronoun).
TOPIC_MIN = 3
DOMINANCE = 3
# Subject pronouns that make somebody the established referent against a reported speaker.
CONTEST_MIN = 2


def _opens_paragraph(r: "_Resolver", tok: Token) -> bool:
    """No person is mentioned in the pronoun's paragraph before it."""
    start = _paragraph_starts(r)[tok.i]
    return not any(k in r.covered and r.covered[k].root().is_person_like() for k in range(start, tok.i))


def _subject_role(tok: Token) -> bool:
    """A subject pronoun, or the possessive of a subject ("Her student ... said")."""
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ == "PRP":
        return True
    return tok.tag_ == "PRP$" and tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass")


def _commenter(r: "_Resolver", c: _Cluster, before: int) -> bool:
    """Somebody the text has let speak ("Lund said", "The director, Sofie Lund, said", "Kari,
    who says ..."): a mention before ``before`` that is, or is apposed to, a speech verb's subject."""
    doc, speech = r.doc, r.lex.speech_verbs
    for m in c.mentions:
        if m.head >= before:
            continue
        t = doc[m.head]
        if t.dep_ == "appos":
            t = t.head
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in speech:
            return True
    return False


def _kin_opener(r: "_Resolver", tok: Token, c: _Cluster, gender: str) -> bool:
    """'Among his eight grandchildren is Hana Lukes, 19. ¶ His younger brother, Clive': a kin
    noun's possessive opening a paragraph turns to another of the topic's relatives, not to one
    just named whom the text never gave the pronoun's gender (no pronoun of it, no gendered word)."""
    return tok.tag_ == "PRP$" and tok.head.lemma_.lower() in r.lex.kin_kinds and not c.genders[gender] and not c.pgenders[gender]


def _named_once(c: _Cluster, before: int) -> bool:
    """'their first, Michael, died in infancy in 1960. ... ¶ He is survived by': somebody named
    once in passing, never by a pronoun or a second name, is no match for the topic's run of
    subject pronouns at a paragraph's start."""
    return sum(m.head < before for m in c.mentions) == 1


def subject_counts(r: "_Resolver", gender: str, before: int) -> dict[int, tuple[int, _Cluster]]:
    """Per cluster (by id), how many narrative subject pronouns of the gender were resolved
    to it before the token ``before``. The pass resolves left to right, so the tokens are read
    once, where the last call stopped (a scan of every mention per pronoun was quadratic)."""
    state = getattr(r, "_subject_pronouns", None)
    if state is None:
        state = r._subject_pronouns = [0, {}]  # type: ignore[attr-defined]
    cols, pronouns, covered, in_quote = columns(r.doc), r.lex.pronouns, r.covered, r.in_quote
    seen: dict[tuple[str, int], list] = state[1]
    for k in range(state[0], before):
        g = pronouns.get(cols.lower[k])
        if g and cols.tag[k] == "PRP" and cols.dep[k] in ("nsubj", "nsubjpass") and k in covered and not in_quote[k]:
            entry = seen.setdefault((g, id(covered[k])), [0, covered[k]])
            entry[0] += 1
    state[0] = max(state[0], before)
    out: dict[int, tuple[int, _Cluster]] = {}
    for (g, _), (n, c) in seen.items():
        c = c.root()
        if g != gender or c.platform or c.plural:
            continue
        out[id(c)] = (out.get(id(c), (0, c))[0] + n, c)
    return out


def interview_opener(r: "_Resolver", tok: Token) -> Optional[_Cluster]:
    """In a question-and-answer interview, a subject pronoun (or a subject's possessive) opening a
    narrative paragraph is the interviewee's ('Who takes over? ¶ His successor is ...'), when the
    gender fits (``interviewee``); None otherwise."""
    gender = r.lex.pronouns.get(tok.lower_)
    if r.observe is not None or gender is None or r.in_quote[tok.i] or not _subject_role(tok) or not _opens_paragraph(r, tok):
        return None
    found = interview_topic(r)
    return found if found is not None and found.gender_fit(gender) == 1.0 and id(found) not in conjoined(r, tok) else None


def topic_person(r: "_Resolver", tok: Token, chosen: Optional[_Cluster]) -> Optional[_Cluster]:
    """The article's topic person for a subject pronoun that opens its paragraph, when the
    ranker chose nobody, or a commenter the text has never called by that pronoun."""
    gender = r.lex.pronouns.get(tok.lower_)
    if r.observe is not None or gender is None or r.in_quote[tok.i] or not _subject_role(tok) or not _opens_paragraph(r, tok):
        return chosen
    picked = _topic_person(r, tok, chosen, gender)
    return _parallel_opener(r, tok, picked, gender)


def _parallel_opener(r: "_Resolver", tok: Token, chosen: Optional[_Cluster], gender: str) -> Optional[_Cluster]:
    """'She grew up on a dairy farm ... his wife, Noeline, 58, is a teacher. ¶ She married ...':
    a subject pronoun opening a paragraph whose paragraph before also opened on the same pronoun
    as its subject goes on with that one's referent, not with somebody the paragraph between
    brought in after it (a paragraph's run of narrative about its opener's person)."""
    if chosen is None or tok.tag_ != "PRP":
        return chosen
    starts = _paragraph_starts(r)
    para = starts[tok.i]
    if para == 0:
        return chosen
    prev = starts[para - 1]
    cols = columns(r.doc)
    opener = next((k for k in range(prev, para) if k in r.covered and r.covered[k].root().is_person_like()), None)
    if opener is None or r.in_quote[opener]:
        return chosen
    topic = r.covered[opener].root()
    if cols.tag[opener] != "PRP":
        opener = _name_subject(r, opener, topic, gender)
        if opener is None:
            return chosen
    elif cols.lower[opener] != tok.lower_ or cols.dep[opener] not in ("nsubj", "nsubjpass"):
        return chosen
    if topic is chosen.root() or topic.gender_fit(gender) < 1.0 or topic.plural or topic.platform or id(topic) in conjoined(r, tok):
        return chosen
    # only over somebody first named after the opener, in the paragraph before
    if any(m.head < opener for m in chosen.root().mentions):
        return chosen
    return topic


def _name_subject(r: "_Resolver", k: int, topic: _Cluster, gender: str) -> Optional[int]:
    """The head of a name opening the paragraph before ("The Rev Calum Maciver was inducted ...
    ¶ He and his wife"), when that name is its clause's subject and the text has itself given its
    person the pronoun's gender; else None."""
    t = r.doc[k]
    while t.dep_ in ("compound", "flat") and t.head.i in r.covered and r.covered[t.head.i].root() is topic:
        t = t.head
    if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN" or not (topic.genders[gender] or topic.pgenders[gender]):
        return None
    return t.i


def _topic_person(r: "_Resolver", tok: Token, chosen: Optional[_Cluster], gender: str) -> Optional[_Cluster]:
    counts = subject_counts(r, gender, tok.i)
    if not counts:
        return _obituary_subject(r, tok, _stated_lede(r, tok, _named_topic(r, tok, _gendered_over_commenter(r, tok, chosen, gender), gender), gender), gender)
    top, topic = max(counts.values(), key=lambda v: v[0])
    if top < TOPIC_MIN:
        return _obituary_subject(r, tok, _stated_lede(r, tok, _named_topic(r, tok, _gendered_over_commenter(r, tok, chosen, gender), gender), gender), gender)
    if chosen is not None and chosen.root() is topic:
        return chosen
    if any(n * DOMINANCE > top for n, c in counts.values() if c is not topic):
        return chosen  # two people share the pronoun: no single topic to fall back on
    if chosen is not None and (id(chosen.root()) in counts or not (_commenter(r, chosen.root(), tok.i) or _kin_opener(r, tok, chosen.root(), gender)
                                                               or _named_once(chosen.root(), tok.i))):
        return chosen
    if topic.gender_fit(gender) < 1.0 or not topic.is_person_like() or id(topic) in conjoined(r, tok):
        return chosen
    return topic


def contested(r: "_Resolver", tok: Token, speaker: _Cluster) -> Optional[_Cluster]:
    """"Rovers manager Dermot Keane said she was top of their list", right after two sentences
    of "she" about the woman appointed: the convention that a reported subject is its speaker
    yields to the person the text has made that pronoun's referent, when the speaker shows no
    sign of the pronoun's gender and that person, named in this sentence or the one before, has
    been its subject at least twice (the likeliest such person, when several are)."""
    gender = r.lex.pronouns.get(tok.lower_)
    if r.observe is not None or gender is None or tok.tag_ != "PRP" or speaker.genders[gender] or speaker.pgenders[gender]:
        return None
    sent = r.sent_of[tok.i]
    best: Optional[_Cluster] = None
    top = CONTEST_MIN - 1
    for n, c in subject_counts(r, gender, tok.i).values():
        if n > top and c is not speaker and c.gender_fit(gender) == 1.0 and any(
            sent - 1 <= m.sent <= sent and m.head < tok.i for m in c.mentions
        ):
            best, top = c, n
    return best


def _gendered_over_commenter(r: "_Resolver", tok: Token, chosen: Optional[_Cluster], gender: str) -> Optional[_Cluster]:
    """'... his former pupils. ¶ "Dad used to ...," Ciara said. ¶ His successor is Áine Dunphy': a
    subject's possessive opening a paragraph, which the ranker gave to somebody who only spoke and
    whom the text never gave the pronoun's gender, belongs to the last person the text did give it
    (by a pronoun or a word), when that one fits."""
    if chosen is None or tok.tag_ != "PRP$" or tok.head.lemma_.lower() in r.lex.kin_kinds or not _commenter(r, chosen.root(), tok.i):
        return chosen  # (a kin noun's possessive is _named_topic's: "Her husband, 56" may be the speaker's)
    c = chosen.root()
    if c.genders[gender] or c.pgenders[gender]:
        return chosen
    last: dict[int, tuple[int, _Cluster]] = {}
    for k, o in r.covered.items():
        o = o.root()
        if k < tok.i and o is not c and (o.genders[gender] or o.pgenders[gender]) and o.is_person_like() and not o.plural and not o.platform:
            last[id(o)] = (max(k, last.get(id(o), (k, o))[0]), o)
    if not last:
        return chosen
    _at, best = max(last.values(), key=lambda v: v[0])
    return best if best.gender_fit(gender) == 1.0 and id(best) not in conjoined(r, tok) else chosen


def _named_topic(r: "_Resolver", tok: Token, chosen: Optional[_Cluster], gender: str) -> Optional[_Cluster]:
    """'... "Brenda's story reminds us why we do this," Dr Raman said. ¶ Her daughter, Claire
    Holt, ...': a kin noun's possessive opening a paragraph, which the ranker gave to a commenter
    named in passing, belongs to the person the article has mentioned most (at least twice as often
    as the commenter, of the pronoun's gender by a kin word or title), when no single person has yet
    been the subject of enough pronouns to be the topic."""
    if chosen is None or tok.tag_ != "PRP$" or tok.head.lemma_.lower() not in r.lex.kin_kinds or not _commenter(r, chosen.root(), tok.i):
        return chosen
    named = {id(c.root()): c.root() for c in r.clusters if c.root().is_person_like() and not c.root().plural and not c.root().platform}

    def said(c: _Cluster) -> int:
        return sum(1 for m in c.mentions if m.head < tok.i)

    best = max(named.values(), key=said, default=None)
    if best is None or best is chosen.root() or said(best) < 2 * said(chosen.root()) or best.gender_fit(gender) < 1.0 \
            or not best.genders[gender] or id(best) in conjoined(r, tok):
        return chosen
    return best


def _stated_lede(r: "_Resolver", tok: Token, chosen: Optional[_Cluster], gender: str) -> Optional[_Cluster]:
    """'Mrs Mensah-Bonsu ... replaces Nana Kwaku Agyeman, 79 ... ¶ She learned to weave': a subject
    pronoun opening a paragraph, which the ranker gave to somebody the text has never given that
    gender (no title, kin word or pronoun), is the article's first-named person when the text has
    stated hers (a title or a kin word) as the pronoun's, before the topic has a run of pronouns."""
    if chosen is None or tok.tag_ != "PRP" or chosen.root().genders[gender] or chosen.root().pgenders[gender]:
        return chosen
    people = [c for c in {id(c.root()): c.root() for c in r.clusters}.values()
              if any(m.kind in ("name", "title") for m in c.mentions) and c.is_person_like() and not c.plural and not c.platform]
    first = min(people, key=lambda c: min(m.head for m in c.mentions), default=None)
    if first is None or first is chosen.root() or not first.genders[gender] or first.gender_fit(gender) < 1.0 or id(first) in conjoined(r, tok):
        return chosen
    return first


# the first sentences of the body in which an obituary says its subject died ("Bankole ... dies
# at 84" in the headline, "Chief Olusegun Adisa Bankole (1941-2025) ... died on Friday")
OBITUARY_SENTENCES = 4


def _obituary_subject(r: "_Resolver", tok: Token, chosen: Optional[_Cluster], gender: str) -> Optional[_Cluster]:
    """An obituary's subject for a subject pronoun opening a paragraph, before the subject has a
    run of pronouns: 'Danladi died in 1991, and his son ... sold the family's half-share to
    Bankole in 1996. ¶ He married Florence Adeyinka' is Bankole. The subject is the one person
    whose name is the subject of 'died' (or 'dies', 'passed') in the body's first sentences,
    with the pronoun's gender stated (a pronoun, a kin word or a title), and mentioned more often
    than the one chosen so far; otherwise ``chosen``."""
    cache: dict[str, Optional[_Cluster]] = r.__dict__.setdefault("_obituary", {})
    if "subject" not in cache:
        cache["subject"] = _find_obituary_subject(r)
    subject = cache["subject"]
    if subject is None or chosen is None or chosen.root() is subject or id(subject) in conjoined(r, tok):
        return chosen
    if subject.gender_fit(gender) < 1.0 or not (subject.genders[gender] or subject.pgenders[gender]):
        return chosen
    before = sum(1 for m in subject.mentions if m.head < tok.i)
    rival = sum(1 for m in chosen.root().mentions if m.head < tok.i)
    return subject if before > rival else chosen


def _find_obituary_subject(r: "_Resolver") -> Optional[_Cluster]:
    doc = r.doc
    body = next((t for t in doc if not t.is_space), None)
    if body is None:
        return None
    first = r.sent_of[body.i]
    found: dict[int, _Cluster] = {}
    for k, c in r.covered.items():
        if r.sent_of[k] - first >= OBITUARY_SENTENCES:
            continue
        t = doc[k]
        while t.dep_ in ("compound", "flat") and t.head.i != t.i:
            t = t.head
        c = c.root()
        if t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in _DEATH_LEMMAS \
                and c.is_person_like() and not c.plural and not c.platform:
            found[id(c)] = c
    return next(iter(found.values())) if len(found) == 1 else None
