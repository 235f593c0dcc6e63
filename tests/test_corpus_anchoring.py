"""Date anchoring: a yearless day takes its year from the same event dated elsewhere."""
from __future__ import annotations

from datetime import date

import pytest

from test_corpus_fakes import FakeGazetteer, doc, event
from telik.corpus import relations
from telik.corpus.analyze import analyze_corpus
from telik.model import DateMention

TEXT_B = "Penembakan 22 Maret di Crocus City Hall. Bom 3 Januari di Kerman. Penangkapan pada bulan Januari."


@pytest.fixture(autouse=True)
def gazetteer(monkeypatch):
    fake = FakeGazetteer()
    monkeypatch.setattr(relations, "_gazetteer", lambda: fake)
    relations.clear_cache()
    yield fake
    relations.clear_cache()


def finder(text: str, ref: date | None) -> list[DateMention]:
    """What the date library gives for TEXT_B once it knows the year."""
    year = ref.year if ref else None
    found = [("22 Maret", "03-22", "day"), ("3 Januari", "01-03", "day"), ("bulan Januari", "01", "month")]
    out = []
    for surface, md, precision in found:
        start = text.index(surface)
        value = f"{year}-{md}" if year else (f"--{md}" if precision == "day" else None)
        out.append(DateMention(surface, start, start + len(surface), value, precision))
    return out


def doc_b():
    mentions = finder(TEXT_B, None)
    events = []
    for m, loc, type_ in zip(mentions, ["Crocus City Hall", "Kerman", "Iran"], ["ATTACK", "ATTACK", "ARREST"]):
        events.append(event(type_, date=m.value, location=loc, start=m.start, date_start=m.start, date_end=m.end,
                            date_precision=m.precision))
    return doc("b", TEXT_B, events, dates=mentions)


def test_corpus_anchoring_adopts_the_year_and_rereads_dates():
    a = doc("a", "x", [event(date="2024-03-22", location="Moskow", killed=60)], reference_date="2024-03-22")
    b = doc_b()
    analyze_corpus([a, b], finder=finder)
    assert [e.date for e in b.events] == ["2024-03-22", "2024-01-03", "2024-01"]
    assert [m.value for m in b.dates] == ["2024-03-22", "2024-01-03", "2024-01"]
    assert b.reference_date == "2024-03-22"
    assert a.events[0].cluster == b.events[0].cluster


def test_corpus_anchoring_without_date_library_picks_the_latest_past_year():
    a = doc("a", "x", [event(date="2024-03-22", location="Moskow")], reference_date="2024-03-22")
    b = doc_b()
    analyze_corpus([a, b], finder=lambda text, ref: [])
    assert [e.date for e in b.events] == ["2024-03-22", "2024-01-03", None]


def test_corpus_anchoring_needs_a_matching_event():
    a = doc("a", "x", [event(date="2024-03-21", location="Moskow")], reference_date="2024-03-21")
    b = doc_b()
    analyze_corpus([a, b], finder=finder)
    assert b.events[0].date == "--03-22"
    assert b.reference_date is None
