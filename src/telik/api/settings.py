"""The API's options in one typed object, injected into every route with `Depends(get_api_settings)`."""
from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import Request

from telik.settings import get_settings

#: Highest `limit` a list call accepts; fixed when the routes are declared (TELIK_MAX_PAGE).
MAX_PAGE = get_settings().max_page


@dataclass(frozen=True)
class ApiSettings:
    #: Database the API reads (and, with ingestion allowed, writes).
    db_url: str = field(default_factory=lambda: get_settings().db_url)
    #: Accept POST /api/ingest (`telik serve --allow-ingest`); read-only otherwise.
    allow_ingest: bool = False
    #: Highest `limit` a list call accepts (TELIK_MAX_PAGE).
    max_page: int = MAX_PAGE
    #: Largest request body, in bytes, counted as it streams in, chunked or not (TELIK_MAX_BODY_BYTES).
    max_body_bytes: int = field(default_factory=lambda: get_settings().max_body_bytes)
    #: Requests handled at once; more get 503 at once instead of queueing (TELIK_MAX_CONCURRENCY).
    max_concurrency: int = field(default_factory=lambda: get_settings().max_concurrency)
    #: Most articles one ingestion request may carry (TELIK_MAX_INGEST_ARTICLES).
    max_ingest_articles: int = field(default_factory=lambda: get_settings().max_ingest_articles)
    #: Tokens that may read; with any token set, every request needs one (TELIK_API_READ_TOKENS).
    read_tokens: tuple[str, ...] = field(default_factory=lambda: get_settings().api_read_tokens)
    #: Tokens that may also POST /api/ingest (TELIK_API_INGEST_TOKENS).
    ingest_tokens: tuple[str, ...] = field(default_factory=lambda: get_settings().api_ingest_tokens)
    #: Host header values answered; empty: any (`telik serve` fills it, see `telik.api.auth.serve_settings`).
    allowed_hosts: tuple[str, ...] = ()
    #: Seconds a client has to send a whole request body; slower ones get 408 (TELIK_BODY_TIMEOUT).
    body_timeout: float = field(default_factory=lambda: get_settings().body_timeout)
    #: Requests one client address may have in flight at once; more get 429 (TELIK_MAX_PER_CLIENT).
    max_per_client: int = field(default_factory=lambda: get_settings().max_per_client)


def get_api_settings(request: Request) -> ApiSettings:
    """The settings the running app was created with."""
    settings: ApiSettings = request.app.state.settings
    return settings
