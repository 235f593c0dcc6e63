"""What the batch runner's workers compute per document (band keys, credibility signals, claim placeability) is what
the corpus stage would compute itself, so the export does not change; shards are read in order however they come;
the local cluster runs quietened and reports its workers' CPU."""
from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path

from test_corpus_claims import JAD, SAME_DOC, report

from telik import batch
from telik.batch import EXPORT, run_batch
from telik.corpus.analyze import analyze
from telik.corpus.credibility import document_signals
from telik.corpus.dedup import band_keys, dedup_text
from telik.corpus.spooled import placeable
from telik.extract import process_articles
from telik.ingest import read_inputs
from telik.model import DocResult
from telik.shards import ShardReader, read_shards, shard_path

SAMPLES = Path(batch.__file__).parent / "data" / "samples"


def _samples() -> list[DocResult]:
    docs, _ = process_articles(read_inputs([SAMPLES]))
    return docs


def test_shard_lines_carry_what_the_corpus_stage_computes_of_each_document(tmp_path):
    run_batch([SAMPLES], tmp_path / "out", workers=0, shard_size=5, quiet=True)
    shards = read_shards(tmp_path / "out")
    docs = _samples()
    assert [d.id for d in shards.documents] == [d.id for d in docs] and len(docs) == 14
    assert shards.signals == [document_signals(d) for d in docs]
    assert shards.bands == [band_keys(dedup_text(d)) for d in docs]
    assert shards.placeable == [placeable(d) for d in docs]
    assert all(shards.signals) and all(shards.placeable)  # every sample reports events: see the next test


def _contradicting() -> list[DocResult]:
    """A report whose second source denies the first's claim, and a copy of it that reports no event (its claims are
    still placed: one denies)."""
    d = report("d1", SAME_DOC, [("Polisi", "kelompok Jamaah Ansharut Daulah berada di balik serangan bom di Makassar"),
                                ("Jamaah Ansharut Daulah", "klaim tersebut")], (JAD,))
    return [d, dataclasses.replace(d, id="d2", outlet="d2", events=[])]


def test_analysis_with_the_workers_parts_equals_the_analysis_without():
    """The samples, reports whose claims contradict, and copies of two samples that report no event: their claims
    cannot be placed (they all assert), so they are skipped."""
    docs = _samples() + _contradicting()
    docs += [dataclasses.replace(d, id=f"{d.id}-tanpa-peristiwa", events=[]) for d in docs[:2]]
    given = copy.deepcopy(docs)
    plain = analyze(docs)
    parts = analyze(given, bands=[band_keys(dedup_text(d)) for d in given],
                    signals=[document_signals(d) for d in given], placeable=[placeable(d) for d in given])
    assert [d.to_dict() for d in given] == [d.to_dict() for d in docs]
    assert parts.conflicts == plain.conflicts
    assert any(c.field == "claim" for c in plain.conflicts) and all(d.credibility for d in docs)
    assert [placeable(d) for d in given[-4:]] == [True, True, False, False]


def test_shards_written_without_the_parts_give_the_same_export(tmp_path):
    """A run resumed over shards of an older version (documents and band keys only): the parts are computed then."""
    out = tmp_path / "out"
    run_batch([SAMPLES], out, workers=0, shard_size=5, quiet=True)
    expected = (out / EXPORT).read_bytes()
    for path in out.glob("shard-*.jsonl"):
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        for rec in lines:
            rec.pop("signals", None)
            rec.pop("placeable", None)
        path.write_text("".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in lines), encoding="utf-8")
    (out / EXPORT).unlink()
    report = run_batch([SAMPLES], out, workers=0, shard_size=5, quiet=True)
    assert report.skipped == 3 and report.shards == 0
    assert (out / EXPORT).read_bytes() == expected


def test_reader_gives_shards_in_order_whatever_order_they_were_taken_in(tmp_path):
    out = tmp_path / "out"
    run_batch([SAMPLES], out, workers=0, shard_size=3, quiet=True)
    reader = ShardReader(out)
    reader.take(shard_path(out, 3))
    reader.take(shard_path(out, 0))
    taken = reader.collect()
    whole = read_shards(out)
    assert [d.id for d in taken.documents] == [d.id for d in whole.documents]
    assert taken.signals == whole.signals and taken.bands == whole.bands and reader.read == {}


def test_local_cluster_is_quiet_and_its_workers_cpu_is_reported(tmp_path):
    import dask

    def profiling() -> bool:
        return bool(dask.config.get("distributed.worker.profile.enabled"))

    with batch.dask_client(2, None) as client:
        assert list(client.run(profiling).values()) == [False, False]
    report = run_batch([SAMPLES], tmp_path / "out", workers=2, shard_size=5, quiet=True)
    assert len(report.worker_cpu_seconds) == 2 and min(report.worker_cpu_seconds) > 0
    assert run_batch([SAMPLES], tmp_path / "local", workers=0, shard_size=5, quiet=True).worker_cpu_seconds == []
