"""A party to a case named by its role ("the petitioner", "the claimant"): the person the text
said brought the case ("a petition by X", "X petitioned the court"), patterns key
``party_nouns``. Read at extraction only."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.clusters import _Cluster

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver


def _brought_by(tok: Token, nouns: list[str], verbs: list[str]) -> bool:
    """The name is the agent of such a noun ('a petition by X', 'an application by X') or the
    subject of such a verb ('X petitioned', 'X sued')."""
    while tok.dep_ in ("compound", "flat") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "by":
        return tok.head.head.lemma_.lower() in nouns
    if tok.dep_ == "poss":
        return tok.head.lemma_.lower() in nouns  # "X's application"
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in verbs


def party_of(res: "_Resolver", low: str, recent) -> Optional[_Cluster]:
    """The one person the text said brought the case, of those mentioned before; None for
    none or more than one."""
    found = res.lex.party_nouns.get(low)
    if not found:
        return None
    nouns, verbs = found.get("nouns", []), found.get("verbs", [])
    hits = {id(c.root()): c.root() for ti, _si, _w, c in recent
            if _brought_by(res.doc[ti], nouns, verbs) and c.root().is_person_like() and not c.root().plural}
    return next(iter(hits.values())) if len(hits) == 1 else None
