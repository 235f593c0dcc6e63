"""`captioned` searches each caption pattern only in a line holding what every match of it holds; on lines
without it, the pattern indeed finds nothing (so the gate drops no caption)."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from telik.clean import blocks

LINE = st.text(alphabet="aDdFfKkOoTtS\u017f\u212a\u0130 .:)(/@AIv", max_size=50)


@given(LINE)
def test_patterns_find_nothing_where_the_gate_says_so(text):
    text = text.strip()
    if not text:
        return
    low = text.lower()
    if "/" not in text:
        assert blocks._INLINE_FOTO.search(text) is None and blocks._TAIL_SLASH.search(text) is None
    if " via " not in text:
        assert blocks._via().search(text) is None
    if text[-1] != ")":
        assert blocks._PAREN_PHOTO.search(text) is None and blocks._TAIL_PAREN.search(text) is None
    if "fot" not in low and "dok" not in low:
        assert blocks._TAIL_CREDIT.search(text) is None


def test_gated_caption_shapes_still_found():
    assert blocks._TAIL_CREDIT.search("Prajurit TNI. Ilustrasi Foto: Ricardo/JPNN.com")
    assert blocks._TAIL_CREDIT.search("Jalan Trans Papua. DO\u212a Kementerian PUPR")  # a Kelvin sign folds to k
    assert "dok" in "Jalan Trans Papua. DO\u212a Kementerian PUPR".lower()
