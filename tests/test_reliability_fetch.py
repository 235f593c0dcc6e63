"""`telik watch` fetching: redirects to private, metadata or file:// addresses are refused at every hop, and a
gzip bomb served over HTTP stops at the size cap."""
from __future__ import annotations

import threading
import time
import tracemalloc
import zlib
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from telik.errors import TelikError
from telik.watch import net
from telik.watch.net import Fetcher, FetchPolicy


@cache
def _gzip_zeros(size: int) -> bytes:
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * 1_000_000
    return b"".join([*(comp.compress(block) for _ in range(size // len(block))), comp.flush()])


BOMB_SIZE = 250_000_000  # 250 MB once decompressed, about 250 kB on the wire


class _BombServer:
    """Serves the bomb on 127.0.0.1 with `Content-Encoding: gzip` and no Content-Length."""

    def __enter__(self) -> str:
        _gzip_zeros(BOMB_SIZE)  # made before the first request, so serving it is instant

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # type: ignore[no-untyped-def]
                pass

            def do_GET(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Encoding", "gzip")
                self.end_headers()
                bomb = _gzip_zeros(BOMB_SIZE)
                try:
                    for i in range(0, len(bomb), 16_384):
                        self.wfile.write(bomb[i : i + 16_384])
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the fetcher hung up at the cap

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.server.server_address[1]}/feed.xml"

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_reliability_http_gzip_bomb_stops_at_cap() -> None:
    cap = 5_000_000
    fetcher = Fetcher(FetchPolicy(allow_private=True, max_bytes=cap, min_interval_s=0, timeout_s=5))
    with _BombServer() as url:
        tracemalloc.start()
        start = time.monotonic()
        try:
            with pytest.raises(TelikError) as err:
                fetcher.fetch(url)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
            fetcher.close()
    assert err.value.code == "E008" and f"cap of {cap} bytes" in err.value.message
    assert time.monotonic() - start < 10
    assert peak < 3 * cap  # decoded a bounded piece at a time, never a whole network chunk or the whole body


@pytest.mark.parametrize(
    "target",
    ["http://127.0.0.1:9/feed.xml", "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd",
     "http://10.1.2.3/internal", "http://[::1]/feed", "gopher://example.com/"],
)
def test_reliability_redirect_to_forbidden_address_refused(monkeypatch, target: str) -> None:
    """A public feed answering with a redirect to a forbidden target: the second hop is checked and refused."""
    real_resolve = net._resolve
    monkeypatch.setattr(net, "_resolve", lambda host: [net.ipaddress.ip_address("93.184.216.34")]
                        if host == "berita.example" else real_resolve(host))
    requested: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(f"{request.headers['host']} via {request.url}")
        if request.headers["host"] == "berita.example":
            return httpx.Response(302, headers={"Location": target})
        return httpx.Response(200, content=b"<rss/>")

    fetcher = Fetcher(FetchPolicy(min_interval_s=0))
    fetcher._client = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=False)
    with pytest.raises(TelikError) as err:
        fetcher.fetch("http://berita.example/feed.xml")
    assert err.value.code == ("E022" if "169.254" in target else "E014")
    # the forbidden target is never requested; the allowed one is reached at the address that was checked
    assert requested == ["berita.example via http://93.184.216.34/feed.xml"]


def test_reliability_redirect_loop_is_bounded(monkeypatch) -> None:
    monkeypatch.setattr(net, "_resolve", lambda host: [net.ipaddress.ip_address("93.184.216.34")])
    hops: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hops.append(str(request.url))
        return httpx.Response(301, headers={"Location": f"/hop{len(hops)}"})

    fetcher = Fetcher(FetchPolicy(min_interval_s=0))
    fetcher._client = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=False)
    with pytest.raises(TelikError) as err:
        fetcher.fetch("http://berita.example/feed.xml")
    assert err.value.code == "E014" and "redirects" in err.value.message
    assert len(hops) == net.MAX_REDIRECTS + 1


FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar</title></channel></rss>' * 50


def _deflate(data: bytes, wbits: int) -> bytes:
    comp = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return comp.compress(data) + comp.flush()


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("gzip", _deflate(FEED, 31)),
        ("gzip", _deflate(FEED[:100], 31) + _deflate(FEED[100:], 31)),  # two gzip members
        ("deflate", _deflate(FEED, 15)),
        ("deflate", _deflate(FEED, -15)),  # raw deflate, as some servers send it
        ("identity", FEED),
    ],
    ids=["gzip", "gzip-two-members", "deflate-zlib", "deflate-raw", "identity"],
)
def test_reliability_compressed_bodies_decode_exactly(monkeypatch, encoding: str, body: bytes) -> None:
    monkeypatch.setattr(net, "_resolve", lambda host: [net.ipaddress.ip_address("93.184.216.34")])

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["accept-encoding"] == "gzip, deflate"
        return httpx.Response(200, headers={"Content-Encoding": encoding}, stream=httpx.ByteStream(body))

    fetcher = Fetcher(FetchPolicy(min_interval_s=0))
    fetcher._client = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=False,
                                   headers={"Accept-Encoding": "gzip, deflate"})
    assert fetcher.fetch("http://berita.example/feed.xml").body == FEED


class _Rebinder:
    """A resolver for `rebind.test` that answers a public address first and loopback on every later lookup."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import socket

        self.lookups = 0
        real = socket.getaddrinfo

        def getaddrinfo(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
            if host != "rebind.test":
                return real(host, port, *args, **kwargs)
            self.lookups += 1
            ip = "93.184.216.34" if self.lookups == 1 else "127.0.0.1"
            return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (ip, port or 0))]

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def test_reliability_rebinding_name_is_fetched_from_the_address_checked(monkeypatch) -> None:
    rebinder = _Rebinder(monkeypatch)
    sent: list[tuple[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append((request.url.host, request.headers["host"]))
        return httpx.Response(200, stream=httpx.ByteStream(b"<rss/>"))

    fetcher = Fetcher(FetchPolicy(min_interval_s=0))
    fetcher._client = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=False)
    result = fetcher.fetch("http://rebind.test:8080/feed.xml")
    assert result.url == "http://rebind.test:8080/feed.xml" and result.body == b"<rss/>"
    assert sent == [("93.184.216.34", "rebind.test:8080")] and rebinder.lookups == 1


def test_reliability_rebinding_name_never_reaches_a_loopback_server(monkeypatch) -> None:
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # type: ignore[no-untyped-def]
            pass

        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<rss/>")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        _Rebinder(monkeypatch)
        fetcher = Fetcher(FetchPolicy(min_interval_s=0, timeout_s=1))
        with pytest.raises(TelikError) as err:  # the checked public address does not answer in this sandbox
            fetcher.fetch(f"http://rebind.test:{server.server_address[1]}/secret")
        fetcher.close()
    finally:
        server.shutdown()
        server.server_close()
    assert err.value.code == "E014" and "fetch failed" in err.value.message
    assert hits == []  # the second answer (127.0.0.1) was never used to connect


def test_reliability_https_keeps_the_name_for_certificates(monkeypatch) -> None:
    monkeypatch.setattr(net, "_resolve", lambda host: [net.ipaddress.ip_address("2606:2800:220:1::1")])
    target, host, extensions = net.pinned("https://berita.example/feed.xml", net.check_url("https://berita.example/"))
    assert str(target) == "https://[2606:2800:220:1::1]/feed.xml"
    assert host == {"Host": "berita.example"} and extensions == {"sni_hostname": "berita.example"}
