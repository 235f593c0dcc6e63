"""Who may use the API: tokens with a read or an ingest role, a Host allow-list, and no cross-site writes.

Checked in one ASGI middleware before any route runs, so no request body is read before its sender is
authorised. A token comes as `Authorization: Bearer TOKEN`, or as the password of HTTP Basic (any user name),
which lets a browser open the dashboard with its own login prompt. Because browsers attach Basic credentials
to cross-site requests too, every write also has to come from the API's own origin (Origin and
Sec-Fetch-Site), which stops a page elsewhere from posting a fake article as a CORS simple request.
"""
from __future__ import annotations

import base64
import binascii
import hmac
import ipaddress
from dataclasses import replace
from typing import Literal
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from telik.api.middleware import send_error
from telik.errors import Errors, TelikError
from telik.settings import Settings

Role = Literal["read", "ingest"]
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
#: Shortest token accepted: 16 characters of `secrets.token_urlsafe()` are 96 bits.
MIN_TOKEN_CHARS = 16
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
_WILDCARDS = ("", "0.0.0.0", "::")
_CHALLENGE = [(b"www-authenticate", b'Basic realm="Telik", charset="UTF-8"'), (b"www-authenticate", b"Bearer")]


def is_loopback(host: str) -> bool:
    """True when `host` (a name or an address to listen on) is reachable from this machine only."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_name(value: str) -> str:
    """The host of a Host header or an origin's netloc, lower-case, without port or IPv6 brackets."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def presented_token(headers: Headers) -> str | None:
    """The token in `Authorization`: Bearer, or the password of Basic."""
    scheme, _, value = headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer":
        return value.strip() or None
    if scheme.lower() == "basic":
        try:
            _, _, password = base64.b64decode(value.strip(), validate=True).decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None
        return password or None
    return None


def _matches(token: str, tokens: tuple[str, ...]) -> bool:
    found = False
    for known in tokens:  # compare with every token, in constant time each
        found |= hmac.compare_digest(token.encode(), known.encode())
    return found


def role_of(token: str | None, settings: Settings) -> Role | None:
    """The role a token grants: ingest (which includes reading), read, or none."""
    if token is None:
        return None
    if _matches(token, settings.api_ingest_tokens):
        return "ingest"
    return "read" if _matches(token, settings.api_read_tokens) else None


def cross_site(headers: Headers) -> str | None:
    """Why a write looks cross-site (browsers send these headers and pages cannot forge them), else None."""
    site = headers.get("sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        return f"Sec-Fetch-Site is {site!r}"
    origin = headers.get("origin")
    if origin is not None:
        parts = urlsplit(origin)
        if origin == "null" or parts.netloc.lower() != headers.get("host", "").lower():
            return f"Origin {origin[:100]!r} is not this server"
    return None


class AccessMiddleware:
    """Host allow-list, then token and role, then same-origin writes; every refusal before the body is read."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.hosts = {host_name(h) for h in settings.api_hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if self.hosts and host_name(headers.get("host", "")) not in self.hosts:
            await send_error(send, 400, "Host header not served here; add it to TELIK_API_HOSTS")
            return
        write = scope["method"] not in SAFE_METHODS
        if self.settings.api_read_tokens or self.settings.api_ingest_tokens:
            role = role_of(presented_token(headers), self.settings)
            if role is None:
                await send_error(send, 401, "a valid API token is required (Authorization: Bearer TOKEN)",
                                 extra=_CHALLENGE)
                return
            if write and role != "ingest":
                await send_error(send, 403, "this token may read only; writing needs an ingest token")
                return
        if write and (why := cross_site(headers)):
            await send_error(send, 403, f"cross-site write refused: {why}")
            return
        await self.app(scope, receive, send)


def _checked(name: str, tokens: tuple[str, ...]) -> tuple[str, ...]:
    for token in tokens:
        if len(token) < MIN_TOKEN_CHARS:
            raise TelikError(Errors.E021, name=name, length=len(token), minimum=MIN_TOKEN_CHARS)
    return tokens


def serve_settings(settings: Settings, host: str) -> Settings:
    """The API settings for `telik serve --host HOST`: refuses (E020) to listen beyond loopback without tokens.

    The Host allow-list is TELIK_API_HOSTS, else the loopback names plus the address listened on; a wildcard
    address without TELIK_API_HOSTS answers any Host (the tokens are then the guard).
    """
    read = _checked("TELIK_API_READ_TOKENS", settings.api_read_tokens)
    ingest = _checked("TELIK_API_INGEST_TOKENS", settings.api_ingest_tokens)
    if not is_loopback(host):
        if not read and not ingest:
            raise TelikError(Errors.E020, host=host, missing="TELIK_API_READ_TOKENS")
        if settings.api_allow_ingest and not ingest:
            raise TelikError(Errors.E020, host=host, missing="TELIK_API_INGEST_TOKENS")
    if settings.api_hosts:
        hosts = settings.api_hosts
    elif host in _WILDCARDS:
        hosts = ()
    else:
        hosts = tuple(dict.fromkeys((*LOOPBACK_NAMES, host_name(host))))
    return replace(settings, api_hosts=hosts)
