"""Date anchoring: a yearless day takes its year from the same event dated elsewhere."""
from __future__ import annotations

from datetime import date

import pytest

from telik.corpus.analyze import analyze_corpus
from telik.corpus.anchoring import anchored, anchors
from telik.corpus.clusters import link_events
from telik.corpus.datespan import PartialDate
from telik.model import DateMention

from test_corpus_fakes import doc, event

TEXT_B = "Penembakan 22 Maret di Crocus City Hall. Bom 3 Januari di Kerman. Penangkapan pada bulan Januari."


pytestmark = pytest.mark.usefixtures("gazetteer")  # the fake gazetteer of conftest, for every test here


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
    for m, loc, type_ in zip(mentions, ["Crocus City Hall", "Kerman", "Iran"], ["ATTACK", "ATTACK", "ARREST"], strict=True):
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


def test_corpus_anchoring_gives_the_documents_it_reread():
    a = doc("a", "x", [event(date="2024-03-22", location="Moskow", killed=60)], reference_date="2024-03-22")
    c = doc("c", "y", [event(date="2024-01-03", location="Kerman")], reference_date="2024-01-03")
    docs = [a, doc_b(), c]
    assert anchored(docs, link_events(docs).dates, finder) == {1}
    assert anchored(docs, link_events(docs).dates, finder) == set()  # read with its year now: nothing changes


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


TEXT_C = ("Iran memberitahu Rusia sebelum pembantaian di dekat Moskow bulan lalu. "
          "Penembakan pada 22 Maret di Crocus City Hall.")


def relative_finder(text: str, ref: date | None) -> list[DateMention]:
    """"bulan lalu" is the month before `ref` (unreadable without one); "22 Maret" takes `ref`'s year."""
    out = []
    if "bulan lalu" in text:
        start = text.index("bulan lalu")
        value = None
        if ref:
            y, m = (ref.year - 1, 12) if ref.month == 1 else (ref.year, ref.month - 1)
            value = f"{y}-{m:02d}"
        out.append(DateMention("bulan lalu", start, start + 10, value, "month"))
    if "22 Maret" in text:
        start = text.index("22 Maret")
        out.append(DateMention("22 Maret", start, start + 8, f"{ref.year}-03-22" if ref else "--03-22", "day"))
    return out


def doc_c():
    from telik.model import EntityMention

    mentions = relative_finder(TEXT_C, None)
    first = TEXT_C.index("Penembakan")
    warning = event("WARNING", location="Rusia", start=0)
    warning.end = first
    shot = event(date="--03-22", location="Crocus City Hall", start=first, date_start=mentions[1].start,
                 date_end=mentions[1].end, date_precision="day")
    shot.end = len(TEXT_C)
    ents = [EntityMention(n, "GPE", TEXT_C.index(n), TEXT_C.index(n) + len(n), "") for n in ("Iran", "Rusia", "Moskow")]
    ents.append(EntityMention("Crocus City Hall", "FAC", TEXT_C.index("Crocus"), TEXT_C.index("Crocus") + 16, ""))
    return doc("c", TEXT_C, [warning, shot], dates=mentions, entities=ents)


@pytest.mark.parametrize("place,reference,warning_date", [
    # "last month" beside the place of the anchored attack: written in the month after it
    ("Moskow", "2024-04-01", "2024-03"),
    # a sentence about somewhere else says nothing about when the article was written
    ("Kabul", "2024-03-22", "2024-02"),
])
def test_corpus_anchoring_relative_phrase_about_the_anchored_event(place, reference, warning_date):
    a = doc("a", "x", [event(date="2024-03-22", location="Moskow", killed=60)], reference_date="2024-03-22")
    c = doc_c()
    if place != "Moskow":
        c.text = c.clean_text = TEXT_C.replace("Moskow", place.ljust(6))
        c.entities[2].text = place
    analyze_corpus([a, c], finder=relative_finder)
    assert c.reference_date == reference
    assert [e.date for e in c.events] == [warning_date, "2024-03-22"]


@pytest.mark.parametrize("phrase,day,expected", [
    ("bulan lalu", date(2024, 3, 22), date(2024, 4, 1)),
    ("kemarin", date(2024, 3, 22), date(2024, 3, 23)),
    ("tahun lalu", date(2023, 5, 2), date(2024, 1, 1)),
    ("22 Maret", date(2024, 3, 22), date(2024, 3, 22)),
    ("besok", date(2024, 3, 22), None),
])
def test_corpus_anchoring_earliest_writing_date(phrase, day, expected):
    from telik.corpus.anchoring import earliest_writing_date
    from telik.nlp.time.find import find_dates

    got = earliest_writing_date(phrase, day, find_dates)
    assert got == expected


def test_corpus_anchoring_needs_a_day_of_its_own():
    # "sejak ibu kota jatuh ke tangan Taliban pertengahan Agustus": a month told in passing is too loose a tie to
    # date the whole article by the day another report gives that event
    month = doc("m", "x", [event("CONTROL", date="--08", cluster="c1")])
    day = doc("d", "x", [event("CONTROL", date="--08-15", cluster="c1")])
    assert anchors([month, day], {"c1": PartialDate(2021, 8, 15)}) == {1: {"c1": date(2021, 8, 15)}}
