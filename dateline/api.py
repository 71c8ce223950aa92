"""The HTTP API and web page. Each resource builds its data once; JSON and HTML are two
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

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>dateline</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem}
textarea{width:100%;height:14rem;font:14px/1.4 Georgia,serif}input,button{font-size:1rem}
#out iframe{width:100%;height:40rem;border:1px solid #ccc}table{border-collapse:collapse}
td,th{border-bottom:1px solid #eee;padding:.2rem .5rem;text-align:left;vertical-align:top}</style></head>
<body><h1>dateline</h1><p>Paste a dated article (first line <code>date YYYY-MM-DD</code>, or fill in the date)
and see who said what, who is who, and when.</p>
<form id="f"><textarea name="text" id="text" placeholder="date 2024-03-05&#10;&#10;Article body..."></textarea>
<p><label>Date (if the text has no header) <input name="date" id="date" placeholder="2024-03-05"></label>
<button type="submit">Extract</button></p></form>
<div id="msg"></div><div id="out"></div>
<script>
document.getElementById('f').addEventListener('submit', async (e) => {
  e.preventDefault();
  const body = {text: document.getElementById('text').value};
  const d = document.getElementById('date').value.trim(); if (d) body.date = d;
  const r = await fetch('/api/extract?format=html', {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify(body)});
  const msg = document.getElementById('msg'), out = document.getElementById('out');
  if (!r.ok) { const j = await r.json(); msg.textContent = j.error.code + ': ' + j.error.message; out.innerHTML = ''; return; }
  msg.textContent = ''; const f = document.createElement('iframe'); f.srcdoc = await r.text(); out.replaceChildren(f);
});
</script></body></html>"""


class ExtractRequest(BaseModel):
    text: str = Field(description="The article: dated text, or plain text with `date`.")
    date: Optional[str] = Field(default=None, description="YYYY, YYYY-MM or YYYY-MM-DD when the text has no header.")
    id: str = "article"


def error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def create_app(*, db: Optional[str] = None, model: Optional[str] = None) -> FastAPI:
    """Build the ASGI app. ``db`` is the corpus database URL for the corpus endpoints."""
    from dateline.nlp import DEFAULT_MODEL

    app = FastAPI(title="dateline", version=__version__)
    app.state.db = db
    app.state.model = model or DEFAULT_MODEL

    @app.exception_handler(DatelineError)
    async def _dateline_error(request: Request, exc: DatelineError) -> JSONResponse:
        status = 404 if exc.code.startswith("E3") else 400
        return error(status, exc.code, str(exc).split(": ", 1)[-1])

    @app.exception_handler(404)
    async def _not_found(request: Request, exc: Any) -> JSONResponse:
        return error(404, "E404", f"no such resource: {request.url.path}")

    from fastapi.exceptions import RequestValidationError

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return error(422, "E422", f"{where}: {first.get('msg', 'invalid request')}")

    @app.get("/", response_class=HTMLResponse)
    def page() -> str:
        return PAGE

    @app.get("/api/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "model": app.state.model, "db": bool(app.state.db)}

    @app.post("/api/extract", response_model=None)
    def extract_endpoint(req: ExtractRequest, format: str = Query("json", pattern="^(json|html)$")) -> Any:
        from dateline.nlp import load, pipe
        from dateline.pipeline import extract_doc
        from dateline.read import from_dated_text
        from dateline.render.html import render_html

        article = from_dated_text(req.text, source=req.id, article_id=req.id, date=req.date)
        doc = next(pipe([article], nlp=load(app.state.model)))
        result: Extraction = extract_doc(doc, article)
        if format == "html":
            return HTMLResponse(render_html(article, result))
        return JSONResponse(result.model_dump(mode="json"))

    _corpus_routes(app)
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
    """Corpus endpoints over the store; each answers 503 with the error shape when no --db is set."""
    return None
