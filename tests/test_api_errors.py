"""One error shape for every failure; limits, caps and hostile parameters never reach a 500."""
from __future__ import annotations

import asyncio
from urllib.parse import quote

import httpx
import pytest
from fastapi.testclient import TestClient

from telik.api import create_app
from telik.api.middleware import ConcurrencyLimitMiddleware
from telik.settings import Settings

from _api_data import build_store, fresh_url

ERROR_KEYS = {"status", "code", "message", "detail"}

INJECTIONS = ["' OR 1=1 --", "\"; DROP TABLE documents; --", "1) UNION SELECT * FROM documents --", "%' OR '%'='",
              "\\", "NEAR(a b)", "title:*", "\x00", "' ; SELECT pg_sleep(5); --", "🙂" * 50]


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def client(request, tmp_path_factory):
    url = build_store(fresh_url(request.param, tmp_path_factory.mktemp("api")))
    settings = Settings(db_url=url, api_allow_ingest=True, max_body_bytes=1000)
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


def assert_error(response, status):
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS
    assert body["error"]["status"] == status and body["error"]["message"]
    return body["error"]


@pytest.mark.parametrize("method, path, kwargs, status", [
    ("GET", "/api/nothing-here", {}, 404),
    ("GET", "/api/documents/no-such-doc", {}, 404),
    ("GET", "/api/entities/no-such-entity", {}, 404),
    ("GET", "/api/events/999999", {}, 404),
    ("DELETE", "/api/documents", {}, 405),
    ("PUT", "/api/stats", {"content": b"{}"}, 405),
    ("GET", "/api/events/abc", {}, 422),
    ("GET", "/api/events", {"params": {"limit": 0}}, 422),
    ("GET", "/api/events", {"params": {"since": "yesterday"}}, 422),
    ("GET", "/api/search", {}, 422),
    ("GET", "/api/alerts", {"params": {"kind": "nonsense"}}, 422),
    ("GET", "/api/alerts", {"params": {"limit": 100000}}, 422),
    ("POST", "/api/alerts", {"content": b"{}"}, 405),
    ("POST", "/api/ingest", {"content": b"{not json", "headers": {"content-type": "application/json"}}, 422),
    ("POST", "/api/ingest", {"content": b"x" * 2000, "headers": {"content-type": "text/plain"}}, 413),
    ("POST", "/api/ingest", {"content": b"<a/>", "headers": {"content-type": "image/png"}}, 415),
])
def test_api_error_shape_is_the_same_everywhere(client, method, path, kwargs, status):
    assert_error(client.request(method, path, **kwargs), status)


def test_api_error_shape_on_500(tmp_path):
    app = create_app(Settings(db_url=build_store(tmp_path / "t.db")))

    @app.get("/api/boom")
    async def boom() -> None:
        raise RuntimeError("secret internals")

    with TestClient(app, raise_server_exceptions=False) as c:
        err = assert_error(c.get("/api/boom"), 500)
    assert "secret" not in err["message"]


def test_api_invalid_json_is_422_in_the_one_shape(client):
    err = assert_error(client.post("/api/ingest", content=b'{"text": "a",', headers={"content-type": "application/json"}), 422)
    assert err["detail"][0]["type"] == "json_invalid"
    err = assert_error(client.post("/api/ingest", json={"text": 5, "colour": "red"}), 422)
    assert {d["loc"][-1] for d in err["detail"]} >= {"colour"}


@pytest.mark.parametrize("path", ["/api/events", "/api/documents", "/api/entities", "/api/quotes", "/api/search?q=bom"])
def test_api_limit_is_capped(client, path):
    sep = "&" if "?" in path else "?"
    assert client.get(f"{path}{sep}limit=500").status_code == 200
    err = assert_error(client.get(f"{path}{sep}limit=501"), 422)
    assert err["detail"][0]["loc"] == ["query", "limit"]


def test_api_oversized_chunked_body_is_413(client):
    def chunks():
        for _ in range(20):
            yield b"y" * 100

    assert_error(client.post("/api/ingest", content=chunks(), headers={"content-type": "text/plain"}), 413)


def test_api_lying_content_length_is_413(client):
    assert_error(client.post("/api/ingest", content=b"z" * 10, headers={"content-type": "text/plain",
                                                                         "content-length": "99999999"}), 413)


@pytest.mark.parametrize("value", INJECTIONS)
@pytest.mark.parametrize("path, param", [
    ("/api/search", "q"), ("/api/events", "place"), ("/api/events", "actor"), ("/api/events", "type"),
    ("/api/documents", "outlet"), ("/api/entities", "q"), ("/api/entities", "alias"), ("/api/quotes", "speaker"),
    ("/api/events", "sort"), ("/api/documents", "sort"), ("/api/events", "since"),
])
def test_api_injection_gives_clean_answers(client, path, param, value):
    response = client.get(path, params={param: value})
    assert response.status_code in (200, 422), response.text
    if response.status_code == 200:
        assert response.json()["total"] == 0
    else:
        assert_error(response, 422)


@pytest.mark.parametrize("value", INJECTIONS)
def test_api_injection_in_path_gives_clean_error(client, value):
    for path in ("/api/entities/", "/api/documents/"):
        response = client.get(path + quote(value, safe=""))
        assert_error(response, 422 if value == "\x00" else 404)
    assert client.get("/api/stats").json()["documents"] == 3


def test_api_security_headers_everywhere(client):
    for response in (client.get("/"), client.get("/api/stats"), client.get("/api/nothing"), client.get("/static/app.js")):
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "object-src 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"


def test_api_ingest_forbidden_without_flag(tmp_path):
    with TestClient(create_app(Settings(db_url=build_store(tmp_path / "t.db")))) as c:
        err = assert_error(c.post("/api/ingest", content=b"Bom meledak.", headers={"content-type": "text/plain"}), 403)
    assert "--allow-ingest" in err["message"]


def test_api_concurrency_limit_returns_503():
    release = asyncio.Event()

    async def slow_app(scope, receive, send):
        await release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    async def run() -> list[int]:
        app = ConcurrencyLimitMiddleware(slow_app, limit=2)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            held = [asyncio.create_task(c.get("/")) for _ in range(2)]
            await asyncio.sleep(0.05)
            refused = await c.get("/")
            release.set()
            done = await asyncio.gather(*held)
            assert refused.json()["error"]["code"] == "busy" and refused.headers["retry-after"] == "1"
            return [refused.status_code, *(r.status_code for r in done)]

    assert asyncio.run(run()) == [503, 200, 200]
