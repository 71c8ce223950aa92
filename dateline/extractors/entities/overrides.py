"""Second thoughts on the ranker's pick for a possessive or a cataphoric pronoun: a widow's
'his' is a man the text has die before it, and a pronoun points forward only to its own clause's
subject. Extraction only, as the rest of ``binding``."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.clusters import _Cluster
from dateline.extractors.entities.kinwords import DEATH_VERBS
from dateline.nlp import text_of

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver


# nouns only the dead own: "His widow, Kathleen", "planted a tree in her memory", "his funeral"
_THE_DEADS = frozenset({"widow", "widower", "memory", "funeral", "memorial", "burial", "grave"})


def widow_bound(r: "_Resolver", tok: Token, chosen: Optional[_Cluster], ranked: Callable[[], list[_Cluster]]) -> Optional[_Cluster]:
    """"Paddy Roche, who ... died on Thursday aged 89. His widow, Kathleen": whose widow one is
    (or whose memory, funeral, grave) has died; among the ranker's candidates the likeliest one
    the text has die before the pronoun is meant, over a livelier subject named nearby."""
    if r.observe is not None or chosen is None:
        return chosen
    if not (tok.tag_ == "PRP$" and (tok.head.lemma_.lower() in _THE_DEADS or _named_for(tok))) and not _survived(tok):
        return chosen
    if _died(r, chosen.root(), tok.i):
        return chosen
    gender = r.lex.pronouns.get(tok.lower_)
    return next((c.root() for c in ranked() if c.root().gender_fit(gender) == 1.0 and _died(r, c.root(), tok.i)), chosen)


def _survived(tok: Token) -> bool:
    """'She leaves her husband, Joseph, and three sons', 'He is survived by his wife': the
    subject of an obituary's leaving or surviving is the one who died."""
    if tok.tag_ != "PRP" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    if verb.lower_ == "leaves" and tok.dep_ == "nsubj":
        return any(ch.dep_ == "dobj" and (ch.lemma_.lower() in _LEFT_KIN or any(c.dep_ == "nummod" for c in ch.children)) for ch in verb.children)
    return verb.lower_ == "survived" and tok.dep_ == "nsubjpass"


# what an obituary's "she leaves" leaves: her kin, not a job or a town
_LEFT_KIN = frozenset({"husband", "wife", "partner", "son", "daughter", "child", "sons", "daughters", "children", "brother",
                       "sister", "brothers", "sisters", "grandchild", "grandchildren", "mother", "father", "widow", "widower"})


def _named_for(tok: Token) -> bool:
    """'would rename its junior section in his honour': a thing named for somebody, as often the
    dead as the living, so the dead one only where the text has somebody die."""
    noun = tok.head
    if noun.lemma_.lower() not in ("honour", "honor") or noun.dep_ != "pobj":
        return False
    verb = noun.head.head
    return verb.lemma_.lower() in ("name", "rename", "dedicate", "call")


def _died(r: "_Resolver", c: _Cluster, before: int) -> bool:
    """A mention of c before token ``before`` is the subject of a death ("Dick Hale died",
    "Paddy Roche, who ... died", "was killed") or is called late ("the late Arthur Hallam") or
    has a lifespan after it ("Daniel Fortuin (1931 – 2015)")."""
    doc = r.doc
    for m in c.mentions:
        if m.head >= before:
            continue
        t = doc[m.head]
        verbs = [t.head] if t.dep_ in ("nsubj", "nsubjpass") else []
        if t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass"):
            verbs = [t.head.head]  # ("Its first employee, Bongani Tyali, who cut meat ..., died")
        verbs += [ch for ch in t.children if ch.dep_ == "relcl"]
        if any(v.lemma_.lower() in DEATH_VERBS or (v.lemma_.lower() == "pass" and any(ch.lower_ == "away" for ch in v.children))
               for v0 in verbs for v in (v0, *v0.conjuncts)):
            return True
        if any(doc[k].lower_ == "late" for k in range(max(0, m.head - 3), m.head)):
            return True
        if _LIFESPAN.match(text_of(doc), m.end):
            return True  # "Mr Daniel Fortuin (1931 – 2015)"
    return False


