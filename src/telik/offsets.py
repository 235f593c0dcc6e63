"""A map from positions in cleaned text back to the original text.

Cleaning only drops spans of the original and joins what it keeps with short
separators, so every kept character has exactly one original position.
"""
from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    """Piecewise map: clean text is a sequence of original segments and separators."""

    def __init__(self) -> None:
        self._clean: list[int] = []  # start of each segment in clean text
        self._orig: list[int] = []  # start of the same segment in the original
        self._len: list[int] = []

    @classmethod
    def build(cls, text: str, keep: list[tuple[int, int]], sep: str = "\n\n") -> tuple[str, OffsetMap]:
        """Clean text made of the `keep` spans of `text` (sorted, disjoint), joined by `sep`."""
        omap = cls()
        parts: list[str] = []
        pos = 0
        for start, end in keep:
            if end <= start:
                continue
            if parts:
                parts.append(sep)
                pos += len(sep)
            omap._clean.append(pos)
            omap._orig.append(start)
            omap._len.append(end - start)
            parts.append(text[start:end])
            pos += end - start
        return "".join(parts), omap

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text nothing was dropped from."""
        omap = cls()
        if length:
            omap._clean, omap._orig, omap._len = [0], [0], [length]
        return omap

    def to_original(self, pos: int) -> int:
        """Original offset of clean position `pos` (a separator maps to the end of the segment before it)."""
        i = bisect_right(self._clean, pos) - 1
        if i < 0:
            return self._orig[0] if self._orig else 0
        return self._orig[i] + min(pos - self._clean[i], self._len[i])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of a clean span; the end is exclusive."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1

    def segments(self) -> list[tuple[int, int, int]]:
        """(clean_start, original_start, length) triples, for storage and debugging."""
        return list(zip(self._clean, self._orig, self._len, strict=True))
