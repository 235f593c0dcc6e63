"""Numbers that name rather than count (list items, names, labels) are no figures; broken word lists are refused."""
from __future__ import annotations

import pytest

from telik.errors import TelikError
from telik.nlp.numbers import vocab as numbers
from telik.nlp.numbers.component import find_figures


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Berikut daftarnya:\n1. Biji bunga matahari\n2. Balok es", []),
        ("Dua orang tewas.\n3. Minuman bersoda", ["Dua"]),
        ("Warga Kepulauan Seribu menunggu kapal.", []),
        ("JAKARTA - Tiga orang tewas.", ["Tiga"]),
        ("Jakarta, CNN Indonesia -- Tujuh orang tewas dan 119 lainnya luka-luka.", ["Tujuh", "119"]),
    ],
)
def test_numbers_labels_are_not_figures(text, expected):
    assert [f.text for f in find_figures(text)] == expected


def test_numbers_labels_bare_no_is_refused(tmp_path, monkeypatch):
    for name in ("words.yaml", "qualifiers.yaml", "units.yaml", "cues.yaml"):
        (tmp_path / name).write_text((numbers.NUMBERS_DIR / name).read_text(encoding="utf-8"), encoding="utf-8")
    words = (tmp_path / "words.yaml").read_text(encoding="utf-8").replace('labels: ["no",', "labels: [no,")
    (tmp_path / "words.yaml").write_text(words, encoding="utf-8")
    monkeypatch.setattr(numbers, "NUMBERS_DIR", tmp_path)
    numbers.get_number_vocab.cache_clear()
    try:
        with pytest.raises(TelikError) as err:
            numbers.get_number_vocab()
        assert err.value.code == "E013"
    finally:
        monkeypatch.undo()
        numbers.get_number_vocab.cache_clear()


@pytest.mark.parametrize(
    "text,kinds",
    [
        # the aside names some of those counted; the predicate after it counts them all
        ("Ada pula 15 orang, termasuk satu petugas polisi yang terluka akibat tembakan.", [("15", "injured"), ("satu", None)]),
        ("Serangan itu menewaskan 60 orang, termasuk 13 tentara AS.", [("60", "killed"), ("13", None)]),
    ],
)
def test_numbers_kind_reaches_across_an_including_aside(text, kinds):
    assert [(f.text, f.kind) for f in find_figures(text)] == kinds


@pytest.mark.parametrize(
    "text,kinds",
    [
        # an age is no count of the dead, though a death predicate follows it
        ("Sepupu Tamimi yang berusia 15 hingga tewas ditembak.", [("15", None)]),
        ("Remaja berumur 17 tewas ditembak, dan 15 orang lainnya tewas.", [("17", None), ("15", "killed")]),
    ],
)
def test_numbers_age_is_no_casualty_count(text, kinds):
    assert [(f.text, f.kind) for f in find_figures(text)] == kinds


def test_numbers_words_are_numbers_to_spacy():
    """spaCy's Indonesian lexical attributes agree that the number words are numbers (checked here, not when the
    vocabulary loads: date scanning must not import spaCy)."""
    from spacy.lang.id.lex_attrs import like_num

    vocab = numbers.get_number_vocab()
    words = (*vocab.units, *vocab.teens, *vocab.small_multipliers, *vocab.magnitudes)
    assert [w for w in words if w not in ("se", "milyar") and not like_num(w)] == []


@pytest.mark.parametrize(
    "text,kinds",
    [
        # a long name and its short form in brackets stand between the count and its predicate
        ("Sedikitnya 12 anggota kelompok Bangsamoro Islamic Freedom Fighters (BIFF) tewas dalam bentrokan.",
         [("Sedikitnya 12", "killed")]),
        ("Dua anggota Tentara Pembebasan Nasional Papua Barat (TPNPB) terluka dalam kontak tembak.", [("Dua", "injured")]),
        # three lower-case words at most still
        ("Sebanyak 40 warga Desa Sukamaju yang tinggal di bantaran sungai mengungsi, dua orang tewas.",
         [("40", None), ("dua", "killed")]),
    ],
)
def test_numbers_kind_reaches_across_a_long_name(text, kinds):
    assert [(f.text, f.kind) for f in find_figures(text)] == kinds
