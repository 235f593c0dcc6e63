"""`telik watch` against feeds served on 127.0.0.1: new items between polls, errors, restarts, webhooks."""
from __future__ import annotations

import json
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from telik.errors import TelikError
from telik.store.repository import Store
from telik.watch import Watcher, load_rules
from telik.watch.net import Fetcher, FetchPolicy, check_url
from telik.watch.rules import parse_rules
from telik.watch.sinks import FileSink, WebhookSink

ITEMS = [
    ("jad-1", "Densus 88 tangkap terduga teroris JAD di Bekasi",
     "Bekasi - Densus 88 Antiteror Polri menangkap tiga terduga teroris jaringan Jamaah Ansharut Daulah (JAD) "
     "di Bekasi, Jawa Barat, pada Senin (4/3/2024). Kepolisian menyita bahan peledak dari rumah tersangka."),
    ("kkb-1", "KKB serang pos TNI di Intan Jaya",
     "Intan Jaya - Kelompok Kriminal Bersenjata (KKB) menyerang pos TNI di Intan Jaya, Papua, pada Selasa (5/3/2024) "
     "dan menewaskan dua prajurit. Satgas Damai Cartenz memburu para pelaku."),
]


def rss(items) -> bytes:
    body = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title><link>http://example.test/{guid}</link>"
        f"<description><![CDATA[<p>{text}</p>]]></description></item>"
        for guid, title, text in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Kabar Uji</title>'
            f"{body}</channel></rss>").encode()


class FeedServer:
    """A tiny loopback server: /feed.xml (changes when told), /broken (500), /slow, /hook (records POSTs)."""

    def __init__(self) -> None:
        self.items = ITEMS[:1]
        self.hooks: list[dict] = []
        self.conditional_hits = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                if self.path == "/feed.xml":
                    body = rss(outer.items)
                    etag = f'"{len(outer.items)}"'
                    if self.headers.get("If-None-Match") == etag:
                        outer.conditional_hits += 1
                        self.send_response(304)
                        self.end_headers()
                        return
                    self.send_response(200)
                    self.send_header("ETag", etag)
                    self.send_header("Last-Modified", formatdate(usegmt=True))
                    self.send_header("Content-Type", "application/rss+xml")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                elif self.path == "/slow":
                    time.sleep(2)
                    self.send_response(200)
                    self.end_headers()
                else:
                    self.send_response(500)
                    self.end_headers()

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                outer.hooks.append(json.loads(self.rfile.read(length)))
                self.send_response(204)
                self.end_headers()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


RULES = {"rules": [
    {"name": "jad", "when": "event", "actors": ["Jamaah Ansharut Daulah", "JAD"]},
    {"name": "any-event", "when": "event"},
]}


def _watcher(server: FeedServer, db: str, tmp_path, processor) -> Watcher:
    store = Store(db)
    sinks = [FileSink(tmp_path / "alerts.jsonl"), WebhookSink(f"{server.base}/hook", allow_private=True)]
    fetcher = Fetcher(FetchPolicy(allow_private=True, min_interval_s=0, timeout_s=1))
    return Watcher([f"{server.base}/feed.xml", f"{server.base}/broken"], parse_rules(RULES), store, sinks,
                   fetcher=fetcher, processor=processor)


def test_watch_new_items_alert_once_across_restarts(tmp_path, processor):
    db = f"sqlite:///{tmp_path / 'w.db'}"
    with FeedServer() as server:
        w = _watcher(server, db, tmp_path, processor)
        first = w.poll_once()
        assert first.new_documents == 1
        assert any("broken" in e for e in first.errors)  # a feed that errors is reported, the rest goes on
        assert first.alerts and len(server.hooks) == len(first.alerts)
        again = w.poll_once()
        assert again.new_documents == 0 and again.alerts == []
        assert server.conditional_hits >= 1  # ETag sent back, 304 answered
        w.store.close()

        server.items = ITEMS  # a new item appears; the watcher restarts in between
        w2 = _watcher(server, db, tmp_path, processor)
        second = w2.poll_once()
        assert second.new_documents == 1
        keys = [a.key for a in first.alerts + second.alerts]
        assert len(keys) == len(set(keys))
        assert all("kkb-1" not in a.sources[0]["url"] for a in first.alerts if a.sources)
        w2.store.close()
    lines = (tmp_path / "alerts.jsonl").read_text().splitlines()
    assert len(lines) == len(keys)
    assert all(json.loads(line)["sources"] for line in lines if json.loads(line)["kind"] == "event")


