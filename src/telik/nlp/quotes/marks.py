"""Find quoted stretches of text: “…”, "…", ‘…’ and «…», in linear-logarithmic time.

Unclosed marks are skipped (the quotation is lost, the document is not); a quotation whose
paragraph ends unclosed continues when the next paragraph opens with the same mark.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_PAIRS = {"“": "”", "„": "”", "«": "»", "‘": "’", '"': '"'}
#: Any opening or any closing mark: the scans jump from one to the next instead of visiting every character.
_OPENING = re.compile("[" + re.escape("".join(_PAIRS)) + "]")
_CLOSING = re.compile("[" + re.escape("".join(set(_PAIRS.values()))) + "]")


@dataclass(frozen=True)
class Marked:
    """One quotation: the marks at `open` and `close`, the words in between."""

    open: int
    close: int
    start: int  # first character of the quoted words
    end: int  # one past the last character of the quoted words
    mark: str

    def words(self, text: str) -> str:
        return text[self.start : self.end]


def _is_opener(text: str, i: int) -> bool:
    ch = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace():
        return False
    if ch in "“„«":
        return True
    prev = text[i - 1] if i > 0 else " "
    return prev.isspace() or prev in "([{—–-:/" or i == 0


def _is_closer(text: str, i: int, mark: str) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if mark in "”»":
        return True
    if prev.isspace():
        return False
    return not nxt.isalnum() if mark == "’" else True


def find_quotations(text: str) -> list[Marked]:
    """Every closed quotation in `text`, outermost only, in order."""
    closers: dict[str, list[int]] = {c: [] for c in set(_PAIRS.values())}
    for found in _CLOSING.finditer(text):
        i, ch = found.start(), found.group()
        if _is_closer(text, i, ch):
            closers[ch].append(i)
    newlines = [nl.start() for nl in re.finditer("\n", text)]
    out: list[Marked] = []
    i = 0
    while (m := _OPENING.search(text, i)) is not None:
        i, ch = m.start(), m.group()
        if _is_opener(text, i):
            close = _find_close(text, i, _PAIRS[ch], closers, newlines)
            if close is not None:
                out.append(Marked(i, close, i + 1, close, ch))
                i = close + 1
                continue
        i += 1
    return out


def _next_after(positions: list[int], i: int) -> int | None:
    k = bisect_right(positions, i)
    return positions[k] if k < len(positions) else None


def _find_close(text: str, i: int, closer: str, closers: dict[str, list[int]], newlines: list[int]) -> int | None:
    """The closing mark for the opener at `i`, within its paragraph or the paragraphs it runs over."""
    start = i
    while True:
        para_end = _next_after(newlines, start)
        limit = para_end if para_end is not None else len(text)
        # scraped pages mix the two styles: “…" and "…”
        other = {"”": '"', '"': "”"}.get(closer)
        mixed = _next_after(closers[other], start) if other is not None else None
        cands = [c for c in (_next_after(closers[closer], start), mixed) if c is not None]
        close = min(cands) if cands else None
        if close is not None and close < limit:
            return close
        if para_end is None:
            return None
        nxt = para_end
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt >= len(text) or text[nxt] != text[i]:
            return None
        start = nxt
