"""Central Asian and Azerbaijani patronymics written after a name: 'Aizada Toktogul kyzy' (the
daughter of Toktogul), 'Nurlan Asanbek uulu'. The tagger ends such a name before the
lower-case word, or before the father's name too, and then types what is left as it likes
(an organisation, for 'Aizada'); ages, posts and kin written after the whole name are lost."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.extractors.entities.lexicon import Lexicon
from dateline.nlp import tokens_of


def _name_word(text: str) -> bool:
    return text[:1].isupper() and text[1:].islower() and text.replace("-", "").isalpha()


def patronymic_end(doc: Doc, s: int, e: int, lex: Lexicon, taken: list[bool]) -> int:
    """The end of the name ``doc[s:e]`` run on over a patronymic ('kyzy', 'uulu') right after
    it, or over a capitalised word and then one; ``e`` when the text does not go on so. The
    name must end on a capitalised word, and the patronymic be written lower-case."""
    toks = tokens_of(doc)

    def free(k: int) -> bool:
        return k < len(doc) and not taken[k] and not toks[k].is_sent_start

    def patronymic(k: int) -> bool:
        return free(k) and toks[k].text.islower() and toks[k].lower_ in lex.patronymic_suffixes

    if e >= len(doc) or not _name_word(toks[e - 1].text):
        return e
    if patronymic(e):
        return e + 1  # "Nurlan Asanbek" + "uulu"
    if free(e) and _name_word(toks[e].text) and toks[e].ent_type_ in ("", "PERSON", "ORG", "GPE", "NORP") and patronymic(e + 1):
        return e + 2  # "Aizada" + "Toktogul kyzy"
    return e
