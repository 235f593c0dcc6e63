"""Ingestion: POST text, HTML, JSON or JSONL; returns what was extracted. Only with `--allow-ingest`."""
from __future__ import annotations

import hashlib
import threading
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import TypeAdapter, ValidationError

from telik.api.deps import NO_CONTROL, StoreDep
from telik.api.schemas import ArticleCreate, ErrorPublic, IngestResult
from telik.api.settings import get_api_settings
from telik.errors import TelikError
from telik.ingest.decode import NotText, decode_bytes, load_json, normalize_text
from telik.ingest.html import extract_page
from telik.ingest.jsonl import read_records, record_article
from telik.model import Article, ReadError
from telik.process import Processor
from telik.settings import Settings
from telik.store import Store, ingest_articles

router = APIRouter(prefix="/api/ingest", tags=["ingest"])

UPLOAD = Path("upload")
JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json-lines")
_ARTICLES = TypeAdapter(ArticleCreate | list[ArticleCreate])
_lock = threading.Lock()  # one ingestion at a time: the corpus stage re-reads the whole store


def require_ingest(settings: Annotated[Settings, Depends(get_api_settings)]) -> Settings:
    """403 unless the server was started with --allow-ingest."""
    if not settings.api_allow_ingest:
        raise HTTPException(403, "ingestion is disabled; start the server with `telik serve --allow-ingest`")
    return settings


def _id(text: str, given: str | None) -> str:
    return normalize_text(given or "") or "api-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _from_json(body: bytes) -> list[Article | ReadError]:
    try:
        data = load_json(decode_bytes(body))
    except (ValueError, NotText) as exc:
        error = {"loc": ("body",), "type": "json_invalid", "msg": f"invalid JSON: {exc}"}
        raise RequestValidationError([error]) from exc
    try:
        parsed = _ARTICLES.validate_python(data)
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_input=False, include_url=False)) from exc
    out: list[Article | ReadError] = []
    for n, item in enumerate(parsed if isinstance(parsed, list) else [parsed], 1):
        record = item.model_dump(exclude_none=True)
        try:
            article = record_article(record, UPLOAD, n)
        except TelikError as exc:  # a record with no text is reported, the rest go on
            out.append(ReadError.of(f"{UPLOAD}:{n}", exc))
            continue
        article.id = _id(article.text, item.id)
        article.source = f"api:{n}"
        out.append(article)
    return out


def _from_markup(body: bytes, html: bool, meta: dict[str, str | None]) -> list[Article | ReadError]:
    try:
        text = decode_bytes(body)
    except NotText as exc:
        raise HTTPException(422, f"body is not text: {exc}") from exc
    page = extract_page(text) if html else None
    content = page.text if page else normalize_text(text)
    if not content.strip():
        raise HTTPException(422, "body holds no text")
    return [Article(
        id=_id(content, meta["id"]), text=content, source="api",
        title=meta["title"] or (page.title if page else None), url=meta["url"] or (page.url if page else None),
        published=meta["published"] or (page.published if page else None),
        outlet=meta["outlet"] or (page.sitename if page else None), html=text if html else None)]


def _processor(request: Request) -> Processor:
    with _lock:
        if getattr(request.app.state, "processor", None) is None:
            request.app.state.processor = Processor()
        processor: Processor = request.app.state.processor
        return processor


def _ingest(store: Store, items: list[Article | ReadError], processor: Processor) -> dict[str, Any]:
    with _lock:
        report = ingest_articles(store, items, processor=processor)
    added = [store.get_document(doc.id) for doc in report.added]
    return {"added": [d for d in added if d is not None], "skipped": report.skipped,
            "errors": [{"source": e.source, "code": e.code, "reason": e.reason} for e in report.errors]}


@router.post("", response_model=IngestResult, responses={403: {"model": ErrorPublic}, 413: {"model": ErrorPublic},
                                                          415: {"model": ErrorPublic}, 422: {"model": ErrorPublic}})
async def ingest(
    request: Request, store: StoreDep, settings: Annotated[Settings, Depends(require_ingest)],
    id: Annotated[str | None, Query(max_length=200, pattern=NO_CONTROL)] = None,
    title: Annotated[str | None, Query(max_length=2000, pattern=NO_CONTROL)] = None,
    outlet: Annotated[str | None, Query(max_length=200, pattern=NO_CONTROL)] = None,
    url: Annotated[str | None, Query(max_length=4000, pattern=NO_CONTROL)] = None,
    published: Annotated[str | None, Query(max_length=40, pattern=NO_CONTROL)] = None,
) -> object:
    """Extract and store articles sent as text/plain, text/html (metadata in the query), JSON or JSON Lines.

    JSON is one object or a list of objects with `text` or `html` and optional `id`, `title`, `url`,
    `outlet`, `published`; JSON Lines holds one such object per line. Content already stored is skipped.
    """
    body = await request.body()
    if not body.strip():
        raise HTTPException(422, "empty body; send the article as text, HTML, JSON or JSON Lines")
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    meta = {"id": id, "title": title, "outlet": outlet, "url": url, "published": published}
    if kind == "application/json":
        items = _from_json(body)
    elif kind in JSONL_TYPES:
        items = list(read_records(body.splitlines(), Path("upload.jsonl")))
    elif kind in ("text/plain", "text/html"):
        items = _from_markup(body, kind == "text/html", meta)
    else:
        raise HTTPException(415, "send text/plain, text/html, application/json or application/x-ndjson")
    if len(items) > settings.max_ingest_articles:
        raise HTTPException(413, f"{len(items)} articles in one request; at most {settings.max_ingest_articles}")
    processor = await run_in_threadpool(_processor, request)
    return await run_in_threadpool(_ingest, store, items, processor)
