"""`gated` patterns find the same matches as the patterns they gate, and skip what no match starts with;
`finditer_near` finds the same matches as a whole-text pass, trying the pattern only near the anchors; `word_starts`
the same matches as a whole-text pass, trying the pattern only where a listed word stands."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telik.regexgate import SHORT, Words, finditer_near, first_words, gated, word_places, word_starts

PATTERNS = [
    re.compile(r"(?<!\w)(?:ab|c?d)x", re.IGNORECASE),
    re.compile(r"(?:(?<![^\W\d_])(?P<cur>rp\.?|\$)\s{0,2})?(?<![\w/.,])(?P<n>\d+(?:,\d+)?)(?![\w/])", re.IGNORECASE),
    re.compile(r"(?<!\w)(?i:kata|ujar)\s+(?P<who>[A-Z][a-z]+)"),
    re.compile(r"(?-i:[A-Z])[a-z]+\s+(?:lalu|ini)(?!\w)", re.IGNORECASE),
    re.compile(r"(?P<d>\d{1,2})(?P<sep>[/.-])\d{1,2}(?:(?P=sep)\d{2,4})?"),
]


def test_gate_admits_the_first_characters_only():
    assert gated(PATTERNS[0]).pattern.startswith("(?=(?i:[acd]))")
    assert gated(PATTERNS[2]).pattern.startswith("(?=(?i:[ku]))")
    assert gated(PATTERNS[3]).pattern.startswith("(?=[A-Z])")  # case-sensitive where the pattern is
    assert gated(PATTERNS[4]).pattern.startswith(r"(?=[\d])")  # a group first: `re` scans for no first character


@pytest.mark.parametrize("source", [r"a?", r"(?:x|)y?", r"[^a]b", r"\Wb", r"(?m)^x", r",\s*(?:kata|ujar)", r"[ab]c"])
def test_no_gate_when_the_start_is_not_plain(source):
    pattern = re.compile(source)
    assert gated(pattern) is pattern


@given(st.text(alphabet="abcdxRrPp$., 0123456789/-KkUuJjİıLlIiNn\n", max_size=60))
def test_gated_patterns_find_the_same_matches(text):
    for pattern in PATTERNS:
        gate = gated(pattern)
        assert [(m.span(), m.groupdict()) for m in gate.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_same_matches_on_text():
    text = "Rp 5 juta, kata Budi. Ujar Ani: 12/3/2024 ABx cdx dx Senin lalu, Rp.20 dan $3."
    for pattern in PATTERNS:
        assert [m.group() for m in gated(pattern).finditer(text)] == [m.group() for m in pattern.finditer(text)]


#: The anchor (a month-like word) and patterns every match of which covers the start of one of its matches.
ANCHOR = re.compile(r"(?<!\w)(?:mei|juni?)(?!\w)", re.IGNORECASE)
NEAR = [
    re.compile(r"(?<![\w.])(?P<d>\d{1,2})\s{1,3}(?P<m>mei|juni?)(?!\w)(?:\s+(?P<y>\d{4}))?(?![\w/]|[.,]\d)",
               re.IGNORECASE),
    re.compile(r"(?<!\w)(?:(?:awal|akhir\s+bulan)\s+)?(?:mei|juni?)(?!\w)(?:\s+(?:lalu|ini(?=\s+juga)))?",
               re.IGNORECASE),
    gated(re.compile(r"(?<!\w)(?:pada\s{1,3})?(?P<o>\()?(?:mei|jun)(?(o)\))(?!\w)", re.IGNORECASE)),
]


def _spans(matches):
    return [(m.span(), m.groupdict()) for m in matches]


@given(st.text(alphabet="0123 \n\t.,/()meijunMEIJUNpadwlkhrbst", max_size=80))
def test_matches_near_anchors_are_the_whole_text_matches(text):
    anchors = [m.start() for m in ANCHOR.finditer(text)]
    for pattern in NEAR:
        assert _spans(finditer_near(pattern, text, anchors)) == _spans(pattern.finditer(text))


def test_near_anchors_across_long_white_space():
    text = "awal" + " " * 300 + "Mei lalu; 12  Juni\n\n\n\n\n\n2024, (Jun) dan juni"
    anchors = [m.start() for m in ANCHOR.finditer(text)]
    for pattern in NEAR:
        assert _spans(finditer_near(pattern, text, anchors)) == _spans(pattern.finditer(text))
    assert [m.group() for m in finditer_near(NEAR[1], text, anchors)][0].startswith("awal   ")


@pytest.mark.parametrize("source", [r"\w+ mei", r"(?:x|)", r"(.+)\1mei"])
def test_unbounded_patterns_take_the_whole_text_pass(source):
    pattern = re.compile(source)
    text = "ab mei, xx mei"
    assert [m.span() for m in finditer_near(pattern, text, [3])] == [m.span() for m in pattern.finditer(text)]


#: Word lists and patterns each match of which starts with one of the list's words (empty or never empty matches).
WORDS = ["mei", "jun", "juni", "hari ini", "jum’at"]
STARTS = [
    re.compile(r"(?<!\w)(?=(?:mei|juni?|hari\s+ini|jum’at)(?!\w))", re.IGNORECASE),
    gated(re.compile(r"(?<![\w-])(?:jun|mei)(?:\s+(?:mei|jun))*", re.IGNORECASE)),
    re.compile(r"\b(?:jun|mei)\b", re.IGNORECASE),
]
#: Patterns whose matches may start inside a word: the list `inside`.
INSIDE = [re.compile(r"(?:mei|juni?|hari)\s{1,3}(?:lalu|ini)(?!\w)", re.IGNORECASE)]


def test_first_words_keep_the_shortest_start():
    assert first_words(WORDS) == ["hari", "jum’at", "jun", "mei"]


@given(st.text(alphabet="meijunharilaMEIJUNHARI’ -_\n\tİıſKk0", max_size=80))
def test_word_starts_are_the_whole_text_matches(text):
    text += " " * SHORT  # a shorter text takes the plain pass
    for pattern in STARTS:
        assert _spans(word_starts(pattern, text, Words.of(WORDS))) == _spans(pattern.finditer(text))
    for pattern in INSIDE:
        assert _spans(word_starts(pattern, text, Words.of(WORDS, inside=True))) == _spans(pattern.finditer(text))


def test_word_places_read_the_lower_case_text():
    pad = " " * SHORT
    assert word_places("Mei, JUNI dan jun" + pad, Words.of(["jun", "mei"])) == [0, 5, 14]
    assert word_places("sehari, hari" + pad, Words.of(["hari"])) == [8]  # at the start of a word only
    assert word_places("sehari, hari" + pad, Words.of(["hari"], inside=True)) == [2, 8]
    assert word_places("Rp5, 5$" + pad, Words.of(["rp", "$"])) == [0, 6]  # a word opening with no letter: anywhere
    assert word_places("İstanbul mei" + pad, Words.of(["mei"])) is None  # lower-casing "İ" moves later offsets
    assert word_places("ſenin mei" + pad, Words.of(["mei"])) is None  # `re` reads "ſ" as "s" ignoring case
    assert word_places("Mei", Words.of(["mei"])) is None  # short: a pass over it costs less
