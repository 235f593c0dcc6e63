"""NUL and other control characters in any text parameter are a 422 on both backends, never a 500."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from telik.api import create_app
from telik.settings import Settings

NUL = "a\x00b"
GETS = [
    ("/api/documents/a%00b", {}), ("/api/entities/a%00b", {}), ("/api/documents", {"outlet": NUL}),
    ("/api/entities", {"alias": NUL}), ("/api/entities", {"q": NUL}), ("/api/entities", {"label": NUL}),
    ("/api/events", {"place": NUL}), ("/api/events", {"actor": NUL}), ("/api/events", {"document": NUL}),
    ("/api/events", {"cluster": NUL}), ("/api/events", {"type": NUL}), ("/api/quotes", {"speaker": NUL}),
    ("/api/quotes", {"document": NUL}), ("/api/alerts", {"rule": NUL}), ("/api/alerts", {"kind": NUL}),
    ("/api/search", {"q": NUL}), ("/api/search", {"q": "polisi\x1f"}), ("/api/documents", {"sort": NUL}),
]


@pytest.fixture
def client(store_url):  # type: ignore[no-untyped-def]
    with TestClient(create_app(Settings(db_url=store_url, api_allow_ingest=True))) as c:
        yield c


@pytest.mark.parametrize("path, params", GETS, ids=[f"{p}?{'&'.join(q)}" for p, q in GETS])
def test_api_nul_in_text_parameters_is_422(client, path, params):
    response = client.get(path, params=params)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "invalid_request"


def test_api_nul_in_ingested_json_is_removed_not_stored(client, processor):
    client.app.state.processor = processor
    body = {"id": "nul\x00id", "title": "Judul\x00", "outlet": "Uji\x00", "text": "Polisi\x00 menangkap teroris di Poso."}
    response = client.post("/api/ingest", json=body)
    assert response.status_code == 200, response.text
    [doc] = response.json()["added"]
    assert doc["id"] == "nulid" and doc["title"] == "Judul" and "\x00" not in doc["text"]
    assert client.get("/api/documents/nulid").status_code == 200
