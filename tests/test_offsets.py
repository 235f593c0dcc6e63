from telik.offsets import OffsetMap


def test_offsets_map_clean_spans_back_to_original():
    text = "NOISE\nKeep this.\nJUNK\nAnd this."
    keep = [(6, 16), (22, 31)]
    clean, omap = OffsetMap.build(text, keep, sep="\n")
    assert clean == "Keep this.\nAnd this."
    i = clean.index("And")
    s, e = omap.span_to_original(i, i + 3)
    assert text[s:e] == "And"
    s, e = omap.span_to_original(0, 4)
    assert text[s:e] == "Keep"


def test_offsets_identity_is_identity():
    omap = OffsetMap.identity(10)
    assert omap.span_to_original(2, 5) == (2, 5)
