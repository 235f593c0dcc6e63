"""Alerts raised by `telik watch`: the newest first, by rule and kind."""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from telik.api.deps import PagingDep, StoreDep, TextQuery
from telik.api.schemas import AlertPublic, Page
from telik.store import Store
from telik.watch.rules import Kind
from telik.watch.state import WatchState

router = APIRouter(prefix="/api/alerts", tags=["alerts"])



def _alerts(store: Store, rule: str | None, kind: str | None, limit: int, offset: int) -> dict[str, object]:
    items, total = WatchState(store).page(rule=rule, kind=kind, limit=limit, offset=offset)
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.get("", response_model=Page[AlertPublic])
async def list_alerts(store: StoreDep, page: PagingDep, rule: TextQuery = None,
                      kind: Kind | None = None) -> object:
    """Alerts the watcher recorded, newest first; an empty page when it never ran on this store."""
    return await run_in_threadpool(_alerts, store, rule, kind, page.limit, page.offset)
