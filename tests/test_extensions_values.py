"""The fast paths for span extensions and span texts read and write what spaCy's own `span._` and `span.text` do:
if a spaCy upgrade moves where extensions are kept, these fail before any output changes."""
from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

from telik.nlp.extensions import freeze_ents, register, set_ents, set_span_value, span_text, span_value
from telik.nlp.tokenizer import GuardedTokenizer  # noqa: F401  (registers the tokenizer)

register()
NLP = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "telik.GuardedTokenizer.v1"}}})


def test_values_written_fast_are_read_by_spacy_and_back():
    doc = NLP("Kapolda Jawa Timur Irjen Nico Afinta, kata dia.")
    span = Span(doc, 1, 3, label="GPE")
    set_span_value(span, "canonical", "jawa_timur")
    assert span._.canonical == "jawa_timur"
    assert Span(doc, 1, 3)._.canonical == "jawa_timur"  # keyed by offsets, as spaCy keys it
    other = Span(doc, 4, 6)
    other._.canonical = "nico_afinta"
    assert span_value(other, "canonical") == "nico_afinta"
    assert span_value(Span(doc, 0, 1), "date") is None  # the declared default


@settings(max_examples=60)
@given(st.text(alphabet="ab Cd.,-\n\t  (\u201c)1", min_size=1, max_size=40), st.data())
def test_span_text_is_spacy_span_text(text, data):
    doc = NLP(text)
    start = data.draw(st.integers(0, len(doc)))
    end = data.draw(st.integers(start, len(doc)))
    span = doc[start:end]
    assert span_text(span) == span.text


def test_the_snapshot_set_ents_keeps_is_the_one_spacy_would_rebuild():
    doc = NLP("Kapolda Jawa Timur Irjen Nico Afinta, kata dia di Surabaya.")
    kept = set_ents(doc, [Span(doc, 1, 3, label="GPE"), Span(doc, 4, 6, label="PER"), Span(doc, 10, 11, label="GPE")])
    frozen = freeze_ents(doc)
    assert frozen is kept
    rebuilt = [(e.start, e.end, e.start_char, e.end_char, e.label_) for e in doc.ents]
    assert [(e.start, e.end, e.start_char, e.end_char, e.label_) for e in frozen] == rebuilt
    fresh = NLP("Nico Afinta di Surabaya.")
    fresh.ents = [Span(fresh, 0, 2, label="PER")]
    assert [(e.start, e.end, e.label_) for e in freeze_ents(fresh)] == [(0, 2, "PER")]  # none kept: taken now
