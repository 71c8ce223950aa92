"""The `dateline` command line. Commands stay thin: they parse options and call the library."""

from __future__ import annotations

import json
import logging
import sys
from collections import deque
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer
from rich.console import Console

from dateline import __version__, cli_help
from dateline import nlp as nlp_mod
from dateline.errors import DatelineError
from dateline.read import Rejected, parse_date, read_paths

if TYPE_CHECKING:
    from dateline.model import Article

cli_help.install()
HELP = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(help="Turn dated news articles into time-anchored knowledge.", no_args_is_help=True, add_completion=False,
                  context_settings=HELP)
eval_app = typer.Typer(help="Score dateline against gold data.", no_args_is_help=True, context_settings=HELP)
app.add_typer(eval_app, name="eval")

err = Console(stderr=True, soft_wrap=True)
log = logging.getLogger("dateline")


class Format(str, Enum):
    text = "text"
    json = "json"
    csv = "csv"


class ExtractFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"


FORMAT_OPTION = typer.Option(Format.text, "--format", "-f", help="text for people, json (JSON Lines for several records), csv.")
MODEL_OPTION = typer.Option(nlp_mod.DEFAULT_MODEL, "--model", help="Any installed spaCy pipeline.")
DATE_OPTION = typer.Option(None, "--date", help="Article date (YYYY, YYYY-MM or YYYY-MM-DD) for files without a 'date' header.")
QUIET_OPTION = typer.Option(False, "--quiet", "-q", help="No progress bar or warnings.")


def say(label: str, style: str, message: str, console: Console | None = None) -> None:
    """Print a labelled message; the message is text, never markup (paths and ids from the
    input may hold `[/x]` or `[link=...]`)."""
    from rich.text import Text

    (console or err).print(Text.assemble((label, style), " ", message), highlight=False)


def warn(message: str) -> None:
    say("warning:", "yellow", message)


def warner(quiet: bool):
    """The reader's warning callback: silent with --quiet."""
    return (lambda message: None) if quiet else warn


def fail(message: str, code: int = 1) -> None:
    say("error:", "red", message)
    raise typer.Exit(code)


def check_date(value: str | None, flag: str = "--date") -> str | None:
    if value is None:
        return None
    try:
        parse_date(value, source=flag)
    except DatelineError as exc:
        raise typer.BadParameter(str(exc), param_hint=flag) from None
    return value


def progress_enabled(quiet: bool) -> bool:
    return not quiet and err.is_terminal


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"dateline {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Turn dated news articles into time-anchored knowledge."""


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Dated text files, JSONL files, HTML files or directories; - for stdin."),
    fmt: ExtractFormat = typer.Option(ExtractFormat.text, "--format", "-f", help="text report, json (JSON Lines for several articles), or an html page."),
    date: str | None = DATE_OPTION,
    model: str = MODEL_OPTION,
    batch_size: int = typer.Option(nlp_mod.BATCH_SIZE, help="Articles per spaCy batch."),
    quiet: bool = QUIET_OPTION,
) -> None:
    """Extract quotes, people, times and facts from articles."""
    from dateline.pipeline import extract_many
    from dateline.progress import count_records, progress_bar
    from dateline.render.html import render_html
    from dateline.render.terminal import print_report

    check_date(date)
    rejected: list[Rejected] = []
    total = count_records(paths) if progress_enabled(quiet) else None
    bar = progress_bar(err, enabled=progress_enabled(quiet) and (total or 0) > 1)
    task = bar.add_task("extracting", total=total, note="")

    def articles():
        for item in read_paths(paths, date=date, warn=warner(quiet)):
            if isinstance(item, Rejected):
                rejected.append(item)
                bar.advance(task)
                if not quiet:
                    say("skipped", "red", item.reason)
            else:
                yield item

    try:
        nlp = nlp_mod.load(model)
    except DatelineError as exc:
        fail(str(exc))
    out = Console(soft_wrap=True)
    count = 0
    # A queue per id: files in different folders can share an id, and each result must
    # get back its own article (results come in input order).
    seen: dict[str, deque[Article]] = {}

    def remember():
        for article in articles():
            seen.setdefault(article.id, deque()).append(article)
            yield article

    def forget(article_id: str | None) -> Article | None:
        queue = seen.get(article_id or "")
        if not queue:
            return None
        article = queue.popleft()
        if not queue:
            del seen[article_id or ""]
        return article

    bar.start()
    for result in extract_many(remember(), nlp=nlp, batch_size=batch_size):
        bar.advance(task)
        if isinstance(result, Rejected):
            rejected.append(result)
            forget(result.article_id)
            say("failed", "red", result.reason)
            continue
        count += 1
        article = forget(result.article.id)
        if fmt is ExtractFormat.json:
            sys.stdout.write(result.model_dump_json() + "\n")
        elif fmt is ExtractFormat.html:
            # every extraction comes from an article remember() queued under its id
            assert article is not None
            sys.stdout.write(render_html(article, result))
        else:
            print_report(result, out)
    bar.stop()
    sys.stdout.flush()
    if rejected:
        err.print(f"{count} article(s) extracted, {len(rejected)} set aside (reasons above)", markup=False, highlight=False)
    if count == 0:
        raise typer.Exit(1)


