"""The team's table of date expressions: each must be found with its exact span and value."""
from __future__ import annotations

from pathlib import Path

import pytest

from telik.nlp.time.find import find_dates
from telik.nlp.time.table import date_fields, read_table

TABLE = Path(__file__).resolve().parent / "data" / "time_table.tsv"
ROWS = [r for r in read_table(TABLE) if r.type == "date"]


def test_dates_table_is_large_enough():
    assert len(read_table(TABLE)) >= 200


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_dates_table_expression(row):
    found = find_dates(row.text, row.ref)
    if row.mention is None:
        assert found == []
        return
    by_text = {m.text: date_fields(m) for m in found}
    assert row.mention in by_text, f"{row.mention!r} not found in {list(by_text)}"
    assert by_text[row.mention] == row.expected
    m = next(m for m in found if m.text == row.mention)
    assert row.text[m.start : m.end] == row.mention
