"""One error path: every CLI failure is a single line with its E-code on stderr and a non-zero exit status."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from telik.cli import cli
from telik.store import Store

from conftest import make_doc

RULES = Path(__file__).resolve().parent.parent / "src" / "telik" / "data" / "watch" / "example-rules.yaml"


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'telik.db'}"
    with Store(url) as store:
        store.add_document(make_doc())
    return url


def _fails(args: list[str], code: str) -> str:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code != 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and f"[{code}]" in lines[0], result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return lines[0]


@pytest.mark.parametrize(("args", "code"), [
    (["summary", "--db", "mysql://x/y"], "E009"),
    (["summary", "--db", "not a url"], "E009"),
    (["summary", "--db", "postgresql://telik@127.0.0.1:1/none"], "E030"),
])
def test_cli_bad_database_url_is_one_line(args, code):
    _fails(args, code)


def test_cli_sqlite_in_missing_folder(tmp_path):
    url = f"sqlite:///{tmp_path / 'missing' / 'telik.db'}"
    _fails(["ingest", "--samples", "--db", url], "E031")
    _fails(["events", "--db", url], "E031")
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("command", [["summary"], ["events"], ["entities"], ["quotes"], ["timeline", "JAD"],
                                     ["search", "bom"]])
def test_cli_read_only_commands_never_create_a_database(tmp_path, command):
    typo = tmp_path / "telk.db"
    _fails([*command, "--db", f"sqlite:///{typo}"], "E032")
    assert not typo.exists()


def test_cli_export_needs_an_existing_database(tmp_path):
    typo = tmp_path / "telk.db"
    _fails(["export", "--format", "acled", "--db", f"sqlite:///{typo}", "-o", str(tmp_path / "x.csv")], "E032")
    assert not typo.exists()


@pytest.mark.parametrize(("args", "code"), [
    (["--type", "FOO"], "E033"),
    (["--since", "yesterday"], "E034"),
    (["--until", "2024-02-30"], "E034"),
])
def test_cli_event_filters_are_validated(db, args, code):
    line = _fails(["events", "--db", db, *args], code)
    assert "ATTACK" in line or "YYYY-MM-DD" in line


def test_cli_unknown_place_names_the_known_ones(db):
    line = _fails(["events", "--db", db, "--place", "Atlantis"], "E035")
    assert "Bekasi" in line
    result = CliRunner().invoke(cli, ["events", "--db", db, "--place", "Makassar"])  # known, just no events there
    assert result.exit_code == 0 and "No events." in result.output


def test_cli_event_filters_accept_valid_values(db):
    result = CliRunner().invoke(cli, ["events", "--db", db, "--type", "arrest", "--since", "2024-02"])
    assert result.exit_code == 0 and "ARREST" in result.output


def test_cli_watch_missing_feed_file(tmp_path):
    line = _fails(["watch", str(tmp_path / "nofeed.xml"), "--rules", str(RULES), "--db",
                   f"sqlite:///{tmp_path / 'w.db'}", "--once"], "E001")
    assert "nofeed.xml" in line


def test_cli_watch_refused_feed(tmp_path):
    _fails(["watch", "http://127.0.0.1:9/feed.xml", "--rules", str(RULES), "--db",
            f"sqlite:///{tmp_path / 'w.db'}", "--once"], "E014")


def test_cli_extract_bad_jsonl_line_is_one_line_the_rest_exported(tmp_path):
    good = "Detasemen Khusus 88 Antiteror menangkap dua terduga teroris di Sukoharjo pada Selasa pagi."
    lines = [json.dumps({"id": "a1", "text": good}), '{"id": "rusak", "text": "Polisi menangkap tiga orang di Poso, "url": 1',
             json.dumps({"id": "a3", "text": good})]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--quiet", str(tmp_path / "batch.jsonl"), "-o", str(tmp_path / "o.json")])
    assert result.exit_code == 1
    (line,) = [line for line in result.stderr.splitlines() if line.strip()]
    assert line.startswith("telik: [E005] ") and "batch.jsonl, line 2: not a JSON object" in line, line
    exported = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in exported["documents"]] == ["a1", "a3"]
