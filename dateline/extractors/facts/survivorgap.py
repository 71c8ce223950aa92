"""'She is survived by four of their five children: A; B; C and D. Their son Seán was killed in
1985': the child missing from a survivors' count is the couple's whose children the sentence
before listed, not a couple named inside the list ("Mary, and her husband, Gerry")."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span as SpacySpan

from dateline.extractors.facts.context import _Ctx
from dateline.extractors.facts.lexicon import NUMBER_RE, number_value
from dateline.model import Entity

_SOME_OF = re.compile(rf"\b(?P<some>{NUMBER_RE}) of (?:their|his|her) (?P<all>{NUMBER_RE}) (?:children|sons|daughters)\b", re.I)


def survivors_parents(ctx: _Ctx, sent: SpacySpan) -> Optional[list[Entity]]:
    """The two parents of the children listed in the sentence before ``sent``, when it says
    fewer of them survive than they had."""
    if sent.start == 0:
        return None
    prev = ctx.doc[sent.start - 1].sent
    got = _SOME_OF.search(ctx.text, prev.start_char, prev.end_char)
    if got is None:
        return None
    some, every = number_value(got.group("some")), number_value(got.group("all"))
    if some is None or every is None or some >= every:
        return None
    parents = {f.subject for f in ctx.facts.values() if f.relation == "child" and prev.start_char <= f.evidence.start < prev.end_char}
    if len(parents) != 2:
        return None
    return [e for e in ctx.entities if e.id in parents]
