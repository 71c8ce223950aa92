"""Pass 1's look at speaker positions: whoever speaks is somebody. A proper name in speaker
position ("Nervo wrote", "according to Zero Hedge") that spaCy left untagged or tagged as a
place is a name; a country or a party that speaks stands for its government or its members (an
ORG)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from dateline.extractors.entities.common import _noun_index, mid_capitals, sentence_opener
from dateline.extractors.entities.lexicon import Lexicon
from dateline.extractors.entities.missed import _NameSpan
from dateline.extractors.entities.syntax import _is_name_token, _speaker_position
from dateline.extractors.entities.titlenames import capitalised_role_end
from dateline.nlp import ents_of, language_of, text_of, tokens_of


def speaker_names(doc: Doc, lex: Lexicon, taken: list[bool], caps: list[Token], spans: list[_NameSpan],
                  sent_start_of: Optional[list[int]] = None) -> None:
    """Appends to ``spans`` (and marks ``taken``) the names found in speaker position (given
    ``sent_start_of``, at extraction only, not a plural common noun opening a sentence)."""
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
        if sent_start_of is not None and _plural_opener(doc, tok, sent_start_of):
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
            if sent_start_of is not None:
                # ("Deputy Public Prosecutor Goh Jia Hui asked": the office's words are nobody's name)
                role, s = s, capitalised_role_end(toks, s, e, lex)
                taken[role:s] = [True] * (s - role)
            label = None
        for i in range(s, e):
            taken[i] = True
        spans.append(_NameSpan(s, e, label))


def _plural_opener(doc: Doc, tok: Token, sent_start_of: list[int]) -> bool:
    """""Visitors ask me where they are": a plural common noun (tagged so, its lemma a known noun
    it is not written as) opening its sentence, which the text nowhere capitalises inside one."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() == tok.lower_ or not sentence_opener(doc, tok.i, sent_start_of):
        return False
    text = text_of(doc)
    if f'"{tok.text}"' in text or f"\u201c{tok.text}\u201d" in text:
        return False  # ('"Pops" slams his way to a 50th final ... "Pops taught every one of us": a nickname)
    language = language_of(doc)
    nouns = _noun_index(language) if language is not None else None
    return nouns is not None and tok.lemma_.lower() in nouns and tok.lower_ not in mid_capitals(doc, sent_start_of)
