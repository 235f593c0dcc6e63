"""The telik_dates component: date and time expressions resolved to calendar values, with their offsets.

The language knowledge (month and day names, relative words, vague periods) is in telik/data/time;
`time_scan` finds expressions, `time_resolve` resolves them against the document's reference date.
"""
from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from telik.model import DateMention
from telik.nlp.extensions import DATES_KEY, sentence_bounds, set_span_value, text_of
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


@Language.factory("telik_dates", assigns=["doc.spans", "doc._.ref_date"], requires=["doc._.ref_date"])
def make_dates(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent()


class DatesComponent:
    """Puts every date expression into doc.spans["dates"]; sets doc._.ref_date when the article gave none."""

    def __call__(self, doc: Doc) -> Doc:
        starts = [s for s, _ in sentence_bounds(doc)] if doc.has_annotation("SENT_START") else None
        mentions, eff = find_dates_with_ref(text_of(doc), doc._.ref_date, starts)
        spans = []
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            set_span_value(span, "date", m)
            spans.append(span)
        doc.spans[DATES_KEY] = spans
        if doc._.ref_date is None and eff is not None:
            doc._.ref_date = eff  # the effective reference (latest explicit date, corrected by weekday evidence)
        return doc
