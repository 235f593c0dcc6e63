"""Across the corpus: duplicates, one event across reports, figure conflicts, credibility."""
from telik.corpus.analyze import analyze_corpus
from telik.corpus.credibility import outlet_credibility, outlet_name

__all__ = ["analyze_corpus", "outlet_credibility", "outlet_name"]
