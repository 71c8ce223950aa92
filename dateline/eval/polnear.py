"""Score quotations and reported speech against PolNeAR attribution gold (issue 2 protocol).

The unit is a *quoted span*: the text between an opening double quotation mark and its
closing mark, marks excluded; the end of a paragraph closes a quotation left open. A quoted
span is *speech* when it lies inside the Content of an attribution relation that has a
Source, and that Source is its gold speaker. System quotations (kind ``direct`` or
``partial``) are cut at paragraph breaks; a piece matches a gold span when they overlap by
at least half of each. Precision counts only pieces that match some quoted span (matching
only non-speech spans is a false positive); recall and "speaker correct" are shares of all
gold speech spans.

Two readings of "inside the Content" are offered. ``ranges`` (the default, and the one the
issue's published baseline figures match) asks the quoted span to lie inside one range of
the Content. ``union`` takes the Content as the union of its ranges, bridging whitespace:
annotators often split one Content at sentence boundaries (`...fraud.` / `By any...`), and
a quotation running over the split then counts as non-speech under ``ranges``.

Where an article has a second annotator's file, the second annotator is scored against
the first exactly as a system would be: the human agreement that bounds any system.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dateline.errors import ExtractionError
from dateline.eval.common import PRF
from dateline.eval.polnear_gold import (
    GoldArticle,
    GoldSpan,
    Range,
    gold_spans,
    load_dir,
    paragraphs,
    parse_ann,
    quoted_spans,
    to_article,
)
from dateline.model import Entity, Extraction, Quote

# The gold readers are part of the scorer's public face (tests and other modules import them from here).
__all__ = [
    "ArticleScore", "GoldArticle", "GoldSpan", "Report", "SystemQuote", "Tally", "cut_at_paragraphs", "evaluate",
    "gold_spans", "load_dir", "matches", "parse_ann", "print_errors", "print_report", "quoted_spans", "score_article",
    "score_indirect", "second_annotator_quotes", "system_quotes", "textacy_quotes", "to_article", "trivial_quotes",
]


@dataclass
class SystemQuote:
    """What the scorer needs of a system quotation, whoever produced it."""

    pieces: list[Range]
    speaker_ranges: list[Range]


@dataclass
class ArticleScore:
    quotes: PRF
    speaker_correct: int
    misses: list[GoldSpan]
    false_positives: list[Range]


def cut_at_paragraphs(text: str, start: int, end: int) -> list[Range]:
    pieces = []
    for p_start, p_end in paragraphs(text):
        a, b = max(start, p_start), min(end, p_end)
        if a < b:
            pieces.append((a, b))
    return pieces


def matches(a: Range, b: Range) -> bool:
    """Overlap of at least half of each span."""
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    return overlap > 0 and 2 * overlap >= a[1] - a[0] and 2 * overlap >= b[1] - b[0]


def _overlaps(a: Range, b: Range) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_article(gold: GoldArticle, system: list[SystemQuote]) -> ArticleScore:
    prf = PRF(tp_gold=0)
    found: set[int] = set()
    correct: set[int] = set()
    false_positives = []
    for quote in system:
        for piece in quote.pieces:
            hit = [i for i, g in enumerate(gold.spans) if matches(piece, (g.start, g.end))]
            if not hit:
                continue
            speech = [i for i in hit if gold.spans[i].speech]
            if not speech:
                prf.fp += 1
                false_positives.append(piece)
                continue
            prf.tp += 1
            for i in speech:
                found.add(i)
                sources = [r for src in gold.spans[i].sources for r in src]
                if any(_overlaps(s, m) for s in sources for m in quote.speaker_ranges):
                    correct.add(i)
    speech_ids = [i for i, g in enumerate(gold.spans) if g.speech]
    prf.tp_gold = len(found)
    prf.fn = len(speech_ids) - len(found)
    misses = [gold.spans[i] for i in speech_ids if i not in found]
    return ArticleScore(prf, len(correct), misses, false_positives)


def _speaker_ranges(q: Quote, by_id: dict[str, Entity]) -> list[Range]:
    """Where the text names a quotation's speaker: its speaker mention, then every mention of
    its speaker's entity."""
    speaker: list[Range] = []
    if q.speaker_mention is not None:
        speaker.append((q.speaker_mention.start, q.speaker_mention.end))
    if q.speaker in by_id:
        speaker.extend((m.start, m.end) for m in by_id[q.speaker].mentions)
    return speaker


