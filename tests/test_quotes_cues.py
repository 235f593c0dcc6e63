"""A phrase is tested against a cue list by one `startswith` of the whole list first: the same cue found (or none)
as the plain test of each cue in turn, for every list the speakers are read with."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from telik.nlp.quotes.component import _starts_with_any
from telik.nlp.quotes.lexicon import get_quote_lexicon
from telik.nlp.quotes.speakers import _starts_with

LEX = get_quote_lexicon()
LISTS = [LEX.discourse_leads, LEX.anonymous_heads, LEX.anonymous_openers, LEX.group_nouns, LEX.role_openers]
WORDS = sorted({w for cues in LISTS for cue in cues for w in cue.split()} | {"Pejabat", "SEORANG", "itu", "x"})


def plain_starts_with(phrase: str, cues: tuple[str, ...]) -> str | None:
    low = phrase.lower()
    return next((c for c in cues if low == c or low.startswith(c + " ")), None)


@given(st.lists(st.sampled_from([*WORDS, " ", ",", "  "]), max_size=6).map("".join),
       st.integers(0, len(LISTS) - 1))
def test_the_first_cue_found_is_the_plain_tests(phrase, k):
    cues = LISTS[k]
    assert _starts_with(phrase, cues) == plain_starts_with(phrase, cues)
    assert _starts_with_any(phrase, cues) == (plain_starts_with(phrase, cues) is not None)


def test_a_phrase_with_a_cue_finds_it():
    assert _starts_with("Salah seorang warga", LEX.anonymous_openers) == "salah seorang"
    assert _starts_with("Warga", LEX.anonymous_openers) is None
