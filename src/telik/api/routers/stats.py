"""Statistics over the whole store."""
from __future__ import annotations

import dataclasses

from fastapi import APIRouter, Response
from pydantic import TypeAdapter

from telik.api.answers import AnswersDep, answer
from telik.api.deps import StoreDep
from telik.api.schemas import StatsPublic

router = APIRouter(prefix="/api/stats", tags=["stats"])
STATS = TypeAdapter(StatsPublic)


@router.get("", response_model=StatsPublic)
async def stats(store: StoreDep, answers: AnswersDep) -> Response:
    """Counts of documents, entities, events (by type), quotes, conflicts, and documents per outlet."""
    return await answer(answers, answers.listings, ("stats",), STATS,
                        lambda: {**dataclasses.asdict(store.stats()), "outlets": store.outlets()})