@app.command()
def batch(
    paths: list[Path] = typer.Argument(..., help="Files or directories of articles."),
    out: Path = typer.Option(..., "--out", "-o", help="JSON Lines file for the extractions."),
    rejected_out: Optional[Path] = typer.Option(None, "--rejected", help="JSON Lines file for set-aside records (default: OUT.rejected.jsonl)."),
    workers: int = typer.Option(2, "--workers", "-w", min=1, help="Local Dask worker processes."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Address of a running Dask scheduler (tcp://host:8786)."),
    chunk_size: int = typer.Option(16, "--chunk-size", min=1, help="Articles per Dask task."),
    date: Optional[str] = DATE_OPTION,
    model: str = MODEL_OPTION,
    quiet: bool = QUIET_OPTION,
) -> None:
    """Extract many articles in parallel on Dask, writing JSON Lines; bad records are set aside with reasons."""
    from dateline.progress import progress_bar
    from dateline.scale import run_batch

    check_date(date)
    rejected: list[Rejected] = []
    articles: list[Article] = []
    for item in read_paths(paths, date=date, warn=warner(quiet)):
        if isinstance(item, Rejected):
            rejected.append(item)
        else:
            articles.append(item)
    rejected_path = rejected_out or out.with_name(out.name + ".rejected.jsonl")
    count = 0
    with out.open("w", encoding="utf-8") as fh, progress_bar(err, enabled=progress_enabled(quiet)) as progress:
        task = progress.add_task("extracting", total=len(articles), note="")
        for result in run_batch(
            articles, workers=workers, model=model, chunk_size=chunk_size, scheduler=scheduler,
            on_progress=lambda done, total: progress.update(task, completed=done), as_json=True,
        ):
            if isinstance(result, Rejected):
                rejected.append(result)
            else:
                fh.write(f"{result}\n")
                count += 1
    with rejected_path.open("w", encoding="utf-8") as fh:
        for r in rejected:
            fh.write(json.dumps({"source": r.source, "reason": r.reason}) + "\n")
    err.print(f"{count} article(s) extracted to {out}; {len(rejected)} set aside in {rejected_path}", markup=False, highlight=False)
    for r in rejected:
        err.print(f"  {r.reason}", markup=False, highlight=False)
    if count == 0:
        raise typer.Exit(1)


@app.command()
def serve(
    db: str = typer.Option("./dateline.db", "--db", help="Corpus database: a SQLite file path or a postgresql:// URL."),
    host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    model: str = MODEL_OPTION,
    get: Optional[str] = typer.Option(None, "--get", help="Request this path in-process, print the response and exit (0 only on HTTP 200)."),
) -> None:
    """Serve the HTTP API and web page (or answer one request with --get)."""
    from dateline.api import Client, create_app

    _open_db(db).close()  # a missing corpus is an error here too, before the server starts
    api = create_app(db=db, model=model)
    if get is not None:
        response = Client(api).get(get)
        sys.stdout.write(response.text + ("" if response.text.endswith("\n") else "\n"))
        raise typer.Exit(0 if response.status_code == 200 else 1)
    import uvicorn

    err.print(f"dateline explorer on http://{host}:{port}/ (corpus {db}); API reference at /docs; Ctrl+C to stop",
              highlight=False)
    uvicorn.run(api, host=host, port=port, log_level="warning")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the extraction output."""
    from dateline.model import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")


class ContentReading(str, Enum):
    ranges = "ranges"
    union = "union"


@eval_app.command("quotes")
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
        out = err  # error listings must not corrupt the JSON on stdout
    else:
        out = Console(soft_wrap=True)
        print_report(report, out)
    print_errors(report, out, limit=errors)


# -- corpus commands (dateline/store, dateline/query.py) ------------------------------------------

DB_OPTION = typer.Option("./dateline.db", "--db", help="Corpus database: a SQLite file path or a postgresql:// URL.")
LIMIT_OPTION = typer.Option(None, "--limit", min=1, help="At most this many records (default: all).")
OFFSET_OPTION = typer.Option(0, "--offset", min=0, help="Skip this many records first (for paging).")


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    parquet = "parquet"
    csv = "csv"


def _open_db(db: str, *, create: bool = False):
    """Open the corpus; only `ingest` may create one (a typo in --db must not leave an empty file)."""
    from dateline.errors import StoreError
    from dateline.store import open_store

    try:
        if not create and not db.startswith(("postgresql://", "postgres://")) and db != ":memory:":
            if not Path(db.removeprefix("sqlite:///")).is_file():
                raise StoreError("E204", db=db)
        return open_store(db)
    except DatelineError as exc:
        fail(str(exc))


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
            err.print("no records", highlight=False)


def _corpus_query(db: str, run):
    from dateline.errors import QueryError
    from dateline.store import QUERY_SECONDS

    store = _open_db(db)
    store.bound(QUERY_SECONDS)
    try:
        return run(store)
    except QueryError as exc:
        fail(str(exc))
    finally:
        store.close()


@app.command("ingest")
def corpus_ingest(
    paths: list[Path] = typer.Argument(..., help="Dated text files, JSONL files, HTML files or directories."),
    db: str = DB_OPTION,
    date: Optional[str] = DATE_OPTION,
    model: str = MODEL_OPTION,
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Articles per transaction (and per spaCy batch, up to 256)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="Extract on a local Dask cluster of N worker processes."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Extract on a running Dask cluster (tcp://host:8786)."),
    quiet: bool = QUIET_OPTION,
) -> None:
    """Extract articles and store them in the corpus; re-ingesting unchanged articles is a no-op."""
    from dateline.progress import count_records, progress_bar
    from dateline.store.ingest import ingest as run_ingest

    check_date(date)
    on_dask = workers is not None or scheduler is not None
    try:
        # On Dask the workers load the model; the client only reads and writes.
        nlp = None if on_dask else nlp_mod.load(model)
    except DatelineError as exc:
        fail(str(exc))
    extract = None
    if on_dask:
        from dateline.scale import run_batch

        def extract(arts, nlp, batch_size):
            return run_batch(arts, workers=workers or 2, scheduler=scheduler, model=model)
    store = _open_db(db, create=True)
    total = count_records(paths) if progress_enabled(quiet) else None
    try:
        with progress_bar(err, enabled=progress_enabled(quiet)) as progress:
            task = progress.add_task("ingesting", total=total, note="")

            def show(r) -> None:
                progress.update(task, completed=r.seen + r.pending,
                                note=f"{r.added + r.replaced} stored, {r.unchanged} unchanged, {len(r.rejected)} set aside")

            items = read_paths(paths, date=date, warn=warner(quiet))
            report = run_ingest(store, items, nlp=nlp, batch_size=batch_size, progress=show, extract=extract)
    finally:
        store.close()
    err.print(
        f"{report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, {len(report.rejected)} set aside"
        f" in {report.seconds_total:.1f}s (store {100 * report.store_share:.0f}%)",
        highlight=False,
    )
    for r in report.rejected:
        err.print(f"  {r.reason}", markup=False, highlight=False)
    if report.seen and report.seen == len(report.rejected):
        raise typer.Exit(1)


@app.command("search")
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


@app.command("quotes")
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


@app.command("person")
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


@app.command("people")
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


@app.command("timeline")
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


@app.command("facts")
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


@app.command("conflicts")
def corpus_conflicts(db: str = DB_OPTION, fmt: Format = FORMAT_OPTION) -> None:
    """Facts from different articles that cannot all be true, with both pieces of evidence."""
    from dateline import query

    rows = _corpus_query(db, query.conflicts)
    _emit(rows, fmt, ["kind", "person", "name", "detail", "first_article", "first_text", "second_article", "second_text"])


@app.command("merge")
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
            err.print(f"{label:>8}: #{p.person} {p.name} ({p.type}), {p.articles} article(s), {p.quote_count} quote(s);"
                      f" aliases {', '.join(p.aliases)}", highlight=False, markup=False)
        try:
            agreed = typer.confirm(f"Merge #{b.person} into #{a.person}?", default=False, err=True)
        except typer.Abort:
            agreed = False  # no answer (stdin closed): never change the corpus unasked
        if not agreed:
            err.print("nothing merged (pass --yes to merge without asking)", highlight=False)
            raise typer.Exit(1)
    pid = _corpus_query(db, lambda s: query.merge(s, keep, other))
    err.print(f"merged into person #{pid}", highlight=False)


@app.command("split")
def corpus_split(
    who: str = typer.Argument(..., help="The person to split (#id or an unambiguous name)."),
    articles: list[str] = typer.Option(..., "--article", "-a", help="Article id whose mentions become a new person (repeatable)."),
    db: str = DB_OPTION,
) -> None:
    """Correct the linker by hand: the mentions in these articles are someone else."""
    from dateline import query

    pid = _corpus_query(db, lambda s: query.split(s, who, articles))
    sys.stdout.write(f"#{pid}\n")
    err.print(f"new person #{pid}", highlight=False)


@app.command("export")
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
    store = _open_db(db)
    try:
        if fmt is ExportFormat.csv:
            from dateline.browse import export_csv

            counts = export_csv(store, str(output))
            err.print(", ".join(f"{n} {t}" for t, n in counts.items()) + f" written to {output}", highlight=False)
        elif fmt is ExportFormat.parquet:
            counts = query.export_parquet(store, str(output))
            err.print(", ".join(f"{n} {t}" for t, n in counts.items()) + f" written to {output}", markup=False, highlight=False)
        elif output is None:
            query.export_jsonl(store, sys.stdout)
        else:
            with output.open("w", encoding="utf-8") as fh:
                n = query.export_jsonl(store, fh)
            err.print(f"{n} extraction(s) written to {output}", markup=False, highlight=False)
    finally:
        store.close()


@app.command()
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
    try:
        nlp = nlp_mod.load(model)
    except DatelineError as exc:
        fail(str(exc))
    extractions = [r for r in extract_many(articles, nlp=nlp) if not isinstance(r, Rejected)]
    namesakes = distinct_people(extractions, person)
    if len(namesakes) > 1:
        if fmt is Format.json:
            sys.stdout.write(json.dumps({"found": True, "ambiguous": namesakes}) + "\n")
        else:
            err.print(f"[red]error:[/red] E311: {person!r} is ambiguous: it names {len(namesakes)} different people;"
                      " ask for one of them by full name:", highlight=False)
            for n in namesakes:
                err.print(f"  {n}", highlight=False, markup=False)
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


@eval_app.command("facts")
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
        err.print(f"[{e['type']}] {e['article']}: {json.dumps({k: v for k, v in e.items() if k not in ('type', 'article')}, ensure_ascii=False)}",
                  markup=False, highlight=False)


@eval_app.command("relations")
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


@eval_app.command("gap")
def eval_gap(
    files: list[Path] = typer.Argument(..., help="GAP TSV files (gap-development.tsv ...); each scored, then pooled."),
    fmt: Format = FORMAT_OPTION,
    model: str = MODEL_OPTION,
    errors: int = typer.Option(0, "--errors", help="Print the first N rows answered wrongly."),
) -> None:
    """Score pronoun resolution on GAP: P/R/F1 of the A/B decisions, masculine and feminine F1, bias."""
    from dateline.eval.gap import PARALLELISM_BASELINE, GapFormatError, GapReport, evaluate, format_table

    reports: list[tuple[str, GapReport]] = []
    try:
        nlp = nlp_mod.load(model)
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
        err.print(json.dumps(e, ensure_ascii=False), markup=False, highlight=False)


TIME_POLICY_OPTION = typer.Option(
    "honest", "--policy", help="For month/year-precise dates: honest (default), end-of-period or start-of-period."
)


@app.command("timeml")
def timeml(
    path: Path = typer.Argument(..., help="A dated text file (or plain text with --date)."),
    date: Optional[str] = DATE_OPTION,
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    model: str = MODEL_OPTION,
    policy: str = TIME_POLICY_OPTION,
) -> None:
    """Write the article as TimeML: TIMEX3 tags in TEXT, the article date as DCT."""
    from dateline.extractors.times import POLICIES, extract_times
    from dateline.render.timeml import to_timeml

    check_date(date)
    if policy not in POLICIES:
        raise typer.BadParameter(f"expected one of {', '.join(POLICIES)}", param_hint="--policy")
    items = list(read_paths([path], date=date, warn=warn))
    articles = [a for a in items if not isinstance(a, Rejected)]
    for r in items:
        if isinstance(r, Rejected):
            say("skipped", "red", r.reason)
    if not articles:
        raise typer.Exit(1)
    try:
        nlp = nlp_mod.load(model)
    except DatelineError as exc:
        fail(str(exc))
    chunks = []
    for doc in nlp_mod.pipe(articles, nlp=nlp):
        chunks.append(to_timeml(doc._.article, extract_times(doc, doc._.article, policy=policy)))
    text = "".join(chunks)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


@eval_app.command("times")
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
    try:
        nlp = nlp_mod.load(model)
    except DatelineError as exc:
        fail(str(exc))
    found: Optional[list[dict[str, str]]] = [] if errors > 0 else None
    results = evaluate_dirs(directories, nlp=nlp, errors=found)
    if fmt is Format.json:
        sys.stdout.write(json.dumps({"scores": results, "heideltime_tempeval3": HEIDELTIME}) + "\n")
        out = err  # error listings must not corrupt the JSON on stdout
    else:
        out = Console(soft_wrap=True, highlight=False)
        for row in format_table(results):
            out.print(row, markup=False)
    for row in format_errors(found or [], errors):
        out.print(row, markup=False, highlight=False)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    app()


if __name__ == "__main__":
    main()
