"""Whole-word search without a pattern per word (`telik.wordmatch.find_whole`)."""
from __future__ import annotations

import re

import pytest

from telik.wordmatch import find_whole


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
