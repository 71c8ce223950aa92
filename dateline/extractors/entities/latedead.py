"""Who "died": a pronoun that is the subject of "die" is the one the text has called late, when
the ranker's pick is somebody the text shows alive in between ("founded by the late Alhaja
Sidikat Oyewole ... Justice Coker said the name was registered by Alhaja Oyewole herself ... She
died in 2019": not the judge who spoke). At extraction only: the ranker's model stays what GAP
alone builds."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.clusters import _Cluster
from dateline.nlp import text_of

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver

# "the late ", "the late Alhaja ": "late" right before the name, or before one title word
_LATE_BEFORE = re.compile(r"\blate\s+(?:[A-Z][\w'’.-]*\s+)?$")
# how many narrative sentences back the late one may have been mentioned
REACH = 3


def _called_late(text: str, c: _Cluster) -> bool:
    return any(_LATE_BEFORE.search(text[max(0, m.start - 30) : m.start]) for m in c.mentions if m.kind in ("name", "title"))


def died_late(r: "_Resolver", tok: Token, picked: Optional[_Cluster], recent) -> Optional[_Cluster]:
    """The latest cluster called late within ``REACH`` sentences, of the pronoun's gender, in
    place of a ``picked`` one never called late; None where nothing changes."""
    if r.observe is not None or picked is None or tok.dep_ != "nsubj" or tok.head.lemma_ != "die":
        return None
    text = text_of(r.doc)
    picked = picked.root()
    if _called_late(text, picked):
        return None
    gender = r.lex.pronouns.get(tok.lower_)
    here = r.sent_of[tok.i]
    # ("He married Elsba Niclasen, a nurse, in 1959; she died in 2016": one named in the pronoun's
    # own sentence is no one the text shows alive in between, whoever was called late before)
    if any(m.sent == here and m.head < tok.i and m.kind == "name" for m in picked.mentions):
        return None
    for _ti, si, _w, c in reversed(recent):
        if here - si > REACH:
            break
        c = c.root()
        if c is not picked and c.is_person_like() and not c.plural and c.gender_fit(gender) == 1.0 and _called_late(text, c):
            return c
    return None


# speech verbs whose subject the article shows alive when it reports them
_SAYING = frozenset({"say", "tell", "add", "recall", "explain"})


def died_before(r: "_Resolver", tok: Token, picked: Optional[_Cluster]) -> Optional[_Cluster]:
    """'... who named it after his wife, Lakshmi. She died in 2016, aged 81': a he/she opening a
    sentence whose verb is 'die' with a year is the person of its gender the
    sentence before named last, when the ranker's pick is one the article quotes (alive to speak
    to it: the company's new head, not the founder's wife). None where nothing changes."""
    if r.observe is not None or picked is None or tok.dep_ != "nsubj" or tok.head.lemma_ != "die" or not tok.is_sent_start:
        return None
    sent = tok.sent
    # (a death dated by its year: one the article reports as past history, not today's news)
    if not any(t.like_num and len(t.text) == 4 and t.text.isdigit() and t.ent_type_ == "DATE" for t in sent):
        return None
    picked = picked.root()
    if not _quoted_alive(r, picked):
        return None
    gender = r.lex.pronouns.get(tok.lower_)
    prev = r.doc[sent.start - 1].sent if sent.start > 0 else None
    if prev is None:
        return None
    last = None
    for k in range(prev.end - 1, prev.start - 1, -1):
        c = r.covered.get(k)
        if c is not None:
            last = c.root()
            break
    if last is None or last is picked or not last.is_person_like() or last.plural or last.gender_fit(gender) != 1.0:
        return None
    return last


def _quoted_alive(r: "_Resolver", c: _Cluster) -> bool:
    """The cluster is the subject of a speech verb somewhere in the article ('Ms Raghunathan said')."""
    for m in c.mentions:
        if m.kind not in ("name", "surname", "title"):
            continue
        head = r.doc[m.head]
        if head.dep_ == "nsubj" and head.head.lemma_ in _SAYING:
            return True
    return False
