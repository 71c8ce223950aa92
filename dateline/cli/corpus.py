"""Corpus commands (dateline/store, dateline/query.py): ingest, read back, correct the linker,
export; and `age`, which answers from articles without a corpus."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from dateline.cli import common
from dateline.cli.common import (
    DATE_OPTION,
    FORMAT_OPTION,
    MODEL_OPTION,
    QUIET_OPTION,
    Format,
    check_date,
    fail,
    load_model,
    open_db,
    progress_enabled,
    say,
    warner,
)
from dateline.errors import ClusterError, DatelineError
from dateline.read import Rejected, read_paths

DB_OPTION = typer.Option("./dateline.db", "--db", help="Corpus database: a SQLite file path or a postgresql:// URL.")
LIMIT_OPTION = typer.Option(None, "--limit", min=1, help="At most this many records (default: all).")
OFFSET_OPTION = typer.Option(0, "--offset", min=0, help="Skip this many records first (for paging).")


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    parquet = "parquet"
    csv = "csv"


def _emit(records: list, fmt: Format, columns: list[str]) -> None:
    """Print records as a table (text), JSON Lines or CSV; data only on stdout."""
    from rich.table import Table
    from rich.text import Text

    from dateline.query import flatten, to_csv, to_json_lines

    if fmt is Format.json:
        sys.stdout.write(to_json_lines(records))
    elif fmt is Format.csv:
        sys.stdout.write(to_csv(records))
    else:
        table = Table(*columns, show_lines=False, highlight=False)
        for r in records:
            flat = flatten(r)
            # Text, not markup: snippets mark hits with [brackets], and stored text may hold `[link=...]`.
            table.add_row(*(Text("" if flat.get(c) is None else str(flat.get(c))) for c in columns))
        Console(soft_wrap=False).print(table)
        if not records:
            common.err.print("no records", highlight=False)


def _corpus_query(db: str, run):
    from dateline.errors import QueryError
    from dateline.store import QUERY_SECONDS

    store = open_db(db)
    store.bound(QUERY_SECONDS)
    try:
        return run(store)
    except QueryError as exc:
        fail(str(exc))
    finally:
        store.close()


def corpus_ingest(
    paths: list[Path] = typer.Argument(..., help="Dated text files, JSONL files, HTML files or directories."),
    db: str = DB_OPTION,
    date: Optional[str] = DATE_OPTION,
    model: str = MODEL_OPTION,
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Articles per transaction (and per spaCy batch, up to 256)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="Extract on a local Dask cluster of N worker processes."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Extract on a running Dask cluster (tcp://host:8786)."),
    direct: bool = typer.Option(False, "--direct", help="With --workers or --scheduler and a PostgreSQL --db: each worker"
                                " writes its results to the database itself (the URL must reach the database from the workers)."),
    quiet: bool = QUIET_OPTION,
) -> None:
    """Extract articles and store them in the corpus; re-ingesting unchanged articles is a no-op."""
    from dateline.progress import count_records, progress_bar
    from dateline.store.ingest import ingest as run_ingest

    check_date(date)
    on_dask = workers is not None or scheduler is not None
    if direct and not (on_dask and db.startswith(("postgresql://", "postgres://"))):
        # SQLite has one writer per file, and a file path means nothing on another machine.
        raise typer.BadParameter("needs --workers or --scheduler and a postgresql:// --db", param_hint="--direct")
    # On Dask the workers load the model; the client only reads and writes, without spaCy.
    nlp = None if on_dask else load_model(model)
    try:
        if scheduler is not None:
            from dateline.scale import check_scheduler

            check_scheduler(scheduler)
    except DatelineError as exc:
        fail(str(exc))
    extract = None
    started = None
    store = open_db(db, create=True)
    if on_dask:
        from dateline.scale import ClusterStart, run_batch

        # The cluster starts, and its workers load the model, while the input is counted and read.
        started = ClusterStart(workers or 2, scheduler, model)

        def extract(arts, nlp, batch_size):
            return run_batch(arts, workers=workers or 2, scheduler=scheduler, model=model, store_url=db if direct else None,
                             started=started)
    try:
        total = count_records(paths) if progress_enabled(quiet) else None
        with progress_bar(common.err, enabled=progress_enabled(quiet)) as progress:
            task = progress.add_task("ingesting", total=total, note="")

            def show(r) -> None:
                progress.update(task, completed=r.seen + r.pending,
                                note=f"{r.added + r.replaced} stored, {r.unchanged} unchanged, {len(r.rejected)} set aside")

            items = read_paths(paths, date=date, warn=warner(quiet))
            report = run_ingest(store, items, nlp=nlp, batch_size=batch_size, progress=show, extract=extract)
    except ClusterError as exc:  # the scheduler could not be reached: nothing was extracted or stored
        fail(str(exc))
    finally:
        store.close()
        if started:
            started.close()  # a no-op once run_batch took it; releases it when nothing was left to extract
    common.err.print(
        f"{report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, {len(report.rejected)} set aside"
        f" in {report.seconds_total:.1f}s (store {100 * report.store_share:.0f}%)",
        highlight=False,
    )
    for r in report.rejected:
        common.err.print(f"  {r.reason}", markup=False, highlight=False)
    if report.seen and report.seen == len(report.rejected):
        raise typer.Exit(1)


def corpus_search(
    text: str = typer.Argument(..., help='Words that must all occur; "double quotes" for a phrase.'),
    db: str = DB_OPTION,
    limit: int = typer.Option(20, "--limit", min=1, help="Hits per kind (quotes, articles)."),
    offset: int = OFFSET_OPTION,
    fmt: Format = FORMAT_OPTION,
) -> None:
    """Full-text search over quotes and article text, with a snippet, speaker and date."""
    from dateline import query

    hits = _corpus_query(db, lambda s: query.search(s, text, limit=limit, offset=offset))
    _emit(hits, fmt, ["kind", "article", "date", "speaker", "snippet"])


def corpus_quotes(
    by: Optional[str] = typer.Option(None, "--by", help="Person name, alias or #id (default: anyone)."),
    since: Optional[str] = typer.Option(None, "--since", help="First day (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Last day (YYYY-MM-DD)."),
    channel: Optional[str] = typer.Option(None, "--channel", help="Only quotes on this channel (twitter, instagram ...)."),
    limit: Optional[int] = LIMIT_OPTION,
    offset: int = OFFSET_OPTION,
    db: str = DB_OPTION,
    fmt: Format = FORMAT_OPTION,
) -> None:
    """Quotes in calendar order, filtered by speaker, dates and channel (any of them, or none)."""
    from dateline import query

    rows = _corpus_query(db, lambda s: query.page(query.quotes(s, by=by, since=since, until=until, channel=channel), limit, offset))
    _emit(rows, fmt, ["date", "article", "person", "speaker", "text", "cue", "channel"])


def corpus_person(
    name: str = typer.Argument(..., help="Person name, alias or #id."),
    db: str = DB_OPTION,
    fmt: Format = FORMAT_OPTION,
) -> None:
    """Aliases, facts with evidence, relations, quote count and link evidence of a person."""
    from dateline import query

    reports = _corpus_query(db, lambda s: query.person(s, name))
    if fmt is not Format.text:
        _emit(reports, fmt, [])
        return
    from rich.markup import escape

    from dateline.browse import relation_sentence

    out = Console(soft_wrap=True, highlight=False)
    for p in reports:
        born = f"; born {p.born[0]}..{p.born[1]}" if p.born else ""
        out.print(f"[bold]#{p.person} {escape(p.name)}[/bold] ({p.type}): {p.articles} article(s), {p.quote_count} quote(s){born}")
        out.print(f"  aliases: {', '.join(p.aliases)}", markup=False)
        if p.facts:
            out.print("  facts:")
        for f in p.facts:
            out.print(f"    {f.relation}: {f.value} [{f.evidence.article} {f.evidence.date}: {f.evidence.text!r}]", markup=False)
        if p.relations:
            out.print("  relations:")
        for f in p.relations:
            left, words, right = relation_sentence(p.name, f)
            other_id = f" (#{f.other_person})" if f.other_person else ""
            left, right = (left, right + other_id) if f.direction == "in" else (left + other_id, right)
            out.print(f"    {left} — {words} — {right} [{f.evidence.article} {f.evidence.date}: {f.evidence.text!r}]", markup=False)
        for link in p.links:
            out.print(f"  link {link}", markup=False)


class PeopleSort(str, Enum):
    quotes = "quotes"
    articles = "articles"
    name = "name"
    id = "id"


def corpus_people(
    sort: PeopleSort = typer.Option(PeopleSort.quotes, "--sort", "-s", help="Order: most quotes, most articles, name or id."),
    kind: Optional[str] = typer.Option(None, "--type", help="Only this type: PERSON, ORG or ORG_OR_PRODUCT."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="At most this many rows."),
    db: str = DB_OPTION,
    fmt: Format = FORMAT_OPTION,
) -> None:
    """People and organizations in the corpus with their ids, article and quote counts."""
    from dateline import browse

    rows = _corpus_query(db, lambda s: browse.people(s, sort=sort.value, kind=kind, limit=limit))
    _emit(rows, fmt, ["person", "name", "type", "articles", "quotes"])


def corpus_timeline(
    name: str = typer.Argument(..., help="Person name, alias or #id."),
    limit: Optional[int] = LIMIT_OPTION,
    offset: int = OFFSET_OPTION,
    db: str = DB_OPTION,
    fmt: Format = FORMAT_OPTION,
) -> None:
    """Dated events, facts and quotes of a person in calendar order, with each date's range."""
    from dateline import query

    events = _corpus_query(db, lambda s: query.page(query.timeline(s, name), limit, offset))
    _emit(events, fmt, ["start", "end", "kind", "what", "article"])


