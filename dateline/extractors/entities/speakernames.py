"""Pass 1's look at speaker positions: whoever speaks is somebody. A proper name in speaker
position ("Nervo wrote", "according to Zero Hedge") that spaCy left untagged or tagged as a
place is a name; a country or a party that speaks stands for its government or its members (an
ORG)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.extractors.entities.lexicon import Lexicon
from dateline.extractors.entities.missed import _NameSpan
from dateline.extractors.entities.syntax import _is_name_token, _speaker_position
from dateline.nlp import ents_of, tokens_of


def speaker_names(doc: Doc, lex: Lexicon, taken: list[bool], caps: list[Token], spans: list[_NameSpan]) -> None:
    """Appends to ``spans`` (and marks ``taken``) the names found in speaker position."""
    toks = tokens_of(doc)
    # doc.ents builds every entity span on each access, and spans only grows below: both are
    # indexed once (per new span), not scanned per speaker, which was quadratic in the names.
    ent_at = {i: ent for ent in ents_of(doc) for i in range(ent.start, ent.end)}
    person_surnames: set[str] = set()
    indexed = 0

    def surname_of_person(tok: Token) -> bool:
        """A place-tagged word that is the last word of a person's full name found so far ("Nervo")."""
        nonlocal indexed
        for sp in spans[indexed:]:
            if sp.label == "PERSON" and sp.end - sp.start > 1:
                person_surnames.add(toks[sp.end - 1].lower_)
        indexed = len(spans)
        return tok.lower_ in person_surnames

    for tok in caps:
        if taken[tok.i] or not _is_name_token(tok, loose=True) or not _speaker_position(tok, lex):
            continue
        if tok.lower_ in lex.titles or tok.lower_ in lex.platforms or tok.lower_ in lex.not_entities:
            continue
        if tok.tag_ in ("NN", "NNS") and (tok.lemma_.lower() in lex.speaker_nouns or tok.lower_ in lex.org_nouns):
            continue
        if tok.ent_type_ in ("GPE", "NORP") and tok.ent_iob_ != "":
            ent = ent_at[tok.i]
            s, e = ent.start, ent.end
            while s < e and toks[s].lower_ in ("the", "a", "an"):
                s += 1
            if any(taken[i] for i in range(s, e)) or s >= e:
                continue
            label = "PERSON" if tok.i == e - 1 and tok.ent_type_ == "GPE" and surname_of_person(tok) else "ORG"
        else:
            s = tok.i
            while s > 0 and not taken[s - 1] and _is_name_token(toks[s - 1]) and toks[s - 1].lower_ not in lex.titles and toks[s - 1].ent_type_ in ("", "PERSON", "ORG"):
                s -= 1
            e = tok.i + 1
            label = None
        for i in range(s, e):
            taken[i] = True
        spans.append(_NameSpan(s, e, label))
