"""Test data for the API and browser tests: a small store built from DocResults written here."""
from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import create_engine, text

from telik.api import create_app
from telik.model import Conflict, Credibility, DateMention, DocResult, EntityMention, Event, Evidence, Figure, Quote
from telik.settings import Settings
from telik.store import Store
from telik.watch.alerts import Alert
from telik.watch.state import WatchState

#: Strings a hostile page could carry; the dashboard must show them as text.
XSS_TITLE = '<script>alert(1)</script><img src=x onerror="window.__xss=1">'
XSS_NAME = '<img src=y onerror="window.__xss=2">'
XSS_QUOTE = "<script>window.__xss=3</script> javascript:alert(4)"
XSS_ALERT = "Serangan baru di Medan <img src=x onerror=alert(1)>"


def _at(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _entity(text: str, part: str, label: str, canonical: str) -> EntityMention:
    s, e = _at(text, part)
    return EntityMention(part, label, s, e, canonical)


def _report(doc_id: str, outlet: str, published: str, killed: int) -> DocResult:
    words = {2: "Dua", 3: "Tiga"}[killed]
    text = (f"Bom meledak di pos polisi Medan pada 9 Maret 2024. {words} orang tewas dalam serangan itu.\n\n"
            "\"Kami sedang menyelidiki pelaku,\" kata Kapolda Sumatera Utara Agung Setya. "
            "Polisi menduga Jamaah Ansharut Daulah berada di balik serangan.")
    ev_s, ev_e = _at(text, f"Bom meledak di pos polisi Medan pada 9 Maret 2024. {words} orang tewas")
    q_s, q_e = _at(text, "Kami sedang menyelidiki pelaku")
    d_s, d_e = _at(text, "9 Maret 2024")
    f_s, f_e = _at(text, f"{words} orang tewas")
    return DocResult(
        id=doc_id, text=text, clean_text=text, title=f"Bom di Pos Polisi Medan, {killed} Tewas", outlet=outlet,
        published=published, url=f"https://{outlet.lower().replace(' ', '')}.example/{doc_id}",
        entities=[_entity(text, "Medan", "GPE", "medan"), _entity(text, "Agung Setya", "PER", "agung_setya"),
                  _entity(text, "Jamaah Ansharut Daulah", "ORG", "jad")],
        dates=[DateMention("9 Maret 2024", d_s, d_e, "2024-03-09", "day")],
        figures=[Figure(text[f_s:f_e], f_s, f_e, float(killed), kind="killed")],
        events=[Event("ATTACK", text[ev_s:ev_e], ev_s, ev_e, subtype="bombing", trigger="meledak", date="2024-03-09",
                      date_precision="day", location="Medan", actors=["Jamaah Ansharut Daulah"], targets=["polisi"],
                      killed=killed, weapon="bom", mentions=[Evidence(text[ev_s:ev_e], ev_s, ev_e)], cluster="medan-bom")],
        quotes=[Quote("Kami sedang menyelidiki pelaku", q_s, q_e, "Agung Setya", speaker_role="Kapolda Sumatera Utara",
                      speaker_canonical="agung_setya")],
        credibility=Credibility(0.7, ["named source quoted", "exact date given"]), reference_date=published,
    )


def _hostile() -> DocResult:
    text = (f"{XSS_NAME} menyerang Desa Tamanjeka pada 2 Januari 2024.\n\n"
            f"\"{XSS_QUOTE}\" kata {XSS_NAME}.")
    ev_s, ev_e = _at(text, f"{XSS_NAME} menyerang Desa Tamanjeka pada 2 Januari 2024")
    q_s, q_e = _at(text, XSS_QUOTE)
    n2 = _at(text, XSS_NAME, 1)
    return DocResult(
        id="hostile", text=text, clean_text=text, title=XSS_TITLE, outlet="javascript:alert(5)", published="2024-01-03",
        url="javascript:alert(6)",
        entities=[_entity(text, XSS_NAME, "PER", "evil"), _entity(text, "Tamanjeka", "GPE", "tamanjeka"),
                  EntityMention(XSS_NAME, "PER", n2[0], n2[1], "evil")],
        events=[Event("ATTACK", text[ev_s:ev_e], ev_s, ev_e, date="2024-01-02", date_precision="day", location="Tamanjeka",
                      actors=[XSS_NAME], certainty="claimed", mentions=[Evidence(text[ev_s:ev_e], ev_s, ev_e)])],
        quotes=[Quote(XSS_QUOTE, q_s, q_e, XSS_NAME)],
        credibility=Credibility(0.3, [XSS_QUOTE]),
    )


def fresh_url(kind: str, directory: Path) -> str:
    """An empty database: SQLite in `directory`, or PostgreSQL at TELIK_TEST_PG (skipped when unset)."""
    if kind == "sqlite":
        return f"sqlite:///{directory / 'api.db'}"
    url = os.environ.get("TELIK_TEST_PG")
    if not url:
        pytest.skip("TELIK_TEST_PG not set")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


def _claim_report(doc: DocResult, source: str, part: str, stance: str) -> dict[str, object]:
    start, end = _at(doc.text, part)
    return {"source": source, "text": part, "document": doc.id, "start": start, "end": end, "stance": stance,
            "outlet": doc.outlet, "published": doc.published}


#: Alerts `telik watch` would have recorded, oldest first; the last one carries markup in its summary.
ALERTS = [
    Alert("event:jad:medan-bom", "jad", "event", "ATTACK 2024-03-09 Medan: Bom meledak di pos polisi Medan",
          sources=[{"document": "medan-a", "outlet": "Warta Satu"}]),
    Alert("conflict:figures:medan-bom:killed:2,3", "figures", "conflict", "killed for event medan-bom: 2,3",
          sources=[{"document": "medan-a"}, {"document": "medan-b"}]),
    Alert("event:poso:hostile", "poso", "event", XSS_ALERT, evidence=[XSS_QUOTE],
          sources=[{"document": "hostile", "outlet": "javascript:alert(5)"}]),
]


def build_store(target: Path | str, alerts: bool = True) -> str:
    """Fill the store (a SQLite path or a URL) and return its URL.

    Two reports of one attack that disagree on a figure, a hostile page denying the police's claim about
    that attack, and (with `alerts`) the watcher's ALERTS.
    """
    url = target if isinstance(target, str) else f"sqlite:///{target}"
    docs = [_report("medan-a", "Warta Satu", "2024-03-10", 2), _report("medan-b", "Kabar Dua", "2024-03-11", 3), _hostile()]
    conflicts = [Conflict(cluster="medan-bom", field="killed", values=[2.0, 3.0], best=3.0, reason="later report",
                          reports=[{"document": "medan-a", "value": 2}, {"document": "medan-b", "value": 3}]),
                 Conflict(cluster="medan-bom", field="claim", values=[], kind="contradiction",
                          reason=f"{XSS_NAME} denies what Polisi claims",
                          reports=[_claim_report(docs[0], "Polisi", "Jamaah Ansharut Daulah berada di balik serangan", "asserts"),
                                   _claim_report(docs[2], XSS_NAME, XSS_QUOTE, "denies")])]
    with Store(url) as store:
        for doc in docs:
            store.add_document(doc)
        store.apply_corpus(docs, conflicts)
        if alerts:
            state = WatchState(store)
            for alert in ALERTS:
                state.record(alert)
    return url


@contextmanager
def running_server(url: str, **options: object) -> Iterator[str]:
    """A real uvicorn serving the API over the store at `url` on a free loopback port; yields its base URL.

    `options` are Settings fields (allow_ingest, tokens, timeouts)."""
    app = create_app(Settings(db_url=url, **options))  # type: ignore[arg-type]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 15
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
