"""Quotes: direct quotations, by speaker (any alias) or document."""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from telik.api.deps import PagingDep, StoreDep, TextQuery
from telik.api.schemas import Page, QuotePublic

router = APIRouter(prefix="/api/quotes", tags=["quotes"])


@router.get("", response_model=Page[QuotePublic])
async def list_quotes(
    store: StoreDep, page: PagingDep, speaker: TextQuery = None, document: TextQuery = None,
    anonymous: bool | None = None,
) -> object:
    """Quotations, newest first; `speaker` matches part of the name or any alias of the speaker."""
    return await run_in_threadpool(store.list_quotes, speaker=speaker, document=document, anonymous=anonymous,
                                   limit=page.limit, offset=page.offset)
