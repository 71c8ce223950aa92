"""Routes of the explorer. Each page builds its records with dateline.web.views once and renders
them with a template; ``?format=json`` returns the same records."""

from __future__ import annotations

from datetime import date
from typing import Any, Callable, Optional

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response

from dateline.errors import DatelineError
from dateline.query.output import csv_text
from dateline.web import charts, views
from dateline.web.templating import render

FORMAT = Query("html", pattern="^(html|json)$", description="html (the page) or json (the same records).")


def _page(request: Request, template: str, data: dict[str, Any], fmt: str, **extra: Any) -> Response:
    if fmt == "json":
        return JSONResponse(data)
    params = dict(request.query_params)
    return HTMLResponse(render(template, d=data, params=params, path=request.url.path, **extra))


def _error_page(request: Request, status: int, code: str, message: str, fmt: str) -> Response:
    if fmt == "json":
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
    return HTMLResponse(render("error.html", code=code, message=message, params=dict(request.query_params), path=request.url.path),
                        status_code=status)


def install(app: FastAPI) -> None:
    """Add the explorer's pages, and the JSON endpoints only the explorer has, to ``app``."""

    def with_store(request: Request, fmt: str, build: Callable[[Any], Response]) -> Response:
        from dateline.store import open_store

        if not app.state.db:
            return _error_page(request, 503, "E203", "this server has no corpus; it was started without a database", fmt)
        try:
            with open_store(app.state.db) as store:
                return build(store)
        except DatelineError as exc:
            status = 404 if exc.code.startswith("E3") and exc.code != "E302" else 400
            return _error_page(request, status, exc.code, exc.web_message(), fmt)

    @app.get("/", response_class=HTMLResponse, summary="Home: search, corpus counts, most-quoted people, recent conflicts, paste form")
    def home(request: Request, format: str = FORMAT) -> Response:
        if not app.state.db:
            empty: dict[str, Any] = {"counts": None, "most_quoted": [], "recent_conflicts": []}
            return _page(request, "home.html", empty, format)
        return with_store(request, format, lambda s: _page(request, "home.html", views.home(s), format))

    @app.get("/search", response_class=HTMLResponse, summary="Search quotes and articles, with filters and pages")
    def search(
        request: Request, q: str = "", since: Optional[str] = None, until: Optional[str] = None,
        channel: Optional[str] = None, speaker: Optional[str] = None, page: int = Query(1, ge=1), format: str = FORMAT,
    ) -> Response:
        def build(s: Any) -> Response:
            data = views.search(s, q, since=since or None, until=until or None, channel=channel or None,
                                speaker=speaker or None, page=page)
            return _page(request, "search.html", data, format)

        return with_store(request, format, build)

    @app.get("/people", response_class=HTMLResponse, summary="Everyone in the corpus, with ids and counts")
    def people(request: Request, sort: str = Query("quotes", pattern="^(quotes|articles|name|id)$"), format: str = FORMAT) -> Response:
        return with_store(request, format, lambda s: _page(request, "people.html", views.people(s, sort), format))

    @app.get("/api/people", summary="Everyone in the corpus, with ids and counts (JSON)")
    def api_people(request: Request, sort: str = Query("quotes", pattern="^(quotes|articles|name|id)$")) -> Response:
        return with_store(request, "json", lambda s: JSONResponse(views.people(s, sort)))

    @app.get("/people/{pid}", response_class=HTMLResponse, summary="A person: facts, relations, age, quotes and charts")
    def person(request: Request, pid: int, format: str = FORMAT) -> Response:
        def build(s: Any) -> Response:
            data = views.person(s, pid, today=date.today())
            per_month = charts.stacked_months(((m["month"], m["channel"], m["quotes"]) for m in data["quotes_per_month"]),
                                              f"Quotes by {data['name']} per month, by channel")
            totals: dict[str, int] = {}
            for m in data["quotes_per_month"]:
                totals[m["channel"]] = totals.get(m["channel"], 0) + m["quotes"]
            by_channel = charts.horizontal(totals, f"Quotes by {data['name']} by channel")
            return _page(request, "person.html", data, format, per_month=per_month, by_channel=by_channel)

        return with_store(request, format, build)

    @app.get("/people/{pid}/timeline", response_class=HTMLResponse, summary="A person's events, facts and quotes on a time axis")
    def timeline(request: Request, pid: int, format: str = FORMAT) -> Response:
        def build(s: Any) -> Response:
            data = views.timeline(s, pid)
            return _page(request, "timeline.html", data, format, chart=charts.timeline(data["events"], f"Timeline of {data['name']}"))

        return with_store(request, format, build)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, summary="One article, highlighted, names linked")
    def article(request: Request, article_id: str, at: Optional[str] = Query(None, pattern=r"^\d+-\d+$"), format: str = FORMAT) -> Response:
        span = tuple(int(x) for x in at.split("-")) if at else None

        def build(s: Any) -> Response:
            data, h = views.article(s, article_id, at=span)  # type: ignore[arg-type]
            return _page(request, "article.html", data, format, h=h)

        return with_store(request, format, build)

    @app.get("/conflicts", response_class=HTMLResponse, summary="Facts that cannot all be true, both evidences side by side")
    def conflicts(request: Request, format: str = FORMAT) -> Response:
        return with_store(request, format, lambda s: _page(request, "conflicts.html", views.conflicts(s), format))

    @app.get("/sources", response_class=HTMLResponse, summary="Who is quoted: by organization, channel and stated gender, per month")
    def sources(request: Request, format: str = Query("html", pattern="^(html|json|csv)$")) -> Response:
        def build(s: Any) -> Response:
            data = views.sources(s)
            if format == "csv":
                return _csv(data["rows"])
            rows = data["rows"]
            return _page(
                request, "sources.html", data, format,
                by_channel=charts.stacked_months(((r["month"], r["channel"], r["quotes"]) for r in rows), "Quotes per month, by channel"),
                by_gender=charts.stacked_months(((r["month"], r["gender"], r["quotes"]) for r in rows),
                                                "Share of quotes per month by the speaker's gender as the text states it",
                                                colors=charts.GENDER_COLORS, share=True),
            )

        return with_store(request, "html" if format == "csv" else format, build)

    @app.get("/api/sources", summary="The numbers behind /sources: quotes per month, speaker, organization, gender, channel")
    def api_sources(request: Request, format: str = Query("json", pattern="^(json|csv)$")) -> Response:
        def build(s: Any) -> Response:
            rows = views.sources(s)["rows"]
            return _csv(rows) if format == "csv" else JSONResponse({"count": len(rows), "results": rows})

        return with_store(request, format if format == "json" else "json", build)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs(request: Request) -> Response:
        return HTMLResponse(render("docs.html", api=app.openapi(), params={}, path="/docs"))


def _csv(rows: list[dict[str, Any]]) -> Response:
    return PlainTextResponse(csv_text(rows), media_type="text/csv",
                             headers={"content-disposition": 'attachment; filename="dateline-sources.csv"'})
