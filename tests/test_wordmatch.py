"""Whole-word search without a pattern per word (`telik.wordmatch.find_whole`)."""
from __future__ import annotations

import re

import pytest

from telik.wordmatch import find_whole, occurrences


@pytest.mark.parametrize(
    "text,word,start",
    [
        ("Sumber intelijen AS mengatakan", "AS", 0),
        ("KASUS di Jakarta, AS menyebut", "AS", 0),  # inside "KASUS" it is no word
        ("AS_2 dan AS.", "AS", 0),
        ("polisi Polisi", "Polisi", 0),
        ("Kota Gaza dan Gaza", "Gaza", 6),
        ("Tidak ada", "Gaza", 0),
        ("(Densus 88) menangkap", "Densus 88", 0),
        ("", "AS", 0),
    ],
)
def test_find_whole_finds_what_a_whole_word_pattern_finds(text, word, start):
    m = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)").search(text, start)
    assert find_whole(text, word, start) == (m.start() if m else -1)


@pytest.mark.parametrize(
    "text,word,start,end",
    [
        ("Sekolah itu diserang; sebuah sekolah-asrama dihantam", "sekolah", 0, None),
        ("menghantam sebuah sekolah milik UNRWA", "sekolah", 11, 25),  # a word ending at `end` is whole
        ("pasukan pra-sekolah dan sekolah", "sekolah", 0, None),
        ("sekolahnya rusak", "sekolah", 0, 16),
    ],
)
def test_find_whole_with_hyphens_and_an_end_finds_what_the_pattern_finds(text, word, start, end):
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    m = pattern.search(text, start, len(text) if end is None else end)
    assert find_whole(text, word, start, end, hyphen=True) == (m.start() if m else -1)


def test_occurrences_are_every_place_whole_or_not():
    assert occurrences("Poso, Posona dan Poso", "Poso") == [0, 6, 17]
    assert occurrences("Poso", "") == []
