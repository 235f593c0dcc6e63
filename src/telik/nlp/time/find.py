"""Date and time expressions of a plain text, resolved to calendar values: what the telik_dates component, the
cleaner's dateline reader and the corpus stage's anchoring share. Free of spaCy, so that reading pages and the
corpus stage do not import it."""
from __future__ import annotations

import re
from datetime import date

from telik.model import DateMention
from telik.nlp.time.resolve import resolve
from telik.nlp.time.scan import scan

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’)]?\s+|\n+")


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start, by final punctuation and line breaks (for plain-text callers)."""
    return [0, *(m.end() for m in _SENTENCE_BREAK.finditer(text))]


def find_dates_with_ref(
    text: str, ref: date | None = None, starts: list[int] | None = None
) -> tuple[list[DateMention], date | None]:
    """Date mentions of `text` and the effective reference date they were resolved against."""
    cands = scan(text)
    values, _found, eff = resolve(cands, ref, starts if starts is not None else sentence_starts(text))
    mentions = []
    for c, v in zip(cands, values, strict=True):
        mentions.append(
            DateMention(
                text=text[c.start : c.end],
                start=c.start,
                end=c.end,
                value=v.iso(),
                precision=v.precision,
                range_start=v.range_start.isoformat() if v.range_start else None,
                range_end=v.range_end.isoformat() if v.range_end else None,
            )
        )
    return mentions, eff


def find_dates(text: str, ref: date | None = None) -> list[DateMention]:
    """Every date expression in `text`, resolved against `ref` (else the latest explicit full date in the text)."""
    return find_dates_with_ref(text, ref)[0]