def corpus_facts(
    name: str = typer.Argument(..., help="Person name, alias or #id."),
    as_of: str = typer.Option(..., "--as-of", help="The day (YYYY-MM-DD) the facts should hold on."),
    db: str = DB_OPTION,
    fmt: Format = FORMAT_OPTION,
) -> None:
    """Facts about a person valid on a day, with the age on that day from every article's birth range."""
    from dateline import query
    from dateline.browse import relation_sentence

    def run(s) -> list[tuple[str, list]]:
        query.facts(s, name, as_of=as_of)  # raises the errors: no such person, a bad date
        return [((s.one("SELECT name FROM people WHERE pid = ?", (p,)) or {"name": name})["name"], query.facts(s, f"#{p}", as_of=as_of))
                for p in query.find_people(s, name)]

    rows = _corpus_query(db, run)
    if fmt is not Format.text:
        _emit([f for _, fs in rows for f in fs], fmt, [])
        return
    table = [
        {"fact": " — ".join(relation_sentence(who, f)) if f.other else f"{f.relation}: {f.value}",
         "as_of": f.as_of, "evidence_article": f.evidence.article, "evidence_text": f.evidence.text}
        for who, fs in rows for f in fs
    ]
    _emit(table, fmt, ["fact", "as_of", "evidence_article", "evidence_text"])


