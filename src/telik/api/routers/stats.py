"""Statistics over the whole store."""
from __future__ import annotations

import dataclasses

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from telik.api.deps import StoreDep
from telik.api.schemas import StatsPublic

router = APIRouter(prefix="/api/stats", tags=["stats"])


@router.get("", response_model=StatsPublic)
async def stats(store: StoreDep) -> object:
    """Counts of documents, entities, events (by type), quotes, conflicts, and documents per outlet."""
    counts = await run_in_threadpool(store.stats)
    outlets = await run_in_threadpool(store.outlets)
    return {**dataclasses.asdict(counts), "outlets": outlets}
