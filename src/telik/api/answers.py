"""The JSON bodies of the read routes (listings, search, statistics), kept per store generation.

Between two writes the same request has the same answer, so its body is rendered once (validated against the
route's response model and serialised as FastAPI does) and then only looked up: no query, copy, validation or
serialisation per request. Every write stamps a new generation (`telik.store.cache`), which the next request
reads before anything else; a body computed across a write is stored under the older generation, so it is never
served once the write is visible.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Annotated, Any

from fastapi import Depends, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import TypeAdapter
from sqlalchemy import select

from telik.store import Store
from telik.store.cache import GENERATION, GenerationCache
from telik.store.models import Meta


class Answers:
    """Rendered bodies over one store: listings and statistics in one cache, search in another (arbitrary
    queries must not evict the dashboard's few answers). At most `size` bodies each: a page of 500 events
    with their reports is a few MB."""

    def __init__(self, store: Store, size: int = 64) -> None:
        self.store = store
        self.listings = GenerationCache(size)
        self.searches = GenerationCache(size)

    def body(self, cache: GenerationCache, key: Hashable, model: TypeAdapter[Any],
             compute: Callable[[], object]) -> bytes:
        """The body for `key` at the store's current generation, rendered from `compute()` when not cached."""
        with self.store.engine.connect() as conn:  # not an ORM session: 0.4 ms less per request
            current = conn.scalar(select(Meta.value).where(Meta.key == GENERATION)) or ""

        def render() -> bytes:  # what FastAPI does with a route's return value and its response_model
            return model.dump_json(model.validate_python(compute(), from_attributes=True), by_alias=True)

        return cache.get(key, current, render)


def get_answers(request: Request) -> Answers:
    """The answers kept since the app started."""
    answers: Answers = request.app.state.answers
    return answers


AnswersDep = Annotated[Answers, Depends(get_answers)]


async def answer(answers: Answers, cache: GenerationCache, key: Hashable, model: TypeAdapter[Any],
                 compute: Callable[[], object]) -> Response:
    """The route's JSON response, its body from `answers` (computed and rendered off the event loop)."""
    body = await run_in_threadpool(answers.body, cache, key, model, compute)
    return Response(body, media_type="application/json")
