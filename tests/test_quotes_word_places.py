"""The claim, preposition and passive patterns of quotes, tried only where the text's word index finds their words,
find what a pass over the sentence (or the bounded text) finds."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from telik.nlp.quotes.component import QuoteFinder, _in_sentence, _search_at
from telik.nlp.quotes.lexicon import get_quote_lexicon
from telik.regexgate import SHORT, word_places

FINDER = QuoteFinder(get_quote_lexicon())
PARTS = ["mengatakan", "Mengatakan", "MENJELASKAN", "menurut", "Menurutnya", "menurut laporan", "dilansir",
         "seperti dilansir", "disampaikan oleh", "Dikatakan", "ditegaskan", "bahwa", "Budi", "x", "nya", "-", "_",
         "2", "ſ", "İ", ",", ", ", ". ", "\n", " ", "  "]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(PARTS), max_size=24), st.integers(0, 400), st.integers(0, 400))
def test_patterns_at_their_words_are_the_plain_searches(parts, a, b):
    text = "".join(parts) + " " * SHORT  # a shorter text takes the plain pass
    s, e = min(a, b, len(text)), min(max(a, b), len(text))
    sent = text[s:e]
    for pattern, words in ((FINDER.claim_re, FINDER.claim_words), (FINDER.prep_re, FINDER.prep_words),
                           (FINDER.passive_re, FINDER.passive_words)):
        places = word_places(text, words)
        assert [m.span() for m in _in_sentence(pattern, places, sent, s)] == [m.span() for m in pattern.finditer(sent)]
        found, plain = _search_at(pattern, places, text, s, e), pattern.search(text, s, e)
        assert (found and found.span()) == (plain and plain.span())
