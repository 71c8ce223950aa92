"""Reported speech: a reporting verb with a subject and a content clause or object, governing no quotation."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from dateline.extractors.quotes.attribution import _addressee, _cue_lemma, _noun_phrase, _subject
from dateline.extractors.quotes.channels import _channel
from dateline.extractors.quotes.intervals import Overlaps, Ranges
from dateline.extractors.quotes.lexicon import lexicon
from dateline.extractors.quotes.resolver import _Resolver
from dateline.extractors.quotes.spans import _in_ranges, _span, sentence_of
from dateline.model import Quote, Segment
from dateline.nlp import columns, text_of, tokens_of


def _reported_speech(
    doc: Doc,
    body_start: int,
    quote_ranges: Ranges,
    speech_ranges: list[tuple[int, int]],
    used: set[int],
    resolver: _Resolver,
) -> list[tuple[int, Quote, Optional[Token]]]:
    """`X said that …`, `X confirmed the news`, `…, according to X`: a reporting verb with a
    subject and a content clause or object, governing no quotation of its own."""
    lex = lexicon()
    speech = Overlaps(speech_ranges)
    out: list[tuple[int, Quote, Optional[Token]]] = []
    cols = columns(doc)
    lower, n = cols.lower, len(doc)
    reporting = lex["reporting_cues"]
    toks = tokens_of(doc)
    lemma, pos_of = cols.lemma_lower, cols.pos
    # the cheap test first, in one comprehension: most tokens are no cue
    for i in [i for i, (low, lem) in enumerate(zip(lower, lemma, strict=True)) if low == "according" or (lem in reporting and pos_of[i] == "VERB")]:
        according = lower[i] == "according" and i + 1 < n and lower[i + 1] == "to"
        if not according and not (pos_of[i] == "VERB" and lemma[i] in reporting):
            continue
        tok = toks[i]
        if tok.idx < body_start or tok.i in used or _in_ranges(tok, quote_ranges):
            continue
        subj = _subject(tok, quote_ranges)
        if subj is None:
            continue
        content: Optional[tuple[int, int]] = None
        if according:
            # The content is the larger side of the sentence around `according to X`.
            phrase_end = max(t.idx + len(t.text) for t in tok.subtree)
            sent = doc[slice(*sentence_of(tok))]
            left, right = (sent.start_char, tok.idx), (phrase_end, sent.end_char)
            content = left if len(text_of(doc)[left[0] : left[1]].strip()) >= len(text_of(doc)[right[0] : right[1]].strip()) else right
        else:
            for child in tok.children:
                if child.dep_ in ("ccomp",) and not _in_ranges(child, quote_ranges):
                    content = (child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text))
                    break
            if content is None and tok.dep_ == "parataxis" and tok.head.i < tok.i:
                head = tok.head
                content = (head.left_edge.idx, tok.left_edge.idx)
            subj_start = doc.char_span(*_noun_phrase(subj), alignment_mode="expand")
            if content is None and subj.i < tok.i and subj_start is not None and subj_start.start > sentence_of(tok)[0]:
                # `<content>, the club said.`: whatever the parse, the clause before the
                # comma that precedes the trailing attribution is what was said.
                comma = doc[subj_start.start - 1]
                if comma.text == "," and subj_start.start - sentence_of(tok)[0] >= 4:
                    content = (doc[sentence_of(tok)[0]].idx, comma.idx)
            if content is None:
                for child in tok.children:
                    said = tok.lemma_.lower() in lex["object_reporting_cues"] or child.lemma_.lower() in lex["content_objects"]
                    if child.dep_ == "dobj" and said and not _in_ranges(child, quote_ranges):
                        content = (child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text))
                        break
        if content is None:
            continue
        a, b = content
        while a < b and text_of(doc)[a] in " ,;:—–-\n":
            a += 1
        while b > a and text_of(doc)[b - 1] in " ,;:—–-\n":
            b -= 1
        # Reported speech that carries a quotation of its own is already that quotation.
        if b - a < 3 or speech.hits(a, b):
            continue
        ma, mb = _noun_phrase(subj)
        speaker = resolver.resolve(subj, ma, mb)
        sent = doc[slice(*sentence_of(tok))]
        out.append(
            (
                a if a < tok.idx else min(a, ma, tok.idx),
                Quote(
                    id="",
                    kind="indirect",
                    text=text_of(doc)[a:b],
                    spans=[Segment(start=a, end=b)],
                    speaker=speaker,
                    speaker_mention=_span(doc, ma, mb),
                    cue=_cue_lemma(tok),
                    cue_span=_span(doc, tok.idx, tok.idx + len(tok.text)),
                    addressee=_addressee(doc, tok, quote_ranges),
                    channel=_channel(text_of(doc), tok, sent.start_char, sent.end_char),
                ),
                tok,
            )
        )
    return out
