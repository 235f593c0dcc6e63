"""spaCy's special cases added as texts need them give the tokens that adding them all at start-up gives; so does
the cache seeded with the words a text brings (`CachingTokenizer.seed`)."""
from __future__ import annotations

from typing import Any

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import ORTH
from spacy.lang.id import Indonesian
from spacy.language import Language

from telik.nlp.pipeline import TOKENIZER
from telik.nlp.special_cases import SpecialCases
from telik.nlp.tokenizer import GuardedTokenizer

RULES = Indonesian.Defaults.tokenizer_exceptions


def _nlp(eager: bool = False) -> Language:
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": TOKENIZER}})
    if eager:
        nlp.tokenizer.add_all_special_cases()
    return nlp


def _tokens(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.whitespace_, t.norm_) for t in nlp.tokenizer(text)]


LAZY, EAGER = _nlp(), _nlp(eager=True)


def test_special_cases_found_inside_words_and_across_whitespace() -> None:
    cases = SpecialCases(RULES)
    due = set(cases.due("(xmasing-masingan) s.d. kupu - kupu"))
    assert {"masing-masing", "s.d.", "d.", "kupu-kupu"} <= due and "sehari-hari" not in due
    assert cases.due("masing-masing lagi") == {}  # added once
    assert "masing-masing" not in cases.pending and "sehari-hari" in cases.pending


def test_special_cases_without_punctuation_or_with_whitespace_are_added_at_once() -> None:
    cases = SpecialCases(RULES)
    assert {"xD", " ", "\n"} <= set(cases.eager)
    assert not set(cases.eager) & set(cases.pending)
    assert set(cases.eager) | set(cases.pending) == set(RULES)


def test_a_few_special_cases_are_added_not_all() -> None:
    nlp = _nlp()
    assert _tokens(nlp, "Masing-masing (sehari-hari) a.n. Budi.") == _tokens(EAGER, "Masing-masing (sehari-hari) a.n. Budi.")
    assert len(nlp.tokenizer.inner.rules) < 100 < len(RULES)


def test_a_rule_added_by_hand_replaces_the_languages_own() -> None:
    nlp = _nlp()
    nlp.tokenizer.add_special_case("kupu-kupu", [{ORTH: "kupu"}, {ORTH: "-kupu"}])
    assert [t.text for t in nlp.tokenizer("ada kupu-kupu")] == ["ada", "kupu", "-kupu"]


def test_saved_rules_are_the_whole_set_and_load_back() -> None:
    nlp = _nlp()
    data = nlp.tokenizer.to_bytes()
    assert set(RULES) <= set(nlp.tokenizer.rules)
    other = _nlp()
    other.tokenizer.from_bytes(data)
    assert not other.tokenizer.specials.pending
    assert _tokens(other, "sehari-hari s.d. kupu-kupu") == _tokens(EAGER, "sehari-hari s.d. kupu-kupu")


_PIECES = ["masing", "-", "masing-masing", "sehari-hari", "hari", "se", "kupu", "s.d.", "a.n.", "s", ".", "d",
           "(", ")", "x", "Budi", " ", "  ", "\n", "°C.", "°", "C", ":)", ":", ")"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
def test_same_tokens_as_all_special_cases_added_at_start_up(pieces: list[str]) -> None:
    # one tokenizer over all examples: its cache outlives the special cases added along the way
    text = "".join(pieces)
    assert _tokens(LAZY, text) == _tokens(EAGER, text)


def test_the_guarded_tokenizer_is_built_with_pending_special_cases() -> None:
    tokenizer: Any = _nlp().tokenizer
    assert isinstance(tokenizer, GuardedTokenizer)
    assert len(tokenizer.specials.pending) > 15_000


#: spaCy's own tokenizer for Indonesian: every special case added at start-up, no chunk put into its cache ahead.
PLAIN = spacy.blank("id").tokenizer


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, "anak-anak", "Dr.", "8)", "kata", "Budi,", "xD"]), min_size=1, max_size=14))
def test_seeded_cache_gives_spacys_own_tokens(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _tokens(LAZY, text) == [(t.text, t.whitespace_, t.norm_) for t in PLAIN(text)]


def test_words_after_a_special_case_are_seeded_until_the_cache_is_emptied() -> None:
    tokenizer: Any = _nlp().tokenizer
    tokenizer("Anak-anak bermain, kata Budi (Dr.) xD.")
    assert {hash("bermain,"), hash("kata"), hash("Budi"), hash("(Dr.)")} <= tokenizer.inner.seeded
    tokenizer.add_special_case("kupu-kupu", [{ORTH: "kupu-kupu"}])  # spaCy empties its cache
    assert tokenizer.inner.seeded is None
