"""The date and number vocabularies load, validate, and reject broken files with a numbered error."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from telik.cli import cli
from telik.errors import TelikError
from telik.nlp.numbers import vocab as numbers
from telik.nlp.numbers.vocab import parse_number_words
from telik.nlp.time import vocab as time_data


def test_dates_data_months_cover_the_year():
    vocab = time_data.get_vocab()
    assert sorted(set(vocab.months.values())) == list(range(1, 13))
    assert {vocab.months[w] for w in ("agt", "agu", "agus", "nop", "des", "mei")} == {8, 11, 12, 5}


def test_dates_data_invalid_file_is_a_numbered_error(tmp_path, monkeypatch):
    for name in ("weekdays.yaml", "relative.yaml", "periods.yaml", "times.yaml"):
        (tmp_path / name).write_text((time_data.TIME_DIR / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "months.yaml").write_text("months:\n  13: {names: [undecimber]}\n", encoding="utf-8")
    monkeypatch.setattr(time_data, "TIME_DIR", tmp_path)
    time_data.get_vocab.cache_clear()
    try:
        with pytest.raises(TelikError) as err:
            time_data.get_vocab()
        assert err.value.code == "E013"
    finally:
        monkeypatch.undo()
        time_data.get_vocab.cache_clear()


@pytest.mark.parametrize(
    "words,expected",
    [("tiga", 3), ("dua belas", 12), ("sebelas", 11), ("seratus", 100), ("tiga ratus lima puluh", 350),
     ("dua ribu lima ratus", 2500), ("seribu", 1000), ("satu juta", 1_000_000), ("dua tiga", None)],
)
def test_numbers_words_values(words, expected):
    assert parse_number_words(words) == expected


def test_numbers_vocab_agrees_with_spacy():
    vocab = numbers.get_number_vocab()
    assert vocab.qualifiers["sedikitnya"] == "at_least" and vocab.qualifiers["lebih dari"] == "more_than"


def test_dates_cli_prints_json():
    out = CliRunner().invoke(cli, ["dates", "pada bulan lalu", "--ref", "2024-04-05"])
    assert out.exit_code == 0
    assert json.loads(out.output)[0]["value"] == "2024-03"


def test_numbers_cli_prints_json():
    out = CliRunner().invoke(cli, ["numbers", "menewaskan sedikitnya 60 orang"])
    assert out.exit_code == 0
    fig = json.loads(out.output)[0]
    assert (fig["value"], fig["qualifier"], fig["kind"]) == (60.0, "at_least", "killed")
