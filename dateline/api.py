"""The HTTP API; the explorer's pages are in dateline/web. Each resource builds its data once; JSON and HTML are two
renderings of the same dict, and every error has the same shape:
``{"error": {"code": ..., "message": ...}}``.
"""

from __future__ import annotations

import os
from typing import Any, Optional

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field

from dateline import __version__
from dateline.errors import DatelineError
from dateline.model import Extraction


class ExtractRequest(BaseModel):
    text: str = Field(description="The article: dated text, or plain text with `date`.")
    date: Optional[str] = Field(default=None, max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD when the text has no header.")
    id: str = Field(default="article", min_length=1, max_length=200)


# Documented in the README (Limits): seconds one extraction request may take before it is stopped.
EXTRACT_SECONDS = float(os.environ.get("DATELINE_EXTRACT_SECONDS", 30))
# Error codes that are the client's to fix (422) or a limit the server hit (503); other E3xx are 404.
STATUS = {"E302": 422, "E306": 422, "E308": 422, "E307": 503, "E312": 503, "E103": 503}


def error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def create_app(
    *,
    db: Optional[str] = None,
    model: Optional[str] = None,
    max_body: Optional[int] = None,
    extract_seconds: Optional[float] = None,
) -> FastAPI:
    """Build the ASGI app. ``db`` is the corpus database URL for the corpus endpoints;
    ``max_body`` (bytes) and ``extract_seconds`` override the documented limits."""
    from starlette.exceptions import HTTPException

    from dateline.defaults import DEFAULT_MODEL
    from dateline.guard import MAX_BODY_BYTES, Guard

    # /docs is dateline's own offline page (dateline/web): Swagger UI and ReDoc would load from a CDN.
    app = FastAPI(title="dateline", version=__version__, docs_url=None, redoc_url=None)
    app.state.db = db
    app.state.model = model or DEFAULT_MODEL
    app.state.extract_seconds = extract_seconds or EXTRACT_SECONDS
    app.add_middleware(Guard, max_body=max_body or MAX_BODY_BYTES)

    @app.exception_handler(DatelineError)
    async def _dateline_error(request: Request, exc: DatelineError) -> JSONResponse:
        status = STATUS.get(exc.code, 404 if exc.code.startswith("E3") else 400)
        return error(status, exc.code, exc.web_message())

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> JSONResponse:
        if exc.status_code == 404:
            return error(404, "E404", f"no such resource: {request.url.path}")
        message = "the request body is not valid JSON in UTF-8" if exc.status_code == 400 else str(exc.detail)
        return error(exc.status_code, f"E{exc.status_code}", message)

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
        result: Extraction = extract_article(article, nlp=load(app.state.model), budget=app.state.extract_seconds)
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
        from dateline.store import QUERY_SECONDS, open_store

        if not app.state.db:
            return error(503, "E203", "this server has no corpus; it was started without a database")
        with open_store(app.state.db) as store:
            store.bound(QUERY_SECONDS)
            return fn(store)

    fmt_q = Query("json", pattern="^(json|html)$")
    limit_q = Query(None, ge=1, le=10_000)
    offset_q = Query(0, ge=0, le=1_000_000)

    @app.get("/api/search", response_model=None)
    def search(
        q: str = Query(..., min_length=1), limit: int = Query(20, ge=1, le=500), offset: int = offset_q, format: str = fmt_q
    ) -> Any:
        return with_store(lambda s: respond(query.search(s, q, limit=limit, offset=offset), format, f"Search: {q}"))

    @app.get("/api/quotes", response_model=None)
    def quotes(
        speaker: Optional[str] = Query(None, min_length=1),
        since: Optional[str] = None,
        until: Optional[str] = None,
        channel: Optional[str] = None,
        limit: Optional[int] = limit_q,
        offset: int = offset_q,
        format: str = fmt_q,
    ) -> Any:
        return with_store(lambda s: respond(
            query.page(query.quotes(s, by=speaker, since=since, until=until, channel=channel), limit, offset), format,
            f"Quotes by {speaker}" if speaker else "Quotes",
        ))

    @app.get("/api/people/{name}", response_model=None)
    def person(name: str, format: str = fmt_q) -> Any:
        return with_store(lambda s: respond(query.person(s, name), format, name))

    @app.get("/api/people/{name}/timeline", response_model=None)
    def timeline(name: str, limit: Optional[int] = limit_q, offset: int = offset_q, format: str = fmt_q) -> Any:
        return with_store(lambda s: respond(query.page(query.timeline(s, name), limit, offset), format, f"Timeline: {name}"))

    @app.get("/api/people/{name}/facts", response_model=None)
    def facts(name: str, as_of: str = Query(..., description="YYYY-MM-DD"), format: str = fmt_q) -> Any:
        return with_store(lambda s: respond(query.facts(s, name, as_of=as_of), format, f"{name} as of {as_of}"))

    @app.get("/api/conflicts", response_model=None)
    def conflicts(format: str = fmt_q) -> Any:
        return with_store(lambda s: respond(query.conflicts(s), format, "Conflicts"))
