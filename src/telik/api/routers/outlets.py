"""Outlets: how many documents each published and its credibility aggregated over its independent articles."""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from telik.api.deps import StoreDep
from telik.api.schemas import OutletPublic

router = APIRouter(prefix="/api/outlets", tags=["outlets"])


@router.get("", response_model=list[OutletPublic])
async def list_outlets(store: StoreDep) -> object:
    """Every outlet, most documents first, with mean credibility and how many of its articles carry each signal."""
    return await run_in_threadpool(store.outlets)
