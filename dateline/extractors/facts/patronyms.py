"""A couple told apart by a patronymic: where the relative's second name is a parent's given name
(Ethiopian, Eritrean and Somali names, an Icelandic "-son" aside), "the couple's daughter, Meron
Abebe" is Abebe's and his wife's, not the couple named last. Read by kinowners._kin_owners."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dateline.extractors.facts.context import COUPLE_REACH, _Ctx
from dateline.extractors.facts.namelists import _names_after
from dateline.model import Entity


def patronymic_couple(ctx: _Ctx, tok: Token, sent: SpacySpan) -> Optional[tuple[Entity, Entity]]:
    """'Abebe Kebede ... with his wife, Almaz Tesfaye ... Dawit's wife, Hirut Alemu ... The couple's
    daughter, Meron Abebe': of the couples named before, the one whose man or woman's given name is
    the relative's second name, as a patronymic gives it, when the couple named last has none."""
    relatives, _ = _names_after(ctx, tok.i, sent, many=False)
    words = relatives[0].name.split() if relatives else []
    if len(words) != 2:
        return None
    near = ctx.pairs_within(ctx.couples, tok.idx - COUPLE_REACH, tok.idx)
    fits = [pair for _, pair in near if any(e.name.split()[:1] == words[1:] and len(e.name.split()) == 2 for e in pair)]
    if not fits or (near and near[-1][1] in fits):
        return None
    return fits[-1]
