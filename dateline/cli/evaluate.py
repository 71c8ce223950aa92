"""`dateline eval ...`: score dateline against gold data (PolNeAR quotes, facts, Re-DocRED
relations, GAP pronouns, TimeML times)."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console

from dateline.cli import common
from dateline.cli.common import FORMAT_OPTION, MODEL_OPTION, Format, fail, load_model
from dateline.errors import DatelineError


class ContentReading(str, Enum):
    ranges = "ranges"
    union = "union"


def eval_quotes(
    directory: Path = typer.Argument(..., help="A PolNeAR split directory (text/ and attributions/; metadata.tsv in it or its parent)."),
    fmt: Format = FORMAT_OPTION,
    model: str = MODEL_OPTION,
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N articles."),
    errors: int = typer.Option(0, "--errors", help="Print the first N misses, false positives and wrong speakers."),
    content: ContentReading = typer.Option(
        "ranges", "--content",
        help="A quoted span is speech when inside one range of a Content (ranges, the issue's reading) or inside their union (union).",
    ),
) -> None:
    """Score quotations and speakers on PolNeAR, with the textacy and every-quoted-span baselines,
    and human agreement where an article has a second annotator."""
    from dateline.eval.polnear import evaluate, print_errors, print_report

    if not (directory / "text").is_dir() or not (directory / "attributions").is_dir():
        raise typer.BadParameter(f"{directory} has no text/ and attributions/ folders", param_hint="DIRECTORY")
    report = evaluate(directory, model=model, limit=limit, collect_errors=errors > 0, content=content.value)
    if fmt is Format.json:
        sys.stdout.write(json.dumps(report.as_dict()) + "\n")
        out = common.err  # error listings must not corrupt the JSON on stdout
    else:
        out = Console(soft_wrap=True)
        print_report(report, out)
    print_errors(report, out, limit=errors)


def eval_facts(
    directory: Path = typer.Argument(..., help="A folder of NAME.gold.json files (seed gold format), each beside its NAME.txt."),
    fmt: Format = FORMAT_OPTION,
    model: str = MODEL_OPTION,
    errors: int = typer.Option(0, "--errors", help="Print the first N misses and false positives."),
) -> None:
    """Score facts (relations, attributes, events) against gold: per-relation and total P/R/F1."""
    from dateline.eval.facts import GoldError, evaluate, format_table

    if not directory.is_dir() or not any(directory.glob("*.gold.json")):
        raise typer.BadParameter(f"{directory} has no *.gold.json files", param_hint="DIRECTORY")
    try:
        report = evaluate(directory, model=model)
    except GoldError as exc:
        fail(str(exc))
    _print_fact_report(report, format_table(report), fmt, errors)


def _print_fact_report(report: Any, rows: list[str], fmt: Format, errors: int) -> None:
    """`eval facts` and `eval relations` print alike: the table (or JSON), then the first errors."""
    out = Console(soft_wrap=True, highlight=False)
    if fmt is Format.json:
        sys.stdout.write(json.dumps(report.as_dict()) + "\n")
    else:
        for row in rows:
            out.print(row, markup=False)
    for e in report.errors[:errors]:
        common.err.print(f"[{e['type']}] {e['article']}: {json.dumps({k: v for k, v in e.items() if k not in ('type', 'article')}, ensure_ascii=False)}",
                         markup=False, highlight=False)


def eval_relations(
    target: Path = typer.Argument(..., help="A folder of NAME.gold.jsonl + NAME.jsonl pairs, or a prefix such as ../shared/data/redocred/dev."),
    fmt: Format = FORMAT_OPTION,
    model: str = MODEL_OPTION,
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N articles."),
    errors: int = typer.Option(0, "--errors", help="Print the first N misses and false positives, with the gold names and the text that holds them."),
) -> None:
    """Score person relations (spouse, child, sibling, employer, death) on Re-DocRED-style gold:
    per-relation and total P/R/F1, and how many predictions were not judged."""
    from dateline.eval.relations import GoldError, evaluate, format_table

    try:
        report = evaluate(target, model=model, limit=limit)
    except GoldError as exc:
        raise typer.BadParameter(str(exc), param_hint="TARGET") from None
    _print_fact_report(report, format_table(report), fmt, errors)


def eval_gap(
    files: list[Path] = typer.Argument(..., help="GAP TSV files (gap-development.tsv ...); each scored, then pooled."),
    fmt: Format = FORMAT_OPTION,
    model: str = MODEL_OPTION,
    errors: int = typer.Option(0, "--errors", help="Print the first N rows answered wrongly."),
) -> None:
    """Score pronoun resolution on GAP: P/R/F1 of the A/B decisions, masculine and feminine F1, bias."""
    from dateline.eval.gap import PARALLELISM_BASELINE, GapFormatError, GapReport, evaluate, format_table

    reports: list[tuple[str, GapReport]] = []
    nlp = load_model(model)
    try:
        for path in files:
            reports.append((path.name, evaluate(path, nlp=nlp)))
    except GapFormatError as exc:
        fail(str(exc))
    except DatelineError as exc:
        fail(str(exc))
    if len(reports) > 1:
        pooled = GapReport()
        for _name, r in reports:
            pooled += r
        reports.append(("pooled", pooled))
    if fmt is Format.json:
        sys.stdout.write(json.dumps({"scores": {n: r.as_dict() for n, r in reports},
                                     "parallelism_baseline_test": PARALLELISM_BASELINE}) + "\n")
    else:
        out = Console(soft_wrap=True, highlight=False)
        for line in format_table(reports):
            out.print(line, markup=False)
    for e in reports[-1][1].errors[:errors]:
        common.err.print(json.dumps(e, ensure_ascii=False), markup=False, highlight=False)


def eval_times(
    directories: list[Path] = typer.Argument(..., help="Folders of TimeML .tml files (each scored separately, then together)."),
    fmt: Format = FORMAT_OPTION,
    model: str = MODEL_OPTION,
    errors: int = typer.Option(0, "--errors", help="Print the first N misses, false alarms and wrong values or types, with context."),
) -> None:
    """Score time expressions on TimeML gold, TempEval-3 Task A style (DCT not counted)."""
    from dateline.eval.timeml import HEIDELTIME, evaluate_dirs, format_errors, format_table

    for d in directories:
        if not d.is_dir() or not any(d.rglob("*.tml")):
            raise typer.BadParameter(f"{d} has no .tml files", param_hint="DIRECTORIES")
    nlp = load_model(model)
    found: Optional[list[dict[str, str]]] = [] if errors > 0 else None
    results = evaluate_dirs(directories, nlp=nlp, errors=found)
    if fmt is Format.json:
        sys.stdout.write(json.dumps({"scores": results, "heideltime_tempeval3": HEIDELTIME}) + "\n")
        out = common.err  # error listings must not corrupt the JSON on stdout
    else:
        out = Console(soft_wrap=True, highlight=False)
        for row in format_table(results):
            out.print(row, markup=False)
    for row in format_errors(found or [], errors):
        out.print(row, markup=False, highlight=False)
