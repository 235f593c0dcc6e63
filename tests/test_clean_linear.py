"""Cleaning stays linear in the size of its input, runs of whitespace included.

A pattern opening with a whitespace quantifier (`\\s*\\(foto: …\\)`) searched over a run of spaces is tried at
every position of the run, each attempt scanning the rest of it: 20,000 spaces took 39 s. `patterns.linear`
guards such patterns; these tests check that the guard finds the same matches and that cleaning time grows
with the input, not with its square.
"""
from __future__ import annotations

import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from telik.clean import clean_article
from telik.clean.patterns import NOISE_SECTIONS, either, get_noise, linear, needed_char
from telik.model import Article

_SPACEY = st.text(alphabet=st.sampled_from(list(" \t\n,.|-–(x)Foto:dok baca juga[]/")), max_size=120)


def _guarded_sources() -> list[str]:
    """Every packaged noise pattern that `linear` had to guard (its source without the guard)."""
    out = []
    for section in NOISE_SECTIONS:
        for pattern in getattr(get_noise(), section):
            m = re.match(r"\(\?:\^\|\(\?<!(?P<atom>.+?)\)\|\(\?!(?P=atom)\)\)", pattern.pattern)
            if m:
                out.append(pattern.pattern[m.end() :])
    return out


def test_linear_guards_every_pattern_opening_with_whitespace() -> None:
    guarded = _guarded_sources()
    assert guarded, "the packaged inline patterns open with whitespace quantifiers: they must be guarded"
    for section in NOISE_SECTIONS:
        for pattern in getattr(get_noise(), section):
            assert not re.match(r"(?:\\s|\[ \\t\]|\[\\s,\]| )[*+]", pattern.pattern), pattern.pattern
    assert linear(r"^\s*x") == r"^\s*x"  # anchored patterns need no guard


@settings(max_examples=200, deadline=None)
@given(text=_SPACEY, start=st.integers(0, 40))
def test_linear_guard_finds_the_same_matches(text: str, start: int) -> None:
    start = min(start, len(text))
    # searches start at line starts, as the cleaner's do
    start = text.rfind("\n", 0, start) + 1
    for source in [*_guarded_sources(), r"\s*[,|•·]\s*", r"[\s,]*(?:-{1,2}|–|—)[\s,]*$"]:
        plain = re.compile(source, re.IGNORECASE | re.MULTILINE)
        guarded = re.compile(linear(source), re.IGNORECASE | re.MULTILINE)
        assert [m.span() for m in guarded.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]


def _page(gap: int) -> str:
    """A page whose header, opener, inline credits, prompts and body all hold runs of `gap` blanks."""
    spaces = " " * gap
    return (
        f"Judul Berita Penting{spaces}Satu\n\nJakarta{spaces}- Kalimat pertama yang cukup panjang untuk badan "
        f"berita.{spaces}(Foto: Dok)\n\nBaca juga:{spaces}x\n\n{chr(9) * gap}\nKalimat, {spaces}, lain.\n"
    )


def _cpu_seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        clean_article(Article(id="t", text=text, title="Judul Berita Penting"))
        best = min(best, time.process_time() - t0)
    return best


def test_cleaning_time_grows_linearly_with_whitespace_runs() -> None:
    """Ten times the input costs about ten times the CPU (quadratic would be a hundred; the bound is 35)."""
    small, large = _cpu_seconds(_page(10_000)), _cpu_seconds(_page(100_000))
    assert large < 35 * max(small, 0.005), (small, large)


def test_needed_char_never_skips_a_line_with_a_match() -> None:
    """The inline noise shortcut: a line without the pattern's needed character holds no match of it."""
    noise = get_noise()
    assert needed_char(re.compile(r"\s*\((?:foto)\s*:")) == "("
    assert needed_char(re.compile(r"(?:a|\()b")) is None  # inside an alternation: not looked into
    assert needed_char(re.compile(r"x(?=\[)")) is None  # a lookahead consumes nothing
    lines = ["Teks (Foto: Reuters)", "Baca juga: Judul", "kata dia. (ant/jpnn)", "[Baca juga: X]", "s: abcd e: abcd"]
    for pattern in noise.inline:
        needed = needed_char(pattern)
        for line in lines:
            if needed is not None and needed not in line:
                assert pattern.search(line) is None
    joined = either(noise.line)
    assert joined is not None
    for line in ["Baca juga: Judul Berita", "Kata dia.", "BACA JUGA:"]:
        assert (joined.match(line) is not None) == any(p.match(line) for p in noise.line)
    assert all(noise.starts("line", line) == any(p.match(line) for p in noise.line) for line in lines)
