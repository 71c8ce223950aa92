"""Where a name starts inside the tagger's ent: the words before it that are no part of it, an
article, a title read back as a title when the name is clustered ("Councillor Iris Fenn"), a job or
kin word describing the name ("Singer Rosa Delgado", "Brothers Sean and Declan Walsh"), a verb the
tagger ran in ("Replacing Vane was director Ada Roe"). Moved out of names._name_spans on
2026-12-07, unchanged."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.extractors.entities.kinwords import plural_trade
from dateline.extractors.entities.lexicon import Lexicon
from dateline.extractors.entities.nameshapes import _opens, _plural_kin, _plural_title
from dateline.extractors.entities.syntax import _is_name_token, _possessive
from dateline.extractors.entities.titlenames import title_as_name
from dateline.nlp import columns, tokens_of


def name_start(doc: Doc, s: int, e: int, ent_start: int, label: str, lex: Lexicon, sent_start_of: list[int],
               extraction: bool) -> int:
    """The first token of the name in the ent's tokens [s, e) (``ent_start`` the ent's own first
    token, ``label`` its label); ``extraction`` reads the rules the ranker's training leaves out."""
    toks = tokens_of(doc)
    cols = columns(doc)
    c_low, c_text, c_tag = cols.lower, cols.text, cols.tag
    while s < e and (
        c_low[s] in ("the", "a", "an")
        # ("Nurses at St Ethelburga's Hospital" tagged whole: the staff are none of its name)
        or (extraction and label == "ORG" and c_tag[s] in ("NNS", "NNPS") and s + 2 < e and c_low[s + 1] in ("at", "from"))
        or not c_text[s].strip()
        or (c_low[s] in lex.titles and e - s > 1 and not title_as_name(toks[s], lex)
            # ("the Queen Elizabeth University Hospital": a title opening an institution's name is its own)
            # (also a title's own possessive: "King's College Hospital", "Queen's University")
            and not (extraction and label == "ORG" and e - s > 2 and c_low[e - 1] in lex.org_keywords))
        # ("Det Insp" tagged alone before "Carl Moody": a title left after a title is no name)
        or (extraction and e - s == 1 and s > ent_start and c_low[s - 1] in lex.titles and c_low[s] in lex.titles)
        # "Captains Raúl and Beatriz Quintana": a title in the plural before a couple's names
        or (extraction and e - s > 1 and c_low[s].endswith("s") and _plural_title(toks[s], lex) and not _possessive(toks[s + 1]))
        # ("Carvers Pauloosie and Martha Ashevak": a trade in the plural opening the sentence)
        or (extraction and e - s > 1 and e < len(doc) and c_low[e] == "and" and plural_trade(toks[s], lex)
            and (_opens(toks, s, sent_start_of) or "\n" in c_text[s - 1] + toks[s - 1].whitespace_))
        # "Singer Rosa Delgado", "Footballer Tiago Brandt": a job word capitalized at the
        # sentence start describes the name that follows it.
        or (c_low[s] in lex.occupations and (e - s > 2 or (e - s == 2 and toks[s].is_sent_start)))
        # ("Barrister Nia Roberts": any person's trade before a full name; extraction only)
        # (not the first part of a hyphened surname: "Mr. Carver-Hunt", "Rhys Potter-Hunt")
        or (extraction and e - s > 2 and c_low[s] in lex.trades and c_text[s][:1].isupper() and c_text[s][1:].islower()
            and bool(toks[s].whitespace_) and not (label == "ORG" and c_low[e - 1] in lex.org_keywords))
        # ("Brothers Sean and Declan Walsh", "Twins Kofi and Ama": a plural kin noun opening the
        # sentence says who they are to each other; extraction only; neither this nor a plural
        # title is one a possessive makes a body's: "our Mothers' Union branch")
        or (extraction and e - s > 1 and c_low[s].endswith("s") and _plural_kin(toks[s], lex) and not _possessive(toks[s + 1]))
        # ("Soprano" tagged as an ent of its own before a name: no name; extraction only)
        or (extraction and e - s == 1 and c_low[s] in lex.occupations and _opens(toks, s, sent_start_of)
            and s + 1 < len(doc) and _is_name_token(toks[s + 1]))
        or (label == "ORG" and c_text[s][:1].islower() and e - s > 1)  # "state Department of ..."
        # ("Replacing Vane was director Ada Roe", "Supporting Quill in his search are ...": a
        # participle opening the sentence is the clause's verb, and "to kick Dad out", "to
        # marry Bill" tagged whole: a lower-case verb; extraction only)
        or (extraction and e - s > 1 and c_tag[s] == "VBG" and c_low[s].endswith("ing") and _opens(toks, s, sent_start_of))
        or (extraction and e - s > 1 and c_text[s][:1].islower() and c_tag[s] in ("VB", "VBD", "VBZ", "VBP", "VBG"))
        # "Meet Mrs Tiggs", a heading: the verb that introduces a name is none of it
        or (extraction and c_low[s] in lex.heading_verbs and e - s > 1
            and (s == 0 or toks[s].is_sent_start or "\n" in c_text[s - 1] + toks[s - 1].whitespace_))
    ):
        s += 1
    return s
