"""Pass 1, second half: the names the small model missed, found by the positions news prose
puts names in (after a kin or role noun, as a person's subject, before a life span, as an
employer); and the name span both halves produce."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Token

from dateline.extractors.entities.agewords import aged_by_who
from dateline.extractors.entities.apposed import person_apposed, post_apposed_before
from dateline.extractors.entities.continued import continued_as_person
from dateline.extractors.entities.kinnames import (
    _after_aged_item,
    _kin_apposed_after,
    _kin_list_item,
    _month_after_kin,
    _named_twin,
    _relative_of,
    post_holder_named,
    residence_of,
)
from dateline.extractors.entities.kinwords import trade_before_couple
from dateline.extractors.entities.lexicon import Lexicon
from dateline.extractors.entities.nameparts import titled_surname, titled_words, written_longer
from dateline.extractors.entities.places import (
    dateline_tokens,
    kin_of_after,
    place_preposition_before,
    written_as_place,
)
from dateline.extractors.entities.syntax import _possessive, common_elsewhere, kin_read_as_verb
from dateline.extractors.entities.titlenames import title_as_name
from dateline.nlp import columns, ents_of, text_of, tokens_of


@dataclass
class _NameSpan:
    start: int  # token indices, half-open
    end: int
    label: Optional[str]  # spaCy's label when the span is exactly spaCy's PERSON/ORG ent
    platform: bool = False
    age: bool = False
    pair: bool = False  # one of "Anil and Reena Dutta": a person, whatever the tagger said
    surname: Optional[int] = None  # "Anil" there: the token of the surname he shares


# Entity labels that a missed name can carry: the small model often calls a rare name a place
# or a product ("their daughter, Sofia" GPE, "works for Globex" PRODUCT).
MISSABLE_LABELS = frozenset({"", "GPE", "LOC", "PRODUCT", "FAC", "WORK_OF_ART", "NORP", "EVENT", "LAW"})


def _common_word(low: str, lex: Lexicon) -> bool:
    """A capitalised title, platform or role noun is a word of the language, not a missed name."""
    return (
        low in lex.titles
        or low in lex.platforms
        or low in lex.not_entities
        or low in lex.not_names
        or low in lex.person_nouns
        or low in lex.org_nouns
        or low in lex.employee_roles
    )


def _free_name(tok: Token, lex: Lexicon, taken: list[bool]) -> bool:
    """A capitalized word that can be part of a name spaCy missed."""
    i = tok.i
    if taken[i]:
        return False
    # (the first tests on the Doc's columns: asked of every capitalised word and of its
    # neighbours, most fail there, and each Token attribute read is a string lookup)
    cols = columns(tok.doc)
    tag, text = cols.tag[i], cols.text[i]
    if tag not in ("NNP", "NNPS", "NN", "NNS") or not text[:1].isupper() or not text[1:].replace("-", "").replace("'", "").isalpha():
        return False
    low = cols.lower[i]
    return (
        # ("the son of Per Sara": a given name that is also a function word, written as part of a name)
        (not tok.is_stop or (low in lex.function_word_names and tag == "NNP" and tok.dep_ == "compound" and tok.head.i == i + 1
                             and not tok.is_sent_start))
        and cols.ent_type[i] in MISSABLE_LABELS
        and (not _common_word(low, lex) or title_as_name(tok, lex))
        # ("Potters Wyn and Elin Hughes": a trade in the plural before a couple)
        and not trade_before_couple(tok, lex)
    )


def _name_run(doc: Doc, i: int, lex: Lexicon, taken: list[bool], sent_start_of: list[int]) -> tuple[int, int]:
    """The run of free capitalized words through token i, within its sentence, at most 3."""
    toks, tag = tokens_of(doc), columns(doc).tag
    s, e = i, i + 1
    while s > sent_start_of[i] and i - s < 2 and _free_name(toks[s - 1], lex, taken) and tag[s - 1] in ("NNP", "NNPS"):
        s -= 1
    while e < len(doc) and e - s < 3 and sent_start_of[e] == sent_start_of[i] and _free_name(toks[e], lex, taken) and tag[e] in ("NNP", "NNPS"):
        e += 1
    return s, e


# "(1902 – 1971)", "(1920-92)": a life span in parentheses
_LIFE_SPAN = re.compile(r"\s*\(\d{4}\s*[-–—]\s*\d{2,4}\)")


def _missed_names(doc: Doc, lex: Lexicon, taken: list[bool], sent_start_of: list[int], caps: list[Token],
                  extraction: bool = False) -> list[_NameSpan]:
    """Names the small model did not tag, found by the positions news prose puts names in:
    after a kin or role noun ("their daughter, Sofia", "her son Pax"), as the proper-noun
    subject of a verb people do ("Bo Cole works for ..."), and as an employer ("works for
    Globex", "a spokeswoman for Globex", "Globex chief executive ..."). With ``extraction``, also
    the rules the pronoun ranker's training does not read (names.py)."""
    toks = tokens_of(doc)
    cols = columns(doc)  # (the tests below read columns: a Token's attribute is a lookup each time)
    c_dep, c_ent, c_idx, c_low, c_pos, c_tag, c_text = cols.dep, cols.ent_type, cols.idx, cols.lower, cols.pos, cols.tag, cols.text
    kin = lex.person_or_gendered
    # "Clinton spokesman ..." names a person's staff, not an employer called Clinton.
    person_words = {t.lower_ for ent in ents_of(doc) if ent.label_ == "PERSON" for t in ent}
    out: list[_NameSpan] = []

    def claim(s: int, e: int, label: str) -> None:
        for k in range(s, e):
            taken[k] = True
        out.append(_NameSpan(s, e, label))

    # The run through a word, read once: the tests below ask it again each time one passes a
    # word on, and ``taken`` changes only by a claim, after which the loop moves to the next word.
    runs: dict[int, tuple[int, int]] = {}
    titled = titled_words(doc, lex) if extraction else frozenset()

    def run_of(i: int) -> tuple[int, int]:
        got = runs.get(i)
        if got is None:
            got = runs[i] = _name_run(doc, i, lex, taken, sent_start_of)
        return got

    for tok in caps:
        i = tok.i
        band_end = _plural_band(doc, i, lex, taken) if tok.text == "The" else None
        if band_end is not None:
            claim(i, band_end, "ORG")
            continue
        if extraction and _body_of_place(toks, i, lex, taken):
            claim(i, i + 2, "ORG")  # "leaves Police Scotland today", untagged: a body and its place
            continue
        if extraction and _month_after_kin(toks, i, lex, taken):
            claim(i, i + 1, "PERSON")
            continue
        # (before the test of a free word: a head that is also a common noun, 'Council', 'Board')
        if extraction and tok.lower_ in lex.body_heads and (tok.tag_ == "NNP" or (tok.tag_ == "JJ" and c_tag[i - 1] == "POS")) \
                and tok.ent_type_ == "" and i > 1 and not taken[i]:  # (a possessive's "Cooperative" read as an adjective)
            # "a grant from the Eastern Cape Arts Fund", untagged: capitalised words after "the"
            # up to a body's head word name the body
            s = i
            while s > sent_start_of[i] and i - s < 4:
                if _free_name(toks[s - 1], lex, taken) and c_tag[s - 1] == "NNP":
                    s -= 1
                elif s == i and s - 2 > sent_start_of[i] and c_tag[s - 1] == "POS" and not taken[s - 1] and c_tag[s - 2] == "NNP" \
                        and _free_name(toks[s - 2], lex, taken) \
                        and (c_text[s - 2][-1:] == "n" or (c_text[s - 1] in ("'", "\u2019") and c_text[s - 2][-1:] == "s")):
                    s -= 2  # ("The Deer Isle Lobstermen's Cooperative": a group's possessive before the head)
                else:
                    break
                # ("the Gem and Jewellery Export Promotion Council": two words joined by 'and')
                if s - 2 >= sent_start_of[i] and c_low[s - 1] == "and" and not taken[s - 1] \
                        and _free_name(toks[s - 2], lex, taken) and c_tag[s - 2] == "NNP" and s - 3 >= 0 and c_low[s - 3] == "the":
                    s -= 2
            if s < i and s > 0 and c_low[s - 1] == "the":
                claim(s, i + 1, "ORG")
                continue
        if not _free_name(tok, lex, taken):
            continue
        if extraction and tok.tag_ == "NNP" and tok.is_title and tok.is_alpha and tok.ent_type_ in ("", "NORP") \
                and kin_of_after(toks, i + 1, lex) is not None and not place_preposition_before(toks, i, lex) \
                and (i == sent_start_of[i] or not (c_tag[i - 1] == "NNP" and not taken[i - 1])):
            claim(i, i + 1, "PERSON")  # ("Welcome to Cathal, son of Declan and Niamh Owens": untagged, or a nationality)
            continue
        # "Riverside FC", "Globex Ltd": a legal or club suffix closes an organization's name,
        # whatever tags the words before it got.
        if tok.lower_.rstrip(".") in lex.org_suffixes and i > 0:
            s = i
            while s > sent_start_of[i] and i - s < 3 and _free_name(toks[s - 1], lex, taken):
                s -= 1
            if s < i:
                claim(s, i + 1, "ORG")
                continue
        # A noun-tagged capitalized word only where a name is expected right after a noun;
        # a sentence-initial one is an ordinary word.
        proper = tok.tag_ in ("NNP", "NNPS")
        if not proper and tok.is_sent_start is not False:
            continue
        # "written with the late Tor Eide": only a person is called late
        # (also a given name the tagger read as a common noun before the surname it did read as a
        # name: "the late Aksel Mølgaard (1931 – 2008)", at extraction only)
        late_given = extraction and not proper and tok.text.istitle() and i + 1 < len(doc) and c_tag[i + 1] == "NNP"
        if (proper or late_given) and i > 1 and c_low[i - 1] == "late" and c_low[i - 2] in ("the", "his", "her", "their", "our"):
            s, e = run_of(i)
            while e + 1 < len(doc) and c_text[e] == "-" and _free_name(toks[e + 1], lex, taken):
                e += 2  # "the late Marcel Dufresne-Léger"
            if s == i and (e >= len(doc) or c_pos[e] not in ("NOUN", "PROPN")):  # not "the late Eastern Han dynasty"
                claim(s, e, "PERSON")
                continue
        if extraction and not tok.is_sent_start and aged_by_who(toks, i):
            claim(i, i + 1, "PERSON")  # ("and Mads, who is nineteen and studies engineering", tagged a product)
            continue
        prev = toks[i - 1] if i > 0 else None
        if prev is not None and prev.text == "," and i > 1:
            prev = toks[i - 2]
            # "his wife of 40 years, Marguerite": the kin noun before the "of" phrase
            if prev.dep_ == "pobj" and prev.head.lower_ == "of" and prev.head.head.i < prev.i and prev.head.head.lower_ in kin:
                prev = prev.head.head
            elif extraction and prev.dep_ == "pobj" and prev.head.lower_ == "since" and prev.head.i > 0 and c_low[prev.head.i - 1] in kin:
                prev = toks[prev.head.i - 1]  # ("his wife since 1970, Helen", at extraction only)
        # "their daughter, Sofia" / "her son Pax": the kin noun has a possessive or article.
        if (
            prev is not None
            and not tok.text.isupper()  # "a coal executive, ERP Compliant Fuels": a company
            # ("their daughters, Tamsin and Keren": a plural's first name too, at extraction only)
            and (prev.lower_ in kin or (extraction and prev.tag_ == "NNS" and prev.lemma_.lower() in kin))
            and (
                (prev.tag_ in ("NN", "NNS") and any(ch.dep_ in ("poss", "det") for ch in prev.children))
                # ("have two sons, Ciaran and Donal": a counted plural, at extraction only)
                or (extraction and prev.tag_ == "NNS" and any(ch.dep_ == "nummod" for ch in prev.children))
                # "also has a stepson, Jayden": a kin noun the tagger read as an adjective
                or (extraction and prev.tag_ == "JJ" and prev.lower_ in lex.kin_kinds and prev.i > 0 and c_tag[prev.i - 1] in ("DT", "PRP$"))
            )
            and sent_start_of[prev.i] == sent_start_of[i]
        ):
            s, e = run_of(i)
            if s == i:
                claim(s, e, "PERSON")
                continue
        if extraction and proper and i > 0 and not tok.text.isupper() and (kin_read_as_verb(toks[i - 1], lex) or (
                # ... and the second name it lists: "and twins Brooke and Bailey, nineteen"
                i > 2 and c_low[i - 1] == "and" and kin_read_as_verb(toks[i - 3], lex) and c_tag[i - 2] == "NNP")):
            # "Ama, 11, and twins Kofi and Kwame": a plural kin noun the tagger read as a verb
            s, e = run_of(i)
            if s == i:
                claim(s, e, "PERSON")
                continue
        if not proper:
            continue
        if extraction and i > 2 and c_text[i - 1] == "," and c_tag[i - 2] == "NN" and c_text[i - 2].islower() \
                and (toks[i - 2].lemma_.lower() in lex.group_nouns or c_low[i - 2] in lex.org_nouns or c_low[i - 2].endswith("ery")) \
                and any(ch.dep_ in ("det", "poss") for ch in toks[i - 2].children):
            # "to start a rival roastery, Mountain Cloud Tea, which he still runs", untagged: the
            # capitalised words a business's noun sets off are its name
            s, e = run_of(i)
            if s == i and e - s >= 2 and e < len(doc) and c_text[e] == ",":
                claim(s, e, "ORG")
                continue
        if i > 1 and c_low[i - 1] == "late" and c_low[i - 2] in ("the", "his", "her", "their", "our", "my"):
            # "written with the late Tor Eide": only a person is 'the late'
            s, e = run_of(i)
            while e + 1 < len(doc) and c_text[e] == "-" and not toks[e - 1].whitespace_ and not toks[e].whitespace_ \
                    and c_text[e + 1][:1].isupper() and not taken[e + 1]:
                e += 2  # a double-barrelled surname ("the late Marcel Dufresne-Léger")
            if s == i:
                claim(s, e, "PERSON")
                continue
        if extraction and proper and _job_by_copula(doc, i, run_of(i), lex):
            s, e = run_of(i)
            claim(s, e, "PERSON")  # "Sunil Mistry is a signalling engineer at Network Rail", untagged
            continue
        if extraction and i > 0 and toks[i - 1].is_sent_start and c_text[i - 1].istitle() and not taken[i - 1] \
                and (c_low[i - 1] in lex.occupations or c_low[i - 1] in lex.trades):
            # "Host Wade Pardy, who came to Bayline": a job opening the sentence, capitalised as
            # its first word, before a name the tagger left untagged
            s, e = run_of(i)
            if s == i and e - s >= 2 and c_low[e - 1] not in lex.org_keywords:
                claim(s, e, "PERSON")
                continue
        if i > 0 and (_personal_title(toks[i - 1], lex) or (extraction and _office_title(toks[i - 1], lex))) and not taken[i - 1]:
            # "King Ferdnar died", "Emperor Gaozhi": a capitalised title before a name the
            # tagger called a place or nothing; not "King Street", "Queen Mary University"
            s, e = run_of(i)
            after = c_low[e] if e < len(doc) else ""
            if s == i and c_low[e - 1] not in lex.place_heads and after not in lex.place_heads \
                    and after not in lex.org_keywords and c_low[e - 1] not in lex.org_keywords and not (e < len(doc) and _possessive(toks[e])) \
                    and not (extraction and after in lex.person_nouns and c_text[e][:1].isupper()):  # ("Deputy Public Prosecutor Goh Jia Hui")
                claim(s, e, "PERSON")
                continue
        if _relative_of(tok, lex, compound=extraction) and not tok.text.isupper() and not (extraction and residence_of(tok)):
            # "the beautiful sister of Ulvakainen", "the sons of Tordal and Ekra", "the death
            # of Carrow": kin and life nouns take a person's "of"
            s, e = run_of(i)
            if s == i and (e >= len(doc) or not _possessive(toks[e])):
                claim(s, e, "PERSON")
                continue
        if extraction and not tok.text.isupper():
            # "run by K. Lathika, whose father, V. Pillai, started it": only a person has a
            # father (an initial before the name is part of it)
            s, e = run_of(i)
            if s == i and e + 2 < len(doc) and c_text[e] == "," and c_low[e + 1] == "whose" \
                    and c_low[e + 2] in lex.kin_kinds and c_text[e + 2].islower():
                if s > 0 and re.fullmatch(r"[A-Z]\.", c_text[s - 1]) and not taken[s - 1] and sent_start_of[s - 1] == sent_start_of[i]:
                    s -= 1
                claim(s, e, "PERSON")
                continue
        if extraction and not tok.text.isupper() and _kin_apposed_after(tok, lex):
            # "He is survived by Marit, his wife since 1971": a name with a relative's noun of
            # somebody's apposed to it is a person's
            s, e = run_of(i)
            if s == i:
                claim(s, e, "PERSON")
                continue
        if extraction and not tok.text.isupper() and (c_low[i - 1] in ("is", "was") if i > 0 else False):
            s, e = run_of(i)
            if s == i and post_holder_named(toks, s, e, lex):
                claim(s, e, "PERSON")  # "Our new catering manager is Declan Hurley"
                continue
        if extraction and _named_twin(tok) and not tok.text.isupper():
            # "Kofi and Ama, twins aged 9": only people (and the odd foal) are called twins
            s, e = run_of(i)
            if s == i:
                claim(s, e, "PERSON")
                continue
        if (_kin_list_item(tok, kin, after_colon=extraction) or (extraction and _after_aged_item(tok, kin))) and not tok.text.isupper():
            # "two daughters, Freya and Imogen": a later item of a list of named children
            s, e = run_of(i)
            if s == i:
                claim(s, e, "PERSON")
                continue
        # "... a bully.” ― Beck Pimentel": the dash signature after a quotation.
        if i > 1 and c_text[i - 1] in ("\u2015", "\u2014") and c_text[i - 2] in ('"', "\u201d"):
            s, e = run_of(i)
            if s == i:
                claim(s, e, "PERSON")
                continue
        nxt = toks[i + 1] if i + 1 < len(doc) else None
        # "Kyneton captain Josh Farrelly": a town's name before a team role and a person's name
        # is the town's club, unless the text writes the word as a place elsewhere
        if tok.ent_type_ in ("GPE", "LOC") and nxt is not None and nxt.lower_ in lex.team_roles and i + 2 < len(doc) \
                and c_ent[i + 2] == "PERSON" and toks[i + 2].ent_iob_ == "B" and not written_as_place(tok, lex):
            claim(i, i + 1, "ORG")
            continue
        # "Globex chief executive Dana Pruitt": a proper noun before a lower-case staff role.
        if tok.lower_ in person_words or tok.ent_type_ in ("GPE", "LOC", "NORP") or (extraction and common_elsewhere(tok, lex)):
            pass  # ("Packhouse manager X" with "our packhouse" elsewhere: a common noun opening the sentence)
        elif nxt is not None and nxt.text[:1].islower() and (
            nxt.lower_ in lex.employee_roles
            # "The Copper Kites lead singer": one lower-case modifier before the role
            or (i + 2 < len(doc) and nxt.pos_ in ("NOUN", "ADJ") and c_low[i + 2] in lex.employee_roles and c_text[i + 2][:1].islower())
        ):
            s, e = run_of(i)
            if e == i + 1:
                claim(s, e, "ORG")
                continue
        # "works for Globex", "a spokeswoman for Globex".
        elif tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in lex.employer_heads:
            s, e = run_of(i)
            claim(s, place_body_end(doc, e, lex, taken) if extraction else e, "ORG")
            continue
        elif extraction and _post_at(tok, lex):
            # "is a producer at Kernow Sound": a workplace post's place of work (not a place: above)
            s, e = run_of(i)
            # (not the first words of a longer name the text gives elsewhere: "an accountant at
            # Harlan State" for Harlan State University, which the facts stage reads as that one)
            if s == i and e - s >= 2 and c_dep[e - 1] == "pobj" and not written_longer(doc, s, e):
                claim(s, e, "ORG")
                continue
        # "named after Ivy Trent (1902 – 1971)": a life span right after a name of two or
        # three words says it is a person's
        if tok.i == 0 or not toks[i - 1].is_title or taken[i - 1]:
            s, e = run_of(i)
            if s == i and 2 <= e - s <= 3 and tok.ent_type_ not in ("GPE", "LOC", "NORP") and e < len(doc) \
                    and _LIFE_SPAN.match(text_of(doc), c_idx[e - 1] + len(c_text[e - 1])):
                claim(s, e, "PERSON")
                continue
        if extraction and tok.ent_type_ in ("GPE", "LOC", "") and (tok.i == 0 or not taken[i - 1]):
            s, e = run_of(i)
            if s == i and 2 <= e - s <= 3 and (person_apposed(toks[e - 1], lex) or (e < len(doc) and c_text[e] == "," and post_apposed_before(tok, lex))):
                claim(s, e, "PERSON")  # "Gethin Rhys, a farmer who died ...", "The chairperson of X, Ann Roe," (apposed.py)
                continue
        if extraction and tok.ent_type_ == "" and not tok.text.isupper() and (i == 0 or c_low[i - 1] not in lex.titles) \
                and titled_surname(doc, lex, run_of(i), titled):
            claim(i, i + 2, "PERSON")  # "appointed Siân Pritchard as ... Ms Pritchard, 39,": untagged
            continue
        if extraction and tok.ent_type_ == "" and tok.dep_ == "appos" and tok.head.i in dateline_tokens(doc) and i + 1 < len(doc) \
                and c_tag[i + 1] in ("VBZ", "VBD", "VBP", "MD"):
            s, e = run_of(i)
            if e == i + 1 and 2 <= e - s <= 3:
                claim(s, e, "PERSON")  # ("KARNAL - Gurpreet Kaur has fed", untagged and hung on the dateline's place)
                continue
        # "Bo Cole works for ...": a two- or three-word proper name as the subject of a verb
        # people do, or coordinated with a person's name ("Ivy Hart and Max Lund").
        paired = (tok.dep_ == "conj" and tok.head.ent_type_ == "PERSON") or any(
            ch.dep_ == "conj" and ch.ent_type_ == "PERSON" for ch in tok.children
        )
        verb = tok.head.lemma_.lower()
        # (A speech verb's subject is left to the speaker rule, which does not type it.)
        if extraction and tok.ent_type_ in MISSABLE_LABELS and not paired and continued_as_person(doc, tok, lex, sent_start_of):
            s, e = run_of(i)
            first = toks[s - 1] if s > 0 else None
            if first is not None and first.i == sent_start_of[i] and first.dep_ == "compound" and first.head.i == i \
                    and first.text[:1].isupper() and first.is_alpha and _free_name(first, lex, taken):
                s -= 1  # "Ffion Wyn runs a flock": an unknown first name the tagger read as a noun
            if e == i + 1 and e - s >= 2 and tok.ent_type_ not in ("GPE", "LOC", "NORP"):
                claim(s, e, "PERSON")
                continue
        if paired or (tok.dep_ in ("nsubj", "nsubjpass") and verb in lex.person_verbs and verb not in lex.speech_verbs):
            s, e = run_of(i)
            if e == i + 1 and e - s >= 2 and (tok.ent_type_ not in ("GPE", "LOC", "NORP") or (extraction and _lived(tok, lex))):
                claim(s, e, "PERSON")
            elif (s, e) == (i, i + 1) and tok.ent_type_ in ("", "PERSON") and _first_name_before_full(doc, i):
                # "Priya and Tom Halloran wed": a first name sharing the surname after it
                claim(s, e, "PERSON")
    return out


def _body_of_place(toks: list[Token], i: int, lex: Lexicon, taken: list[bool]) -> bool:
    """'Police Scotland': a public body's word, capitalised, then one capitalised word that is no
    place's head word ('Bank Street') and no longer name's start."""
    if i + 1 >= len(toks) or taken[i] or taken[i + 1] or toks[i].lower_ not in lex.body_then_place or not toks[i].text[:1].isupper():
        return False
    place = toks[i + 1]
    after = toks[i + 2] if i + 2 < len(toks) else None
    return place.is_alpha and place.text[:1].isupper() and place.lower_ not in lex.place_heads and not (after is not None and after.is_alpha and after.text[:1].isupper())


# Verbs of a job done at a place of work ('teaches P3 at Rockfield Primary')
_WORK_AT = frozenset({"teach", "work", "lecture"})
_SCHOOL_WORDS = frozenset({"primary", "academy", "school", "college", "university", "high", "polytechnic", "conservatoire", "institute"})


def _job_by_copula(doc: Doc, i: int, run: tuple[int, int], lex: Lexicon) -> bool:
    """An untagged name of two or three words that is the subject of a copula whose complement
    is a person's job: only a person 'is a signalling engineer'."""
    s, e = run
    if s != i or not 2 <= e - s <= 3:
        return False
    last = doc[e - 1]
    if last.dep_ != "nsubj" or last.head.lemma_ != "be" or any(doc[k].lower_ in lex.org_keywords for k in range(s, e)):
        return False
    attrs = [c for c in last.head.children if c.dep_ == "attr" and c.tag_ == "NN" and c.is_lower]
    return any(a.lower_ in lex.occupations or a.lower_ in lex.trades for a in attrs)


def _post_at(tok: Token, lex: Lexicon) -> bool:
    """The word opens the name after 'a producer at' (a workplace post said of someone) or
    after a job's verb and 'at' ('teaches P3 at Rockfield Primary')."""
    last = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" else tok
    role = last.head.head
    if last.dep_ != "pobj" or last.head.lower_ != "at":
        return False
    # (a school's name after 'teaches': not "taught Sunday school at Brantley Methodist", a church)
    return (role.pos_ == "NOUN" and role.lower_ in lex.workplace_posts and role.dep_ in ("attr", "appos", "pobj")) or (
        role.pos_ == "VERB" and role.lemma_.lower() in _WORK_AT and (role.lemma_.lower() == "work" or last.lower_ in _SCHOOL_WORDS))


def _lived(tok: Token, lex: Lexicon) -> bool:
    """'Hollis Grange, who opened the first hardware store, died Sunday': a name the tagger took
    for a place, as the subject of a life verb with a "who" clause on it; no place is a "who"
    that dies."""
    return tok.head.lemma_.lower() in lex.life_verbs and any(
        ch.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ in ("nsubj", "nsubjpass") for g in ch.children) for ch in tok.children)


