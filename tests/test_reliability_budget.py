"""The per-article time budget: an article over it is reported as failed (E018) and the run goes on."""
from __future__ import annotations

import json
import threading
import time
from dataclasses import replace

import pytest
import spacy
from click.testing import CliRunner
from spacy.language import Language
from spacy.tokens import Doc

from telik.budget import OverBudget, time_budget
from telik.cli import cli
from telik.errors import Errors
from telik.model import Article, DocResult, ReadError
from telik.process import Processor
from telik.settings import Settings

GOOD = "Densus 88 menangkap dua terduga teroris di Bekasi pada Kamis (4/1/2024), kata polisi."
#: Five megabytes of article-like text: linear work, but far more of it than a small budget allows.
HUGE = ("Polisi menangkap terduga teroris di Poso pada Senin (4/3/2024). " * 80_000)


@Language.component("telik_test_spin")
def _spin(doc: Doc) -> Doc:
    """A component that never returns on its own: only the alarm can end it."""
    while True:
        pass


@Language.component("telik_test_slow")
def _slow(doc: Doc) -> Doc:
    time.sleep(0.2)
    return doc


def _pipeline(*names: str) -> Language:
    nlp = spacy.blank("id")
    for i, name in enumerate(names):
        nlp.add_pipe(name, name=f"{name}_{i}")
    return nlp


def test_reliability_budget_interrupts_a_call_that_never_returns():
    processor = Processor(_pipeline("telik_test_spin"), Settings(article_seconds=0.3, article_seconds_per_mb=0))
    [out] = processor.process_many([Article(id="spin", text=GOOD)])
    assert isinstance(out, ReadError)
    assert out.reason == Errors.E018.value.format(id="spin", seconds="0.3")


def test_reliability_budget_outside_the_main_thread_ends_between_components():
    processor = Processor(_pipeline("telik_test_slow", "telik_test_slow", "telik_test_slow"),
                          Settings(article_seconds=0.1, article_seconds_per_mb=0))
    outs: list[DocResult | ReadError] = []
    worker = threading.Thread(target=lambda: outs.extend(processor.process_many([Article(id="slow", text=GOOD)])))
    worker.start()
    worker.join()
    assert len(outs) == 1 and isinstance(outs[0], ReadError) and "took more than 0.1 s" in outs[0].reason


def test_reliability_budget_restores_an_outer_timer():
    import signal

    fired: list[int] = []
    old = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 5.0)
        with time_budget(1.0) as check:
            check()
        left = signal.getitimer(signal.ITIMER_REAL)[0]
        assert 3.0 < left <= 5.0  # the caller's timer is running again with its remaining time
        with pytest.raises(OverBudget), time_budget(0.05):
            while True:
                time.sleep(0.01)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    assert fired == []


def test_reliability_budget_puts_back_the_handler_it_found():
    import signal

    def mine(signum, frame):
        return None

    before = signal.getsignal(signal.SIGALRM)
    try:
        for handler in (signal.SIG_DFL, signal.SIG_IGN, mine):
            signal.signal(signal.SIGALRM, handler)
            with time_budget(1.0):
                assert signal.getsignal(signal.SIGALRM) not in (signal.SIG_DFL, signal.SIG_IGN, mine)
            assert signal.getsignal(signal.SIGALRM) == handler
            with pytest.raises(OverBudget), time_budget(0.05):
                while True:
                    time.sleep(0.01)
            assert signal.getsignal(signal.SIGALRM) == handler
    finally:
        signal.signal(signal.SIGALRM, before)


def test_reliability_huge_article_fails_on_budget_and_the_run_goes_on(processor):
    tight = Processor(processor.nlp, replace(processor.settings, article_seconds=1.0, article_seconds_per_mb=0))
    outs = list(tight.process_many([Article(id="huge", text=HUGE), Article(id="good", text=GOOD)]))
    assert isinstance(outs[0], ReadError) and outs[0].reason.startswith("Article huge took more than 1 s")
    assert isinstance(outs[1], DocResult) and any(e.text == "Densus 88" for e in outs[1].entities)


def test_reliability_batch_and_extract_report_the_article_over_budget(tmp_path, monkeypatch):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a-huge.txt").write_text(HUGE, encoding="utf-8")
    (inputs / "b-good.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.setenv("TELIK_ARTICLE_SECONDS", "1")
    monkeypatch.setenv("TELIK_ARTICLE_SECONDS_PER_MB", "0")
    result = CliRunner().invoke(cli, ["batch", str(inputs), "--out", str(tmp_path / "out"), "--workers", "0",
                                      "--quiet"])
    assert result.exit_code == 1
    assert "a-huge.txt" in result.output and "took more than 1 s" in result.output
    export = json.loads((tmp_path / "out" / "export.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in export["documents"]] == ["b-good"]
    result = CliRunner().invoke(cli, ["extract", str(inputs), "-o", str(tmp_path / "x.json"), "--quiet"])
    assert result.exit_code == 1 and "Article a-huge took more than 1 s" in result.output


def test_reliability_batch_shard_whose_task_died_reports_each_input(tmp_path):
    from telik.batch import fail_shard, read_shards

    bad = ReadError("in/b.jsonl:2", "bad", "E005")
    items: list[Article | ReadError] = [Article(id="a", text=GOOD, source="in/a.txt"), bad]
    assert fail_shard(3, items, str(tmp_path), "KilledWorker: worker died") == (3, 0, 2)
    shards = read_shards(tmp_path)
    assert shards.documents == []
    assert shards.errors == [ReadError.because("in/a.txt", Errors.E027, id="a", index=3,
                                               reason="KilledWorker: worker died"), bad]
