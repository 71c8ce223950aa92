"""A pronoun after "X, the founder's widow, ...": X, not the founder. The possessor inside a kin
noun apposed to a name may be the most recent mention of its person, and recency favours it;
but a following he or she of the kin noun's own gender goes on about the one the apposition
describes ("We report the death of Jaswinder Hayer, the founder's widow ... She leaves three
sons"), unless another person is named between. At extraction only: the ranker's training on
GAP reads its own picks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.clusters import _Cluster
from dateline.nlp import columns

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver

# (how far back, in sentences, the apposition may stand: its own sentence or the one before)
REACH = 1


def apposed_kin_holder(r: "_Resolver", tok: Token, chosen: Optional[_Cluster]) -> Optional[_Cluster]:
    """The name the latest such kin noun is apposed to, when ``chosen`` is somebody else; None
    otherwise."""
    if chosen is None or r.observe is not None:
        return None
    gender = r.lex.pronouns.get(tok.lower_)
    if gender is None:
        return None
    sent = r.sent_of[tok.i]
    k = tok.i - 1
    # (the walk back reads the token columns: a Token per word passed cost more than the rule)
    cols = columns(r.doc)
    dep, lower = cols.dep, cols.lower
    while k >= 0 and sent - r.sent_of[k] <= REACH:
        if dep[k] != "appos" or lower[k] not in r.lex.relative_nouns:
            k -= 1
            continue
        t = r.toks[k]
        if t.dep_ == "appos" and t.lower_ in r.lex.relative_nouns and r.lex.gendered.get(t.lower_) == gender \
                and any(c.dep_ == "poss" for c in t.children):
            holder = r.covered.get(t.head.i)
            if holder is None or not holder.root().is_person_like() or holder.root() is chosen.root():
                return None
            owners = {id(r.covered[c.i].root()) for c in t.children if c.dep_ == "poss" and c.i in r.covered}
            between = {id(c.root()) for i in range(t.i + 1, tok.i) if (c := r.covered.get(i)) is not None and c.root().is_person_like()}
            return holder.root() if not between - owners - {id(holder.root())} else None
        k -= 1
    return None
