"""Documents: list with filters, one with its text and every annotation as character spans."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import TypeAdapter

from telik.api.answers import AnswersDep, answer
from telik.api.deps import DateQuery, KeyPath, Order, PagingDep, StoreDep, TextQuery, not_found
from telik.api.geo import with_coordinates
from telik.api.schemas import DocumentPublic, DocumentSummary, Page

router = APIRouter(prefix="/api/documents", tags=["documents"])

DocumentSort = Literal["published", "title", "outlet", "credibility", "ingested"]
Credibility = Annotated[float | None, Query(ge=0, le=1)]
DOCUMENT_PAGE = TypeAdapter(Page[DocumentSummary])


@router.get("", response_model=Page[DocumentSummary])
async def list_documents(
    store: StoreDep, answers: AnswersDep, page: PagingDep, outlet: TextQuery = None, since: DateQuery = None,
    until: DateQuery = None, min_credibility: Credibility = None, max_credibility: Credibility = None,
    sort: DocumentSort = "published", order: Order = None,
) -> Response:
    """Documents, newest first by default, filtered by outlet, publication date and credibility."""
    key = ("documents", outlet, since, until, min_credibility, max_credibility, sort, order, page)
    return await answer(answers, answers.listings, key, DOCUMENT_PAGE, lambda: store.list_documents(
        outlet=outlet, since=since, until=until, min_credibility=min_credibility, max_credibility=max_credibility,
        sort=sort, descending=order != "asc", limit=page.limit, offset=page.offset))


@router.get("/{key}", response_model=DocumentPublic)
async def get_document(store: StoreDep, key: KeyPath) -> object:
    """One document (by id or content hash) with its text, clean text, credibility signals and annotations."""
    doc = await run_in_threadpool(store.get_document, key)
    if doc is None:
        raise not_found("document", key)
    return {**doc, "events": [with_coordinates(e) for e in doc["events"]]}
