"""Telik: structured, sourced, searchable intelligence from Indonesian news."""

__version__ = "0.1.0"
