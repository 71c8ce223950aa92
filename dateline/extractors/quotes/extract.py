"""The quotation stage: pair marks, join split quotations, attribute each, classify its kind, add reported speech."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional

from spacy.tokens import Doc, Token

from dateline.extractors.quotes.attribution import (
    CueIndex,
    _attribute,
    _Attribution,
    _cue_lemma,
    _document_intro,
    _document_issuer,
    _noun_phrase,
    is_cue_verb,
)
from dateline.extractors.quotes.channels import _channels_from_context
from dateline.extractors.quotes.intervals import Ranges, last_nonspace
from dateline.extractors.quotes.interview import find_interview
from dateline.extractors.quotes.kinds import (
    _ends_a_sentence_inside,
    _introduced_by_verb,
    _is_sentential,
    _is_title,
    _modifier,
    _names_a_noun,
    _quoted_name,
)
from dateline.extractors.quotes.lexicon import (
    DASH_SIGNATURE,
    DOUBLE_CLOSE,
    MAX_INTERJECTION_WORDS,
    MIN_UNATTRIBUTED_FRAGMENT_WORDS,
    STAGE_DIRECTION,
    STRAIGHT,
    TRANSCRIPT_LABEL,
    lexicon,
)
from dateline.extractors.quotes.marks import Quotation, find_quotations, paragraph_ranges
from dateline.extractors.quotes.nested import nested_quotes
from dateline.extractors.quotes.reported import _reported_speech
from dateline.extractors.quotes.resolver import _Resolver
from dateline.extractors.quotes.spans import Sentences, _span, _tokens, tree_of
from dateline.model import Entity, Quote, Segment
from dateline.nlp import text_of

_WORDS = re.compile(r"[\w'’-]+")


def _merge_split(text: str, quotes: list[Quotation], doc: Doc) -> list[Quotation]:
    """Join `"…," she said, "…."` into one quotation with two segments: the text between
    the two is a short interjection holding a cue verb, inside one paragraph."""
    out: list[Quotation] = []
    for q in quotes:
        prev = out[-1] if out else None
        if prev is not None and not prev.single and not q.single and q.paragraphs == 1 and prev.paragraphs == 1:
            between = text[prev.outer[1] : q.outer[0]]
            first_content = text[prev.segments[-1][0] : prev.segments[-1][1]].rstrip()
            # (counted only where no line break rules the pair out: what lies between two
            # quotations may be pages long)
            words = _WORDS.findall(between) if "\n" not in between else []
            # A title inside the reporter's sentence (`star of the show "Night Watch," thanked
            # ...`) is not the first half of a split statement.
            glued = last_nonspace(text, 0, prev.outer[0])
            embedded_title = _is_title(text, prev) and glued >= 0 and text[glued].isalnum()
            if (
                "\n" not in between and 0 < len(words) <= MAX_INTERJECTION_WORDS and first_content[-1:] in ",.!?…—-"
                and not _is_title(text, q) and not embedded_title and not _ends_a_sentence_inside(between)
            ):
                span = _tokens(doc, prev.outer[1], q.outer[0])
                has_cue = span is not None and any(is_cue_verb(t) for t in span)
                # `"…," she said, "…"` and `"…," she said. "…"`: the first part hands over to
                # the attribution with a comma (or the interjection itself opens lower-case).
                lead = between.strip()[:1]
                if has_cue and (first_content.endswith(",") or lead == "," or lead.islower()):
                    prev.segments.extend(q.segments)
                    prev.marked.extend(q.marked)
                    prev.nested.extend(q.nested)
                    prev.outer = (prev.outer[0], q.outer[1])
                    continue
        out.append(q)
    return out


def _closing_signature(text: str, p_start: int, p_end: int) -> Optional[re.Match[str]]:
    """The signature ending a paragraph that opens with a quotation (`“… “hell” …” ― Ann Lee`):
    marks nested in the comment split it into several quotations, or leave a stray close, and
    every one of them is signed by the name after the paragraph's last closing mark."""
    last = max(text.rfind(mark, p_start, p_end) for mark in DOUBLE_CLOSE + STRAIGHT)
    if last < 0:
        return None
    signed = DASH_SIGNATURE.match(text, last + 1, p_end)
    if signed is None or text[signed.end() : p_end].strip(" .") != "":
        return None
    return signed


