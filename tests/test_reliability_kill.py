"""Killing `telik ingest` (SIGKILL, a real process) at a random point and running it again leaves a consistent
store equal to an uninterrupted run: no half-written document, no duplicate, corpus results complete."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from telik.cli import cli

TELIK = Path(sys.executable).with_name("telik")

STORIES = [
    ("Densus 88 Tangkap Tiga Terduga Teroris di Bekasi",
     "BEKASI – Densus 88 Antiteror Polri menangkap tiga terduga teroris jaringan Jamaah Ansharut Daulah (JAD) di "
     "Bekasi, Jawa Barat, pada Senin (4/3/2024). Polisi menyita bahan peledak dari rumah kontrakan tersangka.\n\n"
     "“Ketiganya merencanakan serangan ke pos polisi,” kata Kepala Bagian Penerangan Umum Polri Kombes Erdi Chaniago."),
    ("Bom Meledak di Depan Gereja Katedral Makassar",
     "MAKASSAR – Bom bunuh diri meledak di depan Gereja Katedral Makassar, Sulawesi Selatan, pada Minggu (28/3/2021). "
     "Sedikitnya 20 orang terluka dan dua pelaku tewas.\n\n"
     "“Pelaku diduga anggota JAD,” kata Kapolri Jenderal Listyo Sigit Prabowo di Makassar."),
    ("KKB Serang Pos TNI di Intan Jaya",
     "INTAN JAYA – Kelompok Kriminal Bersenjata (KKB) menyerang pos TNI di Intan Jaya, Papua, pada Selasa (5/3/2024) "
     "dan menewaskan dua prajurit. Satgas Damai Cartenz memburu para pelaku ke hutan."),
    ("ISIS Klaim Serangan di Kabul",
     "KABUL – ISIS mengklaim serangan bom di dekat bandara Kabul, Afghanistan, yang menewaskan 13 orang pada Kamis "
     "(26/8/2021). Pemerintah Amerika Serikat mengecam serangan itu."),
    ("BNPT Peringatkan Ancaman Jelang Natal",
     "JAKARTA – Badan Nasional Penanggulangan Terorisme (BNPT) memperingatkan ancaman serangan teror menjelang Natal "
     "dan Tahun Baru 2024.\n\n“Kami meminta masyarakat tetap waspada,” kata Kepala BNPT Komjen Rycko Amelza Dahniel."),
]
# Later reports of the same events with other figures, and verbatim copies: the corpus stage has work to do.
UPDATES = [
    (1, "Korban Bom Makassar Bertambah",
     "MAKASSAR – Jumlah korban luka akibat bom bunuh diri di depan Gereja Katedral Makassar pada Minggu (28/3/2021) "
     "bertambah menjadi 25 orang, kata polisi pada Senin (29/3/2021)."),
    (2, "Dua Prajurit TNI Gugur di Intan Jaya",
     "INTAN JAYA – Tiga prajurit TNI tewas ketika KKB menyerang pos TNI di Intan Jaya, Papua, pada Selasa (5/3/2024), "
     "kata Kapendam Cenderawasih."),
    (3, "Korban Serangan Kabul Capai 170 Orang",
     "KABUL – Korban tewas serangan bom di dekat bandara Kabul pada Kamis (26/8/2021) yang diklaim ISIS mencapai "
     "170 orang, kata pejabat kesehatan Afghanistan."),
]


def _write_articles(folder: Path) -> int:
    """About 15 short articles: stories, updates with other figures, and copies under other names."""
    folder.mkdir()
    n = 0
    for i, (title, body) in enumerate(STORIES):
        for copy in range(2):  # the second copy is the same text: stored once
            (folder / f"{i:02d}-kabar{copy}.txt").write_text(f"{title}\n\n{body}", encoding="utf-8")
            n += 1
    for i, (story, title, body) in enumerate(UPDATES):
        (folder / f"{story:02d}-update{i}.txt").write_text(f"{title}\n\n{body}", encoding="utf-8")
        (folder / f"{story:02d}-update{i}-ulang.txt").write_text(f"{title}\n\n{body}\n\nBaca juga: Berita lain",
                                                                  encoding="utf-8")
        n += 2
    return n


def _documents(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created or migrated yet, or locked for a moment


def _state(db: Path) -> dict:
    """What an ingest leaves behind, independent of row ids and timing."""
    import json

    with sqlite3.connect(db) as conn:
        docs = {h: json.loads(d) for h, d in conn.execute("SELECT hash, data FROM documents")}
        counts = {}
        for table in ("mentions", "events", "quotes", "claims"):
            counts[table] = Counter(h for (h,) in conn.execute(
                f"SELECT d.hash FROM {table} t JOIN documents d ON d.id = t.document_id"))
        evidence = Counter(h for (h,) in conn.execute(
            "SELECT d.hash FROM event_evidence v JOIN events e ON e.id = v.event_id JOIN documents d ON d.id = e.document_id"))
        conflicts = sorted(conn.execute("SELECT cluster, field, \"values\", kind FROM conflicts").fetchall())
        figures = sorted(conn.execute("SELECT cluster, field, value FROM figure_history").fetchall())
        entities = sorted(conn.execute("SELECT canonical, label, name FROM entities").fetchall())
        meta = dict(conn.execute("SELECT key, value FROM store_meta").fetchall())
    # consistency: every document's normalised rows match its stored DocResult exactly
    for h, data in docs.items():
        assert counts["mentions"][h] == len(data["entities"]), h
        assert counts["events"][h] == len(data["events"]), h
        assert counts["quotes"][h] == len(data["quotes"]), h
        assert counts["claims"][h] == len(data["claims"]), h
        assert evidence[h] == sum(len(e["mentions"]) for e in data["events"]), h
    return {"docs": docs, "conflicts": conflicts, "figures": figures, "entities": entities,
            "meta": {k: v for k, v in meta.items() if k not in ("corpus_analysed_upto", "generation")}}


def _ingest(inputs: Path, db: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", str(inputs), "--db", f"sqlite:///{db}", "--quiet"])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def reference(tmp_path_factory, nlp) -> tuple[Path, dict]:
    """The inputs and the store an uninterrupted ingest makes of them."""
    root = tmp_path_factory.mktemp("kill")
    inputs = root / "in"
    _write_articles(inputs)
    db = root / "reference.db"
    _ingest(inputs, db)
    return inputs, _state(db)


def test_reliability_reference_run_has_corpus_results(reference) -> None:
    _, state = reference
    docs = state["docs"].values()
    assert len(state["docs"]) == 11  # 5 stories + 3 updates + 3 updates with a trailer; exact copies stored once
    assert sum(len(d["events"]) for d in docs) >= 5 and sum(len(d["quotes"]) for d in docs) >= 2
    assert all(d["credibility"] is not None for d in docs)
    assert any(d["duplicate_of"] for d in docs)


@pytest.mark.parametrize(("seed", "phase"), [(3, "documents"), (11, "documents"), (29, "analysis")])
def test_reliability_ingest_killed_at_random_point_then_rerun_equals_uninterrupted(tmp_path, reference, seed,
                                                                                    phase) -> None:
    inputs, expected = reference
    rng = random.Random(seed)
    db = tmp_path / "killed.db"
    # kill once this many documents are stored (all of them: during the corpus analysis), plus a random delay
    total = len(expected["docs"])
    target = rng.randint(1, total - 1) if phase == "documents" else total
    proc = subprocess.Popen([str(TELIK), "ingest", str(inputs), "--db", f"sqlite:///{db}", "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while proc.poll() is None and _documents(db) < target and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(rng.uniform(0, 0.3))
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass  # it finished before the kill: the rerun must still change nothing
    finally:
        proc.wait(timeout=30)
    _state(db)  # consistent right after the kill, before any repair
    _ingest(inputs, db)
    assert _state(db) == expected


def test_reliability_run_that_died_before_its_analysis_is_completed_by_the_next(tmp_path, reference, processor) -> None:
    """Deterministic twin of the kill during analysis: every document stored, the corpus stage never run."""
    from telik.store import Store, ingest_paths

    inputs, expected = reference
    db = tmp_path / "unanalysed.db"
    with Store(f"sqlite:///{db}") as store:
        report = ingest_paths(store, [inputs], processor=processor, analyze=False)
        assert len(report.added) == len(expected["docs"]) and store.corpus_stale()
    _ingest(inputs, db)  # adds nothing, but finishes the analysis
    with Store(f"sqlite:///{db}") as store:
        assert not store.corpus_stale()
    assert _state(db) == expected
