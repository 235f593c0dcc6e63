"""POST /api/ingest: text, HTML, JSON and JSON Lines in; what was extracted out; repeated content skipped."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from telik.api import create_app
from telik.settings import Settings

ARTICLE = ("Jakarta - Polisi menangkap tiga terduga teroris di Bekasi pada Senin (4/3/2024). "
           "\"Mereka anggota Jamaah Ansharut Daulah,\" kata juru bicara Polri.")


@pytest.fixture()
def client(tmp_path, processor):
    app = create_app(Settings(db_url=f"sqlite:///{tmp_path / 'i.db'}", api_allow_ingest=True))
    with TestClient(app) as c:
        app.state.processor = processor  # the session's pipeline, loaded once
        yield c


@pytest.mark.parametrize("content_type, body, params", [
    ("text/plain", ARTICLE.encode(), {"title": "Tiga Terduga Teroris Ditangkap", "outlet": "Uji"}),
    ("text/html", f"<html><head><title>Tiga Ditangkap</title></head><body><article><h1>Tiga Ditangkap</h1>"
                  f"<p>{ARTICLE}</p></article></body></html>".encode(), {}),
    ("application/json", json.dumps({"text": ARTICLE, "title": "Tiga", "published": "2024-03-04"}).encode(), {}),
    ("application/x-ndjson", (json.dumps({"id": "a1", "text": ARTICLE}) + "\n" + json.dumps({"id": "a2", "text": "Bom meledak di Poso."})).encode(), {}),
])
def test_api_ingest_formats_return_extracted_facts(client, content_type, body, params):
    response = client.post("/api/ingest", content=body, headers={"content-type": content_type}, params=params)
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["added"] and not result["errors"]
    doc = result["added"][0]
    assert "menangkap tiga terduga teroris" in doc["text"]
    for ent in doc["entities"]:
        assert doc["text"][ent["start"]:ent["end"]] == ent["text"]
    assert client.get(f"/api/documents/{doc['id']}").status_code == 200
    if params.get("title"):
        assert doc["title"] == params["title"]


def test_api_ingest_skips_known_content_and_reports_bad_records(client):
    first = client.post("/api/ingest", json={"text": ARTICLE}).json()
    again = client.post("/api/ingest", json=[{"text": ARTICLE}, {"title": "no text"}]).json()
    assert len(first["added"]) == 1 and again["added"] == [] and again["skipped"] == 1
    assert len(again["errors"]) == 1 and "neither" in again["errors"][0]["reason"]
    assert client.get("/api/stats").json()["documents"] == 1


def test_api_ingest_too_many_articles_is_413(tmp_path):
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'm.db'}", api_allow_ingest=True, max_ingest_articles=2)
    with TestClient(create_app(settings)) as c:
        response = c.post("/api/ingest", json=[{"text": f"Artikel {i}."} for i in range(3)])
    assert response.status_code == 413 and response.json()["error"]["code"] == "payload_too_large"
