"""The API's outer guard: a request body limit enforced while the body streams in, and one
catch-all that logs an unexpected exception's traceback on the server and answers the client
with the same ``{"error": {"code", "message"}}`` shape as every other error, never a traceback.

Both live in one plain ASGI middleware (not a FastAPI exception handler): FastAPI turns any
failure while reading a body into a generic 400, and Starlette re-raises unhandled exceptions
after its own 500 page, so neither would give the 413 or the shape we want.
"""

from __future__ import annotations

import json
import logging
import os
from typing import Any, Awaitable, Callable

log = logging.getLogger("dateline.api")

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Documented in the README (Limits): the largest request body the API reads, in bytes.
MAX_BODY_BYTES = int(os.environ.get("DATELINE_MAX_BODY_BYTES", 10_000_000))


class _TooLarge(Exception):
    pass


async def send_error(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class Guard:
    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body = max_body

    def _too_large(self, size: str) -> tuple[int, str, str]:
        return 413, "E413", f"request body of {size} bytes is over the limit of {self.max_body:,} (DATELINE_MAX_BODY_BYTES)"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_body:
            # refused from the header alone: the body is never read into memory
            await send_error(send, *self._too_large(f"{int(declared):,}"))
            return
        state = {"read": 0, "over": False, "started": False}

        async def guarded_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                state["read"] += len(message.get("body", b""))
                if state["read"] > self.max_body:
                    state["over"] = True
                    raise _TooLarge
            return message

        async def guarded_send(message: Message) -> None:
            if state["over"]:
                return  # the app's answer to a body cut short is replaced by the 413 below
            if message["type"] == "http.response.start":
                state["started"] = True
            await send(message)

        try:
            await self.app(scope, guarded_receive, guarded_send)
        except Exception:
            if not state["over"]:
                log.exception("unexpected error on %s %s", scope.get("method"), scope.get("path"))
                if not state["started"]:
                    await send_error(send, 500, "E500", "internal error; the server log has the details")
                return
        if state["over"]:
            await send_error(send, *self._too_large(f"more than {self.max_body:,}"))
