"""The FastAPI application: routers, the one error shape, limits, security headers and the dashboard."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from telik.api.answers import Answers
from telik.api.auth import AccessMiddleware
from telik.api.errors import install_error_handlers
from telik.api.middleware import BodyLimitMiddleware, ConcurrencyLimitMiddleware, SecurityHeadersMiddleware
from telik.api.routers import alerts, documents, entities, events, ingest, outlets, quotes, search, stats
from telik.api.schemas import ErrorPublic
from telik.settings import Settings
from telik.store import Store

STATIC = files("telik.api") / "static"


def create_app(settings: Settings | None = None) -> FastAPI:
    """A Telik API over the store at `settings.db_url`, opened when the app starts and closed when it stops."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store = Store(settings.db_url)
        app.state.answers = Answers(app.state.store)
        try:
            yield
        finally:
            app.state.store.close()

    app = FastAPI(
        title="Telik", version="0.1.0", lifespan=lifespan,
        description="Structured, sourced intelligence from Indonesian news about terrorism and armed conflict. "
                    "Every fact carries character offsets into its document's original text.",
        responses={404: {"model": ErrorPublic}, 422: {"model": ErrorPublic}, 500: {"model": ErrorPublic}},
    )
    app.state.settings = settings
    app.state.processor = None
    install_error_handlers(app)
    for module in (documents, outlets, entities, events, quotes, search, stats, alerts, ingest):
        app.include_router(module.router)
    # Added last = outermost: headers on every answer, the concurrency gates, access control, then the body cap.
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes, timeout=settings.body_timeout)
    app.add_middleware(AccessMiddleware, settings=settings)
    app.add_middleware(ConcurrencyLimitMiddleware, limit=settings.max_concurrency, per_client=settings.max_per_client)
    app.add_middleware(SecurityHeadersMiddleware)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.get("/", include_in_schema=False)
    async def dashboard() -> FileResponse:
        return FileResponse(str(STATIC / "index.html"), media_type="text/html")

    return app