def _named_intro(doc: Doc, lo: int, colon: int, resolver: _Resolver) -> _Attribution:
    """`… does not surprise pollster Ann Shaw: "…"`, `Polls agree - Ann Shaw: "…"`: a person's
    name ending the words before the colon that introduces a statement speaks it, with no cue;
    else the named subject of that clause."""
    span = _tokens(doc, lo, colon)
    if span is None or not len(span):
        return _Attribution()
    last = span[-1]
    named = last if last.idx + len(last.text) == colon else None
    if named is not None and named.ent_type_ != "PERSON" and _linked_person(named, resolver):
        # `VT: ANN PIKE: "…"`: a transcript's label in capitals, which the tagger rarely reads as
        # a name, but the entities stage linked to a person.
        a, b = _noun_phrase(named)
        return _Attribution(subject=named, mention=(a, b), speaker=resolver.linked(named, a, b))
    if named is None or named.pos_ != "PROPN" or named.ent_type_ != "PERSON":
        # `Perez lobbies for a higher wage: "…"`: the named subject of the clause before it.
        root = last.sent.root if last.sent.root.idx >= lo else None
        named = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
        if named is None or named.pos_ != "PROPN" or named.ent_type_ != "PERSON" or named.idx < lo:
            return _Attribution()
    a, b = _noun_phrase(named)
    return _Attribution(subject=named, mention=(a, b), speaker=resolver.resolve(named, a, b))


def _linked_person(token: Token, resolver: _Resolver) -> bool:
    entity = resolver.linked(token, token.idx, token.idx + len(token.text))
    return entity is not None and resolver.type_of(entity) == "PERSON"


def _closes_sentence(text: str, q: Quotation, p_end: int) -> bool:
    """The statement ends with its own full stop and a new sentence starts after its close, in
    capitals. Not after ? or !, which a trailing attribution follows (`"Is it two?" Lee asks`)."""
    a, b = q.segments[-1]
    end = last_nonspace(text, a, b)
    if end < 0 or text[end] != ".":
        return False
    i = q.outer[1]
    while i < p_end and text[i].isspace():
        i += 1
    return i < p_end and text[i].isupper()


