"""A relative's spouse in brackets after the relative's name, as obituaries list children:
"four of their five children, Marcia Greenidge (Winston), Rohan (Claudette), Beverley and
Anthony". The one capitalised word in the brackets is a person, whatever the tagger called it
(Winston a place, "Rohan (Claudette" one organisation); not a maiden name before a surname
("Ingrid (Olson) Lindqvist"), nor an acronym ("Norges Statsbaner (NSB)"). Read before the
tagger's names, at extraction only; facts/spouseparens.py states the marriage."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.extractors.entities.nameshapes import _LIST_KIN

# how far back in its sentence a list's kin noun may stand ("children, A (B), C (D), E and F")
_REACH = 40


def bracketed_spouse_names(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    out = []
    for i, tok in enumerate(doc):
        if tok.text != "(" or i < 1 or i + 3 >= len(doc) or doc[i + 2].text != ")":
            continue
        word, before, after = doc[i + 1], doc[i - 1], doc[i + 3]
        if not (word.text.istitle() and word.is_alpha and not taken[i + 1]):
            continue
        if not (before.pos_ == "PROPN" and before.text[:1].isupper()):
            continue
        if not (after.text in (",", ";", ".") or after.lower_ in ("and", "of")):
            continue
        start = max(tok.sent.start, i - _REACH)
        if not any(t.lemma_.lower() in _LIST_KIN for t in doc[start:i]):
            continue
        taken[i + 1] = True
        out.append((i + 1, i + 2))
    return out
