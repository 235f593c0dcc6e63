"""The telik_dates and telik_numbers components on hand-built Docs."""
from __future__ import annotations

from datetime import date

import pytest

from telik.nlp.extensions import DATES_KEY, FIGURES_KEY


def _run(nlp, text, ref=None):
    doc = nlp.make_doc(text)
    doc._.ref_date = ref
    for name in ("telik_sentences", "telik_dates", "telik_numbers"):
        doc = nlp.get_pipe(name)(doc)
    return doc


def test_dates_component_sets_spans_and_reference(nlp):
    doc = _run(nlp, "Mon. Apr 10th, 2023\n\nWawancara pada hari Senin (17/4). Operasi dimulai bulan Oktober tahun lalu.")
    values = {sp._.date.text: sp._.date.value for sp in doc.spans[DATES_KEY]}
    assert values["Senin (17/4)"] == "2017-04-17"
    assert values["bulan Oktober tahun lalu"] == "2016-10"
    assert doc._.ref_date == date(2017, 4, 17)


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        # a date the story tells of is a floor: the article was written then or later
        ("Tim tiba di kampung itu. Pada tanggal 9 September 2020 warga mengungsi. Jumat (9/10) mereka kembali.",
         "Jumat (9/10)", "2020-10-09"),
        # a year alone is no floor: it is as often history
        ("Perundingan berlanjut Kamis (22/8). Bentrokan terjadi pada tahun 2018.", "Kamis (22/8)", "--08-22"),
        # ... unless the report speaks of this year or the last: its weekday then fits that year or the next
        ("Korban tahun ini lebih besar dari korban tahun 2018. Perundingan berlanjut Kamis (22/8).", "Kamis (22/8)",
         "2019-08-22"),
        ("Abedi lahir tahun 1994. Reuters pada Rabu (24/5) melansir keterangan polisi.", "Rabu (24/5)", "--05-24"),
    ],
)
def test_dates_component_weekday_after_a_date_the_story_tells(nlp, text, phrase, value):
    doc = _run(nlp, text)
    values = {sp._.date.text: sp._.date.value for sp in doc.spans[DATES_KEY]}
    assert values[phrase] == value
    assert doc._.ref_date == (date.fromisoformat(value) if value[0] != "-" else None)


def test_dates_component_keeps_given_reference(nlp):
    doc = _run(nlp, "Serangan itu terjadi bulan lalu.", date(2024, 4, 5))
    assert [sp._.date.value for sp in doc.spans[DATES_KEY]] == ["2024-03"]
    assert doc._.ref_date == date(2024, 4, 5)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Pada 2022 serangan menewaskan 13 orang.", [(13.0, "killed")]),
        ("Jumat (22/3/24) pukul 19.30 WIB sedikitnya 60 orang tewas.", [(60.0, "killed")]),
    ],
)
def test_numbers_component_skips_dates(nlp, text, expected):
    doc = _run(nlp, text)
    assert [(sp._.figure.value, sp._.figure.kind) for sp in doc.spans[FIGURES_KEY]] == expected


def test_numbers_component_offsets_match_text(nlp):
    text = "Ledakan menewaskan sedikitnya 60 orang dan melukai sekitar 100 orang lainnya."
    doc = _run(nlp, text)
    for sp in doc.spans[FIGURES_KEY]:
        fig = sp._.figure
        assert text[fig.start : fig.end] == fig.text


def test_relative_dates_need_a_unit_then_a_direction():
    from telik.nlp.time.scan import scan

    found = scan("Serangan itu terjadi tiga hari lalu, dan pelaku ditangkap sepekan kemudian.")
    assert [(c.unit, c.offset) for c in found if c.unit] == [("day", -3), ("week", 1)]
    assert not [c for c in scan("Tiga hari setelah serangan, pelaku ditangkap.") if c.unit]


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("Pos itu diserang di Tembagapura, Jumat malam (20/10/2023).", "Jumat malam (20/10/2023)", "2023-10-20"),
        ("Bom meledak di Surabaya pada Minggu pagi, 13 Mei 2018.", "Minggu pagi, 13 Mei 2018", "2018-05-13"),
    ],
)
def test_dates_component_part_of_day_between_weekday_and_date(nlp, text, phrase, value):
    # one date, not the weekday alone resolved against the article's day and the date beside it
    doc = _run(nlp, text, date(2024, 5, 10))
    assert [(sp._.date.text, sp._.date.value) for sp in doc.spans[DATES_KEY]] == [(phrase, value)]


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        # a feast on a fixed day, said to be past, to come, or of a year
        ("Gereja itu diserang saat Natal lalu.", "Natal lalu", "2023-12-25"),
        ("Bom meledak di kelab malam pada Tahun Baru lalu.", "Tahun Baru lalu", "2024-01-01"),
        ("Polisi akan menyiagakan ribuan personel pada Natal mendatang.", "Natal mendatang", "2024-12-25"),
        ("Ancaman teror meningkat menjelang Natal 2022.", "Natal 2022", "2022-12-25"),
        ("Serangan serupa terjadi pada Natal tahun lalu.", "Natal tahun lalu", "2023-12-25"),
        # a day and month its own words say is to come: the next one, though more than half a year ahead
        ("Sidang putusan digelar 25 Desember mendatang.", "25 Desember mendatang", "2024-12-25"),
    ],
)
def test_dates_component_feasts_and_stated_future(nlp, text, phrase, value):
    doc = _run(nlp, text, date(2024, 5, 10))
    values = {sp._.date.text: sp._.date.value for sp in doc.spans[DATES_KEY]}
    assert values[phrase] == value


def test_dates_component_a_feast_alone_is_no_date(nlp):
    doc = _run(nlp, "Polisi memperketat penjagaan gereja menjelang Natal.", date(2024, 5, 10))
    assert list(doc.spans[DATES_KEY]) == []
