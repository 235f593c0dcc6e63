"""The API latency benchmark end to end: the bundled samples ingested, replicated, served by a real `telik serve`."""
from __future__ import annotations

import sys

from telik.bench_api import ENDPOINTS, QUERIES, fill_store, measure, replicate, search_query
from telik.ingest import read_inputs
from telik.store import Store


def test_bench_api_measures_every_endpoint_on_a_replicated_sample_store(tmp_path, samples_dir):
    articles = list(read_inputs([samples_dir]))
    how = fill_store(tmp_path / "api.db", 40, articles, seed=len(articles))
    url = f"sqlite:///{tmp_path / 'api.db'}"
    assert "replicated at the SQL level to 40" in how
    with Store(url) as store:
        stats = store.stats()
        ids = [d["id"] for d in store.list_documents(limit=500).items]
        events = store.list_real_events(limit=500)
        assert not store.corpus_stale()
    assert stats.documents == 40 and len(set(ids)) == 40
    assert events.total == stats.real_world_events > 0

    figures = measure(url, clients=16, rounds=2, warmup=1)
    assert [f.endpoint for f in figures] == [name for name, _ in ENDPOINTS]
    for f in figures:
        assert f.requests == 32 and f.errors == 0, f  # every timed request answered 200
        assert 0 < f.p50_ms <= f.p95_ms <= f.max_ms and f.first_ms > 0, f
        if sys.platform == "linux":
            assert f.cpu_ms is not None and f.cpu_ms > 0, f
    with Store(url) as store:  # a fresh search: a new query with the same answer
        for q in QUERIES:
            fresh = store.search(search_query(q, "zq1n2"), limit=50)
            assert fresh == store.search(q, limit=50), q


def test_bench_api_replicas_are_disjoint_worlds(tmp_path):
    from conftest import make_doc

    url = f"sqlite:///{tmp_path / 'r.db'}"
    with Store(url) as store:
        store.add_document(make_doc())
        before = store.stats()
    replicate(url, 3)
    with Store(url) as store:
        after = store.stats()
        found = store.search("Densus")
        assert store.list_entities(alias="Densus 88").total == 3  # each copy its own entity
    assert (after.documents, after.events, after.mentions, after.quotes) == (
        3, 3 * before.events, 3 * before.mentions, 3 * before.quotes)
    assert after.entities == 3 * before.entities
    assert found.total == 3 and len({h["hash"] for h in found.items}) == 3
