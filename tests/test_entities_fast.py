"""The entity recogniser's shortcuts give what spaCy's own attributes and the plain definitions give: stretches of
tokens as slices of the text, words remembered by their id, overlap resolution with a bytearray of taken tokens."""
from __future__ import annotations

import pytest
import spacy
from hypothesis import example, given, settings
from hypothesis import strategies as st

from telik.nlp.entities.component import (
    BREAKS,
    GAZETTEER,
    RULE,
    Candidate,
    EntityRecognizer,
    held_tokens,
    where,
)

TEXT = ("Kapolda Jawa Timur Irjen Nico Afinta mengatakan, Densus 88 menangkap  dua orang di Surabaya.\n\n"
        "KOMPAS.com - Badan Nasional Penanggulangan Terorisme (BNPT) dan korannews.com, kata JurnalPatroliNews.")
WEB_NAMES = {"KOMPAS.com", "korannews.com", "JurnalPatroliNews"}


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
        assert ner._starts == [t.i for t in toks if t.lower_ in ner.rule_words or t.text == ","
                               or t.lower_ in ner.rules.heads.lengths and t.text[:1].isupper() or t.text in WEB_NAMES]
        assert len(ner._starts) < len(toks)
        assert [t.i for t in toks if ner._web[t.i]] == [t.i for t in toks if t.text in WEB_NAMES]


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


def _plain_layout(texts: list[str]) -> tuple[set[int], set[int]]:
    """The definition, token by token: a sentence starts after a break or a line break; a line is a headline when
    at least four of its words of over three letters, 70% of them capitalised, and no full stop at its end."""
    starts: set[int] = set()
    headline: set[int] = set()
    line: list[int] = []
    prev_break = True

    def close(line: list[int]) -> None:
        words = [texts[j] for j in line if len(texts[j]) > 3 and texts[j].isalpha()]
        ends_sentence = bool(line) and texts[line[-1]] == "."
        if len(words) >= 4 and not ends_sentence and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
            headline.update(line)

    for i, text in enumerate(texts):
        if "\n" in text:
            close(line)
            line, prev_break = [], True
        elif not text.isspace():
            line.append(i)
            if prev_break:
                starts.add(i)
            prev_break = text in BREAKS
    close(line)
    return starts, headline


LAYOUT_WORDS = ["Kabar", "Duka", "Polisi", "Jakarta", "kata", "warga", "lapor", "dia", "itu", "Bom", "x", ".", ",", ":", "-", "(", ")",
                "\u201c", "!", "AS", "123", "Rabu,"]


@settings(max_examples=300)
@given(st.lists(st.tuples(st.sampled_from(LAYOUT_WORDS), st.sampled_from([" ", "  ", "\n", "\n\n", " \n ", ""])),
                max_size=40))
@example([("Kabar", " "), ("Duka", " "), ("Polisi", " "), ("warga", " "), ("lapor", "\n"), ("Jakarta", " ")])  # 60%
def test_layout_is_the_plain_definition(nlp, spec):
    ner: EntityRecognizer = nlp.get_pipe("telik_entities")
    doc = nlp.make_doc("".join(w + gap for w, gap in spec))
    assert ner._layout(doc) == _plain_layout([t.text for t in doc])


def test_where_gives_the_positions_of_the_wanted_words():
    assert list(where(["(", "BNPT", ")", "dan", "("], {"("})) == [0, 4]
    assert list(where(["a", "b"], {})) == []


@given(st.lists(st.tuples(st.integers(0, 12), st.integers(0, 4)), max_size=8))
def test_held_tokens_are_the_candidates_ranges(spec):
    cands = [Candidate(s, s + n, "ORG", RULE) for s, n in spec]
    assert held_tokens(cands) == {t for c in cands for t in range(c.start, c.end)}


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_one_word_roles_are_the_roles_and_titles_of_one_word(nlp, data):
    ner: EntityRecognizer = nlp.get_pipe("telik_entities")
    rules = ner.rules
    listed = sorted({w for p in (*rules.roles, *rules.titles) for w in p})
    words = data.draw(st.lists(st.sampled_from(listed) | st.text(max_size=8), max_size=5))
    plain = any((w,) in rules.roles or (w,) in rules.titles for w in words)  # what the comma rule asked before
    assert (not ner.one_word_roles.isdisjoint(words)) is plain