def extract_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    """Every quotation (direct, partial, scare) and reported speech item in ``doc``."""
    text = text_of(doc)
    article = getattr(doc._, "article", None) if Doc.has_extension("article") else None
    body_start = article.body_start if article is not None else 0
    lex = lexicon()
    quotations = _merge_split(text, find_quotations(text, body_start), doc)
    quote_ranges = Ranges(r for q in quotations for r in q.marked)
    sentences = Sentences(text, quote_ranges)
    paragraphs = paragraph_ranges(text, body_start)
    para_starts = [a for a, _ in paragraphs]
    resolver = _Resolver(doc, entities, cues=CueIndex(doc, quote_ranges), tree=tree_of(doc))
    interview = find_interview(text, paragraphs, quotations, quote_ranges, entities)
    # The statements that bound a neighbour's reporting clause, sorted for bisection.
    bounding = Ranges(
        r for q in quotations for r in q.marked
        if len(text[q.segments[0][0] : q.segments[-1][1]].split()) >= 3 and not _is_title(text, q)
    )

    def paragraph_of(pos: int) -> int:
        i = bisect_right(para_starts, pos) - 1
        return i if i >= 0 and pos <= paragraphs[i][1] else -1

    results: list[tuple[int, Quote, Optional[Token]]] = []
    top: list[tuple[Quotation, Quote]] = []
    used_cues: set[int] = set()
    prev: Optional[tuple[Quotation, _Attribution, int, str]] = None  # quotation, attribution, paragraph, kind
    for q in quotations:
        p_idx = paragraph_of(q.outer[0])
        last_p = paragraph_of(q.outer[1] - 1)
        p_start, _ = paragraphs[p_idx]
        _, p_end = paragraphs[last_p]
        lo, _ = sentences.bounds(p_start, p_end, q.outer[0])
        _, hi = sentences.bounds(p_start, p_end, max(q.outer[1] - 1, q.outer[0]))
        first_para_end = paragraphs[p_idx][1]
        sentential = _is_sentential(text, q, p_start)
        # The reporting clause lies outside the quotation, within its sentence. For a
        # statement, neighbouring statements bound it (a nickname or title inside the
        # clause, `state Del. Marcia "Cia" Price shouted`, does not); a fragment's cue may
        # stand before a whole list of fragments (`called him a "liar", a "bully"`).
        # (The quotation's own ranges end after its start and begin before its end, so the
        # nearest bounding ranges on either side are always another quotation's.)
        before_q, after_q = bounding.last_end_at_most(q.outer[0]), bounding.first_start_at_least(q.outer[1])
        left_lo = max(lo, before_q) if sentential and before_q is not None else lo
        right_hi = min(hi, after_q) if sentential and after_q is not None else hi
        if q.paragraphs > 1:
            right_hi = min(right_hi, first_para_end) if q.outer[1] > first_para_end else right_hi
        if sentential and _closes_sentence(text, q, p_end):
            # `X retorted: "… ahead." She complained …` and `"… joking." To which she said, "…"`:
            # after a statement that ends its own sentence, the next sentence reports something
            # else when a colon introduced this one or another statement follows in it.
            colon = last_nonspace(text, p_start, q.outer[0])
            if (colon >= 0 and text[colon] == ":") or (after_q is not None and after_q < hi):
                right_hi = min(right_hi, q.outer[1])
        att = _attribute(doc, q, left_lo, right_hi, quote_ranges, resolver, fragment=not sentential)
        # A statement with no cue of its own may be introduced by `X said:` before it.
        if att.cue is None and sentential:
            colon = last_nonspace(text, p_start, q.outer[0])
            if colon >= 0 and text[colon] == ":":
                plo, _ = sentences.bounds(p_start, p_end, colon)
                att = _attribute(doc, q, max(plo, p_start), q.outer[0], quote_ranges, resolver)
                if att.cue is None:
                    att = _document_intro(doc, max(plo, p_start), q.outer[0], quote_ranges, resolver)
                if att.cue is None:
                    att = _named_intro(doc, max(plo, p_start), colon, resolver)
            elif q.paragraph_start and p_idx > 0:
                # `X said:` closing the previous paragraph introduces this one.
                pp_start, pp_end = paragraphs[p_idx - 1]
                prev_text = text[pp_start:pp_end].rstrip()
                if prev_text.endswith(":") and not quote_ranges.any_start_in(pp_start, pp_end):
                    plo, _ = sentences.bounds(pp_start, pp_end, pp_start + len(prev_text) - 1)
                    att = _attribute(doc, q, plo, pp_start + len(prev_text), quote_ranges, resolver)
                    if att.cue is None:
                        att = _document_intro(doc, plo, pp_start + len(prev_text), quote_ranges, resolver)
        if att.cue is None and sentential and q.paragraphs > 1:
            # `“…¶ “…,” added Lee.`: a statement running over paragraphs names its speaker
            # after its last close, which the first paragraph's window leaves out.
            trail = _attribute(doc, q, q.outer[1], min(hi, after_q) if after_q is not None else hi, quote_ranges, resolver)
            if trail.cue is not None and trail.subject is not None:
                att = trail
        if att.cue is None and att.mention is None and sentential and not q.paragraph_start:
            # `…, Schiff said. "The other factor is …"`: a statement that follows a
            # reporting sentence in the same paragraph continues that speaker.
            before_end = q.outer[0]
            plo, _ = sentences.bounds(p_start, p_end, max(p_start, before_end - 2))
            back = _attribute(doc, q, plo, before_end, quote_ranges, resolver)
            # Only a main-clause cue: `a dinner where Mrs. Clinton also spoke` introduces nobody.
            if back.cue is not None and back.subject is not None and back.cue.dep_ not in ("relcl", "advcl", "acl"):
                att = back
        if att.cue is None and att.mention is None and prev is not None:
            pq, patt, pp, pkind = prev
            adjacent = pp == p_idx or (pp == p_idx - 1 and q.paragraph_start)
            # A fragment hands its speaker on too when its cue heads the reporting sentence
            # (`X warned of "…," she said.` then `"…"`), not when it hangs in a clause of its own.
            spoken = pkind == "direct" or (
                pkind == "partial" and patt.cue is not None and patt.subject is not None and patt.cue.dep_ not in ("relcl", "advcl", "acl")
            )
            if adjacent and spoken and sentential and (patt.cue is not None or patt.carried):
                # The entity carries over; the mention as written only when no entity
                # could be resolved, so that the provenance of the speaker is kept.
                att = _Attribution(speaker=patt.speaker, channel=patt.channel, carried=True,
                                   mention=patt.mention if patt.speaker is None else None)
        if att.cue is None and not att.carried:
            signed = DASH_SIGNATURE.match(text, q.outer[1], p_end)
            if signed is None and last_nonspace(text, q.outer[1], p_end) < 0 and last_p + 1 < len(paragraphs):
                # The signature on a line of its own under the quotation (`- Ann Lee.`).
                n_start, n_end = paragraphs[last_p + 1]
                signed = DASH_SIGNATURE.match(text, n_start, n_end)
                if signed is not None and text[signed.end() : n_end].strip(" .") != "":
                    signed = None
            if signed is None and q.paragraph_start:
                signed = _closing_signature(text, p_start, p_end)
            label = TRANSCRIPT_LABEL.match(text, q.segments[0][0])
            name = signed or label
            if name is not None:
                a, b = name.start(1), name.start(1) + len(name.group(1).rstrip())
                if text[b - 1] == "." and text[b - 2].islower():
                    b -= 1  # the sentence's stop, not an initial
                head = _tokens(doc, a, b)
                att = _Attribution(mention=(a, b), speaker=resolver.resolve(head[-1], a, b) if head is not None else None)
        if (att.cue is None and att.mention is None and not att.carried and sentential and q.paragraph_start
                and interview is not None and interview.speaker is not None and p_idx in interview.answers):
            # `Who taught you the job?` then `"My first sergeant …"`: the interviewee answers.
            att = _Attribution(speaker=interview.speaker, carried=True)
        if att.cue is None and att.mention is None and not att.carried and sentential and q.paragraph_start and p_idx > 0:
            # `Lee said the plan was sound.` ending the paragraph before, then `"…"`: the
            # statement goes on with the speaker of that reported speech.
            pp_start, pp_end = paragraphs[p_idx - 1]
            if not quote_ranges.any_start_in(pp_start, pp_end):
                last = text[pp_start:pp_end].rstrip()
                plo, _ = sentences.bounds(pp_start, pp_end, pp_start + len(last) - 1)
                back = _attribute(doc, q, plo, pp_start + len(last), quote_ranges, resolver)
                if back.cue is not None and back.subject is not None and back.cue.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in back.cue.children):
                    att = _Attribution(speaker=back.speaker, mention=back.mention if back.speaker is None else None,
                                       channel=back.channel, carried=True)
        scare_before = lex["scare_re"].search(text[max(p_start, q.outer[0] - 25) : q.outer[0]])
        content = text[q.segments[0][0] : q.segments[-1][1]]
        direction = STAGE_DIRECTION.fullmatch(content) is not None
        title = _is_title(text, q) and (_names_a_noun(text, q) or not (sentential and att.cue is not None and q.paragraph_start))
        if title and _quoted_name(doc, q, att.cue):
            title = False  # `called the winner "Miss Piggy"`: a name someone was called is speech
        if title and _introduced_by_verb(doc, q):
            title = False  # `she replied, "Nice Try."`: words set off after the verb are quoted
        # `a play called "Brokers"`, `a series, named "Quick Question"`: a participle that
        # names the noun before it gives a title, not words someone said.
        naming = (
            att.cue is not None and att.cue.lemma_ in lex["naming_cues"] and att.cue.tag_ == "VBN"
            and att.cue.dep_ == "acl" and not text[att.cue.idx + len(att.cue.text) : q.outer[0]].strip(" ,")
        )
        if scare_before or direction or title or naming:
            kind = "scare"
        elif sentential:
            kind = "direct"
        elif att.cue is not None or (len(content.split()) >= MIN_UNATTRIBUTED_FRAGMENT_WORDS and not _modifier(doc, q)):
            kind = "partial"
        else:
            kind = "scare"
        if q.single and kind != "scare" and att.cue is None:
            kind = "scare"
        if kind == "scare":
            att = _Attribution()
        elif att.cue is not None:
            used_cues.add(att.cue.i)
        if att.speaker is None and att.subject is not None:
            att.speaker = _document_issuer(att.subject, resolver, quote_ranges)
        if att.speaker is not None:
            resolver.add_speaker(q.outer[0], att.speaker)
        quote = Quote(
            id="",
            kind=kind,
            text="\n".join(text[a:b] for a, b in q.segments) if q.paragraphs > 1 else " … ".join(text[a:b] for a, b in q.segments),
            spans=[Segment(start=a, end=b) for a, b in q.segments],
            speaker=att.speaker,
            speaker_mention=_span(doc, *att.mention) if att.mention else None,
            cue=_cue_lemma(att.cue),
            cue_span=_span(doc, att.cue.idx, att.cue.idx + len(att.cue.text)) if att.cue is not None else None,
            addressee=att.addressee,
            channel=att.channel,
            confidence=0.9 if att.carried else 1.0,
        )
        results.append((q.outer[0], quote, att.cue))
        top.append((q, quote))
        prev = (q, att, paragraph_of(q.outer[1] - 1), kind)
    speech_ranges = [(s.start - 1, s.end + 1) for _, quote, _ in results if quote.kind != "scare" for s in quote.spans]
    results.extend(_reported_speech(doc, body_start, quote_ranges, speech_ranges, used_cues, resolver))
    results.sort(key=lambda r: r[0])
    _channels_from_context(doc, results)
    # Nested quotations come after the top-level work, which they must not change: each is
    # numbered in text order and points to the quotation it lies in.
    parent_of: dict[int, Quote] = {}
    for start, quote, parent in nested_quotes(doc, top, resolver):
        results.append((start, quote, None))
        parent_of[id(quote)] = parent
    results.sort(key=lambda r: r[0])
    quotes = []
    for n, (_, quote, _) in enumerate(results, 1):
        quote.id = f"q{n}"
        quotes.append(quote)
    for quote in quotes:
        if id(quote) in parent_of:
            quote.nested_in = parent_of[id(quote)].id
    return quotes
