"""Every user-facing error, each with a code, the input at fault and what to do next.

Hierarchy::

    DatelineError
    ├── InputError        a file or record cannot be read as an article (E0xx)
    ├── ExtractionError   a stage failed on one article (E1xx)
    ├── StoreError        the corpus database refused an operation (E2xx)
    ├── QueryError        a question cannot be answered as asked (E3xx)
    └── ClusterError      the Dask cluster of `batch`/`ingest` cannot be used (E4xx)
"""

from __future__ import annotations


class Messages:
    E001 = "{source}: no 'date YYYY-MM[-DD]' header; pass --date YYYY-MM-DD or add a 'date' line"
    E002 = "{source}: invalid date {value!r} ({reason}); use YYYY, YYYY-MM or YYYY-MM-DD"
    E003 = "{source}: the article body is empty"
    E004 = "{source}: not a text file (it contains NUL bytes)"
    E005 = "{source}: invalid UTF-8 at byte {offset}; decoded with replacement characters"
    E006 = "{source}: line {line}: not valid JSON ({reason})"
    E007 = "{source}: line {line}: record must be a JSON object with 'id', 'date' and 'text' ({reason})"
    E008 = "{source}: no such file or directory"
    E009 = "{source}: no article files found (looked for *.txt, *.jsonl, *.html)"
    E010 = "{source}: cannot read HTML ({reason})"
    E011 = "{source}: {size:,} {unit} is over the limit of {limit:,}; split it into several articles"
    E012 = "{source}: cannot read ({reason})"
    E013 = "{source}: skipped: {reason}"
    E014 = "{source}: text holds a lone surrogate (\\u{point:04x}) at character {offset}; JSON \\u escapes must come in pairs"
    E015 = "{source}: line {line}: field {field!r} must be {expected}, not {found}"
    E101 = "article {article_id}: {stage} stage failed: {reason}"
    E103 = "article {article_id}: extraction took longer than {seconds:g} s, the time budget; send a shorter article"
    E102 = "spaCy pipeline {model!r} is not installed; install it or pass --model with an installed pipeline"
    E201 = "{db}: cannot open database ({reason})"
    E203 = "no corpus database; start the server with --db PATH_OR_URL"
    E204 = "no corpus at {db}; create one with dateline ingest FILES --db {db}"
    E202 = "{db}: schema version {found} is newer than this dateline supports ({supported}); upgrade dateline"
    E301 = "no person matches {name!r}; try 'dateline search {name}'"
    E302 = "invalid date {value!r} for {flag}; use YYYY-MM-DD"
    E303 = "{name!r} and the other name are the same person; nothing to merge"
    E304 = "{name!r} has no mention in article(s) {articles}; see 'dateline person {name}' for its articles"
    E306 = "{what} is too long ({size} {unit}; the limit is {limit}); ask a shorter question"
    E307 = "the query took longer than {seconds:g} s and was stopped; narrow it (fewer or rarer words, a smaller --limit)"
    E308 = "{what} must not contain NUL characters"
    E305 = "{name!r} matches several people ({ids}); pass one id, such as {first}"
    E309 = "person #{old} was merged into #{new} ({name}); ask for #{new}"
    E310 = "no article {article!r} in the corpus"
    E312 = "the change took longer than {seconds:g} s and was stopped; nothing was changed"
    E311 = "{name!r} is ambiguous: it names {count} different people ({names}); use a full name"
    E401 = "cannot reach a Dask scheduler at {address} ({reason}); check the address and that the scheduler runs"
    E402 = "{address!r} is not a Dask scheduler address ({reason}); use tcp://HOST:PORT"
    E403 = "could not start a local Dask cluster of {workers} worker(s) ({reason}); retry, or run without --workers"


class WebMessages:
    """The same errors in the web's words: the page and the API name fields and pages, not CLI flags."""

    E001 = "{source}: no 'date YYYY-MM[-DD]' header; fill in the date field or start the text with a 'date' line"
    E203 = "this server has no corpus; it was started without a database"
    E204 = "no corpus at {db}"
    E301 = "no person matches {name!r}; try searching for it"
    E302 = "invalid date {value!r} for {field}; use YYYY-MM-DD"
    E304 = "{name!r} has no mention in article(s) {articles}"
    E307 = "the query took longer than {seconds:g} s and was stopped; narrow it (fewer or rarer words, a smaller limit)"


class DatelineError(Exception):
    code = "E000"

    def web_message(self) -> str:
        """The message without its code, worded for the web page and the API."""
        template = getattr(WebMessages, self.code, None)
        if template is None:
            return str(self).split(": ", 1)[-1]
        flag = str(self.fields.get("flag", ""))
        return template.format(article_id=self.article_id, field=flag.lstrip("-").replace("-", "_"), **self.fields)

    def __init__(
        self,
        code: str,
        *,
        article_id: str | None = None,
        span: tuple[int, int] | None = None,
        **fields: object,
    ) -> None:
        self.code = code
        self.article_id = article_id
        self.span = span
        self.fields = fields
        template = getattr(Messages, code)
        super().__init__(f"{code}: " + template.format(article_id=article_id, **fields))


class InputError(DatelineError):
    """A file or record that cannot become an Article."""


class ExtractionError(DatelineError):
    pass


class StoreError(DatelineError):
    pass


class QueryError(DatelineError):
    pass


class ClusterError(DatelineError):
    """The Dask scheduler given to `batch` or `ingest` cannot be reached or is not an address."""
