"""Exports of the bundled samples checked against column lists and vocabularies written from the published
codebooks (tests/data/codebooks), and one row per real-world event."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from telik.export import acled, geojson, gtd, plover
from telik.export.common import load_mapping, real_world_events
from telik.model import Conflict, DocResult

CODEBOOKS = Path(__file__).resolve().parent / "data" / "codebooks"
PLOVER_EXTENSIONS = {"size", "reports", "date_precision"}


def _codebook(name: str) -> dict[str, Any]:
    return yaml.safe_load((CODEBOOKS / f"{name}.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus(samples_dir: Path, processor) -> tuple[list[DocResult], list[Conflict]]:  # type: ignore[no-untyped-def]
    from telik.corpus import analyze_corpus
    from telik.ingest import read_inputs

    docs = [d for d in processor.process_many(read_inputs([samples_dir])) if isinstance(d, DocResult)]
    return docs, analyze_corpus(docs)


def _csv(module: Any, corpus: tuple[list[DocResult], list[Conflict]]) -> list[dict[str, str]]:
    out = io.StringIO()
    module.write(*corpus, out)
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    rows = list(reader)
    assert rows, "the samples give no rows"
    return rows


def test_export_acled_matches_codebook(corpus):
    book = _codebook("acled")
    rows = _csv(acled, corpus)
    assert list(rows[0]) == book["columns"]
    for r in rows:
        assert r["disorder_type"] in book["disorder_types"]
        assert r["sub_event_type"] in book["event_types"][r["event_type"]]
        assert int(r["inter1"]) in book["inter"] and int(r["inter2"]) in book["inter"]
        assert int(r["time_precision"]) in book["time_precision"]
        assert int(r["geo_precision"]) in book["geo_precision"]
        assert r["civilian_targeting"] in book["civilian_targeting"] and r["source_scale"] in book["source_scale"]
        assert r["event_date"][:4] == r["year"] and len(r["event_date"]) == 10
        assert [int(r["iso"]), r["region"]] == book["countries"][r["country"]], r["country"]
        assert r["event_id_cnty"][:3].isupper() and r["event_id_cnty"][3:].isdigit()
        assert (r["latitude"] == "") == (r["longitude"] == "")
    assert len({r["event_id_cnty"] for r in rows}) == len(rows)


def test_export_gtd_matches_codebook(corpus):
    book = _codebook("gtd")
    rows = _csv(gtd, corpus)
    assert list(rows[0]) == book["columns"]
    for r in rows:
        assert int(r["iyear"]) > 1969 and 0 <= int(r["imonth"]) <= 12 and 0 <= int(r["iday"]) <= 31
        assert r["approxdate"] or int(r["iday"]) > 0, "an inexact date says so in approxdate"
        for field in ("attacktype", "targtype", "weaptype"):
            assert book[field][int(r[f"{field}1"])] == r[f"{field}1_txt"]
        assert book["region"][int(r["region"])] == r["region_txt"]
        assert [int(r["country"]), int(r["region"])] == book["countries"][r["country_txt"]], r["country_txt"]
        assert int(r["specificity"]) in book["specificity"]
        assert all(r[f] in ("0", "1") for f in book["binary"])
        assert int(r["doubtterr"]) in book["doubtterr"] and int(r["claimed"]) in book["claimed"]
        if r["alternative"]:
            assert r["doubtterr"] == "1" and book["alternative"][int(r["alternative"])] == r["alternative_txt"]
        assert len(r["eventid"]) == 12 and r["eventid"].startswith(r["iyear"])
        if r["weaptype1_txt"] != "Unknown":
            assert r["weapdetail"] or r["summary"], "a weapon needs evidence"


def test_export_plover_matches_manual(corpus):
    book = _codebook("plover")
    out = io.StringIO()
    assert plover.write(*corpus, out)
    for line in out.getvalue().splitlines():
        rec = json.loads(line)
        assert set(rec) <= set(book["fields"]) | PLOVER_EXTENSIONS
        assert all(rec.get(f) not in (None, [], "") for f in book["required"])
        assert all(isinstance(rec.get(f, []), list) for f in book["list_fields"])
        assert len(rec["date"]) == 10 and rec["date"][4] == "-"
        for category in rec["event"]:
            assert set(rec["mode"]) <= set(book["modes"][category]), (category, rec["mode"])
            assert category in book["quad"][rec["quad_code"]]
        assert set(rec["context"]) <= set(book["contexts"])
        for who in rec["source"] + rec["recipient"]:
            assert set(who) <= set(book["actor_fields"])
            assert who["sector"] is None or who["sector"] in book["sectors"]
            assert who["code"] is None or len(who["code"]) == 3
        assert set(rec["size"]) == set(book["size_fields"])
        assert set(rec["text_info"]) <= set(book["text_info_fields"])
        assert set(rec["cite_info"]) <= set(book["cite_info_fields"])


def test_export_one_row_per_real_world_event(corpus):
    docs, conflicts = corpus
    events = real_world_events(docs, conflicts)
    mentions = sum(len(d.events) for d in docs)
    merged = [e for e in events if len(e.reports) > 1]
    assert merged and len(events) < mentions, "the samples hold an event reported twice"
    features = json.loads(_write(geojson, corpus))["features"]
    assert sorted(f["id"] for f in features) == sorted(e.key for e in events)
    rows = _csv(acled, corpus)
    skip = frozenset(load_mapping("acled")["skip_certainty"])
    exported = [e for e in real_world_events(docs, conflicts, skip) if e.date[0] or e.reported]
    assert len(rows) == len(exported)
    for ev in merged:
        (row,) = [r for r in rows if r["event_id_cnty"].endswith(str(acled.event_number(ev.key)))
                  and r["tags"].endswith("reports: " + ", ".join(x.doc.id for x in ev.reports))]
        assert row["fatalities"] == str(ev.killed or 0)
        assert all(o in row["source"] for o in ev.outlets)


def _write(module: Any, corpus: tuple[list[DocResult], list[Conflict]]) -> str:
    out = io.StringIO()
    module.write(*corpus, out)
    return out.getvalue()


def test_export_no_place_without_country(corpus):
    for r in _csv(acled, corpus):
        assert r["country"], r
    for r in _csv(gtd, corpus):
        assert r["country_txt"] and (r["city"] or r["provstate"] or r["specificity"] == "5"), r
    for f in json.loads(_write(geojson, corpus))["features"]:
        props = f["properties"]
        assert not props["place"] or props["country"], props
        assert f["geometry"] is None or props["precision"] in ("own", "near_town", "province")