def test_watch_slow_feed_times_out(tmp_path):
    with FeedServer() as server:
        fetcher = Fetcher(FetchPolicy(allow_private=True, timeout_s=0.5, min_interval_s=0))
        t0 = time.monotonic()
        with pytest.raises(TelikError):
            fetcher.fetch(f"{server.base}/slow")
        assert time.monotonic() - t0 < 2


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/feed", "http://localhost/feed", "http://10.0.0.5/", "http://192.168.1.1/",
    "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "file:///etc/passwd", "ftp://example.com/x",
])
def test_watch_refuses_private_and_non_http_urls(url):
    with pytest.raises(TelikError) as err:
        check_url(url)
    assert err.value.code == ("E022" if "169.254" in url else "E014")


@pytest.mark.parametrize("url", [
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.170.2/v2/credentials",  # ECS container credentials
    "http://169.254.1.1/",  # anywhere in IPv4 link-local
    "http://[::ffff:169.254.169.254]/",  # IPv4-mapped IPv6
    "http://[::ffff:a9fe:a9fe]/",
    "http://[64:ff9b::169.254.169.254]/",  # NAT64 (RFC 6052)
    "http://[64:ff9b:1::a9fe:a9fe]/",  # local-use NAT64 (RFC 8215)
    "http://[2002:a9fe:a9fe::1]/",  # 6to4
    "http://[fd00:ec2::254]/",  # AWS metadata over IPv6
    "http://[fd00:ec2::1234]/",
    "http://[fe80::1]/",  # IPv6 link-local
    "http://100.100.100.200/",  # Alibaba Cloud
    "http://2852039166/",  # 169.254.169.254 as one decimal number
    "http://0xa9.0xfe.0xa9.0xfe/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://metadata.google.internal./computeMetadata/v1/",
])
def test_watch_metadata_and_link_local_refused_even_when_private_allowed(url):
    with pytest.raises(TelikError) as err:
        check_url(url, allow_private=True)
    assert err.value.code == "E022" and "never fetched" in err.value.message


def test_watch_private_allowed_still_reaches_loopback():
    assert str(check_url("http://127.0.0.1:8000/feed.xml", allow_private=True)) == "127.0.0.1"
    assert str(check_url("http://[::1]:8000/feed.xml", allow_private=True)) == "::1"


@pytest.mark.parametrize("rules,message", [
    ({}, "rules"),
    ({"rules": [{"when": "event"}]}, "name"),
    ({"rules": [{"name": "x", "when": "sometimes"}]}, "when"),
    ({"rules": [{"name": "x", "when": "event", "types": ["BOMB"]}]}, "BOMB"),
    ({"rules": [{"name": "x", "when": "spike", "factor": -1}]}, "factor"),
    ({"rules": [{"name": "x", "when": "event", "colour": "red"}]}, "colour"),
])
def test_watch_bad_rules_get_clear_errors(rules, message):
    with pytest.raises(TelikError) as err:
        parse_rules(rules)
    assert err.value.code == "E015" and message in err.value.message


def test_watch_example_rules_file_is_valid():
    from importlib.resources import files

    rules = load_rules(files("telik") / "data" / "watch" / "example-rules.yaml")
    assert {r.when for r in rules} == {"event", "figure_change", "conflict", "spike"}
