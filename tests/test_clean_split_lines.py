"""Lines are cut by `str.split`: the same lines, offsets and texts as the regex definition they replaced."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from telik.clean.layout import Line, split_lines


def plain_lines(text: str) -> list[Line]:
    """The definition by a regex match per line (each line with its break; the empty match after the last one
    is no line, unless the text is empty)."""
    lines: list[Line] = []
    pos = 0
    for i, m in enumerate(re.finditer(r"[^\n]*\n?", text)):
        if m.start() == len(text) and pos == len(text) and i:
            break
        content_end = m.start() + len(m.group().rstrip("\n"))
        lines.append(Line(i, m.start(), content_end, m.end(), text[m.start() : content_end].strip()))
        pos = m.end()
    return lines


def test_edges():
    assert split_lines("") == [Line(0, 0, 0, 0, "")]
    assert split_lines("a\n") == [Line(0, 0, 1, 2, "a")]
    assert split_lines("a\n\n b \r\nc") == [Line(0, 0, 1, 2, "a"), Line(1, 2, 2, 3, ""), Line(2, 3, 7, 8, "b"),
                                            Line(3, 8, 9, 9, "c")]


@given(st.lists(st.sampled_from(["\n", "\r", " ", "\t", "a", "Bb", "\u00a0", "\u2028", "\x0b"]), max_size=30)
       .map("".join))
def test_lines_are_the_regex_definition(text):
    assert split_lines(text) == plain_lines(text)