def system_quotes(text: str, quotes: list[Quote], entities: list[Entity]) -> list[SystemQuote]:
    """dateline's top-level direct and partial quotations, cut at paragraph breaks. A quotation
    nested in another is not a unit of the protocol: its marks pair inside the gold span of the
    enclosing one, and PolNeAR gives it no span of its own."""
    by_id = {e.id: e for e in entities}
    out = []
    for q in quotes:
        if q.kind not in ("direct", "partial") or q.nested_in is not None:
            continue
        pieces = [p for seg in q.spans for p in cut_at_paragraphs(text, seg.start, seg.end)]
        speaker = _speaker_ranges(q, by_id)
        out.append(SystemQuote(pieces, speaker))
    return out


def textacy_quotes(doc) -> tuple[list[SystemQuote], str | None]:
    """textacy 0.13 ``direct_quotations`` on the same Doc; a crash scores as no quotes."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except Exception as exc:  # textacy bails out on unbalanced marks: scored as a miss
        return [], f"{type(exc).__name__}: {exc}"
    out = []
    for t in triples:
        content = t.content
        start = content[0].idx + len(content[0].text) if content[0].is_quote else content.start_char
        end = content[-1].idx if content[-1].is_quote else content.end_char
        pieces = cut_at_paragraphs(doc.text, start, end)
        out.append(SystemQuote(pieces, [(tok.idx, tok.idx + len(tok.text)) for tok in t.speaker]))
    return out, None


def second_annotator_quotes(gold: GoldArticle, content: str = "ranges") -> list[SystemQuote]:
    """The second annotator's speech spans, with their Sources as the speaker."""
    spans = gold_spans(gold.text, gold.second or [], content)
    return [SystemQuote([(g.start, g.end)], [r for src in g.sources for r in src]) for g in spans if g.speech]


def trivial_quotes(gold: GoldArticle) -> list[SystemQuote]:
    """Every quoted span is speech, with no speaker."""
    return [SystemQuote([(g.start, g.end)], []) for g in gold.spans]


def score_indirect(gold: GoldArticle, quotes: list[Quote], entities: list[Entity]) -> PRF:
    """Reported speech: a system ``indirect`` item matches a gold relation with a Source when
    its speaker (mention or one of its entity's mentions) overlaps that Source and its
    content overlaps the relation's Content. One-to-one, greedy in text order."""
    by_id = {e.id: e for e in entities}
    gold_rel = [r for r in gold.relations if r.source]
    used: set[int] = set()
    prf = PRF()
    for q in quotes:
        if q.kind != "indirect":
            continue
        speaker = _speaker_ranges(q, by_id)
        content = [(s.start, s.end) for s in q.spans]
        hit = None
        for i, r in enumerate(gold_rel):
            if i in used:
                continue
            if any(_overlaps(a, b) for a in speaker for b in r.source) and any(
                _overlaps(a, b) for a in content for b in r.content
            ):
                hit = i
                break
        if hit is None:
            prf.fp += 1
        else:
            used.add(hit)
            prf.tp += 1
    prf.fn = len(gold_rel) - len(used)
    return prf


