"""Analyst exports: exact CSV column sets, brat round trip, valid GeoJSON, lossless JSONL."""
from __future__ import annotations

import csv
import io
import json

import pytest

from telik.export import acled, brat, geojson, gtd, jsonl, plover
from telik.export.common import distinct_parties
from telik.model import Conflict, Event, Figure

from conftest import make_doc


def _docs():
    attack_text = "Bom bunuh diri meledak di Makassar, Minggu (28/3/2021), dan ISIS mengklaim serangan itu."
    attack = make_doc("bom", text=attack_text, entities=[], quotes=[], events=[
        Event("ATTACK", attack_text, 0, len(attack_text), subtype="suicide bombing", date="2021-03-28",
              date_precision="day", location="Makassar", actors=["ISIS"], targets=["Gereja Katedral"], killed=2,
              injured=20, cluster="makassar")])
    return [make_doc(), attack]


@pytest.mark.parametrize(("module", "columns", "rows"), [(acled, acled.COLUMNS, 2), (gtd, gtd.COLUMNS, 1)])
def test_export_csv_loads_with_exact_columns(module, columns, rows):
    out = io.StringIO()
    assert module.write(_docs(), [Conflict("makassar", "killed", [2, 3], best=3.0)], out) == rows
    records = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(records) == rows and all(list(r) == columns for r in records)


def test_export_acled_maps_types_from_data():
    out = io.StringIO()
    acled.write(_docs(), [Conflict("makassar", "killed", [2, 3], best=3.0)], out, timestamp=0)
    by_type = {r["sub_event_type"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert set(by_type) == {"Arrests", "Suicide bomb"}
    assert by_type["Suicide bomb"]["fatalities"] == "3" and by_type["Suicide bomb"]["country"]


def test_export_gtd_fields():
    out = io.StringIO()
    gtd.write(_docs(), [], out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["iyear"], row["imonth"], row["iday"]) == ("2021", "3", "28")
    assert row["attacktype1_txt"] == "Bombing/Explosion" and row["suicide"] == "1" and row["claimed"] == "1"
    assert row["targtype1_txt"] == "Religious Figures/Institutions" and row["nkill"] == "2"


def test_export_plover_records():
    out = io.StringIO()
    assert plover.write(_docs(), [], out) == 2
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {tuple(r["event"]) for r in records} == {("COERCE",), ("ASSAULT",)}
    assert {r["source"][0]["actor_text"] for r in records} == {"Densus 88", "ISIS"}
    assert all(set(r["size"]) == {"dead", "injured", "arrested"} for r in records)


@pytest.mark.parametrize("conflicts,arrested", [
    ([], 3),  # the count the arrest's sentence gives ("tiga terduga teroris")
    ([Conflict("arrest-bekasi", "arrested", [3, 4], best=4.0)], 4),  # where outlets disagree, the best value
])
def test_export_plover_arrested_size(conflicts, arrested):
    doc = make_doc(figures=[Figure("tiga", 20, 24, 3.0, kind="arrested")])
    out = io.StringIO()
    plover.write([doc], conflicts, out)
    assert json.loads(out.getvalue())["size"]["arrested"] == arrested


def test_export_geojson_is_valid():
    data = json.loads(_write(geojson, _docs()))
    assert data["type"] == "FeatureCollection" and data["features"]
    assert all(f["geometry"] for f in data["features"]), "Bekasi and Makassar have coordinates"
    for f in data["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert isinstance(f["properties"], dict)


def _write(module, docs) -> str:
    out = io.StringIO()
    module.write(docs, [], out)
    return out.getvalue()


def test_export_jsonl_is_lossless():
    docs = _docs()
    conflicts = [Conflict("makassar", "killed", [2, 3], best=3.0)]
    out = io.StringIO()
    jsonl.write(docs, conflicts, out)
    assert jsonl.read(out.getvalue().splitlines()) == (docs, conflicts)


def test_export_brat_round_trips(tmp_path):
    docs = _docs()
    docs[0].text = docs[0].text.replace("\n", "\r\n")  # offsets must survive Windows line ends
    docs[0].quotes[0].start += 1
    docs[0].quotes[0].end += 1
    brat.write_dir(docs, tmp_path)
    gold = {d["id"]: d for d in brat.read_brat_dir(tmp_path)["documents"]}
    for doc in docs:
        back = gold[doc.id]
        assert [(e["text"], e["label"], e["start"], e["end"], e["id"]) for e in back["entities"]] == [
            (m.text, m.label, m.start, m.end, m.canonical) for m in doc.entities]
        assert [(e["type"], e["date"], e["actors"], e["targets"], e["killed"], e["cluster"]) for e in back["events"]] == [
            (e.type, e.date, e.actors, e.targets, e.killed, e.cluster) for e in doc.events]
        assert [(q["text"], q["speaker"]) for q in back["quotes"]] == [(doc.text[q.start:q.end], [q.speaker]) for q in doc.quotes]


@pytest.mark.parametrize(
    "names,parties",
    [
        (["Turki", "Polisi Turki"], ["Turki"]),
        (["ISIS", "lima anggota ISIS", "warga sipil"], ["ISIS", "warga sipil"]),
        (["TNI", "Polri"], ["TNI", "Polri"]),
        (["Irak", "Irakli"], ["Irak", "Irakli"]),  # a name inside a longer word is another party
    ],
)
def test_export_parties_leave_out_restatements(names, parties):
    assert distinct_parties(names) == parties
