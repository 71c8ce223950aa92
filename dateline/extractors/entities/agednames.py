"""A capitalised name with an age set off in commas after it ("Luna, 4,", "Ana Ruiz, 30,") is a
person's, whatever the tagger said: the name pass's aged names, read for training and extraction
alike (the rules marked "extraction" only at extraction). Moved out of names.py (2026-12-05)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.extractors.entities import nameparts
from dateline.extractors.entities.agewords import _age_follows
from dateline.extractors.entities.lexicon import Lexicon
from dateline.extractors.entities.nameshapes import from_home
from dateline.extractors.entities.places import residence
from dateline.extractors.entities.syntax import _is_name_token
from dateline.nlp import columns, tokens_in, tokens_of


def aged_names(doc: Doc, lex: Lexicon, taken: list[bool], caps: list[Token], sent_start_of: list[int],
               extraction: bool) -> list[tuple[int, int]]:
    """The token spans of such names, in text order (their tokens are taken)."""
    toks = tokens_of(doc)
    c_text = columns(doc).text
    out: list[tuple[int, int]] = []
    # "Luna, 4," : a capitalized name with an age in commas is a person, whatever spaCy said.
    # The small model tags a rare first name as a plural noun ("and Pax, 1."), hence loose.
    for tok in caps:
        # (an age after the name opens on a comma, or on a bracket (agewords.age_after): where
        # neither follows, nothing below can hold, and most capitalised words have neither)
        if taken[tok.i] or tok.i + 2 >= len(doc) or c_text[tok.i + 1] not in (",", "("):
            continue
        # (a rare given name the tagger reads as a verb or an adjective, "Sioned, 41," tagged
        # VBN: inside a sentence a capital with an age after it is a name, in extraction only)
        if not _is_name_token(tok, loose=True) and not (extraction and _is_name_token(tok, known=True) and tok.is_sent_start is False):
            continue
        if tok.lower_ in lex.titles or tok.lower_ in lex.platforms or tok.lower_ in lex.not_entities:
            continue
        if tok.tag_ in ("NN", "NNS") and (tok.lower_ in lex.person_nouns or tok.lemma_.lower() in lex.person_nouns):
            continue
        if _age_follows(doc, tok.i + 1, extraction) and not (extraction and tok.dep_ == "pobj" and (residence(tok.head) or from_home(tok, lex))):
            # (not "Rewi Kerehoma of Taihape, 33,": the age is the man's, the town his home)
            prev = toks[tok.i - 1] if tok.i > 0 else None
            start = tok.i
            if extraction and prev is not None and nameparts.joining_hyphen(doc, prev.i, prev.i - 1, tok.i + 1) \
                    and _is_name_token(toks[prev.i - 1]) and not taken[prev.i - 1]:
                # ("Thandi Mokoena-Smit, 36," untagged: the hyphened surname is one word)
                start, prev = prev.i - 1, (toks[prev.i - 2] if prev.i >= 2 else None)
                prev = prev if prev is not None and prev.i >= sent_start_of[tok.i] else None
            if extraction and prev is not None and prev.text.islower() and prev.lower_ in lex.lower_particles:
                # ("Rhys ap Dafydd, 36,", "Jan-Willem van der Veen, 41," untagged: back over the
                # particles to the given name, a hyphened one whole)
                k = prev.i
                while k > sent_start_of[tok.i] and tok.i - k < 4 and c_text[k - 1].islower() and c_text[k - 1].lower() in lex.lower_particles:
                    k -= 1
                g = k - 1
                if g >= sent_start_of[tok.i] and not taken[g] and _is_name_token(toks[g], loose=True) and c_text[g][:1].isupper():
                    while g - 2 >= sent_start_of[tok.i] and c_text[g - 1] == "-" and not toks[g - 1].whitespace_ and not toks[g - 2].whitespace_ \
                            and c_text[g - 2][:1].isupper() and c_text[g - 2].isalpha() and not taken[g - 2]:
                        g -= 2
                    start, prev = g, None
            if prev is not None and _is_name_token(prev) and not taken[prev.i]:
                # "Ana Ruiz, 30," that spaCy left untagged: the full name, not the surname alone
                # (but "appointed Ananya Sharma, 36," with both words tagged places: a place has no age)
                if prev.lower_ in lex.titles or prev.i < sent_start_of[tok.i] or (prev.ent_type_ not in ("", "PERSON") and not (
                        extraction and prev.ent_type_ == tok.ent_type_ == "GPE" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "appos", "conj"))):
                    continue
                start = prev.i
                first = toks[start - 1] if extraction and start > 0 else None
                if first is not None and first.i >= sent_start_of[tok.i] and not taken[first.i] and _is_name_token(first) \
                        and first.dep_ == "compound" and first.ent_type_ in ("", "PERSON") and first.lower_ not in lex.titles \
                        and first.lower_ not in lex.person_nouns and first.lower_ not in lex.role_heads and first.lower_ not in lex.org_keywords \
                        and _written_as_name_elsewhere(doc, first):
                    start = first.i  # ("Radka Petrova Gancheva, 58,": a given name, a patronymic and a surname)
            for i in range(start, tok.i + 1):
                taken[i] = True
            out.append((start, tok.i + 1))
    return out


def _written_as_name_elsewhere(doc: Doc, tok: Token) -> bool:
    """The word is written capitalised inside another sentence of the text ("... Radka wants her
    moved"): a name there, where a job or a heading word opening a sentence ("Crofter Alasdair
    Munro, 73", "Principal Ines Carvalho, 47") seldom recurs so."""
    return any(k != tok.i and doc[k].text == tok.text and not doc[k].is_sent_start and doc[k].tag_ == "NNP"
               for k in tokens_in(doc, "lower", (tok.lower_,)))
