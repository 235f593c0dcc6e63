"""Anything a stranger or a scraper writes goes through the whole pipeline without a crash, in bounded time."""
from __future__ import annotations

import random
import signal
import time
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telik.model import Article, DocResult, ReadError
from telik.process import Processor
from telik.settings import Settings

VOCAB = [
    "Densus", "88", "menangkap", "terduga", "teroris", "JAD", "di", "Poso", "Sulawesi", "Tengah", "pada", "Senin",
    "(12/3/2024)", "pukul", "19.30", "WIB", "ISIS-K", "menewaskan", "sedikitnya", "60", "orang", "dan", "melukai",
    "sekitar", "100", "lainnya", "kata", "Kapolri", "Jenderal", "Listyo", "“", "”", '"', "'", "‘", "’", "«", "»", "(",
    ")", "-", "–", "—", ",", ".", "!", "?", ":", ";", "/", "22/3/24", "5.000", "hingga", "7.000", "400-500", "1,5",
    "juta", "bulan", "lalu", "MEMBACA", "Baca", "juga:", "error:", "Content", "is", "protected", "!!", "Leave", "a",
    "Reply", "Komentar", "(Foto:", "Antara)", "Maret", "Des", "Agt", "Jumat", "Sabtu", "malam", "tahun", "lalu",
    "akhir", "2014", "empat", "tahun", "sebelumnya", "al-", "bin", "Abu", "\n", "\n\n", "\t", "\u200b", "\x00", "é",
    "ñ", "中",
]


@contextmanager
def time_limit(seconds: int):
    """Fail instead of hanging: catastrophic backtracking would show up here."""

    def boom(signum, frame):
        raise TimeoutError(f"took more than {seconds} s")

    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _check(doc: DocResult) -> None:
    n = len(doc.text)
    for fact in [*doc.entities, *doc.dates, *doc.figures, *doc.events, *doc.quotes, *doc.claims]:
        assert 0 <= fact.start <= fact.end <= n
    for ent in doc.entities:
        assert doc.text[ent.start : ent.end] == ent.text
    for ev in doc.events:
        assert doc.text[ev.start : ev.end] == ev.evidence


@pytest.mark.parametrize("unit", ["1234567890", "/", "22/3/24 ", "Maret ", "“", '"', "MEMBACA ", "(", "5.000.",
                                  "al-", "Jumat (", "-", ". ", "\n"])
def test_reliability_pathological_text_in_bounded_time(processor, unit):
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    with time_limit(60):
        out = list(processor.process_many([Article(id="x", text=text)]))
    assert len(out) == 1 and isinstance(out[0], DocResult), out
    _check(out[0])


def test_reliability_fuzz_ten_thousand_documents(processor):
    rng = random.Random(20261120)
    crashes = []
    for i in range(10_000):
        words = rng.choices(VOCAB, k=rng.randint(0, 120))
        text = " ".join(words) if rng.random() < 0.8 else "".join(words)
        for out in processor.process_many([Article(id=f"f{i}", text=text)]):
            if isinstance(out, ReadError):
                crashes.append((i, out.reason))
            else:
                _check(out)
    assert crashes == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=600))
def test_reliability_any_text_gives_valid_spans(processor, text):
    out = list(processor.process_many([Article(id="h", text=text)]))
    assert len(out) == 1
    if isinstance(out[0], DocResult):
        _check(out[0])


def test_reliability_long_article_is_processed_in_chunks_with_right_offsets(nlp):
    para = ("Densus 88 menangkap tiga terduga teroris di Poso, Sulawesi Tengah. "
            "“Kami terus memburu jaringan ini,” kata Kombes Ahmad Ramadhan di Jakarta.\n\n")
    text = para * 200
    small = Processor(nlp, Settings(chunk_chars=2_000))
    whole = Processor(nlp)
    a, b = small.process(Article(id="c", text=text)), whole.process(Article(id="c", text=text))
    _check(a)
    assert [(e.start, e.end, e.label) for e in a.entities] == [(e.start, e.end, e.label) for e in b.entities]


def test_reliability_five_megabyte_article(nlp):
    para = "Polisi menggerebek rumah di Bekasi dan mengamankan dua orang pada Senin (4/3/2024).\n\n"
    text = para * (5_000_000 // len(para))
    t0 = time.monotonic()
    with time_limit(300):
        doc = Processor(nlp, Settings(max_doc_chars=6_000_000)).process(Article(id="big", text=text))
    assert doc.text == text and doc.entities
    _check(doc)
    assert time.monotonic() - t0 < 300


def test_reliability_oversized_article_refused_with_clear_message(nlp):
    out = list(Processor(nlp, Settings(max_doc_chars=1000)).process_many([Article(id="huge", text="a " * 1000)]))
    assert isinstance(out[0], ReadError) and "E010" not in out[0].reason and "limit" in out[0].reason
