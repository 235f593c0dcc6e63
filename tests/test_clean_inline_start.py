"""Inline noise patterns that open with white space then a bracket are searched from the space before the first
bracket of a line: the same matches as a search from the line's start."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from telik.clean.patterns import get_noise, opening_search_start, opens_after_space

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


@given(st.text(alphabet="ab \t\n\u00a0(():|[]fotFOTistbac", max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_search_from_the_space_before_the_first_bracket_finds_the_same(text, a, b):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    for pattern in PATTERNS:
        opener = opens_after_space(pattern)
        assert opener is not None
        pos = opening_search_start(text, opener, start, end)
        found = [m.span() for m in pattern.finditer(text, pos, end)] if pos >= 0 else []
        assert found == [m.span() for m in pattern.finditer(text, start, end)]
