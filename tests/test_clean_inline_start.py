"""Inline noise patterns that open with white space then a bracket are tried only in the space before each bracket
and at it: the same matches as a search of the whole line."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from telik.clean.patterns import get_noise, opener_matches, opens_after_space

PATTERNS = [
    re.compile(r"(?:^|(?<!\s)|(?!\s))\s*\((?:foto|ist)\s*:[^()\n]{1,20}\)\s*\|?", re.I | re.M),
    re.compile(r"(?:^|(?<!\s)|(?!\s))\s*\((?:foto|ist)\)\s*\|?$", re.I | re.M),
    re.compile(r"(?<!a)\s*\[\s*baca\s*:[^\[\]\n]{1,20}\]", re.I | re.M),
]


def test_the_opening_character_is_read_from_the_pattern():
    assert [opens_after_space(p) for p in PATTERNS] == ["(", "(", "["]
    for source in (r"\s+\(", r"a\s*\(", r"(?:^|a)\s*\(", r"\s*a", r"\s*"):
        assert opens_after_space(re.compile(source)) is None
    assert sum(opens_after_space(p) is not None for p in get_noise().inline) >= 4


#: Pieces the patterns are made of, so that random texts hold matches, not just stray brackets.
PIECES = ["(foto: a)", "(FOTO:", "(ist)", "(photo: b", "[baca: c]", "(baca:", "(", ")", "[", "]", ":", "|", " ", "\t",
          "\n", "\u00a0", "a", "foto"]


@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join), st.integers(0, 90), st.integers(0, 90))
def test_tries_at_the_brackets_find_the_same(text, a, b):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    for pattern in PATTERNS + [p for p in get_noise().inline if opens_after_space(p)]:
        opener = opens_after_space(pattern)
        assert opener is not None
        found = [m.span() for m in opener_matches(pattern, text, opener, start, end)]
        assert found == [m.span() for m in pattern.finditer(text, start, end)]
