"""Lines of an article with their offsets, and where the header ends and the body begins."""
from __future__ import annotations

import re
from dataclasses import dataclass

_TERMINAL = (".", '."', ".”", '"', "”", ":")


@dataclass
class Line:
    """One line: `start`/`end` bound its content in the original, `stop` includes the line break."""

    index: int
    start: int
    end: int
    stop: int
    text: str  # stripped content

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[Line]:
    """Every line of `text` with its offsets."""
    lines: list[Line] = []
    pos = 0
    for i, m in enumerate(re.finditer(r"[^\n]*\n?", text)):
        if m.start() == len(text) and pos == len(text) and i:
            break
        raw = m.group()
        content_end = m.start() + len(raw.rstrip("\n"))
        lines.append(Line(i, m.start(), content_end, m.end(), text[m.start() : content_end].strip()))
        pos = m.end()
    return lines


def is_paragraph(line: Line) -> bool:
    """A line of body text rather than a headline, site name or widget."""
    words = len(line.text.split())
    return len(line.text) >= 150 or (words >= 6 and line.text.endswith(_TERMINAL))


def body_start(lines: list[Line]) -> int:
    """Index of the first body line (all earlier non-blank lines form the header)."""
    for line in lines:
        if not line.blank and is_paragraph(line):
            return line.index
    return next((line.index for line in lines if not line.blank), 0)
