"""Fuzzing from the project's own sample articles, and a hostile folder through extract, ingest and batch.

The mutants are real-like text (the samples, cut, spliced, with quotation marks, dates, figures, invisible
characters and line breaks inserted), read the way the readers read text (`normalize_text`). Every one must go
through the pipeline within the default time budget, and every fact must quote its original exactly.
"""
from __future__ import annotations

import gzip
import json
import os
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from telik.cli import cli
from telik.ingest import read_inputs
from telik.ingest.decode import normalize_text
from telik.model import Article, DocResult, ReadError
from telik.store import Store

#: Mutants per run; CI runs the default, a longer local run sets TELIK_FUZZ_MUTANTS.
MUTANTS = int(os.environ.get("TELIK_FUZZ_MUTANTS", "250"))
INSERTS = [
    "\u201c", "\u201d", '"', "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "(", ")", "\n", "\n\n", "\r\n", "\t",
    "\u200b", "\u200d", "\u00ad", "\ufeff", "\ufffd", "\u202e", "e\u0301", "\U0001f4a5", "\u4e2d", "\u0639",
    " kata dia, ", ' "Kami siap," kata Kapolri. ', " (12/3/2024) ", " pukul 19.30 WIB ", " 5.000 ", " 1,5 juta ",
    " sedikitnya 60 orang tewas ", " Baca juga: ", " MEMBACA ", " Densus 88 ", " ISIS-K ", " al-", " bin ",
    " Jumat (", " -- ", "...", "\u2026", " | ", "\u00a0", " \u2013 ", "\x00", "\x0b", "\u2028",
]


def _mutate(rng: random.Random, text: str, other: str) -> str:
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(6)
        at = rng.randint(0, len(text))
        if op == 0:  # delete a span
            text = text[:at] + text[at + rng.randint(1, 50):]
        elif op == 1:  # duplicate a span
            text = text[:at] + text[at : at + rng.randint(1, 200)] + text[at:]
        elif op == 2:  # insert hostile pieces
            text = text[:at] + "".join(rng.choices(INSERTS, k=rng.randint(1, 8))) + text[at:]
        elif op == 3:  # cut
            text = text[:at] if rng.random() < 0.5 else text[at:]
        elif op == 4:  # splice another article in
            cut = rng.randint(0, len(other))
            text = text[:at] + other[cut : cut + rng.randint(1, 400)] + text[at:]
        else:  # shout or whisper a span
            span = text[at : at + rng.randint(1, 80)]
            text = text[:at] + (span.upper() if rng.random() < 0.5 else span.lower()) + text[at + len(span):]
    return normalize_text(text)


def _exact(doc: DocResult) -> list[str]:
    """Every fact whose text is not its original span (empty when all offsets are right)."""
    t = doc.text
    wrong = [f"{kind} {f.text!r} at {f.start}:{f.end}" for kind, facts in (
        ("entity", doc.entities), ("date", doc.dates), ("figure", doc.figures), ("quote", doc.quotes),
        ("claim", doc.claims)) for f in facts if not 0 <= f.start <= f.end <= len(t) or t[f.start:f.end] != f.text]
    for ev in doc.events:
        if t[ev.start:ev.end] != ev.evidence:
            wrong.append(f"event evidence {ev.evidence!r} at {ev.start}:{ev.end}")
        wrong += [f"event mention {m.text!r}" for m in ev.mentions if t[m.start:m.end] != m.text]
    return wrong


def test_reliability_mutated_samples_never_crash_and_keep_offsets(processor, samples_dir):
    texts = [a.text for a in read_inputs([samples_dir]) if isinstance(a, Article)]
    assert len(texts) >= 10
    rng = random.Random(20261204)
    failures: list[str] = []
    for i in range(MUTANTS):
        text = _mutate(rng, rng.choice(texts), rng.choice(texts))
        for out in processor.process_many([Article(id=f"m{i}", text=text)]):
            if isinstance(out, ReadError):  # a crash, or an article over the time budget
                failures.append(f"m{i}: {out.reason}")
            else:
                failures += [f"m{i}: {w}" for w in _exact(out)]
    assert failures == []


