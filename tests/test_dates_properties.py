"""Property tests: any text is read in bounded time, spans lie inside it, values are valid calendar dates."""
from __future__ import annotations

import re
import time
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telik.nlp.numbers.component import find_figures
from telik.nlp.time.find import find_dates

PIECES = ["1", "12", "/", "-", ".", ",", " ", "(", ")", "Maret", "Agt", "Des", "2024", "Senin", "pukul", "tahun",
          "lalu", "sebelumnya", "akhir", "bulan", "WIB", "19.30", "22/3/24", "ribu", "sedikitnya", "tewas", "\n",
          "SENİN", "AGUſTUS", "Kamıs", "\u212aAMIS"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=60).map("".join) | st.text(max_size=200)
REFS = st.none() | st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))


def _valid_value(value: str, precision: str) -> bool:
    if value.startswith("--"):
        return bool(re.fullmatch(r"--\d{2}(-\d{2})?", value))
    fmt = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d", "time": "%Y-%m-%dT%H:%M"}[precision]
    datetime.strptime(value, fmt)
    return True


@settings(max_examples=300, deadline=None)
@given(TEXTS, REFS)
def test_dates_property_spans_and_values(text, ref):
    for m in find_dates(text, ref):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.precision in ("year", "month", "day", "time")
        if m.value is not None:
            assert _valid_value(m.value, m.precision)
        for bound in (m.range_start, m.range_end):
            if bound is not None:
                date.fromisoformat(bound)


def test_dates_letters_that_match_ascii_only_when_case_is_ignored():
    """'İ', 'ı', 'ſ' and the Kelvin sign match i and s in case-insensitive patterns but do not lower-case to them."""
    ref = date(2025, 8, 20)
    assert [(m.text, m.value) for m in find_dates("Pada SENİN (12/5) di Poso.", ref)] == [("SENİN (12/5)", "2025-05-12")]
    assert [(m.text, m.value) for m in find_dates("Pada 3 AGUſTUS 2024.", ref)] == [("3 AGUſTUS 2024", "2024-08-03")]
    assert [(m.text, m.value) for m in find_dates("Kamıs lalu.", ref)] == [("Kamıs lalu", "2025-08-14")]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_numbers_property_spans(text):
    for f in find_figures(text):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.low is None or f.high is None or f.low <= f.high


@pytest.mark.parametrize(
    "text",
    [
        "1" * 100_000,
        "/" * 100_000,
        "1/" * 50_000,
        "12/3/" * 20_000,
        "Maret " * 16_000,
        "22 Maret 2024 " * 7_000,
        "Senin (17/4) " * 7_000,
        "5.000." * 16_000,
        "1-1-" * 25_000,
        "tahun sebelumnya " * 6_000,
        "dua puluh " * 10_000,
    ],
    ids=lambda t: repr(t[:10]),
)
def test_dates_bounded_time_on_100k(text):
    # CPU time, not wall time: other jobs on the machine must not fail it. Linear scanning
    # takes about two CPU-seconds; catastrophic backtracking would take hours, so the bound
    # only guards the complexity class (speed itself is measured by `make bench`).
    t0 = time.process_time()
    find_dates(text, date(2024, 3, 22))
    find_figures(text)
    assert time.process_time() - t0 < 60.0
