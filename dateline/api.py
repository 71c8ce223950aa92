"""The HTTP API; the explorer's pages are in dateline/web. Each resource builds its data once; JSON and HTML are two
renderings of the same dict, and every error has the same shape:
``{"error": {"code": ..., "message": ...}}``.
"""

from __future__ import annotations

from typing import Any, Optional

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field

from dateline import __version__
from dateline.errors import DatelineError
from dateline.model import Extraction


class ExtractRequest(BaseModel):
    text: str = Field(description="The article: dated text, or plain text with `date`.")
    date: Optional[str] = Field(default=None, description="YYYY, YYYY-MM or YYYY-MM-DD when the text has no header.")
    id: str = "article"


def error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def create_app(*, db: Optional[str] = None, model: Optional[str] = None) -> FastAPI:
    """Build the ASGI app. ``db`` is the corpus database URL for the corpus endpoints."""
    from dateline.nlp import DEFAULT_MODEL

    # /docs is dateline's own offline page (dateline/web): Swagger UI and ReDoc would load from a CDN.
    app = FastAPI(title="dateline", version=__version__, docs_url=None, redoc_url=None)
    app.state.db = db
    app.state.model = model or DEFAULT_MODEL

    @app.exception_handler(DatelineError)
    async def _dateline_error(request: Request, exc: DatelineError) -> JSONResponse:
        status = 404 if exc.code.startswith("E3") else 400
        return error(status, exc.code, exc.web_message())

    @app.exception_handler(404)
    async def _not_found(request: Request, exc: Any) -> JSONResponse:
        return error(404, "E404", f"no such resource: {request.url.path}")

    from fastapi.exceptions import RequestValidationError

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return error(422, "E422", f"{where}: {first.get('msg', 'invalid request')}")

    @app.get("/api/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "model": app.state.model, "db": bool(app.state.db)}

    @app.post("/api/extract", response_model=None)
    def extract_endpoint(req: ExtractRequest, format: str = Query("json", pattern="^(json|html|fragment)$")) -> Any:
        from dateline.nlp import load
        from dateline.pipeline import extract_article
        from dateline.read import from_dated_text
        from dateline.render.html import render_fragment, render_html

        article = from_dated_text(req.text, source=req.id, article_id=req.id, date=req.date)
        result: Extraction = extract_article(article, nlp=load(app.state.model))
        if format == "html":
            return HTMLResponse(render_html(article, result))
        if format == "fragment":  # the highlighted article alone, for the web page's paste form
            return HTMLResponse(render_fragment(article, result))
        return JSONResponse(result.model_dump(mode="json"))

    _corpus_routes(app)
    from dateline.web.pages import install

    install(app)
    return app


class Client:
    """Calls the app in-process over httpx's ASGI transport: no server, no port.
    Used by `dateline serve --get` and by the tests."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        import asyncio

        import httpx

        async def go() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://dateline.local") as client:
                return await client.request(method, path, **kwargs)

        return asyncio.run(go())

    def get(self, path: str, **kwargs: Any) -> Any:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> Any:
        return self.request("POST", path, **kwargs)


def _corpus_routes(app: FastAPI) -> None:
    """Corpus endpoints over the store. Each builds its records once with dateline.query;
    ``?format=html`` renders the same records as a table."""
    from dataclasses import asdict

    from dateline import query
    from dateline.web.templating import render

    def respond(records: list[Any], fmt: str, title: str) -> Any:
        if fmt == "html":
            rows = [query.flatten(r) for r in records]
            return HTMLResponse(render("records.html", title=title, rows=rows, columns=list(rows[0]) if rows else [],
                                       params={}, path=""))
        return JSONResponse({"count": len(records), "results": [asdict(r) for r in records]})

    def with_store(fn: Any) -> Any:
        from dateline.store import open_store

        if not app.state.db:
            return error(503, "E203", "this server has no corpus; it was started without a database")
        with open_store(app.state.db) as store:
            return fn(store)

    fmt_q = Query("json", pattern="^(json|html)$")

    @app.get("/api/search", response_model=None)
    def search(q: str = Query(..., min_length=1), limit: int = Query(20, ge=1, le=500), format: str = fmt_q) -> Any:
        return with_store(lambda s: respond(query.search(s, q, limit=limit), format, f"Search: {q}"))

    @app.get("/api/quotes", response_model=None)
    def quotes(
        speaker: Optional[str] = Query(None, min_length=1),
        since: Optional[str] = None,
        until: Optional[str] = None,
        channel: Optional[str] = None,
        format: str = fmt_q,
    ) -> Any:
        return with_store(
            lambda s: respond(query.quotes(s, by=speaker, since=since, until=until, channel=channel), format,
                              f"Quotes by {speaker}" if speaker else "Quotes")
        )

    @app.get("/api/people/{name}", response_model=None)
    def person(name: str, format: str = fmt_q) -> Any:
        return with_store(lambda s: respond(query.person(s, name), format, name))

    @app.get("/api/people/{name}/timeline", response_model=None)
    def timeline(name: str, format: str = fmt_q) -> Any:
        return with_store(lambda s: respond(query.timeline(s, name), format, f"Timeline: {name}"))

    @app.get("/api/people/{name}/facts", response_model=None)
    def facts(name: str, as_of: str = Query(..., description="YYYY-MM-DD"), format: str = fmt_q) -> Any:
        return with_store(lambda s: respond(query.facts(s, name, as_of=as_of), format, f"{name} as of {as_of}"))

    @app.get("/api/conflicts", response_model=None)
    def conflicts(format: str = fmt_q) -> Any:
        return with_store(lambda s: respond(query.conflicts(s), format, "Conflicts"))
