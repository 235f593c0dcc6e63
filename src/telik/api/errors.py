"""One JSON error shape for every error the API returns: {"error": {status, code, message, detail}}."""
from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger(__name__)

#: Machine-readable codes by HTTP status.
CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         408: "request_timeout", 413: "payload_too_large", 415: "unsupported_media_type", 422: "invalid_request",
         429: "too_many_requests", 500: "internal_error", 503: "busy"}


def error_body(status: int, message: str, detail: Any = None) -> dict[str, Any]:
    """The body of every error response."""
    code = CODES.get(status) or HTTPStatus(status).phrase.lower().replace(" ", "_")
    return {"error": {"status": status, "code": code, "message": message, "detail": detail}}


def error_response(status: int, message: str, detail: Any = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    """An error as a JSON response in the one shape."""
    return JSONResponse(error_body(status, message, detail), status_code=status, headers=headers)


async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
    return error_response(exc.status_code, message, None, getattr(exc, "headers", None))


def _clean(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Validation errors without the echoed input (it may be huge or hostile)."""
    return [{"loc": list(e.get("loc", ())), "type": e.get("type"), "msg": e.get("msg")} for e in errors]


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = _clean(list(exc.errors()))
    first = errors[0] if errors else {}
    where = ".".join(str(p) for p in first.get("loc", []))
    return error_response(422, f"invalid {where}: {first.get('msg', 'invalid request')}", jsonable_encoder(errors))


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return error_response(500, "internal error; the server log has the details")


def install_error_handlers(app: FastAPI) -> None:
    """Route every kind of failure to the one error shape."""
    # Starlette types every handler as taking a bare Exception, so handlers of a subclass need the ignore.
    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _unexpected)