def corpus_conflicts(db: str = DB_OPTION, fmt: Format = FORMAT_OPTION) -> None:
    """Facts from different articles that cannot all be true, with both pieces of evidence."""
    from dateline import query

    rows = _corpus_query(db, query.conflicts)
    _emit(rows, fmt, ["kind", "person", "name", "detail", "first_article", "first_text", "second_article", "second_text"])


def corpus_merge(
    keep: str = typer.Argument(..., help="The person to keep (#id or an unambiguous name)."),
    other: str = typer.Argument(..., help="The person folded into it."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Merge without showing the preview and asking."),
    db: str = DB_OPTION,
) -> None:
    """Correct the linker by hand: two corpus people are one. Shows both and asks first."""
    from dateline import query

    if not yes:
        def preview(s):
            keep_id, other_id = query.one_person(s, keep), query.one_person(s, other)
            return query.person(s, f"#{keep_id}")[0], query.person(s, f"#{other_id}")[0]

        a, b = _corpus_query(db, preview)
        for label, p in (("keep", a), ("fold in", b)):
            common.err.print(f"{label:>8}: #{p.person} {p.name} ({p.type}), {p.articles} article(s), {p.quote_count} quote(s);"
                             f" aliases {', '.join(p.aliases)}", highlight=False, markup=False)
        try:
            agreed = typer.confirm(f"Merge #{b.person} into #{a.person}?", default=False, err=True)
        except typer.Abort:
            agreed = False  # no answer (stdin closed): never change the corpus unasked
        if not agreed:
            common.err.print("nothing merged (pass --yes to merge without asking)", highlight=False)
            raise typer.Exit(1)
    pid = _corpus_query(db, lambda s: query.merge(s, keep, other))
    common.err.print(f"merged into person #{pid}", highlight=False)


def corpus_split(
    who: str = typer.Argument(..., help="The person to split (#id or an unambiguous name)."),
    articles: list[str] = typer.Option(..., "--article", "-a", help="Article id whose mentions become a new person (repeatable)."),
    db: str = DB_OPTION,
) -> None:
    """Correct the linker by hand: the mentions in these articles are someone else."""
    from dateline import query

    pid = _corpus_query(db, lambda s: query.split(s, who, articles))
    sys.stdout.write(f"#{pid}\n")
    common.err.print(f"new person #{pid}", highlight=False)


def corpus_export(
    fmt: ExportFormat = typer.Option(
        ExportFormat.jsonl, "--format", "-f",
        help="jsonl (one extraction per line), parquet (one file per table) or csv (quotes.csv and people.csv, flat rows).",
    ),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File for jsonl (default stdout); directory for parquet and csv (required)."),
    db: str = DB_OPTION,
) -> None:
    """Export the corpus for analysis in other tools."""
    from dateline import query

    if fmt in (ExportFormat.parquet, ExportFormat.csv) and output is None:
        raise typer.BadParameter(f"{fmt.value} export writes one file per table; pass --output DIRECTORY", param_hint="--output")
    store = open_db(db)
    try:
        if fmt is ExportFormat.csv:
            from dateline.browse import export_csv

            counts = export_csv(store, str(output))
            common.err.print(", ".join(f"{n} {t}" for t, n in counts.items()) + f" written to {output}", highlight=False)
        elif fmt is ExportFormat.parquet:
            counts = query.export_parquet(store, str(output))
            common.err.print(", ".join(f"{n} {t}" for t, n in counts.items()) + f" written to {output}", markup=False, highlight=False)
        elif output is None:
            query.export_jsonl(store, sys.stdout)
        else:
            with output.open("w", encoding="utf-8") as fh:
                n = query.export_jsonl(store, fh)
            common.err.print(f"{n} extraction(s) written to {output}", markup=False, highlight=False)
    finally:
        store.close()


def age(
    person: str = typer.Argument(..., help="A person's name as the articles write it (full name, surname or first name)."),
    paths: list[Path] = typer.Argument(..., help="Dated articles (files or directories) to read the ages from."),
    on: str = typer.Option(..., "--on", help="The date to give the age on: YYYY-MM-DD (or YYYY-MM / YYYY for a range)."),
    fmt: Format = FORMAT_OPTION,
    date: Optional[str] = DATE_OPTION,
    model: str = MODEL_OPTION,
    quiet: bool = QUIET_OPTION,
) -> None:
    """How old PERSON is on a date, from the ages the articles state, with the evidence.

    Exits 1 when the person or an age is not found, and 3 when two stated ages conflict."""
    from dateline.ages import answer_age, describe_ages, distinct_people
    from dateline.model import date_interval
    from dateline.pipeline import extract_many

    check_date(on, "--on")
    check_date(date)
    day_range = date_interval(on)
    assert day_range is not None  # check_date accepted it, so it is a non-empty date
    articles = []
    for item in read_paths(paths, date=date, warn=warner(quiet)):
        if isinstance(item, Rejected):
            say("skipped", "red", item.reason)
        else:
            articles.append(item)
    nlp = load_model(model)
    extractions = [r for r in extract_many(articles, nlp=nlp) if not isinstance(r, Rejected)]
    namesakes = distinct_people(extractions, person)
    if len(namesakes) > 1:
        if fmt is Format.json:
            sys.stdout.write(json.dumps({"found": True, "ambiguous": namesakes}) + "\n")
        else:
            common.err.print(f"[red]error:[/red] E311: {person!r} is ambiguous: it names {len(namesakes)} different people;"
                             " ask for one of them by full name:", highlight=False)
            for n in namesakes:
                common.err.print(f"  {n}", highlight=False, markup=False)
        raise typer.Exit(1)
    found, answer = answer_age(extractions, person, day_range)
    if fmt is Format.json:
        sys.stdout.write(json.dumps({"found": found, **answer.as_dict()}) + "\n")
    out = Console(soft_wrap=True, highlight=False)
    if not found:
        if fmt is not Format.json:
            fail(f"E301: no person matches {person!r} in {len(extractions)} article(s)")
        raise typer.Exit(1)
    if not answer.evidence:
        if fmt is not Format.json:
            fail(f"no age is stated for {person!r} in {len(extractions)} article(s)")
        raise typer.Exit(1)
    if answer.conflicts:
        if fmt is not Format.json:
            out.print(f"{person}: the stated ages conflict; no single birth date fits them all:", markup=False)
            for a, b in answer.conflicts:
                for e in (a, b):
                    out.print(f"  age {e.age} ({e.source}, dated {e.article_date}): \"{e.text}\" -> born {e.born[0]}..{e.born[1]}", markup=False)
                out.print("  ---", markup=False)
        raise typer.Exit(3)
    if fmt is not Format.json:
        ages, born = answer.ages, answer.born
        # with evidence and no conflicts the stated birth ranges intersect
        assert ages is not None and born is not None
        out.print(f"{person} on {on}: {answer.answer or describe_ages(*ages)} (born between {born[0]} and {born[1]})", markup=False)
        for e in answer.evidence:
            out.print(f"  {e.source} (dated {e.article_date}): \"{e.text}\" -> age {e.age}, born {e.born[0]}..{e.born[1]}", markup=False)
