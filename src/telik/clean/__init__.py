"""Cleaning scraped text and finding its metadata."""
from telik.clean.cleaner import Cleaned, clean_article

__all__ = ["Cleaned", "clean_article"]
