"""Batched processing: the trained components over many articles at once give what one by one gives, and an
article that fails (too long, un-encodable, a component raising, over its budget) fails alone."""
from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import replace

import pytest
from spacy.tokens import Doc

from telik.errors import Errors, TelikError
from telik.export.jsonl import document_line
from telik.ingest import read_inputs
from telik.model import Article, DocResult, ReadError
from telik.process import Processor, _bounded

GOOD = "Densus 88 menangkap dua terduga teroris di Bekasi pada Kamis (4/1/2024), kata polisi."
OTHER = "Ledakan bom di pos polisi Medan pada Senin (3/6/2024) melukai tiga anggota, kata Kapolda Sumatera Utara."
BOOM = "Kalimat ini MELEDAK di komponen yang dilatih."
SLOW = "Kalimat ini LAMBAT sekali di komponen yang dilatih."


class _Trap:
    """A stand-in trained component: raises on a text holding MELEDAK, sleeps on one holding LAMBAT."""

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1) -> Iterator[Doc]:
        docs = list(docs)
        for doc in docs:
            if "MELEDAK" in doc.text:
                raise RuntimeError("the trained stage broke")
            if "LAMBAT" in doc.text:
                time.sleep(30)
        yield from docs


def _lines(outs: Iterable[DocResult | ReadError]) -> list[str]:
    return [document_line(o) if isinstance(o, DocResult) else repr(o) for o in outs]


def _one_by_one(processor: Processor) -> Processor:
    return Processor(processor.nlp, replace(processor.settings, batch_size=1))


@pytest.fixture(scope="module")
def samples(samples_dir) -> list[Article | ReadError]:  # type: ignore[no-untyped-def]
    items = list(read_inputs([samples_dir]))
    assert sum(isinstance(i, Article) for i in items) >= 10
    return items


def test_pipeline_batching_gives_byte_identical_results_on_the_samples(processor, samples):
    alone = _lines(_one_by_one(processor).process_many(samples))
    assert _lines(processor.process_many(samples)) == alone
    assert _lines(processor.process(a) for a in samples if isinstance(a, Article)) == [
        line for line, item in zip(alone, samples, strict=True) if isinstance(item, Article)]


def test_pipeline_batching_chunks_spread_over_batches_give_the_same_results(processor, samples):
    """Long articles cut into chunks, the chunks of one article in different batches, several articles in one."""
    chunked = replace(processor.settings, chunk_chars=1_500)
    alone = Processor(processor.nlp, replace(chunked, batch_size=1))
    mixed = Processor(processor.nlp, replace(chunked, batch_size=3, batch_chars=4_000))
    assert _lines(mixed.process_many(samples)) == _lines(alone.process_many(samples))


def test_pipeline_batching_failures_stay_with_their_article(processor):
    """Too long, un-encodable, and a trained component raising in the middle of a batch: only those fail."""
    strict = Processor(processor.nlp, replace(processor.settings, max_doc_chars=2_000))
    strict.trained = [*strict.trained, _Trap()]  # type: ignore[list-item]
    items: list[Article | ReadError] = [
        Article(id="good", text=GOOD),
        Article(id="long", text=GOOD * 40, source="in/long.txt"),
        ReadError("in/broken.jsonl:3", "not JSON", "E005"),
        Article(id="surrogate", text="Polisi \ud800 menangkap."),
        Article(id="boom", text=BOOM),
        Article(id="other", text=OTHER),
    ]
    outs = list(strict.process_many(items))
    assert [type(o).__name__ for o in outs] == ["DocResult", "ReadError", "ReadError", "ReadError", "ReadError",
                                                "DocResult"]
    assert outs[1] == ReadError.because("in/long.txt", Errors.E010, id="long", size=len(GOOD * 40), limit=2_000)
    assert outs[2] == items[2]
    assert outs[3] == ReadError.because("surrogate", Errors.E019, id="surrogate")
    assert outs[4] == ReadError.because("boom", Errors.E025, id="boom", reason="RuntimeError: the trained stage broke")
    assert str(outs[4]) == "[E025] Article boom failed in processing (RuntimeError: the trained stage broke); " \
                           "the rest of the batch goes on."
    assert _lines([outs[0], outs[5]]) == _lines(processor.process_many([items[0], items[5]]))


def test_pipeline_batching_an_article_over_budget_in_a_batch_fails_alone(processor):
    tight = Processor(processor.nlp, replace(processor.settings, article_seconds=1.0, article_seconds_per_mb=0))
    tight.trained = [*tight.trained, _Trap()]  # type: ignore[list-item]
    items = [Article(id="good", text=GOOD), Article(id="slow", text=SLOW), Article(id="other", text=OTHER)]
    started = time.monotonic()
    outs = list(tight.process_many(items))
    assert time.monotonic() - started < 10  # the batch's budget (the sum of its articles'), then the slow one's own
    assert outs[1] == ReadError.because("slow", Errors.E018, id="slow", seconds="1")
    assert _lines([outs[0], outs[2]]) == _lines(processor.process_many([items[0], items[2]]))


def test_pipeline_batching_a_rule_component_raising_fails_its_article_alone(processor):
    def picky(doc: Doc) -> Doc:
        if "MELEDAK" in doc.text:
            raise ValueError("a rule broke")
        return doc

    fragile = Processor(processor.nlp, processor.settings)
    fragile.rules = [*fragile.rules, ("picky", picky)]
    outs = list(fragile.process_many([Article(id="boom", text=BOOM), Article(id="good", text=GOOD)]))
    assert outs[0] == ReadError.because("boom", Errors.E025, id="boom", reason="ValueError: a rule broke")
    assert _lines(outs[1:]) == _lines(processor.process_many([Article(id="good", text=GOOD)]))


def test_pipeline_batching_process_is_a_batch_of_one_and_raises(processor):
    strict = Processor(processor.nlp, replace(processor.settings, max_doc_chars=10))
    with pytest.raises(TelikError) as err:
        strict.process(Article(id="long", text=GOOD))
    assert err.value.message == Errors.E010.value.format(id="long", size=len(GOOD), limit=10)


def test_pipeline_batching_streams_in_bounded_batches(processor):
    """Results come out while the input is still being read: never more than one batch ahead."""
    small = Processor(processor.nlp, replace(processor.settings, batch_size=4))
    read = 0

    def endless() -> Iterator[Article]:
        nonlocal read
        while True:
            read += 1
            yield Article(id=f"a{read}", text=GOOD)

    stream = small.process_many(endless())
    first = next(stream)
    assert isinstance(first, DocResult) and first.id == "a1" and read == 5  # a batch of 4, then one more peeked


@pytest.mark.parametrize(("sizes", "most", "chars", "expected"), [
    ([1, 1, 1, 1, 1], 2, 100, [[1, 1], [1, 1], [1]]),
    ([40, 40, 40], 10, 100, [[40, 40], [40]]),
    ([500, 10, 10], 10, 100, [[500], [10, 10]]),  # one item longer than the limit goes alone
    ([10, 500, 10], 10, 100, [[10], [500], [10]]),
    ([], 4, 100, []),
])
def test_pipeline_batching_bounded_batches(sizes, most, chars, expected):
    assert list(_bounded(sizes, lambda n: n, most, chars)) == expected
