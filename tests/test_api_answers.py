"""The read routes' bodies kept per store generation: the same bytes FastAPI renders, computed once per write."""
from __future__ import annotations

import dataclasses
from collections import Counter

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from telik.api import create_app
from telik.api.geo import with_coordinates
from telik.api.schemas import DocumentSummary, EntitySummary, Page, RealEventPublic, SearchHit, StatsPublic
from telik.settings import Settings
from telik.store import Store

from _api_data import build_store, fresh_url
from conftest import make_doc

PATHS = ["/api/events?limit=50", "/api/events?per=report&sort=killed&order=desc", "/api/events?limit=1&offset=1",
         "/api/events?type=ATTACK&place=Medan", "/api/search?q=polisi", "/api/search?q=pos%20polisi&limit=1",
         "/api/search?q=Medan%20-Jakarta", "/api/search?q=tidak-ada", "/api/stats", "/api/entities",
         "/api/entities?label=ORG&sort=name", "/api/entities?q=med", "/api/documents",
         "/api/documents?sort=title&order=asc&offset=1", "/api/documents?min_credibility=0.5"]


def reference(store: Store) -> FastAPI:
    """The routes as they were before answers were kept: the store's answer returned, FastAPI rendering it."""
    ref = FastAPI()

    @ref.get("/api/events", response_model=Page[RealEventPublic])
    def events(per: str = "event", type: str | None = None, place: str | None = None, sort: str = "date",
               order: str | None = None, limit: int = 50, offset: int = 0) -> object:
        listing = store.list_real_events if per == "event" else store.list_events
        result = listing(type=type, place=place, sort=sort, descending=order == "desc", limit=limit, offset=offset)
        result.items = [with_coordinates(e) for e in result.items]
        return result

    @ref.get("/api/search", response_model=Page[SearchHit])
    def search(q: str, limit: int = 50, offset: int = 0) -> object:
        return store.search(q, limit=limit, offset=offset)

    @ref.get("/api/stats", response_model=StatsPublic)
    def stats() -> object:
        return {**dataclasses.asdict(store.stats()), "outlets": store.outlets()}

    @ref.get("/api/entities", response_model=Page[EntitySummary])
    def entities(label: str | None = None, q: str | None = None, sort: str = "mentions") -> object:
        return store.list_entities(label=label, query=q, sort=sort, limit=50, offset=0)

    @ref.get("/api/documents", response_model=Page[DocumentSummary])
    def documents(sort: str = "published", order: str | None = None, min_credibility: float | None = None,
                  offset: int = 0) -> object:
        return store.list_documents(sort=sort, descending=order != "asc", min_credibility=min_credibility,
                                    limit=50, offset=offset)

    return ref


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request, tmp_path):  # type: ignore[no-untyped-def]
    return build_store(fresh_url(request.param, tmp_path))


def test_api_answers_are_the_bytes_fastapi_renders(url):
    with Store(url) as store, TestClient(create_app(Settings(db_url=url))) as api, \
            TestClient(reference(store)) as ref:
        for path in PATHS:
            expected = ref.get(path)
            assert expected.status_code == 200, path
            for _ in range(2):  # computed, then kept
                got = api.get(path)
                assert (got.status_code, got.content) == (200, expected.content), path
                assert got.headers["content-type"] == expected.headers["content-type"] == "application/json"


def test_api_answers_computed_once_until_a_write(url, monkeypatch):
    calls: Counter[str] = Counter()
    with TestClient(create_app(Settings(db_url=url))) as api:
        store = api.app.state.store  # type: ignore[attr-defined]
        for name in ("search", "list_real_events", "stats", "list_entities", "list_documents"):
            method = getattr(store, name)
            monkeypatch.setattr(store, name, lambda *a, _m=method, _n=name, **k: calls.update([_n]) or _m(*a, **k))
        paths = ["/api/search?q=polisi", "/api/events", "/api/stats", "/api/entities", "/api/documents"]
        before = [api.get(p).json() for p in paths]
        assert [api.get(p).json() for p in paths] == before
        assert api.get("/api/search?q=polisi&limit=1").json()["items"] == before[0]["items"][:1]  # another key
        assert calls == {"search": 2, "list_real_events": 1, "stats": 1, "list_entities": 1, "list_documents": 1}

        with Store(url) as writer:  # another process's write, as the API sees it: a new generation
            assert writer.add_document(make_doc("baru", text="Polisi berjaga di Bogor.", title="Polisi berjaga"))
        after = [api.get(p).json() for p in paths]
        assert calls == {"search": 3, "list_real_events": 2, "stats": 2, "list_entities": 2, "list_documents": 2}
        assert after[0]["total"] == before[0]["total"] + 1 and "baru" in {h["id"] for h in after[0]["items"]}
        assert after[2]["documents"] == before[2]["documents"] + 1
        assert after[4]["total"] == before[4]["total"] + 1
