"""GAP pronoun scorer: F1 of the two yes/no decisions per row (does the pronoun refer to A?
to B?), overall and by the pronoun's gender, and bias = feminine F1 / masculine F1.

Each snippet is extracted as one article dated 2019-01-01 through the normal pipeline, titled
with the name of the Wikipedia page it comes from (the URL column). The
entity whose mentions overlap the pronoun (the tightest mention) is its referent; A is "coreferent" when that entity
also has a mention overlapping A's span or a name mention whose text is A (likewise B). A
pronoun left in no entity answers FALSE for both.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional
from urllib.parse import unquote, urlsplit

from spacy.language import Language

from dateline import nlp as nlp_mod
from dateline.eval.common import PRF
from dateline.extractors.entities.clusters import entity_at
from dateline.model import Article, Entity

GAP_DATE = "2019-01-01"
COLUMNS = ("ID", "Text", "Pronoun", "Pronoun-offset", "A", "A-offset", "A-coref", "B", "B-offset", "B-coref")
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")
FEMININE = frozenset({"she", "her", "hers", "herself"})
# Published on GAP's test split (snippet context), for reference beside our dev figures.
PARALLELISM_BASELINE = {"f1": 66.9, "masculine": 69.4, "feminine": 64.4, "bias": 0.93}


class GapFormatError(ValueError):
    """A TSV that is not in GAP's format; the message names the file and the line."""


@dataclass(frozen=True)
class GapRow:
    id: str
    text: str
    pronoun: str
    pronoun_offset: int
    a: str
    a_offset: int
    a_coref: bool
    b: str
    b_offset: int
    b_coref: bool
    url: str = ""

    @property
    def feminine(self) -> bool:
        return self.pronoun.lower() in FEMININE


def _bool(value: str, where: str) -> bool:
    v = value.strip().upper()
    if v not in ("TRUE", "FALSE"):
        raise GapFormatError(f"{where}: expected TRUE or FALSE, got {value!r}")
    return v == "TRUE"


def read_tsv(path: Path) -> list[GapRow]:
    """The rows of a GAP TSV (header line first)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GapFormatError(f"{path}: cannot read ({exc})") from None
    reader = csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, None)
    if header is None or tuple(header[: len(COLUMNS)]) != COLUMNS:
        raise GapFormatError(f"{path}: line 1 is not GAP's header ({', '.join(COLUMNS)}, URL)")
    rows = []
    for n, cells in enumerate(reader, 2):
        where = f"{path}:{n}"
        if len(cells) < len(COLUMNS):
            raise GapFormatError(f"{where}: {len(cells)} columns, expected {len(COLUMNS)} or more")
        try:
            row = GapRow(
                id=cells[0], text=cells[1], pronoun=cells[2], pronoun_offset=int(cells[3]),
                a=cells[4], a_offset=int(cells[5]), a_coref=_bool(cells[6], where),
                b=cells[7], b_offset=int(cells[8]), b_coref=_bool(cells[9], where),
                url=cells[10] if len(cells) > len(COLUMNS) else "",
            )
        except ValueError as exc:
            if isinstance(exc, GapFormatError):
                raise
            raise GapFormatError(f"{where}: an offset is not a whole number ({exc})") from None
        for name, off in ((row.pronoun, row.pronoun_offset), (row.a, row.a_offset), (row.b, row.b_offset)):
            if row.text[off : off + len(name)] != name:
                raise GapFormatError(f"{where}: {name!r} is not at offset {off} of the text")
        rows.append(row)
    return rows


def title_of_url(url: str) -> Optional[str]:
    """The Wikipedia page's title from its URL ("…/wiki/Crime_(band)" -> "Crime"): the page's
    subject, as a headline names a news story's. The trailing qualifier is dropped, as it
    describes the subject ("(footballer)") rather than naming it."""
    last = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]).replace("_", " ")
    return _QUALIFIER.sub("", last).strip() or None


def article_of(row: GapRow) -> Article:
    return Article(id=row.id, date=GAP_DATE, date_precision="day", body_start=0, text=row.text, source=row.id,
                   title=title_of_url(row.url), url=row.url or None)


def referent(entities: list[Entity], start: int, end: int) -> Optional[Entity]:
    """The entity one of whose mentions overlaps the pronoun, the tightest such mention first:
    "his" in "his brother-in-law Gustavus" is a mention of whoever "his" is, and the wider
    descriptor a mention of the brother-in-law, who is not the pronoun's referent."""
    return entity_at(entities, start, end)