_LIFESPAN = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?\(\s*\d{4}\s*[-–]\s*\d{4}\s*\)")  # (also "Lennart Holm (BEng '71) (1949 - 2024)")


def backward_bound(r: "_Resolver", tok: Token, chosen: Optional[_Cluster], ranked: Callable[[], list[_Cluster]]) -> Optional[_Cluster]:
    """A pronoun points forward only to its clause's subject ("After his election, Hale ..."):
    to a name later in the sentence that is no subject ("Her neighbour Nadine Shaw is married
    to Dr. Felix Shaw") when somebody named before fits, the likeliest of those is meant."""
    if r.observe is not None or chosen is None:
        return chosen
    root = chosen.root()
    if any(m.head < tok.i for m in root.mentions):
        return chosen
    sent = r.sent_start_of[tok.i]
    later = [m.head for m in root.mentions if m.head > tok.i and r.sent_start_of[m.head] == sent]
    if not later or any(_subject_like(r.doc[h]) for h in later):
        return chosen
    return next((c.root() for c in ranked() if any(m.head < tok.i for m in c.root().mentions)), chosen)


def _subject_like(t: Token) -> bool:
    """A subject, the owner of one ("After his stay, Ruiz's health declined") or a word apposed
    to it, or a name the small model made the compound of a main verb in -s it read as a plural
    noun ("After she arrives, Greta confides in ..."): what cataphora.fronted_owner may pick
    forward (gap37)."""
    if t.dep_ in ("nsubj", "nsubjpass"):
        return True
    if t.dep_ in ("poss", "appos", "flat") and t.head.dep_ in ("nsubj", "nsubjpass"):
        return True  # (and "Otto the Bold", whose last word the parser apposes to the subject)
    return t.dep_ == "compound" and t.head.dep_ == "ROOT" and t.head.tag_ == "NNS" and t.head.is_lower


# plural kin nouns whose list of names a possessive owns ("Her five children ...: A; B; and C")
_LIST_KIN = frozenset({"children", "sons", "daughters", "grandchildren", "twins", "siblings", "brothers", "sisters"})


def list_owner_bound(r: "_Resolver", tok: Token, chosen: Optional[_Cluster], ranked: Callable[[], list[_Cluster]]) -> Optional[_Cluster]:
    """"Her five children led the dancing: Dr Tunde Adebowale; Kayode Adebowale; Yetunde, 47; and
    Bisi. Her late husband, ...": a pronoun opening the sentence after a list of somebody's kin
    is that somebody, not the list's last name, when the owner fits among the ranker's
    candidates."""
    if r.observe is not None or chosen is None or tok.lower_ not in ("he", "she", "his", "her") or tok.i == 0:
        return chosen
    earlier = _listed_kin_owner(r, tok)
    if earlier is not None:
        return earlier
    sent = r.sent_start_of[tok.i]
    if any(not r.doc[k].is_space and not r.doc[k].is_punct for k in range(sent, tok.i)) or sent == 0:
        return chosen
    prev = r.sent_start_of[sent - 1]
    root = chosen.root()
    items = [m.head for m in root.mentions if prev <= m.head < sent]
    if not items:
        return chosen
    for k in range(prev, min(items)):
        noun = r.doc[k]
        if noun.lower_ not in _LIST_KIN or not any(r.doc[j].text == ":" for j in range(k + 1, min(items))):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.i in r.covered), None)
        if owner is None:
            continue
        mine = r.covered[owner.i].root()
        if mine is not root and any(c.root() is mine for c in ranked()):
            return mine
    return chosen


# what may stand between two possessed kin in one list: names, ages, commas, "and", kin words
_LIST_POS = frozenset({"PROPN", "PUNCT", "CCONJ", "NUM", "NOUN", "ADJ", "PRON", "SPACE"})


def _listed_kin_owner(r: "_Resolver", tok: Token) -> Optional[_Cluster]:
    """"He is survived by his sons Tom and Ger, his daughters Mary and Noeleen, his sister,
    Kathleen": each possessive in a list of kin is the first one's, never a name the list has
    just given."""
    if tok.tag_ != "PRP$" or tok.head.lemma_.lower() not in r.lex.kin_kinds or r.doc[tok.i - 1].lower_ not in (",", ";", "and"):
        return None
    doc, sent = r.doc, r.sent_start_of[tok.i]
    for k in range(tok.i - 2, sent - 1, -1):
        t = doc[k]
        if t.pos_ not in _LIST_POS or (t.pos_ == "NOUN" and t.lemma_.lower() not in r.lex.kin_kinds):
            return None
        if t.lower_ == tok.lower_ and t.tag_ == "PRP$" and t.head.lemma_.lower() in r.lex.kin_kinds:
            found = r.covered.get(k)
            return found.root() if found is not None else None
    return None


