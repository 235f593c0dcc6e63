"""Batched ingest: one transaction per batch gives the store one-document transactions give; failures stay local."""
from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from typing import Any

import pytest

from telik.ingest import read_inputs
from telik.model import Article, DocResult, ReadError
from telik.process import Processor
from telik.store import Store, ingest_articles, reanalyze, sample_dir


@pytest.fixture(scope="module")
def sample_results() -> list[DocResult]:
    with sample_dir() as path:
        arts = [a for a in read_inputs([path]) if isinstance(a, Article)]
    return [d for d in Processor().process_many(arts) if isinstance(d, DocResult)]


def _snapshot(store: Store) -> dict[str, Any]:
    entities = store.list_entities(limit=10_000).items
    return {
        "stats": store.stats(),
        "documents": store.list_documents(sort="ingested", limit=10_000).items,
        "entities": entities,
        "entity_pages": [store.get_entity(e["canonical"]) for e in entities],
        "events": store.list_events(sort="id", limit=10_000).items,
        "quotes": store.list_quotes(limit=10_000).items,
    }


def _strip_times(snap: dict[str, Any]) -> dict[str, Any]:
    for doc in snap["documents"]:
        doc.pop("ingested_at")
    return snap


def test_batch_writes_what_single_writes(sample_results, tmp_path):
    with Store(f"sqlite:///{tmp_path / 'one.db'}") as one, Store(f"sqlite:///{tmp_path / 'batch.db'}") as batch:
        for doc in copy.deepcopy(sample_results):
            assert one.add_document(doc)
        half = len(sample_results) // 2  # two batches: the second meets entities the first created
        docs = copy.deepcopy(sample_results)
        assert batch.add_documents(docs[:half]) == [True] * half
        assert batch.add_documents(docs[half:] + docs[:1]) == [True] * (len(docs) - half) + [False]
        assert _snapshot(one)["stats"].entities > 20
        assert _strip_times(_snapshot(one)) == _strip_times(_snapshot(batch))


def test_batch_gives_repeated_ids_a_suffix(sample_results, store):
    a, b = copy.deepcopy(sample_results[:2])
    b.id = a.id
    assert store.add_documents([a, b]) == [True, True]
    assert b.id == f"{a.id}-{b.content_hash[:8]}" and store.get_document(b.id)["hash"] == b.content_hash


class _BreaksOne(Processor):
    """The real pipeline, whose output for one article cannot be stored (an entity without a label)."""

    def __init__(self, bad_id: str) -> None:
        super().__init__()
        self.bad_id = bad_id

    def process_many(self, items: Iterable[Article | ReadError]) -> Iterator[DocResult | ReadError]:
        for doc in super().process_many(items):
            if isinstance(doc, DocResult) and doc.id == self.bad_id and doc.entities:
                doc.entities[0].label = None  # type: ignore[assignment]
            yield doc


def test_a_document_that_cannot_be_stored_loses_only_itself(sample_results, store):
    with sample_dir() as path:
        arts = [a for a in read_inputs([path]) if isinstance(a, Article)]
    bad = next(a for a, d in zip(arts, sample_results, strict=True) if d.entities)
    report = ingest_articles(store, arts, processor=_BreaksOne(bad.id), analyze=False, batch=4)
    assert [e.source for e in report.errors] == [bad.source or bad.id]
    assert report.errors[0].code == "E026" and "could not be stored" in str(report.errors[0])
    assert "\n" not in report.errors[0].reason  # the database's statement and link are not in the line
    assert len(report.added) == len(arts) - 1 == store.stats().documents
    again = ingest_articles(store, arts, analyze=False)
    assert again.skipped == len(arts) - 1 and [d.id for d in again.added] == [bad.id]
    assert not any(isinstance(e, ReadError) for e in again.errors)


def _corpus_snapshot(store: Store) -> dict[str, Any]:
    snap = _strip_times(_snapshot(store))
    for doc in snap["documents"]:
        doc.pop("id")  # a document stored earlier keeps its place; ids are compared through the events below
    clusters = sorted({e["cluster"] for e in snap["events"] if e["cluster"]})
    snap["figures"] = {c: [{k: v for k, v in f.items() if k != "event_id"} for f in store.figure_history(c)]
                       for c in clusters}
    snap["conflicts"] = [{k: v for k, v in c.items() if k != "id"} for c in store.list_conflicts()]
    for e in snap["events"]:
        e.pop("id")
    return snap


def test_ingest_in_two_rounds_equals_one_round(sample_results, tmp_path):
    with sample_dir() as path:
        arts = [a for a in read_inputs([path]) if isinstance(a, Article)]
    half = len(arts) // 2
    with Store(f"sqlite:///{tmp_path / 'once.db'}") as once, Store(f"sqlite:///{tmp_path / 'twice.db'}") as twice:
        ingest_articles(once, arts)
        ingest_articles(twice, arts[:half])
        ingest_articles(twice, arts[half:])
        first, second = _corpus_snapshot(once), _corpus_snapshot(twice)
        assert any(first["figures"].values()) and first["stats"].real_world_events < first["stats"].events
        assert first == second


def test_cached_aggregates_follow_writes_of_another_process(sample_results, tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    docs = copy.deepcopy(sample_results)
    with Store(url) as reader, Store(url) as writer:
        writer.add_documents(docs[:2])
        before = (reader.stats(), reader.outlets(), reader.list_entities(limit=5))
        assert before == (reader.stats(), reader.outlets(), reader.list_entities(limit=5))  # served again
        before[1].clear()  # a caller changing its answer does not change the cache
        assert reader.outlets()
        writer.add_documents(docs[2:])
        assert reader.stats().documents == len(docs) > before[0].documents
        assert sum(o["documents"] for o in reader.outlets()) == len(docs)
        assert reader.list_entities(limit=5).total > before[2].total
        assert reader.stats().real_world_events == reader.stats().events  # not analysed yet
        reanalyze(writer)
        assert reader.stats().real_world_events < reader.stats().events