def of_org_end(doc: Doc, e: int, lex: Lexicon, taken: list[bool]) -> int:
    """'Port Aldric Chamber of Commerce' tagged as a name up to 'Chamber': a name closed by an
    organisation's word that runs on over 'of' and up to three capitalised words, the last an
    organisation's word too, is that organisation's; else ``e`` (a person's name is not closed
    so: 'Owen Tate of Riverside Radio')."""
    toks = tokens_of(doc)
    if e < 1 or e + 1 >= len(doc) or toks[e].lower_ != "of" or toks[e - 1].lower_ not in lex.org_keywords:
        return e
    j = _capitals_after_of(doc, e, taken)
    return j if j > e + 1 and toks[j - 1].lower_ in lex.org_keywords else e


def place_body_end(doc: Doc, e: int, lex: Lexicon, taken: list[bool]) -> int:
    """'a spokesperson for the City of Kestrel Bay': a name ending on a place's body ("City",
    "Borough") runs on over "of" and the place's name; else ``e``."""
    toks = tokens_of(doc)
    if e < 1 or e + 1 >= len(doc) or toks[e - 1].lower_ not in lex.place_bodies or toks[e].lower_ != "of":
        return e
    j = _capitals_after_of(doc, e, taken)
    return j if j > e + 1 else e


