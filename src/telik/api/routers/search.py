"""Full-text search over titles and clean text."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool

from telik.api.deps import NO_CONTROL, PagingDep, StoreDep
from telik.api.schemas import Page, SearchHit

router = APIRouter(prefix="/api/search", tags=["search"])


@router.get("", response_model=Page[SearchHit])
async def search(store: StoreDep, page: PagingDep,
                 q: Annotated[str, Query(min_length=1, max_length=200, pattern=NO_CONTROL)]) -> object:
    """Documents containing every word of `q`, best first, each with a snippet."""
    return await run_in_threadpool(store.search, q, limit=page.limit, offset=page.offset)
