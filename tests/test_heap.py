"""Memory over long runs: glibc's heap trimmed between batches (`telik.heap`, a no-op without glibc), and each
processed Doc freed at once."""
from __future__ import annotations

import ctypes
import sys

import pytest

from telik import heap


def test_trim_on_glibc() -> None:
    if heap._glibc() is None:
        pytest.skip("not glibc")
    heap.trim()  # True or False by what was free; it must not fail


def test_noop_without_glibc(monkeypatch: pytest.MonkeyPatch) -> None:
    heap._glibc.cache_clear()
    monkeypatch.setattr(sys, "platform", "darwin")
    try:
        assert heap._glibc() is None
        assert not heap.trim()
    finally:
        heap._glibc.cache_clear()


def test_noop_when_libc_lacks_the_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> None:
        raise OSError(name)

    heap._glibc.cache_clear()
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(ctypes, "CDLL", missing)
    try:
        assert heap._glibc() is None
        assert not heap.trim()
    finally:
        heap._glibc.cache_clear()


def test_process_many_trims_after_each_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    from telik.model import Article
    from telik.process import Processor
    from telik.settings import Settings

    calls: list[int] = []
    monkeypatch.setattr(heap, "trim", lambda: calls.append(1) or True)
    processor = Processor(settings=Settings(trained=False, batch_size=2))
    articles = [Article(id=f"a{i}", text=f"Polisi menangkap {i} orang di Poso, Senin.") for i in range(5)]
    out = list(processor.process_many(articles))
    assert [d.id for d in out] == [a.id for a in articles]
    assert len(calls) == 3


def test_processed_docs_are_freed_without_the_garbage_collector() -> None:
    """A Doc's extensions keep spans in its `user_data`, which hold the Doc: unless the cycle is broken once its
    facts are copied out, every processed Doc waits for a full collection."""
    import gc

    from spacy.tokens import Doc

    from telik.model import Article
    from telik.process import Processor
    from telik.settings import Settings

    processor = Processor(settings=Settings(trained=False, batch_size=2))
    articles = [Article(id=f"a{i}", text=f"Kapolda Irjen Merdisyam mengatakan polisi menangkap {i} orang di Poso, "
                        "Senin. \"Mereka anggota JAD,\" kata Merdisyam.") for i in range(6)]
    gc.collect()
    gc.disable()
    try:
        before = sum(isinstance(o, Doc) for o in gc.get_objects())
        assert len(list(processor.process_many(articles))) == len(articles)
        after = sum(isinstance(o, Doc) for o in gc.get_objects())
    finally:
        gc.enable()
    assert after - before <= 1  # the quote finder keeps the last Doc's speakers until the next