@dataclass
class Tally:
    quotes: PRF = field(default_factory=lambda: PRF(tp_gold=0))
    speaker_correct: int = 0
    gold_speech: int = 0
    crashes: int = 0

    def add(self, score: ArticleScore) -> None:
        self.quotes += score.quotes
        self.speaker_correct += score.speaker_correct
        self.gold_speech += score.quotes.found + score.quotes.fn

    def as_dict(self) -> dict[str, float | int]:
        d = self.quotes.as_dict()
        d["gold_speech"] = self.gold_speech
        d["speaker_correct"] = round(100 * self.speaker_correct / self.gold_speech, 1) if self.gold_speech else 0.0
        return d


@dataclass
class Report:
    articles: int
    gold_spans: int
    gold_speech: int
    dateline: Tally
    textacy: Tally
    trivial: Tally
    indirect: PRF
    # On the articles with two annotators: the second against the first, and dateline.
    agreement: Tally = field(default_factory=Tally)
    dateline_doubly: Tally = field(default_factory=Tally)
    doubly_annotated: int = 0
    content: str = "ranges"
    errors: list[dict[str, object]] = field(default_factory=list)
    first_crash: str | None = None
    dateline_crashes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "gold_spans": self.gold_spans,
            "gold_speech": self.gold_speech,
            "dateline": self.dateline.as_dict(),
            "textacy": self.textacy.as_dict() | {"crashed_articles": self.textacy.crashes},
            "trivial": self.trivial.as_dict(),
            "indirect": self.indirect.as_dict(),
            "content": self.content,
            "doubly_annotated_articles": self.doubly_annotated,
            "second_annotator": self.agreement.as_dict(),
            "dateline_on_doubly_annotated": self.dateline_doubly.as_dict(),
            "dateline_crashed_articles": len(self.dateline_crashes),
        }


def _context(text: str, span: Range, width: int = 60) -> str:
    a, b = span
    return (text[max(0, a - width) : a] + "[[" + text[a:b] + "]]" + text[b : b + width]).replace("\n", " ¶ ")


def evaluate(
    directory: Path,
    *,
    model: str | None = None,
    limit: int | None = None,
    collect_errors: bool = False,
    progress: Callable[[int], None] | None = None,
    content: str = "ranges",
) -> Report:
    """Score dateline and both baselines on one PolNeAR split, parsing each article once.
    ``content`` is the reading of "inside the Content" (see the module docstring)."""
    from dateline import nlp as nlp_mod
    from dateline.pipeline import extract_doc

    golds = load_dir(directory, content)
    golds = golds[:limit] if limit else golds
    by_name = {g.name: g for g in golds}
    language = nlp_mod.load(model or nlp_mod.DEFAULT_MODEL)
    ours, textacy, trivial, indirect = Tally(), Tally(), Tally(), PRF()
    report = Report(len(golds), 0, 0, ours, textacy, trivial, indirect, content=content)
    # Same loop as pipeline.extract_many, written out so that textacy reads the very same Docs.
    for n, doc in enumerate(nlp_mod.pipe((to_article(g) for g in golds), nlp=language)):
        gold = by_name[doc._.article.id]
        report.gold_spans += len(gold.spans)
        try:
            extraction = extract_doc(doc, doc._.article)
        except ExtractionError as exc:  # a crash scores as no quotes for that article
            report.dateline_crashes.append(str(exc))
            extraction = Extraction(article=doc._.article.meta())
        score = score_article(gold, system_quotes(gold.text, extraction.quotes, extraction.entities))
        ours.add(score)
        indirect += score_indirect(gold, extraction.quotes, extraction.entities)
        t_quotes, crash = textacy_quotes(doc)
        if crash:
            textacy.crashes += 1
            report.first_crash = report.first_crash or f"{gold.name}: {crash}"
        textacy.add(score_article(gold, t_quotes))
        trivial.add(score_article(gold, trivial_quotes(gold)))
        if gold.second is not None:
            report.doubly_annotated += 1
            report.agreement.add(score_article(gold, second_annotator_quotes(gold, content)))
            report.dateline_doubly.add(score)
        if collect_errors:
            report.errors.extend(_errors(gold, score, extraction.quotes, extraction.entities))
        if progress:
            progress(n + 1)
    report.gold_speech = ours.gold_speech
    return report