def vessel_bound(r: "_Resolver", tok: Token, chosen: Optional[_Cluster], ranked: Callable[[], list[_Cluster]]) -> Optional[_Cluster]:
    """"Captain Alf Henley skippered the ketch Ruby Harcourt from 1952 until she was laid up":
    a she or her after a vessel named in its own sentence, later than the person the ranker
    chose, is the vessel's (the text calls ships she), unless that person is already a she."""
    if r.observe is not None or chosen is None or tok.lower_ not in ("she", "her", "hers"):
        return chosen
    root = chosen.root()
    if root.pgenders["female"]:
        return chosen
    last = max((m.head for m in root.mentions if m.head < tok.i), default=-1)
    here = r.sent_start_of[tok.i]
    start = max(last + 1, here)
    vessels = r.lex.vessel_nouns
    for k in range(start, tok.i - 1):
        if r.doc[k].lower_ in vessels and r.doc[k + 1].text[:1].isupper() and r.doc[k + 1].pos_ == "PROPN":
            return None
    # ("The favourite tool is Miss Maud, a 1961 bandsaw ...; she still cuts": a named craft, tool
    # or animal the text calls she, named since the person was, also in the sentence before, as
    # the parser may end one at a semicolon; not a work or a product: "Grey's Anatomy, portrayed
    # by Caterina Scorsone. In her debut ...")
    for k in range(max(last + 1, r.sent_start_of[here - 1] if here > 0 else here), tok.i - 1):
        if k in r.covered and ((thing := r.covered[k].root()).craft or thing.animal):
            return None
    return chosen


def couple_bound(r: "_Resolver", tok: Token, chosen: Optional[_Cluster], ranked: Callable[[], list[_Cluster]]) -> Optional[_Cluster]:
    """'Priya and Tom Halloran met ... and wed in 2009, on what she calls ...': of a couple named
    together, a gendered pronoun goes to the one the text has already given that gender (a
    pronoun or a gendered word) over the one it has given none, whom the ranker may prefer as
    the nearer name; a given name says nothing either way (at extraction only)."""
    gender = r.lex.pronouns.get(tok.lower_)
    if r.observe is not None or chosen is None or gender is None:
        return chosen
    c = chosen.root()
    joined = tok.head.head if tok.tag_ == "PRP$" and tok.head.dep_ == "conj" else None
    if joined is not None and joined.i in r.covered and r.covered[joined.i].root() is c:
        return chosen  # ("Marta Kovac and her husband": the name the possessive's phrase is joined to)
    if any(c.genders.values()) or any(c.pgenders.values()):
        return chosen
    for a, z in r.couples:
        a, z = a.root(), z.root()
        other = z if a is c else a if z is c else None
        if other is None or other is c:
            continue
        said = other.genders[gender] + other.pgenders[gender]
        against = sum(v for g, v in (*other.genders.items(), *other.pgenders.items()) if g != gender)
        if said and not against and any(x.root() is other for x in ranked()):
            return other
    return chosen


def joined_pronoun_bound(r: "_Resolver", tok: Token, chosen: Optional[_Cluster]) -> Optional[_Cluster]:
    """'The daughter of a Kerrobert grain farmer, she and her husband, Marc, have three children':
    a possessive in a phrase joined to a subject pronoun of its own gender is that pronoun's
    ("she and her husband"), whoever the ranker found nearer (at extraction only)."""
    gender = r.lex.pronouns.get(tok.lower_)
    if r.observe is not None or gender is None or tok.tag_ != "PRP$" or tok.head.dep_ != "conj":
        return chosen
    joined = tok.head.head
    if joined.i >= tok.i or joined.tag_ != "PRP" or joined.dep_ not in ("nsubj", "nsubjpass") or r.lex.pronouns.get(joined.lower_) != gender \
            or joined.i not in r.covered:
        return chosen
    return r.covered[joined.i].root()


# an item of an obituary's list of survivors opening on a possessive: "; and by her younger sister"
_ITEM_OPENING = re.compile(r";\s+(?:and\s+)?(?:by\s+)?$")


def survivor_item_owner(r: "_Resolver", tok: Token, chosen: Optional[_Cluster]) -> Optional[_Cluster]:
    """'Mrs Lahtinen is survived by Liisa and her husband, ...; by Helen Reid, 59, and her husband,
    Graham; and by her younger sister, Saima Niemi': a possessive opening an item of the list after
    a semicolon is the one survived, the subject of "survived" (or "leaves"), not the survivor named
    in the item before, when the gender fits."""
    if r.observe is not None or tok.tag_ != "PRP$" or tok.head.lemma_.lower() not in r.lex.kin_kinds:
        return chosen
    text = text_of(r.doc)
    start = r.sent_start_of[tok.i]
    if not _ITEM_OPENING.search(text, r.doc[start].idx, tok.idx):
        return chosen
    verbs = [t for t in r.doc[start : tok.i] if t.lower_ in ("survived", "leaves")]
    subjects = [ch for v in verbs for ch in v.children if ch.dep_ in ("nsubj", "nsubjpass") and ch.i in r.covered]
    if len(subjects) != 1:
        return chosen
    c = r.covered[subjects[0].i].root()
    gender = r.lex.pronouns.get(tok.lower_)
    return c if c.is_person_like() and not c.plural and not c.platform and c.gender_fit(gender) == 1.0 else chosen
