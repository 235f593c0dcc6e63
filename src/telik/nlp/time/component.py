"""The telik_dates component: date and time expressions resolved to calendar values, with their offsets.

The language knowledge (month and day names, relative words, vague periods) is in telik/data/time;
`time_scan` finds expressions, `time_resolve` resolves them against the document's reference date.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from telik.nlp.extensions import DATES_KEY, sentence_bounds, set_span_value, text_of
from telik.nlp.time.find import find_dates_with_ref


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
