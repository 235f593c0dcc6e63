"""Partial dates (year, month, day) and when two of them can name the same day."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class PartialDate:
    """What a date string pins down; None where the text did not say (a yearless "--03-22")."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def empty(self) -> bool:
        """True when no part of the date is known."""
        return self.year is None and self.month is None and self.day is None

    def compatible(self, other: PartialDate) -> bool:
        """True when no component both sides know differs ("2024-03" vs "2024-03-22", "--03-22" vs "2024-03-22")."""
        return all(
            a is None or b is None or a == b
            for a, b in ((self.year, other.year), (self.month, other.month), (self.day, other.day))
        )

    def merge(self, other: PartialDate) -> PartialDate:
        """The components either side knows (callers check `compatible` first)."""
        return PartialDate(self.year or other.year, self.month or other.month, self.day or other.day)

    def iso(self) -> str | None:
        """Back to ISO 8601 at its precision; yearless days as "--MM-DD"."""
        if self.year is None:
            if self.month is None:
                return None
            return f"--{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")
        out = f"{self.year:04d}"
        if self.month:
            out += f"-{self.month:02d}"
            if self.day:
                out += f"-{self.day:02d}"
        return out


def parse_partial(value: str | None) -> PartialDate:
    """Read "2024", "2024-03", "2024-03-22", "2024-03-22T19:30", "--03-22" or "--03"."""
    if not value:
        return PartialDate()
    value = value.strip()
    if value.startswith("--"):
        m = re.match(r"^--(\d{2})(?:-(\d{2}))?", value)
        if not m:
            return PartialDate()
        return PartialDate(None, int(m[1]), int(m[2]) if m[2] else None)
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return PartialDate()
    return PartialDate(int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)


def precision_of(p: PartialDate) -> str | None:
    """The model's precision word for a partial date."""
    if p.day:
        return "day"
    if p.month:
        return "month"
    if p.year:
        return "year"
    return None
