"""What the builder reads ahead of clustering a name: the he/she a subject's name is next called
by, and who goes on speaking after 'said' ('Mr Oakley added')."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from dateline.extractors.entities.clusters import _Cluster
from dateline.extractors.entities.missed import _NameSpan
from dateline.nlp import columns

if TYPE_CHECKING:
    from dateline.extractors.entities.builder import _Builder


def speaker_going_on(b: "_Builder", at: int, found: list[tuple[_Cluster, str]]) -> list[tuple[_Cluster, str]]:
    """'Gary Oakley said ... Mr Oakley added: ...': the subject of "added" is the one who spoke
    in the sentence before, of all who bear the surname (not the one called so most)."""
    tok = b.doc[at]
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    start = b.sent_start_of[at]
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in ("add", "continue") or start == 0:
        return []
    for k in range(b.sent_start_of[start - 1], start):
        t = b.doc[k]
        c = b.covered.get(k)
        if c is not None and t.dep_ == "nsubj" and t.head.lemma_.lower() in b.lex.speech_verbs:
            return [f for f in found if f[0].root() is c.root()]
    return []


def pronoun_peeks(b: "_Builder", spans: list[_NameSpan], one_word: bool = False, past_orgs: bool = False) -> list[Optional[str]]:
    """For a full name that is a subject, the gender of the first he/she/his/her after it in
    its sentence or the next, when no other name comes first ("Bill Hartley spoke first, and
    he thanked ..."). Read before pronouns are resolved, so a gendered title can be checked
    against it. With ``past_orgs``, past names the tagger called organisations ("Van der Laan,
    a PE teacher at the Christelijk Lyceum, ... His wife": at extraction only)."""
    doc, lex = b.doc, b.lex
    cols = columns(doc)
    dep, lower, tag, pronouns, sent_of, in_quote = cols.dep, cols.lower, cols.tag, lex.pronouns, b.sent_of, b.in_quote
    out: list[Optional[str]] = [None] * len(spans)
    for n, sp in enumerate(spans):
        if sp.platform or (sp.end - sp.start < 2) != one_word or dep[sp.end - 1] not in ("nsubj", "nsubjpass"):
            continue
        stop = next((o.start for o in spans[n + 1 :] if not (past_orgs and o.label == "ORG")), len(doc))
        limit = sent_of[sp.end - 1] + 1
        for i in range(sp.end, stop):
            if sent_of[i] > limit:
                break
            if not in_quote[i] and lower[i] in pronouns and tag[i] in ("PRP", "PRP$"):
                if b.observe is None and tag[i] == "PRP" and _co_argument(doc[i], doc[sp.end - 1]):
                    continue  # ('"...," Joensen said of her': somebody else; in extraction only)
                out[n] = pronouns[lower[i]]
                break
    return out


def _co_argument(pron, subj) -> bool:
    """A personal pronoun that is an object of the verb whose subject is ``subj``, or of a
    preposition on it ("said of her", "thanked him"): never the subject itself, which would be
    "herself"."""
    verb = subj.head
    up = pron.head
    if pron.dep_ == "pobj" and up.dep_ in ("prep", "dative"):
        up = up.head
    return up.i == verb.i and pron.dep_ in ("dobj", "pobj", "dative", "iobj")
