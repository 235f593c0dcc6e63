"""Text paths stay linear on inputs ten times larger than the worst seen: each pathological shape finishes within
a generous per-article time budget (which a quadratic path would exceed by far), with valid offsets."""
from __future__ import annotations

from dataclasses import replace

import pytest

from telik.model import Article, DocResult

SHAPES = {
    # 22 KB of this took 20 s when the speaker search re-read the whole sentence before every quotation
    "quotations-in-one-sentence": '"kata dia" ' * 20_000,
    "quotations-and-newlines": '"Kami siap," kata dia.\n' * 10_000,
    "newlines-after-a-quotation": '"Kami siap," ' + "\n" * 200_000 + "kata dia.",
    "open-quotation-then-newlines": "\u201c" + "\n" * 200_000,
}


@pytest.mark.parametrize("name", SHAPES)
def test_reliability_text_paths_are_linear(processor, name):
    budgeted = type(processor)(processor.nlp, replace(processor.settings, article_seconds=60,
                                                      article_seconds_per_mb=0))
    text = SHAPES[name]
    [out] = budgeted.process_many([Article(id=name, text=text)])
    assert isinstance(out, DocResult), out
    for q in out.quotes:
        assert 0 <= q.start <= q.end <= len(text)
