"""CLI commands over the store: ingest, summary, search, entities, events, quotes, timeline, export, import-brat."""
from __future__ import annotations

import csv
import json

import pytest
import spacy
from click.testing import CliRunner

from telik.cli import cli
from telik.export import acled
from telik.process import Processor
from telik.store import Store, reanalyze

from conftest import make_doc


@pytest.fixture
def db(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    with Store(url) as store:
        store.add_document(make_doc())
        reanalyze(store)
    return url


@pytest.mark.parametrize(
    ("args", "expected"),
    [(["summary"], "Documents: 1"), (["summary"], "ARREST: 1"), (["search", "Densus 88"], "[Densus] [88]"),
     (["entities", "--alias", "densus 88"], "Densus 88 [ORG]"), (["events", "--type", "ARREST"], "evidence: Densus 88"),
     (["events", "--place", "Bekasi", "--since", "2024-01-01"], "ARREST"), (["quotes", "--speaker", "Ramadhan"], "Ahmad Ramadhan"),
     (["timeline", "Densus 88"], "2024-02-26")],
)
def test_cli_store_queries(db, args, expected):
    result = CliRunner().invoke(cli, [*args, "--db", db])
    assert result.exit_code == 0, result.output
    assert expected in result.output


@pytest.mark.parametrize("fmt", ["jsonl", "acled", "gtd", "plover", "geojson"])
def test_cli_export_formats(db, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(cli, ["export", "--format", fmt, "--db", db, "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    if fmt == "acled":
        assert next(csv.reader(text.splitlines())) == acled.COLUMNS
    elif fmt == "geojson":
        assert json.loads(text)["type"] == "FeatureCollection"
    else:
        assert text.strip()


def test_cli_export_unknown_format(db, tmp_path):
    result = CliRunner().invoke(cli, ["export", "--format", "xml", "--db", db, "-o", str(tmp_path / "x")])
    assert result.exit_code == 2 and result.stderr.startswith("telik: [E012]")


def test_cli_brat_export_and_import(db, tmp_path):
    folder = tmp_path / "brat"
    assert CliRunner().invoke(cli, ["export", "--format", "brat", "--db", db, "-o", str(folder)]).exit_code == 0
    result = CliRunner().invoke(cli, ["import-brat", str(folder)])
    gold = json.loads(result.output)
    assert [e["text"] for e in gold["documents"][0]["entities"]] == ["Densus 88", "JAD", "Bekasi"]


def test_cli_ingest_twice_adds_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr("telik.process.Processor", lambda: Processor(spacy.blank("id")))
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Densus 88 menangkap tiga terduga teroris di Bekasi.", encoding="utf-8")
    (inputs / "b.txt").write_text("Polisi berjaga di Jakarta.", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'in.db'}"
    first = CliRunner().invoke(cli, ["ingest", str(inputs), "--db", db, "--quiet"])
    second = CliRunner().invoke(cli, ["ingest", str(inputs), "--db", db])
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    assert "0 documents added, 2 already stored" in second.output
    with Store(db) as store:
        assert store.stats().documents == 2 and store.search("Densus 88").total == 1


def test_cli_ingest_reports_failed_inputs(tmp_path, monkeypatch):
    monkeypatch.setattr("telik.process.Processor", lambda: Processor(spacy.blank("id")))
    good = tmp_path / "good.txt"
    good.write_text("Densus 88 menangkap tiga orang.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(cli, ["ingest", str(good), str(missing), "--db", f"sqlite:///{tmp_path / 'f.db'}"])
    assert result.exit_code == 1
    assert "missing.txt" in result.output
