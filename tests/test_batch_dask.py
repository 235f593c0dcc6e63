"""The Dask batch runner: its export is byte for byte `telik extract`'s, locally and on a 2-worker LocalCluster;
it resumes after a kill; no worker process outlives it, however it ends."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from click.testing import CliRunner

from telik import batch
from telik.batch import EXPORT, run_batch, shard_path
from telik.cli import cli

ARTICLES = [
    "Densus 88 menangkap tiga terduga teroris di Bekasi, Jawa Barat, pada Senin (4/3/2024).",
    "Ledakan bom di Makassar melukai sedikitnya 20 orang pada Minggu (28/3/2021).",
    "KKB menyerang pos TNI di Intan Jaya, Papua, dan menewaskan dua prajurit.",
    "ISIS mengklaim serangan di Kabul yang menewaskan 13 orang.",
    "BNPT memperingatkan ancaman serangan menjelang Natal.",
]
SAMPLES = Path(batch.__file__).parent / "data" / "samples"
SRC = Path(batch.__file__).parents[1]


def _write_inputs(folder: Path, copies: int = 3) -> Path:
    folder.mkdir()
    for c in range(copies):
        for i, text in enumerate(ARTICLES):
            (folder / f"a{c}_{i}.txt").write_text(f"Berita {c}-{i}\n\n{text} Laporan ke-{c}.", encoding="utf-8")
    return folder


def _export(out: Path) -> bytes:
    return (out / EXPORT).read_bytes()


def test_batch_local_and_cluster_give_identical_results(tmp_path):
    inputs = _write_inputs(tmp_path / "in")
    local = tmp_path / "local"
    cluster = tmp_path / "cluster"
    r1 = run_batch([inputs], local, workers=0, shard_size=4, quiet=True)
    r2 = run_batch([inputs], cluster, workers=2, shard_size=4, quiet=True)
    assert r1.documents == r2.documents == r1.exported == r2.exported == 15
    assert r1.shards == r2.shards == 4
    assert _export(local) == _export(cluster)


def test_batch_export_is_byte_identical_to_extract(tmp_path):
    """The bundled samples (HTML, feeds, JSONL, text; events told by several reports) and a re-told copy of one
    through `extract` and through `batch` on two workers: the same bytes, corpus stage included."""
    story = (SAMPLES / "densus88-jad-jateng.txt").read_text(encoding="utf-8")
    head, _, tail = story.partition("\n\n")
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "salinan.txt").write_text(f"{head} (salinan)\n\n{tail}", encoding="utf-8")
    inputs = [str(SAMPLES), str(tmp_path / "copy")]
    runner = CliRunner()
    extracted = runner.invoke(cli, ["extract", *inputs, "-o", str(tmp_path / "x.json"), "--quiet"])
    batched = runner.invoke(cli, ["batch", *inputs, "--out", str(tmp_path / "b"), "--workers", "2",
                                  "--shard-size", "3", "--quiet"])
    assert batched.exit_code == extracted.exit_code
    text = (tmp_path / "x.json").read_bytes()
    assert text.count(b'\n  {\n   "id": ') == 15 and b'"duplicate_of": "densus88-jad-jateng"' in text
    assert _export(tmp_path / "b") == text


def test_local_workers_keep_glibcs_own_heap_thresholds():
    """No worker gets Dask's MALLOC_TRIM_THRESHOLD_ (see `batch.QUIET_DASK`): it would fix the mmap threshold too."""
    with batch.dask_client(1, None) as client:
        assert list(client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_")).values()) == [None]


def test_batch_resumes_after_a_kill(tmp_path):
    inputs = _write_inputs(tmp_path / "in")
    full = tmp_path / "full"
    run_batch([inputs], full, workers=0, shard_size=4, quiet=True)
    # a killed run: some shards finished, one left as a half-written temp file, the rest absent
    killed = tmp_path / "killed"
    run_batch([inputs], killed, workers=0, shard_size=4, quiet=True)
    shard_path(killed, 2).unlink()
    shard_path(killed, 3).unlink()
    (killed / EXPORT).unlink()
    shard_path(killed, 2).with_suffix(".tmp999").write_text('{"document": {"id": "half', encoding="utf-8")
    report = run_batch([inputs], killed, workers=0, shard_size=4, quiet=True)
    assert report.skipped == 2 and report.shards == 2 and report.exported == 15
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


def _gone(pids: list[int]) -> list[int]:
    """Those of `pids` still running after a grace period."""
    procs = []
    for pid in pids:
        try:
            procs.append(psutil.Process(pid))
        except psutil.NoSuchProcess:
            continue
    _, alive = psutil.wait_procs(procs, timeout=30)
    return [p.pid for p in alive if p.status() != psutil.STATUS_ZOMBIE]


def test_batch_closes_its_workers_when_the_end_phase_fails(tmp_path, monkeypatch):
    workers: list[int] = []

    def fail(out_dir, client, shards):
        workers.extend(client.run(os.getpid).values())
        raise RuntimeError("the end phase failed")

    monkeypatch.setattr(batch, "write_export", fail)
    with pytest.raises(RuntimeError, match="end phase failed"):
        run_batch([_write_inputs(tmp_path / "in", copies=1)], tmp_path / "out", workers=2, shard_size=2, quiet=True)
    assert len(workers) == 2
    assert _gone(workers) == []


_INTERRUPTS = 10  # ctrl-c presses at most, 3 s apart: one may land while Dask starts its cluster and be lost


def _ctrl_c_heard() -> None:
    """ctrl-c as a terminal delivers it: a shell that starts the tests in the background (`make test &`) makes its
    children ignore SIGINT, and the driver would inherit that."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _worker_pids(driver: psutil.Process) -> list[int]:
    """The Dask worker processes `driver` started (multiprocessing's spawned children, not its resource tracker)."""
    return [p.pid for p in driver.children(recursive=True) if "spawn_main" in " ".join(p.cmdline())]


@pytest.mark.parametrize("interrupt", [False, True], ids=["finished", "ctrl-c"])
def test_batch_leaves_no_worker_process_behind(tmp_path, interrupt):
    """A real `telik batch` process, run to its end or interrupted once its workers run (given enough articles
    that it cannot finish before the interrupt arrives, however loaded the machine)."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    # 2,000 short articles: two workers take well over the 3 s between presses even on an idle machine
    inputs = _write_inputs(tmp_path / "in", copies=400 if interrupt else 3)
    driver = subprocess.Popen([sys.executable, "-m", "telik", "batch", str(inputs), "--out",
                               str(tmp_path / "out"), "--workers", "2", "--shard-size", "1", "--quiet"],
                              env=env, stderr=subprocess.PIPE, text=True, preexec_fn=_ctrl_c_heard)
    proc = psutil.Process(driver.pid)
    workers: list[int] = []
    while driver.poll() is None and len(workers) < 2:
        try:
            workers = _worker_pids(proc)
        except psutil.NoSuchProcess:
            break
        time.sleep(0.05)
    for _ in range(_INTERRUPTS if interrupt else 0):  # as a user would press ctrl-c again if the first went unseen
        driver.send_signal(signal.SIGINT)
        try:
            driver.wait(timeout=3)
            break
        except subprocess.TimeoutExpired:
            continue
    _, err = driver.communicate(timeout=300)
    assert len(workers) == 2
    # interrupted: "Aborted!" (1), or, when a press repeated on a loaded machine lands while the driver closes its
    # cluster, ended by the signal itself; either way no worker may be left
    assert driver.returncode in ((1, -signal.SIGINT) if interrupt else (0,)), err
    assert _gone(workers) == []
