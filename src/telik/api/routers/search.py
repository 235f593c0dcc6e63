"""Full-text search over titles and clean text."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import TypeAdapter

from telik.api.answers import AnswersDep, answer
from telik.api.deps import NO_CONTROL, PagingDep, StoreDep
from telik.api.schemas import Page, SearchHit

router = APIRouter(prefix="/api/search", tags=["search"])
HIT_PAGE = TypeAdapter(Page[SearchHit])


@router.get("", response_model=Page[SearchHit])
async def search(store: StoreDep, answers: AnswersDep, page: PagingDep,
                 q: Annotated[str, Query(min_length=1, max_length=200, pattern=NO_CONTROL)]) -> Response:
    """Documents containing every word of `q`, best first, each with a snippet."""
    return await answer(answers, answers.searches, (q, page), HIT_PAGE,
                        lambda: store.search(q, limit=page.limit, offset=page.offset))