GOOD = [
    ("densus.txt", "Densus 88 menangkap dua terduga teroris di Bekasi pada Kamis (4/1/2024), kata polisi."),
    ("medan.txt", "Bom meledak di pos polisi Medan pada Senin (4/3/2024) dan melukai tiga orang."),
]
HUGE = "Polisi menangkap terduga teroris di Poso pada Senin (4/3/2024). " * 80_000  # over a 5 s budget


def _hostile_folder(root: Path) -> tuple[set[str], list[str]]:
    """Good articles and hostile files; returns the good ids and a marker of each failure's report."""
    root.mkdir()
    for name, text in GOOD:
        (root / name).write_text(text, encoding="utf-8")
    lines = [json.dumps({"id": "rec-good", "text": "Teroris menyerang pos polisi di Sigi pada Jumat."}),
             '{"id": "rec-surrogate", "text": "Polisi \\ud800 menangkap teroris di Poso."}',
             "[" * 100_000, "[1, 2]", "{not json", json.dumps({"id": "rec-notext", "title": "x"}),
             json.dumps({"id": "rec-last", "text": "Polisi menembak mati dua teroris di Sulawesi Tengah."})]
    (root / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(root / "packed.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "gz-good", "text": "Aparat menangkap empat anggota JAD di Makassar."}) + "\n")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (root / "empty.txt").write_bytes(b"  \n")
    (root / "huge.txt").write_text(HUGE, encoding="utf-8")
    (root / "dtd.rss").write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                                  "<rss><channel><item><description>&x;</description></item></channel></rss>")
    (root / "deep.html").write_text("<html><body>" + "<div>" * 50_000 + "Polisi menangkap teroris di Poso."
                                    + "</div>" * 50_000 + "</body></html>")
    good = {"densus", "medan", "rec-good", "rec-surrogate", "rec-last", "gz-good", "deep"}
    reports = ["records.jsonl, line 3", "records.jsonl, line 4", "records.jsonl, line 5", "records.jsonl, line 6",
               "binary.txt", "empty.txt", "huge", "dtd.rss"]
    return good, reports


@pytest.fixture
def budget(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TELIK_ARTICLE_SECONDS", "5")
    monkeypatch.setenv("TELIK_ARTICLE_SECONDS_PER_MB", "0")


def _reported(output: str, reports: list[str]) -> list[str]:
    return [r for r in reports if r not in output]


def test_reliability_hostile_folder_through_extract_ingest_and_batch(tmp_path, budget):
    good, reports = _hostile_folder(tmp_path / "in")
    runner = CliRunner()

    out = tmp_path / "export.json"
    extract = runner.invoke(cli, ["extract", str(tmp_path / "in"), "-o", str(out), "--quiet"])
    assert extract.exit_code == 1 and _reported(extract.output, reports) == []
    export = json.loads(out.read_text(encoding="utf-8"))
    assert {d["id"] for d in export["documents"]} == good
    assert len(export["errors"]) == len(reports)

    db = f"sqlite:///{tmp_path / 'h.db'}"
    ingest = runner.invoke(cli, ["ingest", str(tmp_path / "in"), "--db", db, "--quiet"])
    assert ingest.exit_code == 1 and _reported(ingest.output, reports) == []
    with Store(db) as store:
        assert {d["id"] for d in store.list_documents(limit=50).items} == good

    batch = runner.invoke(cli, ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--workers", "0",
                                "--quiet"])
    assert batch.exit_code == 1 and _reported(batch.output, reports) == []
    shards = json.loads((tmp_path / "out" / "export.json").read_text(encoding="utf-8"))
    assert {d["id"] for d in shards["documents"]} == good
