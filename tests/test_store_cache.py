"""The generation cache: answers are copies, valid for one generation, computed once however many callers ask."""
from __future__ import annotations

import threading
import time

from telik.store.cache import GenerationCache


def test_store_cache_concurrent_callers_share_one_computation():
    cache = GenerationCache()
    calls = []

    def compute() -> dict[str, list[int]]:
        calls.append(1)
        time.sleep(0.2)
        return {"items": [1, 2, 3]}

    answers: list[dict[str, list[int]]] = []
    threads = [threading.Thread(target=lambda: answers.append(cache.get("k", "g1", compute))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1 and answers == [{"items": [1, 2, 3]}] * 8
    answers[0]["items"].append(4)  # a caller's copy, never the cached answer
    assert cache.get("k", "g1", compute) == {"items": [1, 2, 3]} and len(calls) == 1
    assert cache.get("k", "g2", compute) == {"items": [1, 2, 3]} and len(calls) == 2  # a new generation


def test_store_cache_stays_bounded():
    cache = GenerationCache(size=2)
    for key in "abc":
        cache.get(key, "g", lambda key=key: key)
    calls = []
    assert cache.get("a", "g", lambda: calls.append(1) or "a") == "a" and calls == [1]  # evicted, computed again
