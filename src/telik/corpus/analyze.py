"""Placeholder for the corpus stage; replaced by the real one."""
from __future__ import annotations

from telik.model import Conflict, DocResult


def analyze_corpus(docs: list[DocResult]) -> list[Conflict]:
    """Fill cluster ids, duplicates and credibility on `docs`; return figure conflicts."""
    return []
