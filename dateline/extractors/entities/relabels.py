"""Names the tagger labelled wrongly or cut short, relabelled in the name pass at extraction
only (names.py): a place, facility or product that runs on to a surname the text titles elsewhere
("has named Inês Bento Carvalho" ... "Ms Carvalho"), a person's name the tagger began after a
Vietnamese family name, on a middle name or on a surname's particle ("Nguyễn Văn Thành", "Giulia Lo
Bue"), an organisation after "from" that a relative or a job comes from ("a net-mender's daughter
from Hàm Ninh"), and a nationality or product of capitalised words with an age after it ("Teófilo
Condori Apaza, 67,"), and a club's capital letters before its name ("AKC Dijkzicht", a product).
Moved out of names.py (2026-12-05)."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span

from dateline.extractors.entities.agewords import _age_follows
from dateline.extractors.entities.hyphenednames import GAELIC_PARTICLES, HONORIFIC_SUFFIXES
from dateline.extractors.entities.lexicon import Lexicon
from dateline.extractors.entities.nameparts import compound_head_end, titled_words
from dateline.extractors.entities.nameshapes import from_home
from dateline.nlp import columns, text_of

# lower-case articles and particles inside an institution's name in other languages
_LINKERS = frozenset({"y", "yr", "de", "del", "di", "da", "du", "la", "le", "dos", "das", "do", "na", "an"})


def relabelled(ent: Span, lex: Lexicon, taken: list[bool]) -> Optional[Span]:
    """The span ``ent`` stands for once relabelled (or grown), else None."""
    doc = ent.doc
    cols = columns(doc)
    c_low, c_text, c_alpha, c_ent, c_tag = cols.lower, cols.text, cols.is_alpha, cols.ent_type, cols.tag
    label = ent.label_
    if ent.start > 0 and c_low[ent.start - 1] in lex.org_openers and c_text[ent.start - 1][:1].isupper() and c_ent[ent.start - 1] == "" \
            and not taken[ent.start - 1] and label in ("PERSON", "GPE", "LOC", "FAC", "PRODUCT"):
        return Span(doc, ent.start - 1, ent.end, label="ORG")  # ("Cervecería Tres Picos", the opener left out of a person's name: a brewery)
    if label in ("GPE", "LOC", "ORG", "NORP", "FAC") and 2 <= len(ent) <= 3 and _aged_before(ent, lex):
        return Span(doc, ent.start, ent.end, label="PERSON")  # ("cut by 10-year-old Leo Mbeki", the name tagged a place)
    if label == "ORG" and len(ent) == 3 and _surname_lives_on(ent, lex):
        return Span(doc, ent.start, ent.end, label="PERSON")  # ("dedicated to Hernán Rojas Páez. Rojas, who ran the league, died ... aged 88")
    if label in ("GPE", "LOC", "NORP") and len(ent) == 1 and ent.end < len(doc) and c_ent[ent.end] == "PERSON" \
            and doc[ent.end].ent_iob_ == "B" and not taken[ent.start] and not taken[ent.end] and c_alpha[ent.start] \
            and c_text[ent.start][:1].isupper() and c_text[ent.start][1:].islower() and doc[ent.start].whitespace_ == " ":
        # ("chief executive Natalia Gómez Rey", "Natalia" tagged a place right before the rest of
        # the name: no place stands against a name in prose, the given name opens it)
        end = ent.end + 1
        while end < len(doc) and c_ent[end] == "PERSON" and doc[end].ent_iob_ == "I":
            end += 1
        return Span(doc, ent.start, end, label="PERSON")
    if len(ent) >= 3 and c_text[ent.end - 2] == "-" and c_low[ent.end - 1] in HONORIFIC_SUFFIXES and label in ("PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT"):
        return Span(doc, ent.start, ent.end - 2, label="PERSON")  # ("Yumi-san": the name, not its honorific)
    if label in ("ORG", "GPE", "NORP", "FAC", "PRODUCT") and len(ent) == 3 and c_low[ent.start + 1] in GAELIC_PARTICLES \
            and c_text[ent.start + 1][:1].isupper() and c_text[ent.start][1:].islower() and c_alpha[ent.start] \
            and not any(c_low[k] in lex.org_keywords for k in range(ent.start, ent.end)):
        return Span(doc, ent.start, ent.end, label="PERSON")  # ("Bríd Mhic Mhathúna", tagged an organisation: a Gaelic name's shape)
    if c_low[ent.start] in lex.org_openers and c_text[ent.start][:1].isupper() and not taken[ent.start]:
        # ("Ysgol y Moelwyn", "Côr Meibion y Moelwyn", tagged in two on the Welsh article: an
        # opener's name runs on over a lower-case article or particle to the capitalised words after it)
        end = ent.end
        # (or straight on to a name tagged apart: "Hospital Geral" + "Roberto Santos")
        while end < len(doc) and c_text[end][:1].isupper() and c_text[end][1:].islower() and c_alpha[end] and not taken[end] \
                and c_tag[end] == "NNP" and end - ent.start < 6:
            end += 1
        while end + 1 < len(doc) and c_low[end] in _LINKERS and c_text[end].islower() and c_text[end + 1][:1].isupper() \
                and c_alpha[end + 1] and not taken[end + 1] and end + 1 - ent.start < 6:
            end += 2
            while end < len(doc) and c_text[end][:1].isupper() and c_alpha[end] and not taken[end] and c_tag[end] == "NNP" and end - ent.start < 6:
                end += 1
        if end > ent.end or label != "ORG":
            return Span(doc, ent.start, end, label="ORG")
    if label in ("FAC", "GPE", "LOC", "PRODUCT", "WORK_OF_ART") and not taken[ent.start] \
            and (grown := compound_head_end(doc, ent.end, lex, taken)) > ent.end and c_low[ent.end] in titled_words(doc, lex) \
            and all(c_text[k][:1].isupper() and c_alpha[k] for k in range(ent.start, grown)):
        return Span(doc, ent.start, grown, label="PERSON")  # "named Inês Bento Carvalho" ("Inês Bento" a place) ... "Ms Carvalho"
    if label == "PERSON" and ent.start > 0 and not taken[ent.start - 1] and c_alpha[ent.start - 1] \
            and c_text[ent.start - 1][:1].isupper() and c_ent[ent.start - 1] == "" and (
                c_low[ent.start - 1] in lex.leading_surnames or c_low[ent.start] in lex.family_middle_names
                # ("Giulia Lo Bue, 27," tagged from "Lo": a surname that opens on its particle
                # follows the given name it was cut from)
                or (len(ent) > 1 and c_text[ent.start][:1].isupper() and c_low[ent.start] in lex.surname_particles
                    and c_tag[ent.start - 1] == "NNP" and c_text[ent.start - 1][1:].islower() and c_low[ent.start - 1] not in lex.titles
                    and c_low[ent.start - 1] not in lex.not_entities)):
        # ("Nguyễn Văn Thành", "married Trần Thị Lan", tagged from the middle name: a family
        # name written first, which the tagger took for a verb or a mark)
        return Span(doc, ent.start - 1, ent.end, label="PERSON")
    if label == "ORG" and ent.root.dep_ == "pobj" and from_home(ent.root, lex) \
            and (ent.root.head.head.lemma_ in lex.relative_nouns or _age_follows(doc, ent.end, True)) \
            and not any(c_low[k] in lex.org_keywords for k in range(ent.start, ent.end)):
        # ("a net-mender's daughter from Hàm Ninh", "a carpenter from Braga, 47", tagged organisations)
        return Span(doc, ent.start, ent.end, label="GPE")
    if label in ("NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART") and 2 <= len(ent) <= 4 and not taken[ent.start] \
            and all(c_text[k][:1].isupper() and c_text[k][1:].islower() and c_alpha[k] for k in range(ent.start, ent.end)) \
            and _age_follows(doc, ent.end, True) and not any(c_low[k] in lex.org_keywords or c_low[k] in lex.place_heads for k in range(ent.start, ent.end)):
        return Span(doc, ent.start, ent.end, label="PERSON")  # "takes over from Teófilo Condori Apaza, 67," (a nationality)
    if label == "PERSON" and c_low[ent.end - 1] in lex.org_nouns and c_tag[ent.end - 1] == "NNP" and c_text[ent.end - 1][:1].isupper():
        # ("The Sumintra Rice Mill celebrated", tagged a person from "Rice": the article and
        # capitalised words before a business's noun name the business, as nobody is "the X Mill")
        s = ent.start
        while s > 0 and ent.start - s < 3 and not taken[s - 1] and c_ent[s - 1] == "" and c_tag[s - 1] == "NNP" \
                and c_text[s - 1][:1].isupper() and c_alpha[s - 1]:
            s -= 1
        if s > 0 and c_low[s - 1] == "the":
            return Span(doc, s, ent.end, label="ORG")
    if label == "PERSON" and len(ent) >= 3 and any(c_low[k] in lex.family_nouns and c_text[k][:1].isupper() for k in range(ent.start + 1, ent.end - 1)):
        return Span(doc, ent.start, ent.end, label="ORG")  # ("Chen Family Tea": a family's name on a business, no person's)
    if label in ("PRODUCT", "WORK_OF_ART", "GPE", "LOC", "FAC") and 2 <= len(ent) <= 4 and not taken[ent.start] \
            and c_text[ent.start].isupper() and c_alpha[ent.start] and 2 <= len(c_text[ent.start]) <= 5 \
            and c_low[ent.start] not in lex.person_prefixes \
            and all(c_text[k][:1].isupper() and c_text[k][1:].islower() and c_alpha[k] for k in range(ent.start + 1, ent.end)):
        return Span(doc, ent.start, ent.end, label="ORG")  # "beating AKC Dijkzicht 24-21" (a product): a club's letters before its name
    return None


def _surname_lives_on(ent: Span, lex: Lexicon) -> bool:
    """A name of three capitalised words the tagger called an organisation, whose second or
    third word comes back alone as the subject of a verb only a life has ("Rojas ... died"):
    a person named with two surnames, as Spanish news writes them."""
    doc = ent.doc
    cols = columns(doc)
    c_low, c_text = cols.lower, cols.text
    if (ent.start > 0 and c_low[ent.start - 1] == "the") or not all(
            c_text[k][:1].isupper() and c_text[k][1:].islower() and c_text[k].isalpha() and c_low[k] not in lex.org_keywords
            and c_low[k] not in lex.place_heads for k in range(ent.start, ent.end)):
        return False
    words = {c_text[ent.start + 1], c_text[ent.start + 2]}
    for k in range(ent.end, min(len(doc), ent.end + 120)):
        if c_text[k] in words and doc[k].ent_type_ in ("", "PERSON") and doc[k].dep_ == "nsubj" and doc[k].head.lemma_.lower() in lex.life_verbs \
                and not (k > 0 and c_text[k - 1][:1].isupper()) and not (k + 1 < len(doc) and c_text[k + 1][:1].isupper()):
            return True
    return False


# "10-year-old", "ten-year-old" right before a name (the tokenizer splits it, so the text is read)
_AGED_BEFORE = re.compile(r"\b(?:\d{1,3}|[A-Za-z]+)-years?-old\s*$")
_AGED_AFTER = re.compile(r",\s+(?:a|an)\s+(?:\d{1,3}|[a-z]+)-years?-old\b")


def _aged_before(ent: Span, lex: Lexicon) -> bool:
    """A name of two or three capitalised words right after 'N-year-old' ("10-year-old Leo
    Mbeki"): a person's, whatever place or body the tagger read (not "the 150-year-old Harwood
    Chapel", whose last word is a body's or a place's)."""
    doc = ent.doc
    text = text_of(doc)  # (the Doc's own .text joins every token anew)
    at = doc[ent.start].idx
    end = doc[ent.end - 1].idx + len(doc[ent.end - 1].text)
    # (or apposed after it: "Leo Mbeki, a 10-year-old from Soweto")
    if _AGED_BEFORE.search(text, max(0, at - 24), at) is None and _AGED_AFTER.match(text, end) is None:
        return False
    return all(t.is_title and t.is_alpha and t.lower_ not in lex.org_keywords and t.lower_ not in lex.place_heads for t in ent)
