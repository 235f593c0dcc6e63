"""API access control: tokens and roles, the Host allow-list, no cross-site writes, no body read before
authorisation, and slow clients that cannot starve the others."""
from __future__ import annotations

import base64
import socket
import subprocess
import sys
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from telik.api import create_app
from telik.api.auth import serve_settings
from telik.errors import TelikError
from telik.settings import Settings

from _api_data import build_store, running_server

ARTICLE = "Polisi menangkap tiga terduga teroris di Bekasi pada Senin (4/3/2024), kata juru bicara Polri."
READ = "read-token-0123456789abcdef"
INGEST = "ingest-token-0123456789abcdef"
TEXT = {"content-type": "text/plain"}


def _app(tmp_path, processor, **options):  # type: ignore[no-untyped-def]
    app = create_app(Settings(db_url=f"sqlite:///{tmp_path / 'a.db'}", **options))
    app.state.processor = processor
    return app


def _documents(client: TestClient, **headers: str) -> int:
    return int(client.get("/api/stats", headers=headers).json()["documents"])


def test_api_access_cross_origin_ingest_is_refused_and_nothing_stored(tmp_path, processor):
    with TestClient(_app(tmp_path, processor, api_allow_ingest=True)) as c:
        c.app.state.processor = processor
        evil = c.post("/api/ingest", content=ARTICLE.encode(), headers={**TEXT, "origin": "https://evil.example"})
        fetch = c.post("/api/ingest", content=ARTICLE.encode(), headers={**TEXT, "sec-fetch-site": "cross-site"})
        opaque = c.post("/api/ingest", content=ARTICLE.encode(), headers={**TEXT, "origin": "null"})
        assert [r.status_code for r in (evil, fetch, opaque)] == [403, 403, 403]
        assert "cross-site write refused" in evil.json()["error"]["message"]
        assert _documents(c) == 0
        same = c.post("/api/ingest", content=ARTICLE.encode(),
                      headers={**TEXT, "origin": "http://testserver", "sec-fetch-site": "same-origin"})
        assert same.status_code == 200 and _documents(c) == 1


def test_api_access_tokens_and_roles(tmp_path, processor):
    app = _app(tmp_path, processor, api_allow_ingest=True, api_read_tokens=(READ,), api_ingest_tokens=(INGEST,))
    with TestClient(app) as c:
        c.app.state.processor = processor
        anonymous = c.get("/api/stats")
        assert anonymous.status_code == 401 and "Basic" in anonymous.headers["www-authenticate"]
        assert c.get("/").status_code == 401
        assert c.get("/api/stats", headers={"authorization": "Bearer wrong-token-0123456789"}).status_code == 401
        assert _documents(c, authorization=f"Bearer {READ}") == 0
        basic = base64.b64encode(f"analyst:{READ}".encode()).decode()
        assert c.get("/api/stats", headers={"authorization": f"Basic {basic}"}).status_code == 200
        reader = c.post("/api/ingest", content=ARTICLE.encode(), headers={**TEXT, "authorization": f"Bearer {READ}"})
        assert reader.status_code == 403 and "ingest token" in reader.json()["error"]["message"]
        writer = c.post("/api/ingest", content=ARTICLE.encode(), headers={**TEXT, "authorization": f"Bearer {INGEST}"})
        assert writer.status_code == 200
        assert _documents(c, authorization=f"Bearer {INGEST}") == 1


def test_api_access_host_allow_list_defeats_dns_rebinding(tmp_path, processor):
    api = serve_settings(Settings(db_url=f"sqlite:///{tmp_path / 'h.db'}", api_hosts=()), "127.0.0.1")
    assert api.api_hosts == ("localhost", "127.0.0.1", "::1")
    with TestClient(create_app(api), base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/stats").status_code == 200
        assert c.get("/api/stats", headers={"host": "localhost:8000"}).status_code == 200
        rebound = c.get("/api/stats", headers={"host": "attacker.example:8000"})
        assert rebound.status_code == 400 and "TELIK_API_HOSTS" in rebound.json()["error"]["message"]
    named = serve_settings(Settings(api_read_tokens=(READ,), api_hosts=("telik.example.org",)), "0.0.0.0")
    assert named.api_hosts == ("telik.example.org",)


@pytest.mark.parametrize("host, options, missing", [
    ("0.0.0.0", {}, "TELIK_API_READ_TOKENS"),
    ("192.0.2.10", {}, "TELIK_API_READ_TOKENS"),
    ("::", {"api_allow_ingest": True, "api_read_tokens": (READ,)}, "TELIK_API_INGEST_TOKENS"),
])
def test_api_access_refuses_to_listen_beyond_loopback_without_tokens(host, options, missing):
    with pytest.raises(TelikError) as err:
        serve_settings(Settings(**options), host)
    assert err.value.code == "E020" and missing in err.value.message
    with pytest.raises(TelikError) as short:
        serve_settings(Settings(api_read_tokens=("short",)), "0.0.0.0")
    assert short.value.code == "E021"
    assert serve_settings(Settings(), "127.0.0.1").api_hosts  # loopback needs no token


def test_api_access_serve_command_exits_with_one_line(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "TELIK_DB": f"sqlite:///{tmp_path / 'c.db'}"}
    run = subprocess.run([sys.executable, "-c", "from telik.cli import main; main()", "serve", "--host", "0.0.0.0",
                          "--allow-ingest"], capture_output=True, text=True, timeout=60, env=env)
    assert run.returncode == 2
    assert run.stderr.strip().count("\n") == 0 and "[E020]" in run.stderr


def _slow_post(port: int, headers: str = "") -> socket.socket:
    """A client that announces a body and sends only its first bytes (a slowloris)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock.sendall(f"POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: text/plain\r\n"
                 f"Content-Length: 100000\r\n{headers}\r\nPolisi".encode())
    return sock


def _status(sock: socket.socket) -> int:
    data = sock.recv(200)
    return int(data.split(b" ", 2)[1]) if data else 0


def test_api_access_body_is_not_read_before_authorisation(tmp_path):
    url = build_store(tmp_path / "b.db", alerts=False)
    with running_server(url, api_allow_ingest=True, api_ingest_tokens=(INGEST,), body_timeout=60) as base:
        port = int(base.rsplit(":", 1)[1])
        sock = _slow_post(port)
        sock.settimeout(5)  # far below the body deadline: an answer now means the body was never awaited
        assert _status(sock) == 401
        sock.close()
    with running_server(url, body_timeout=60) as base:  # read-only: the ingest route refuses at once
        sock = _slow_post(int(base.rsplit(":", 1)[1]))
        sock.settimeout(5)
        assert _status(sock) == 403
        sock.close()


def test_api_access_slow_body_clients_do_not_starve_others(tmp_path):
    url = build_store(tmp_path / "s.db", alerts=False)
    with running_server(url, api_allow_ingest=True, body_timeout=2, max_per_client=4) as base:
        port = int(base.rsplit(":", 1)[1])
        slow = [_slow_post(port) for _ in range(40)]
        time.sleep(0.5)
        other = httpx.Client(base_url=base, timeout=5, transport=httpx.HTTPTransport(local_address="127.0.0.2"))
        with other:
            for _ in range(5):
                assert other.get("/api/stats").json()["documents"] == 3
        statuses = []
        for sock in slow:
            sock.settimeout(10)
            statuses.append(_status(sock))
            sock.close()
        assert statuses.count(429) == 36 and statuses.count(408) == 4, statuses
