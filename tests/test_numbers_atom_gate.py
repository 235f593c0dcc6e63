"""The number atom is searched only where one can start (after no letter, at one of its first characters): the
same matches, with the same groups, as the atom pattern as written."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from telik.nlp.numbers.component import _patterns, atom_source

PLAIN = re.compile(atom_source(), re.IGNORECASE)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_gated_atom_is_the_atom_on_text():
    text = ("Rp5 juta, Rp 12.500,50 miliar dan US$3 atau 40% dari 1.200 orang; dua puluh lima korban, "
            "ratusan warga, se-Jawa 2-3 kali, tahun 90-an, No.6 dan x12 serta lima-enam.")
    assert _found(_patterns().atom, text) == _found(PLAIN, text)
    assert len(_found(PLAIN, text)) >= 8


@given(st.text(alphabet="Rrp$US.,%- 0123456789duapliman\u00e9\u0131_#/ratus", max_size=50))
def test_gated_atom_is_the_atom(text):
    assert _found(_patterns().atom, text) == _found(PLAIN, text)