def answers(row: GapRow, entities: list[Entity]) -> tuple[bool, bool]:
    """Does the pronoun refer to A? to B? (as dateline's entities say)."""
    e = referent(entities, row.pronoun_offset, row.pronoun_offset + len(row.pronoun))
    if e is None:
        return False, False

    def covers(name: str, off: int) -> bool:
        end = off + len(name)
        return any(
            mention_covers(m.text, m.start, m.end, off, end) or (m.kind == "name" and m.text == name)
            for m in e.mentions
        )

    return covers(row.a, row.a_offset), covers(row.b, row.b_offset)


_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")


def mention_covers(text: str, start: int, end: int, off: int, name_end: int) -> bool:
    """Does a mention at [start, end) stand for the name at [off, name_end)? It must overlap
    the name and not merely be a descriptor built on the name as its possessor: "Mary's
    brother" is a mention of the brother, and finding the pronoun in that entity says nothing
    about Mary."""
    if not (start < name_end and off < end):
        return False
    rest = text[name_end - start:] if start <= name_end <= end else ""
    return not (rest.strip() and rest.startswith(_POSSESSIVE) and rest.lstrip("'\u2019s").strip())


@dataclass
class GapReport:
    overall: PRF = field(default_factory=PRF)
    masculine: PRF = field(default_factory=PRF)
    feminine: PRF = field(default_factory=PRF)
    rows: int = 0
    unresolved: int = 0  # pronouns in no entity
    errors: list[dict] = field(default_factory=list)

    @property
    def bias(self) -> float:
        m = self.masculine.f1
        return self.feminine.f1 / m if m else 0.0

    def add(self, row: GapRow, got: tuple[bool, bool], resolved: bool) -> None:
        self.rows += 1
        self.unresolved += not resolved
        by_gender = self.feminine if row.feminine else self.masculine
        wrong = []
        for name, gold, pred in (("A", row.a_coref, got[0]), ("B", row.b_coref, got[1])):
            cell = PRF(tp=int(gold and pred), fp=int(pred and not gold), fn=int(gold and not pred))
            self.overall += cell
            by_gender += cell
            if gold != pred:
                wrong.append(name)
        if wrong:
            self.errors.append({"id": row.id, "pronoun": row.pronoun, "offset": row.pronoun_offset,
                                "gold": [row.a_coref, row.b_coref], "got": list(got), "A": row.a, "B": row.b,
                                "resolved": resolved})

    def __iadd__(self, other: "GapReport") -> "GapReport":
        self.overall += other.overall
        self.masculine += other.masculine
        self.feminine += other.feminine
        self.rows += other.rows
        self.unresolved += other.unresolved
        self.errors.extend(other.errors)
        return self

    def as_dict(self) -> dict:
        return {
            "rows": self.rows,
            "unresolved": self.unresolved,
            "overall": self.overall.as_dict(),
            "masculine": self.masculine.as_dict(),
            "feminine": self.feminine.as_dict(),
            "bias": round(self.bias, 3),
        }


def score(rows: Iterable[GapRow], entity_lists: Iterable[list[Entity]]) -> GapReport:
    report = GapReport()
    for row, entities in zip(rows, entity_lists, strict=True):
        resolved = referent(entities, row.pronoun_offset, row.pronoun_offset + len(row.pronoun)) is not None
        report.add(row, answers(row, entities), resolved)
    return report


def extract_rows(rows: list[GapRow], *, nlp: Language) -> Iterator[list[Entity]]:
    """Entities of each snippet, extracted by the full pipeline (batched)."""
    from dateline.pipeline import extract_doc

    for doc in nlp_mod.pipe((article_of(r) for r in rows), nlp=nlp):
        yield extract_doc(doc, doc._.article).entities


def evaluate(path: Path, *, model: str = nlp_mod.DEFAULT_MODEL, nlp: Optional[Language] = None) -> GapReport:
    rows = read_tsv(path)
    return score(rows, extract_rows(rows, nlp=nlp or nlp_mod.load(model)))


def format_table(reports: list[tuple[str, GapReport]]) -> list[str]:
    lines = [f"{'file':<28} {'rows':>5} {'P':>6} {'R':>6} {'F1':>6} {'masc F1':>8} {'fem F1':>7} {'bias':>6} {'no entity':>9}"]
    for name, r in reports:
        o = r.overall
        lines.append(
            f"{name:<28} {r.rows:>5} {100 * o.precision:>6.1f} {100 * o.recall:>6.1f} {100 * o.f1:>6.1f} "
            f"{100 * r.masculine.f1:>8.1f} {100 * r.feminine.f1:>7.1f} {r.bias:>6.2f} {r.unresolved:>9}"
        )
    b = PARALLELISM_BASELINE
    lines.append(f"{'GAP parallelism baseline (published, test split)':<50} F1 {b['f1']}, masc {b['masculine']}, "
                 f"fem {b['feminine']}, bias {b['bias']}")
    return lines