def _errors(gold: GoldArticle, score: ArticleScore, quotes: list[Quote], entities: list[Entity]) -> Iterator[dict[str, object]]:
    for g in score.misses:
        yield {"article": gold.name, "type": "miss", "context": _context(gold.text, (g.start, g.end))}
    for piece in score.false_positives:
        yield {"article": gold.name, "type": "false positive", "context": _context(gold.text, piece)}
    # Found speech with a wrong or missing speaker.
    by_id = {e.id: e for e in entities}
    for q in quotes:
        if q.kind not in ("direct", "partial") or q.nested_in is not None:
            continue
        pieces = [p for seg in q.spans for p in cut_at_paragraphs(gold.text, seg.start, seg.end)]
        ranges = [(q.speaker_mention.start, q.speaker_mention.end)] if q.speaker_mention else []
        if q.speaker in by_id:
            ranges += [(m.start, m.end) for m in by_id[q.speaker].mentions]
        for piece in pieces:
            for g in gold.spans:
                if g.speech and matches(piece, (g.start, g.end)):
                    sources = [r for src in g.sources for r in src]
                    if not any(_overlaps(s, m) for s in sources for m in ranges):
                        yield {
                            "article": gold.name,
                            "type": "speaker",
                            "context": _context(gold.text, piece),
                            "gold": [gold.text[a:b] for a, b in sources],
                            "system": q.speaker_mention.text if q.speaker_mention else None,
                            "entity": by_id[q.speaker].name if q.speaker in by_id else None,
                        }


def print_report(report: Report, console) -> None:
    """The scores table, with rich."""
    from rich.table import Table

    reading = "" if report.content == "ranges" else ", Content read as the union of its ranges"
    table = Table(title=f"PolNeAR quotations: {report.articles} articles, {report.gold_spans} quoted spans, {report.gold_speech} speech{reading}")
    for col in ("system", "P", "R", "F1", "speaker correct", "tp", "fp", "fn"):
        table.add_column(col, justify="left" if col == "system" else "right")
    rows = [("dateline", report.dateline), (f"textacy direct_quotations ({report.textacy.crashes} crashed docs)", report.textacy), ("every quoted span, no speaker", report.trivial)]
    if report.doubly_annotated:
        n = report.doubly_annotated
        rows += [(f"second annotator vs first ({n} doubly annotated articles)", report.agreement), (f"dateline on the same {n} articles", report.dateline_doubly)]
    for name, tally in rows:
        d = tally.as_dict()
        table.add_row(name, f"{d['precision']:.1f}", f"{d['recall']:.1f}", f"{d['f1']:.1f}", f"{d['speaker_correct']:.1f}%", str(d["tp"]), str(d["fp"]), str(d["fn"]))
    i = report.indirect.as_dict()
    table.add_row("dateline reported speech (indirect, source overlap)", f"{i['precision']:.1f}", f"{i['recall']:.1f}", f"{i['f1']:.1f}", "", str(i["tp"]), str(i["fp"]), str(i["fn"]))
    console.print(table)
    if report.first_crash:
        console.print(f"first textacy crash: {report.first_crash}", highlight=False)
    if report.dateline_crashes:
        console.print(f"dateline failed on {len(report.dateline_crashes)} article(s), scored as no quotes; first: {report.dateline_crashes[0]}", highlight=False)


def print_errors(report: Report, console, *, limit: int) -> None:
    """The first ``limit`` misses, false positives and wrong speakers, for error analysis."""
    for e in report.errors[:limit]:
        extra = f"  gold={e.get('gold')} system={e.get('system')!r} entity={e.get('entity')!r}" if e["type"] == "speaker" else ""
        console.print(f"[{e['type']}] {e['article']}: {e['context']}{extra}", highlight=False, markup=False)
