"""A given name the tagger read as a place: "no relation of Nino Scuderi, 57" tagged "Nino" a
place and "Scuderi" a person. Left so, the surname alone joins the other Scuderi in the article
(Carmela) and takes this man's age and post."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.nlp import ents_of


def placed_given_start(doc: Doc, s: int, e: int, taken: list[bool]) -> int:
    """Where a one-word person's name starts when the one word before it, tagged a place alone,
    is a given name: the surname ends a longer person's name elsewhere in the article, so it is a
    family's name, and a place does not stand right before a surname."""
    if e - s != 1 or s < 1 or taken[s - 1] or doc[s - 1].whitespace_ != " ":
        return s
    first = doc[s - 1]
    if first.ent_type_ not in ("GPE", "LOC") or first.ent_iob_ != "B" or not first.text[:1].isupper() \
            or not first.text[1:].islower() or not first.is_alpha or first.tag_ != "NNP":
        return s
    # (the place tagged as one word of its own, not the end of a longer place: "New York Smith")
    if s >= 2 and doc[s - 2].ent_type_ == first.ent_type_ and doc[s - 2].ent_iob_ != "O":
        return s
    surname = doc[s].lower_
    return s - 1 if any(x.label_ == "PERSON" and len(x) > 1 and x[-1].lower_ == surname and x.start != s
                        for x in ents_of(doc)) else s


# peoples named in the plural before their members' names ("the Estonians Taavi Rebane and Kadri
# Lepik"); most end on -ans or -ese, these do not
_PEOPLES = frozenset({"finns", "swedes", "danes", "poles", "scots", "turks", "greeks", "czechs", "slovaks", "thais", "lao",
                      "kiwis", "brits", "swiss", "basques", "croats", "serbs", "slovenes", "uzbeks", "kazakhs", "tajiks"})


def demonym_lead(toks: list[Token], s: int, e: int) -> int:
    """Where a name starts inside a span opened by a people in the plural: "the Estonians Taavi
    Rebane" (tagged one organisation) is Taavi Rebane; the span's other words all capitalised
    names. ``s`` itself when there is none."""
    k = s + 1 if toks[s].lower_ == "the" else s
    if k == s or e - k < 3 or toks[k].tag_ != "NNPS":
        return s
    low = toks[k].lower_
    if not (low.endswith(("ans", "ese")) or low in _PEOPLES):
        return s
    return k + 1 if all(t.text[:1].isupper() and t.is_alpha and t.tag_ == "NNP" for t in toks[k + 1 : e]) else s
