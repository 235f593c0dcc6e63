"""The entity recogniser's shortcuts give what spaCy's own attributes and the plain definitions give: stretches of
tokens as slices of the text, words remembered by their id, overlap resolution with a bytearray of taken tokens."""
from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from telik.nlp.entities.component import GAZETTEER, RULE, Candidate, EntityRecognizer

TEXT = ("Kapolda Jawa Timur Irjen Nico Afinta mengatakan, Densus 88 menangkap  dua orang di Surabaya.\n\n"
        "KOMPAS.com - Badan Nasional Penanggulangan Terorisme (BNPT) dan korannews.com, kata JurnalPatroliNews.")


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("id")
    nlp.add_pipe("telik_entities")
    return nlp


def test_words_are_spacy_words(nlp):
    ner: EntityRecognizer = nlp.get_pipe("telik_entities")
    for _ in range(2):  # the second time from what was remembered
        doc = nlp.make_doc(TEXT)
        toks = ner.tokens(doc)
        assert ner._texts == [t.text for t in toks]
        assert ner._lows == [t.lower_ for t in toks]
        assert [ner.cap_at(doc, i) for i in range(len(doc))] == [ner.is_cap(t) for t in toks]
        assert ner._starts == [t.lower_ in ner.rule_words or t.text == "," or "." in t.text or t.text[:1].isupper()
                               for t in toks]
        assert sum(ner._starts) < len(toks)


def test_stretches_are_span_texts(nlp):
    ner: EntityRecognizer = nlp.get_pipe("telik_entities")
    doc = nlp.make_doc(TEXT)
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 2):
            assert ner.stretch(doc, start, end) == doc[start:end].text


def _plain_resolve(cands: list[Candidate]) -> list[Candidate]:
    """The definition: longest first, then the stronger source, then the earlier; no two results overlap."""
    taken: set[int] = set()
    out = []
    for c in sorted(cands, key=lambda c: (c.end - c.start, c.source, -c.start), reverse=True):
        if taken.isdisjoint(range(c.start, c.end)):
            taken.update(range(c.start, c.end))
            out.append(c)
    return sorted(out, key=lambda c: c.start)


@settings(max_examples=200)
@given(st.lists(st.tuples(st.integers(0, 12), st.integers(0, 4), st.sampled_from([GAZETTEER, RULE])), max_size=12))
def test_resolve_is_the_plain_definition(spec):
    cands = [Candidate(s, s + n, "ORG", src) for s, n, src in spec]
    assert [id(c) for c in EntityRecognizer.resolve(cands)] == [id(c) for c in _plain_resolve(cands)]


@settings(max_examples=200)
@given(st.lists(st.tuples(st.integers(0, 12), st.integers(0, 4), st.sampled_from([GAZETTEER, RULE])), max_size=12),
       st.lists(st.tuples(st.integers(0, 12), st.integers(0, 4), st.sampled_from([GAZETTEER, RULE])), max_size=2))
def test_resolve_of_a_result_with_more_is_the_plain_definition(spec, more):
    """A result alone (kept as it is) or with new candidates after it, as the component asks."""
    result = _plain_resolve([Candidate(s, s + n, "ORG", src) for s, n, src in spec])
    cands = result + [Candidate(s, s + n, "PER", src) for s, n, src in more]
    assert [id(c) for c in EntityRecognizer.resolve(cands)] == [id(c) for c in _plain_resolve(cands)]
