"""Across the corpus: duplicates, one event across reports, figure conflicts, credibility."""
from telik.corpus.analyze import analyze_corpus

__all__ = ["analyze_corpus"]
