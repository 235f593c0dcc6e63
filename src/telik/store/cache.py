"""Answers that scan the whole store (outlet credibility, entity counts, statistics), computed once per write.

Every write stamps a new random *generation* into `store_meta` inside its own transaction; a cached answer
is served while the stored generation is the one it was computed at. The stamp lives in the database, so
an API process sees the writes of an ingest running in another process.
"""
from __future__ import annotations

import copy
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from telik.store.models import Meta

T = TypeVar("T")

#: store_meta key of the current generation.
GENERATION = "generation"


def stamp(session: Session) -> None:
    """Mark the store as changed (call inside the writing transaction)."""
    session.merge(Meta(key=GENERATION, value=uuid.uuid4().hex))


def generation(session: Session) -> str:
    """The store's current generation ("" before the first stamped write)."""
    return session.scalar(select(Meta.value).where(Meta.key == GENERATION)) or ""


class GenerationCache:
    """A bounded, thread-safe map of answers, each valid for the generation it was computed at.

    One computation per key at a time: callers asking for a key being computed wait for that answer instead of
    computing it again (16 clients arriving just after a write cost one scan of the store, not 16 at once).
    """

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, tuple[str, object]] = OrderedDict()
        self._gates: dict[Hashable, threading.Lock] = {}
        self._lock = threading.Lock()

    def _lookup(self, key: Hashable, current: str) -> tuple[bool, object]:
        with self._lock:
            hit = self._items.get(key)
            if hit is not None and hit[0] == current:
                self._items.move_to_end(key)
                return True, copy.deepcopy(hit[1])
            return False, None

    def get(self, key: Hashable, current: str, compute: Callable[[], T]) -> T:
        """A copy of the cached answer when it is current, else `compute()` (stored for the next caller)."""
        found, value = self._lookup(key, current)
        if found:
            return value  # type: ignore[return-value]  # stored by compute() for this key
        with self._lock:
            gate = self._gates.setdefault(key, threading.Lock())
        with gate:
            found, value = self._lookup(key, current)  # computed while this caller waited
            if found:
                return value  # type: ignore[return-value]
            fresh = compute()
            with self._lock:
                self._items[key] = (current, copy.deepcopy(fresh))
                self._items.move_to_end(key)
                while len(self._items) > self.size:
                    old, _ = self._items.popitem(last=False)
                    self._gates.pop(old, None)
        return fresh
