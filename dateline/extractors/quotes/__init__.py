"""Quotations and reported speech, with speaker, cue, addressee and channel.

Three steps: pair quotation marks into quotations (``find_quotations``: character work only,
no parse needed), attribute each quotation through the dependency parse (cue verb, its
subject, or a carried-over speaker), then find reported speech among the cue verbs that
govern no quotation. Lexicons live in ``dateline/patterns/quotes.json``.
"""

from __future__ import annotations

from dateline.extractors.quotes.attribution import _adjacent_speaker, cue_lemma, is_cue_verb
from dateline.extractors.quotes.extract import extract_quotes
from dateline.extractors.quotes.lexicon import lexicon
from dateline.extractors.quotes.marks import Quotation, find_quotations, paragraph_ranges

__all__ = ["extract_quotes", "find_quotations", "Quotation", "paragraph_ranges", "lexicon", "cue_lemma", "is_cue_verb", "_adjacent_speaker"]