def _capitals_after_of(doc: Doc, e: int, taken: list[bool]) -> int:
    """The end of up to three free capitalised words after the "of" at token ``e``."""
    toks = tokens_of(doc)
    j = e + 1
    while j < len(doc) and j < e + 4 and not taken[j] and toks[j].text[:1].isupper() and toks[j].is_alpha:
        j += 1
    return j


def _first_name_before_full(doc: Doc, i: int) -> bool:
    """'Priya and Tom Halloran': a lone capitalised word, 'and', then a person's name of two
    words that is where the sentence's conjunction ends."""
    toks = tokens_of(doc)
    if i + 4 > len(doc) or toks[i + 1].lower_ != "and":
        return False
    a, b = toks[i + 2], toks[i + 3]
    after = toks[i + 4] if i + 4 < len(doc) else None
    return (a.ent_type_ == b.ent_type_ == "PERSON" and a.ent_iob_ == "B" and b.ent_iob_ == "I"
            and (after is None or after.ent_iob_ != "I"))


def _personal_title(tok: Token, lex: Lexicon) -> bool:
    """A capitalised honorific or ruler's title ("Mrs", "King", "Emperor"), not a saint's."""
    low = tok.lower_
    return tok.text[:1].isupper() and (low in lex.honorifics or (low in lex.regnal_titles and low not in lex.saint_words))


