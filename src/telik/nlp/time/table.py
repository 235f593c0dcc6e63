"""Read the team's table of date and figure expressions (tests/data/time_table.tsv) for tests and benchmarks."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from telik.model import DateMention, Figure


@dataclass(frozen=True)
class Row:
    """One expression: its text, reference date, the mention expected and the expected value as written."""

    line: int
    type: str  # date | figure
    ref: date | None
    text: str
    mention: str | None  # None: nothing may be found
    expected: str

    @property
    def id(self) -> str:
        return f"{self.line}:{self.text[:40]}"


def read_table(path: Path) -> list[Row]:
    """Rows of the table; comment lines start with '#', the first other line is the header."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        lines = [(i, ln) for i, ln in enumerate(fh, 1) if ln.strip() and not ln.startswith("#")]
    records = csv.reader((ln for _, ln in lines[1:]), delimiter="\t", quoting=csv.QUOTE_NONE)
    for (i, _), rec in zip(lines[1:], records, strict=True):
        kind, ref, text, mention, expected = rec
        day = date.fromisoformat(ref) if ref != "-" else None
        rows.append(Row(i, kind, day, text, None if mention == "-" else mention, expected))
    return rows


def date_fields(m: DateMention) -> str:
    """A date mention written the way the table writes expected values."""
    out = f"{m.value} {m.precision}"
    if m.range_start or m.range_end:
        out += f" {m.range_start}/{m.range_end}"
    return out


def _num(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


def figure_fields(f: Figure) -> str:
    """A figure written the way the table writes expected values."""
    parts = [_num(f.value), f.qualifier or "-"]
    if f.low is not None:
        parts.append(f"low={_num(f.low)}")
    if f.high is not None:
        parts.append(f"high={_num(f.high)}")
    if f.unit:
        parts.append(f"unit={f.unit}")
    if f.kind:
        parts.append(f"kind={f.kind}")
    return " ".join(parts)
