"""A real uvicorn on loopback: the API answers over TCP and the server stops by itself."""
from __future__ import annotations

import httpx

from _api_data import build_store, running_server


def test_api_server_real_uvicorn_on_loopback(tmp_path):
    with running_server(build_store(tmp_path / "s.db")) as base, httpx.Client(base_url=base, timeout=5) as c:
        assert c.get("/api/stats").json()["documents"] == 3
        assert "script-src 'self'" in c.get("/").headers["content-security-policy"]
        assert c.get("/api/events", params={"limit": 10_000}).json()["error"]["status"] == 422

        def chunks():
            yield b"x" * 1_500_000
            yield b"x" * 1_500_000

        refused = c.post("/api/ingest", content=chunks(), headers={"content-type": "text/plain"})
        assert refused.status_code == 403  # read-only: refused before the body is read


def test_api_server_chunked_body_over_the_cap_is_413(tmp_path):
    url = build_store(tmp_path / "s.db")
    with running_server(url, api_allow_ingest=True) as base, httpx.Client(base_url=base, timeout=5) as c:

        def chunks():
            yield b"x" * 1_500_000
            yield b"x" * 1_500_000

        big = c.post("/api/ingest", content=chunks(), headers={"content-type": "text/plain"})
        assert big.status_code == 413 and big.json()["error"]["code"] == "payload_too_large"
        assert c.get("/api/stats").json()["documents"] == 3
