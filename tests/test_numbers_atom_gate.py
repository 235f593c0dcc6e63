"""The number atom is tried only where one can start (a run of digits, a currency, a number word; after no letter):
the same matches, with the same groups, as the atom pattern as written."""
from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import given
from hypothesis import strategies as st

from telik.nlp.numbers.component import atom_matches, atom_source
from telik.regexgate import SHORT

PLAIN = re.compile(atom_source(), re.IGNORECASE)


def _found(matches: Iterator[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_anchored_atom_is_the_atom_on_text():
    text = ("Rp5 juta, Rp 12.500,50 miliar dan US$3 atau 40% dari 1.200 orang; dua puluh lima korban, "
            "ratusan warga, se-Jawa 2-3 kali, tahun 90-an, No.6 dan x12 serta lima-enam. Seratus delapan, sejuta "
            "puluhan ribu orang dan seribu dua ratus.")
    assert len(text) >= SHORT
    assert _found(atom_matches(text)) == _found(PLAIN.finditer(text))
    assert len(_found(PLAIN.finditer(text))) >= 8


@given(st.text(alphabet="Rrp$US.,%- 0123456789duapliman\u00e9\u0131\u0130_#/ratusebjt\n", max_size=50))
def test_anchored_atom_is_the_atom(text):
    text += " " * SHORT  # a shorter text takes the plain pass
    assert _found(atom_matches(text)) == _found(PLAIN.finditer(text))
