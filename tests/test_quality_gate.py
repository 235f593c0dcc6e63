"""Quality gate: the engine on each evaluation set must not fall below its stored baseline, and the gold must be sound.

Sets: the bundled samples (tests/gold, tests/quality_baseline.json) and the JSONL set in the held-out delivery
format (tests/gold_jsonl, tests/quality_baseline_jsonl.json), and a third JSONL set annotated before the engine first
ran on it (tests/gold_jsonl2, tests/quality_baseline_jsonl2.json), and short reports of one event by several outlets
for events and their clusters (tests/gold_clusters, tests/quality_baseline_clusters.json). Refresh a baseline after
an improvement with `python -m tests.evaluation --update-baseline` (add `--set jsonl`, `jsonl2` or `clusters`).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from telik.ingest import read_inputs
from telik.model import ReadError

from evaluation import (
    BASELINE,
    CLUSTERS_BASELINE,
    CLUSTERS_GOLD_DIR,
    CLUSTERS_INPUT,
    CORPUS_FILE,
    GOLD_DIR,
    JSONL2_BASELINE,
    JSONL2_GOLD_DIR,
    JSONL2_INPUT,
    JSONL_BASELINE,
    JSONL_GOLD_DIR,
    JSONL_INPUT,
    below_baseline,
    find_all,
    fold,
    load_gold,
    original_texts,
    run_samples,
    score,
    value_matches,
)

TOLERANCE = 0.02
LABELS = {"PER", "ORG", "GPE", "LOC", "FAC"}
EVENT_TYPES = {"ATTACK", "MILITARY_OPERATION", "ARREST", "WARNING", "TALKS", "SUPPORT", "CONTROL", "ESTIMATE"}
GOLD, CORPUS = load_gold(GOLD_DIR)
JSONL_GOLD, JSONL_CORPUS = load_gold(JSONL_GOLD_DIR)
JSONL2_GOLD, JSONL2_CORPUS = load_gold(JSONL2_GOLD_DIR)


@pytest.fixture(scope="module")
def sample_texts(samples_dir: Path) -> dict[str, str]:
    """The original text of every sample document, as the reader produces it."""
    out: dict[str, str] = {}
    for item in read_inputs([samples_dir]):
        assert not isinstance(item, ReadError), f"sample unreadable: {item.source}: {item.reason}"
        out[item.id] = item.text
    return out


@pytest.fixture(scope="module")
def sample_run() -> tuple[dict[str, Any], dict[str, str]]:
    return run_samples()


@pytest.fixture(scope="module")
def jsonl_texts() -> dict[str, str]:
    """The original text of every record of the JSONL set; every line must read."""
    items = list(read_inputs([JSONL_INPUT]))
    bad = [i for i in items if isinstance(i, ReadError)]
    assert not bad, f"JSONL set unreadable: {bad}"
    return original_texts([JSONL_INPUT])


@pytest.fixture(scope="module")
def jsonl_run() -> tuple[dict[str, Any], dict[str, str]]:
    return run_samples([JSONL_INPUT])


@pytest.fixture(scope="module")
def jsonl2_texts() -> dict[str, str]:
    """The original text of every record of the third set; every line must read."""
    bad = [i for i in read_inputs([JSONL2_INPUT]) if isinstance(i, ReadError)]
    assert not bad, f"JSONL2 set unreadable: {bad}"
    return original_texts([JSONL2_INPUT])


@pytest.fixture(scope="module")
def jsonl2_run() -> tuple[dict[str, Any], dict[str, str]]:
    return run_samples([JSONL2_INPUT])


def test_quality_gate_scores_hold_baseline(sample_run):
    export, texts = sample_run
    report, misses = score(export, texts)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert not report["missing_documents"], f"documents not extracted: {report['missing_documents']}"
    drops = below_baseline(report["headline"], baseline, TOLERANCE)
    assert not drops, "quality fell below tests/quality_baseline.json:\n" + "\n".join(drops + ["", *misses[:60]])


def test_quality_gate_baseline_names_every_score(sample_run):
    export, texts = sample_run
    report, _ = score(export, texts)
    assert set(json.loads(BASELINE.read_text(encoding="utf-8"))) == set(report["headline"])


def test_quality_gate_jsonl_scores_hold_baseline(jsonl_run):
    export, texts = jsonl_run
    report, misses = score(export, texts, JSONL_GOLD_DIR)
    baseline = json.loads(JSONL_BASELINE.read_text(encoding="utf-8"))
    assert not report["missing_documents"], f"records not extracted: {report['missing_documents']}"
    drops = below_baseline(report["headline"], baseline, TOLERANCE)
    assert not drops, "quality fell below tests/quality_baseline_jsonl.json:\n" + "\n".join(drops + ["", *misses[:60]])


def test_quality_gate_jsonl_baseline_names_every_score(jsonl_run):
    export, texts = jsonl_run
    report, _ = score(export, texts, JSONL_GOLD_DIR)
    assert set(json.loads(JSONL_BASELINE.read_text(encoding="utf-8"))) == set(report["headline"])


def test_quality_gate_jsonl2_scores_hold_baseline(jsonl2_run):
    export, texts = jsonl2_run
    report, misses = score(export, texts, JSONL2_GOLD_DIR)
    baseline = json.loads(JSONL2_BASELINE.read_text(encoding="utf-8"))
    assert not report["missing_documents"], f"records not extracted: {report['missing_documents']}"
    drops = below_baseline(report["headline"], baseline, TOLERANCE)
    assert not drops, "quality fell below tests/quality_baseline_jsonl2.json:\n" + "\n".join(drops + ["", *misses[:60]])


def test_quality_gate_jsonl2_baseline_names_every_score(jsonl2_run):
    export, texts = jsonl2_run
    report, _ = score(export, texts, JSONL2_GOLD_DIR)
    assert set(json.loads(JSONL2_BASELINE.read_text(encoding="utf-8"))) == set(report["headline"])


def test_quality_gate_clusters_scores_hold_baseline():
    export, texts = run_samples([CLUSTERS_INPUT])
    report, misses = score(export, texts, CLUSTERS_GOLD_DIR)
    baseline = json.loads(CLUSTERS_BASELINE.read_text(encoding="utf-8"))
    assert not report["missing_documents"], f"records not extracted: {report['missing_documents']}"
    assert set(baseline) == set(report["headline"])
    drops = below_baseline(report["headline"], baseline, TOLERANCE)
    assert not drops, "quality fell below tests/quality_baseline_clusters.json:\n" + "\n".join(drops + ["", *misses[:60]])


def test_quality_gate_every_sample_has_gold(sample_texts):
    assert set(sample_texts) == set(GOLD)
    assert len(GOLD) >= 12


def test_quality_gate_every_jsonl_record_has_gold(jsonl_texts):
    assert set(jsonl_texts) == set(JSONL_GOLD)
    assert len(JSONL_GOLD) == 10


def test_quality_gate_every_jsonl2_record_has_gold(jsonl2_texts):
    assert set(jsonl2_texts) == set(JSONL2_GOLD)
    assert len(JSONL2_GOLD) == 6


def assert_gold_schema(gold: dict[str, Any], doc_id: str) -> None:
    assert gold["id"] == doc_id
    assert set(gold["meta"]) == {"title", "outlet", "dateline", "published", "wire"}
    for e in gold["entities"]:
        assert e.get("optional") or e["label"] in LABELS, e
        assert e.get("optional") or e.get("id"), e
        assert set(e.get("alt_labels", [])) <= LABELS, e
    for ev in gold["events"]:
        assert ev["type"] in EVENT_TYPES, ev
        assert ev["evidence"] and all(ev["evidence"]), ev
        if ev.get("date") is not None:
            assert len(ev["date"]) in (4, 7, 10), ev
    for q in gold["quotes"]:
        assert q["speaker"] and isinstance(q["anonymous"], bool), q


@pytest.mark.parametrize("doc_id", sorted(GOLD))
def test_quality_gate_gold_schema(doc_id):
    assert_gold_schema(GOLD[doc_id], doc_id)


@pytest.mark.parametrize("doc_id", sorted(JSONL_GOLD))
def test_quality_gate_jsonl_gold_schema(doc_id):
    assert_gold_schema(JSONL_GOLD[doc_id], doc_id)


@pytest.mark.parametrize("doc_id", sorted(JSONL2_GOLD))
def test_quality_gate_jsonl2_gold_schema(doc_id):
    assert_gold_schema(JSONL2_GOLD[doc_id], doc_id)


def gold_strings_missing(gold: dict[str, Any], text: str) -> list[str]:
    """Every gold string (cleaning, evidence, quote, required entity) that does not stand in the original text."""
    strings = [*gold["cleaning"].get("drop", []), *gold["cleaning"].get("keep", []), *gold["cleaning"].get("max_count", {})]
    strings += [s for ev in gold["events"] for s in ev["evidence"]]
    strings += [q["text"] for q in gold["quotes"]]
    missing = [s for s in strings if s not in text]
    missing += [e["text"] for e in gold["entities"]
                if not e.get("optional") and not any(t in text for t in [e["text"], *e.get("alt", [])])]
    return missing


@pytest.mark.parametrize("doc_id", sorted(GOLD))
def test_quality_gate_gold_strings_in_document(doc_id, sample_texts):
    missing = gold_strings_missing(GOLD[doc_id], sample_texts[doc_id])
    assert not missing, f"gold strings not in {doc_id}: {missing}"


@pytest.mark.parametrize("doc_id", sorted(JSONL_GOLD))
def test_quality_gate_jsonl_gold_strings_in_record(doc_id, jsonl_texts):
    missing = gold_strings_missing(JSONL_GOLD[doc_id], jsonl_texts[doc_id])
    assert not missing, f"gold strings not in {doc_id}: {missing}"


@pytest.mark.parametrize("doc_id", sorted(JSONL2_GOLD))
def test_quality_gate_jsonl2_gold_strings_in_record(doc_id, jsonl2_texts):
    missing = gold_strings_missing(JSONL2_GOLD[doc_id], jsonl2_texts[doc_id])
    assert not missing, f"gold strings not in {doc_id}: {missing}"


@pytest.mark.parametrize("gold,corpus,gold_dir", [(GOLD, CORPUS, GOLD_DIR), (JSONL_GOLD, JSONL_CORPUS, JSONL_GOLD_DIR),
                                                  (JSONL2_GOLD, JSONL2_CORPUS, JSONL2_GOLD_DIR)],
                         ids=["samples", "jsonl", "jsonl2"])
def test_quality_gate_corpus_refers_to_gold(gold, corpus, gold_dir):
    clusters = {ev.get("cluster") for g in gold.values() for ev in g["events"]}
    for conflict in corpus["conflicts"]:
        assert conflict["cluster"] in clusters
        assert len(set(conflict["values"])) >= 2
    for better, worse in corpus["credibility_order"]:
        assert better in gold and worse in gold and better != worse
    assert (gold_dir / CORPUS_FILE).exists()


def perfect_export(texts: dict[str, str], golds: dict[str, dict[str, Any]] = GOLD, corpus: dict[str, Any] = CORPUS) -> dict[str, Any]:
    """What an engine that agrees with the gold everywhere would export."""
    docs = []
    worse = {w for _, w in corpus["credibility_order"]}
    for doc_id, gold in golds.items():
        text = texts[doc_id]
        clean = text
        for s in gold["cleaning"].get("drop", []):
            clean = clean.replace(s, "")
        for s in gold["cleaning"].get("max_count", {}):
            first = clean.find(s) + len(s)
            clean = clean[:first] + clean[first:].replace(s, "")
        meta = {k: (v[0] if isinstance(v, list) and k != "wire" else v) for k, v in gold["meta"].items()}
        docs.append({
            "id": doc_id, **meta, "clean_text": clean,
            "entities": [{"text": e["text"], "label": e["label"], "canonical": e["id"]}
                         for e in gold["entities"] if not e.get("optional")],
            "events": [{"type": ev["type"], "evidence": next(s for s in ev["evidence"] if s in text),
                        "date": ev.get("date"), "location": (ev.get("location") or [None])[0],
                        "actors": ev.get("actors", []), "targets": ev.get("targets", []),
                        "killed": ev.get("killed"), "injured": ev.get("injured"), "cluster": ev.get("cluster")}
                       for ev in gold["events"] if not ev.get("optional")],
            "quotes": [{"text": q["text"], "speaker": q["speaker"][0], "anonymous": q["anonymous"]}
                       for q in gold["quotes"] if not q.get("optional")],
            "credibility": {"score": 0.1 if doc_id in worse else 0.9, "signals": []},
        })
    return {"documents": docs, "conflicts": corpus["conflicts"]}


def test_quality_gate_scorer_perfect_on_gold(sample_texts):
    report, misses = score(perfect_export(sample_texts), sample_texts)
    assert misses == []
    assert all(v == 1.0 for v in report["headline"].values()), report["headline"]


def test_quality_gate_scorer_perfect_on_jsonl_gold(jsonl_texts):
    report, misses = score(perfect_export(jsonl_texts, JSONL_GOLD, JSONL_CORPUS), jsonl_texts, JSONL_GOLD_DIR)
    assert misses == []
    assert all(v == 1.0 for v in report["headline"].values()), report["headline"]


def test_quality_gate_scorer_perfect_on_jsonl2_gold(jsonl2_texts):
    report, misses = score(perfect_export(jsonl2_texts, JSONL2_GOLD, JSONL2_CORPUS), jsonl2_texts, JSONL2_GOLD_DIR)
    assert misses == []
    headline = report["headline"]
    assert headline["conflicts_found"] is None and headline["credibility_order_acc"] is None
    assert all(v == 1.0 for v in headline.values() if v is not None), headline


def test_quality_gate_scorer_empty_export(sample_texts):
    report, _ = score({"documents": [], "conflicts": []}, sample_texts)
    headline = report["headline"]
    assert headline["entities_f1"] == headline["events_f1"] == headline["quotes_f1"] == 0.0
    assert headline["cleaning_acc"] == headline["credibility_order_acc"] == headline["conflicts_found"] == 0.0
    assert len(report["missing_documents"]) == len(GOLD)


def test_quality_gate_scorer_counts_extra_entity_as_false_positive(sample_texts):
    export = perfect_export(sample_texts)
    export["documents"][0]["entities"].append({"text": "Kota Khayalan", "label": "GPE", "canonical": "x"})
    report, misses = score(export, sample_texts)
    assert report["entities"]["fp"] == 1 and report["entities"]["fn"] == 0
    assert misses == [f"entity FP {export['documents'][0]['id']}: kota khayalan [GPE]"]


@pytest.mark.parametrize("text,expected", [
    ("  “Densus 88”, ", "densus 88"),
    ("Jawa\u00a0Tengah.", "jawa tengah"),
    ("ISIS\u2013K", "isis-k"),
    (None, ""),
])
def test_quality_gate_fold(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize("text,needle,expected", [
    ("serangan di\nMogadishu", "serangan di Mogadishu", [(0, 21)]),
    ("a b a b", "a b", [(0, 3), (4, 7)]),
    ("1/1/1/1/1/1", "1/2", []),
    ("teks", "", []),
])
def test_quality_gate_find_all(text, needle, expected):
    assert find_all(text, needle) == expected


@pytest.mark.parametrize("system,gold,expected", [
    (["Al-Shabaab"], ["al-shabaab"], True),
    (["Kelompok Al-Shabaab"], ["Al-Shabaab"], True),
    (["AS"], ["Amerika Serikat", "AS"], True),
    (["Rusia"], ["AS"], False),
    (["pasukan AS"], ["AS"], False),
    ([None], ["Medan"], False),
])
def test_quality_gate_value_matches(system, gold, expected):
    assert value_matches(system, gold) is expected


@pytest.mark.parametrize("headline,baseline,expected", [
    ({"a": 0.80}, {"a": 0.81}, []),
    ({"a": 0.78}, {"a": 0.81}, ["a: 0.78 < baseline 0.81 - 0.02"]),
    ({"a": None}, {"a": 0.5}, ["a: None < baseline 0.5 - 0.02"]),
    ({"a": None}, {"a": None}, []),
])
def test_quality_gate_below_baseline(headline, baseline, expected):
    assert below_baseline(headline, baseline, TOLERANCE) == expected
