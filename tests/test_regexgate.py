"""`gated` patterns find the same matches as the patterns they gate, and skip what no match starts with."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telik.regexgate import gated

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
