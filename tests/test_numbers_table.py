"""The team's table of figures: each must be found with its span, value, qualifier, unit and kind."""
from __future__ import annotations

from pathlib import Path

import pytest

from telik.nlp.numbers.component import find_figures
from telik.nlp.time.table import figure_fields, read_table

TABLE = Path(__file__).resolve().parent / "data" / "time_table.tsv"
ROWS = [r for r in read_table(TABLE) if r.type == "figure"]


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_numbers_table_figure(row):
    found = find_figures(row.text)
    if row.mention is None:
        assert found == []
        return
    by_text = {f.text: figure_fields(f) for f in found}
    assert row.mention in by_text, f"{row.mention!r} not found in {list(by_text)}"
    assert by_text[row.mention] == row.expected
    f = next(f for f in found if f.text == row.mention)
    assert row.text[f.start : f.end] == row.mention
