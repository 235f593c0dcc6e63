"""Events and conflicts: filter by type, dates, place, actor, certainty; one with its figure history."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import TypeAdapter

from telik.api.answers import AnswersDep, answer
from telik.api.deps import DateQuery, Order, PagingDep, StoreDep, TextQuery, not_found
from telik.api.geo import with_coordinates
from telik.api.schemas import ConflictPublic, EventDetail, Page, RealEventPublic

router = APIRouter(tags=["events"])

EventSort = Literal["date", "type", "location", "killed", "injured", "id"]
Certainty = Literal["asserted", "claimed", "denied", "planned", "possible", "negated"]
EVENT_PAGE = TypeAdapter(Page[RealEventPublic])


@router.get("/api/events", response_model=Page[RealEventPublic])
async def list_events(
    store: StoreDep, answers: AnswersDep, page: PagingDep, type: TextQuery = None, since: DateQuery = None,
    until: DateQuery = None, place: TextQuery = None, actor: TextQuery = None, certainty: Certainty | None = None,
    cluster: TextQuery = None, document: TextQuery = None, sort: EventSort = "date", order: Order = None,
    per: Literal["event", "report"] = "event",
) -> Response:
    """Real-world events (one item per event, its reports in `reports`), or with `per=report` every event
    mention; each with coordinates of its place (when the gazetteer knows it)."""
    listing = store.list_real_events if per == "event" else store.list_events

    def compute() -> object:
        result = listing(type=type, since=since, until=until, place=place, actor=actor, certainty=certainty,
                         cluster=cluster, document=document, sort=sort, descending=order == "desc",
                         limit=page.limit, offset=page.offset)
        result.items = [with_coordinates(e) for e in result.items]
        return result

    key = ("events", per, type, since, until, place, actor, certainty, cluster, document, sort, order, page)
    return await answer(answers, answers.listings, key, EVENT_PAGE, compute)


@router.get("/api/events/{event_id}", response_model=EventDetail)
async def get_event(store: StoreDep, event_id: Annotated[int, Path(ge=1, le=2**62)]) -> object:
    """One event mention with the other reports of its real-world event, figure history and conflicts."""
    event = await run_in_threadpool(store.get_event, event_id)
    if event is None:
        raise not_found("event", event_id)
    event = with_coordinates(event)
    event["cluster_mentions"] = [with_coordinates(e) for e in event["cluster_mentions"]]
    return event


@router.get("/api/conflicts", response_model=list[ConflictPublic])
async def list_conflicts(store: StoreDep) -> object:
    """Every figure the sources disagree on (or that rose over time), with its history side by side."""
    return await run_in_threadpool(store.list_conflicts)
