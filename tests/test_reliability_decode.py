"""Text is made safe once, where it is decoded: lone surrogates become U+FFFD before anything hashes, tokenizes or
stores them, and JSON nested too deeply is one bad line, not a lost file."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from telik.api import create_app
from telik.cli import cli
from telik.errors import Errors
from telik.ingest import read_inputs
from telik.ingest.decode import TooDeep, load_json, normalize_text
from telik.model import Article, ReadError
from telik.settings import Settings
from telik.store import Store

GOOD = "Densus 88 menangkap dua terduga teroris di Bekasi pada Kamis pagi, kata polisi."
LATER = "Polisi menangkap tiga terduga teroris di Medan pada Jumat."
#: A JSON string holding a lone high surrogate, as a JSON writer would escape it.
LONE = "\\ud800"
DEEP = "[" * 100_000


def _hostile_jsonl(path: Path) -> Path:
    lines = [
        json.dumps({"id": "good-1", "text": GOOD}),
        '{"id": "lone-text", "text": "Polisi ' + LONE + ' menembak teroris di Poso."}',
        DEEP,
        '{"id": "lone-id' + LONE + '", "title": "Judul \\udfff", "text": "Teroris menyerang pos polisi di Sigi."}',
        '{"id": "lone-html", "html": "<p>Bom meledak \\udc00 di Makassar pada Minggu pagi.</p>"}',
        json.dumps({"id": "good-2", "text": LATER}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _encodes(*values: str | None) -> bool:
    for value in values:
        if value is not None:
            value.encode("utf-8")
    return True


def test_reliability_decode_replaces_surrogates_keeping_length():
    raw = "a\ud800b\udfffc"
    assert normalize_text(raw) == "a\ufffdb\ufffdc"
    data = load_json('{"k' + LONE + '": ["x' + LONE + '", {"y": "' + LONE + '"}], "n": 1}')
    assert data == {"k\ufffd": ["x\ufffd", {"y": "\ufffd"}], "n": 1}
    with pytest.raises(TooDeep):
        load_json(DEEP)


def test_reliability_jsonl_surrogates_replaced_deep_line_reported_rest_kept(tmp_path):
    items = list(read_inputs([_hostile_jsonl(tmp_path / "hostile.jsonl")]))
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [a.id for a in articles] == ["good-1", "lone-text", "lone-id\ufffd", "lone-html", "good-2"]
    assert len(errors) == 1 and errors[0].source.endswith("hostile.jsonl:3")
    assert errors[0].reason == Errors.E017.value.format(path=tmp_path / "hostile.jsonl", line=3)
    for a in articles:
        assert _encodes(a.id, a.text, a.title, a.html, a.source) and a.content_hash
    lone = articles[1]
    assert lone.text == "Polisi \ufffd menembak teroris di Poso."
    assert articles[2].title == "Judul \ufffd"


def test_reliability_feed_with_surrogate_references_is_read(tmp_path):
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar &#xd800;</title><item><guid>a&#xdfff;'
            b"</guid><title>Densus &#55296; Tangkap</title><description>Densus 88 menangkap &amp;#xd800; dua "
            b"terduga teroris di Bekasi.</description></item></channel></rss>")
    (tmp_path / "f.rss").write_bytes(feed)
    [item] = read_inputs([tmp_path / "f.rss"])
    assert isinstance(item, Article), item
    assert item.title == "Densus \ufffd Tangkap" and item.outlet == "Kabar \ufffd"
    assert _encodes(item.id, item.text, item.title, item.html, item.url)


def test_reliability_extract_and_ingest_keep_every_good_record(tmp_path):
    src = _hostile_jsonl(tmp_path / "hostile.jsonl")
    out = tmp_path / "export.json"
    result = CliRunner().invoke(cli, ["extract", str(src), "-o", str(out), "--quiet"])
    assert result.exit_code == 1  # some input failed, and said so
    assert "hostile.jsonl, line 3: JSON nested too deeply" in result.output
    export = json.loads(out.read_text(encoding="utf-8"))
    assert [d["id"] for d in export["documents"]] == ["good-1", "lone-text", "lone-id\ufffd", "lone-html", "good-2"]
    db = f"sqlite:///{tmp_path / 't.db'}"
    for _ in range(2):  # a rerun goes past the bad line too
        result = CliRunner().invoke(cli, ["ingest", str(src), "--db", db, "--quiet"])
        assert result.exit_code == 1 and "line 3" in result.output
    with Store(db) as store:
        assert store.stats().documents == 5
        assert store.get_document("lone-id\ufffd") is not None


@pytest.fixture()
def client(tmp_path, processor):
    app = create_app(Settings(db_url=f"sqlite:///{tmp_path / 'a.db'}", api_allow_ingest=True))
    with TestClient(app) as c:
        app.state.processor = processor
        yield c


def test_reliability_api_surrogates_stored_deep_json_refused(client):
    body = '{"id": "api' + LONE + '", "title": "T' + LONE + '", "text": "Polisi ' + LONE + ' menangkap teroris di Poso."}'
    response = client.post("/api/ingest", content=body.encode(), headers={"content-type": "application/json"})
    assert response.status_code == 200, response.text
    [doc] = response.json()["added"]
    assert doc["id"] == "api\ufffd" and doc["text"] == "Polisi \ufffd menangkap teroris di Poso."
    deep = client.post("/api/ingest", content=DEEP.encode(), headers={"content-type": "application/json"})
    assert deep.status_code == 422 and "nested" in deep.json()["error"]["message"]
    lines = "\n".join([DEEP, json.dumps({"id": "after-deep", "text": LATER})]).encode()
    mixed = client.post("/api/ingest", content=lines, headers={"content-type": "application/x-ndjson"})
    assert mixed.status_code == 200
    assert [d["id"] for d in mixed.json()["added"]] == ["after-deep"]
    assert "line 1: JSON nested too deeply" in mixed.json()["errors"][0]["reason"]


@pytest.mark.parametrize("params", [{"id": "a\x00b"}, {"title": "x\x00"}, {"outlet": "\x1f"}])
def test_reliability_api_control_characters_in_ingest_metadata_are_422(client, params):
    response = client.post("/api/ingest", content=GOOD.encode(), headers={"content-type": "text/plain"},
                           params=params)
    assert response.status_code == 422
