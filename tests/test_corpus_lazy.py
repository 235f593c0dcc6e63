"""A lazy sequence makes each item when it is read and keeps none: a corpus-wide pass need not hold one per document."""
from __future__ import annotations

import pytest

from telik.corpus.lazy import Lazy


def test_corpus_lazy_makes_items_when_read_and_keeps_none():
    made: list[int] = []

    def make(i: int) -> str:
        made.append(i)
        return f"item {i}"

    items = Lazy(3, make)
    assert len(items) == 3 and made == []
    assert list(items) == ["item 0", "item 1", "item 2"]
    assert list(items) == ["item 0", "item 1", "item 2"]  # a second pass makes them again
    assert made == [0, 1, 2, 0, 1, 2]
    assert items[-1] == "item 2" and items[1:] == ["item 1", "item 2"]
    with pytest.raises(IndexError):
        items[3]
