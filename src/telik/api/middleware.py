"""ASGI middleware: a body-size cap and deadline that also count chunked bodies, concurrency limits (overall and
per client), security headers."""
from __future__ import annotations

import asyncio
import json
from collections import Counter
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from telik.api.errors import error_body

#: The dashboard loads only its own files; nothing inline, nothing from elsewhere.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
#: Swagger UI at /docs loads its assets from a CDN and starts with an inline script; only there.
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
            "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
            "img-src 'self' data: https://fastapi.tiangolo.com; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
DOCS_PATHS = ("/docs", "/redoc")


async def send_error(send: Send, status: int, message: str, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    """Answer with an error in the one shape, straight from the ASGI layer."""
    body = json.dumps(error_body(status, message)).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *(extra or [])]})
    await send({"type": "http.response.body", "body": body})


class BodyLimitMiddleware:
    """Refuse bodies over `max_bytes` (413) or slower than `timeout` seconds in all (408).

    Nothing is read here: the cap and the deadline apply as the route reads, so a route that refuses a request
    (no ingest permission, say) never waits for its body. A declared Content-Length over the cap is refused at once.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, timeout: float = 10.0) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.timeout = timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        too_big = f"request body over the limit of {self.max_bytes} bytes"
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await send_error(send, 413, too_big, [(b"connection", b"close")])
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        size = 0

        async def limited() -> Message:
            nonlocal size
            try:
                message = await asyncio.wait_for(receive(), max(deadline - loop.time(), 0.001))
            except TimeoutError:
                raise HTTPException(408, f"request body not received within {self.timeout:g} s",
                                    headers={"connection": "close"}) from None
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                raise HTTPException(413, too_big, headers={"connection": "close"})
            return message

        await self.app(scope, limited, send)


class ConcurrencyLimitMiddleware:
    """At most `limit` requests at once, and `per_client` from one address; the next get 503 or 429 with
    Retry-After instead of piling up, so a few slow clients cannot take every slot."""

    def __init__(self, app: ASGIApp, limit: int, per_client: int = 0) -> None:
        self.app = app
        self.limit = limit
        self.per_client = per_client
        self.active = 0
        self.by_client: Counter[str] = Counter()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = scope["client"][0] if scope.get("client") else ""
        if self.per_client and self.by_client[client] >= self.per_client:
            await send_error(send, 429, f"more than {self.per_client} requests at once from one client; retry shortly",
                             [(b"retry-after", b"1")])
            return
        if self.active >= self.limit:
            await send_error(send, 503, "server busy; retry shortly", [(b"retry-after", b"1")])
            return
        self.active += 1  # single event loop: no await between the checks and the increments
        self.by_client[client] += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.active -= 1
            self.by_client[client] -= 1
            if not self.by_client[client]:
                del self.by_client[client]


class SecurityHeadersMiddleware:
    """Content-Security-Policy, nosniff, no referrer and no framing on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = DOCS_CSP if scope["path"] in DOCS_PATHS else CSP

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers: list[Any] = [h for h in message.get("headers", [])
                                      if h[0].lower() != b"content-security-policy"]
                headers += [(b"content-security-policy", csp.encode()), (b"x-content-type-options", b"nosniff"),
                            (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


__all__ = ["BodyLimitMiddleware", "ConcurrencyLimitMiddleware", "SecurityHeadersMiddleware"]
