"""Entities: search by any alias, one with its aliases, mentions, timeline and co-occurring entities."""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import TypeAdapter

from telik.api.answers import AnswersDep, answer
from telik.api.deps import KeyPath, PagingDep, StoreDep, TextQuery, not_found
from telik.api.geo import locate
from telik.api.schemas import EntityPublic, EntitySummary, Page

router = APIRouter(prefix="/api/entities", tags=["entities"])

Label = Literal["PER", "ORG", "GPE", "LOC", "FAC"]
EntitySort = Literal["mentions", "name", "label", "canonical"]
ENTITY_PAGE = TypeAdapter(Page[EntitySummary])


@router.get("", response_model=Page[EntitySummary])
async def list_entities(
    store: StoreDep, answers: AnswersDep, page: PagingDep, alias: TextQuery = None, q: TextQuery = None,
    label: Label | None = None, sort: EntitySort = "mentions",
) -> Response:
    """Entities: `alias` matches any alias exactly (case-insensitive), `q` any part of one."""
    return await answer(answers, answers.listings, ("entities", alias, q, label, sort, page), ENTITY_PAGE,
                        lambda: store.list_entities(alias=alias, query=q, label=label, sort=sort,
                                                    limit=page.limit, offset=page.offset))


@router.get("/{key}", response_model=EntityPublic)
async def get_entity(store: StoreDep, key: KeyPath) -> object:
    """One entity by canonical id or any alias, with mentions, co-occurring entities and its timeline."""
    entity = await run_in_threadpool(store.get_entity, key)
    if entity is None:
        raise not_found("entity", key)
    where = locate(entity["canonical"]) if entity["label"] in ("GPE", "LOC", "FAC") else None
    return {**entity, "lat": where[0] if where else None, "lon": where[1] if where else None}
