"""The Dask batch runner: same results locally and on a 2-worker LocalCluster; resumes after a kill."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from telik.batch import corpus_from_shards, run_batch, shard_path
from telik.export.native import build_export

ARTICLES = [
    "Densus 88 menangkap tiga terduga teroris di Bekasi, Jawa Barat, pada Senin (4/3/2024).",
    "Ledakan bom di Makassar melukai sedikitnya 20 orang pada Minggu (28/3/2021).",
    "KKB menyerang pos TNI di Intan Jaya, Papua, dan menewaskan dua prajurit.",
    "ISIS mengklaim serangan di Kabul yang menewaskan 13 orang.",
    "BNPT memperingatkan ancaman serangan menjelang Natal.",
]


def _write_inputs(folder: Path, copies: int = 3) -> Path:
    folder.mkdir()
    for c in range(copies):
        for i, text in enumerate(ARTICLES):
            (folder / f"a{c}_{i}.txt").write_text(f"Berita {c}-{i}\n\n{text} Laporan ke-{c}.", encoding="utf-8")
    return folder


def _export(out: Path) -> str:
    result = corpus_from_shards(out)
    return json.dumps(build_export(result.documents, result.conflicts), sort_keys=True)


def test_batch_local_and_cluster_give_identical_results(tmp_path):
    inputs = _write_inputs(tmp_path / "in")
    local = tmp_path / "local"
    cluster = tmp_path / "cluster"
    r1 = run_batch([inputs], local, workers=0, shard_size=4, quiet=True)
    r2 = run_batch([inputs], cluster, workers=2, shard_size=4, quiet=True)
    assert r1.documents == r2.documents == 15
    assert r1.shards == r2.shards == 4
    assert _export(local) == _export(cluster)


def test_batch_resumes_after_a_kill(tmp_path):
    inputs = _write_inputs(tmp_path / "in")
    full = tmp_path / "full"
    run_batch([inputs], full, workers=0, shard_size=4, quiet=True)
    # a killed run: some shards finished, one left as a half-written temp file, the rest absent
    killed = tmp_path / "killed"
    run_batch([inputs], killed, workers=0, shard_size=4, quiet=True)
    shard_path(killed, 2).unlink()
    shard_path(killed, 3).unlink()
    shard_path(killed, 2).with_suffix(".tmp999").write_text('{"document": {"id": "half', encoding="utf-8")
    report = run_batch([inputs], killed, workers=0, shard_size=4, quiet=True)
    assert report.skipped == 2 and report.shards == 2
    assert _export(killed) == _export(full)


@pytest.mark.parametrize("size,expected", [(1, 15), (4, 4), (100, 1)])
def test_batch_shard_count_follows_shard_size(tmp_path, size, expected):
    inputs = _write_inputs(tmp_path / "in")
    report = run_batch([inputs], tmp_path / "out", workers=0, shard_size=size, quiet=True)
    assert report.shards == expected


def test_batch_load_into_store_is_idempotent(tmp_path):
    from telik.batch import load_shards
    from telik.store.repository import Store

    inputs = _write_inputs(tmp_path / "in", copies=1)
    run_batch([inputs], tmp_path / "out", workers=0, shard_size=2, quiet=True)
    db = f"sqlite:///{tmp_path / 'b.db'}"
    assert load_shards(tmp_path / "out", db) == (5, 0)
    assert load_shards(tmp_path / "out", db) == (0, 5)
    with Store(db) as store:
        assert len(store.all_results()) == 5