def _office_title(tok: Token, lex: Lexicon) -> bool:
    """A capitalised office before a name the tagger missed ("Councillor Ruth Obi", "Detective
    Inspector Karen Holt"); the run after it is checked for a place's or a body's words."""
    return tok.text[:1].isupper() and tok.lower_ in lex.titles and lex.titles[tok.lower_] is None


def _plural_band(doc: Doc, i: int, lex: Lexicon, taken: list[bool]) -> Optional[int]:
    """'the ska outfit The Pennyfolds', 'The Kestrels have split': a capital "The" inside a
    sentence before a plural proper name is part of a band's or a team's name; a family is
    written "the Ashworths"."""
    toks = tokens_of(doc)
    if i == 0 or i + 1 >= len(doc) or toks[i].is_sent_start is not False or taken[i]:
        return None
    prev = toks[i - 1]
    if prev.is_quote or prev.text in ("(", ":", "\u2014", "\u2013"):
        return None  # a title of a work or a heading
    j = i + 1
    # (a weekday or a month may open a band's name: "The Tuesday Foxes")
    while j < len(doc) and j - i <= 3 and toks[j].tag_ in ("NNP", "NNPS") and (
            _free_name(toks[j], lex, taken) or (j + 1 < len(doc) and not taken[j] and toks[j].is_alpha and toks[j].is_title and toks[j + 1].tag_ in ("NNP", "NNPS"))):
        j += 1
    if j == i + 1 or not toks[j - 1].lower_.endswith("s") or toks[j - 1].lower_.endswith("ss"):
        return None
    last = toks[j - 1]
    if prev.text == "," and i > 1:
        prev = toks[i - 2]  # "the bassist in a covers band, The Tuesday Foxes"
    band = (prev.lemma_.lower() in lex.group_nouns and prev.text.islower()) or (last.tag_ == "NNPS" and last.dep_ == "nsubj")
    return j if band else None
